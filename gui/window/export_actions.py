"""The window's export commands: File > Export… (Ctrl+E) and Copy Image (Ctrl+Shift+C).

`ExportCommands` does the work and keeps the choices between dialogs; `export_actions` makes
both actions for a window, which places them in its menus and tool bar. Export… opens
`ExportDialog` on the comparison shown; Copy Image copies the PNG export with the choices last
made in the dialog (at first: the whole comparison, 1200 px, 1x), or says in the status bar why
it cannot (no comparison yet, or too tall for one image). The window supplies three callables,
so this module knows nothing of its widgets.

May import `core`, `gui.widgets.export.choices`, `gui.widgets.export.dialog`, `gui.export.layout`,
PySide6 and the standard library; never the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from wirediff.gui.export.layout import ExportStyle
from wirediff.gui.widgets.export.choices import (
    TOO_TALL_TO_COPY,
    ExportChoices,
    ExportFormat,
    copy_export_image,
)
from wirediff.gui.widgets.export.dialog import ExportDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

    from wirediff.core.result import Comparison
    from wirediff.gui.render.theme import Theme

EXPORT_SHORTCUT = "Ctrl+E"
COPY_IMAGE_SHORTCUT = "Ctrl+Shift+C"
STATUS_MESSAGE_MS = 6000
NOTHING_TO_EXPORT = "Nothing to export yet: open two versions first."


class StyledView(Protocol):
    """What `view_style` reads from the comparison view."""

    def text_font(self) -> QFont: ...
    def theme(self) -> Theme: ...
    def show_minor(self) -> bool: ...
    def viewport(self) -> QWidget: ...


def view_style(view: StyledView) -> ExportStyle:
    """The export style of a comparison view: its font, palette, minor toggle and row width."""
    return ExportStyle(
        font=view.text_font(),
        theme=view.theme(),
        show_minor=view.show_minor(),
        window_width=view.viewport().width(),
    )


class ExportCommands:
    """What the two actions do, with the choices kept between dialogs."""

    def __init__(
        self,
        window: QWidget,
        get_comparison: Callable[[], Comparison | None],
        get_style: Callable[[], ExportStyle],
        visible_rows: Callable[[], range] | None = None,
    ) -> None:
        self.window = window
        self.get_comparison = get_comparison
        self.get_style = get_style
        self.visible_rows = visible_rows
        self.choices = ExportChoices()
        self.dialog: ExportDialog | None = None

    def _remember(self, choices: ExportChoices) -> None:
        self.choices = choices

    def _tell(self, message: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def open_dialog(self) -> ExportDialog | None:
        """Show the export dialog (window-modal, not blocking); None without a comparison."""
        comparison = self.get_comparison()
        if comparison is None:
            self._tell(NOTHING_TO_EXPORT)
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        dialog = ExportDialog(
            self.window, comparison, self.get_style(), self.visible_rows, self.choices
        )
        dialog.choices_changed.connect(self._remember)
        self.dialog = dialog
        dialog.open()
        return dialog

    def copy_image(self) -> bool:
        """Copy the PNG export, as last chosen, to the clipboard."""
        comparison = self.get_comparison()
        if comparison is None:
            self._tell(NOTHING_TO_EXPORT)
            return False
        choices = self.choices
        if choices.format not in (ExportFormat.PNG, ExportFormat.VISIBLE):
            choices = ExportChoices(
                changes_only=choices.changes_only,
                width=choices.width,
                scale=choices.scale,
                theme=choices.theme,
            )
        copied = copy_export_image(comparison, self.get_style(), choices, self.visible_rows)
        self._tell("Image copied to the clipboard." if copied else TOO_TALL_TO_COPY)
        return copied


def export_actions(window: QWidget, commands: ExportCommands) -> list[QAction]:
    """Export… and Copy Image, calling `commands`; returns [export, copy image].

    The actions are added to `window` so their shortcuts work with the menu bar hidden; the
    window places them in its File menu and tool bar.
    """
    export = QAction("&Export…", window)
    export.setShortcut(QKeySequence(EXPORT_SHORTCUT))
    export.setStatusTip("Save the comparison as an image, a PDF or a web page")
    export.setToolTip(f"Export the comparison ({EXPORT_SHORTCUT})")
    export.triggered.connect(lambda _checked=False: commands.open_dialog())
    copy = QAction("Copy &Image", window)
    copy.setShortcut(QKeySequence(COPY_IMAGE_SHORTCUT))
    copy.setStatusTip("Copy the comparison to the clipboard as an image")
    copy.setToolTip(f"Copy the comparison as an image ({COPY_IMAGE_SHORTCUT})")
    copy.triggered.connect(lambda _checked=False: commands.copy_image())
    for action in (export, copy):
        window.addAction(action)
    return [export, copy]
