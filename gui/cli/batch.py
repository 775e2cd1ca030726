"""`wirediff batch`: compare every version of every story of a collection, on all cores or Dask.

    wirediff batch INPUT --out RESULTS.jsonl|RESULTS.parquet [--workers N]
                   [--scheduler ADDRESS|local] [--resume] [--against previous|first] [--rows]

INPUT is a folder of story folders or a CSV/JSON Lines manifest (`core.batch.stories`). Each
story's records are appended to the JSON Lines log as the story finishes (`core.batch.results`),
so a killed run loses only the stories in flight and `--resume` goes on where it stopped. With a
`.parquet` RESULTS the log is RESULTS with a `.jsonl` suffix and the Parquet copy is written at
the end. Both are written as every other output of the command (`gui.cli.outputs`): checked
first against the inputs (the manifest, every version) and each other, the log's rewrite and
the Parquet copy written atomically, odd file names spelled `\\xNN`. Progress goes to stderr: a
bar with rate and ETA on a terminal, a plain line every few seconds otherwise. Exit status: 0
every story compared, 1 some stories failed (each recorded with its error), 2 bad usage or
unreadable input.

Imports `core` and the standard library; tqdm only on a terminal, Dask and pyarrow only when
asked for; never Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from wirediff.core.errors import InputError
from wirediff.gui.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from wirediff.gui.cli.outputs import (
    OutputPlan,
    OutputRefused,
    cannot_write,
    json_text,
    say,
    shown,
    write_file,
)

if TYPE_CHECKING:
    from wirediff.core.batch.stories import Story

# `--scheduler local`, and the choices of --against: spelled here so that building the parser
# imports no engine module (the command line's start-up stays short for every subcommand).
LOCAL_SCHEDULER = "local"
AGAINST_CHOICES = ("previous", "first")

# A plain progress line at most this often when stderr is not a terminal (logs, CI, nohup).
PLAIN_PROGRESS_INTERVAL_S = 5.0


def add_batch_parser(commands: Any) -> None:  # noqa: ANN401 (argparse's private subparsers type)
    batch = commands.add_parser(
        "batch",
        help="compare every version of every story of a collection",
        description="Compare each version of each story with the one before (or the first).",
    )
    batch.add_argument(
        "input", type=Path, help="folder of story folders, a .csv/.jsonl manifest, or a .warc file"
    )
    batch.add_argument(
        "--out", required=True, type=Path, metavar="RESULTS", help="RESULTS.jsonl or .parquet"
    )
    batch.add_argument(
        "--workers", type=int, default=None, metavar="N", help="processes (default: all cores)"
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=f"run on a Dask cluster: tcp://HOST:8786, or '{LOCAL_SCHEDULER}' for this machine",
    )
    batch.add_argument("--dask", action="store_true", help=f"same as --scheduler {LOCAL_SCHEDULER}")
    batch.add_argument("--resume", action="store_true", help="skip stories already in RESULTS")
    batch.add_argument(
        "--against",
        choices=AGAINST_CHOICES,
        default=AGAINST_CHOICES[0],
        help="compare each version with the previous one (default) or with the first",
    )
    batch.add_argument("--rows", action="store_true", help="keep every comparison's rows")
    batch.add_argument("--strict", action="store_true", help="report cosmetic differences too")


def log_path(out: Path) -> Path:
    """Where the JSON Lines log goes for an --out value.

    >>> str(log_path(Path("r/results.parquet")))
    'r/results.jsonl'
    >>> str(log_path(Path("results.jsonl")))
    'results.jsonl'
    """
    return out.with_suffix(".jsonl") if out.suffix.lower() == ".parquet" else out


def run_batch(args: argparse.Namespace) -> int:
    from wirediff.core.batch.executors import default_workers, run_unordered
    from wirediff.core.batch.job import Against, BatchOptions, process_story
    from wirediff.core.batch.results import ResultLog
    from wirediff.core.batch.stories import find_stories

    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        print("wirediff: --workers must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    scheduler = LOCAL_SCHEDULER if args.dask and not args.scheduler else args.scheduler
    log = log_path(args.out)
    options = BatchOptions(Against(args.against), rows=args.rows, strict=args.strict)
    try:
        stories = find_stories(args.input)
        refusal = _refuse_outputs(args.input, stories, log, args.out)
        if refusal:
            say(f"wirediff: {refusal}")
            return EXIT_USAGE
        with ResultLog.open(log, resume=args.resume, line=_record_line) as results:
            todo = [story for story in stories if story.story_id not in results.done]
            progress = _progress(len(todo), skipped=len(stories) - len(todo))
            failed = pairs = 0
            outcomes = run_unordered(
                partial(process_story, options=options),
                todo,
                workers=workers,
                scheduler=scheduler,
            )
            for outcome in outcomes:
                results.append(outcome.records)
                failed += outcome.failed
                pairs += (
                    0 if outcome.failed else sum(r.get("pair") is not None for r in outcome.records)
                )
                progress.advance(failed)
            progress.close()
        if args.out != log:
            from wirediff.core.batch.parquet import parquet_bytes

            data = parquet_bytes(log)
            try:
                write_file(args.out, data)
            except OSError as error:
                say(cannot_write(args.out, error))
                return EXIT_USAGE
    except InputError as error:
        say(f"wirediff: {error}")
        return EXIT_USAGE
    except OSError as error:
        say(cannot_write(error.filename or log, error))
        return EXIT_USAGE
    say(
        f"{len(todo)} stories compared ({pairs} pairs), {failed} failed,"
        f" {len(stories) - len(todo)} already done; results in {shown(args.out)}"
    )
    return EXIT_PARTIAL if failed else EXIT_OK


def _refuse_outputs(source: Path, stories: list[Story], log: Path, out: Path) -> str | None:
    """Why the log or the Parquet copy may not be written, or None.

    Neither may be the manifest or a version (the run would destroy what it reads), a folder,
    or the same file as the other. Versions given by URL are not files here.
    """
    plan = OutputPlan([source] if source.is_file() else [])
    outputs = [log] if out == log else [log, out]
    try:
        plan.add("--out", log, None if log == out else f"--out {shown(out)} (its log {shown(log)})")
        if out != log:
            plan.add("--out", out)
    except OutputRefused as refused:
        return str(refused)
    # A collection holds millions of versions: each is compared with the outputs by one stat
    # (the same file) and its absolute path (a version not written yet), not resolved as
    # `OutputPlan.add_input` resolves the few inputs of other commands.
    by_file = {}
    for output in outputs:
        with suppress(OSError):
            status = output.stat()
            by_file[status.st_dev, status.st_ino] = output
    by_path = {os.path.abspath(output): output for output in outputs}  # noqa: PTH100 (no resolve)
    for story in stories:
        for version in story.versions:
            if "://" in version.path:
                continue
            clash = by_path.get(os.path.abspath(version.path))  # noqa: PTH100 (as above)
            if clash is None and by_file:
                with suppress(OSError):
                    status = Path(version.path).stat()
                    clash = by_file.get((status.st_dev, status.st_ino))
            if clash is not None:
                return f"{shown(clash)} is an input file; refusing to overwrite it"
    return None


def _record_line(record: dict[str, Any]) -> str:
    return json_text(record) + "\n"


class _Progress(Protocol):
    def advance(self, failed: int) -> None: ...
    def close(self) -> None: ...


def _progress(total: int, *, skipped: int) -> _Progress:
    if sys.stderr.isatty():
        try:
            return _BarProgress(total)
        except ImportError:
            pass
    return _PlainProgress(total, skipped)


class _BarProgress:
    def __init__(self, total: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit="story", dynamic_ncols=True)

    def advance(self, failed: int) -> None:
        self._bar.set_postfix(failed=failed, refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()


class _PlainProgress:
    def __init__(self, total: int, skipped: int) -> None:
        self._total = total
        self._done = 0
        self._start = self._last = time.monotonic()
        if skipped:
            print(f"batch: {skipped} stories already done, {total} to go", file=sys.stderr)

    def advance(self, failed: int) -> None:
        self._done += 1
        now = time.monotonic()
        if now - self._last < PLAIN_PROGRESS_INTERVAL_S and self._done < self._total:
            return
        self._last = now
        rate = self._done / max(now - self._start, 1e-9)
        left = (self._total - self._done) / rate if rate else 0.0
        print(
            f"batch: {self._done}/{self._total} stories, {rate:.1f}/s,"
            f" ETA {left:.0f} s, {failed} failed",
            file=sys.stderr,
            flush=True,
        )

    def close(self) -> None:
        pass
