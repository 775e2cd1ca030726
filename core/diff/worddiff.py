"""Word-level diff of two sentences, with cosmetic differences marked as such.

diff-match-patch works on characters; its documented "line mode" trick maps each distinct token
to one private character, diffs those strings, then maps back, which gives a word diff. Tokens
are words, runs of spaces, and single punctuation marks, so a changed comma does not swallow the
word beside it.

The cleanup is semantic at the word level: an unchanged run of spaces or punctuation between
two edits joins them, so "-hit targets +strike" reads as one replacement rather than a stutter of
single words. diff-match-patch's own `diff_cleanupSemantic` is not used because on token
strings it also swallows short runs of unchanged *words*, marking text as changed that was not.

After the diff, each delete/insert pair whose two sides fold to the same cosmetic key
(`core.diff.cosmetic`) is narrowed to the characters that really differ and flagged `cosmetic`, so
`Kyiv’s` → `Kyiv's` shows as a changed apostrophe, not a changed word.

Imports the standard library, diff-match-patch and `core` modules only.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from wirediff.core.diff.cosmetic import fold_text
from wirediff.core.result import Op, OpKind
from wirediff.core.segment.tokens import DIFF_TOKEN

# Private-use code points stand in for tokens; a sentence never has this many distinct tokens.
_FIRST_PLACEHOLDER = 0xF0000
# The placeholders run from plane 15 to the end of Unicode (131,072 code points); a "sentence"
# with more distinct tokens than this (a megabyte of text without a full stop) is shown as one
# replacement instead.
MAX_DISTINCT_TOKENS = 0x110000 - _FIRST_PLACEHOLDER
DIFF_TIMEOUT_S = 0.25
_DMP_OP = {0: OpKind.EQUAL, -1: OpKind.DELETE, 1: OpKind.INSERT}


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    # Sentences are short and their diffs exact well within this; the cut-off only guards
    # against a pathological "sentence" (a whole table or listing) stalling the comparison, in
    # which case diff-match-patch returns a valid but coarser diff.
    engine.Diff_Timeout = DIFF_TIMEOUT_S
    return engine


_DMP = _engine()


def _placeholders(left_tokens: list[str], right_tokens: list[str]) -> dict[str, str] | None:
    """One placeholder per distinct token, numbered in order of first appearance (left, then
    right), or None when there are more distinct tokens than placeholders."""
    # dict.fromkeys keeps first appearances in order and loops in C; only distinct tokens
    # reach the Python loop.
    table: dict[str, str] = dict.fromkeys(left_tokens, "")
    table.update(dict.fromkeys(right_tokens, ""))
    if len(table) > MAX_DISTINCT_TOKENS:
        return None
    for number, token in enumerate(table):
        table[token] = chr(_FIRST_PLACEHOLDER + number)
    return table


def diff_words(left: str, right: str, *, mark_cosmetic: bool = True) -> tuple[Op, ...]:
    """Ops whose `=`/`-` texts rebuild `left` and `=`/`+` texts rebuild `right`.

    `mark_cosmetic=False` (strict comparisons) reports restyled words as plain edits.

    >>> [(op.kind.value, op.text) for op in diff_words("hit targets inside", "strike inside")]
    [('-', 'hit targets'), ('+', 'strike'), ('=', ' inside')]
    >>> [(o.kind.value, o.text, o.cosmetic) for o in diff_words("Kyiv’s forces", "Kyiv's forces")]
    [('=', 'Kyiv', False), ('-', '’', True), ('+', "'", True), ('=', 's forces', False)]
    """
    if left == right:
        return (Op(OpKind.EQUAL, left),) if left else ()
    left_tokens = list(map(re.Match.group, DIFF_TOKEN.finditer(left)))
    right_tokens = list(map(re.Match.group, DIFF_TOKEN.finditer(right)))
    table = _placeholders(left_tokens, right_tokens)
    if table is None:
        return tuple(_merge(_whole_replacement(left, right)))
    encoded_left = "".join(map(table.__getitem__, left_tokens))
    encoded_right = "".join(map(table.__getitem__, right_tokens))
    token_of = {placeholder: token for token, placeholder in table.items()}.__getitem__
    diffs = _DMP.diff_main(encoded_left, encoded_right, False)
    raw = [(_DMP_OP[code], "".join(map(token_of, chunk))) for code, chunk in diffs]
    joined = _join_edits(raw)
    if not mark_cosmetic:
        return tuple(_merge([Op(kind, text) for kind, text in joined]))
    return tuple(_merge(_mark_cosmetic(joined)))


def mark_all_cosmetic(ops: tuple[Op, ...]) -> tuple[Op, ...]:
    """The same ops with every edit flagged cosmetic (a pair known to differ in style only).

    >>> ops = mark_all_cosmetic(diff_words("a. B", "a - b"))
    >>> [(op.kind.value, op.text, op.cosmetic) for op in ops]
    [('=', 'a', False), ('-', '. B', True), ('+', ' - b', True)]
    """
    return tuple(_merge([Op(op.kind, op.text, cosmetic=op.kind is not OpKind.EQUAL) for op in ops]))


def _join_edits(raw: list[tuple[OpKind, str]]) -> list[tuple[OpKind, str]]:
    """Absorb word-less equal runs between edits, then order each edit as delete, insert."""
    absorbed: list[tuple[OpKind, str]] = []
    for index, (kind, text) in enumerate(raw):
        between_edits = 0 < index < len(raw) - 1
        if kind is OpKind.EQUAL and between_edits and not any(ch.isalnum() for ch in text):
            absorbed += [(OpKind.DELETE, text), (OpKind.INSERT, text)]
        else:
            absorbed.append((kind, text))
    joined: list[tuple[OpKind, str]] = []
    deleted: list[str] = []
    inserted: list[str] = []
    for kind, text in [*absorbed, (OpKind.EQUAL, "")]:
        if kind is OpKind.DELETE:
            deleted.append(text)
        elif kind is OpKind.INSERT:
            inserted.append(text)
        else:
            if deleted:
                joined.append((OpKind.DELETE, "".join(deleted)))
            if inserted:
                joined.append((OpKind.INSERT, "".join(inserted)))
            deleted, inserted = [], []
            if text:
                joined.append((kind, text))
    return joined


def _mark_cosmetic(raw: list[tuple[OpKind, str]]) -> list[Op]:
    ops: list[Op] = []
    index = 0
    while index < len(raw):
        kind, text = raw[index]
        if (
            kind is OpKind.DELETE
            and index + 1 < len(raw)
            and raw[index + 1][0] is OpKind.INSERT
            and fold_text(text) == fold_text(raw[index + 1][1])
        ):
            ops.extend(_narrow(text, raw[index + 1][1]))
            index += 2
            continue
        if kind is not OpKind.EQUAL and _is_loose_space(raw, index):
            ops.append(Op(kind, text, cosmetic=True))
        else:
            ops.append(Op(kind, text))
        index += 1
    return ops


def _is_loose_space(raw: list[tuple[OpKind, str]], index: int) -> bool:
    """Whether a lone inserted or deleted run of spaces only re-spaces punctuation.

    `report , the` → `report, the` is one deleted space; whether it is style depends on the
    characters beside it, so the fold is asked about the space in its context.
    """
    text = raw[index][1]
    if not text.isspace():
        return False
    before = raw[index - 1][1][-1:] if index and raw[index - 1][0] is OpKind.EQUAL else ""
    after = raw[index + 1][1][:1] if index + 1 < len(raw) else ""
    return fold_text(f"x{before}{text}{after}x") == fold_text(f"x{before}{after}x")


def _narrow(before: str, after: str) -> list[Op]:
    """A cosmetic replacement reduced to the characters that differ."""
    prefix = _common_prefix(before, after)
    suffix = _common_prefix(before[prefix:][::-1], after[prefix:][::-1])
    if before.casefold() == after.casefold():
        # A re-cased word (`Nordex` → `NORDEX`) is marked whole, not from its second letter.
        while prefix and before[prefix - 1].isalnum():
            prefix -= 1
        while suffix and before[len(before) - suffix].isalnum():
            suffix -= 1
    ops = []
    if prefix:
        ops.append(Op(OpKind.EQUAL, before[:prefix]))
    if before[prefix : len(before) - suffix]:
        ops.append(Op(OpKind.DELETE, before[prefix : len(before) - suffix], cosmetic=True))
    if after[prefix : len(after) - suffix]:
        ops.append(Op(OpKind.INSERT, after[prefix : len(after) - suffix], cosmetic=True))
    if suffix:
        ops.append(Op(OpKind.EQUAL, before[len(before) - suffix :]))
    return ops


def _whole_replacement(left: str, right: str) -> list[Op]:
    """The coarse diff: the common start and end kept, everything between replaced."""
    prefix = _common_prefix(left, right)
    suffix = _common_prefix(left[prefix:][::-1], right[prefix:][::-1])
    ops = [Op(OpKind.EQUAL, left[:prefix])] if prefix else []
    if left[prefix : len(left) - suffix]:
        ops.append(Op(OpKind.DELETE, left[prefix : len(left) - suffix]))
    if right[prefix : len(right) - suffix]:
        ops.append(Op(OpKind.INSERT, right[prefix : len(right) - suffix]))
    if suffix:
        ops.append(Op(OpKind.EQUAL, left[len(left) - suffix :]))
    return ops


def _common_prefix(first: str, second: str) -> int:
    for index, (a, b) in enumerate(zip(first, second, strict=False)):
        if a != b:
            return index
    return min(len(first), len(second))


def _merge(ops: list[Op]) -> list[Op]:
    """Adjacent ops of the same kind and flag joined, so consumers see maximal runs."""
    merged: list[Op] = []
    for op in ops:
        if merged and merged[-1].kind is op.kind and merged[-1].cosmetic == op.cosmetic:
            merged[-1] = Op(op.kind, merged[-1].text + op.text, op.cosmetic)
        else:
            merged.append(op)
    return merged
