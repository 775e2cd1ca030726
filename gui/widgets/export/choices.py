"""What the user chose to export, and the export those choices describe.

`ExportChoices` holds the format (PNG, PNG of the rows in view, PDF, HTML), changes only,
width, scale, palette and the folder last saved to; `gui.window.export_actions` keeps it between
openings of the dialog, so Copy Image follows the choices last made. The functions here turn
choices into an `ImageExport` or a `PdfExport` drawn by the window's row painter, suggest a file
name, and copy an image to the clipboard. The dialog (`gui.widgets.export.dialog`) and its preview
(`gui.widgets.export.preview`) use them; nothing here is a widget.

May import `core`, the `gui.export_*` modules below the dialog, `gui.render.theme`, `PySide6.QtGui`
and the standard library; never `QtWidgets`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from wirediff.gui.export.image import ImageExport, ImageOptions
from wirediff.gui.export.pdf import PdfExport, PdfOptions
from wirediff.gui.presentation.export_limits import DEFAULT_WIDTH_PX, MAX_WIDTH_PX, MIN_WIDTH_PX
from wirediff.gui.render.theme import theme_for

if TYPE_CHECKING:
    from collections.abc import Callable

    from wirediff.core.result import Comparison
    from wirediff.gui.export.layout import ExportStyle

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
# What a saved file is called in the dialog's "Saved …" line.
WRITTEN_AS = {
    ExportFormat.PNG: "a PNG image",
    ExportFormat.VISIBLE: "a PNG image",
    ExportFormat.PDF: "a PDF document",
    ExportFormat.HTML: "an HTML page",
}
TOO_TALL_TO_COPY = (
    "Too tall to copy as one image. Copy the changes only, or save it: it is saved as several "
    "images."
)


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


def pdf_export(comparison: Comparison, style: ExportStyle, choices: ExportChoices) -> PdfExport:
    """The PDF export the choices describe (A4 landscape; width and scale do not apply)."""
    return PdfExport(
        comparison, export_style(choices, style), PdfOptions(changes_only=choices.changes_only)
    )


def default_file_name(comparison: Comparison, choices: ExportChoices) -> str:
    """ "000-vs-001.png", from the two files' names without their suffixes."""
    left = Path(comparison.left.name).stem or "old"
    right = Path(comparison.right.name).stem or "new"
    changes = (
        "-changes" if choices.changes_only and choices.format is not ExportFormat.VISIBLE else ""
    )
    return f"{left}-vs-{right}{changes}{SUFFIXES[choices.format]}"


def format_for_path(path: Path, chosen: ExportFormat) -> tuple[ExportFormat, Path]:
    """The format to write to `path`, and the path: an extension naming a format wins (a file
    called `story.html` is an HTML page, whatever the format box said); any other extension
    gets the chosen format's appended, so a file's name never lies about its contents.

    >>> [(f.value, p.name) for f, p in [format_for_path(Path("whole.html"), ExportFormat.PDF)]]
    [('html', 'whole.html')]
    >>> [(f.value, p.name) for f, p in [format_for_path(Path("rows.png"), ExportFormat.VISIBLE)]]
    [('visible', 'rows.png')]
    >>> [(f.value, p.name) for f, p in [format_for_path(Path("notes.v2"), ExportFormat.PDF)]]
    [('pdf', 'notes.v2.pdf')]
    """
    suffix = path.suffix.lower()
    if suffix == SUFFIXES[chosen] or (chosen is ExportFormat.HTML and suffix == ".htm"):
        return chosen, path
    typed = {".png": ExportFormat.PNG, ".pdf": ExportFormat.PDF, ".html": ExportFormat.HTML}
    typed[".htm"] = ExportFormat.HTML
    if suffix in typed:
        return typed[suffix], path
    return chosen, path.with_name(path.name + SUFFIXES[chosen])


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
