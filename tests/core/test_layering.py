"""Pins the layering rule: every core module imports with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"

BLOCKER = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "gui")):
            raise ImportError(f"core imported {name}")
sys.meta_path.insert(0, Block())
for module in sys.argv[1:]:
    importlib.import_module(module)
"""


def test_core_imports_without_qt_or_gui() -> None:
    modules = sorted(f"core.{path.stem}" for path in CORE.glob("*.py") if path.stem != "__init__")
    assert "core.compare" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules],
        capture_output=True,
        text=True,
        cwd=CORE.parent,
        check=False,
    )
    assert result.returncode == 0, result.stderr
