"""The Versions dock: many versions of a story beside the two-version comparison.

Holds a `VersionsPanel` (version list and sentence matrix) and connects it to the window's
`CompareController`: choosing a pair, or clicking a cell of the matrix, puts those two versions
side by side and, once the comparison lands, scrolls to the paragraph of the clicked sentence.
The dock shows itself when more than two versions are open; with two it stays out of the way.
It yields to the comparison in a small window: below `MIN_WINDOW_WIDTH_PX` it does not open by
itself (the status bar says how to open it) and a docked panel folds away when the window
narrows past that width, coming back when it widens. A user who closes it keeps it closed,
across runs (`closed_by_user` tells the window, which remembers).
Whatever put a pair on screen (the panel, a file opened or dropped on a side, pasted text), the
list's LEFT/RIGHT badges follow the comparison shown: a side showing a listed version marks that
version, a side showing anything else marks none.

May import `core`, `gui` modules and PySide6.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from wirediff.core.compare import ORIGINAL_SUFFIX
from wirediff.core.result import Side
from wirediff.core.sources.addresses import is_address
from wirediff.gui.models.matrix_model import PairRequest
from wirediff.gui.tasks.compare_worker import DocumentSource
from wirediff.gui.widgets.versions.panel import VersionsPanel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent

    from wirediff.core.result import Comparison, Document
    from wirediff.gui.render.theme import Theme
    from wirediff.gui.tasks.controller import CompareController
    from wirediff.gui.widgets.comparison.view import ComparisonView

# Below this many versions the matrix adds nothing to the side-by-side view.
MIN_VERSIONS_TO_SHOW_DOCK = 3
DOCK_SHARE_OF_WINDOW = 0.3
MAX_DOCK_WIDTH_PX = 560
# Narrower windows keep the whole width for the two text columns (at 1200 px the dock leaves
# each column about 400 px, some 60 characters).
MIN_WINDOW_WIDTH_PX = 1200
STATUS_HINT_MS = 8000


def document_source(document: Document) -> DocumentSource:
    """A controller source for a version already loaded by the panel (no second read)."""
    # A web version's path is its address: its bytes are the source, there is no file to watch.
    path = None if document.path is None or is_address(document.path) else document.path
    return DocumentSource(
        path=path,
        raw=document.raw,
        name=document.name,
        original=document.name.endswith(ORIGINAL_SUFFIX),
    )


class VersionsDock(QDockWidget):
    """Dockable version list and matrix, driving the window's pair of versions."""

    closed_by_user = Signal(bool)  # True when the user closes the panel, False when reopened

    def __init__(self, controller: CompareController, view: ComparisonView) -> None:
        super().__init__("Versions")
        self.setObjectName("VersionsDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.panel = VersionsPanel(self)
        self.setWidget(self.panel)
        self._controller = controller
        self._view = view
        self._pending: PairRequest | None = None
        self._auto_shown = False
        self._user_closed = False
        self._folded = False  # hidden because the window became too narrow
        self.toggleViewAction().triggered.connect(self._on_toggled_by_user)
        self.panel.pair_requested.connect(self._on_pair_requested)
        self.panel.sentence_requested.connect(self._on_sentence_requested)
        self.panel.documents_changed.connect(self._on_documents_changed)

    def follow_controller(self) -> None:
        """Listen for comparisons; call after the window's own slots are connected, so the
        view already shows a new comparison when this scrolls it."""
        self._controller.comparison_ready.connect(self._on_comparison_ready)
        self._controller.comparison_failed.connect(self._forget_pending)
        self._controller.comparison_failed.connect(self._mark_shown_pair)

    def add_files(self, paths: Sequence[str]) -> None:
        """Load versions in the background; the dock appears once there are enough."""
        self._auto_shown = False
        self.panel.add_files(list(paths))

    def set_theme(self, theme: Theme) -> None:
        self.panel.set_theme(theme)

    def cancel_work(self) -> None:
        """Ask the panel's work in flight to stop; the window then waits for the pool once."""
        self.panel.cancel_work()

    def _mark_shown_pair(self, *_args: object) -> None:
        """Badge the listed versions the window shows; sides showing others get none."""
        comparison = self._controller.comparison
        if comparison is None:
            return
        left = self._row_showing(comparison.left, -1)
        right = self._row_showing(comparison.right, left)
        if (left, right) != self.panel.pair():
            self.panel.set_pair(left, right)

    def _row_showing(self, document: Document, other: int) -> int:
        """The listed version with this document's file and bytes (not row `other`), or -1."""
        for row, listed in enumerate(self.panel.documents()):
            if row != other and listed.path == document.path and listed.raw == document.raw:
                return row
        return -1

    def set_user_closed(self, closed: bool) -> None:
        """Start as the user left it: a panel closed by the user does not open by itself."""
        self._user_closed = closed

    def watch_window_width(self) -> None:
        """Fold away when the window narrows past `MIN_WINDOW_WIDTH_PX`, and come back."""
        window = self.parentWidget()
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._fit_window_width()
        return False

    def _fit_window_width(self) -> None:
        window = self.parentWidget()
        if window is None or self.isFloating():
            return
        narrow = window.width() < MIN_WINDOW_WIDTH_PX
        if narrow and self.isVisible() and not self._folded:
            self._folded = True
            self.hide()
        elif not narrow and self._folded:
            self._folded = False
            if not self._user_closed:
                self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._on_toggled_by_user(False)

    def _on_toggled_by_user(self, shown: bool) -> None:
        self._folded = False
        if self._user_closed == shown:
            self._user_closed = not shown
            self.closed_by_user.emit(not shown)

    def _on_documents_changed(self) -> None:
        self._mark_shown_pair()
        if not self._auto_shown and len(self.panel.documents()) >= MIN_VERSIONS_TO_SHOW_DOCK:
            # Shown once per batch of files; a user who then closes the dock keeps it closed.
            self._auto_shown = True
            window = self.parentWidget()
            count = len(self.panel.documents())
            if self._user_closed or (window is not None and window.width() < MIN_WINDOW_WIDTH_PX):
                if isinstance(window, QMainWindow):
                    key = self.toggleViewAction().shortcut().toString()
                    hint = f"{count} versions open: {key} shows the Versions panel"
                    window.statusBar().showMessage(hint, STATUS_HINT_MS)
                self._folded = not self._user_closed
                return
            self.show()
            if isinstance(window, QMainWindow):
                # Wide enough for the matrix's sentence column beside five version columns.
                width = min(MAX_DOCK_WIDTH_PX, int(window.width() * DOCK_SHARE_OF_WINDOW))
                window.resizeDocks([self], [width], Qt.Orientation.Horizontal)

    def _on_sentence_requested(self, request: PairRequest) -> None:
        # Comes just before the pair itself (`pair_requested`), which compares again.
        self._pending = request

    def _on_pair_requested(self, left: int, right: int, paragraph: int) -> None:
        documents = self.panel.documents()
        if not (0 <= left < len(documents) and 0 <= right < len(documents)):
            self._pending = None
            return
        pending = self._pending
        if pending is None or (pending.left, pending.right) != (left, right):
            # A pair asked for without a tile (the step button): frame the paragraph alone.
            self._pending = PairRequest(left, right, -1, paragraph, "")
        self._controller.sources[Side.LEFT] = document_source(documents[left])
        self._controller.set_source(Side.RIGHT, document_source(documents[right]))

    def _on_comparison_ready(self, comparison: Comparison) -> None:
        self._mark_shown_pair()
        request, self._pending = self._pending, None
        if request is None:
            return
        # The view's rows (moves shown at both places), not the engine's. The sentence is
        # framed where the version on the right has it, else where the base has it.
        shown = self._view.comparison() or comparison
        for side, paragraph, text in (
            (Side.RIGHT, request.right_paragraph, request.right_text),
            (Side.LEFT, request.left_paragraph, request.left_text),
        ):
            row = shown.row_of_paragraph(side, paragraph) if paragraph >= 0 else None
            if row is not None:
                self._view.frame_row(row, side, text)
                return

    def _forget_pending(self, _message: str = "") -> None:
        self._pending = None
