"""PDF export: the comparison on A4 landscape pages, drawn by the window's row painter.

The rows are painted with `QPainter` on a `QPdfWriter`, so their text stays text: a reader can
select and search it, and `pdftotext` finds every sentence. Pages are cut at row boundaries by
`gui.export.layout` (a row taller than a page is split between lines, never through one); the
first page opens with the title band, later pages with a continuation header, and every page
ends with a footer holding the title and "Page N of M".

The writer's resolution is the screen's logical DPI, the one the row painter measures text
with, so one layout pixel is one PDF unit and fonts set by point size come out the same size
in the layout and on the page. Landscape A4 at that resolution gives the two halves about the
width they have in a maximised window. Printing draws the same pages on a `QPrinter` (another
`QPagedPaintDevice`), laid out for the printer's paper and scaled from the layout DPI to the
printer's.

May import `core`, the `gui.export_*` modules below it, `PySide6.QtGui`/`QtCore` and the standard
library; never `QtWidgets`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from wirediff.core.atomic_files import write_file
from wirediff.core.collection_pause import fewer_collections
from wirediff.core.result import Comparison
from wirediff.gui.export.layout import ExportLayout, ExportStyle
from wirediff.gui.presentation.export_plan import export_items

if TYPE_CHECKING:
    from collections.abc import Callable

PAGE_MARGIN_MM = 12.0
FALLBACK_DPI = 96


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """What a PDF export shows.

    changes_only: collapse each run of unchanged paragraphs into one line. Default False.
    landscape: A4 landscape (default True), else portrait (narrow halves, smaller pages).
    compared_at: the date in the title band; None for now.
    """

    changes_only: bool = False
    landscape: bool = True
    compared_at: datetime | None = None


def layout_dpi() -> int:
    """The DPI the row painter measures fonts at: the primary screen's logical DPI."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return FALLBACK_DPI
    return round(screen.logicalDotsPerInchY()) or FALLBACK_DPI


def searchable_font(font: QFont) -> QFont:
    """`font` without standard ligatures, so "fi" and "fl" reach the PDF as two letters.

    A ligature glyph maps back to one character (U+FB01 "ﬁ"), and a reader searching the PDF
    for "confirm" would not find "conﬁrm". The two letters look all but the same.
    """
    result = QFont(font)
    result.setFeature(QFont.Tag.fromString("liga"), 0)
    return result


def page_layout(options: PdfOptions) -> QPageLayout:
    """A4 in the chosen orientation with `PAGE_MARGIN_MM` margins."""
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


class PdfExport:
    """A comparison laid out on PDF pages; written whole, printed, or one page drawn for a preview.

    `paper` is the page layout to fill (a printer's); None for `page_layout(options)`.
    """

    def __init__(
        self,
        comparison: Comparison,
        style: ExportStyle,
        options: PdfOptions,
        paper: QPageLayout | None = None,
    ) -> None:
        self.style = replace(style, font=searchable_font(style.font))
        self.options = options
        self.dpi = layout_dpi()
        self.page_layout = paper if paper is not None else page_layout(options)
        paint_rect = self.page_layout.paintRectPixels(self.dpi)
        # Painter coordinates start at the printable area's corner; the page reaches beyond.
        self.page_rect = QRectF(self.page_layout.fullRectPixels(self.dpi)).translated(
            -paint_rect.left(), -paint_rect.top()
        )
        items = export_items(
            comparison, changes_only=options.changes_only, show_minor=style.show_minor
        )
        self.layout = ExportLayout(
            comparison, self.style, paint_rect.width(), items, compared_at=options.compared_at
        )
        self.footer_top = paint_rect.height() - self.layout.bands.footer_height
        self.pages = self.layout.paginate(self.footer_top)

    @property
    def count(self) -> int:
        return len(self.pages)

    def draw_page(self, painter: QPainter, number: int) -> None:
        """Paint page `number` (from 1) in painter coordinates of the printable area."""
        layout = self.layout
        theme = self.style.theme
        if theme.is_dark:  # a PDF page is white unless painted
            painter.fillRect(self.page_rect, theme.background)
        layout.draw_page(
            painter,
            self.pages[number - 1],
            QPointF(0, 0),
            number=number,
            count=self.count,
            part_word=None,
        )
        layout.bands.draw_footer(
            painter,
            QPointF(0, self.footer_top),
            layout.heading.title,
            f"Page {number} of {self.count}",
        )

    def page_image(self, number: int = 1, scale: float = 1.0) -> QImage:
        """Page `number` as an image, margins included (the export dialog's preview)."""
        size = self.page_rect.size() * scale
        image = QImage(round(size.width()), round(size.height()), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.style.theme.background)
        painter = QPainter(image)
        try:
            painter.translate(-self.page_rect.left(), -self.page_rect.top())
            self.draw_page(painter, number)
        finally:
            painter.end()
        return image

    def to_bytes(self) -> bytes:
        """The whole PDF document."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(self.dpi)
        writer.setPageLayout(self.page_layout)
        writer.setTitle(self.layout.heading.title)
        writer.setCreator("wirediff")
        self.paint(writer)
        buffer.close()
        return bytes(data.data())

    def paint(
        self,
        device: QPagedPaintDevice,
        before_page: Callable[[int, int], bool] | None = None,
    ) -> int:
        """Draw the pages on `device` (set to this export's page layout); returns how many.

        `before_page(done, total)` is asked before each page and stops the drawing by
        returning False (a print's Stop button); the pages drawn so far stay. Raises `OSError`
        when nothing can be drawn on `device` (a printer that would not start).
        """
        painter = QPainter(device)
        if not painter.isActive():
            raise OSError("the printer could not start")
        drawn = 0
        try:
            # The layout is measured at the screen's DPI; a printer's is often far higher.
            scale = device.logicalDpiY() / self.dpi
            painter.scale(scale, scale)
            with fewer_collections():  # as when the layout was measured
                for number in range(1, self.count + 1):
                    if before_page is not None and not before_page(drawn, self.count):
                        break
                    if number > 1:
                        device.newPage()
                    self.draw_page(painter, number)
                    drawn = number
        finally:
            painter.end()
        return drawn

    def save(self, path: Path) -> int:
        """Write the PDF to `path`; returns its page count. Raises `OSError` if it cannot."""
        write_file(path, self.to_bytes())
        return self.count


def write_pdf(path: Path, comparison: Comparison, style: ExportStyle, options: PdfOptions) -> int:
    """Write the PDF of `comparison` to `path`; returns its page count."""
    return PdfExport(comparison, style, options).save(path)
