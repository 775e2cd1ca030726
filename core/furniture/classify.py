"""Tell the story from the page around it: each paragraph is story or page furniture.

The classification stage: it runs after alignment (so it can use the other version as evidence)
and before the `Comparison` is built. Three kinds of evidence, combined precision first, because
a story sentence hidden as furniture is the worst mistake this stage can make:

1. The text (`core.furniture.evidence`): a paragraph that is an interface phrase, a counter, a
   rule or a credited photo caption is furniture wherever it stands; none of these reads like a
   story sentence.
2. The position: the story runs from its first prose paragraph to its last (a credit line such
   as "... contributed to this report" counts as its last). Outside that span, disclaimers, tags,
   site names, a box of other stories (a heading such as "Top Stories" followed by short items
   that share few words with the story) and a trailing run of headline-like lines are furniture.
   Inside it, only the evidence of 1 counts: a prose paragraph in the middle of the story is
   never furniture, and neither is a headline, dateline, byline or credit line.
3. The other versions: a paragraph that shares content with another version is story evidence
   (it vetoes 2, never 1); a short line before the headline or after the story that no other
   version carries is furniture.

Readers that already know a paragraph is furniture (an HTML reader's navigation) mark it on the
`Document` (`furniture_marks`); those marks are kept as they are. Imports the standard library,
`core.result`, `core.segment` and `core.furniture` only.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from wirediff.core.furniture import phrases
from wirediff.core.furniture.evidence import (
    Evidence,
    Reading,
    Scope,
    is_credit_line,
    is_dateline_or_byline,
    is_headline_like,
    is_short_line,
    read_paragraph,
)
from wirediff.core.result import Document, Furniture, Row
from wirediff.core.segment.split import split_sentences

# Items of a box of other stories are one or two sentences of a few dozen words each.
MAX_LIST_ITEM_SENTENCES: Final = 2
MAX_LIST_ITEM_WORDS: Final = 60
# A trailing run of headline-like lines needs this many to be a list rather than a last line.
MIN_HEADLINE_RUN: Final = 3
# Items that share more than this share of their words with the story are about the story.
MAX_SHARED_WORD_SHARE: Final = 0.4
# Words shorter than this say little about what a paragraph is about.
MIN_CONTENT_WORD_LETTERS: Final = 4

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def classify_paragraphs(
    paragraphs: Sequence[str],
    *,
    shared: Collection[int] | None = None,
    marks: Mapping[int, str] | None = None,
    memo: dict[str, Reading] | None = None,
) -> Furniture:
    """Which paragraphs of one version are page furniture, each with its reason.

    `shared` holds the indices of paragraphs that share content with another version (None when
    there is no other version to ask); `marks` are a reader's own furniture marks. `memo` keeps
    what each distinct paragraph text reads as, for versions that share most of their text.

    >>> page = ["Skip to main content", "Storm hits coast",
    ...         "A storm hit the coast on Monday, officials said.", "Share",
    ...         "Roads were closed and schools shut for the day.", "Comments (3)"]
    >>> dict(classify_paragraphs(page).reasons)
    {0: 'skip link', 3: 'share button', 5: 'comment count'}
    """
    memo = {} if memo is None else memo
    readings = [
        memo.get(text) or memo.setdefault(text, read_paragraph(text)) for text in paragraphs
    ]
    evidence = [reading.evidence for reading in readings]
    reasons = {
        index: found.reason
        for index, found in enumerate(evidence)
        if found is not None and found.scope is Scope.ANYWHERE
    }
    body = [index for index, reading in enumerate(readings) if reading.is_story_text]
    if body:
        page = _Page(paragraphs, evidence, shared)
        first, last = body[0], body[-1]
        list_start = _box_of_other_stories(page, first)
        if list_start is not None:
            for index in range(list_start, len(paragraphs)):
                reasons.setdefault(index, phrases.LIST_OF_STORIES)
            last = max(index for index in body if index < list_start)
        else:
            last = _trailing_headlines(page, first, last, reasons)
        _mark_edges(page, first, last, reasons)
    reasons.update(marks or {})
    return Furniture(dict(sorted(reasons.items())))


@dataclass(frozen=True, slots=True)
class _Page:
    """One version's paragraphs, what their texts say, and which ones another version shares."""

    paragraphs: Sequence[str]
    evidence: Sequence[Evidence | None]
    shared: Collection[int] | None


def _box_of_other_stories(page: _Page, first: int) -> int | None:
    """Where a box of other stories opens after the story began, or None."""
    paragraphs, evidence = page.paragraphs, page.evidence
    for heading in range(first + 1, len(paragraphs)):
        found = evidence[heading]
        if found is None or not found.opens_list:
            continue
        items = [index for index in range(heading + 1, len(paragraphs)) if evidence[index] is None]
        if _reads_as_other_stories(page, items, range(first, heading), headlines_only=False):
            return heading
    return None


