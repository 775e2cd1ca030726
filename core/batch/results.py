"""The batch's JSON Lines log: appended one whole story at a time, resumable after a crash.

Every story writes one or more lines; each line carries `story_id` and `pairs`, so a story is
complete when it has `max(1, pairs)` lines. A story's lines go out in one `write` followed by
`fsync`, so a killed run leaves at most one story cut short, at the end of the file.
`ResultLog.open` with `resume=True` drops such unfinished stories (rewriting the file through
`core.atomic_files`, so the old log survives a crash or a full disk during the rewrite) and reports
the stories already done, which the run then skips: no record is written twice. The caller
also says how a record becomes a line, so the command line writes the log with the same
writer and the same spelling of odd file names as its other outputs.

Imports the standard library and `core.atomic_files` only.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from wirediff.core.atomic_files import write_file


def record_line(record: dict[str, Any]) -> str:
    """One record as one line; `ensure_ascii` keeps odd file names valid in any reader.

    >>> record_line({"story_id": "a", "pairs": 0})
    '{"story_id": "a", "pairs": 0}\\n'
    """
    return json.dumps(record, ensure_ascii=True) + "\n"


class ResultLog:
    """Append-only JSON Lines results of a batch."""

    def __init__(
        self,
        path: Path,
        stream: IO[str],
        done: frozenset[str],
        line: Callable[[dict[str, Any]], str] = record_line,
    ) -> None:
        self.path = path
        self.done = done
        self._stream = stream
        self._line = line

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        resume: bool,
        line: Callable[[dict[str, Any]], str] = record_line,
    ) -> Self:
        """Open for appending; with `resume`, keep finished stories and report them as done.

        Without `resume` an existing log is replaced (the run starts over); either way the
        rewrite is atomic, so on failure the old log stays as it was. `line` turns a record
        into one line ending in a newline.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        done: frozenset[str] = frozenset()
        kept: list[str] = []
        if resume and path.exists():
            kept, done = _complete_lines(path.read_text(encoding="utf-8", errors="replace"))
        write_file(path, "".join(kept_line + "\n" for kept_line in kept).encode("utf-8"))
        return cls(path, path.open("a", encoding="utf-8"), done, line)

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        self._stream.write("".join(self._line(record) for record in records))
        self._stream.flush()
        os.fsync(self._stream.fileno())

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def read_records(path: Path) -> list[dict[str, Any]]:
    """Every complete record of a log (for tests, the Parquet copy and summaries)."""
    kept, _ = _complete_lines(path.read_text(encoding="utf-8"))
    return [json.loads(line) for line in kept]


def _complete_lines(text: str) -> tuple[list[str], frozenset[str]]:
    """The lines of finished stories, and those stories' ids.

    >>> _complete_lines('{"story_id": "a", "pairs": 2}\\n{"story_id": "b", "pairs": 2}\\n'
    ...                 '{"story_id": "a", "pairs": 2}\\n{"story_id": "c", "pa')
    (['{"story_id": "a", "pairs": 2}', '{"story_id": "a", "pairs": 2}'], frozenset({'a'}))
    """
    parsed: list[tuple[str, str, int]] = []
    for line in text.split("\n"):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # the torn last line of a killed run, or an empty line
        if isinstance(record, dict) and isinstance(record.get("story_id"), str):
            parsed.append((line, record["story_id"], int(record.get("pairs") or 0)))
    seen = Counter(story for _, story, _ in parsed)
    complete = {story for _, story, pairs in parsed if seen[story] == max(1, pairs)}
    return [line for line, story, _ in parsed if story in complete], frozenset(complete)
