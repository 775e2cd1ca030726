"""Exact rows of the Parquet copy of a batch's results (`core.batch.parquet`): a pair record, an
error record and a one-version story, flattened column by column and read back with pyarrow."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from wirediff.core.batch.parquet import flat_record, parquet_bytes
from wirediff.core.errors import InputError

PAIR = {
    "story_id": "s",
    "pair": 1,
    "pairs": 2,
    "left": {"index": 1, "path": "v1.txt", "time": "t1", "encoding": "utf-8", "repairs": 0},
    "right": {"index": 2, "path": "v2.txt", "time": "t2", "encoding": "cp1252", "repairs": 3},
    "summary": {"sentences_added": 4, "sentences_removed": 1},
    "rows": [{"kind": "equal"}],
}
ERROR = {"story_id": "e", "pair": None, "pairs": 0, "error": "e.txt: no such file"}
ALONE = {"story_id": "a", "pair": None, "versions": 1}

PAIR_ROW = {
    "story_id": "s",
    "pair": 1,
    "pairs": 2,
    "error": None,
    "left_index": 1,
    "left_path": "v1.txt",
    "left_time": "t1",
    "left_encoding": "utf-8",
    "left_repairs": 0,
    "right_index": 2,
    "right_path": "v2.txt",
    "right_time": "t2",
    "right_encoding": "cp1252",
    "right_repairs": 3,
    "sentences_added": 4,
    "sentences_removed": 1,
    "rows": '[{"kind": "equal"}]',
}
NO_SIDES = {
    f"{side}_{field}": None
    for side in ("left", "right")
    for field in ("index", "path", "time", "encoding", "repairs")
}


def test_a_pair_record_becomes_one_flat_row() -> None:
    assert flat_record(PAIR) == PAIR_ROW


def test_an_error_record_has_no_sides_and_no_rows() -> None:
    assert flat_record(ERROR) == {
        "story_id": "e",
        "pair": None,
        "pairs": 0,
        "error": "e.txt: no such file",
        **NO_SIDES,
        "rows": None,
    }


def test_a_record_without_pairs_counts_none() -> None:
    assert flat_record(ALONE) == {
        "story_id": "a",
        "pair": None,
        "pairs": 0,
        "error": None,
        **NO_SIDES,
        "rows": None,
    }


def test_the_parquet_file_holds_every_complete_record(tmp_path: Path) -> None:
    log = tmp_path / "results.jsonl"
    log.write_text(
        '{"story_id": "s", "pair": 0, "pairs": 2}\n'
        '{"story_id": "e", "pair": null, "pairs": 0, "error": "gone"}\n'
        '{"story_id": "s", "pair": 1, "pairs": 2}\n'
        '{"story_id": "t", "pair": 0, "pa',
        encoding="utf-8",
    )
    path = tmp_path / "results.parquet"
    path.write_bytes(parquet_bytes(log))
    table = pq.read_table(path)
    assert table.column_names == ["story_id", "pair", "pairs", "error", *NO_SIDES, "rows"]
    assert table.select(["story_id", "pair", "pairs", "error"]).to_pylist() == [
        {"story_id": "s", "pair": 0, "pairs": 2, "error": None},
        {"story_id": "e", "pair": None, "pairs": 0, "error": "gone"},
        {"story_id": "s", "pair": 1, "pairs": 2, "error": None},
    ]


def test_without_pyarrow_the_user_is_told_what_to_install(tmp_path: Path, monkeypatch) -> None:
    log = tmp_path / "results.jsonl"
    log.write_text('{"story_id": "s", "pairs": 0}\n', encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(InputError) as caught:
        parquet_bytes(log)
    assert str(caught.value) == "Parquet output needs pyarrow: pip install 'wirediff[scale]'"
