"""`ExportDialog`: choose what to export, see it, save it or copy it as an image.

The dialog offers a PNG of the whole comparison (or of the changes only), a PNG of the rows the
window shows, a PDF and an HTML page; a width (1200 px for social media, or the window's), a
scale (1x, 2x for high-density screens) and a light or dark palette. The preview is the export
itself, drawn by the same code at 1x and shrunk to fit (for a PDF, its first page). Save…
asks for a file and writes it; an image too tall for one file is written as numbered parts and
the dialog says so. Copy Image puts the PNG on the clipboard when it fits in one image.

The dialog never compares anything: it takes the `Comparison` and the window's `ExportStyle`.
Settings the user chose stay with `ExportChoices`, which `gui.export_actions` keeps between
openings.

May import `core`, the `gui.export_*` modules, `gui.theme`, PySide6 and the standard library;
never the main window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.export_html import comparison_to_html
from gui.export_image import DEFAULT_WIDTH_PX, MAX_WIDTH_PX, MIN_WIDTH_PX, ImageExport, ImageOptions
from gui.export_pdf import PdfExport, PdfOptions
from gui.theme import DARK, LIGHT, theme_for

if TYPE_CHECKING:
    from collections.abc import Callable

    from core.result import Comparison
    from gui.export_layout import ExportStyle

PREVIEW_WIDTH_PX = 460
PREVIEW_DEBOUNCE_MS = 120
# Parts drawn before the progress dialog shows: a short export saves without flashing it.
PROGRESS_MIN_PARTS = 3
WINDOW_WIDTH = 0  # the width choice meaning "as wide as the window's comparison"
OTHER_WIDTHS_PX = (1600, 800)


class ExportFormat(StrEnum):
    PNG = "png"
    VISIBLE = "visible"  # PNG of the rows the window shows
    PDF = "pdf"
    HTML = "html"


FORMAT_LABELS = {
    ExportFormat.PNG: "PNG image",
    ExportFormat.VISIBLE: "PNG image of the rows in view",
    ExportFormat.PDF: "PDF document (A4 landscape)",
    ExportFormat.HTML: "HTML page",
}
FILE_FILTERS = {
    ExportFormat.PNG: "PNG images (*.png)",
    ExportFormat.VISIBLE: "PNG images (*.png)",
    ExportFormat.PDF: "PDF documents (*.pdf)",
    ExportFormat.HTML: "HTML pages (*.html *.htm)",
}
SUFFIXES = {
    ExportFormat.PNG: ".png",
    ExportFormat.VISIBLE: ".png",
    ExportFormat.PDF: ".pdf",
    ExportFormat.HTML: ".html",
}


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the user picked in the dialog; the defaults are what a first export gets.

    width: layout pixels, or `WINDOW_WIDTH` for the window's width. theme: "light", "dark" or
    None for the window's palette.
    """

    format: ExportFormat = ExportFormat.PNG
    changes_only: bool = False
    width: int = DEFAULT_WIDTH_PX
    scale: float = 1.0
    theme: str | None = None
    folder: str = ""


def export_width(choices: ExportChoices, style: ExportStyle) -> int:
    """The layout width the choices mean, within the limits of an image export."""
    width = choices.width
    if width == WINDOW_WIDTH:
        width = style.window_width or DEFAULT_WIDTH_PX
    return max(MIN_WIDTH_PX, min(MAX_WIDTH_PX, width))


def export_style(choices: ExportChoices, style: ExportStyle) -> ExportStyle:
    """The window's style with the palette the user chose."""
    if choices.theme is None:
        return style
    return replace(style, theme=theme_for(choices.theme))


def image_export(
    comparison: Comparison,
    style: ExportStyle,
    choices: ExportChoices,
    visible_rows: Callable[[], range] | None = None,
    *,
    scale: float | None = None,
) -> ImageExport:
    """The PNG export the choices describe (`scale` overrides theirs, for previews)."""
    rows = None
    if choices.format is ExportFormat.VISIBLE and visible_rows is not None:
        rows = visible_rows()
    options = ImageOptions(
        width=export_width(choices, style),
        scale=choices.scale if scale is None else scale,
        changes_only=choices.changes_only and rows is None,
        rows=rows,
    )
    return ImageExport(comparison, export_style(choices, style), options)


