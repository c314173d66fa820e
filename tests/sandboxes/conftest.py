"""Make every vendor sandbox importable with the current core, even before its package is generated.

A vendor's sandbox lives in ``packages/failtrail-<vendor>/failtrail_<vendor>/lib/`` and imports the
shared core as ``.._sandbox``, which the generator copies from ``templates/runtime/_sandbox.py``.

- When ``failtrail_<vendor>`` cannot be imported yet, a shim package holding just the core and
  ``lib/`` is built in a temporary directory and put first on ``sys.path``.
- When it can, but its copy of the core differs from the template (the packages are due to be
  regenerated), the template is loaded as ``failtrail_<vendor>._sandbox`` in its place, with a
  warning; nothing else in a generated package imports the core.
"""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "templates" / "runtime" / "_sandbox.py"
VENDORS = ("zuora", "citrix", "vinyldns", "workato", "zitadel")


def _build_shim(shim_root: Path, name: str, vendor: str) -> None:
    package = shim_root / name
    shutil.copytree(ROOT / "packages" / f"failtrail-{vendor}" / name / "lib", package / "lib")
    shutil.copy(TEMPLATE, package / "_sandbox.py")
    (package / "__init__.py").write_text('"""Test shim: the sandbox core and lib/ only."""\n')


def _use_template_core(name: str) -> None:
    warnings.warn(f"{name}/_sandbox.py differs from {TEMPLATE}; testing the template (regenerate)", stacklevel=1)
    package = importlib.import_module(name)
    spec = importlib.util.spec_from_file_location(f"{name}._sandbox", TEMPLATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    package.__dict__["_sandbox"] = module


def _prepare() -> None:
    shim_root: Path | None = None
    for vendor in VENDORS:
        name = f"failtrail_{vendor}"
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            if shim_root is None:
                shim_root = Path(tempfile.mkdtemp(prefix="failtrail-sandbox-shims-"))
                atexit.register(shutil.rmtree, shim_root, ignore_errors=True)
            _build_shim(shim_root, name, vendor)
        else:
            copy = Path(spec.origin).parent / "_sandbox.py"
            if not copy.exists() or copy.read_bytes() != TEMPLATE.read_bytes():
                _use_template_core(name)
    if shim_root is not None:
        sys.path.insert(0, str(shim_root))
        importlib.invalidate_caches()


_prepare()
