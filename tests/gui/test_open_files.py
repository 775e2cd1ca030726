"""Pins how versions get into the window and what happens when they cannot: dropping files on
either half (simulated `QDropEvent`s with file URLs), dropping two files at once, pasting the
clipboard as a version, swapping sides, recent comparisons, the notice when a compared file
changes on disk and its Reload button, and the inline message (never an exception or a modal)
for a binary, huge, missing or folder input, with the previous comparison kept."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QGuiApplication

from tests.gui.helpers import COMPARE_TIMEOUT_MS, drop_files, open_pair
from wirediff.core.result import Side
from wirediff.core.text.decode import MAX_INPUT_BYTES
from wirediff.gui.widgets.comparison.message_bar import Level


def test_drop_on_right_half_replaces_right(qtbot, demo, seeds):
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        drop_files(demo.view, [seeds["002"]], 0.75)
    assert demo.comparison().left.name == seeds["000"].name
    assert demo.comparison().right.name == seeds["002"].name
    assert demo.headers[Side.RIGHT].name() == seeds["002"].name


def test_drop_on_left_half_replaces_left(qtbot, demo, seeds):
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        drop_files(demo.view, [seeds["003"]], 0.25)
    assert demo.comparison().left.name == seeds["003"].name
    assert demo.comparison().right.name == seeds["001"].name


def test_drop_two_files_compares_them(qtbot, window, seeds):
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        drop_files(window.view, [seeds["001"], seeds["002"]], 0.5)
    assert (window.comparison().left.name, window.comparison().right.name) == (
        seeds["001"].name,
        seeds["002"].name,
    )


def test_paste_clipboard_as_right_version(qtbot, demo):
    QGuiApplication.clipboard().setText("A pasted paragraph.\n\nAnother one, added.")
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        demo.window_actions.paste_right.trigger()
    assert demo.comparison().right.name == "Pasted text"
    assert demo.comparison().right.paragraphs == ("A pasted paragraph.", "Another one, added.")


def test_swap_sides(qtbot, demo, seeds):
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        demo.window_actions.swap.trigger()
    assert demo.headers[Side.LEFT].name() == seeds["001"].name
    assert demo.headers[Side.RIGHT].name() == seeds["000"].name


def test_recent_comparisons_are_remembered(demo, seeds):
    assert demo.preferences.recent_pairs()[0] == (str(seeds["000"]), str(seeds["001"]))
    demo.files.fill_recent_menu(demo.window_actions.recent_menu)
    labels = [action.text() for action in demo.window_actions.recent_menu.actions()]
    assert any(seeds["000"].name in label and seeds["001"].name in label for label in labels)


def test_changed_file_gives_notice_and_reload_shows_it(qtbot, window, seeds, tmp_path):
    left = tmp_path / "old.txt"
    right = tmp_path / "new.txt"
    shutil.copy(seeds["000"], left)
    shutil.copy(seeds["001"], right)
    open_pair(qtbot, window, left, right)
    right.write_text(right.read_text(encoding="utf-8") + "\n\nA late correction.\n", "utf-8")
    qtbot.waitUntil(lambda: "changed on disk" in window.message_bar.text(), timeout=5000)
    assert window.message_bar.text() == "new.txt changed on disk."
    assert window.message_bar.action_text() == "Reload"
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.message_bar.trigger_action()
    assert window.comparison().right.paragraphs[-1] == "A late correction."
    assert window.message_bar.text() == ""


def _bad_inputs(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk is written
    folder = tmp_path / "folder"
    folder.mkdir()
    return {
        "binary": (binary, "binary"),
        "huge": (huge, "67,108,865 bytes is larger"),
        "missing": (tmp_path / "missing.txt", "no such file"),
        "folder": (folder, "folder"),
    }


@pytest.mark.parametrize("case", ["binary", "huge", "missing", "folder"])
def test_bad_input_shows_message_and_keeps_comparison(qtbot, demo, tmp_path, case):
    path, words = _bad_inputs(tmp_path)[case]
    before = demo.comparison()
    with qtbot.waitSignal(demo.controller.comparison_failed, timeout=COMPARE_TIMEOUT_MS):
        demo.files.open_path(Side.RIGHT, str(path))
    assert words in demo.message_bar.text()
    assert demo.message_bar.level() is Level.ERROR
    assert demo.comparison() is before
    assert demo.view.row_count() == len(before.rows)
    # The failed file is forgotten: the next request compares what is on screen again.
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        demo.window_actions.swap.trigger()
    assert demo.comparison().left.name == before.right.name
    assert demo.message_bar.text() == ""
