"""Exact results of the version matrix (`core.collate.collation`) on a few short versions: the
kind of every cell, each version's counts, the furniture each version is given, the progress a
window shows and how soon a cancel is honoured.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from wirediff.core.collate.collation import (
    CellKind,
    Collation,
    VersionSummary,
    collate_documents,
    collate_files,
)
from wirediff.core.compare import load_document
from wirediff.core.errors import Cancelled
from wirediff.core.progress import Checkpoint
from wirediff.core.report.collation import describe_collation
from wirediff.core.result import MARKED_BY_USER

PLAIN = b'Kyiv said yes. "We will win," he said. Moscow said no.'
QUOTE = "\N{LEFT DOUBLE QUOTATION MARK}We will win,\N{RIGHT DOUBLE QUOTATION MARK} he said."
RESTYLED = f"Kyiv said yes. {QUOTE} Moscow said no, again.".encode()


def cells(collation: Collation) -> list[list[tuple[str, str | None]]]:
    return [[(cell.kind.value, cell.text) for cell in row.cells] for row in collation.rows]


def test_restyled_quotes_are_minor_and_new_words_changed_by_default() -> None:
    collation = collate_documents(
        [load_document(raw=PLAIN, name="a"), load_document(raw=RESTYLED, name="b")]
    )
    assert not collation.strict
    assert cells(collation) == [
        [("equal", "Kyiv said yes."), ("equal", "Kyiv said yes.")],
        [
            ("equal", '"We will win," he said.'),
            ("minor", QUOTE),
        ],
        [("equal", "Moscow said no."), ("changed", "Moscow said no, again.")],
    ]
    assert collation.version_summary(0) == VersionSummary(3, equal=3, minor=0, changed=0, unique=0)
    assert collation.version_summary(1) == VersionSummary(3, equal=1, minor=1, changed=1, unique=0)
    assert not collation.is_identical()


def test_files_are_collated_leniently_unless_strict_is_asked(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(PLAIN)
    second.write_bytes(RESTYLED)
    lenient = collate_files([first, second])
    assert [row.cells[1].kind for row in lenient.rows] == [
        CellKind.EQUAL,
        CellKind.MINOR,
        CellKind.CHANGED,
    ]
    strict = collate_files([first, second], strict=True)
    assert [row.cells[1].kind for row in strict.rows] == [
        CellKind.EQUAL,
        CellKind.CHANGED,
        CellKind.CHANGED,
    ]


def test_collating_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^collate_documents needs at least one document$"):
        collate_documents([])


def test_copies_of_one_text_are_identical() -> None:
    collation = collate_documents(
        [load_document(raw=PLAIN, name="a"), load_document(raw=PLAIN, name="b")]
    )
    assert collation.is_identical()
    assert collation.version_summary(1) == VersionSummary(3, equal=3, minor=0, changed=0, unique=0)


def test_two_versions_are_each_others_evidence_for_furniture() -> None:
    story = b"Kyiv said yes on Monday, officials said.\n\n"
    collation = collate_documents(
        [
            load_document(raw=b"Share\n\n" + story + b"World desk", name="a"),
            load_document(raw=story + b"Editor's note", name="b"),
        ]
    )
    assert [dict(furniture.reasons) for furniture in collation.furniture] == [
        {0: "share button", 2: "only in this version, outside the story"},
        {1: "only in this version, outside the story"},
    ]


def test_furniture_marked_by_hand_is_kept_even_on_a_shared_paragraph() -> None:
    text = (
        b"Kyiv said yes on Monday, officials said.\n\nMoscow said no on Tuesday, its ministry said."
    )
    marked = replace(load_document(raw=text, name="a"), furniture_marks={1: MARKED_BY_USER})
    collation = collate_documents([marked, load_document(raw=text, name="b")])
    assert [dict(furniture.reasons) for furniture in collation.furniture] == [
        {1: "marked by you"},
        {},
    ]


def test_progress_gives_alignment_its_share_then_judges_the_cells() -> None:
    # Two reworded sentences make two gaps: alignment ticks at 0 and halfway through its 85%.
    seen: list[tuple[int, int]] = []
    collate_documents(
        [
            load_document(
                raw=b"Kyiv said yes. Moscow said no. Paris said later. Rome said nothing.", name="a"
            ),
            load_document(
                raw=b"Kyiv said yes. Moscow said no, again. Paris said later. "
                b"Rome said nothing today.",
                name="b",
            ),
        ],
        checkpoint=Checkpoint(lambda done, total: seen.append((done, total))),
    )
    assert seen == [(0, 1000), (0, 1000), (425, 1000), (850, 1000), (1000, 1000)]


def test_files_report_progress_too(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(PLAIN)
    seen: list[tuple[int, int]] = []
    collate_files([path], checkpoint=Checkpoint(lambda done, total: seen.append((done, total))))
    assert seen == [(0, 1000), (850, 1000), (1000, 1000)]


def test_progress_ticks_every_500_rows_while_judging_cells() -> None:
    text = " ".join(f"Line {number} is here." for number in range(501)).encode()
    seen: list[tuple[int, int]] = []
    collate_documents(
        [load_document(raw=text, name="long")],
        checkpoint=Checkpoint(lambda done, total: seen.append((done, total))),
    )
    assert seen == [(0, 1000), (850, 1000), (999, 1000), (1000, 1000)]


def test_a_cancel_during_sentence_splitting_stops_before_alignment_reports_progress() -> None:
    questions: list[None] = []

    def cancelled() -> bool:
        questions.append(None)
        return len(questions) >= 2  # asked once per new paragraph: the second version's

    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        collate_documents(
            [load_document(raw=PLAIN, name="a"), load_document(raw=RESTYLED, name="b")],
            checkpoint=Checkpoint(lambda done, total: seen.append((done, total)), cancelled),
        )
    assert seen == []


def test_the_readable_table_clips_only_sentences_longer_than_its_width() -> None:
    fits = (
        "Officials said the river rose above its banks by the evening and the main roads were shut."
    )
    longer = fits[:-1] + " again."
    assert (len(fits), len(longer)) == (90, 96)
    collation = collate_documents(
        [load_document(raw=fits.encode(), name="a"), load_document(raw=longer.encode(), name="b")]
    )
    assert describe_collation(collation).splitlines()[-2:] == [
        f"1  =  ~   {fits}",
        "   V2 ~ Officials said the river rose above its banks by the evening and the main roads "
        "were shut{+ again+}.",
    ]
    lone = collate_documents([load_document(raw=longer.encode(), name="b")])
    assert (
        describe_collation(lone).splitlines()[-1] == f"1  =   {longer[:89]}\N{HORIZONTAL ELLIPSIS}"
    )
