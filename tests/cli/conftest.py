"""The installed `wirediff` command, run as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _command() -> list[str]:
    installed = Path(sys.executable).parent / "wirediff"
    if installed.exists():
        return [str(installed)]
    found = shutil.which("wirediff")
    if found:
        return [found]
    pytest.fail("the wirediff command is not installed (pip install -e '.[test]')")


@pytest.fixture
def run_wirediff():
    def run(*arguments: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run(
            [*_command(), *map(str, arguments)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd,
            env=env,
            timeout=120,
            check=False,
        )

    return run