def _trailing_headlines(page: _Page, first: int, last: int, reasons: dict[int, str]) -> int:
    """Mark a run of headline-like lines after the story; return the story's last paragraph."""
    paragraphs, evidence = page.paragraphs, page.evidence
    run = [index for index in range(last + 1, len(paragraphs)) if evidence[index] is None]
    credits = [index for index in run if is_credit_line(paragraphs[index])]
    if credits:
        last = credits[-1]
        run = [index for index in run if index > last]
    if len(run) >= MIN_HEADLINE_RUN and _reads_as_other_stories(
        page, run, range(first, last + 1), headlines_only=True
    ):
        for index in run:
            reasons[index] = phrases.LIST_OF_STORIES
    return last


def _reads_as_other_stories(
    page: _Page, items: Sequence[int], story: range, *, headlines_only: bool
) -> bool:
    """Whether `items` read as a list of other stories beside the story's paragraphs `story`.

    The cheap tests come first: most candidate lists in a long document are shared with the
    other version, and the story's words are gathered only for a list that passes them all.
    """
    paragraphs, evidence, shared = page.paragraphs, page.evidence, page.shared
    if not items or (shared is not None and any(index in shared for index in items)):
        return False
    for index in items:
        text = paragraphs[index]
        if is_dateline_or_byline(text) or is_credit_line(text):
            return False
        if headlines_only and not is_headline_like(text):
            return False
        if len(split_sentences(text)) > MAX_LIST_ITEM_SENTENCES:
            return False
        if len(text.split(maxsplit=MAX_LIST_ITEM_WORDS)) > MAX_LIST_ITEM_WORDS:
            return False
    story_words = set().union(
        *(_content_words(paragraphs[index]) for index in story if evidence[index] is None)
    )
    item_words = [word for index in items for word in _content_words(paragraphs[index])]
    if not item_words:
        return True
    in_story = sum(1 for word in item_words if word in story_words)
    return in_story / len(item_words) <= MAX_SHARED_WORD_SHARE


def _content_words(text: str) -> set[str]:
    """Words that say what a paragraph is about; pairs of characters for Chinese and Japanese."""
    cjk = "".join(_CJK.findall(text))
    words = {
        word for word in _WORD.findall(text.casefold()) if len(word) >= MIN_CONTENT_WORD_LETTERS
    }
    return words | {cjk[i : i + 2] for i in range(len(cjk) - 1)}


def _mark_edges(page: _Page, first: int, last: int, reasons: dict[int, str]) -> None:
    """Evidence that counts only outside the story, and short lines no other version has."""
    paragraphs, evidence, shared = page.paragraphs, page.evidence, page.shared
    outside = [*range(first), *range(last + 1, len(paragraphs))]
    for index in outside:
        found = evidence[index]
        if found is not None and index not in reasons:
            reasons[index] = found.reason
    leading = [index for index in range(first) if index not in reasons]
    candidates = [
        index
        for index in leading
        if not is_dateline_or_byline(paragraphs[index]) and not is_short_line(paragraphs[index])
    ]
    headline = candidates[-1] if candidates else None
    for index in leading:
        text = paragraphs[index]
        if headline is None or index > headline or (shared is not None and index in shared):
            continue
        if is_short_line(text) and not is_dateline_or_byline(text):
            reasons[index] = phrases.SITE_NAME
    if shared is None:
        return
    for index in range(last + 1, len(paragraphs)):
        text = paragraphs[index]
        if index in reasons or index in shared or is_credit_line(text):
            continue
        if is_short_line(text) and not is_dateline_or_byline(text):
            reasons[index] = phrases.ONLY_HERE


def shared_paragraphs(rows: Sequence[Row]) -> tuple[frozenset[int], frozenset[int]]:
    """Paragraphs of each side that a row pairs with something on the other side."""
    paired = [row for row in rows if row.left and row.right]
    return (
        frozenset(paragraph for row in paired for paragraph in row.left),
        frozenset(paragraph for row in paired for paragraph in row.right),
    )


def classify_pair(
    left: Document, right: Document, rows: Sequence[Row]
) -> tuple[Furniture, Furniture]:
    """The furniture of both sides of a comparison, each side the other's evidence."""
    shared_left, shared_right = shared_paragraphs(rows)
    memo: dict[str, Reading] = {}
    return (
        classify_paragraphs(
            left.paragraphs, shared=shared_left, marks=left.furniture_marks, memo=memo
        ),
        classify_paragraphs(
            right.paragraphs, shared=shared_right, marks=right.furniture_marks, memo=memo
        ),
    )
