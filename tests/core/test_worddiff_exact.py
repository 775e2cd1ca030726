"""Exact word diffs (`core.diff.worddiff`), whole op lists written out by hand.

Empty and identical sentences, whole-word replacements joined across punctuation, re-spaced
punctuation and re-cased words marked cosmetic, spelling variants narrowed to the letter, the
coarse fallback for sentences with too many distinct words, and the helpers that join, narrow
and merge ops. Each op is `(kind, text, cosmetic)`.
"""

from __future__ import annotations

import pytest

from wirediff.core.diff import worddiff
from wirediff.core.diff.worddiff import (
    _common_prefix,
    _join_edits,
    _mark_cosmetic,
    _merge,
    _narrow,
    _whole_replacement,
    diff_words,
    mark_all_cosmetic,
)
from wirediff.core.result import Op, OpKind

EQ, DEL, INS = OpKind.EQUAL, OpKind.DELETE, OpKind.INSERT


def show(ops: tuple[Op, ...] | list[Op]) -> list[tuple[str, str, bool]]:
    return [(op.kind.value, op.text, op.cosmetic) for op in ops]


@pytest.mark.parametrize(
    ("left", "right", "ops"),
    [
        ("", "", []),
        ("Same.", "Same.", [("=", "Same.", False)]),
        ("", "new words", [("+", "new words", False)]),
        ("old words", "", [("-", "old words", False)]),
        (
            "The report , the minister said",
            "The report, the minister said",
            [("=", "The report", False), ("-", " ", True), ("=", ", the minister said", False)],
        ),
        (
            "Nordex said",
            "NORDEX said",
            [("-", "Nordex", True), ("+", "NORDEX", True), ("=", " said", False)],
        ),
        (
            "colour and flavour",
            "color and flavor",
            [
                ("=", "colo", False),
                ("-", "u", True),
                ("=", "r and flavo", False),
                ("-", "u", True),
                ("=", "r", False),
            ],
        ),
        (
            "hit the targets, said he",
            "struck the sites, said she",
            [
                ("-", "hit", False),
                ("+", "struck", False),
                ("=", " the ", False),
                ("-", "targets", False),
                ("+", "sites", False),
                ("=", ", said ", False),
                ("-", "he", False),
                ("+", "she", False),
            ],
        ),
        # Punctuation and spaces alone between two edits join them into one.
        ("a, b", "x; y", [("-", "a, b", False), ("+", "x; y", False)]),
        (
            "a b c",
            "x b y",
            [
                ("-", "a", False),
                ("+", "x", False),
                ("=", " b ", False),
                ("-", "c", False),
                ("+", "y", False),
            ],
        ),
    ],
)
def test_word_diffs(left: str, right: str, ops: list[tuple[str, str, bool]]) -> None:
    assert show(diff_words(left, right)) == ops


def test_a_strict_diff_shows_restyling_as_plain_edits() -> None:
    assert show(diff_words("Kyiv’s forces", "Kyiv's forces", mark_cosmetic=False)) == [
        ("=", "Kyiv", False),
        ("-", "’", False),
        ("+", "'", False),
        ("=", "s forces", False),
    ]
    assert show(diff_words("report , the", "report, the", mark_cosmetic=False)) == [
        ("=", "report", False),
        ("-", " ", False),
        ("=", ", the", False),
    ]


def test_too_many_distinct_words_give_one_replacement_between_common_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worddiff, "MAX_DISTINCT_TOKENS", 4)
    # Five distinct tokens ("one", " ", "twin", "three", "twig"): characters, not words.
    assert show(diff_words("one twin three", "one twig three")) == [
        ("=", "one twi", False),
        ("-", "n", False),
        ("+", "g", False),
        ("=", " three", False),
    ]
    # Exactly the limit still gets a word diff.
    assert show(diff_words("one twin", "one twig")) == [
        ("=", "one ", False),
        ("-", "twin", False),
        ("+", "twig", False),
    ]


def test_the_placeholders_fill_the_last_planes() -> None:
    assert worddiff.MAX_DISTINCT_TOKENS == 0x110000 - 0xF0000
    assert worddiff.DIFF_TIMEOUT_S == 0.25
    assert worddiff._DMP.Diff_Timeout == 0.25


def test_mark_all_cosmetic_flags_every_edit_and_merges_runs() -> None:
    ops = (Op(EQ, "a"), Op(DEL, "."), Op(DEL, " B"), Op(INS, " - b"))
    assert show(mark_all_cosmetic(ops)) == [
        ("=", "a", False),
        ("-", ". B", True),
        ("+", " - b", True),
    ]


