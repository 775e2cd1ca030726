"""The `wirediff repair` subcommand: decoded, repaired UTF-8 copies of many files.

    wirediff repair PATH... --out DIR [--report FILE|-] [--no-clobber]
                    [--workers N] [--scheduler ADDRESS|local]

Each file (folders are walked) is decoded and repaired as `compare` would, and written as UTF-8
with "\\n" line ends under DIR, by its path inside the folder given. Every change is said: one
line on stdout per file that was changed or that replaced an existing output (encoding,
mojibake repairs, CRLF line ends, a byte-order mark), and the same in the `--report`.

Nothing stops the run but bad usage: a file that cannot be read or written, a FIFO, device
or symlink loop met in a walked folder, a folder that cannot be listed, or two inputs that would
write one output, is named on stderr and the others are still written (exit status 1). Every
output is checked against every input once, through a set (`gui.cli.outputs.OutputPlan`), so a
folder of thousands of files costs linear time. Large folders decode and repair on several
processes (`--workers`) or a Dask cluster (`--scheduler`, as `wirediff batch` does); files are
still written here, one at a time, and reported in the order given. Never imports Qt.
"""

from __future__ import annotations

import argparse
import codecs
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirediff.gui.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, ParserT
from wirediff.gui.cli.outputs import (
    STDOUT,
    OutputPlan,
    OutputRefused,
    cannot_write,
    encodable,
    json_text,
    printable,
    say,
    shown,
    write_file,
    write_stdout,
    write_text,
)

if TYPE_CHECKING:
    from wirediff.core.result import Document


def add_repair_parser(subparsers: argparse._SubParsersAction[ParserT]) -> None:
    """Add the `repair` subcommand to the `wirediff` parser."""
    repair = subparsers.add_parser("repair", help="write decoded, repaired UTF-8 copies")
    repair.add_argument("paths", nargs="+", metavar="PATH")
    repair.add_argument("--out", required=True, metavar="DIR")
    repair.add_argument(
        "--report", metavar="FILE", help="write a JSON repair report to FILE ('-': stdout)"
    )
    repair.add_argument(
        "--workers", type=int, default=1, metavar="N", help="decode and repair on N processes"
    )
    repair.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="decode and repair on a Dask cluster (tcp://HOST:8786, or 'local')",
    )
    repair.add_argument(
        "--no-clobber",
        action="store_true",
        help="never replace a file that exists under DIR (it is named, and skipped)",
    )


@dataclass(frozen=True, slots=True)
class _Job:
    """One input file and the output it is written to."""

    source: str
    destination: Path


def _walk(root: str) -> Iterator[tuple[str, Path] | str]:
    """(file, path relative to `root`) for everything under a folder, or a message per folder
    that cannot be listed.

    Anything that is not a folder is yielded, FIFOs, devices and broken links included, so
    reading it names what is wrong instead of skipping it silently. Links to folders are not
    followed (a link loop would never end); they are yielded and reported as folders.
    """
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield f"wirediff: {shown(root)}: cannot list the folder ({error.strerror or error})"
        return
    for entry in entries:
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            for found in _walk(entry.path):
                if isinstance(found, str):
                    yield found
                else:
                    yield found[0], Path(entry.name, found[1])
        else:
            yield entry.path, Path(entry.name)


def _jobs(paths: list[str], out: Path) -> Iterator[_Job | str]:
    for path in paths:
        if Path(path).is_dir():
            for found in _walk(path):
                yield (
                    found if isinstance(found, str) else _Job(found[0], out / _copy_name(found[1]))
                )
        else:
            yield _Job(path, out / _copy_name(Path(Path(path).name)))


def _copy_name(relative: Path) -> Path:
    """The copy's name: a web page, Word file, PDF... becomes the text extracted from it (.txt).

    >>> _copy_name(Path("news/storm.html")).as_posix(), _copy_name(Path("a.txt")).as_posix()
    ('news/storm.txt', 'a.txt')
    """
    from wirediff.core.formats.detect import DOCUMENT_EXTENSIONS

    if relative.suffix.lower() in DOCUMENT_EXTENSIONS:
        return relative.with_suffix(".txt")
    return relative


