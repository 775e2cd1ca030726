"""Pins what the window keeps between runs, in a temporary `QSettings`: zoom, font choice,
the minor-differences toggle, window geometry and recent comparisons; and that Ctrl+plus/minus
zoom the text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wirediff.gui.models.settings import DEFAULT_POINT_SIZE
from wirediff.gui.window.main_window import MainWindow


def test_preferences_survive_a_restart(qtbot, settings):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # inside the offscreen screen, which is 800x600
    first.appearance.zoom(2)
    first.appearance.set_font_choice("serif")
    first.window_actions.show_minor.trigger()
    first.close()

    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.view.text_font().pointSizeF() == DEFAULT_POINT_SIZE + 2
    assert second.preferences.font_choice() == "serif"
    assert not second.view.show_minor()
    assert not second.window_actions.show_minor.isChecked()
    assert (second.width(), second.height()) == (720, 520)


def test_zoom_keys(qtbot, window):
    window.view.setFocus()
    size = window.view.text_font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.text_font().pointSizeF() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.text_font().pointSizeF() == size - 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.text_font().pointSizeF() == DEFAULT_POINT_SIZE


def test_furniture_verdicts_keep_the_latest_word_and_survive_damage(settings, monkeypatch):
    from wirediff.gui.models import settings as settings_module

    monkeypatch.setattr(settings_module, "MAX_FURNITURE_VERDICTS", 2)
    preferences = settings_module.Preferences(settings)
    assert preferences.furniture_verdicts() == {}
    preferences.remember_furniture_verdict("a", True)
    preferences.remember_furniture_verdict("b", False)
    preferences.remember_furniture_verdict("a", False)  # a second word on "a" replaces the first
    assert preferences.furniture_verdicts() == {"b": False, "a": False}
    preferences.remember_furniture_verdict("c", True)  # past the cap, the oldest ("b") goes
    assert preferences.furniture_verdicts() == {"a": False, "c": True}
    settings.setValue("furniture/verdicts", "{not json")
    assert preferences.furniture_verdicts() == {}
    settings.setValue("furniture/verdicts", '{"a": "yes", "b": true}')
    assert preferences.furniture_verdicts() == {"b": True}
