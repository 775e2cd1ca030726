"""`WindowContext`: the parts of a main window that its commands act on.

The window builds its widgets and its comparison controller, puts them in one context and
hands it to each command object (`FileCommands`, `NavigationCommands`, `AppearanceCommands`,
`WebCommands`, `FindCommands`, `PrintCommands`, `HelpCommands`), as git-cola hands its
`context` to every command in `cola/cmds.py`. A command knows the parts it uses and nothing of
the window's class, so a test builds a window without showing it, swaps in a scripted
`Prompts`, and calls the commands directly.

May import the `gui` modules the window is built from, PySide6 and the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMainWindow, QStatusBar

    from wirediff.core.result import Comparison, Side
    from wirediff.gui.models.comparison_model import ComparisonModel
    from wirediff.gui.models.settings import Preferences
    from wirediff.gui.tasks.controller import CompareController
    from wirediff.gui.widgets.comparison.document_header import DocumentHeader
    from wirediff.gui.widgets.comparison.message_bar import MessageBar
    from wirediff.gui.widgets.comparison.view import ComparisonView
    from wirediff.gui.widgets.versions.dock import VersionsDock
    from wirediff.gui.window.prompts import Prompts

STATUS_NOTE_MS = 4000


@dataclass(slots=True)
class WindowContext:
    """What the commands of one window share. `window` parents their dialogs and actions."""

    window: QMainWindow
    controller: CompareController
    preferences: Preferences
    model: ComparisonModel
    view: ComparisonView
    headers: dict[Side, DocumentHeader]
    message_bar: MessageBar
    status_bar: QStatusBar
    summary_label: QLabel
    position_label: QLabel
    versions: VersionsDock
    prompts: Prompts

    def comparison(self) -> Comparison | None:
        """The comparison on screen (in reading order), None before the first."""
        return self.model.comparison()

    def note(self, text: str, timeout_ms: int = STATUS_NOTE_MS) -> None:
        """A passing note in the status bar."""
        self.status_bar.showMessage(text, timeout_ms)
