"""Exact outputs of the `wirediff collate` reports (`core.report.collation`) for a version
matrix built by hand: the JSON contract, the CSV (with a formula neutralised), the readable
table and the HTML page, whole or filtered.

Three versions, two of them with the same file name (numbered in every title), one with a
repair; a restyled cell, a reworded one, an absent one and a sentence only the last version has.
"""

from __future__ import annotations

import re

from wirediff.core.collate.collation import (
    ABSENT_CELL,
    Cell,
    CellKind,
    Collation,
    CollationRow,
)
from wirediff.core.report.collation import (
    collation_to_csv,
    collation_to_html,
    collation_to_json,
    describe_collation,
    spreadsheet_safe,
    version_labels,
)
from wirediff.core.result import Document, Fix, Op, OpKind

EQ, DEL, INS = OpKind.EQUAL, OpKind.DELETE, OpKind.INSERT


def document(name: str, paragraphs: list[str], fixes: tuple[Fix, ...] = ()) -> Document:
    text = "\n\n".join(paragraphs)
    return Document(
        f"in/{name}", name, text.encode(), "utf-8", 0.98765, text, text, fixes, tuple(paragraphs)
    )


FIRST = document("a.txt", ["It’s late. Roads closed."])
SECOND = document("a.txt", ["It's late.", "Roads were closed."])
THIRD = document("c.txt", ["It’s late.", "=Formula."], fixes=(Fix(0, 2, "x", "y", "m"),))
RESTYLED = (Op(EQ, "It"), Op(DEL, "’", True), Op(INS, "'", True), Op(EQ, "s late."))
REWORDED = (Op(EQ, "Roads "), Op(INS, "were "), Op(EQ, "closed."))
ROWS = (
    CollationRow(
        0,
        (
            Cell(CellKind.EQUAL, "It’s late.", 0, (0,)),
            Cell(CellKind.MINOR, "It's late.", 0, (0,), RESTYLED),
            Cell(CellKind.EQUAL, "It’s late.", 0, (0,)),
        ),
    ),
    CollationRow(
        0,
        (
            Cell(CellKind.EQUAL, "Roads closed.", 0, (1,)),
            Cell(CellKind.CHANGED, "Roads were closed.", 1, (1,), REWORDED),
            ABSENT_CELL,
        ),
    ),
    CollationRow(2, (ABSENT_CELL, ABSENT_CELL, Cell(CellKind.EQUAL, "=Formula.", 1, (1,)))),
)
COLLATION = Collation((FIRST, SECOND, THIRD), ROWS)


def test_versions_sharing_a_name_are_numbered() -> None:
    assert version_labels(COLLATION) == ("a.txt (1)", "a.txt (2)", "c.txt")


def test_the_json_document_holds_every_version_and_every_cell() -> None:
    absent = {"kind": "absent", "text": None, "paragraph": None}
    assert collation_to_json(COLLATION) == {
        "version": 1,
        "strict": False,
        "documents": [
            {
                "path": "in/a.txt",
                "name": "a.txt",
                "encoding": "utf-8",
                "confidence": 0.988,
                "fixes": 0,
                "repairs": [],
                "paragraphs": ["It’s late. Roads closed."],
                "sentences": 2,
                "furniture": [],
                "furniture_reasons": {},
            },
            {
                "path": "in/a.txt",
                "name": "a.txt",
                "encoding": "utf-8",
                "confidence": 0.988,
                "fixes": 0,
                "repairs": [],
                "paragraphs": ["It's late.", "Roads were closed."],
                "sentences": 2,
                "furniture": [],
                "furniture_reasons": {},
            },
            {
                "path": "in/c.txt",
                "name": "c.txt",
                "encoding": "utf-8",
                "confidence": 0.988,
                "fixes": 1,
                "repairs": [{"start": 0, "end": 2, "before": "x", "after": "y", "method": "m"}],
                "paragraphs": ["It’s late.", "=Formula."],
                "sentences": 2,
                "furniture": [],
                "furniture_reasons": {},
            },
        ],
        "sentences": [
            {
                "reference": 0,
                "cells": [
                    {"kind": "equal", "text": "It’s late.", "paragraph": 0, "indices": [0]},
                    {
                        "kind": "minor",
                        "text": "It's late.",
                        "paragraph": 0,
                        "indices": [0],
                        "ops": [["=", "It"], ["-", "’"], ["+", "'"], ["=", "s late."]],
                    },
                    {"kind": "equal", "text": "It’s late.", "paragraph": 0, "indices": [0]},
                ],
            },
            {
                "reference": 0,
                "cells": [
                    {"kind": "equal", "text": "Roads closed.", "paragraph": 0, "indices": [1]},
                    {
                        "kind": "changed",
                        "text": "Roads were closed.",
                        "paragraph": 1,
                        "indices": [1],
                        "ops": [["=", "Roads "], ["+", "were "], ["=", "closed."]],
                    },
                    absent,
                ],
            },
            {
                "reference": 2,
                "cells": [
                    absent,
                    absent,
                    {"kind": "equal", "text": "=Formula.", "paragraph": 1, "indices": [1]},
                ],
            },
        ],
        "summary": {
            "rows": 3,
            "not_in_every_version": 2,
            "unique_to_one_version": 1,
            "furniture_rows": 0,
        },
    }
    assert collation_to_json(Collation((FIRST,), (), strict=True))["strict"] is True


