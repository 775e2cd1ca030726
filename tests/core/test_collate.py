"""Pins the version matrix (`core.collate.collation`) and its exports (`core.report.collation`).

On the five seeds: which versions carry the Germany/Putin paragraph, the Rounds and Kirby
quotes, 002's trailing CTV headlines, and the reworded "Our policy ..." quote of 003 and 004 in
one row. Invariants (hypothesis): every sentence of every version is in exactly one row, ops
rebuild both wordings, N copies of one text collate to all-equal rows. Query methods agree with
the rows; progress and cancellation work; JSON, CSV and HTML exports hold what they promise.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirediff.core.collate.collation import (
    CellKind,
    Collation,
    CollationRow,
    RowFilter,
    collate_documents,
    collate_files,
)
from wirediff.core.compare import load_document, sentences_of
from wirediff.core.errors import BinaryInput, Cancelled, MissingInput
from wirediff.core.progress import Checkpoint
from wirediff.core.report.collation import (
    collation_to_csv,
    collation_to_html,
    collation_to_json,
    describe_collation,
    version_labels,
)
from wirediff.core.result import OpKind


@pytest.fixture(scope="module")
def collation(seeds: dict[str, Path]) -> Collation:
    return collate_files([seeds[key] for key in sorted(seeds)])


def rows_with(collation: Collation, fragment: str) -> list[CollationRow]:
    return [
        row for row in collation.rows if any(fragment in (cell.text or "") for cell in row.cells)
    ]


def only_row(collation: Collation, fragment: str) -> CollationRow:
    rows = rows_with(collation, fragment)
    assert len(rows) == 1, [row.text for row in rows]
    return rows[0]


def check_nothing_lost(collation: Collation) -> None:
    """Each sentence of each version in exactly one cell, whose text is made of it."""
    for document, version in enumerate(collation.documents):
        sentences = sentences_of(version.paragraphs)
        seen = Counter(k for row in collation.rows for k in row.cells[document].sentences)
        assert sorted(seen) == list(range(len(sentences)))
        assert set(seen.values()) <= {1}
        assert collation.sentence_count(document) == len(sentences)
        for index, row in enumerate(collation.rows):
            cell = row.cells[document]
            assert cell.is_present == bool(cell.sentences)
            if cell.is_present:
                assert cell.text == " ".join(sentences[k].text for k in cell.sentences)
                assert cell.paragraph == sentences[cell.sentences[0]].paragraph
                assert all(collation.row_of_sentence(document, k) == index for k in cell.sentences)
    for row in collation.rows:
        assert row.cells[row.reference].kind is CellKind.EQUAL
        assert row.versions[0] == row.reference
        for cell in row.cells:
            if cell.kind in (CellKind.MINOR, CellKind.CHANGED):
                before = "".join(op.text for op in cell.ops if op.kind is not OpKind.INSERT)
                after = "".join(op.text for op in cell.ops if op.kind is not OpKind.DELETE)
                assert (before, after) == (row.text, cell.text)


# --- The seeds ------------------------------------------------------------------------------


def test_germany_and_putin_only_in_001(collation: Collation) -> None:
    for fragment in ("Germany announced soon after", "Russian President Vladimir Putin warned"):
        row = only_row(collation, fragment)
        assert row.versions == (1,)
        assert row.is_unique


def test_rounds_quote_in_000_and_001(collation: Collation) -> None:
    row = only_row(collation, "I have no problem with Ukraine using the ATACMS")
    assert row.versions == (0, 1)
    assert [cell.kind for cell in row.cells[:2]] == [CellKind.EQUAL, CellKind.EQUAL]


def test_kirby_quote_in_000_001_002(collation: Collation) -> None:
    row = only_row(collation, "just not in a position on a day-to-day basis")
    assert row.versions == (0, 1, 2)
    # 002 prints straight quotes and apostrophes: restyled, not reworded.
    assert row.cells[2].kind is CellKind.MINOR
    assert all(op.cosmetic for op in row.cells[2].ops if op.kind is not OpKind.EQUAL)


def test_ctv_headlines_unique_to_002(collation: Collation) -> None:
    paragraphs = collation.documents[2].paragraphs
    start = paragraphs.index("CTVNews.ca Top Stories")
    sentences = sentences_of(paragraphs)
    tail = [k for k, sentence in enumerate(sentences) if sentence.paragraph >= start]
    assert len(tail) >= 15
    unique = set(collation.rows_unique_to(2))
    for k in tail:
        assert collation.row_of_sentence(2, k) in unique, sentences[k].text


def test_atacms_policy_quote_one_reworded_row(collation: Collation) -> None:
    row = only_row(collation, "Our policy with respect to prohibiting the use of")
    assert row.versions == (3, 4)
    assert row.reference == 3
    assert "ATACMS" in row.text
    cell = row.cells[4]
    assert cell.kind is CellKind.CHANGED
    assert "Atacms" in (cell.text or "")
    deleted = " ".join(op.text for op in cell.ops if op.kind is OpKind.DELETE)
    inserted = " ".join(op.text for op in cell.ops if op.kind is OpKind.INSERT)
    assert "ATACMS" in deleted
    assert "Atacms" in inserted
    assert "said" in deleted
    assert "added" in inserted
    assert "long-range missiles recently sent by Washington" in deleted
    assert "ballistic missile system" in inserted


def test_dateline_split_by_002_stays_in_one_row(collation: Collation) -> None:
    row = only_row(collation, "Ukraine has used U.S weapons to strike inside Russia")
    assert row.versions == (0, 1, 2)
    cell = row.cells[2]
    assert len(cell.sentences) == 2
    assert (cell.text or "").startswith("WASHINGTON -")


def test_seeds_lose_nothing(collation: Collation) -> None:
    check_nothing_lost(collation)


def test_first_version_reads_in_order(collation: Collation) -> None:
    rows = [collation.row_of_sentence(0, k) for k in range(collation.sentence_count(0))]
    assert rows == sorted(rows)
    assert collation.rows[0].reference == 0


def test_queries_agree_with_rows(collation: Collation) -> None:
    count = len(collation.documents)
    partial = collation.rows_not_in_every_version()
    unique = collation.rows_unique_to_one_version()
    assert partial == tuple(i for i, row in enumerate(collation.rows) if len(row.versions) < count)
    assert unique == tuple(i for i, row in enumerate(collation.rows) if len(row.versions) == 1)
    assert set(unique) <= set(partial)
    assert sorted(i for d in range(count) for i in collation.rows_unique_to(d)) == list(unique)
    assert collation.filtered_rows(RowFilter.ALL) == tuple(range(len(collation.rows)))
    assert collation.filtered_rows(RowFilter.NOT_IN_EVERY_VERSION) == partial
    assert collation.filtered_rows(RowFilter.UNIQUE_TO_ONE_VERSION) == unique
    column = collation.cells_of(3)
    assert len(column) == len(collation.rows)
    assert column == tuple(row.cells[3] for row in collation.rows)
    assert collation.row_of_sentence(0, -1) is None
    assert collation.row_of_sentence(0, collation.sentence_count(0)) is None
    summary = collation.version_summary(4)
    assert summary.sentences == collation.sentence_count(4)
    assert summary.unique == len(collation.rows_unique_to(4))
    assert not collation.is_identical()


def test_strict_counts_restyling_as_rewording(seeds: dict[str, Path]) -> None:
    collation = collate_files([seeds["000"], seeds["002"]], strict=True)
    assert collation.strict
    kinds = Counter(row.cells[1].kind for row in collation.rows)
    assert kinds[CellKind.MINOR] == 0
    assert kinds[CellKind.CHANGED] > 0


def test_progress_reaches_the_end_and_cancel_stops(seeds: dict[str, Path]) -> None:
    documents = [load_document(seeds[key]) for key in sorted(seeds)]
    seen: list[tuple[int, int]] = []
    collate_documents(documents, checkpoint=Checkpoint(lambda d, t: seen.append((d, t))))
    assert seen[-1] == (1000, 1000)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    with pytest.raises(Cancelled):
        collate_documents(documents, checkpoint=Checkpoint(cancelled=lambda: True))


def test_needs_a_document_and_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one"):
        collate_documents([])
    with pytest.raises(MissingInput, match=r"nope\.txt"):
        collate_files([tmp_path / "nope.txt"])


MERGED = (
    b"Kyiv asked allies for more air defence systems this week, "
    b"after heavy strikes on power plants overnight."
)
SPLIT = (
    b"Kyiv asked allies for more air defence systems this week. "
    b"The request came after heavy strikes on power plants overnight."
)


def test_a_split_sentence_fills_one_cell() -> None:
    collation = collate_documents(
        [load_document(raw=MERGED, name="merged"), load_document(raw=SPLIT, name="split")]
    )
    assert len(collation.rows) == 1
    cell = collation.rows[0].cells[1]
    assert cell.kind is CellKind.CHANGED
    assert cell.sentences == (0, 1)
    check_nothing_lost(collation)


def test_a_merged_sentence_joins_the_row_it_resembles_most() -> None:
    collation = collate_documents(
        [load_document(raw=SPLIT, name="split"), load_document(raw=MERGED, name="merged")]
    )
    assert [row.versions for row in collation.rows] == [(0, 1), (0,)]
    assert collation.rows[0].cells[1].kind is CellKind.CHANGED
    check_nothing_lost(collation)


def test_each_bad_file_is_named(seeds: dict[str, Path], tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInput) as raised:
        collate_files([seeds["000"], binary])
    assert "image.png" in str(raised.value)
    assert "\n" not in str(raised.value)


# --- Exports --------------------------------------------------------------------------------


def test_json_holds_every_sentence_once(collation: Collation) -> None:
    data = collation_to_json(collation)
    assert data["version"] == 1
    assert len(data["documents"]) == 5
    for document in data["documents"]:
        assert {"path", "encoding", "fixes", "paragraphs", "sentences"} <= set(document)
    assert data["documents"][2]["fixes"] >= 1
    for index, document in enumerate(data["documents"]):
        seen = Counter(
            k for row in data["sentences"] for k in row["cells"][index].get("indices", [])
        )
        assert sorted(seen) == list(range(document["sentences"]))
        assert set(seen.values()) == {1}
    for row in data["sentences"]:
        assert len(row["cells"]) == 5
        for cell in row["cells"]:
            assert cell["kind"] in {"equal", "minor", "changed", "absent"}
            assert (cell["text"] is None) == (cell["kind"] == "absent")
            assert (cell["paragraph"] is None) == (cell["kind"] == "absent")
            assert ("ops" in cell) == (cell["kind"] in ("minor", "changed"))
    assert data["summary"]["unique_to_one_version"] == len(collation.rows_unique_to_one_version())


def test_csv_has_a_kind_and_text_per_version(collation: Collation) -> None:
    rows = list(csv.reader(io.StringIO(collation_to_csv(collation))))
    header, body = rows[0], rows[1:]
    labels = version_labels(collation)
    assert header == ["row", "versions"] + [
        column for label in labels for column in (f"{label}: kind", f"{label}: text")
    ]
    assert len(body) == len(collation.rows)
    germany = next(line for line in body if "Germany announced soon after" in line[5])
    assert germany[1] == "1"
    assert germany[2::2] == ["absent", "same", "absent", "absent", "absent"]
    unique = list(
        csv.reader(io.StringIO(collation_to_csv(collation, collation.rows_unique_to_one_version())))
    )[1:]
    assert len(unique) == len(collation.rows_unique_to_one_version())
    assert {line[1] for line in unique} == {"1"}


def test_html_is_self_contained_and_marks_rewording(collation: Collation) -> None:
    page = collation_to_html(collation)
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    for external in ("http://", "https://", "<script", "<link", "src=", "url("):
        assert external not in page
    header = re.search(r"<thead><tr>(.*?)</tr></thead>", page)
    assert header is not None
    assert header.group(1).count("<th") == 1 + len(collation.documents)
    assert page.count("<tr class=") == len(collation.rows)
    for kind in CellKind:
        assert f'<td class="{kind.value}' in page
    assert "<del>Zelenskyy</del>" in page
    assert "<ins>Zelensky</ins>" in page
    # `ATACMS` re-cased as `Atacms` is restyling, not a reworded word.
    assert "<del>ATACMS</del>" not in page
    assert "Â鶹´«Ã½" not in page
    filtered = collation_to_html(collation, collation.rows_unique_to_one_version())
    assert filtered.count("<tr class=") == len(collation.rows_unique_to_one_version())
    assert filtered.count('<tr class="unique">') == len(collation.rows_unique_to_one_version())


def test_html_escapes_text() -> None:
    first = load_document(raw=b"Tags like <b> & <script> stay text. Second one.", name="a")
    second = load_document(raw=b"Tags like <i> & <script> stay text.", name="b")
    page = collation_to_html(collate_documents([first, second]))
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert "<del>&lt;b&gt;</del>" in page or "<del>b</del>" in page


def test_readable_table(collation: Collation) -> None:
    text = describe_collation(collation)
    assert text.startswith("Versions:")
    assert f"{len(collation.rows)} sentences in all" in text
    assert "Germany announced soon after" in text
    # A reworded sentence is spelled out under its row, wdiff style; the ATACMS quote, only
    # re-cased, is not.
    assert "Volodymyr [-Zelenskyy-]{+Zelensky+}, visited Qatar" in text
    assert "[-ATACMS-]" not in text
    lines = text.splitlines()
    germany = next(line for line in lines if "Germany announced soon after" in line)
    assert germany.split()[1:6] == ["·", "=", "·", "·", "·"]


# --- Invariants -----------------------------------------------------------------------------

VOCABULARY = (
    "the a Kyiv U.S. U.S Sen. Mike said “quoted” 'single' — – - defence defense 20 3.5 "
    "kilometres kilometers Ukraine’s Ukraine's Russia. Putin? yes! Ärger … (AP) , ; he."
)
WORDS = st.sampled_from(VOCABULARY.split(" "))
SENTENCE = st.lists(WORDS, min_size=1, max_size=10).map(lambda words: " ".join(words))
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(lambda sentences: " ".join(sentences))
TEXT = st.lists(PARAGRAPH, min_size=1, max_size=6).map(lambda paragraphs: "\n\n".join(paragraphs))


def load_texts(texts: list[str]) -> list:
    return [
        load_document(raw=text.encode("utf-8"), name=f"v{index}")
        for index, text in enumerate(texts)
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_nothing_lost_for_any_versions(texts: list[str]) -> None:
    collation = collate_documents(load_texts(texts))
    check_nothing_lost(collation)
    assert all(row.versions for row in collation.rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.integers(min_value=1, max_value=5))
def test_copies_of_one_text_are_all_equal(text: str, copies: int) -> None:
    collation = collate_documents(load_texts([text] * copies))
    assert collation.is_identical()
    assert collation.rows_not_in_every_version() == ()
    assert len(collation.rows) == collation.sentence_count(0)
    check_nothing_lost(collation)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.data())
def test_edited_versions_share_untouched_sentences(text: str, data: st.DataObject) -> None:
    paragraphs = text.split("\n\n")
    versions = [text]
    for _ in range(data.draw(st.integers(1, 3))):
        edited = list(paragraphs)
        if len(edited) > 1 and data.draw(st.booleans()):
            del edited[data.draw(st.integers(0, len(edited) - 1))]
        edited.insert(data.draw(st.integers(0, len(edited))), "Entirely new words here.")
        versions.append("\n\n".join(edited))
    collation = collate_documents(load_texts(versions))
    check_nothing_lost(collation)
