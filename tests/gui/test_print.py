"""Pins File > Print…: pages printed to a PDF file through `QPrinter` hold the rows' text (an
added sentence of seeds 000 → 001 and the footer's "Page 1 of N"), come out landscape and white
even while the window is dark, the preview shows as many pages as are printed, a long print
shows its progress page by page and Stop ends it (the pages drawn stay), Ctrl+P belongs to
Print alone, and with nothing open printing says why instead of printing a blank page."""

from __future__ import annotations

import pypdfium2
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QProgressDialog

from wirediff.gui.export.pdf import PdfExport, PdfOptions
from wirediff.gui.window import printing
from wirediff.gui.window.export_actions import view_style
from wirediff.gui.window.printing import NOTHING_TO_PRINT, PRINT_SHORTCUT, new_printer

PUTIN = "Russian President Vladimir Putin warned Germany on Wednesday"


def _pdf_printer(path) -> QPrinter:
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_texts(path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def test_printed_pages_hold_the_rows_text(demo, tmp_path):
    target = tmp_path / "printed.pdf"
    count = demo.printing.print_to(_pdf_printer(target))
    texts = _page_texts(target)
    assert count == len(texts) >= 2
    assert PUTIN in " ".join(texts)
    assert f"Page 1 of {count}" in texts[0]
    assert f"Page {count} of {count}" in texts[-1]


def test_printed_pages_are_landscape_and_white_in_the_dark(demo, tmp_path):
    target = tmp_path / "dark.pdf"
    try:
        demo.appearance.set_color_scheme("dark")
        demo.printing.print_to(_pdf_printer(target))
    finally:
        demo.appearance.set_color_scheme("system")
    document = pypdfium2.PdfDocument(str(target))
    try:
        page = document[0]
        width, height = page.get_size()
        assert width > height
        bitmap = page.render(scale=0.3)
        # Bottom middle, inside the page margin: painted only when the page is coloured.
        x, y = bitmap.width // 2, bitmap.height - 3
        start = y * bitmap.stride + x * bitmap.n_channels
        assert bytes(bitmap.buffer[start : start + 3]) == b"\xff\xff\xff"
    finally:
        document.close()


def test_preview_shows_the_printed_pages(qtbot, demo, tmp_path):
    printed = demo.printing.print_to(_pdf_printer(tmp_path / "count.pdf"))
    dialog = demo.printing.open_preview()
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == printed
    dialog.close()


def test_drawing_stops_when_asked_and_keeps_the_pages_drawn(demo, tmp_path):
    printer = _pdf_printer(tmp_path / "two.pdf")
    export = PdfExport(demo.comparison(), view_style(demo.view), PdfOptions())
    assert export.count > 2
    assert export.paint(printer, lambda done, _total: done < 2) == 2
    assert len(_page_texts(tmp_path / "two.pdf")) == 2


def test_a_long_print_shows_progress_and_stops_on_request(demo, tmp_path, monkeypatch):
    monkeypatch.setattr(printing, "PROGRESS_MIN_PAGES", 2)
    seen: list[tuple[int, int]] = []
    real = QProgressDialog.setValue

    def recording(dialog, value):
        seen.append((value, dialog.maximum()))
        real(dialog, value)

    monkeypatch.setattr(QProgressDialog, "setValue", recording)
    count = demo.printing.print_to(_pdf_printer(tmp_path / "all.pdf"))
    assert seen == [(page, count) for page in range(count)]
    assert demo.printing.progress is None  # closed once done
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda dialog: dialog.value() >= 1)
    assert demo.printing.print_to(_pdf_printer(tmp_path / "stopped.pdf")) == 1
    assert demo.statusBar().currentMessage() == f"Printing stopped after 1 of {count} pages"


def test_ctrl_p_is_print(demo):
    owners = [
        action.text()
        for action in demo.actions()
        if PRINT_SHORTCUT in [sequence.toString() for sequence in action.shortcuts()]
    ]
    assert owners == ["&Print…"]


def test_nothing_to_print_says_so(window, tmp_path):
    assert window.printing.print_to(_pdf_printer(tmp_path / "none.pdf")) == 0
    assert window.printing.open_preview() is None
    assert window.statusBar().currentMessage() == NOTHING_TO_PRINT
    assert not (tmp_path / "none.pdf").exists()
