"""Pins page furniture in the window on seeds 000 → 001: furniture rows fold into thin strips
that name what they hide, the summary counts only the story, the "Page furniture" toggle shows
them (dimmed) and hides them again, the choice is remembered, and exports follow the window."""

from __future__ import annotations

from wirediff.gui.presentation.export_plan import GapItem, export_items


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
