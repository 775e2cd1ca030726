"""Pins the rows and sentence kinds of hand-written revision pairs (`tests/cases/alignment/`).

Each case is a small article in two versions, written the way editors revise real copy, with
the rows a reader must see: which paragraphs pair up, each row's kind and layout mark, and the
kind of every sentence in it. `tests/cases/README.md` describes the fields.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.report.comparison import comparison_to_json
from wirediff.core.result import Comparison, OpKind, SentenceKind

CASES_DIR = Path(__file__).resolve().parent.parent / "cases" / "alignment"
CASES = [
    pytest.param(case, id=f"{path.stem}: {case['label']}")
    for path in sorted(CASES_DIR.glob("*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]


def compare(case: dict[str, Any]) -> Comparison:
    return compare_documents(
        load_document(raw=case["left"].encode(), name="left"),
        load_document(raw=case["right"].encode(), name="right"),
        strict=case.get("strict", False),
    )


def rows_of(comparison: Comparison) -> list[dict[str, Any]]:
    rows = []
    for row in comparison.rows:
        data: dict[str, Any] = {
            "kind": row.kind.value,
            "left": list(row.left),
            "right": list(row.right),
            "sentences": [sentence.kind.value for sentence in row.sentences],
        }
        layout = getattr(row, "layout", None)
        if layout is not None:
            data["layout"] = layout.value
        rows.append(data)
    return rows


def test_there_are_cases() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("case", CASES)
def test_case_gives_the_expected_rows(case: dict[str, Any]) -> None:
    comparison = compare(case)
    assert rows_of(comparison) == case["rows"]
    assert comparison.summary.describe() == case["summary"]


@pytest.mark.parametrize("case", CASES)
def test_minor_sentences_mark_only_cosmetic_edits(case: dict[str, Any]) -> None:
    for row in compare(case).rows:
        for sentence in row.sentences:
            if sentence.kind is SentenceKind.MINOR:
                edits = [op for op in sentence.ops if op.kind is not OpKind.EQUAL]
                assert edits
                assert all(op.cosmetic for op in edits)


@pytest.mark.parametrize("case", CASES)
def test_json_rows_carry_the_layout_mark_only_when_set(case: dict[str, Any]) -> None:
    rows = comparison_to_json(compare(case))["rows"]
    assert [row.get("layout") for row in rows] == [row.get("layout") for row in case["rows"]]