@pytest.mark.parametrize(
    ("before", "after", "ops"),
    [
        ("Nordex", "NORDEX", [("-", "Nordex", True), ("+", "NORDEX", True)]),
        (
            "the Nordex plant",
            "the NORDEX plant",
            [
                ("=", "the ", False),
                ("-", "Nordex", True),
                ("+", "NORDEX", True),
                ("=", " plant", False),
            ],
        ),
        (
            "Kyiv’s",
            "Kyiv's",
            [("=", "Kyiv", False), ("-", "’", True), ("+", "'", True), ("=", "s", False)],
        ),
        ("aXb", "aYb", [("=", "a", False), ("-", "X", True), ("+", "Y", True), ("=", "b", False)]),
        ("ab", "abc", [("=", "ab", False), ("+", "c", True)]),
        ("abc", "ab", [("=", "ab", False), ("-", "c", True)]),
        ("xab", "ab", [("-", "x", True), ("=", "ab", False)]),
    ],
)
def test_a_cosmetic_replacement_is_narrowed_to_what_differs(
    before: str, after: str, ops: list[tuple[str, str, bool]]
) -> None:
    assert show(_narrow(before, after)) == ops


@pytest.mark.parametrize(
    ("left", "right", "ops"),
    [
        (
            "abcXdef",
            "abcYYdef",
            [("=", "abc", False), ("-", "X", False), ("+", "YY", False), ("=", "def", False)],
        ),
        ("abc", "abcd", [("=", "abc", False), ("+", "d", False)]),
        ("abc", "xyz", [("-", "abc", False), ("+", "xyz", False)]),
        ("ab", "b", [("-", "a", False), ("=", "b", False)]),
    ],
)
def test_the_coarse_diff_keeps_common_ends(
    left: str, right: str, ops: list[tuple[str, str, bool]]
) -> None:
    assert show(_whole_replacement(left, right)) == ops


def test_common_prefix_lengths() -> None:
    assert _common_prefix("abc", "abd") == 2
    assert _common_prefix("ab", "abc") == 2
    assert _common_prefix("abc", "ab") == 2
    assert _common_prefix("", "x") == 0
    assert _common_prefix("x", "y") == 0


def test_merge_joins_runs_of_one_kind_and_flag_only() -> None:
    ops = [Op(EQ, "a"), Op(EQ, "b"), Op(DEL, "c", True), Op(DEL, "d"), Op(DEL, "e")]
    assert show(_merge(ops)) == [("=", "ab", False), ("-", "c", True), ("-", "de", False)]


def test_join_edits_absorbs_wordless_runs_between_edits_and_orders_deletes_first() -> None:
    assert _join_edits([(DEL, "a"), (EQ, " "), (INS, "b")]) == [(DEL, "a "), (INS, " b")]
    # Runs at either end are not between edits; a run with a word stays equal.
    assert _join_edits([(EQ, " "), (DEL, "a"), (EQ, ", "), (INS, "b"), (EQ, "!")]) == [
        (EQ, " "),
        (DEL, "a, "),
        (INS, ", b"),
        (EQ, "!"),
    ]
    assert _join_edits([(DEL, "a"), (EQ, " x "), (INS, "b")]) == [
        (DEL, "a"),
        (EQ, " x "),
        (INS, "b"),
    ]
    assert _join_edits([(INS, "b"), (DEL, "a")]) == [(DEL, "a"), (INS, "b")]
    assert _join_edits([]) == []


@pytest.mark.parametrize(
    ("raw", "ops"),
    [
        (
            [(EQ, "report"), (DEL, " "), (EQ, ", the")],
            [("=", "report", False), ("-", " ", True), ("=", ", the", False)],
        ),
        # A space is judged by the characters that stay beside it: the deleted bracket does not.
        (
            [(EQ, "a"), (DEL, "("), (INS, " "), (EQ, "b)")],
            [("=", "a", False), ("-", "(", False), ("+", " ", False), ("=", "b)", False)],
        ),
        # A space added at the very end has nothing after it.
        ([(EQ, "end."), (INS, " ")], [("=", "end.", False), ("+", " ", False)]),
    ],
)
def test_a_lone_space_is_cosmetic_only_where_the_fold_drops_it(raw, ops):
    assert show(_mark_cosmetic(raw)) == ops
