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

from PySide6.QtCore import QMarginsF, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog

from wirediff.gui.export.pdf import PAGE_MARGIN_MM, PdfExport, PdfOptions, layout_dpi
from wirediff.gui.render.theme import LIGHT, theme_for
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.window.export_actions import view_style

if TYPE_CHECKING:
    from collections.abc import Callable

    from wirediff.gui.window.context import WindowContext

PRINT_SHORTCUT = "Ctrl+P"
# From this many pages a print shows its progress and a Stop button.
PROGRESS_MIN_PAGES = 20
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
        self.progress: QProgressDialog | None = None

    def print_to(self, printer: QPrinter) -> int:
        """Draw the comparison's pages on `printer`; returns how many were drawn (0: none)."""
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
            drawn = export.paint(printer, self._progress(export.count))
        except OSError as error:
            self.context.message_bar.show_message(f"Could not print: {error}", Level.ERROR)
            return 0
        finally:
            if self.progress is not None:
                self.progress.close()
                self.progress.deleteLater()
                self.progress = None
        if drawn < export.count:
            printer.abort()
            self.context.note(f"Printing stopped after {drawn} of {export.count} pages")
        return drawn

    def _progress(self, total: int) -> Callable[[int, int], bool] | None:
        """A Stop-able progress dialog for a long print (a 1 MB story is hundreds of pages,
        drawn on the GUI thread since the preview asks for them there); None for a short one."""
        if total < PROGRESS_MIN_PAGES:
            return None
        dialog = QProgressDialog("Printing…", "Stop", 0, total, self.context.window)
        dialog.setWindowTitle("Printing")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        self.progress = dialog

        def before_page(done: int, pages: int) -> bool:
            # A window-modal dialog handles events in setValue, so Stop is heard between pages.
            dialog.setLabelText(f"Printing page {done + 1} of {pages}…")
            dialog.setValue(done)
            return not dialog.wasCanceled()

        return before_page

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
