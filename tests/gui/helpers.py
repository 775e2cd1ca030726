"""Helpers shared by the window tests: waiting for a comparison to land."""

from __future__ import annotations

from pathlib import Path

COMPARE_TIMEOUT_MS = 20_000


def open_pair(qtbot, window, left: Path | str, right: Path | str) -> None:
    """Open two files and wait until their comparison is on screen."""
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.open_files(str(left), str(right))
