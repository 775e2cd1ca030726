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

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from wirediff.core.result import Side
from wirediff.core.sources.capture import is_address, short_address
from wirediff.gui.presentation.version_facts import open_file_filter
from wirediff.gui.tasks.compare_worker import DocumentSource
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.widgets.comparison.repair_panel import repaired_copy_path, save_repaired_copy
from wirediff.gui.widgets.comparison.view_text import local_paths
from wirediff.gui.window.actions import fill_recent_menu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMenu

    from wirediff.gui.models.settings import Preferences
    from wirediff.gui.tasks.controller import CompareController
    from wirediff.gui.widgets.comparison.document_header import DocumentHeader
    from wirediff.gui.widgets.comparison.message_bar import MessageBar
    from wirediff.gui.widgets.versions.dock import VersionsDock

STATUS_NOTE_MS = 4000
PASTED_NAME = "Pasted text"


def path_source(path: str) -> DocumentSource:
    """A side read from a file, or fetched from the web when `path` is an address."""
    if is_address(str(path)):
        return DocumentSource(url=str(path).strip(), name=short_address(str(path).strip()))
    return DocumentSource(path=str(path), name=Path(path).name)


class FileCommands(QMainWindow):
    """The main window's commands that choose what is compared, and save repaired text."""

    controller: CompareController
    preferences: Preferences
    headers: dict[Side, DocumentHeader]
    message_bar: MessageBar
    summary_label: QLabel
    versions: VersionsDock

    # -- opening --------------------------------------------------------------------------

    def open_files(self, left: str, right: str) -> None:
        """Compare two files (the result lands in `comparison_ready`)."""
        self.controller.sources[Side.LEFT] = path_source(left)
        self.controller.set_source(Side.RIGHT, path_source(right))
        self._show_pending_names()

    def open_path(self, side: Side, path: str) -> None:
        self.controller.set_source(side, path_source(path))
        self._show_pending_names()

    def open_dialog(self, side: Side) -> None:
        source = self.controller.sources[side]
        start = str(Path(source.path).parent) if source and source.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, f"Open the {side.value} version", start, open_file_filter()
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
            self.message_bar.show_message("The clipboard holds no text to compare", Level.INFO)
            return
        if is_address(text) and len(text.split()) == 1:  # a copied address: fetch the page
            self.open_path(side, text.strip())
            return
        source = DocumentSource(raw=text.encode("utf-8"), name=PASTED_NAME, encoding="utf-8")
        self.controller.set_source(side, source)
        self._show_pending_names()

    def swap_sides(self) -> None:
        self.controller.swap()

    def reload(self) -> None:
        self.controller.reload()

    def fill_recent_menu(self, menu: QMenu) -> None:
        fill_recent_menu(menu, self.preferences, self.open_files)

    def open_versions(self, paths: list[str]) -> None:
        """Compare the first two of several versions and list them all in the Versions dock."""
        self.open_files(paths[0], paths[1])
        self.versions.add_files(paths)

    def _on_files_dropped(self, side: Side, paths: list[str]) -> None:
        if len(paths) > 2:
            self.open_versions(paths)
        elif len(paths) == 2:
            self.open_files(paths[0], paths[1])
        else:
            self.open_path(side, paths[0])

    def _show_pending_names(self) -> None:
        if self.controller.comparison is None:
            for side in Side:
                self.headers[side].set_document(None, self.controller.sources[side])
            if None in self.controller.sources.values():
                self.summary_label.setText("Choose the other version to compare")

    # -- repaired copies ------------------------------------------------------------------

    def save_dialog(self, side: Side) -> None:
        document = self.controller.document(side)
        if document is None:
            return
        suggested = repaired_copy_path(document.path, document.name)
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save repaired copy", str(suggested), "Text files (*.txt);;All files (*)"
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
            self.message_bar.show_message(str(error), Level.WARNING)
            return False
        except OSError as error:
            self.message_bar.show_message(f"Cannot write {path}: {error.strerror}", Level.ERROR)
            return False
        self.statusBar().showMessage(f"Saved the repaired text to {saved.name}", STATUS_NOTE_MS)
        return True
