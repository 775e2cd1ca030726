"""`ExportDialog`: choose what to export, see it, save it or copy it as an image.

The dialog offers a PNG of the whole comparison (or of the changes only), a PNG of the rows the
window shows, a PDF and an HTML page; a width (1200 px for social media, or the window's), a
scale (1x, 2x for high-density screens) and a light or dark palette. The preview is the export
itself, drawn by the same code at 1x and shrunk to fit (for a PDF, its first page). Save…
asks for a file and writes it; an image too tall for one file is written as numbered parts and
the dialog says so; a PDF, and an image of several parts (with a progress dialog that can stop
it), is written off the GUI thread (`gui.tasks.runner.InOrderRunner`).
Copy Image puts the PNG on the clipboard when it fits in one image.

The dialog never compares anything: it takes the `Comparison` and the window's `ExportStyle`.
This module holds the controls and the saving. What the user chose is an `ExportChoices`, which
`gui.window.export_actions` keeps between openings; `gui.widgets.export.choices` turns it into the
export, and `gui.widgets.export.preview` shows that export.

May import `core`, the `gui.export_*` modules, `gui.render.theme`, PySide6 and the standard library;
never the main window.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.atomic_files import write_file
from wirediff.core.file_names import encodable
from wirediff.gui.presentation.export_limits import DEFAULT_WIDTH_PX
from wirediff.gui.presentation.html_report import comparison_to_html
from wirediff.gui.render.theme import DARK, LIGHT
from wirediff.gui.tasks.runner import InOrderRunner
from wirediff.gui.widgets.export.choices import (
    FILE_FILTERS,
    FORMAT_LABELS,
    OTHER_WIDTHS_PX,
    TOO_TALL_TO_COPY,
    WINDOW_WIDTH,
    WRITTEN_AS,
    ExportChoices,
    ExportFormat,
    copy_export_image,
    default_file_name,
    format_for_path,
    image_export,
    pdf_export,
)
from wirediff.gui.widgets.export.preview import ExportPreview

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QImage

    from wirediff.core.progress import Checkpoint
    from wirediff.core.result import Comparison
    from wirediff.gui.export.image import ImageExport
    from wirediff.gui.export.layout import ExportStyle

PREVIEW_DEBOUNCE_MS = 120
# Parts from which an image is saved off the GUI thread with a progress dialog: a short export
# saves at once, without flashing it.
PROGRESS_MIN_PARTS = 3


class ExportDialog(QDialog):
    """Export the comparison as PNG, PDF or HTML, with a live preview."""

    saved = Signal(list)  # the files written, as `Path`s
    choices_changed = Signal(object)  # the new `ExportChoices`

    def __init__(
        self,
        parent: QWidget | None,
        comparison: Comparison,
        style: ExportStyle,
        visible_rows: Callable[[], range] | None = None,
        choices: ExportChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Comparison")
        self.comparison = comparison
        self.export_style = style
        self.visible_rows = visible_rows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.saving = InOrderRunner(self)
        self._build()
        self._parts_asked = 0  # parts of the image being saved in the background
        self.saving.finished.connect(self._on_saved)
        self.saving.failed.connect(self.status_label.setText)
        self.saving.cancelled.connect(self._on_cancelled)
        self.set_choices(choices or ExportChoices())
        self.refresh_preview()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.format_box = QComboBox()
        for export_format, label in FORMAT_LABELS.items():
            if export_format is ExportFormat.VISIBLE and self.visible_rows is None:
                continue
            self.format_box.addItem(label, export_format)
        self.changes_only_box = QCheckBox("&Changes only (collapse unchanged paragraphs)")
        self.width_box = QComboBox()
        self.width_box.addItem(f"{DEFAULT_WIDTH_PX} px (social media)", DEFAULT_WIDTH_PX)
        if self.export_style.window_width:
            self.width_box.addItem(
                f"Window width ({self.export_style.window_width} px)", WINDOW_WIDTH
            )
        for width in OTHER_WIDTHS_PX:
            self.width_box.addItem(f"{width} px", width)
        self.scale_group = QButtonGroup(self)
        scale_row = QHBoxLayout()
        for scale, label in ((1.0, "&1×"), (2.0, "&2× (sharp on high-density screens)")):
            button = QRadioButton(label)
            button.setProperty("scale", scale)
            self.scale_group.addButton(button)
            scale_row.addWidget(button)
        scale_row.addStretch(1)
        self.theme_box = QComboBox()
        window_theme = "dark" if self.export_style.theme.is_dark else "light"
        self.theme_box.addItem(f"As the window ({window_theme})", None)
        self.theme_box.addItem("Light", LIGHT)
        self.theme_box.addItem("Dark", DARK)
        form = QFormLayout()
        form.addRow("&Format:", self.format_box)
        form.addRow("", self.changes_only_box)
        form.addRow("&Width:", self.width_box)
        form.addRow("Scale:", scale_row)
        form.addRow("&Colours:", self.theme_box)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = ExportPreview()
        self.save_button = QPushButton("&Save…")
        self.save_button.setDefault(True)
        self.copy_button = QPushButton("Copy &Image")
        close_button = QPushButton("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        buttons.addWidget(self.save_button)
        settings = QVBoxLayout()
        settings.addLayout(form)
        settings.addWidget(self.info_label)
        settings.addStretch(1)
        settings.addWidget(self.status_label)
        columns = QHBoxLayout()
        columns.addLayout(settings, 1)
        columns.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        for box in (self.format_box, self.width_box, self.theme_box):
            box.currentIndexChanged.connect(self._on_changed)
        self.changes_only_box.toggled.connect(self._on_changed)
        self.scale_group.buttonToggled.connect(self._on_changed)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy_image)
        close_button.clicked.connect(self.reject)

    # -- choices --------------------------------------------------------------------------

    def choices(self) -> ExportChoices:
        """What the controls say now."""
        checked = self.scale_group.checkedButton()
        return ExportChoices(
            format=ExportFormat(self.format_box.currentData()),
            changes_only=self.changes_only_box.isChecked(),
            width=int(self.width_box.currentData()),
            scale=float(checked.property("scale")) if checked is not None else 1.0,
            theme=self.theme_box.currentData(),
            folder=self._folder,
        )

    def set_choices(self, choices: ExportChoices) -> None:
        """Show `choices` in the controls (a choice the dialog cannot offer keeps its default)."""
        self._folder = choices.folder
        widgets = (self.format_box, self.changes_only_box, self.width_box, self.theme_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.scale_group.blockSignals(True)
        try:
            for box, value in (
                (self.format_box, choices.format),
                (self.width_box, choices.width),
                (self.theme_box, choices.theme),
            ):
                index = box.findData(value)
                if index >= 0:
                    box.setCurrentIndex(index)
            self.changes_only_box.setChecked(choices.changes_only)
            for button in self.scale_group.buttons():
                button.setChecked(float(button.property("scale")) == choices.scale)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self.scale_group.blockSignals(False)
        self._update_enabled()

    def _update_enabled(self) -> None:
        export_format = ExportFormat(self.format_box.currentData())
        is_image = export_format in (ExportFormat.PNG, ExportFormat.VISIBLE)
        self.changes_only_box.setEnabled(export_format is not ExportFormat.VISIBLE)
        self.width_box.setEnabled(is_image)
        for button in self.scale_group.buttons():
            button.setEnabled(is_image)

    def _on_changed(self, *_arguments: object) -> None:
        self._update_enabled()
        self.status_label.clear()
        self.choices_changed.emit(self.choices())
        self._timer.start()

    # -- preview --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Draw the export as chosen now and show it shrunk to the preview's width."""
        self._timer.stop()
        info = self.preview.show_export(
            self.comparison, self.export_style, self.choices(), self.visible_rows
        )
        self.info_label.setText(info)

    def preview_image(self) -> QImage | None:
        """The image the preview shows, at full size (for tests and the curious)."""
        return self.preview.image()

    # -- saving and copying ---------------------------------------------------------------

    def ask_save_path(self, suggested: str, file_filter: str) -> str:
        """Ask where to save (tests replace this); "" when the user cancels."""
        path, _selected = QFileDialog.getSaveFileName(
            self, "Export Comparison", suggested, file_filter
        )
        return path

    def save(self) -> list[Path]:
        """Ask for a file and write the export there; returns the files written."""
        choices = self.choices()
        suggested = str(Path(self._folder) / default_file_name(self.comparison, choices))
        answer = self.ask_save_path(suggested, FILE_FILTERS[choices.format])
        if not answer:
            return []
        export_format, path = format_for_path(Path(answer), choices.format)
        if export_format is not choices.format:
            # The extension typed says what the file is: the format box follows it.
            self.format_box.setCurrentIndex(self.format_box.findData(export_format))
        self._folder = str(path.parent)
        return self.save_to(path)

    def save_to(self, path: Path) -> list[Path]:
        """Write the chosen export to `path`, say what was written, and return the files.

        A PDF, and an image of several parts, is drawn off the GUI thread (a long story takes
        seconds): this returns [] at once, and `saved` follows when the files are written.
        """
        choices = self.choices()
        if choices.format is ExportFormat.PDF:
            self._save_pdf_in_background(path, choices)
            return []
        if choices.format in (ExportFormat.PNG, ExportFormat.VISIBLE):
            export = image_export(self.comparison, self.export_style, choices, self.visible_rows)
            if export.count >= PROGRESS_MIN_PARTS:
                self._save_images_in_background(path, export)
                return []
        try:
            written = self._write(path, choices)
        except OSError as error:
            reason = error.strerror or str(error)
            self.status_label.setText(f"Could not save {path.name}: {reason}")
            return []
        if not written:
            self.status_label.setText("Export cancelled.")
            return []
        self._on_saved(written)
        return written

    def _save_pdf_in_background(self, path: Path, choices: ExportChoices) -> None:
        export = pdf_export(self.comparison, self.export_style, choices)

        def write(_checkpoint: Checkpoint) -> list[Path]:
            export.save(path)
            return [path]

        self.status_label.setText(f"Saving {path.name}…")
        self.saving.start(write, f"Could not save {path.name}")

    def _save_images_in_background(self, path: Path, export: ImageExport) -> None:
        """Draw and write the parts on a pool thread, with a progress dialog that can stop it
        (the parts written by then are kept, and said)."""

        def write(checkpoint: Checkpoint) -> list[Path]:
            asked = checkpoint.cancelled
            return export.save(
                path,
                progress=checkpoint.tick,
                cancelled=(lambda: asked()) if asked is not None else None,
            )

        progress = QProgressDialog("Saving images…", "Cancel", 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.saving.cancel)

        def show(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        self.saving.progressed.connect(show)
        ends = (self.saving.finished, self.saving.failed, self.saving.cancelled)

        def close(*_arguments: object) -> None:
            self.saving.progressed.disconnect(show)
            for signal in ends:
                signal.disconnect(close)
            progress.close()
            progress.deleteLater()

        for signal in ends:
            signal.connect(close)
        self._parts_asked = export.count
        self.status_label.setText(f"Saving {path.name}…")
        self.saving.start(write, f"Could not save {path.name}")

    def _on_cancelled(self) -> None:
        self._parts_asked = 0
        self.status_label.setText("Export cancelled.")

    def _on_saved(self, written: list[Path]) -> None:
        asked, self._parts_asked = self._parts_asked, 0
        if not written:
            self._on_cancelled()
            return
        if len(written) < asked:
            self.status_label.setText(
                f"Stopped after {len(written)} of {asked} images: "
                f"{written[0].name} to {written[-1].name} were saved."
            )
            self.saved.emit(written)
            return
        if len(written) == 1:
            written_as = WRITTEN_AS[self.choices().format]
            self.status_label.setText(f"Saved {written[0].name}, {written_as}.")
        else:
            self.status_label.setText(
                f"The image is too tall for one file, so it was saved as {len(written)} images, "
                f"split between rows: {written[0].name} to {written[-1].name}."
            )
        self.choices_changed.emit(self.choices())
        self.saved.emit(written)

    def _write(self, path: Path, choices: ExportChoices) -> list[Path]:
        if choices.format is ExportFormat.HTML:
            page = comparison_to_html(
                self.comparison,
                changes_only=choices.changes_only,
                show_minor=self.export_style.show_minor,
            )
            write_file(path, encodable(page).encode("utf-8"))
            return [path]
        return image_export(self.comparison, self.export_style, choices, self.visible_rows).save(
            path
        )

    def copy_image(self) -> bool:
        """Put the chosen export's PNG on the clipboard, if it fits in one image."""
        choices = self.choices()
        if choices.format not in (ExportFormat.PNG, ExportFormat.VISIBLE):
            choices = replace(choices, format=ExportFormat.PNG)
        copied = copy_export_image(self.comparison, self.export_style, choices, self.visible_rows)
        if copied:
            self.status_label.setText("Image copied to the clipboard.")
        else:
            self.status_label.setText(TOO_TALL_TO_COPY)
        return copied
