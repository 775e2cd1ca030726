"""`FileCommands`: how versions get into the main window and repaired copies out of it.

Opening files (dialog, drop, recent pairs, several versions at once; a web address anywhere a
file name goes, fetched by the comparison task), pasting the clipboard (text, or an address) as
a version, swapping sides, reloading, and saving a side's repaired text. Each command says
what a side should be to the `CompareController`, which compares on the thread pool; until a
first comparison lands the headers show the names chosen so far. `MainWindow` inherits these
commands; they use its controller, headers, message bar, preferences and Versions dock.

May import `core`, the `gui` modules the main window is built from, PySide6 and the standard
library; never `gui.window.main_window` itself, `gui.cli.main` or `gui.window.app`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from wirediff.core.compare import ACCEPTED_SUFFIX, ORIGINAL_SUFFIX
from wirediff.core.result import Side
from wirediff.core.sources.addresses import is_address, short_address
from wirediff.gui.presentation.version_facts import open_file_filter
from wirediff.gui.tasks.compare_worker import DocumentSource
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.widgets.comparison.repair_panel import repaired_copy_path, save_repaired_copy
from wirediff.gui.widgets.comparison.view_text import local_paths

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu

    from wirediff.gui.models.settings import Preferences
    from wirediff.gui.window.context import WindowContext

PASTED_NAME = "Pasted text"


def path_source(path: str) -> DocumentSource:
    """A side read from a file, or fetched from the web when `path` is an address."""
    if is_address(str(path)):
        return DocumentSource(url=str(path).strip(), name=short_address(str(path).strip()))
    return DocumentSource(path=str(path), name=Path(path).name)


def fill_recent_menu(
    menu: QMenu, preferences: Preferences, open_pair: Callable[[str, str], None]
) -> None:
    """List recent comparisons (newest first) in `menu`, each opening its pair again."""
    menu.clear()
    for left, right in preferences.recent_pairs():
        action = menu.addAction(f"{Path(left).name}  ↔  {Path(right).name}")
        action.setToolTip(f"{left}\n{right}")
        action.triggered.connect(lambda _c=False, a=left, b=right: open_pair(a, b))
    if menu.isEmpty():
        menu.addAction("No recent comparisons").setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction("Clear Recent", preferences.clear_recent)


class FileCommands(QObject):
    """The window's commands that choose what is compared, and save repaired text."""

    # The names chosen so far (either may be None) while no comparison is on screen.
    pending_names_shown = Signal()

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.controller = context.controller

    # -- opening --------------------------------------------------------------------------

    def open_files(self, left: str, right: str) -> None:
        """Compare two files (the result lands in `comparison_ready`)."""
        self.controller.sources[Side.LEFT] = path_source(left)
        self.controller.set_source(Side.RIGHT, path_source(right))
        self.show_pending_names()

    def open_path(self, side: Side, path: str) -> None:
        self.controller.set_source(side, path_source(path))
        self.show_pending_names()

    def open_tracked_changes(self, path: str) -> None:
        """Compare a document with tracked changes as written against the changes accepted,
        and list both versions in the Versions dock."""
        name = Path(path).name
        self.controller.sources[Side.LEFT] = DocumentSource(
            path=path, name=name + ORIGINAL_SUFFIX, original=True
        )
        self.controller.set_source(
            Side.RIGHT, DocumentSource(path=path, name=name + ACCEPTED_SUFFIX)
        )
        self.show_pending_names()
        self.context.versions.add_files([path])

    def open_dialog(self, side: Side) -> None:
        source = self.controller.sources[side]
        start = str(Path(source.path).parent) if source and source.path else ""
        path = self.context.prompts.open_file_name(
            f"Open the {side.value} version", start, open_file_filter()
        )
        if path:
            self.open_path(side, path)

    def paste_as(self, side: Side) -> None:
        """Use the clipboard as one version: its files if it holds files, else its text."""
        mime = QGuiApplication.clipboard().mimeData()
        paths = local_paths(mime) if mime is not None else []
        if paths:
            self.open_path(side, paths[0])
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.context.message_bar.show_message(
                "The clipboard holds no text to compare", Level.INFO
            )
            return
        if is_address(text) and len(text.split()) == 1:  # a copied address: fetch the page
            self.open_path(side, text.strip())
            return
        source = DocumentSource(raw=text.encode("utf-8"), name=PASTED_NAME, encoding="utf-8")
        self.controller.set_source(side, source)
        self.show_pending_names()

    def swap_sides(self) -> None:
        self.controller.swap()

    def reload(self) -> None:
        self.controller.reload()

    def fill_recent_menu(self, menu: QMenu) -> None:
        fill_recent_menu(menu, self.context.preferences, self.open_files)

    def open_versions(self, paths: list[str]) -> None:
        """Compare the first two of several versions and list them all in the Versions dock."""
        self.open_files(paths[0], paths[1])
        self.context.versions.add_files(paths)

    def open_dropped(self, side: Side, paths: list[str]) -> None:
        if len(paths) > 2:
            self.open_versions(paths)
        elif len(paths) == 2:
            self.open_files(paths[0], paths[1])
        else:
            self.open_path(side, paths[0])

    def show_pending_names(self) -> None:
        """Until a first comparison lands, the headers name the versions chosen so far."""
        if self.controller.comparison is None:
            for side in Side:
                self.context.headers[side].set_document(None, self.controller.sources[side])
            if None in self.controller.sources.values():
                self.context.summary_label.setText("Choose the other version to compare")
            self.pending_names_shown.emit()

    # -- repaired copies ------------------------------------------------------------------

    def save_dialog(self, side: Side) -> None:
        document = self.controller.document(side)
        if document is None:
            return
        suggested = repaired_copy_path(document.path, document.name)
        path = self.context.prompts.save_file_name(
            "Save repaired copy", str(suggested), "Text files (*.txt);;All files (*)"
        )
        if path:
            self.save_repaired_copy(side, path)

    def save_repaired_copy(self, side: Side, path: str) -> bool:
        """Write the side's repaired text to `path` (never over the original)."""
        document = self.controller.document(side)
        if document is None:
            return False
        try:
            saved = save_repaired_copy(document, path)
        except ValueError as error:
            self.context.message_bar.show_message(str(error), Level.WARNING)
            return False
        except OSError as error:
            self.context.message_bar.show_message(
                f"Cannot write {path}: {error.strerror}", Level.ERROR
            )
            return False
        self.context.note(f"Saved the repaired text to {saved.name}")
        return True
