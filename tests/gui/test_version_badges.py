"""Pins that the Versions list's LEFT/RIGHT badges always name what the comparison shows: after
opening several versions, after dropping a listed version or another file on one half, after
pasting text as a side, and after adding versions to the list."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tests.gui.helpers import COMPARE_TIMEOUT_MS, drop_files
from wirediff.core.result import Side

LISTED = ("000", "001", "002", "003")


def _badges(window) -> dict[str, str]:
    """File name of each listed version -> its badge ("left", "right" or "")."""
    model = window.versions.panel.versions_model
    return {
        model.index(row, 0).data(model.NameRole): model.index(row, 0).data(model.SideRole)
        for row in range(model.rowCount())
    }


def _open_listed(qtbot, window, seeds) -> None:
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_versions([str(seeds[prefix]) for prefix in LISTED])
    qtbot.waitUntil(lambda: len(window.versions.panel.documents()) == len(LISTED))


def _expected(seeds, left: str = "", right: str = "") -> dict[str, str]:
    sides = {left: "left", right: "right"}
    return {seeds[prefix].name: sides.get(prefix, "") for prefix in LISTED}


def test_badges_follow_a_listed_version_dropped_on_a_half(qtbot, window, seeds):
    _open_listed(qtbot, window, seeds)
    assert _badges(window) == _expected(seeds, left="000", right="001")
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        drop_files(window.view, [seeds["003"]], 0.25)
    assert window.comparison().left.name == seeds["003"].name
    assert _badges(window) == _expected(seeds, left="003", right="001")


def test_badge_clears_for_a_file_not_in_the_list(qtbot, window, seeds):
    _open_listed(qtbot, window, seeds)
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        drop_files(window.view, [seeds["004"]], 0.75)
    assert _badges(window) == _expected(seeds, left="000")


def test_badge_clears_for_pasted_text(qtbot, window, seeds):
    _open_listed(qtbot, window, seeds)
    QGuiApplication.clipboard().setText("A pasted paragraph about the council.")
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.window_actions.paste_left.trigger()
    assert _badges(window) == _expected(seeds, right="001")


def test_adding_versions_keeps_badges_with_what_is_shown(qtbot, window, seeds):
    _open_listed(qtbot, window, seeds)
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_path(Side.RIGHT, str(seeds["004"]))
    window.versions.add_files([str(seeds["004"])])
    qtbot.waitUntil(lambda: len(window.versions.panel.documents()) == len(LISTED) + 1)
    assert _badges(window) == {**_expected(seeds, left="000"), seeds["004"].name: "right"}
