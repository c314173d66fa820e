"""``python -m tools.codegen generate|drift [vendor ...]``: build the packages from the specs.

generate: render every package into a scratch folder, then copy the generated files into
          packages/<distribution>/, removing generated files that are no longer produced. Hand-written
          files (lib/, README.md, CHANGELOG.md, tests) are never touched.
drift:    render into a scratch folder and fail, showing the diff, when packages/ differs.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
import tempfile
from pathlib import Path

from .render import MANIFEST, ROOT, render_package, vendors


def _generated_files(folder: Path) -> list[str]:
    manifest = folder / MANIFEST
    if not manifest.exists():
        return []
    return [line for line in manifest.read_text().splitlines() if line and not line.startswith("#")]


def generate(names: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="failtrail-gen-") as tmp:
        for vendor in names:
            built = render_package(vendor, Path(tmp))
            target = ROOT / "packages" / built.name
            for rel in _generated_files(target):
                if not (built / rel).exists():
                    (target / rel).unlink(missing_ok=True)
            for rel in _generated_files(built):
                dest = target / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(built / rel, dest)
            print(f"generated packages/{built.name}")
    return 0


def drift(names: list[str]) -> int:
    failed = False
    with tempfile.TemporaryDirectory(prefix="failtrail-drift-") as tmp:
        for vendor in names:
            built = render_package(vendor, Path(tmp))
            target = ROOT / "packages" / built.name
            expected = set(_generated_files(built))
            committed = set(_generated_files(target))
            for rel in sorted(expected | committed):
                new = built / rel
                old = target / rel
                a = old.read_text().splitlines(keepends=True) if old.exists() else []
                b = new.read_text().splitlines(keepends=True) if new.exists() else []
                if a != b:
                    failed = True
                    sys.stdout.writelines(difflib.unified_diff(a, b, f"committed/{rel}", f"regenerated/{rel}"))
            for extra in sorted(committed - expected):
                print(f"stale generated file: packages/{built.name}/{extra}")
    if failed:
        print("\nDRIFT: packages/ differs from what specs/ + templates/ generate. Run `nox -s generate`.")
        return 1
    print("no drift")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.codegen")
    parser.add_argument("command", choices=["generate", "drift"])
    parser.add_argument("vendors", nargs="*", help="default: every folder in specs/ with a package.yaml")
    args = parser.parse_args()
    names = args.vendors or vendors()
    if not shutil.which("ruff"):
        print("ruff is not on PATH (run through nox)", file=sys.stderr)
        return 2
    return {"generate": generate, "drift": drift}[args.command](names)


if __name__ == "__main__":
    raise SystemExit(main())
