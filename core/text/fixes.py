"""Apply and revert repairs recorded as `Fix` data.

The repair stage (`core.text.repair`) never edits text in place: it returns the fixes it found, and
these two functions turn the decoded text into the repaired one and back. Offsets of a `Fix`
refer to the text before repair, so fixes sorted by `start` apply in one left-to-right pass, and
reverting walks the repaired text with the running difference in length.

Imports the standard library and `core.result` only; never PySide6 or `gui`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirediff.core.result import Fix


def apply_fixes(text: str, fixes: Sequence[Fix]) -> str:
    """Replace each fix's `before` span of `text` with its `after`.

    Fixes must not overlap; they are applied in order of `start`. A fix whose `before` does not
    match the text raises `ValueError` (the fixes belong to another text).

    >>> from wirediff.core.result import Fix
    >>> apply_fixes("cafÃ© Ã©tÃ©", [Fix(3, 5, "Ã©", "é", "m"), Fix(6, 8, "Ã©", "é", "m")])
    'café étÃ©'
    """
    pieces: list[str] = []
    position = 0
    for fix in sorted(fixes, key=lambda fix: (fix.start, fix.end)):
        if fix.start < position or text[fix.start : fix.end] != fix.before:
            raise ValueError(f"fix at {fix.start}..{fix.end} does not match the text")
        pieces.append(text[position : fix.start])
        pieces.append(fix.after)
        position = fix.end
    pieces.append(text[position:])
    return "".join(pieces)


def revert_fixes(repaired: str, fixes: Sequence[Fix]) -> str:
    """Undo `apply_fixes`: give back the text the fixes were found in.

    >>> from wirediff.core.result import Fix
    >>> revert_fixes("café étÃ©", [Fix(3, 5, "Ã©", "é", "m"), Fix(6, 8, "Ã©", "é", "m")])
    'cafÃ© Ã©tÃ©'
    """
    pieces: list[str] = []
    position = 0  # in the repaired text
    shift = 0  # repaired offset minus original offset, for the fixes seen so far
    for fix in sorted(fixes, key=lambda fix: (fix.start, fix.end)):
        start = fix.start + shift
        end = start + len(fix.after)
        if start < position or repaired[start:end] != fix.after:
            raise ValueError(f"fix at {fix.start}..{fix.end} does not match the repaired text")
        pieces.append(repaired[position:start])
        pieces.append(fix.before)
        position = end
        shift += len(fix.after) - len(fix.before)
    pieces.append(repaired[position:])
    return "".join(pieces)