def test_the_csv_has_a_kind_and_text_per_version_and_no_formulas() -> None:
    header = (
        "row,versions,a.txt (1): kind,a.txt (1): text,a.txt (2): kind,a.txt (2): text,"
        "c.txt: kind,c.txt: text\n"
    )
    assert collation_to_csv(COLLATION) == (
        header + "1,3,same,It’s late.,restyled,It's late.,same,It’s late.\n"
        "2,2,same,Roads closed.,reworded,Roads were closed.,absent,\n"
        "3,1,absent,,absent,,same,'=Formula.\n"
    )
    assert collation_to_csv(COLLATION, [2]) == header + "3,1,absent,,absent,,same,'=Formula.\n"


def test_spreadsheet_safe_neutralises_every_formula_start() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert spreadsheet_safe(f"{start}x") == f"'{start}x"
    assert spreadsheet_safe("x=1") == "x=1"
    assert spreadsheet_safe("") == ""


HEAD = (
    "Versions:\n"
    "    V1  a.txt (1)  (utf-8, 2 sentences, 0 only here)\n"
    "    V2  a.txt (2)  (utf-8, 2 sentences, 0 only here)\n"
    "    V3  c.txt  (utf-8, 1 repaired, 2 sentences, 1 only here)\n"
    "3 sentences in all: 1 in every version, 2 not in every version, 1 unique to one version\n"
    "Cells: = same, ≈ restyled, ~ reworded, · absent\n"
    "\n"
    "#  V1 V2 V3  sentence\n"
)


def test_the_readable_table_marks_each_cell_and_shows_rewordings_below() -> None:
    assert describe_collation(COLLATION) == HEAD + (
        "1  =  ≈  =   It’s late.\n"
        "2  =  ~  ·   Roads closed.\n"
        "   V2 ~ Roads {+were +}closed.\n"
        "3  ·  ·  =   =Formula.\n"
    )
    assert describe_collation(COLLATION, [1]) == HEAD + (
        "2  =  ~  ·   Roads closed.\n   V2 ~ Roads {+were +}closed.\n"
    )


def test_a_long_sentence_is_clipped_in_the_table() -> None:
    long_text = "word " * 30
    row = CollationRow(0, (Cell(CellKind.EQUAL, long_text, 0, (0,)),))
    table = describe_collation(Collation((FIRST,), (row,)))
    assert table.endswith(f"1  =   {'word ' * 17}word…\n")


def test_the_html_page_is_self_contained_and_marks_every_kind() -> None:
    page = collation_to_html(COLLATION, [0, 2], title="T<1>")
    assert page.startswith(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>T&lt;1&gt;</title>\n<style>"
    )
    assert page[page.index("<body>") :] == (
        "<body>\n"
        "<h1>T&lt;1&gt;</h1>\n"
        '<p class="totals">3 versions · 3 sentences in all · 2 not in every version · '
        "1 unique to one version · showing 2</p>\n"
        '<p class="legend">Each cell compares a version with the first version that carries the '
        "sentence: <del>removed words</del>, <ins>added words</ins>, "
        '<ins class="restyled">restyled characters</ins>.</p>\n'
        "<table>\n"
        '<thead><tr><th class="number">#</th>'
        "<th>V1 · a.txt (1)<small>utf-8, 2 sentences, 0 only here</small></th>"
        "<th>V2 · a.txt (2)<small>utf-8, 2 sentences, 0 only here</small></th>"
        "<th>V3 · c.txt<small>utf-8, 2 sentences, 1 only here</small></th></tr></thead>\n"
        "<tbody>\n"
        '<tr class="common"><td class="number">1</td>'
        '<td class="equal reference"><span class="kind">same</span>'
        '<span class="text">It’s late.</span></td>'
        '<td class="minor"><span class="kind">restyled</span>'
        '<span class="text">It<ins class="restyled">&#x27;</ins>s late.</span></td>'
        '<td class="equal"><span class="kind">same</span><span class="text">It’s late.</span></td>'
        "</tr>\n"
        '<tr class="unique"><td class="number">3</td>'
        '<td class="absent"><span class="kind">absent</span></td>'
        '<td class="absent"><span class="kind">absent</span></td>'
        '<td class="equal reference"><span class="kind">same</span>'
        '<span class="text">=Formula.</span></td></tr>\n'
        "</tbody>\n</table>\n</body>\n</html>\n"
    )


def test_the_whole_html_page_has_a_row_per_sentence_and_the_default_title() -> None:
    page = collation_to_html(COLLATION)
    assert "<title>Version matrix</title>" in page
    assert re.findall(r'<tr class="(\w+)"', page) == ["common", "partial", "unique"]
    assert "showing" not in page
    assert (
        '<td class="changed"><span class="kind">reworded</span>'
        '<span class="text">Roads <ins>were </ins>closed.</span></td>'
    ) in page
