"""`run_app`: start the window, comparing the files given or the bundled demo.

`wirediff` with no files opens seeds 000 and 001 (two versions of one news story); with two
files it compares them; with one it waits for the other. Called by `gui.cli.main` for the bare
command.

May import every `gui` module, `core`, PySide6 and the standard library.
"""

from __future__ import annotations

import os
import sys
from importlib import resources

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from wirediff.gui.models.settings import APPLICATION, ORGANIZATION
from wirediff.gui.window.main_window import MainWindow

SEEDS_DIR = resources.files("wirediff.seeds")


def demo_files() -> list[str]:
    """The bundled demo: five versions of one story (seeds/), empty when not installed."""
    return sorted(str(path) for path in SEEDS_DIR.iterdir() if path.name.endswith(".txt"))


def open_initial_files(window: MainWindow, files: list[str]) -> None:
    """What the window compares at start: the files given, or the demo.

    Two files are compared; more (or the demo's five) are compared first against second and
    all listed in the Versions panel. One Word, OpenDocument or RTF file with tracked changes is its
    two versions: as written against the changes accepted.
    """
    from wirediff.core.compare import holds_two_versions
    from wirediff.core.result import Side

    if len(files) > 2:
        window.files.open_versions(files)
    elif len(files) == 2:
        window.files.open_files(files[0], files[1])
    elif len(files) == 1 and holds_two_versions(files[0]):
        window.files.open_tracked_changes(files[0])
    elif len(files) == 1:
        window.files.open_path(Side.LEFT, files[0])
    else:
        demo = demo_files()
        if len(demo) > 2:
            window.files.open_versions(demo)
        elif len(demo) == 2:
            window.files.open_files(demo[0], demo[1])


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
    QGuiApplication.setApplicationDisplayName("wirediff")
    window = MainWindow()
    window.show()
    open_initial_files(window, files)
    return app.exec()
