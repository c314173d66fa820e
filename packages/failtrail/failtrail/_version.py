"""The package's version (from specs/<vendor>/package.yaml)."""

__version__ = "0.1.0"
