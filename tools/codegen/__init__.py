"""failtrail's generation step: specs/ + templates/ + the pinned generators -> packages/."""
