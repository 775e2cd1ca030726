"""Pins the Help menu: F1 opens the guide to colours and marks, drawn in the palette in use (its
sample is the engine's own comparison, marks listed in the theme's colours); the shortcut list
holds every command that has a key, exactly as its action says it (a key changed shows there at
once); About gives wirediff's version and each library's licence as its package declares it."""

from __future__ import annotations

from importlib.metadata import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from wirediff.core.result import RowKind
from wirediff.gui.presentation.about import bundled_libraries, licence_of, package_version
from wirediff.gui.presentation.guide import sample_comparison
from wirediff.gui.render.theme import theme_for
from wirediff.gui.widgets.help.guide import GuideDialog
from wirediff.gui.window.help_commands import command_name


def test_f1_opens_the_guide_in_the_palette_in_use(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    guide = window.help.dialog
    assert isinstance(guide, GuideDialog)
    assert guide.isVisible()
    light = theme_for("light")
    assert light.colors("added").mark.name() in guide.marks.text()
    assert light.colors("removed").mark.name() in guide.marks.text()
    assert "\N{PILCROW SIGN}" in guide.marks.text()  # split and merged paragraphs
    assert "tick at the gutter" in guide.marks.text()  # whole sentences added or cut
    try:
        window.appearance.set_color_scheme("dark")
        dark_guide = window.help.show_guide()
    finally:
        window.appearance.set_color_scheme("system")
    dark = theme_for("dark")
    assert dark.colors("moved").mark.name() in dark_guide.marks.text()
    assert light.colors("moved").mark.name() not in dark_guide.marks.text()
    assert not guide.isVisible()  # one guide at a time


def test_the_guide_sample_shows_every_mark_it_explains():
    comparison = sample_comparison()
    kinds = {row.kind for row in comparison.rows}
    assert {RowKind.CHANGED, RowKind.REMOVED, RowKind.MOVED} <= kinds
    assert comparison.summary.describe() == (
        "1 paragraph removed · 1 paragraph moved · 1 sentence added · 1 sentence removed · "
        "1 sentence reworded · 1 minor"
    )


def _keyed_actions(window) -> dict[str, str]:
    keyed = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() is Qt.ShortcutContext.WidgetShortcut:
            continue
        if action.shortcuts():
            keyed[command_name(action)] = action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
    return keyed


def test_shortcut_list_holds_every_keyed_command(window):
    dialog = window.help.show_shortcuts()
    shown = {command: keys for _menu, command, keys in dialog.entries()}
    for command, first_key in _keyed_actions(window).items():
        assert first_key in shown[command].split(", "), command
    assert shown["Next Change"] == "Alt+Down, F8"
    assert shown["Print"] == "Ctrl+P"
    assert shown["Copy"] == "Ctrl+C, Ctrl+Ins"  # the keyboard's own "Copy" key is left out
    menus = {menu for menu, _command, _keys in dialog.entries()}
    assert menus == {"File", "Edit", "View", "Help"}


def test_a_changed_key_shows_in_the_shortcut_list(window):
    window.window_actions.swap.setShortcut(QKeySequence("Ctrl+Alt+S"))
    dialog = window.help.show_shortcuts()
    assert ("File", "Swap Sides", "Ctrl+Alt+S") in dialog.entries()


def test_about_gives_the_version_and_licences_from_metadata(window):
    dialog = window.help.show_about()
    text = dialog.text.text()
    assert f"wirediff {package_version()}" in text
    libraries = {library.name: library for library in bundled_libraries()}
    assert libraries["ftfy"].licence == licence_of(metadata("ftfy"))
    assert "diff-match-patch" in libraries
    assert "PySide6_Essentials" in libraries or "PySide6-Essentials" in libraries
    for library in libraries.values():
        assert library.licence in text
    assert "LGPL-3.0" in text
