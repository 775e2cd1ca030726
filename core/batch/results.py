"""The batch's JSON Lines log: appended one whole story at a time, resumable after a crash.

Every story writes one or more lines; each line carries `story_id` and `pairs`, so a story is
complete when it has `max(1, pairs)` lines. A story's lines go out in one `write` followed by
`fsync`, so a killed run leaves at most one story cut short, at the end of the file.
`ResultLog.open` with `resume=True` drops such unfinished stories (rewriting the file through a
temporary file and a rename, so the old log survives a crash during the rewrite) and reports
the stories already done, which the run then skips: no record is written twice.

Imports the standard library only.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self


def record_line(record: dict[str, Any]) -> str:
    """One record as one line; `ensure_ascii` keeps odd file names valid in any reader.

    >>> record_line({"story_id": "a", "pairs": 0})
    '{"story_id": "a", "pairs": 0}\\n'
    """
    return json.dumps(record, ensure_ascii=True) + "\n"


class ResultLog:
    """Append-only JSON Lines results of a batch."""

    def __init__(self, path: Path, stream: IO[str], done: frozenset[str]) -> None:
        self.path = path
        self.done = done
        self._stream = stream

    @classmethod
    def open(cls, path: Path, *, resume: bool) -> Self:
        """Open for appending; with `resume`, keep finished stories and report them as done.

        Without `resume` an existing log is replaced (the run starts over).
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        done: frozenset[str] = frozenset()
        if resume and path.exists():
            kept, done = _complete_lines(path.read_text(encoding="utf-8", errors="replace"))
            _replace_atomically(path, kept)
        else:
            _replace_atomically(path, [])
        return cls(path, path.open("a", encoding="utf-8"), done)

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        self._stream.write("".join(record_line(record) for record in records))
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


def _replace_atomically(path: Path, lines: list[str]) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write("".join(line + "\n" for line in lines))
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
