"""Pins how the Versions panel yields to the comparison in a small window: at 900 px it does not
open by itself (the status bar says which key opens it), it comes back when the window widens
and folds away when it narrows again, and a panel the user closed stays closed, also in the
next window opened with the same settings."""

from __future__ import annotations

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from wirediff.gui.window.main_window import MainWindow

FIVE = ("000", "001", "002", "003", "004")


def _open_five(qtbot, window, seeds) -> None:
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_versions([str(seeds[prefix]) for prefix in FIVE])
    qtbot.waitUntil(lambda: len(window.versions.panel.documents()) == len(FIVE))


def test_small_window_keeps_the_panel_folded_until_wide(qtbot, window, seeds):
    window.resize(900, 600)
    _open_five(qtbot, window, seeds)
    assert not window.versions.isVisible()
    assert window.statusBar().currentMessage() == "5 versions open: F9 shows the Versions panel"
    window.resize(1400, 900)
    qtbot.waitUntil(window.versions.isVisible)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: not window.versions.isVisible())


def test_closed_panel_stays_closed_in_the_next_window(qtbot, window, settings, seeds):
    _open_five(qtbot, window, seeds)
    assert window.versions.isVisible()
    window.versions.close()
    window.resize(1000, 700)
    window.resize(1500, 900)
    assert not window.versions.isVisible()
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    qtbot.waitExposed(again)
    _open_five(qtbot, again, seeds)
    assert not again.versions.isVisible()
    again.versions.toggleViewAction().trigger()
    assert again.versions.isVisible()
    assert not again.preferences.versions_panel_closed()
    again.controller.shutdown()
