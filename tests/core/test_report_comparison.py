"""Exact outputs of the `wirediff compare` reports (`core.report.comparison`): the JSON
contract (version 1) of a comparison built by hand, the plain summary the command prints, the
`repair --report` records and the one-line word diffs.

Every document below is written out whole, key by key, so a renamed key, a dropped row field,
a furniture mark on the wrong row or a count taken from the wrong summary fails here before a
reader of the JSON notices.
"""

from __future__ import annotations

import pytest

from wirediff.core.report.comparison import (
    JSON_VERSION,
    comparison_to_json,
    describe_comparison,
    fix_to_json,
    hidden_parts_line,
    inline_diff,
    ops_to_json,
    render_ops,
    repair_entry,
    repair_report,
)
from wirediff.core.result import (
    Comparison,
    Document,
    Fix,
    Furniture,
    Layout,
    Op,
    OpKind,
    Row,
    RowKind,
    SentenceKind,
    SentencePair,
    StoryMeta,
)

EQ, DEL, INS = OpKind.EQUAL, OpKind.DELETE, OpKind.INSERT
TEXT_META = StoryMeta()


def document(
    name: str,
    paragraphs: list[str],
    *,
    fixes: tuple[Fix, ...] = (),
    encoding: str = "utf-8",
    confidence: float = 1.0,
    meta: StoryMeta = TEXT_META,
) -> Document:
    text = "\n\n".join(paragraphs)
    return Document(
        path=f"stories/{name}",
        name=name,
        raw=text.encode(),
        encoding=encoding,
        confidence=confidence,
        decoded=text,
        text=text,
        fixes=fixes,
        paragraphs=tuple(paragraphs),
        meta=meta,
    )


LEFT = document(
    "old.txt",
    [
        "Rain fell on Monday. Roads closed.",
        "Share this",
        "Schools shut early.",
        "Officials said more rain was due.",
        "The mayor spoke. She urged calm.",
    ],
    encoding="cp1252",
    confidence=0.87654,
    fixes=(Fix(3, 5, "Ã©", "é", "sloppy-windows-1252"),),
    meta=StoryMeta("html", title="Storm", site="Daily"),
)
RIGHT = document(
    "new.txt",
    [
        "Rain fell on Monday. Roads were closed.",
        "Officials said more rain was due.",
        "Schools shut early.",
        "The mayor spoke.",
        "She urged calm.",
        "Follow us",
    ],
)
# The rows a comparison of LEFT and RIGHT holds, written as the aligner would give them.
ROWS = (
    Row(
        RowKind.CHANGED,
        (0,),
        (0,),
        (
            SentencePair(SentenceKind.EQUAL, "Rain fell on Monday.", "Rain fell on Monday.", 0, 0),
            SentencePair(
                SentenceKind.CHANGED,
                "Roads closed.",
                "Roads were closed.",
                0,
                0,
                (Op(EQ, "Roads "), Op(INS, "were "), Op(EQ, "closed.")),
            ),
        ),
    ),
    Row(
        RowKind.REMOVED,
        (1,),
        (),
        (SentencePair(SentenceKind.REMOVED, "Share this", None, 1, None),),
    ),
    Row(
        RowKind.MOVED,
        (3,),
        (1,),
        (
            SentencePair(
                SentenceKind.MINOR,
                "Officials said more rain was due.",
                "Officials said more rain was due.",
                3,
                1,
                (Op(EQ, "Officials said more rain was due."),),
            ),
        ),
        moved_from=3,
    ),
    Row(
        RowKind.EQUAL,
        (2,),
        (2,),
        (SentencePair(SentenceKind.EQUAL, "Schools shut early.", "Schools shut early.", 2, 2),),
    ),
    Row(
        RowKind.EQUAL,
        (4,),
        (3, 4),
        (
            SentencePair(SentenceKind.EQUAL, "The mayor spoke.", "The mayor spoke.", 4, 3),
            SentencePair(SentenceKind.EQUAL, "She urged calm.", "She urged calm.", 4, 4),
        ),
        layout=Layout.SPLIT,
    ),
    Row(
        RowKind.ADDED,
        (),
        (5,),
        (SentencePair(SentenceKind.ADDED, None, "Follow us", None, 5),),
    ),
)
COMPARISON = Comparison(
    LEFT,
    RIGHT,
    ROWS,
    left_furniture=Furniture({1: "share button"}),
    right_furniture=Furniture({5: "follow link"}),
)
NO_META = {"title": None, "byline": None, "date": None, "site": None, "url": None}


