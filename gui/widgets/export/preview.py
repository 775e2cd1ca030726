"""`ExportPreview`: the export dialog's preview, which is the export itself shrunk to fit.

The preview draws the export as chosen with the same code that saves it, at 1x (for a PDF,
its first page; for HTML, the rows as the PNG shows them) and scales the image down to the
preview's width. `describe_export` is the line under the choices that says what will be
written: the pixel size, the number of images a too-tall PNG is split into, the PDF's pages.

May import `core`, `gui.widgets.export.choices`, the `gui.export_*` modules below it, PySide6 and
the standard library; never the dialog or the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea

from wirediff.gui.widgets.export.choices import ExportFormat, image_export, pdf_export

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from wirediff.core.result import Comparison
    from wirediff.gui.export.image import ImageExport
    from wirediff.gui.export.layout import ExportStyle
    from wirediff.gui.widgets.export.choices import ExportChoices

PREVIEW_WIDTH_PX = 460
PREVIEW_MIN_HEIGHT_PX = 420
PREVIEW_MARGIN_PX = 24  # room for the scroll bar beside an image of the preview's width
HTML_INFO = (
    "One self-contained HTML file; the preview shows its rows. It fits any browser window and "
    "prints with its colours."
)


def describe_image(full: ImageExport) -> str:
    """What a PNG export at the chosen scale writes: one image's size, or how it is split."""
    width, height = full.size(1)
    if not full.is_split:
        return f"{width} × {height} pixels."
    total = sum(full.size(number)[1] for number in range(1, full.count + 1))
    return (
        f"{width} × {total:,} pixels: too tall for one image, so it is saved as "
        f"{full.count} images (name-1.png to name-{full.count}.png), split between rows. "
        "The preview shows the first."
    )


class ExportPreview(QScrollArea):
    """A scrollable picture of the export; `show_export` draws it and says what it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._label.setAccessibleName("Export preview")
        self.setWidget(self._label)
        self.setWidgetResizable(True)
        self.setMinimumSize(PREVIEW_WIDTH_PX + PREVIEW_MARGIN_PX, PREVIEW_MIN_HEIGHT_PX)

    def image(self) -> QImage | None:
        """The image shown, at full size."""
        return self._image

    def show_export(
        self,
        comparison: Comparison,
        style: ExportStyle,
        choices: ExportChoices,
        visible_rows: Callable[[], range] | None = None,
    ) -> str:
        """Draw the export `choices` describe, show it, and return the line describing it."""
        if choices.format is ExportFormat.PDF:
            pdf = pdf_export(comparison, style, choices)
            image = pdf.page_image(1)
            info = (
                f"{pdf.count} page{'s' if pdf.count != 1 else ''}, A4 landscape, "
                "text selectable and searchable."
            )
        else:
            export = image_export(comparison, style, choices, visible_rows, scale=1)
            image = export.render(1)
            if choices.format is ExportFormat.HTML:
                info = HTML_INFO
            else:
                # The preview is drawn at 1x; the sizes said are those of the chosen scale.
                full = export
                if choices.scale != 1:
                    full = image_export(comparison, style, choices, visible_rows)
                info = describe_image(full)
        self._image = image
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > PREVIEW_WIDTH_PX:
            pixmap = pixmap.scaledToWidth(
                PREVIEW_WIDTH_PX, Qt.TransformationMode.SmoothTransformation
            )
        self._label.setPixmap(pixmap)
        return info
