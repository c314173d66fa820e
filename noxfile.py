"""failtrail's one entry point: generate, drift, lint, typecheck, tests, contract, build, bench, demo.

``nox`` with no arguments runs the full check: lint, typecheck, drift, tests, contract.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PACKAGES = sorted(p for p in (ROOT / "packages").iterdir() if (p / "pyproject.toml").exists())

# The generators' output is committed, so their exact versions are part of the source; the
# formatter that shapes that output is the linter that checks it, pinned once.
RUFF = "ruff==0.17.6"
PYYAML = "PyYAML==6.0.3"
GENERATOR_DEPS = ["openapi-python-client==0.29.1", "datamodel-code-generator==0.89.0", RUFF, PYYAML]
LINT_DEPS = [RUFF]
TEST_DEPS = [
    "pytest==9.0.3",
    "pytest-asyncio==1.5.0",
    "respx==0.23.1",
    "botocore==1.43.11",
    "hypothesis==6.170.17",
    PYYAML,
]
# What the umbrella package `failtrail` needs at run time, pinned for CI (its pyproject takes a range).
UMBRELLA_DEPS = ["rich==15.0.0"]
TYPE_DEPS = ["mypy==2.4.1", "types-PyYAML==6.0.12.20261113", "botocore-stubs==1.43.126", "pyright==1.1.414"]
# The public surface's type completeness (pyright --verifytypes) each package must keep.
MIN_TYPE_COMPLETENESS = 95.0
# The contract tests' independent validators: schemathesis here, Prism pinned in tools/prism/package-lock.json.
CONTRACT_DEPS = ["schemathesis==4.32.5", "requests==2.34.2"]

nox.options.sessions = [
    "lint",
    "typecheck",
    "drift",
    "tests",
    "contract",
]  # verifytypes, reliability (--full), bench, build: by name
nox.options.reuse_venv = "yes"


def _install_packages(session: nox.Session, editable: bool = True) -> None:
    args: list[str] = [*UMBRELLA_DEPS]
    for package in PACKAGES:
        args += ["-e", str(package)] if editable else [str(package)]
    session.install(*args)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every package from specs/ + templates/ (or only the vendors named after --)."""
    session.install(*GENERATOR_DEPS)
    session.run("python", "-m", "tools.codegen", "generate", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Fail, showing the diff, when a generated file differs from what specs/ + templates/ give."""
    session.install(*GENERATOR_DEPS)
    session.run("python", "-m", "tools.codegen", "drift", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over everything."""
    session.install(*LINT_DEPS)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the packages and the tests."""
    session.install(*TYPE_DEPS, *TEST_DEPS, *GENERATOR_DEPS, *CONTRACT_DEPS)
    _install_packages(session)
    session.run("mypy", *[str(p / p.name.replace("-", "_")) for p in PACKAGES], "tests", "tools")
    # Natural consumer code, strict in both checkers: a change that makes users cast fails here.
    session.run("mypy", "--strict", "examples/typed_consumers")
    session.run("pyright", "examples/typed_consumers")


@nox.session
def verifytypes(session: nox.Session) -> None:
    """pyright --verifytypes per package: the share of the public surface whose types are known."""
    session.install(*TYPE_DEPS)
    _install_packages(session)
    low = []
    for package in PACKAGES:
        name = package.name.replace("-", "_")
        out = session.run("pyright", "--verifytypes", name, "--ignoreexternal", silent=True, success_codes=[0, 1])
        score = next((line for line in str(out).splitlines() if "completeness score" in line), "no score")
        session.log(f"{name}: {score.strip()}")
        value = float(score.rsplit(" ", 1)[-1].rstrip("%")) if "%" in score else 0.0
        if value < MIN_TYPE_COMPLETENESS:
            low.append(f"{name} {value}%")
    if low:
        session.error(f"type completeness under {MIN_TYPE_COMPLETENESS}%: {', '.join(low)}")


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite (pass pytest arguments after --)."""
    session.install(*TEST_DEPS, *GENERATOR_DEPS)
    _install_packages(session)
    session.run("pytest", "--ignore=tests/contract", *session.posargs)  # those run once, in `contract`


@nox.session
def reliability(session: nox.Session) -> None:
    """The fault matrix, canary secrets and parser fuzzing (a fixed-seed sample; ``-- --full`` for all of it)."""
    session.install(*TEST_DEPS, *GENERATOR_DEPS)
    _install_packages(session)
    session.run("pytest", "tests/reliability", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """schemathesis against every vendor sandbox; Prism (npm ci into tools/prism) between each client and its sandbox."""
    session.install(*TEST_DEPS, *CONTRACT_DEPS)
    _install_packages(session)
    if shutil.which("npm") is None:
        session.error("npm is not on PATH: the contract tests need it to install Prism (tools/prism)")
    session.run("npm", "ci", "--prefix", "tools/prism", "--no-audit", "--no-fund", external=True)
    session.run("pytest", "tests/contract", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """A wheel and an sdist per package; each wheel installed into its own fresh venv beside only the core's wheel."""
    session.install("build==1.6.1")
    out = ROOT / "dist"
    out.mkdir(exist_ok=True)
    wheels: dict[str, Path] = {}
    for package in PACKAGES:
        session.run("python", "-m", "build", "--outdir", str(out), str(package))
        name = package.name.replace("-", "_")
        wheels[name] = max(out.glob(f"{name}-*.whl"), key=os.path.getmtime)
    for name, wheel in wheels.items():
        with tempfile.TemporaryDirectory() as venv:
            session.run("python", "-m", "venv", venv)
            py = str(Path(venv) / "bin" / "python")
            beside = [str(wheels["failtrail_core"])] if name != "failtrail_core" else []
            session.run(py, "-m", "pip", "install", "-q", str(wheel), *beside, external=True)
            session.run(py, "-c", f"import {name}; print({name}.__name__, {name}.__version__)", external=True)
            session.run(py, "-c", _MIRRORS_LOAD.format(name=name), external=True)


# Every compiled mirror a wheel ships (its _wire/ modules) imports and makes its reader: the wheel holds them,
# and msgspec came with it.
_MIRRORS_LOAD = """
import importlib, importlib.util, pkgutil
answers = importlib.util.find_spec("{name}.api") is not None  # the core and the umbrella have no API of their own
wire = importlib.import_module("{name}._wire") if answers else None
modules = [] if wire is None else [m.name for m in pkgutil.iter_modules(wire.__path__, wire.__name__ + ".")]
for module in modules:
    importlib.import_module(module).reader()
print("{name}:", len(modules), "mirrors")
"""


@nox.session
def bench(session: nox.Session) -> None:
    """Speed as ratios against anchors measured in the same run, one table; non-zero when a target is missed.

    Pull at the network's floor (sandbox on 127.0.0.1, 20 ms a response), served vs replayed bytes, parse per
    record, imports and start-up, the CLI's CPU per record, linearity and peak memory. ``-- --full`` runs
    issue 15's sizes; ``-- --only pull,cli`` some of the measures (see tests/bench/run.py).
    """
    session.install(*GENERATOR_DEPS, *TEST_DEPS)  # stock generator output is an anchor; the specs' samples via conftest
    _install_packages(session)
    session.run("python", "-m", "tests.bench.run", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Generate and install every package, serve four vendor sandboxes and a Workato export, run the CLI on them."""
    session.install(*GENERATOR_DEPS)
    session.run("python", "-m", "tools.codegen", "generate")
    _install_packages(session)
    session.run("python", "-m", "failtrail.demo", *session.posargs)
