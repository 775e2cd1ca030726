"""`NavigationCommands`: Next/Previous change, the position counter, Copy and Select All.

Next and Previous count from what is on screen (`gui.presentation.navigation`); a move that
lands clears the status bar's "No further changes", so a note never outlives the situation it
described. The counter beside the status bar says which change is current, or which are in
view once the reader has scrolled away.

May import `gui.presentation`, the window's context, PySide6 and the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wirediff.gui.presentation.navigation import change_target, position_text

if TYPE_CHECKING:
    from wirediff.gui.window.context import WindowContext

NO_LATER_CHANGE = "No further changes"
NO_EARLIER_CHANGE = "No earlier changes"


class NavigationCommands(QObject):
    """Moves between the changes of the comparison on screen and keeps the counter true."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.view = context.view

    def next_change(self) -> bool:
        """Go to the next change below what is on screen; False (and a note) when none."""
        return self._go_to_change(forward=True)

    def previous_change(self) -> bool:
        """Go to the previous change above what is on screen; False (and a note) when none."""
        return self._go_to_change(forward=False)

    def _go_to_change(self, *, forward: bool) -> bool:
        comparison = self.context.comparison()
        if comparison is None:
            return False
        target = change_target(
            comparison,
            self.view.viewport_rows(),
            forward=forward,
            include_minor=self.view.show_minor(),
        )
        if target is None:
            self.context.note(NO_LATER_CHANGE if forward else NO_EARLIER_CHANGE)
            return False
        self.context.status_bar.clearMessage()
        self.view.set_current_row(target, jump=True)
        self.update_position()
        return True

    def update_position(self, _row: int = -1) -> None:
        """Say which change is current, or which are in view (the status bar's counter)."""
        comparison = self.context.comparison()
        label = self.context.position_label
        if comparison is None:
            label.setText("")
            return
        label.setText(
            position_text(
                comparison, self.view.viewport_rows(), include_minor=self.view.show_minor()
            )
        )

    def copy_selection(self) -> None:
        self.view.copy_selection()

    def select_all(self) -> None:
        self.view.select_all()
