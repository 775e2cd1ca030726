"""Pins how repairs read in the window: the repair panel names each method in words ("UTF-8
text read as Windows-1252", the identifier in its tooltip), keeps its height when "Compare the
unrepaired text" is switched on and off, and the repaired characters are marked in the text
itself (tint and dashed underline) with a tooltip saying before → after."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.gui.helpers import COMPARE_TIMEOUT_MS, open_pair
from wirediff.core.result import Side
from wirediff.core.text.method_names import describe_method
from wirediff.gui.presentation.repair_marks import RepairMark
from wirediff.gui.widgets.comparison.text_selection import point_of

CLEAN = "The café on the corner was closed on Monday.\n\nIts owner said it would open again soon."


def _open_misread(qtbot, window, tmp_path):
    """The clean text on the left, the same text with é misread as Windows-1252 on the right."""
    left, right = tmp_path / "clean.txt", tmp_path / "misread.txt"
    left.write_text(CLEAN, encoding="utf-8")
    right.write_text(CLEAN.encode("utf-8").decode("cp1252"), encoding="utf-8")
    open_pair(qtbot, window, left, right)
    return window.comparison().right


def test_panel_names_methods_in_words(qtbot, window, seeds):
    open_pair(qtbot, window, seeds["001"], seeds["002"])
    document = window.comparison().right
    assert document.fixes[0].method == "legacy:gb18030-as-utf8-else-latin1"
    panel = window.repair_panels[Side.RIGHT]
    window.headers[Side.RIGHT].repairs_button.click()
    item = panel.table.item(0, 2)
    assert item.text() == "GB18030 (Simplified Chinese) text read as UTF-8 and Latin-1"
    assert item.toolTip().endswith("(legacy:gb18030-as-utf8-else-latin1)")
    assert describe_method("ftfy:utf8-as-cp1252") == "UTF-8 text read as Windows-1252"


def test_panel_keeps_its_height_when_repairs_are_switched_off(qtbot, window, seeds):
    window.resize(900, 700)
    open_pair(qtbot, window, seeds["001"], seeds["002"])
    panel = window.repair_panels[Side.RIGHT]
    window.headers[Side.RIGHT].repairs_button.click()
    qtbot.waitUntil(lambda: panel.isVisible())
    qtbot.waitUntil(lambda: panel.height() == panel.sizeHint().height())
    heights = [panel.height()]
    view_tops = [window.view.mapTo(window, window.view.rect().topLeft()).y()]
    for unrepaired in (True, False):
        with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
            panel.unrepaired_box.setChecked(unrepaired)
        qtbot.waitUntil(lambda: panel.height() == panel.sizeHint().height())
        heights.append(panel.height())
        view_tops.append(window.view.mapTo(window, window.view.rect().topLeft()).y())
        assert panel.table.rowCount() == 1
        assert panel.table.isEnabled() is not unrepaired
    assert len(set(heights)) == 1, heights
    assert len(set(view_tops)) == 1, view_tops


def test_repaired_characters_are_marked_in_the_text(qtbot, window, tmp_path):
    document = _open_misread(qtbot, window, tmp_path)
    assert [(fix.before, fix.after) for fix in document.fixes] == [("Ã©", "é")]
    view = window.view
    repairs = view.row_geometry.repairs()
    (paragraph,) = view.paragraphs_of(0, Side.RIGHT)
    offset = paragraph.text.index("é")
    assert repairs.marks(Side.RIGHT, paragraph) == (
        RepairMark(offset, offset + 1, "Ã©", "é", document.fixes[0].method),
    )
    (old,) = view.paragraphs_of(0, Side.LEFT)
    assert repairs.marks(Side.LEFT, old) == ()

    # The character is drawn on the repair tint; the one before it is not.
    image = view.viewport().grab().toImage()
    tint = view.theme().colors("repaired").background

    def colours(at: int) -> set[str]:
        left = point_of(view, 0, Side.RIGHT, at)
        right = point_of(view, 0, Side.RIGHT, at + 1)
        return {
            image.pixelColor(round(x), round(left.y() + dy)).name()
            for x in range(round(left.x()) + 1, round(right.x()) - 1)
            for dy in range(-5, 6)
        }

    assert tint.name() in colours(offset)
    assert tint.name() not in colours(offset - 1)
    middle = point_of(view, 0, Side.RIGHT, offset) + QPointF(2, 0)
    assert view.tooltip_at(middle) == "Repaired: Ã© → é (UTF-8 text read as Latin-1)"
    elsewhere = point_of(view, 0, Side.RIGHT, 1) + QPointF(2, 0)
    assert view.tooltip_at(elsewhere) == ""
