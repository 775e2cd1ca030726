"""Finding text in both halves of a comparison: the matches a find bar highlights and steps through.

A half's text is what the view shows in one half of a row: its paragraphs joined by single
newlines, the same text `gui.widgets.comparison.text_selection` counts offsets in, so a match
is a row, a side and a character span that the view can paint like a text selection. Matches
are ordered as a reader meets them: row by row, the old side before the new one within a row.

Pure Python: may import `core` and the standard library; never PySide6.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wirediff.core.result import Side


@dataclass(frozen=True, slots=True)
class FindOptions:
    """What to look for: the text, whether case matters, whether only whole words count."""

    text: str
    match_case: bool = False
    whole_words: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled search, or None when there is nothing to look for.

        >>> FindOptions("U.S.", whole_words=True).pattern().findall("the U.S. and U.S.A.")
        ['U.S.']
        >>> FindOptions("").pattern() is None
        True
        """
        if not self.text:
            return None
        body = re.escape(self.text)
        if self.whole_words:
            # Lookarounds rather than \b: a search that starts or ends with punctuation
            # ("U.S.") must still stop at letters, where \b would need a letter beside it.
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)


@dataclass(frozen=True, slots=True, order=True)
class FindMatch:
    """One occurrence: row, side (old before new), and the span in that half's text."""

    row: int
    side_order: int
    start: int
    end: int
    side: Side


def find_matches(halves: Iterable[tuple[int, Side, str]], options: FindOptions) -> list[FindMatch]:
    """Every occurrence in the given halves (row, side, text), in reading order.

    >>> from wirediff.core.result import Side
    >>> halves = [(0, Side.LEFT, "Kyiv said"), (0, Side.RIGHT, "Kyiv says, kyiv"),
    ...           (2, Side.RIGHT, "Kyivan")]
    >>> [(m.row, m.side.value, m.start) for m in find_matches(halves, FindOptions("kyiv"))]
    [(0, 'left', 0), (0, 'right', 0), (0, 'right', 11), (2, 'right', 0)]
    >>> len(find_matches(halves, FindOptions("kyiv", match_case=True, whole_words=True)))
    1
    """
    pattern = options.pattern()
    if pattern is None:
        return []
    found = [
        FindMatch(row, _side_order(side), match.start(), match.end(), side)
        for row, side, text in halves
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    found.sort()
    return found


def first_match_from(matches: list[FindMatch], row: int) -> int:
    """The index of the first match in `row` or after it (wrapping to 0), or -1 without any.

    >>> from wirediff.core.result import Side
    >>> matches = [FindMatch(1, 0, 0, 1, Side.LEFT), FindMatch(5, 1, 0, 1, Side.RIGHT)]
    >>> first_match_from(matches, 2), first_match_from(matches, 6), first_match_from([], 0)
    (1, 0, -1)
    """
    if not matches:
        return -1
    position = bisect.bisect_left([match.row for match in matches], row)
    return position if position < len(matches) else 0


def count_text(matches: list[FindMatch], current: int) -> str:
    """What the find bar says: "3 of 17", "17 matches" or "No matches".

    >>> count_text([], -1)
    'No matches'
    """
    if not matches:
        return "No matches"
    if current < 0:
        return f"{len(matches)} matches" if len(matches) > 1 else "1 match"
    return f"{current + 1} of {len(matches)}"


def _side_order(side: Side) -> int:
    return 0 if side.value == "left" else 1