def describe_changes(document: Document, written: bytes) -> list[str]:
    """What writing `document` as `written` changed, in words a user reads.

    >>> from wirediff.core.compare import load_document
    >>> raw = codecs.BOM_UTF8 + "caf\\u00c3\\u00a9\\r\\n".encode()
    >>> document = load_document(raw=raw, name="a.txt")
    >>> describe_changes(document, document.text.encode())
    ['1 mojibake repair', 'UTF-8 byte-order mark removed', 'CRLF line ends made LF']
    """
    if written == document.raw:
        return []
    changes = []
    extracted = document.meta.format != "text"
    if extracted:
        from wirediff.core.formats.story import Format

        changes.append(f"story extracted from the {Format(document.meta.format).label.lower()}")
    if document.fixes:
        count = len(document.fixes)
        changes.append(f"{count} mojibake repair{'s' if count != 1 else ''}")
    if extracted:
        return changes  # the bytes were never text: their encoding and line ends do not apply
    encoding = codecs.lookup(document.encoding).name
    if document.raw.startswith(codecs.BOM_UTF8):
        changes.append("UTF-8 byte-order mark removed")
    elif encoding not in ("utf-8", "ascii"):
        changes.append(f"re-encoded from {document.encoding} to UTF-8")
    original = document.raw.decode(document.encoding, errors="replace")
    if "\r\n" in original:
        changes.append("CRLF line ends made LF")
    if "\r" in original.replace("\r\n", ""):
        changes.append("CR line ends made LF")
    if (
        encoding == "utf-8"
        and document.confidence < 1.0
        and "\N{REPLACEMENT CHARACTER}" in original
    ):
        changes.append("bytes that are not UTF-8 read as cp1252")
    return changes or ["rewritten as UTF-8"]


def load_or_explain(indexed_source: tuple[int, str]) -> tuple[int, Document | str]:
    """Load one file where a worker runs it: the document, or the one-line error."""
    from wirediff.core.compare import load_document
    from wirediff.core.errors import InputError

    index, source = indexed_source
    try:
        return index, load_document(source)
    except InputError as error:
        return index, f"wirediff: {error}"


def run_repair(args: argparse.Namespace) -> int:
    """Run `wirediff repair` with parsed arguments; returns the exit status."""
    from wirediff.core.batch.executors import run_unordered
    from wirediff.core.errors import InputError
    from wirediff.core.report.comparison import repair_entry, repair_report

    if args.workers < 1:
        say("wirediff: --workers must be 1 or more")
        return EXIT_USAGE

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        say(f"wirediff: --out {shown(out)} is not a folder")
        return EXIT_USAGE
    failures = 0
    found: list[_Job] = []
    for job in _jobs(args.paths, out):
        if isinstance(job, str):
            say(job)
            failures += 1
        else:
            found.append(job)
    plan = OutputPlan([job.source for job in found])
    jobs: list[_Job] = []
    for job in found:
        try:
            plan.add(
                shown(job.source),
                job.destination,
                label=f"the copy of {shown(job.source)} ({shown(job.destination)})",
            )
        except OutputRefused as refused:
            # Two inputs with one name (x/a.txt, y/a.txt): the second must not replace the first.
            reason = (
                f"{shown(job.destination)} already holds {refused.holder}"
                if refused.holder
                else str(refused)
            )
            say(f"wirediff: {shown(job.source)}: not written, {reason}")
            failures += 1
            continue
        jobs.append(job)
    try:
        plan.add("--report", args.report)
    except OutputRefused as refused:
        say(f"wirediff: {refused}")
        return EXIT_USAGE
    entries: dict[int, dict[str, Any]] = {}
    lines: dict[int, str] = {}
    try:
        loaded = run_unordered(
            load_or_explain,
            enumerate(job.source for job in jobs),
            workers=args.workers,
            scheduler=args.scheduler,
        )
        for index, document in loaded:
            job = jobs[index]
            if isinstance(document, str):
                say(document)
                failures += 1
                continue
            existed = job.destination.is_symlink() or job.destination.exists()
            if existed and args.no_clobber:
                say(f"wirediff: {shown(job.source)}: not written, {shown(job.destination)} exists")
                failures += 1
                continue
            data = document.text.encode("utf-8")
            try:
                job.destination.parent.mkdir(parents=True, exist_ok=True)
                write_file(job.destination, data)
            except OSError as error:
                say(cannot_write(job.destination, error))
                failures += 1
                continue
            changes = describe_changes(document, data)
            entry = repair_entry(encodable(job.source), document)
            entry.update(
                output=encodable(str(job.destination)), changes=changes, overwritten=existed
            )
            entries[index] = entry
            said = [*changes, "replaced the existing file"] if existed else changes
            if said:
                lines[index] = f"{shown(job.source)} → {shown(job.destination)}: {', '.join(said)}"
    except InputError as error:  # the Dask scheduler cannot be reached
        say(f"wirediff: {error}")
        return EXIT_USAGE
    status = EXIT_PARTIAL if failures else EXIT_OK
    if args.report is not None:
        report = json_text(repair_report(entries[i] for i in sorted(entries)), indent=1)
        try:
            if args.report != STDOUT:
                Path(args.report).absolute().parent.mkdir(parents=True, exist_ok=True)
            write_text(args.report, report + "\n")
        except OSError as error:
            say(cannot_write(args.report, error))
            status = EXIT_USAGE
    if lines and args.report != STDOUT:
        try:
            write_stdout(printable("\n".join(lines[i] for i in sorted(lines)) + "\n"))
        except OSError as error:
            say(cannot_write(STDOUT, error))
            status = EXIT_USAGE
    return status
