"""`PrintCommands`: File > Print… (Ctrl+P): a print preview, then the system's print dialog.

Printed pages are the PDF export's pages (`gui.export.pdf.PdfExport`), laid out for the paper
and margins chosen in the preview and drawn by the same row painter as the view: the title
band with the summary and legend, both versions side by side, a footer with "Page N of M". The
preview's print button sends them to a printer, or to a PDF file where the system offers one.
Printing uses the light palette whatever the window shows: paper is white, and a dark page
would spend a cartridge of ink.

May import `core`, `gui.export`, `gui.render`, the window's context, PySide6 (QtPrintSupport
included) and the standard library.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from wirediff.gui.export.pdf import PAGE_MARGIN_MM, PdfExport, PdfOptions, layout_dpi
from wirediff.gui.render.theme import LIGHT, theme_for
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.window.export_actions import view_style

if TYPE_CHECKING:
    from wirediff.gui.window.context import WindowContext

PRINT_SHORTCUT = "Ctrl+P"
NOTHING_TO_PRINT = "Nothing to print yet: open two versions first."


def new_printer() -> QPrinter:
    """A printer set up as the PDF export is: landscape, 12 mm margins, the system's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    return printer


class PrintCommands(QObject):
    """Print preview and printing of the comparison on screen."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window)
        self.context = context
        # One printer per window, so the paper and printer chosen stay for the next print.
        self.printer = new_printer()
        self.preview: QPrintPreviewDialog | None = None

    def print_to(self, printer: QPrinter) -> int:
        """Draw the comparison's pages on `printer`; returns the page count (0 when none)."""
        comparison = self.context.comparison()
        if comparison is None:
            self.context.note(NOTHING_TO_PRINT)
            return 0
        # Band texts are set in points, which a painter resolves at its device's DPI: at the
        # layout's DPI they come out the size the layout measured (the PDF writer does the same).
        printer.setResolution(layout_dpi())
        style = view_style(self.context.view)
        export = PdfExport(
            comparison,
            replace(style, theme=theme_for(LIGHT)),
            PdfOptions(),
            paper=printer.pageLayout(),
        )
        try:
            return export.paint(printer)
        except OSError as error:
            self.context.message_bar.show_message(f"Could not print: {error}", Level.ERROR)
            return 0

    def open_preview(self) -> QPrintPreviewDialog | None:
        """Show the print preview (window-modal, not blocking); None without a comparison."""
        if self.context.comparison() is None:
            self.context.note(NOTHING_TO_PRINT)
            return None
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        preview = QPrintPreviewDialog(self.printer, self.context.window)
        preview.setWindowTitle("Print Preview")
        preview.paintRequested.connect(self.print_to)
        self.preview = preview
        preview.open()
        return preview


def print_action(commands: PrintCommands) -> QAction:
    """File > Print… for the window of `commands` (added to it, so the key works anywhere)."""
    window = commands.context.window
    action = QAction("&Print…", window)
    action.setShortcut(QKeySequence(PRINT_SHORTCUT))
    action.setStatusTip("Print the comparison, after a preview of its pages")
    action.setToolTip(f"Print the comparison ({PRINT_SHORTCUT})")
    action.triggered.connect(lambda _checked=False: commands.open_preview())
    window.addAction(action)
    return action