def default_file_name(comparison: Comparison, choices: ExportChoices) -> str:
    """ "000-vs-001.png", from the two files' names without their suffixes."""
    left = Path(comparison.left.name).stem or "old"
    right = Path(comparison.right.name).stem or "new"
    changes = (
        "-changes" if choices.changes_only and choices.format is not ExportFormat.VISIBLE else ""
    )
    return f"{left}-vs-{right}{changes}{SUFFIXES[choices.format]}"


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
        self.style = style
        self.visible_rows = visible_rows
        self._preview_image: QImage | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
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
        if self.style.window_width:
            self.width_box.addItem(f"Window width ({self.style.window_width} px)", WINDOW_WIDTH)
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
        window_theme = "dark" if self.style.theme.is_dark else "light"
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
        self.preview_label = QLabel()
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_label.setAccessibleName("Export preview")
        self.preview_area = QScrollArea()
        self.preview_area.setWidget(self.preview_label)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setMinimumSize(PREVIEW_WIDTH_PX + 24, 420)
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
        columns.addWidget(self.preview_area, 1)
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
        choices = self.choices()
        if choices.format is ExportFormat.PDF:
            pdf = self._pdf_export(choices)
            image = pdf.page_image(1)
            self.info_label.setText(
                f"{pdf.count} page{'s' if pdf.count != 1 else ''}, A4 landscape, "
                "text selectable and searchable."
            )
        else:
            export = image_export(self.comparison, self.style, choices, self.visible_rows, scale=1)
            image = export.render(1)
            self.info_label.setText(self._image_info(export, choices))
        self._preview_image = image
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > PREVIEW_WIDTH_PX:
            pixmap = pixmap.scaledToWidth(
                PREVIEW_WIDTH_PX, Qt.TransformationMode.SmoothTransformation
            )
        self.preview_label.setPixmap(pixmap)

    def _image_info(self, export: ImageExport, choices: ExportChoices) -> str:
        if choices.format is ExportFormat.HTML:
            return (
                "One self-contained HTML file; the preview shows its rows. It fits any browser "
                "window and prints with its colours."
            )
        full = export
        if choices.scale != 1:
            full = image_export(self.comparison, self.style, choices, self.visible_rows)
        width, height = full.size(1)
        total = sum(full.size(number)[1] for number in range(1, full.count + 1))
        if not full.is_split:
            return f"{width} × {height} pixels."
        return (
            f"{width} × {total:,} pixels: too tall for one image, so it is saved as "
            f"{full.count} images (name-1.png to name-{full.count}.png), split between rows. "
            "The preview shows the first."
        )

    def preview_image(self) -> QImage | None:
        """The image the preview shows, at full size (for tests and the curious)."""
        return self._preview_image

    def _pdf_export(self, choices: ExportChoices) -> PdfExport:
        return PdfExport(
            self.comparison,
            export_style(choices, self.style),
            PdfOptions(changes_only=choices.changes_only),
        )

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
        path = Path(answer)
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[choices.format])
        self._folder = str(path.parent)
        return self.save_to(path)

    def save_to(self, path: Path) -> list[Path]:
        """Write the chosen export to `path`, say what was written, and return the files."""
        choices = self.choices()
        try:
            written = self._write(path, choices)
        except OSError as error:
            reason = error.strerror or str(error)
            self.status_label.setText(f"Could not save {path.name}: {reason}")
            return []
        if not written:
            self.status_label.setText("Export cancelled.")
            return []
        if len(written) == 1:
            self.status_label.setText(f"Saved {written[0].name}.")
        else:
            self.status_label.setText(
                f"The image is too tall for one file, so it was saved as {len(written)} images, "
                f"split between rows: {written[0].name} to {written[-1].name}."
            )
        self.choices_changed.emit(self.choices())
        self.saved.emit(written)
        return written

    def _write(self, path: Path, choices: ExportChoices) -> list[Path]:
        if choices.format is ExportFormat.HTML:
            page = comparison_to_html(
                self.comparison,
                changes_only=choices.changes_only,
                show_minor=self.style.show_minor,
            )
            path.write_text(page, encoding="utf-8")
            return [path]
        if choices.format is ExportFormat.PDF:
            self._pdf_export(choices).save(path)
            return [path]
        export = image_export(self.comparison, self.style, choices, self.visible_rows)
        if export.count < PROGRESS_MIN_PARTS:
            return export.save(path)
        progress = QProgressDialog("Saving images…", "Cancel", 0, export.count, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        try:
            return export.save(
                path,
                progress=lambda done, _total: progress.setValue(done),
                cancelled=progress.wasCanceled,
            )
        finally:
            progress.close()

    def copy_image(self) -> bool:
        """Put the chosen export's PNG on the clipboard, if it fits in one image."""
        choices = self.choices()
        if choices.format not in (ExportFormat.PNG, ExportFormat.VISIBLE):
            choices = replace(choices, format=ExportFormat.PNG)
        copied = copy_export_image(self.comparison, self.style, choices, self.visible_rows)
        if copied:
            self.status_label.setText("Image copied to the clipboard.")
        else:
            self.status_label.setText(TOO_TALL_TO_COPY)
        return copied


TOO_TALL_TO_COPY = (
    "Too tall to copy as one image. Copy the changes only, or save it: it is saved as several "
    "images."
)


def copy_export_image(
    comparison: Comparison,
    style: ExportStyle,
    choices: ExportChoices,
    visible_rows: Callable[[], range] | None = None,
) -> bool:
    """Copy the PNG export to the clipboard; False (nothing copied) if it needs several parts."""
    export = image_export(comparison, style, choices, visible_rows)
    if export.is_split:
        return False
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(export.render(1))
    return True
