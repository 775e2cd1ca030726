"""Pins the per-side header and repair panel on seed 002, whose first line was mangled
(`麻豆传媒` read as `Â鶹´«Ã½`): the header counts the repairs, the panel lists each fix,
"Compare the unrepaired text" shows the text as decoded, another encoding decodes the same
bytes again, and "Save repaired copy" writes a new file but never overwrites the original."""

from __future__ import annotations

from tests.gui.helpers import COMPARE_TIMEOUT_MS, open_pair
from wirediff.core.result import Side
from wirediff.core.text.method_names import describe_method
from wirediff.gui.widgets.comparison.message_bar import Level


def _open_001_002(qtbot, window, seeds):
    open_pair(qtbot, window, seeds["001"], seeds["002"])
    return window.comparison().right


def test_header_counts_repairs_and_panel_lists_them(qtbot, window, seeds):
    document = _open_001_002(qtbot, window, seeds)
    assert document.fixes
    assert document.paragraphs[0] == "麻豆传媒"
    header = window.headers[Side.RIGHT]
    count = len(document.fixes)
    assert header.repairs_button.text() == (f"{count} repair" if count == 1 else f"{count} repairs")
    assert window.headers[Side.LEFT].repairs_button.text() == "No repairs"
    panel = window.repair_panels[Side.RIGHT]
    assert panel.isHidden()
    header.repairs_button.click()
    assert not panel.isHidden()
    assert panel.table.rowCount() == count
    first = document.fixes[0]
    assert panel.table.item(0, 0).text() == first.before
    assert panel.table.item(0, 1).text() == first.after
    assert panel.table.item(0, 2).text() == describe_method(first.method)
    header.repairs_button.click()
    assert panel.isHidden()


def test_unrepaired_switch_compares_text_as_decoded(qtbot, window, seeds):
    document = _open_001_002(qtbot, window, seeds)
    panel = window.repair_panels[Side.RIGHT]
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        panel.unrepaired_box.setChecked(True)
    unrepaired = window.comparison().right
    assert unrepaired.fixes == ()
    assert unrepaired.text == document.decoded
    assert unrepaired.paragraphs[0] != "麻豆传媒"
    assert window.headers[Side.RIGHT].repairs_button.text() == "Repairs off"
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        panel.unrepaired_box.setChecked(False)
    assert window.comparison().right.paragraphs[0] == "麻豆传媒"


def test_choosing_an_encoding_decodes_the_same_bytes_again(qtbot, window, seeds):
    document = _open_001_002(qtbot, window, seeds)
    header = window.headers[Side.RIGHT]
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        header.encoding_chosen.emit("cp1252")
    redecoded = window.comparison().right
    assert redecoded.encoding == "cp1252"
    assert redecoded.raw == document.raw
    assert header.encoding_button.text().startswith("CP1252 (chosen)")
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        header.encoding_chosen.emit("")
    assert window.comparison().right.encoding == document.encoding


def test_save_repaired_copy_never_overwrites_the_original(qtbot, window, seeds, tmp_path):
    document = _open_001_002(qtbot, window, seeds)
    original = seeds["002"].read_bytes()
    copy = tmp_path / "002.repaired.txt"
    assert window.files.save_repaired_copy(Side.RIGHT, str(copy))
    assert copy.read_text(encoding="utf-8") == document.text
    assert not window.files.save_repaired_copy(Side.RIGHT, str(seeds["002"]))
    assert window.message_bar.level() is Level.WARNING
    assert "never replaces the original" in window.message_bar.text()
    assert seeds["002"].read_bytes() == original
