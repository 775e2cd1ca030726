"""PDF export: the comparison on A4 landscape pages, drawn by the window's row painter.

The rows are painted with `QPainter` on a `QPdfWriter`, so their text stays text: a reader can
select and search it, and `pdftotext` finds every sentence. Pages are cut at row boundaries by
`gui.export_layout` (a row taller than a page is split between lines, never through one); the
first page opens with the title band, later pages with a continuation header, and every page
ends with a footer holding the title and "Page N of M".

The writer's resolution is the screen's logical DPI, the one the row painter measures text
with, so one layout pixel is one PDF unit and fonts set by point size come out the same size
in the layout and on the page. Landscape A4 at that resolution gives the two halves about the
width they have in a maximised window.

May import `core`, the `gui.export_*` modules below it, `PySide6.QtGui`/`QtCore` and the standard
library; never `QtWidgets`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from core.result import Comparison
from gui.export_layout import ExportLayout, ExportStyle
from gui.export_plan import export_items

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


def pdf_bytes(comparison: Comparison, style: ExportStyle, options: PdfOptions) -> tuple[bytes, int]:
    """The PDF document and its page count."""
    style = replace(style, font=searchable_font(style.font))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    dpi = layout_dpi()
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_rect = writer.pageLayout().paintRectPixels(dpi)
    full_rect = QRectF(writer.pageLayout().fullRectPixels(dpi)).translated(
        -paint_rect.left(), -paint_rect.top()
    )
    items = export_items(comparison, changes_only=options.changes_only, show_minor=style.show_minor)
    layout = ExportLayout(
        comparison, style, paint_rect.width(), items, compared_at=options.compared_at
    )
    writer.setTitle(layout.heading.title)
    writer.setCreator("wirediff")
    footer_top = paint_rect.height() - layout.bands.footer_height
    pages = layout.paginate(footer_top)
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            if style.theme.is_dark:
                painter.fillRect(full_rect, style.theme.background)
            layout.draw_page(
                painter, page, QPointF(0, 0), number=number, count=len(pages), part_word=None
            )
            layout.bands.draw_footer(
                painter,
                QPointF(0, footer_top),
                layout.heading.title,
                f"Page {number} of {len(pages)}",
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), len(pages)


def write_pdf(path: Path, comparison: Comparison, style: ExportStyle, options: PdfOptions) -> int:
    """Write the PDF to `path`; returns its page count. Raises `OSError` if it cannot."""
    document, pages = pdf_bytes(comparison, style, options)
    path.write_bytes(document)
    return pages
