"""Pins that the window's commands are objects a test drives without showing the window: Open…
asks its `Prompts` (here a script) for a file and compares what it names, a cancelled question
changes nothing, Save Repaired Copy writes where the answer says, Open Web Archive… offers the
captures of the file named, Other Font… keeps the family chosen, a colour scheme reaches the
view, menus are found by name, and a successful Previous clears the "No further changes" note a
failed Next left."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from tests.warc_files import Response, write_warc
from tests.web_server import page
from wirediff.core.result import Side
from wirediff.gui.window.main_window import MainWindow
from wirediff.gui.window.menus import EDIT_MENU, FILE_MENU, VIEW_MENU, menu_named
from wirediff.gui.window.navigation import NO_LATER_CHANGE
from wirediff.gui.window.prompts import Prompts


class ScriptedPrompts(Prompts):
    """Answers each question with the next scripted answer, and records the questions."""

    def __init__(self, window, answers) -> None:
        super().__init__(window)
        self.answers = list(answers)
        self.asked: list[str] = []

    def open_file_name(self, title, start, file_filter) -> str:
        self.asked.append(title)
        return self.answers.pop(0)

    def save_file_name(self, title, suggested, file_filter) -> str:
        self.asked.append(title)
        return self.answers.pop(0)

    def text(self, title, label) -> str:
        self.asked.append(title)
        return self.answers.pop(0)

    def font(self, current, title):
        self.asked.append(title)
        return self.answers.pop(0)


@pytest.fixture
def hidden(qtbot, settings):
    """A window that is never shown."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    yield window
    window.controller.shutdown()


def _script(window, *answers) -> ScriptedPrompts:
    prompts = ScriptedPrompts(window, answers)
    window.context.prompts = prompts
    return prompts


def test_open_asks_for_a_file_and_compares_it_without_a_shown_window(qtbot, hidden, seeds):
    prompts = _script(hidden, str(seeds["000"]), str(seeds["001"]))
    hidden.files.open_dialog(Side.LEFT)
    assert hidden.windowTitle() == f"{seeds['000'].name} — wirediff"
    with qtbot.waitSignal(hidden.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        hidden.files.open_dialog(Side.RIGHT)
    assert prompts.asked == ["Open the left version", "Open the right version"]
    assert hidden.comparison().left.name == seeds["000"].name
    assert hidden.comparison().right.name == seeds["001"].name
    assert hidden.windowTitle() == f"{seeds['000'].name} ↔ {seeds['001'].name} — wirediff"
    assert not hidden.isVisible()


def test_a_cancelled_open_changes_nothing(hidden):
    _script(hidden, "")
    hidden.files.open_dialog(Side.RIGHT)
    assert hidden.controller.sources[Side.RIGHT] is None
    assert hidden.windowTitle() == "wirediff"


def test_save_repaired_copy_writes_where_the_answer_says(qtbot, hidden, seeds, tmp_path):
    with qtbot.waitSignal(hidden.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        hidden.files.open_files(str(seeds["001"]), str(seeds["002"]))
    target = tmp_path / "chosen.txt"
    prompts = _script(hidden, str(target))
    hidden.files.save_dialog(Side.RIGHT)
    assert prompts.asked == ["Save repaired copy"]
    assert target.read_text(encoding="utf-8") == hidden.comparison().right.text
    assert hidden.statusBar().currentMessage() == "Saved the repaired text to chosen.txt"


def test_open_web_archive_asks_for_the_file_and_offers_its_captures(qtbot, hidden, tmp_path):
    story = "https://news.example/a"
    path = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            Response(story, "2024-06-03T09:00:00Z", page("Kyiv said yes.")),
            Response(story, "2024-06-04T09:00:00Z", page("Kyiv said no.")),
        ],
    )
    prompts = _script(hidden, str(path))
    hidden.web.open_archive_dialog()
    qtbot.waitUntil(lambda: hidden.web.archive_picker is not None, timeout=COMPARE_TIMEOUT_MS)
    assert prompts.asked == ["Open Web Archive"]
    assert hidden.web.archive_picker.items.count() == 2
    assert not hidden.isVisible()


def test_a_cancelled_history_question_fetches_nothing(hidden):
    prompts = _script(hidden, "")
    hidden.web.open_history_dialog()
    assert prompts.asked == ["Open History of URL"]
    assert not hidden.web.runner.is_busy()
    assert hidden.statusBar().currentMessage() == ""


def test_other_font_keeps_the_family_chosen(hidden):
    _script(hidden, QFont("Serif"), None)
    hidden.appearance.choose_font()
    assert hidden.preferences.font_choice() == "Serif"
    hidden.appearance.choose_font()  # cancelled: the choice stays
    assert hidden.preferences.font_choice() == "Serif"


def test_colour_scheme_reaches_the_view_and_is_remembered(hidden):
    try:
        hidden.appearance.set_color_scheme("dark")
        assert hidden.view.theme().is_dark
        assert hidden.preferences.color_scheme() == "dark"
        hidden.appearance.set_color_scheme("light")
        assert not hidden.view.theme().is_dark
    finally:
        hidden.appearance.set_color_scheme("system")


def test_minor_toggle_command_checks_its_action(hidden):
    hidden.appearance.set_show_minor(True)
    assert hidden.window_actions.show_minor.isChecked()
    assert hidden.view.show_minor()
    hidden.appearance.set_show_minor(False)
    assert not hidden.window_actions.show_minor.isChecked()


def test_menus_are_found_by_name(hidden):
    titles = {name: menu_named(hidden, name).title() for name in (FILE_MENU, EDIT_MENU, VIEW_MENU)}
    assert titles == {FILE_MENU: "&File", EDIT_MENU: "&Edit", VIEW_MENU: "&View"}
    with pytest.raises(LookupError):
        menu_named(hidden, "NoSuchMenu")


def test_successful_previous_clears_the_no_further_changes_note(demo):
    while demo.navigation.next_change():
        pass
    assert demo.statusBar().currentMessage() == NO_LATER_CHANGE
    assert demo.navigation.previous_change()
    assert demo.statusBar().currentMessage() == ""