def test_the_json_document_holds_both_sides_every_row_and_both_summaries() -> None:
    assert comparison_to_json(COMPARISON) == {
        "version": 1,
        "left": {
            "path": "stories/old.txt",
            "encoding": "cp1252",
            "confidence": 0.877,
            "fixes": 1,
            "repairs": [
                {
                    "start": 3,
                    "end": 5,
                    "before": "Ã©",
                    "after": "é",
                    "method": "sloppy-windows-1252",
                }
            ],
            "paragraphs": list(LEFT.paragraphs),
            "meta": {**NO_META, "title": "Storm", "site": "Daily", "format": "html"},
            "furniture": [1],
            "furniture_reasons": {"1": "share button"},
        },
        "right": {
            "path": "stories/new.txt",
            "encoding": "utf-8",
            "confidence": 1.0,
            "fixes": 0,
            "repairs": [],
            "paragraphs": list(RIGHT.paragraphs),
            "meta": {**NO_META, "format": "text"},
            "furniture": [5],
            "furniture_reasons": {"5": "follow link"},
        },
        "strict": False,
        "rows": [
            {
                "kind": "changed",
                "left": [0],
                "right": [0],
                "sentences": [
                    {
                        "kind": "equal",
                        "left": "Rain fell on Monday.",
                        "right": "Rain fell on Monday.",
                    },
                    {
                        "kind": "changed",
                        "left": "Roads closed.",
                        "right": "Roads were closed.",
                        "ops": [["=", "Roads "], ["+", "were "], ["=", "closed."]],
                    },
                ],
            },
            {
                "kind": "removed",
                "left": [1],
                "right": [],
                "sentences": [{"kind": "removed", "left": "Share this", "right": None}],
                "furniture": True,
            },
            {
                "kind": "moved",
                "left": [3],
                "right": [1],
                "sentences": [
                    {
                        "kind": "minor",
                        "left": "Officials said more rain was due.",
                        "right": "Officials said more rain was due.",
                        "ops": [["=", "Officials said more rain was due."]],
                    }
                ],
                "moved_from_row": 3,
            },
            {
                "kind": "equal",
                "left": [2],
                "right": [2],
                "sentences": [
                    {
                        "kind": "equal",
                        "left": "Schools shut early.",
                        "right": "Schools shut early.",
                    }
                ],
            },
            {
                "kind": "equal",
                "left": [4],
                "right": [3, 4],
                "sentences": [
                    {"kind": "equal", "left": "The mayor spoke.", "right": "The mayor spoke."},
                    {"kind": "equal", "left": "She urged calm.", "right": "She urged calm."},
                ],
                "layout": "split",
            },
            {
                "kind": "added",
                "left": [],
                "right": [5],
                "sentences": [{"kind": "added", "left": None, "right": "Follow us"}],
                "furniture": True,
            },
        ],
        "summary": {
            # Counts of the rows listed, furniture rows included...
            "paragraphs_added": 1,
            "paragraphs_removed": 1,
            "paragraphs_moved": 1,
            "sentences_added": 1,
            "sentences_removed": 1,
            "sentences_changed": 1,
            "sentences_minor": 1,
            "paragraphs_split": 1,
            "paragraphs_merged": 0,
            "furniture_left": 1,
            "furniture_right": 1,
            # ...and of the story alone.
            "story": {
                "paragraphs_added": 0,
                "paragraphs_removed": 0,
                "paragraphs_moved": 1,
                "sentences_added": 0,
                "sentences_removed": 0,
                "sentences_changed": 1,
                "sentences_minor": 1,
                "paragraphs_split": 1,
                "paragraphs_merged": 0,
            },
        },
    }


def test_a_strict_comparison_says_so_and_the_version_stays_one() -> None:
    strict = Comparison(LEFT, RIGHT, ROWS[:1], strict=True)
    data = comparison_to_json(strict)
    assert (data["version"], JSON_VERSION, data["strict"]) == (1, 1, True)
    assert data["left"]["furniture"] == []
    assert data["left"]["furniture_reasons"] == {}
    assert "furniture" not in data["rows"][0]


def test_the_summary_counts_furniture_with_furniture_shown_too() -> None:
    shown = comparison_to_json(COMPARISON.with_furniture_shown(True))
    assert shown["summary"]["story"]["paragraphs_added"] == 1
    assert shown["summary"]["story"]["sentences_removed"] == 1
    # Rows are marked as furniture whether or not furniture is shown.
    assert [row.get("furniture", False) for row in shown["rows"]] == [
        False,
        True,
        False,
        False,
        False,
        True,
    ]


def test_the_plain_summary_names_both_inputs_the_totals_and_every_change() -> None:
    assert describe_comparison(COMPARISON) == (
        "left : old.txt (cp1252, 1 repaired, 5 paragraphs)\n"
        "right: new.txt (utf-8, 6 paragraphs)\n"
        "1 paragraph moved · 1 split paragraph · 1 sentence reworded · 1 minor · 2 page parts "
        "hidden\n"
        "Page parts hidden, not the story: share button, follow link "
        "(--furniture show lists them)\n"
        "\n"
        "[changed] left ¶1 → right ¶1\n"
        "  ~ Roads {+were +}closed.\n"
        "\n"
        "[moved] left ¶4 → right ¶2\n"
    )


