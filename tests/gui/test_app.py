"""Pins starting the window: no files opens the bundled demo (all five seeds, 000 and 001 side
by side, every version in the Versions dock, a matrix click showing that pair at that sentence),
two files compare those, one file waits for the other; when one of two files cannot be read the
other is kept and a file chosen for the failed side is compared with it; the progress bar shows
while a comparison runs and hides when it lands; every command is reachable from the
keyboard; a deleted window no longer follows the app-wide colour scheme."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from wirediff.core.result import Side
from wirediff.gui.window.app import demo_files, open_initial_files
from wirediff.gui.window.main_window import MainWindow


def test_demo_files_are_the_five_seeds(seeds):
    demo = [Path(name) for name in demo_files()]
    assert [path.name for path in demo] == [path.name for path in seeds.values()]
    assert [path.read_bytes() for path in demo] == [path.read_bytes() for path in seeds.values()]


def test_no_files_opens_the_demo(qtbot, window, seeds):
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        open_initial_files(window, [])
    assert window.comparison().left.name == seeds["000"].name
    assert window.comparison().right.name == seeds["001"].name
    assert seeds["000"].name in window.windowTitle()
    panel = window.versions.panel
    qtbot.waitUntil(lambda: len(panel.documents()) == 5, timeout=COMPARE_TIMEOUT_MS)
    assert window.versions.isVisibleTo(window)


def test_two_files_keep_the_versions_dock_closed(qtbot, window, seeds):
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        open_initial_files(window, [str(seeds["000"]), str(seeds["001"])])
    assert not window.versions.isVisibleTo(window)


def test_matrix_cell_shows_that_pair_at_the_sentence(qtbot, window, seeds):
    open_initial_files(window, [])
    panel = window.versions.panel
    qtbot.waitUntil(lambda: panel.collation() is not None, timeout=COMPARE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.comparison() is not None, timeout=COMPARE_TIMEOUT_MS)
    model = panel.matrix_model
    column = model.sentence_column()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, column).data().startswith("“Our policy with respect to prohibiting")
    )
    index = model.index(row, 4)
    panel.matrix_view.scrollTo(index)
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        qtbot.mouseClick(
            panel.matrix_view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=panel.matrix_view.visualRect(index).center(),
        )
    comparison = window.comparison()
    assert (comparison.left.name, comparison.right.name) == (seeds["000"].name, seeds["004"].name)
    shown = comparison.rows[window.view.current_row()]
    assert any("Our policy" in (s.right or "") for s in shown.sentences)


def test_two_files_are_compared(qtbot, window, seeds):
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        open_initial_files(window, [str(seeds["003"]), str(seeds["004"])])
    assert window.comparison().right.name == seeds["004"].name


def test_one_file_waits_for_the_other(qtbot, window, seeds):
    open_initial_files(window, [str(seeds["003"])])
    assert window.comparison() is None
    assert window.headers[Side.LEFT].name() == seeds["003"].name
    assert "other version" in window.summary_label.text()
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_path(Side.RIGHT, str(seeds["004"]))
    assert window.comparison().left.name == seeds["003"].name


def test_good_file_is_kept_when_the_other_fails(qtbot, window, seeds, tmp_path):
    missing = tmp_path / "missing.txt"
    with qtbot.waitSignal(window.controller.comparison_failed, timeout=COMPARE_TIMEOUT_MS):
        open_initial_files(window, [str(seeds["000"]), str(missing)])
    assert "no such file" in window.message_bar.text()
    assert window.headers[Side.LEFT].name() == seeds["000"].name
    assert "other version" in window.summary_label.text()
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_path(Side.RIGHT, str(seeds["001"]))
    comparison = window.comparison()
    assert (comparison.left.name, comparison.right.name) == (seeds["000"].name, seeds["001"].name)
    assert window.summary_label.text() == comparison.summary.describe()
    assert window.message_bar.text() == ""


def test_progress_shows_while_comparing(qtbot, window, seeds):
    window.files.open_files(str(seeds["000"]), str(seeds["001"]))
    assert not window.progress.isHidden()
    qtbot.waitUntil(lambda: window.progress.isHidden(), timeout=COMPARE_TIMEOUT_MS)
    assert window.comparison() is not None


def test_commands_have_shortcuts(window):
    actions = window.window_actions
    for action in (
        actions.open_left,
        actions.open_right,
        actions.paste_left,
        actions.paste_right,
        actions.swap,
        actions.reload,
        actions.copy,
        actions.show_minor,
        actions.next_change,
        actions.previous_change,
        actions.zoom_in,
        actions.zoom_out,
        actions.zoom_reset,
    ):
        assert not action.shortcut().isEmpty(), action.text()
    assert QKeySequence("Alt+Down") in actions.next_change.shortcuts()
    assert QKeySequence("Alt+Up") in actions.previous_change.shortcuts()


def test_header_controls_take_keyboard_focus(window):
    for side in Side:
        header = window.headers[side]
        for button in (header.encoding_button, header.repairs_button, header.open_button):
            assert button.focusPolicy() & button.focusPolicy().TabFocus


def test_a_deleted_window_stops_following_the_colour_scheme(qtbot, settings):
    closed = MainWindow(settings)
    closed.controller.shutdown()
    shiboken6.delete(closed)
    # The app-wide signal must not call into the deleted window (pytest-qt fails the test on
    # an exception raised in a slot).
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)


def test_a_narrow_header_gives_the_open_button_s_room_to_the_file_name(window):
    from wirediff.gui.widgets.comparison.document_header import NARROW_HEADER_PX

    header = window.headers[Side.LEFT]
    header.resize(NARROW_HEADER_PX - 1, header.height())
    assert header.open_button.isHidden()
    header.resize(NARROW_HEADER_PX + 100, header.height())
    assert not header.open_button.isHidden()
