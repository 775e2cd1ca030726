"""The header above each half: file name, detected encoding, repairs; and the bar holding both.

`DocumentHeader` shows one side's file name (full path in the tooltip), or for a web page,
Word file or PDF its headline, format, outlet and date and any notice about how it was read
("Web page · The Daily Example · 3 Jun 2024 14:02"), its encoding with a
menu to decode the same bytes with another codec, and how many repairs were made; clicking
that opens the side's repair panel. `HeaderBar` lays the two sides out over the view's columns
(from `RowPainter.columns`), so each header sits exactly above its half. Files dropped on a
header open on that side.

May import `core`, `gui.presentation`, `gui.tasks.compare_worker` (sources),
`gui.widgets.comparison.view_text`,
PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.result import Side
from wirediff.gui.presentation.version_facts import header_title
from wirediff.gui.widgets.comparison.view_text import local_paths

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPaintEvent, QResizeEvent

    from wirediff.core.result import Document
    from wirediff.gui.tasks.compare_worker import DocumentSource

# Codecs offered for re-decoding: (label, Python codec name). Detection covers most files;
# these are the ones news archives are most often mislabelled in.
ENCODINGS = (
    ("UTF-8", "utf-8"),
    ("Windows-1252 (Western)", "cp1252"),
    ("ISO-8859-1 (Latin-1)", "latin-1"),
    ("ISO-8859-15 (Western, euro)", "iso8859-15"),
    ("Mac Roman", "mac-roman"),
    ("Windows-1250 (Central European)", "cp1250"),
    ("Windows-1251 (Cyrillic)", "cp1251"),
    ("KOI8-R (Russian)", "koi8-r"),
    ("ISO-8859-7 (Greek)", "iso8859-7"),
    ("Windows-1255 (Hebrew)", "cp1255"),
    ("Windows-1256 (Arabic)", "cp1256"),
    ("GB18030 (Simplified Chinese)", "gb18030"),
    ("Big5 (Traditional Chinese)", "big5"),
    ("Shift_JIS (Japanese)", "shift_jis"),
    ("EUC-JP (Japanese)", "euc-jp"),
    ("EUC-KR (Korean)", "euc-kr"),
    ("UTF-16", "utf-16"),
)
AUTOMATIC = ""


def repairs_caption(document: Document | None, source: DocumentSource | None) -> str:
    """ "3 repairs", "1 repair", "No repairs" or "Repairs off"."""
    if source is not None and not source.repair:
        return "Repairs off"
    count = len(document.fixes) if document is not None else 0
    if count == 0:
        return "No repairs"
    return f"{count} repair" if count == 1 else f"{count} repairs"


NARROW_HEADER_PX = 420
"""Below this width a header drops its Open… button for the file name's sake."""


class ElidedLabel(QLabel):
    """A label that shortens its text in the middle when narrow ("000_758…abe.txt"), so a file
    name keeps both its start and its extension; `text()` stays the full name."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(self.alignment()), shown)
        painter.end()


class DocumentHeader(QFrame):
    """File name, encoding menu and repairs button of one side."""

    encoding_chosen = Signal(str)  # a codec name, or "" to detect again
    repairs_toggled = Signal(bool)
    open_requested = Signal()
    files_dropped = Signal(list)

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName("DocumentHeader")
        self.setProperty("side", side.value)
        self.setAcceptDrops(True)
        self._caption = QLabel("OLD" if side is Side.LEFT else "NEW", self)
        self._caption.setObjectName("SideCaption")
        # OLD/NEW is the one word that must never shrink ("OI" said nothing).
        self._caption.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._name = ElidedLabel("No file", self)
        self._name.setObjectName("DocumentName")
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.encoding_button = QToolButton(self)
        self.encoding_button.setObjectName("EncodingButton")
        self.encoding_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.encoding_button.setToolTip("Encoding: choose another to decode the file again")
        self.encoding_menu = QMenu(self)
        self._encoding_group = QActionGroup(self)
        self._encoding_actions: dict[str, QAction] = {}
        self._add_encoding(AUTOMATIC, "Detect automatically")
        self.encoding_menu.addSeparator()
        for label, codec in ENCODINGS:
            self._add_encoding(codec, label)
        self.encoding_button.setMenu(self.encoding_menu)
        self.repairs_button = QToolButton(self)
        self.repairs_button.setObjectName("RepairsButton")
        self.repairs_button.setCheckable(True)
        self.repairs_button.setToolTip("Show the repairs made to broken characters")
        self.repairs_button.toggled.connect(self.repairs_toggled)
        self.open_button = QToolButton(self)
        self.open_button.setText("Open…")
        self.open_button.setToolTip(f"Open the {side.value} version")
        self.open_button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self._caption)
        layout.addWidget(self._name, 1)
        layout.addWidget(self.encoding_button)
        layout.addWidget(self.repairs_button)
        layout.addWidget(self.open_button)
        self.set_document(None, None)

    def _add_encoding(self, codec: str, label: str) -> None:
        action = self.encoding_menu.addAction(label)
        action.setCheckable(True)
        action.setData(codec)
        self._encoding_group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=codec: self.encoding_chosen.emit(c))
        self._encoding_actions[codec] = action

    def set_document(self, document: Document | None, source: DocumentSource | None) -> None:
        """Show what is loaded on this side (None: nothing yet)."""
        name = document.name if document is not None else (source.name if source else "No file")
        self._name.setText(header_title(document) if document is not None else name)
        path = (source.path if source and source.path else None) or (document and document.path)
        self._name.setToolTip(path or name)
        if document is None:
            self.encoding_button.setText("Encoding ▾")
        else:
            detected = source is None or source.encoding is None
            suffix = "" if detected else " (chosen)"
            self.encoding_button.setText(f"{document.encoding.upper()}{suffix} ▾")
        chosen = source.encoding if source is not None and source.encoding else AUTOMATIC
        self._encoding_actions.get(chosen, self._encoding_actions[AUTOMATIC]).setChecked(True)
        self.encoding_button.setEnabled(document is not None)
        self.repairs_button.setText(repairs_caption(document, source))
        self.repairs_button.setEnabled(document is not None)
        # "No repairs" says nothing worth the room a file name needs in a narrow window: the
        # button shows once there are repairs, or repairs are off (to turn them back on).
        repairs_off = source is not None and not source.repair
        self.repairs_button.setVisible(document is None or bool(document.fixes) or repairs_off)

    def name(self) -> str:
        return self._name.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A narrow header (a small window, or the Versions panel docked beside the comparison)
        # gives the file name the room of "Open…", which the toolbar and File menu offer too:
        # otherwise the name shrinks to a lone ellipsis.
        self.open_button.setHidden(event.size().width() < NARROW_HEADER_PX)
        super().resizeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class HeaderBar(QWidget):
    """Two columns of widgets (header, repair panel) placed over the view's two halves."""

    def __init__(self, left: QWidget, right: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HeaderBar")
        self._layout = QHBoxLayout(self)
        self._layout.setSpacing(0)
        for column in (left, right):
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)

    def align_to(self, left: float, gutter: float, right_margin: float) -> None:
        """Match the view's columns: left margin, gutter width and space right of the text."""
        self._layout.setContentsMargins(round(left), 0, round(right_margin), 0)
        self._layout.setSpacing(round(gutter))


def side_column(header: DocumentHeader, panel: QWidget) -> QWidget:
    """A column of one side: its header with its (hidden) repair panel below."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(header)
    layout.addWidget(panel)
    return column