def test_the_plain_summary_lists_added_and_removed_sentences_clipped_to_a_line() -> None:
    long_sentence = "word " * 30  # 150 characters, with a trailing space
    left = document("a.txt", ["Kept.", "Gone   for\ngood."])
    right = document("b.txt", ["Kept.", long_sentence.strip(), "x" * 100])
    rows = (
        Row(RowKind.EQUAL, (0,), (0,), (SentencePair(SentenceKind.EQUAL, "Kept.", "Kept.", 0, 0),)),
        Row(
            RowKind.REMOVED,
            (1,),
            (),
            (SentencePair(SentenceKind.REMOVED, "Gone   for\ngood.", None, 1, None),),
        ),
        Row(
            RowKind.ADDED,
            (),
            (1, 2),
            (
                SentencePair(SentenceKind.ADDED, None, long_sentence, None, 1),
                SentencePair(SentenceKind.ADDED, None, "x" * 100, None, 2),
            ),
        ),
    )
    assert describe_comparison(Comparison(left, right, rows)) == (
        "left : a.txt (utf-8, 2 paragraphs)\n"
        "right: b.txt (utf-8, 3 paragraphs)\n"
        "2 paragraphs added · 1 paragraph removed · 2 sentences added · 1 sentence removed\n"
        "\n"
        "[removed] left ¶2 → right ¶—\n"
        "  - Gone for good.\n"
        "\n"
        "[added] left ¶— → right ¶2,3\n"
        f"  + {'word ' * 19}word…\n"
        f"  + {'x' * 100}\n"
    )


def test_an_identical_comparison_says_no_differences_and_lists_nothing() -> None:
    same = document("same.txt", ["One.", "Two."])
    rows = tuple(
        Row(RowKind.EQUAL, (i,), (i,), (SentencePair(SentenceKind.EQUAL, text, text, i, i),))
        for i, text in enumerate(same.paragraphs)
    )
    assert describe_comparison(Comparison(same, same, rows)) == (
        "left : same.txt (utf-8, 2 paragraphs)\nright: same.txt (utf-8, 2 paragraphs)\n"
        "No differences\n"
    )


def test_hidden_parts_line_is_empty_without_hidden_changes() -> None:
    assert hidden_parts_line(COMPARISON.with_furniture_shown(True)) == ""
    assert hidden_parts_line(COMPARISON) == (
        "Page parts hidden, not the story: share button, follow link (--furniture show lists them)"
    )


def test_repair_report_records_each_file_and_its_fixes() -> None:
    entry = repair_entry("in/old.txt", LEFT)
    assert entry == {
        "path": "in/old.txt",
        "encoding": "cp1252",
        "confidence": 0.877,
        "fixes": [
            {"start": 3, "end": 5, "before": "Ã©", "after": "é", "method": "sloppy-windows-1252"}
        ],
    }
    assert repair_report([entry]) == {"version": 1, "files": [entry]}
    assert repair_report(iter([])) == {"version": 1, "files": []}
    assert fix_to_json(Fix(0, 1, "a", "b", "m")) == {
        "start": 0,
        "end": 1,
        "before": "a",
        "after": "b",
        "method": "m",
    }


RESTYLED_OPS = (
    Op(EQ, "Kyiv"),
    Op(DEL, "’", cosmetic=True),
    Op(INS, "'", cosmetic=True),
    Op(EQ, "s "),
    Op(DEL, "arms"),
    Op(INS, "weapons"),
)


def test_ops_to_json_keeps_every_piece_in_order_cosmetic_ones_too() -> None:
    assert ops_to_json(RESTYLED_OPS) == [
        ["=", "Kyiv"],
        ["-", "’"],
        ["+", "'"],
        ["=", "s "],
        ["-", "arms"],
        ["+", "weapons"],
    ]
    assert ops_to_json(()) == []


@pytest.mark.parametrize(
    ("ops", "expected"),
    [
        (RESTYLED_OPS, "E(Kyiv)R(')E(s )D(arms)I(weapons)"),
        ((Op(DEL, "x", cosmetic=True),), ""),
        ((Op(INS, "y"), Op(EQ, "z")), "I(y)E(z)"),
    ],
)
def test_render_ops_formats_each_kind_and_shows_restyling_as_the_newer_text(
    ops: tuple[Op, ...], expected: str
) -> None:
    rendered = render_ops(
        ops,
        equal="E({})".format,
        deleted="D({})".format,
        inserted="I({})".format,
        restyled="R({})".format,
    )
    assert rendered == expected


def test_inline_diff_flattens_line_breaks_inside_every_piece() -> None:
    ops = (
        Op(EQ, "hit\n targets"),
        Op(DEL, "in\tthe  east"),
        Op(INS, "of\n\nRussia"),
        Op(DEL, "’", cosmetic=True),
        Op(INS, "'\n", cosmetic=True),
    )
    pair = SentencePair(SentenceKind.CHANGED, "", "", 0, 0, ops)
    assert inline_diff(pair) == "hit targets[-in the east-]{+of Russia+}' "
