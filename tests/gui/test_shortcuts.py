"""Pins the window's keyboard shortcuts: every key sequence belongs to one command only (Qt
triggers nothing for a sequence two actions share), and Ctrl+Shift+V pastes the clipboard as the
right version while the Versions panel has a key of its own."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from wirediff.core.result import Side


def _window_shortcuts(window) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() is Qt.ShortcutContext.WidgetShortcut:
            continue
        for sequence in action.shortcuts():
            owners[sequence.toString()].append(action.text())
    return owners


def test_no_two_commands_share_a_shortcut(window):
    owners = _window_shortcuts(window)
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    assert "Ctrl+Shift+V" in owners


def test_ctrl_shift_v_pastes_as_right(qtbot, demo):
    QGuiApplication.clipboard().setText("A pasted paragraph about the council.")
    demo.view.setFocus()
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        qtbot.keyClick(
            demo.view,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert demo.comparison().document(Side.RIGHT).name == "Pasted text"


def test_f9_shows_and_hides_the_versions_panel(qtbot, demo):
    shown = demo.versions.isVisible()
    demo.view.setFocus()
    qtbot.keyClick(demo.view, Qt.Key.Key_F9)
    assert demo.versions.isVisible() is not shown
    qtbot.keyClick(demo.view, Qt.Key.Key_F9)
    assert demo.versions.isVisible() is shown
