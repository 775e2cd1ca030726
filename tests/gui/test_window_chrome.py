"""Pins the window's chrome in small and large windows: at 900 and 700 px every tool bar command
stays in sight (Export never goes into an overflow menu), the status bar's summary is cut only
between its parts, with "…" and the whole line in its tooltip, the Minor differences toggle is
filled with the focus colour while on (light and dark), and the Versions dock says "Versions"
once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QToolBar

from wirediff.gui.render.theme import theme_for
from wirediff.gui.widgets.comparison.summary_label import SEPARATOR
from wirediff.gui.window.actions import MAIN_TOOLBAR


@pytest.mark.parametrize("size", [(900, 600), (700, 500)])
def test_every_tool_bar_command_stays_in_sight(qtbot, demo, size):
    toolbar = demo.findChild(QToolBar, MAIN_TOOLBAR)
    commands = [action for action in toolbar.actions() if not action.isSeparator()]
    assert demo.export_actions[0] in commands

    def hidden() -> list[str]:
        return [
            action.text()
            for action in commands
            if not toolbar.widgetForAction(action).isVisible()
            or not toolbar.rect().contains(toolbar.widgetForAction(action).geometry())
        ]

    demo.resize(*size)
    qtbot.waitUntil(lambda: demo.width() == size[0])
    # The tool bar lays itself out again once its buttons drop their words.
    qtbot.waitUntil(lambda: hidden() == [])


def test_summary_is_cut_between_parts_in_a_narrow_window(qtbot, demo):
    full = demo.comparison().summary.describe()
    assert demo.summary_label.text() == full
    demo.resize(700, 500)
    qtbot.waitUntil(lambda: demo.summary_label.text() != full)
    shown = demo.summary_label.text()
    assert shown.endswith(" …")
    kept = shown.removesuffix(" …").split(SEPARATOR)
    assert kept == full.split(SEPARATOR)[: len(kept)]
    label = demo.summary_label
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == full
    demo.resize(1400, 900)
    qtbot.waitUntil(lambda: demo.summary_label.text() == full)
    assert demo.summary_label.toolTip() == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_minor_toggle_is_filled_while_on(qtbot, demo, scheme):
    toolbar = demo.findChild(QToolBar, MAIN_TOOLBAR)
    button = toolbar.widgetForAction(demo.window_actions.show_minor)
    focus = theme_for(scheme).focus
    try:
        demo.appearance.set_color_scheme(scheme)
        demo.appearance.set_show_minor(True)
        on = button.grab().toImage()
        demo.appearance.set_show_minor(False)
        off = button.grab().toImage()
    finally:
        demo.appearance.set_color_scheme("system")
    middle_left = (3, on.height() // 2)
    assert on.pixelColor(*middle_left).name() == focus.name()
    assert off.pixelColor(*middle_left).name() != focus.name()


def test_versions_dock_names_itself_once(qtbot, window, seeds):
    window.files.open_versions([str(seeds[prefix]) for prefix in ("000", "001", "002")])
    qtbot.waitUntil(lambda: len(window.versions.panel.documents()) == 3, timeout=20_000)
    assert window.versions.windowTitle() == "Versions"
    labels = [label.text() for label in window.versions.findChildren(QLabel)]
    assert "Versions" not in labels
    assert "3 versions" in labels
