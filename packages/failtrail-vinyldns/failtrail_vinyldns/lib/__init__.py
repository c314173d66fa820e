"""Hand-written additions to the generated package: the vendor sandbox."""
