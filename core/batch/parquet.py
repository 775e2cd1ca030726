"""A Parquet copy of a batch's JSON Lines results, for pandas, DuckDB or Spark.

One row per record: the story id, the pair's place, both versions' path, time, encoding and
number of repairs, the summary's counts as integer columns, the error (if any) and the rows as a
JSON string (when the batch kept them). `parquet_bytes` returns the file's bytes, which the
caller writes as it writes its other outputs (atomically). Imports pyarrow (the optional
`scale` extra) inside `parquet_bytes` only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wirediff.core.batch.results import read_records
from wirediff.core.errors import InputError

SIDE_FIELDS = ("index", "path", "time", "encoding", "repairs")


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """One record as one flat table row.

    >>> flat_record({"story_id": "s", "pair": None, "pairs": 0, "error": "gone"})["error"]
    'gone'
    """
    row: dict[str, Any] = {
        "story_id": record["story_id"],
        "pair": record.get("pair"),
        "pairs": record.get("pairs", 0),
        "error": record.get("error"),
    }
    for side in ("left", "right"):
        values = record.get(side) or {}
        for field in SIDE_FIELDS:
            row[f"{side}_{field}"] = values.get(field)
    for key, value in (record.get("summary") or {}).items():
        row[key] = value
    row["rows"] = json.dumps(record["rows"]) if "rows" in record else None
    return row


def parquet_bytes(jsonl: Path) -> bytes:
    """Every complete record of `jsonl` as the bytes of a Parquet file."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("Parquet output needs pyarrow: pip install 'wirediff[scale]'") from None
    table = pa.Table.from_pylist([flat_record(record) for record in read_records(jsonl)])
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())
