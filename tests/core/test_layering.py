"""Pins the layering rule: every core module imports with PySide6 and the GUI unavailable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import wirediff.core

BLOCKER = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "wirediff.gui")):
            raise ImportError(f"core imported {name}")
sys.meta_path.insert(0, Block())
for module in sys.argv[1:]:
    importlib.import_module(module)
"""


def core_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(wirediff.core.__path__, prefix="wirediff.core.")
    )


def test_core_imports_without_qt_or_gui() -> None:
    modules = core_modules()
    assert "wirediff.core.compare" in modules
    assert "wirediff.core.text.decode" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
