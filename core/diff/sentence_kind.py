"""The rule that says how two wordings of one sentence compare: equal, minor or changed.

A pair of sentences in a comparison (`core.align.rows`) and a cell of the version matrix
against its row's reference wording (`core.collate.collation`) are judged by this one rule, so
a sentence `wirediff compare` calls restyled is restyled in `wirediff collate` too. Added and
removed sentences have no partner and never reach it.

Imports `core.diff.cosmetic` and `core.result` only.
"""

from __future__ import annotations

from wirediff.core.diff.cosmetic import fold_text
from wirediff.core.result import SentenceKind


def classify_sentence(
    before: str,
    after: str,
    *,
    strict: bool,
    relaid: bool = False,
    before_key: str | None = None,
    after_key: str | None = None,
) -> SentenceKind:
    """Whether `after` words `before` the same, restyled (minor) or reworded (changed).

    Equal: the same text, or the same words re-spaced or re-wrapped. Minor: not `strict`, and
    either the sentence was only cut elsewhere (`relaid`: the same words split or joined across
    sentences) or the texts fold to the same key (`core.diff.cosmetic`). `before_key` and
    `after_key` are `fold_text` of the texts when the caller has them already; folding is the
    costly step, so it runs only when the cheaper tests have not decided.

    >>> classify_sentence("It rained.", "It  rained.", strict=False)
    <SentenceKind.EQUAL: 'equal'>
    >>> classify_sentence("It\N{RIGHT SINGLE QUOTATION MARK}s late.", "It's late.", strict=False)
    <SentenceKind.MINOR: 'minor'>
    >>> classify_sentence("It\N{RIGHT SINGLE QUOTATION MARK}s late.", "It's late.", strict=True)
    <SentenceKind.CHANGED: 'changed'>
    """
    if before == after or before.split() == after.split():
        return SentenceKind.EQUAL
    if strict:
        return SentenceKind.CHANGED
    if relaid:
        return SentenceKind.MINOR
    if before_key is None:
        before_key = fold_text(before)
    if after_key is None:
        after_key = fold_text(after)
    return SentenceKind.MINOR if before_key == after_key else SentenceKind.CHANGED
