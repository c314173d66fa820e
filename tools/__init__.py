"""The project's own build tools (run from the repository root: ``python -m tools.codegen``)."""
