"""Pins page furniture in the window on seeds 000 → 001: furniture rows fold into thin strips
that name what they hide, the summary counts only the story, the "Page furniture" toggle shows
them (dimmed) and hides them again, the choice is remembered, and exports follow the window. A
click on a strip unfolds that strip only; the right-click menu calls a paragraph story or page
furniture, remembered by its content for the next comparison that holds it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from tests.gui.helpers import open_pair
from wirediff.core.result import Side
from wirediff.gui.presentation.export_plan import GapItem, export_items
from wirediff.gui.presentation.furniture_verdicts import paragraph_key


def point_in(view, row: int, side: Side | None = None) -> QPointF:
    """The middle of a row, or of one half of it."""
    rect = view.row_rect(row)
    if side is None:
        return QPointF(rect.center())
    columns = view.row_layout(row).columns
    half = columns.left if side is Side.LEFT else columns.right
    return QPointF(half.center().x(), rect.center().y())


def menu_texts(menu) -> list[str]:
    return [action.text() for action in menu.actions()]


def trigger(menu, text: str) -> None:
    (action,) = [action for action in menu.actions() if action.text() == text]
    action.trigger()


def test_furniture_folds_into_strips_and_counts_leave_it_out(demo):
    comparison = demo.comparison()
    assert not comparison.furniture_shown
    view = demo.view
    strips = {index: view.row_layout(index).fold for index in sorted(comparison.furniture_rows)}
    assert strips == {
        0: "1 page part hidden: counter",
        2: "3 page parts hidden: photo caption, counter",
        3: "",
        4: "",
        19: "1 page part hidden: rule",
        21: "3 page parts hidden: disclaimer, comment count",
        22: "",
        23: "",
    }
    assert view.row_layout(3).height == 0
    assert 0 < view.row_layout(2).height < view.row_layout(1).height
    assert demo.summary_label.text() == (
        "2 paragraphs added · 3 sentences added · 3 sentences reworded · 4 minor"
        " · 8 page parts hidden"
    )
    assert not set(comparison.change_rows()) & comparison.furniture_rows


def test_toggle_shows_furniture_dimmed_and_is_remembered(demo, qtbot):
    assert demo.window_actions.show_furniture.isChecked() is False
    demo.window_actions.show_furniture.trigger()
    comparison = demo.comparison()
    assert comparison.furniture_shown
    layout = demo.view.row_layout(2)
    assert layout.fold is None
    assert layout.dimmed
    assert not demo.view.row_layout(1).dimmed
    assert "page parts hidden" not in demo.summary_label.text()
    assert demo.preferences.show_furniture() is True
    assert not any(
        isinstance(item, GapItem) for item in export_items(comparison, changes_only=False)
    )
    demo.window_actions.show_furniture.trigger()
    assert demo.view.row_layout(2).fold == "3 page parts hidden: photo caption, counter"
    assert demo.preferences.show_furniture() is False


def test_click_on_a_strip_unfolds_that_strip_only(demo, qtbot):
    view = demo.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_in(view, 2).toPoint())
    for row in (2, 3, 4):
        layout = view.row_layout(row)
        assert layout.fold is None
        assert layout.dimmed
        assert layout.height > 0
    assert view.current_row() == 2
    assert view.row_layout(0).fold == "1 page part hidden: counter"
    assert view.row_layout(21).fold == "3 page parts hidden: disclaimer, comment count"
    assert not demo.comparison().furniture_shown
    assert demo.preferences.show_furniture() is False
    # A click on a row that is no strip selects it, as before.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_in(view, 5).toPoint())
    assert view.current_row() == 5


def test_right_click_calls_a_strip_story_and_it_is_remembered_by_content(demo, qtbot, seeds):
    view = demo.view
    menu = view.furniture_menu(point_in(view, 0))
    assert menu_texts(menu) == ["Show these page parts", "This is part of the story"]
    trigger(menu, "This is part of the story")
    comparison = demo.comparison()
    assert not comparison.left_furniture.is_furniture(0)
    assert not comparison.is_furniture_row(0)
    assert view.row_layout(0).fold is None
    assert demo.summary_label.text() == (
        "2 paragraphs added · 1 paragraph removed · 3 sentences added · 1 sentence removed"
        " · 3 sentences reworded · 4 minor · 7 page parts hidden"
    )
    assert demo.preferences.furniture_verdicts() == {paragraph_key("views"): False}
    # The next comparison that holds the same line keeps the user's word.
    open_pair(qtbot, demo, seeds["000"], seeds["002"])
    assert not demo.comparison().left_furniture.is_furniture(0)


def test_right_click_calls_a_story_paragraph_page_furniture(demo):
    view = demo.view
    menu = view.furniture_menu(point_in(view, 1, Side.RIGHT))
    assert menu_texts(menu) == ["This is page furniture"]
    trigger(menu, "This is page furniture")
    comparison = demo.comparison()
    assert comparison.right_furniture.reasons[0] == "marked by you"
    # It joins the strips of the view counter above and the captions below.
    assert view.row_layout(0).fold == "5 page parts hidden: counter, marked by you, photo caption"
    assert view.row_layout(1).fold == ""
    headline = comparison.right.paragraphs[0]
    assert demo.preferences.furniture_verdicts() == {paragraph_key(headline): True}
    # The strip's menu takes the word back, for every part it folds.
    trigger(view.furniture_menu(point_in(view, 0)), "This is part of the story")
    comparison = demo.comparison()
    assert not comparison.furniture_rows & {0, 1, 2, 3, 4}
    verdicts = demo.preferences.furniture_verdicts()
    assert verdicts[paragraph_key(headline)] is False
    assert verdicts[paragraph_key("View All (3)")] is False
    assert set(verdicts.values()) == {False}
