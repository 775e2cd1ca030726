"""The user's word on page furniture, remembered by what a paragraph says.

A right-click on a paragraph tells the window "this is page furniture" or "this is part of the
story" (`core.result.Comparison.with_furniture_override`). The word is kept by the paragraph's
content, not its file or position: a hash of its text with runs of white space made one, so
the same site chrome ("Read more on Example News", a newsletter box) is folded in the next
copy from that site too, and a story line the classifier got wrong stays story wherever it
appears. Only hashes are kept, never the text.

`furniture_choices` says what a row's right-click menu offers. Pure Python: may import `core`
and the standard library; never PySide6.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from wirediff.core.result import Side

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from wirediff.core.result import Comparison, Row

# Hex digits of the hash kept per paragraph: 96 bits, no collisions among a user's paragraphs.
KEY_HEX_DIGITS: Final = 24


def paragraph_key(text: str) -> str:
    """The key a verdict on a paragraph is remembered by: the same for the same words.

    >>> paragraph_key("Read more  on\\nExample News") == paragraph_key("Read more on Example News")
    True
    >>> len(paragraph_key("Share"))
    24
    """
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:KEY_HEX_DIGITS]


def with_verdicts(comparison: Comparison, verdicts: Mapping[str, bool]) -> Comparison:
    """The comparison after the user's remembered verdicts (True: furniture, False: story).

    >>> from wirediff.core.compare import compare_documents, load_document
    >>> story = b"Storm hits the coast, officials said.\\n\\n"
    >>> note = "Subscribers read our full coverage online."
    >>> old = load_document(raw=story + note.encode())
    >>> new = load_document(raw=story + b"Share")
    >>> comparison = compare_documents(old, new)
    >>> dict(comparison.right_furniture.reasons)
    {1: 'share button'}
    >>> verdicts = {paragraph_key("Share"): False, paragraph_key(note): True}
    >>> changed = with_verdicts(comparison, verdicts)
    >>> dict(changed.left_furniture.reasons), dict(changed.right_furniture.reasons)
    ({1: 'marked by you'}, {})
    """
    if not verdicts:
        return comparison
    for side in Side:
        furniture = comparison.furniture(side)
        for index, paragraph in enumerate(comparison.document(side).paragraphs):
            verdict = verdicts.get(paragraph_key(paragraph))
            if verdict is not None and verdict != furniture.is_furniture(index):
                comparison = comparison.with_furniture_override(side, index, as_furniture=verdict)
    return comparison


@dataclass(frozen=True, slots=True)
class FurnitureChoice:
    """One entry of a row's right-click menu about page furniture.

    `paragraphs` are the (side, paragraph) the verdict is about; `as_furniture` is the verdict,
    or None for the entry that only unfolds a strip.
    """

    text: str
    paragraphs: tuple[tuple[Side, int], ...] = ()
    as_furniture: bool | None = None


SHOW_PARTS = "Show these page parts"
IS_FURNITURE = "This is page furniture"
IS_STORY = "This is part of the story"


def furniture_choices(
    comparison: Comparison, rows: Sequence[int], side: Side | None, *, folded: bool
) -> tuple[FurnitureChoice, ...]:
    """What the right-click menu offers on `rows` (one row, or the run of a folded strip).

    On a folded strip: unfold it, or call every paragraph in it story. On a row: for the
    paragraphs of `side` (both sides when None), "part of the story" when some are furniture,
    else "page furniture".

    >>> from wirediff.core.compare import compare_documents, load_document
    >>> old = load_document(raw=b"Share\\n\\nStorm hits the coast, officials said.")
    >>> new = load_document(raw=b"Storm hits the coast, officials said.")
    >>> comparison = compare_documents(old, new)
    >>> [(r.kind.value, r.left, r.right) for r in comparison.rows]
    [('removed', (0,), ()), ('equal', (1,), (0,))]
    >>> furniture_choices(comparison, [0], None, folded=True)  # doctest: +NORMALIZE_WHITESPACE
    (FurnitureChoice(text='Show these page parts', paragraphs=(), as_furniture=None),
     FurnitureChoice(text='This is part of the story', paragraphs=((<Side.LEFT: 'left'>, 0),),
                     as_furniture=False))
    >>> furniture_choices(comparison, [1], Side.RIGHT, folded=False)
    (FurnitureChoice(text='This is page furniture', paragraphs=((<Side.RIGHT: 'right'>, 0),), \
as_furniture=True),)
    """
    sides = tuple(Side) if side is None else (side,)
    paragraphs = tuple(
        (one_side, paragraph)
        for index in rows
        for one_side in sides
        for paragraph in _paragraphs(comparison.rows[index], one_side)
    )
    furniture = tuple(
        (one_side, paragraph)
        for one_side, paragraph in paragraphs
        if comparison.furniture(one_side).is_furniture(paragraph)
    )
    if folded:
        return (FurnitureChoice(SHOW_PARTS), FurnitureChoice(IS_STORY, furniture, False))
    if furniture:
        return (FurnitureChoice(IS_STORY, furniture, False),)
    if paragraphs:
        return (FurnitureChoice(IS_FURNITURE, paragraphs, True),)
    return ()


def _paragraphs(row: Row, side: Side) -> tuple[int, ...]:
    return row.left if side is Side.LEFT else row.right
