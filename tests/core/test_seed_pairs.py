"""Pins what a journalist must see when comparing the seed versions (issue acceptance).

000 vs 001: one added paragraph with exactly the Germany and Putin sentences, `Kyiv’s`/`Kyiv's`
as minor, "hit targets inside Russia" as a reworded sentence, 000's trailing boilerplate as
removed. 001 vs 002: spelling and `U.S.`/`U.S` as minor, 002's closing headlines as added, its
mojibake first line repaired.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from wirediff.core.compare import compare_files
from wirediff.core.result import Comparison, OpKind, RowKind, SentenceKind, SentencePair

if TYPE_CHECKING:
    from pathlib import Path


def sentences(comparison: Comparison) -> list[SentencePair]:
    return [s for row in comparison.rows for s in row.sentences]


def find(comparison: Comparison, fragment: str) -> SentencePair:
    hits = [s for s in sentences(comparison) if fragment in (s.left or "") + (s.right or "")]
    assert hits, f"no sentence holds {fragment!r}"
    return hits[0]


@pytest.fixture(scope="module")
def pair_000_001(seeds: dict[str, Path]) -> Comparison:
    return compare_files(seeds["000"], seeds["001"])


@pytest.fixture(scope="module")
def pair_001_002(seeds: dict[str, Path]) -> Comparison:
    return compare_files(seeds["001"], seeds["002"])


def test_germany_putin_is_one_added_paragraph(pair_000_001: Comparison) -> None:
    added = [row for row in pair_000_001.rows if "Germany announced" in str(row.sentences)]
    assert len(added) == 1
    row = added[0]
    assert row.kind is RowKind.ADDED
    assert row.left == ()
    texts = [s.right for s in row.sentences]
    assert len(texts) == 2
    assert texts[0].startswith("Germany announced soon after")
    assert texts[0].endswith("to Kyiv.")
    assert texts[1].startswith("Russian President Vladimir Putin warned")
    assert texts[1].endswith("Western targets.")
    assert all(s.kind is SentenceKind.ADDED for s in row.sentences)


def test_apostrophe_style_is_minor(pair_000_001: Comparison) -> None:
    sentence = find(pair_000_001, "to allow Kyiv")
    assert sentence.kind is SentenceKind.MINOR
    assert all(op.cosmetic for op in sentence.ops if op.kind is not OpKind.EQUAL)


def test_reworded_sentence_marks_the_words(pair_000_001: Comparison) -> None:
    sentence = find(pair_000_001, "for the limited purpose of defending")
    assert sentence.kind is SentenceKind.CHANGED
    deleted = "".join(op.text for op in sentence.ops if op.kind is OpKind.DELETE)
    inserted = "".join(op.text for op in sentence.ops if op.kind is OpKind.INSERT)
    assert "strike" in deleted
    assert "hit targets" in inserted
    assert "Kharkiv" not in deleted + inserted


@pytest.mark.parametrize("fragment", ["Disclaimer: This post", "Comments", "0 comment"])
def test_trailing_boilerplate_is_removed(pair_000_001: Comparison, fragment: str) -> None:
    sentence = find(pair_000_001, fragment)
    assert sentence.kind is SentenceKind.REMOVED


def test_exactly_one_paragraph_added_between_articles(pair_000_001: Comparison) -> None:
    body_rows = [
        row
        for row in pair_000_001.rows
        if row.kind is RowKind.ADDED and any("Germany" in (s.right or "") for s in row.sentences)
    ]
    assert len(body_rows) == 1


@pytest.mark.parametrize(
    "fragment",
    ["Kharkiv sits just 20", "the current front line", "Ukraine has used U.S"],
)
def test_spelling_and_initialism_are_minor(pair_001_002: Comparison, fragment: str) -> None:
    sentence = find(pair_001_002, fragment)
    assert sentence.kind in (SentenceKind.MINOR, SentenceKind.CHANGED)
    if fragment == "Kharkiv sits just 20":
        assert sentence.kind is SentenceKind.MINOR


def test_unrelated_headlines_are_added(pair_001_002: Comparison) -> None:
    for fragment in ("A pizza chain in Edmonton", "Sarah McLachlan is returning"):
        assert find(pair_001_002, fragment).kind is SentenceKind.ADDED


def test_mojibake_header_is_repaired_and_counted(pair_001_002: Comparison) -> None:
    assert pair_001_002.right.paragraphs[0] == "麻豆传媒"
    assert len(pair_001_002.right.fixes) >= 1
    assert len(pair_001_002.left.fixes) == 0


def test_strict_mode_reports_cosmetic_changes(seeds: dict[str, Path]) -> None:
    strict = compare_files(seeds["000"], seeds["001"], strict=True)
    assert strict.summary.sentences_minor == 0
    assert find(strict, "to allow Kyiv").kind is SentenceKind.CHANGED
