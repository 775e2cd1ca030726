"""`WebCommands`: the window's commands for web pages, web archive histories and WARC files.

File > Open URL… (Ctrl+L) puts a live page on a side; the comparison task fetches it, so the
window never blocks, the progress bar shows the bytes arriving and Stop (Ctrl+.) cancels. File >
Open History of URL… lists the page's versions in the archive and File > Open Web Archive…
the pages of a WARC file; both show a `CapturePicker`, then fetch or read the versions chosen
on the thread pool (`WebRunner`) and open two side by side or all in the Versions panel. Every
failure is one line in the message bar, and the versions already on screen stay.

The commands act on the window's `WindowContext` and own the `WebRunner`; `web_actions` makes
their actions, which the window puts in its File menu.

May import `core` (never its network modules at import time), the `gui` modules the main window
is built from, PySide6 and the standard library; never `gui.window.main_window` itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from wirediff.core.result import Side
from wirediff.core.sources.addresses import short_address
from wirediff.core.sources.capture import format_time
from wirediff.gui.tasks.compare_worker import DocumentSource
from wirediff.gui.tasks.web_jobs import (
    History,
    archive_documents,
    fetch_versions,
    list_history,
    read_archive,
)
from wirediff.gui.tasks.web_runner import WebRunner
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.widgets.web.capture_picker import CapturePicker, PickItem
from wirediff.gui.widgets.web.url_dialog import OpenUrlDialog
from wirediff.gui.window.files import path_source

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirediff.core.result import Document
    from wirediff.core.sources.warc import ArchiveReading
    from wirediff.gui.window.context import WindowContext
    from wirediff.gui.window.files import FileCommands

OPEN_URL_SHORTCUT = "Ctrl+L"
WEB_ARCHIVE_FILTER = "Web archives (*.warc *.warc.gz *.wacz);;All files (*)"
COULD_NOT_LIST = "Could not list the archive's captures"
COULD_NOT_FETCH = "Could not fetch the captures"
COULD_NOT_READ = "Could not read the web archive"


def history_items(history: History) -> list[PickItem]:
    """One line per archived version: its first capture, how often it was seen, its status."""
    items = []
    for number, version in enumerate(history.versions, 1):
        first = version.first
        seen = f", seen {len(version.captures)} times" if len(version.captures) > 1 else ""
        status = "" if first.is_page else f" (status {first.status or '-'}: not a page)"
        items.append(
            PickItem(f"{number}. {format_time(first.captured_at)}{seen}{status}", first.is_page)
        )
    return items


def archive_items(reading: ArchiveReading) -> dict[str, list[PickItem]]:
    """Per page of a web archive, one line per capture (identical ones say so)."""
    pages: dict[str, list[PickItem]] = {}
    for url in reading.urls():
        lines = pages.setdefault(url, [])
        previous = None
        for number, capture in enumerate(reading.captures_of(url), 1):
            same = " (same as the one before)" if capture.digest == previous else ""
            lines.append(PickItem(f"{number}. {format_time(capture.captured_at)}{same}"))
            previous = capture.digest
    return pages


class WebCommands(QObject):
    """The window's web commands (see the module docstring)."""

    def __init__(self, context: WindowContext, files: FileCommands) -> None:
        super().__init__(context.window)
        self.context = context
        self.controller = context.controller
        self.files = files
        # Its progress and failures go where the comparison's go: the window connects them.
        self.runner = WebRunner(self)
        self.runner.failed.connect(
            lambda message: context.message_bar.show_message(message, Level.ERROR)
        )
        self.controller.pages_reloaded.connect(
            lambda message: context.message_bar.show_message(message, Level.INFO)
        )
        self.history_picker: CapturePicker | None = None
        self.archive_picker: CapturePicker | None = None

    # -- live pages -------------------------------------------------------------------------

    def open_url_dialog(self) -> None:
        has_left = self.controller.sources[Side.LEFT] is not None
        dialog = OpenUrlDialog(self.context.window, side=Side.RIGHT if has_left else Side.LEFT)
        dialog.accepted.connect(lambda: self.open_url(dialog.side(), dialog.url()))
        dialog.open()

    def open_url(self, side: Side, url: str) -> None:
        """Compare the page at `url` on `side` (fetched by the comparison task)."""
        self.controller.set_source(side, path_source(url))
        self.files.show_pending_names()

    def stop(self) -> None:
        """Cancel a fetch or comparison in flight; what is on screen stays."""
        busy = self.controller.is_busy() or self.runner.is_busy()
        self.controller.cancel()
        self.runner.cancel()
        if busy:
            self.context.note("Stopped")

    # -- the archive's history of a page -----------------------------------------------------

    def open_history_dialog(self) -> None:
        url = self.context.prompts.text(
            "Open History of URL", "Address of the page (its captures in the web archive):"
        )
        if url:
            self.open_history(url)

    def open_history(self, url: str) -> None:
        """List the page's archived versions, then let the user pick some."""
        self.context.status_bar.showMessage(f"Asking the archive for {short_address(url)}…")
        self.runner.run(
            lambda checkpoint: list_history(url, checkpoint), COULD_NOT_LIST, self._pick_history
        )

    def _pick_history(self, result: object) -> None:
        assert isinstance(result, History)
        self.context.status_bar.clearMessage()
        picker = CapturePicker(
            {result.url: history_items(result)},
            self.context.window,
            title=f"History of {short_address(result.url)}",
        )
        picker.picked.connect(
            lambda _page, rows, as_versions: self._fetch_history(result, rows, as_versions)
        )
        self.history_picker = picker
        picker.open()

    def _fetch_history(self, history: History, rows: list[int], as_versions: bool) -> None:
        chosen = [history.versions[row] for row in rows]
        self.runner.run(
            lambda checkpoint: fetch_versions(chosen, checkpoint),
            COULD_NOT_FETCH,
            lambda documents: self.open_documents(documents, as_versions=as_versions),
        )

    # -- web archive files -------------------------------------------------------------------

    def open_archive_dialog(self) -> None:
        path = self.context.prompts.open_file_name("Open Web Archive", "", WEB_ARCHIVE_FILTER)
        if path:
            self.open_archive(path)

    def open_archive(self, path: str | Path) -> None:
        """Read a WARC file, then let the user pick a page and its captures."""
        self.runner.run(
            lambda checkpoint: read_archive(path, checkpoint), COULD_NOT_READ, self._pick_archive
        )

    def _pick_archive(self, result: object) -> None:
        reading: ArchiveReading = result  # type: ignore[assignment]
        if reading.truncated:
            self.context.message_bar.show_message(
                f"{Path(reading.path).name} is cut off: "
                "only the captures before the cut are listed",
                Level.WARNING,
            )
        picker = CapturePicker(
            archive_items(reading), self.context.window, title=Path(reading.path).name
        )

        def picked(page: str, rows: list[int], as_versions: bool) -> None:
            captures = [reading.captures_of(page)[row] for row in rows]
            self.runner.run(
                lambda checkpoint: archive_documents(captures, checkpoint),
                COULD_NOT_READ,
                lambda documents: self.open_documents(documents, as_versions=as_versions),
            )

        picker.picked.connect(picked)
        self.archive_picker = picker
        picker.open()

    # -- opening what was fetched ------------------------------------------------------------

    def open_documents(self, result: object, *, as_versions: bool) -> None:
        """Compare the first two documents; with `as_versions`, list all in the Versions panel."""
        documents: Sequence[Document] = result  # type: ignore[assignment]
        if len(documents) < 2:
            return
        # Archived versions never change: their bytes are the source, with no file to re-read.
        left, right = (DocumentSource(raw=d.raw, name=d.name) for d in documents[:2])
        self.controller.sources[Side.LEFT] = left
        self.controller.set_source(Side.RIGHT, right)
        self.files.show_pending_names()
        if as_versions:
            self.context.versions.panel.set_documents(list(documents))


def web_actions(commands: WebCommands) -> list[QAction]:
    """Open URL…, Open History of URL…, Open Web Archive… and Stop, for the File menu."""

    def action(text: str, slot: object, shortcut: str = "", tip: str = "") -> QAction:
        made = QAction(text, commands.context.window)
        if shortcut:
            made.setShortcut(QKeySequence(shortcut))
        made.setStatusTip(tip)
        made.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        commands.context.window.addAction(made)
        return made

    return [
        action(
            "Open &URL…",
            commands.open_url_dialog,
            OPEN_URL_SHORTCUT,
            "Compare a web page as it is now",
        ),
        action(
            "Open &History of URL…",
            commands.open_history_dialog,
            tip="Pick versions of a page from the web archive's captures",
        ),
        action(
            "Open &Web Archive…",
            commands.open_archive_dialog,
            tip="Pick a page and its captures from a WARC file",
        ),
        action("&Stop", commands.stop, "Ctrl+.", "Stop fetching or comparing"),
    ]
