"""Pins what the window shows when the user forces Windows-1252 on seed 002 (UTF-8 whose first
line is GB18030 misread as UTF-8 and Latin-1): both layers of damage come off, so the text shows
`麻豆传媒`, the header counts the one repair and the repair panel lists it from the bytes as
read in the forced codec to the final text."""

from __future__ import annotations

from tests.gui.helpers import COMPARE_TIMEOUT_MS, open_pair
from wirediff.core.result import Side

FORCED_READING = "Ã‚é¶¹Â´Â«ÃƒÂ½"


def test_forced_cp1252_repairs_and_counts_agree(qtbot, window, seeds):
    open_pair(qtbot, window, seeds["001"], seeds["002"])
    header = window.headers[Side.RIGHT]
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        next(a for a in header.encoding_menu.actions() if a.data() == "cp1252").trigger()
    assert header.encoding_button.text().startswith("CP1252 (chosen)")
    row = window.comparison().row_of_paragraph(Side.RIGHT, 0)
    first = window.view.paragraphs_of(row, Side.RIGHT)[0]
    assert first.text == "麻豆传媒"
    assert header.repairs_button.text() == "1 repair"
    header.repairs_button.click()
    table = window.repair_panels[Side.RIGHT].table
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == (FORCED_READING, "麻豆传媒")
