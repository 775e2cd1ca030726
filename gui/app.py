"""`run_app`: start the window, comparing the files given or the bundled demo.

`wirediff` with no files opens seeds 000 and 001 (two versions of one news story); with two
files it compares them; with one it waits for the other. Called by `gui.cli` for the bare
command.

May import every `gui` module, `core`, PySide6 and the standard library.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.settings import APPLICATION, ORGANIZATION

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def demo_files() -> tuple[str, str] | None:
    """The bundled demo pair (seeds 000 and 001), or None when the seeds are not installed."""
    found = []
    for prefix in ("000", "001"):
        matches = sorted(SEEDS_DIR.glob(f"{prefix}_*"))
        if not matches:
            return None
        found.append(str(matches[0]))
    return found[0], found[1]


def open_initial_files(window: MainWindow, files: list[str]) -> None:
    """What the window compares at start: the files given, or the demo."""
    from core.result import Side
    from gui.message_bar import Level

    if len(files) >= 2:
        window.open_files(files[0], files[1])
        if len(files) > 2:
            window.message_bar.show_message(
                f"Comparing the first two of {len(files)} files", Level.INFO
            )
    elif len(files) == 1:
        window.open_path(Side.LEFT, files[0])
    else:
        demo = demo_files()
        if demo is not None:
            window.open_files(*demo)


def has_display() -> bool:
    """Whether a window can be shown (Qt would otherwise abort with a plugin error)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(files: list[str]) -> int:
    """Run the window until it closes; returns the exit status."""
    if not has_display():
        print(
            "wirediff: no display to open the window on; "
            "use 'wirediff compare LEFT RIGHT' on a terminal",
            file=sys.stderr,
        )
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("wirediff")
    window = MainWindow()
    window.show()
    open_initial_files(window, files)
    return app.exec()
