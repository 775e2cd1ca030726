"""`FindCommands`: Find (Ctrl+F, F3, Shift+F3) and Go to Paragraph (Ctrl+G) for the main window.

Owns the find bar and the go-to bar under the comparison, their actions, and the search: the
text of every half is searched once per comparison (and display option), every match is
highlighted in the view, and stepping starts from what is on screen (the current row while it
is in view, else the top of the visible area), wraps at either end with a note in the status
bar, and scrolls the match itself into view, even inside a row taller than the window.

May import `core`, `gui.presentation`, the comparison view and its bars, PySide6 and the
standard library; never `gui.window.main_window`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from wirediff.core.result import Side
from wirediff.gui.presentation.find import (
    FindMatch,
    FindOptions,
    count_text,
    find_matches,
    first_match_from,
)
from wirediff.gui.widgets.comparison.find_bar import FindBar, GoToBar
from wirediff.gui.widgets.comparison.text_selection import point_of

if TYPE_CHECKING:
    from wirediff.gui.window.context import WindowContext

# A match scrolled to lands this far from the viewport's top or bottom edge.
MATCH_MARGIN_PX = 40


class FindCommands(QObject):
    """The find and go-to bars of one window, and the actions that open and step them."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window)
        self._window = context.window
        self._context = context
        self._view = view = context.view
        self.find_bar = FindBar()
        self.go_to_bar = GoToBar()
        self._options = FindOptions("")
        self._matches: list[FindMatch] = []
        self._current = -1
        self._halves_key: tuple[int, bool] | None = None
        self._halves: list[tuple[int, Side, str]] = []
        self.find_action = self._action("&Find…", self.open_find, QKeySequence.StandardKey.Find)
        self.find_next_action = self._action("Find &Next", self.find_next, "F3")
        self.find_previous_action = self._action("Find Pre&vious", self.find_previous, "Shift+F3")
        self.go_to_action = self._action("&Go to Paragraph…", self.open_go_to, "Ctrl+G")
        self.find_bar.search_changed.connect(self._on_search_changed)
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.previous_requested.connect(self.find_previous)
        self.find_bar.closed.connect(self._on_find_closed)
        self.go_to_bar.go_requested.connect(self.go_to_paragraph)
        self.go_to_bar.closed.connect(self._view.setFocus)
        context.model.modelReset.connect(self._on_comparison_changed)
        view.layout_changed.connect(self._on_layout_changed)

    def actions(self) -> list[QAction]:
        return [
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.go_to_action,
        ]

    def _action(
        self, text: str, triggered: object, shortcut: QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: triggered())  # type: ignore[operator]
        self._window.addAction(action)
        return action

    # -- find ------------------------------------------------------------------------------

    def open_find(self) -> None:
        self.go_to_bar.hide()
        selected = self._view.selected_text()
        self.find_bar.open_bar(selected if selected and "\n" not in selected else "")

    def matches(self) -> list[FindMatch]:
        return list(self._matches)

    def current_match(self) -> FindMatch | None:
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def find_next(self) -> None:
        self._step(forward=True)

    def find_previous(self) -> None:
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        if not self.find_bar.isVisible() and not self._options.text:
            self.open_find()
            return
        self.find_bar.flush()
        if not self._matches:
            self._show_count()
            return
        if self._current < 0:
            target = self._first_on_screen()
            if not forward:
                target = (target - 1) % len(self._matches)
        else:
            target = self._current + (1 if forward else -1)
        if not 0 <= target < len(self._matches):
            target %= len(self._matches)
            note = "Passed the end: from the top" if forward else "Passed the top: from the end"
            self._context.note(note)
        else:
            self._context.status_bar.clearMessage()
        self._go_to_match(target)

    def _first_on_screen(self) -> int:
        viewport = self._view.viewport_rows()
        origin = viewport.current if viewport.is_current_in_view else viewport.first_whole
        return first_match_from(self._matches, max(0, origin))

    def _go_to_match(self, index: int) -> None:
        self._current = index
        match = self._matches[index]
        self._view.set_find_matches(self._matches, match)
        self._view.set_current_row(match.row)
        self._reveal(match)
        self._show_count()

    def _reveal(self, match: FindMatch) -> None:
        """Scroll so the match itself shows, even in a row taller than the viewport."""
        y = point_of(self._view, match.row, match.side, match.start).y()
        height = self._view.viewport().height()
        bar = self._view.verticalScrollBar()
        if y < MATCH_MARGIN_PX:
            bar.setValue(bar.value() + round(y) - MATCH_MARGIN_PX)
        elif y > height - MATCH_MARGIN_PX:
            bar.setValue(bar.value() + round(y) - height + MATCH_MARGIN_PX)

    def _on_search_changed(self, options: FindOptions) -> None:
        self._options = options
        self._search()

    def _search(self) -> None:
        self._matches = find_matches(self._texts(), self._options)
        self._current = -1
        self._view.set_find_matches(self._matches, None)
        self._show_count()

    def _texts(self) -> list[tuple[int, Side, str]]:
        """Every half's displayed text, computed once per comparison and display option."""
        comparison = self._view.comparison()
        if comparison is None:
            return []
        key = (id(comparison), self._view.show_minor())
        if key != self._halves_key:
            self._halves_key = key
            self._halves = [
                (row, side, "\n".join(p.text for p in self._view.paragraphs_of(row, side)))
                for row in range(len(comparison.rows))
                for side in Side
            ]
        return self._halves

    def _show_count(self) -> None:
        self.find_bar.set_count(
            count_text(self._matches, self._current) if self._options.text else ""
        )

    def _on_find_closed(self) -> None:
        self._options = FindOptions("")
        self._matches, self._current = [], -1
        self._view.set_find_matches([], None)
        self._view.setFocus()

    def _on_comparison_changed(self) -> None:
        self._halves_key = None
        if self.find_bar.isVisible() and self._options.text:
            self._search()

    def _on_layout_changed(self) -> None:
        # Showing minor differences changes what a half displays: search the new text.
        if self._halves_key is not None and self._halves_key[1] != self._view.show_minor():
            self._on_comparison_changed()

    # -- go to paragraph -------------------------------------------------------------------

    def open_go_to(self) -> None:
        comparison = self._view.comparison()
        if comparison is None:
            self._context.note("Open two versions first")
            return
        self.find_bar.hide()
        counts = {side: len(comparison.document(side).paragraphs) for side in Side}
        self.go_to_bar.open_bar(counts)

    def go_to_paragraph(self, side: Side, paragraph: int) -> None:
        """Show the row of `side`'s paragraph (0-based) near the top, and make it current."""
        comparison = self._view.comparison()
        if comparison is None:
            return
        row = comparison.row_of_paragraph(side, paragraph)
        if row is None:
            return
        self._view.set_current_row(row, jump=True)
        version = "new" if side is Side.RIGHT else "old"
        self._context.note(f"Paragraph {paragraph + 1} of the {version} version")
        self.go_to_bar.hide()
        self._view.setFocus()
