"""The drift check fails when a generated file is edited by hand, and passes on a clean tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("ruff") is None:
        pytest.fail("ruff must be installed (nox installs the pinned one)")
    dest = tmp_path_factory.mktemp("repo")
    for name in ("specs", "templates", "tools"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "packages").mkdir()
    for package in ("failtrail-zitadel", "failtrail-core"):  # the core's version sets the dependency range
        shutil.copytree(
            ROOT / "packages" / package,
            dest / "packages" / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
        )
    return dest


def _drift(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.codegen", "drift", "zitadel"], cwd=repo, capture_output=True, text=True
    )


def test_clean_tree_has_no_drift(copy: Path) -> None:
    result = _drift(copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no drift" in result.stdout


def test_hand_edit_of_a_generated_file_is_caught(copy: Path) -> None:
    target = copy / "packages/failtrail-zitadel/failtrail_zitadel/models/failed_event.py"
    original = target.read_text()
    target.write_text(original.replace("class FailedEvent:", "class FailedEvent:  # tweaked by hand"))
    try:
        result = _drift(copy)
    finally:
        target.write_text(original)
    assert result.returncode == 1
    assert "-class FailedEvent:  # tweaked by hand" in result.stdout
    assert "DRIFT" in result.stdout


def test_hand_written_files_are_left_alone(copy: Path) -> None:
    readme = copy / "packages/failtrail-zitadel/README.md"
    readme.write_text(readme.read_text() + "\nlocal note\n")
    assert _drift(copy).returncode == 0
