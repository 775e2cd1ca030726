"""`VersionsPanel`: many versions of one story, their order, the pair shown, the version matrix.

Above, the `VersionList` of loaded versions (the first is the base) with buttons to add and
remove versions, to choose the pair shown side by side and to step through "each version
against the base". Below, the `MatrixView` of `core.collate.collation` with its filters ("not in
every version", "unique to one version"; sentences of page furniture left out unless the "Page
furniture" filter shows them), a legend and exports of the matrix as shown (CSV and HTML from
`core.report.collation`, PNG drawn like the view).

The panel never compares two versions itself: it says which pair the user wants with
`pair_requested(left, right, right paragraph or -1)` and the window compares them. Indices
are positions in `documents()`. Collation runs on the thread pool (`CollateRunner`); the matrix
on screen stays until the next one lands. Files the user adds load on the pool too; bad files
become one line in the panel's message strip, never a traceback.

May import `core`, the panel's own `gui` modules (`versions_model`, `version_list`,
`matrix_model`, `matrix_view`, `collate_worker`, `versions_panel_parts`), `gui.render.theme`,
PySide6 and the standard library; not the main window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QSplitter, QVBoxLayout, QWidget

from wirediff.core.atomic_files import write_file
from wirediff.core.collate.row_filter import RowFilter
from wirediff.core.file_names import encodable
from wirediff.core.report.collation import collation_to_csv, collation_to_html
from wirediff.core.result import Side
from wirediff.gui.export.image import png_bytes
from wirediff.gui.models.matrix_model import MatrixModel, pair_for_cell
from wirediff.gui.models.versions_model import VersionsModel
from wirediff.gui.presentation.version_facts import headline_of, open_file_filter
from wirediff.gui.render.theme import theme_for
from wirediff.gui.tasks.collate_worker import COULD_NOT_LOAD, CollateRunner, LoadedFiles, load_files
from wirediff.gui.tasks.runner import InOrderRunner, wait_for_pool
from wirediff.gui.widgets.versions.matrix_view import MAX_IMAGE_ROWS, render_matrix_image
from wirediff.gui.widgets.versions.panel_parts import (
    MatrixSection,
    MessageStrip,
    VersionsSection,
    panel_style,
    titled_matrix_image,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QResizeEvent

    from wirediff.core.collate.collation import Collation
    from wirediff.core.result import Document
    from wirediff.gui.render.theme import Theme

# More versions than this make the matrix unreadable and the collation slow; the user is told.
MAX_VERSIONS = 60
EXPORT_FILTERS = {
    "csv": "CSV files (*.csv)",
    "html": "HTML pages (*.html)",
    "png": "PNG images (*.png)",
}


class VersionsPanel(QWidget):
    """The version list, the pair chosen, and the version matrix with filters and exports."""

    pair_requested = Signal(int, int, int)  # left index, right index, right paragraph or -1
    sentence_requested = Signal(object)  # PairRequest: the pair and the sentence on each side
    documents_changed = Signal()  # versions set, added, removed or reordered
    collation_ready = Signal(object)  # Collation now shown in the matrix (None: no versions)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VersionsPanel")
        self._theme = theme_for(QGuiApplication.styleHints().colorScheme())
        self.versions_model = VersionsModel(self)
        self.matrix_model = MatrixModel(self)
        self.runner = CollateRunner(self)
        self.loads = InOrderRunner(self)
        self._build()
        self._connect()
        self.set_theme(self._theme)
        self._update_controls()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.message = MessageStrip(self)
        self.versions = VersionsSection(self.versions_model, self._theme, self)
        self.matrix = MatrixSection(self.matrix_model, self._theme, self)
        self.version_list = self.versions.list
        self.matrix_view = self.matrix.view
        self.filter_buttons = self.matrix.filter_buttons
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.versions)
        self.splitter.addWidget(self.matrix)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._user_sized = False  # once the user drags the splitter, the list keeps its height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        model = self.versions_model
        for signal in (model.rowsMoved, model.rowsRemoved, model.rowsInserted, model.modelReset):
            signal.connect(self._on_documents_changed)
        self.version_list.left_chosen.connect(self.choose_left)
        self.version_list.right_chosen.connect(self.choose_right)
        self.version_list.remove_requested.connect(self.remove_versions)
        self.version_list.files_dropped.connect(self.add_files)
        self.versions.add_button.clicked.connect(self.add_dialog)
        self.versions.remove_button.clicked.connect(
            lambda: self.remove_versions(self.version_list.selected_rows())
        )
        self.versions.left_button.clicked.connect(lambda: self._choose_current(Side.LEFT))
        self.versions.right_button.clicked.connect(lambda: self._choose_current(Side.RIGHT))
        self.versions.step_button.clicked.connect(self.step_through)
        self.version_list.selectionModel().selectionChanged.connect(self._update_controls)
        self.matrix.filter_chosen.connect(self.set_row_filter)
        self.matrix.furniture_shown.connect(self.set_furniture_shown)
        self.matrix.export_chosen.connect(self.export_dialog)
        self.matrix_view.cell_clicked.connect(self._on_cell_clicked)
        self.runner.collation_ready.connect(self._on_collation_ready)
        self.runner.collation_failed.connect(self.message.show_message)
        self.runner.progressed.connect(self.matrix.show_progress)
        self.runner.busy_changed.connect(self._on_busy)
        self.loads.finished.connect(self._on_loaded)
        self.loads.failed.connect(self.message.show_message)
        self.loads.busy_changed.connect(self._on_busy)

    # -- documents ------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        """The versions in the user's order; index 0 is the base."""
        return self.versions_model.documents()

    def set_documents(self, documents: Sequence[Document]) -> None:
        """Show these versions (the first two as the pair); emits `documents_changed`."""
        self.versions_model.set_documents(list(documents)[:MAX_VERSIONS])
        if len(documents) > MAX_VERSIONS:
            self.message.show_message(
                f"Showing the first {MAX_VERSIONS} of {len(documents)} versions: "
                "more make the matrix unreadable"
            )

    def add_documents(self, documents: Sequence[Document]) -> None:
        room = MAX_VERSIONS - self.versions_model.rowCount()
        self.versions_model.append_documents(list(documents)[: max(0, room)])
        if len(documents) > room:
            self.message.show_message(
                f"{len(documents) - max(0, room)} versions not added: "
                f"the panel holds at most {MAX_VERSIONS}"
            )

    def add_files(self, paths: Sequence[str | Path]) -> None:
        """Load files (a folder: its files) on the thread pool and add them as versions.

        Files added again before an earlier load ends are added after it, in the order chosen.
        """
        if not paths:
            return
        paths = list(paths)
        self.loads.start(lambda checkpoint: load_files(paths, checkpoint), COULD_NOT_LOAD)

    def _on_loaded(self, loaded: LoadedFiles) -> None:
        errors = loaded.errors
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            self.message.show_message(f"Not added: {errors[0]}{more}", details="\n".join(errors))
        self.add_documents(loaded.documents)

    def add_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, "Add versions", "", open_file_filter())
        self.add_files(paths)

    def remove_versions(self, rows: Sequence[int]) -> None:
        """Remove versions; if one of the pair goes, ask for the pair that replaces it."""
        before = self._pair_documents()
        self.versions_model.remove_versions(rows)
        after = self._pair_documents()
        if any(old is not new for old, new in zip(before, after, strict=True)):
            self._request_pair(*self.versions_model.pair())

    def _pair_documents(self) -> tuple[Document | None, Document | None]:
        documents = self.documents()
        left, right = self.pair()
        return (
            documents[left] if left >= 0 else None,
            documents[right] if right >= 0 else None,
        )

    def _on_documents_changed(self) -> None:
        self.runner.request(self.documents())
        self._update_controls()
        self._fit_versions()
        self.documents_changed.emit()

    def _on_splitter_moved(self) -> None:
        self._user_sized = True

    def _fit_versions(self) -> None:
        """Give the list room for its versions (up to half the panel) until the user decides."""
        if self._user_sized:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        self.version_list.updateGeometry()
        top = min(self.versions.sizeHint().height(), total // 2)
        self.splitter.setSizes([top, total - top])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_versions()

    # -- the pair shown -------------------------------------------------------------------

    def pair(self) -> tuple[int, int]:
        """Indices of the versions shown left and right (-1 where none)."""
        return self.versions_model.pair()

    def set_pair(self, left: int, right: int) -> None:
        """Say which pair the window shows (marks the list; emits nothing)."""
        self.versions_model.set_pair(left, right)
        self._update_controls()

    def choose_left(self, row: int) -> None:
        left, right = self.pair()
        self._request_pair(row, left if row == right else right)

    def choose_right(self, row: int) -> None:
        left, right = self.pair()
        self._request_pair(right if row == left else left, row)

    def _choose_current(self, side: Side) -> None:
        index = self.version_list.currentIndex()
        if index.isValid():
            (self.choose_left if side is Side.LEFT else self.choose_right)(index.row())

    def next_step(self) -> int:
        """The version "compare each with the base" shows next: after the one shown, or 1."""
        left, right = self.pair()
        following = right + 1 if left == 0 and right >= 1 else 1
        return following if following < len(self.documents()) else 1

    def step_through(self) -> None:
        """Show the base against the next version (after the last, the first again)."""
        if len(self.documents()) >= 2:
            self._request_pair(0, self.next_step())

    def _request_pair(self, left: int, right: int, paragraph: int = -1) -> None:
        if left < 0 or right < 0:
            return
        self.set_pair(left, right)
        self.pair_requested.emit(left, right, paragraph)

    # -- the matrix -----------------------------------------------------------------------

    def collation(self) -> Collation | None:
        return self.matrix_model.collation()

    def row_filter(self) -> RowFilter:
        return self.matrix_model.row_filter()

    def set_row_filter(self, row_filter: RowFilter) -> None:
        self.matrix_model.set_row_filter(row_filter)
        self.matrix.show_filter(row_filter)

    def set_furniture_shown(self, shown: bool) -> None:
        """Show the matrix's rows of page furniture, or leave them out (the default)."""
        self.matrix_model.set_hide_furniture(not shown)
        self.matrix.furniture_button.setChecked(shown)
        self.matrix.update_counts()

    def _on_collation_ready(self, collation: Collation | None) -> None:
        self.matrix_model.set_collation(collation)
        self.matrix.update_counts()
        self.collation_ready.emit(collation)

    def _on_busy(self, busy: bool) -> None:
        busy = busy or self.loads.is_busy() or self.runner.is_busy()
        self.matrix.set_busy(busy)
        self.busy_changed.emit(busy)

    def _row_of(self, collation_document: int) -> int:
        """The current index of a version of the matrix on screen (which may be a step old)."""
        collation = self.collation()
        if collation is None or not 0 <= collation_document < len(collation.documents):
            return -1
        document = collation.documents[collation_document]
        return next((row for row, d in enumerate(self.documents()) if d is document), -1)

    def _collation_index(self, row: int) -> int:
        """The matrix column of the version at `row` now, or -1."""
        collation = self.collation()
        documents = self.documents()
        if collation is None or not 0 <= row < len(documents):
            return -1
        return next((k for k, d in enumerate(collation.documents) if d is documents[row]), -1)

    def _on_cell_clicked(self, row: int, document: int) -> None:
        collation = self.collation()
        if collation is None:
            return
        fallback = self._collation_index(self.pair()[1])
        request = pair_for_cell(collation, row, document, fallback)
        left, right = self._row_of(request.left), self._row_of(request.right)
        if left < 0 or right < 0 or left == right:
            return
        self.sentence_requested.emit(replace(request, left=left, right=right))
        self._request_pair(left, right, request.right_paragraph)

    # -- exports --------------------------------------------------------------------------

    def matrix_image(self) -> QImage:
        """The matrix as shown (filter applied) under a title and the legend: the PNG export."""
        font = self.matrix_view.font()
        table = render_matrix_image(self.matrix_model, self._theme, font)
        collation = self.collation()
        title = f"Version matrix: {headline_of(collation.documents[0])}" if collation else ""
        note = self.matrix.summary()
        shown = self.matrix_model.rowCount()
        if shown > MAX_IMAGE_ROWS:
            note += f" · this image holds the first {MAX_IMAGE_ROWS}; CSV and HTML hold all"
        return titled_matrix_image(table, title, note, self._theme, font)

    def export_matrix(self, path: str | Path, file_format: str) -> bool:
        """Write the matrix as shown (filter applied) as "csv", "html" or "png"."""
        collation = self.collation()
        if collation is None:
            self.message.show_message("No version matrix to export yet")
            return False
        rows = self.matrix_model.shown_rows()
        path = Path(path)
        try:
            if file_format == "png":
                write_file(path, png_bytes(self.matrix_image()))
            elif file_format == "csv":
                write_file(path, encodable(collation_to_csv(collation, rows)).encode("utf-8"))
            else:
                title = f"Version matrix: {headline_of(collation.documents[0])}"
                page = collation_to_html(collation, rows, title=title)
                write_file(path, encodable(page).encode("utf-8"))
        except OSError as error:
            self.message.show_message(f"Cannot write {path.name}: {error.strerror}")
            return False
        return True

    def export_dialog(self, file_format: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Export the version matrix",
            f"version-matrix.{file_format}",
            EXPORT_FILTERS[file_format],
        )
        if path:
            self.export_matrix(path, file_format)

    # -- appearance and closing -----------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.version_list.set_theme(theme)
        self.matrix_model.set_theme(theme)
        self.matrix.set_theme(theme)
        self.setStyleSheet(panel_style(theme))

    def _update_controls(self) -> None:
        self.versions.update_controls(
            count=len(self.documents()),
            selected=len(self.version_list.selected_rows()),
            pair=self.pair(),
            labels=self.versions_model.labels(),
        )

    def cancel_work(self) -> None:
        """Ask the collation and the file loads in flight to stop; returns at once."""
        self.runner.cancel()
        self.loads.cancel()

    def shutdown(self) -> None:
        """Cancel running work and wait for the pool (a panel used without the window)."""
        self.cancel_work()
        wait_for_pool()
