"""The web subcommands: `wirediff history` and `wirediff warc`, and web pages as inputs.

    wirediff history URL [--from WHEN] [--to WHEN] [--limit N] [--archive BASE] [--local]
                         [--compare I J | --collate] [--json OUT|-] [--csv OUT] [--html OUT]
                         [--strict] [--no-store]
    wirediff warc FILE [--list] [--url URL [--compare I J | --collate]] [--json OUT|-] ...

`history` lists the captures of a page in a Wayback-compatible archive (or, with `--local`, the
versions kept in the local history), numbered by version: a run of captures with one digest is
one version. `--compare I J` compares two of them as `compare` does; `--collate` lines up all
of them as `collate` does. `warc` does the same with the HTML captures of a web archive file.
Pages fetched from the web go into the local history unless `--no-store`.

Bad input prints one line to stderr (the `core` error's message), never a traceback. Exit
status: 0 success, 1 a web archive cut off (what was before the cut is used), 2 bad usage or
input. The network modules (httpx, warcio) load here, only when a command needs them, so
`compare --json` on files starts as fast as before.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.gui.cli.collate import add_collation_outputs, collation_refusal, write_collation
from wirediff.gui.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, ParserT
from wirediff.gui.cli.outputs import (
    STDOUT,
    cannot_write,
    characters_in,
    json_output,
    printable,
    refuse_outputs,
    say,
    write_outputs,
    write_stdout,
)
from wirediff.gui.cli.page_inputs import keep_page, open_history, source_settings

if TYPE_CHECKING:
    from wirediff.core.result import Document
    from wirediff.core.sources.capture import Capture
    from wirediff.core.sources.wayback import ArchivedVersion

DIGEST_CHARS = 12


class CommandError(Exception):
    """A usage mistake found after parsing; `str()` is the line to print."""


def add_web_parsers(subparsers: argparse._SubParsersAction[ParserT]) -> None:
    """Add `history` and `warc` to the `wirediff` parser."""
    history = subparsers.add_parser(
        "history",
        help="the versions of a web page in the Wayback Machine (or the local history)",
        description="List the captures of a page, compare two of them or line up all of them.",
    )
    history.add_argument("url", metavar="URL")
    history.add_argument("--from", dest="start", metavar="WHEN", help="from this time (2024-06)")
    history.add_argument("--to", dest="end", metavar="WHEN", help="up to this time (2024-06-30)")
    history.add_argument("--limit", type=_positive, metavar="N", help="at most N captures")
    history.add_argument(
        "--archive",
        metavar="BASE",
        help="a Wayback-compatible archive (default: the Internet Archive)",
    )
    history.add_argument(
        "--local", action="store_true", help="the versions kept in the local history instead"
    )
    history.add_argument(
        "--no-store", action="store_true", help="keep fetched captures out of the local history"
    )
    _add_open_options(history)
    warc = subparsers.add_parser(
        "warc",
        help="the HTML captures of a web archive file (.warc, .warc.gz, .wacz)",
        description="List the pages of a web archive, or compare or line up one page's captures.",
    )
    warc.add_argument("file", type=Path, metavar="FILE")
    warc.add_argument("--list", action="store_true", help="list every page and capture (default)")
    warc.add_argument("--url", metavar="URL", help="the captures of this page")
    _add_open_options(warc)


def _add_open_options(parser: argparse.ArgumentParser) -> None:
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--compare",
        nargs=2,
        type=_positive,
        metavar=("I", "J"),
        help="compare versions I and J (numbers as listed)",
    )
    modes.add_argument("--collate", action="store_true", help="line up every version")
    add_collation_outputs(parser)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return number


# -- opening versions --------------------------------------------------------------------------


def _open_versions(args: argparse.Namespace, captures: list[Capture], inputs: list[str]) -> int:
    """Compare two of the versions or line them all up, as the options say."""
    from wirediff.core.collate.collation import collate_documents
    from wirediff.core.sources.pages import capture_document

    if args.compare:
        if args.csv or args.html or args.only:
            raise CommandError("wirediff: --csv, --html and --only go with --collate")
        chosen = [_pick(captures, number) for number in args.compare]
        documents = [capture_document(capture) for capture in chosen]
        return _write_comparison(args, documents[0], documents[1])
    if len(captures) < 2:
        raise CommandError("wirediff: only one version: nothing to line up")
    refusal = collation_refusal(args, list(inputs))
    if refusal is not None:
        raise CommandError(refusal)
    documents = [capture_document(capture) for capture in captures]
    return write_collation(args, collate_documents(documents, strict=args.strict))


def _pick(captures: list[Capture], number: int) -> Capture:
    if number > len(captures):
        raise CommandError(f"wirediff: no version {number}: there are {len(captures)}")
    return captures[number - 1]


def _write_comparison(args: argparse.Namespace, left: Document, right: Document) -> int:
    from wirediff.core.compare import compare_documents
    from wirediff.core.report.comparison import comparison_to_json, describe_comparison

    refusal = refuse_outputs([], [("--json", args.json)])
    if refusal is not None:
        raise CommandError(refusal)
    comparison = compare_documents(left, right, strict=args.strict)
    if args.json is not None:
        output = json_output(
            "--json",
            args.json,
            lambda: comparison_to_json(comparison),
            input_chars=characters_in((comparison.left, comparison.right)),
        )
        failure = write_outputs([output])
        if failure is not None:
            raise CommandError(failure)
    if args.json != STDOUT:
        _print(describe_comparison(comparison))
    return EXIT_OK


def _print(text: str) -> None:
    """Write to stdout as every subcommand does (control characters escaped)."""
    try:
        write_stdout(printable(text if text.endswith("\n") else text + "\n"))
    except OSError as error:
        raise CommandError(cannot_write(STDOUT, error)) from None


def _run(command: argparse.Namespace, body: object) -> int:
    from wirediff.core.errors import InputError

    try:
        return body(command)  # type: ignore[operator, no-any-return]
    except (InputError, ValueError) as error:
        line = str(error)
        say(line if line.startswith("wirediff: ") else f"wirediff: {line}")
        return EXIT_USAGE
    except CommandError as error:
        say(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("wirediff: stopped")
        return EXIT_USAGE


# -- history -----------------------------------------------------------------------------------


def run_history(args: argparse.Namespace) -> int:
    """Run `wirediff history` with parsed arguments; returns the exit status."""
    return _run(args, _local_history if args.local else _archive_history)


def _archive_history(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from wirediff.core.sources.capture import format_time
    from wirediff.core.sources.fetch import check_web_address
    from wirediff.core.sources.wayback import WaybackClient, collapse_versions

    url = check_web_address(args.url)
    settings = source_settings()
    if args.archive:
        settings = replace(settings, archive_url=check_web_address(args.archive))
    with WaybackClient(settings) as client:
        captures = client.list_captures(url, start=args.start, end=args.end, limit=args.limit)
        versions = collapse_versions(captures)
        if not (args.compare or args.collate):
            _print(
                f"{url}: {_count(len(captures), 'capture')} in {settings.archive_url}, "
                f"{_count(len(versions), 'version')}"
            )
            for number, version in enumerate(versions, 1):
                first = version.first
                seen = (
                    f"  seen {len(version.captures)} times, to "
                    f"{format_time(version.captures[-1].captured_at)}"
                    if len(version.captures) > 1
                    else ""
                )
                note = "" if first.is_page else "  (not a page: cannot be opened)"
                line = (
                    f"{number:>4}  {format_time(first.captured_at)}  {first.status or '-':>3}  "
                    f"{first.digest[:DIGEST_CHARS]:<{DIGEST_CHARS}}{seen}{note}"
                )
                _print(line.rstrip())
            return EXIT_OK
        chosen: Sequence[int] = range(len(versions))
        if args.compare:
            chosen = [_page_version(versions, number) for number in args.compare]
            args.compare = [1, 2]
        pages = [
            client.fetch_capture(versions[index].first)
            for index in chosen
            if versions[index].first.is_page
        ]
    # Kept only once every version arrived: a run that fails leaves the history as it was.
    store = open_history(settings, store=not args.no_store)
    for page in pages:
        keep_page(store, page)
    return _open_versions(args, pages, [])


def _page_version(versions: Sequence[ArchivedVersion], number: int) -> int:
    """The index of listed version `number`, which must be a page."""
    if number > len(versions):
        raise CommandError(f"wirediff: no version {number}: there are {len(versions)}")
    first = versions[number - 1].first
    if not first.is_page:
        raise CommandError(
            f"wirediff: version {number} is not a page (status {first.status or '-'})"
        )
    return number - 1


def _local_history(args: argparse.Namespace) -> int:
    from wirediff.core.sources.capture import format_time
    from wirediff.core.sources.fetch import check_web_address
    from wirediff.core.sources.store import VersionStore

    url = check_web_address(args.url)
    store = VersionStore(source_settings().store_path)
    versions = store.versions_of(url)
    if not versions:
        raise CommandError(f"wirediff: {url}: no version of this page in the local history")
    if not (args.compare or args.collate):
        _print(f"{url}: {_count(len(versions), 'version')} in the local history")
        for number, version in enumerate(versions, 1):
            days = ", ".join(format_time(moment) for moment in version.seen_at)
            origins = ", ".join(origin.value for origin in version.origins)
            _print(f"{number:>4}  {version.digest[:DIGEST_CHARS]}  seen {days} ({origins})")
        return EXIT_OK
    captures = [store.capture(url, version.digest) for version in versions]
    return _open_versions(args, [c for c in captures if c is not None], [])


def _count(number: int, noun: str) -> str:
    """
    >>> _count(1, "version"), _count(5, "capture")
    ('1 version', '5 captures')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"


# -- warc --------------------------------------------------------------------------------------


def run_warc(args: argparse.Namespace) -> int:
    """Run `wirediff warc` with parsed arguments; returns the exit status."""
    return _run(args, _warc)


def _warc(args: argparse.Namespace) -> int:
    from wirediff.core.sources.capture import format_time, runs_of_one_digest
    from wirediff.core.sources.warc import read_web_archive

    if (args.compare or args.collate) and not args.url:
        raise CommandError("wirediff: --compare and --collate need --url URL (see --list)")
    reading = read_web_archive(args.file)
    status = EXIT_OK
    if reading.truncated:
        say(
            f"wirediff: {args.file}: the web archive is cut off; "
            f"the {_count(len(reading.captures), 'page capture')} before the cut are used"
        )
        status = EXIT_PARTIAL
    if reading.unresolved_revisits:
        say(
            f"wirediff: {args.file}: {_count(reading.unresolved_revisits, 'revisit record')} "
            "point to captures not in this file and are left out"
        )
    if args.url:
        captures = reading.captures_of(args.url)
        if not captures:
            raise CommandError(f"wirediff: {args.file}: no HTML capture of {args.url}")
        if args.compare or args.collate:
            result = _open_versions(
                args, [run[0] for run in runs_of_one_digest(captures)], [str(args.file)]
            )
            return max(result, status)
        urls = [args.url]
    else:
        urls = reading.urls()
        _print(
            f"{args.file}: {_count(len(reading.captures), 'capture')} of "
            f"{_count(len(urls), 'page')}"
        )
    for url in urls:
        _print(url)
        runs = runs_of_one_digest(reading.captures_of(url))
        for number, run in enumerate(runs, 1):
            seen = f"  seen {len(run)} times, to {format_time(run[-1].captured_at)}"
            _print(
                f"{number:>4}  {format_time(run[0].captured_at)}  "
                f"{run[0].digest[:DIGEST_CHARS]}{seen if len(run) > 1 else ''}"
            )
    return status
