"""The `wirediff collate` subcommand: one version matrix of many copies of a story.

    wirediff collate FILE FILE... [--json OUT|-] [--csv OUT|-] [--html OUT|-]
                     [--only not-in-every-version|unique-to-one-version] [--strict]

Without an export option it prints the matrix as a table. `--json` always holds every sentence
of every version (the contract in `core.report.collation`); `--only` filters the table, the CSV
and the HTML. Like the rest of `gui.cli.main`, bad input prints one line to stderr (the
`core.errors` message) and never a traceback. Exit status: 0 success, 2 bad usage, unreadable
input or an output that cannot be written.

Never imports Qt: the command starts fast anywhere. `gui.cli.main` adds the parser with
`add_collate_parser` and dispatches to `run_collate`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wirediff.gui.cli.common import EXIT_OK, EXIT_USAGE, STDOUT, output_clash


def add_collate_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `collate` subcommand to the `wirediff` parser."""
    from wirediff.core.collate.collation import RowFilter

    collate = subparsers.add_parser(
        "collate",
        help="line up many versions of one story in a version matrix",
        description="One row per sentence of all versions, one column per version.",
    )
    collate.add_argument("first", type=Path, metavar="FILE")
    collate.add_argument("others", nargs="+", type=Path, metavar="FILE")
    collate.add_argument("--json", metavar="OUT", help="write the JSON result to OUT ('-': stdout)")
    collate.add_argument(
        "--csv", metavar="OUT", help="write the matrix as CSV to OUT ('-': stdout)"
    )
    collate.add_argument(
        "--html", metavar="OUT", help="write the matrix as an HTML page to OUT ('-': stdout)"
    )
    collate.add_argument(
        "--only",
        choices=[row_filter.value for row_filter in RowFilter if row_filter is not RowFilter.ALL],
        help="show only these rows in the table, the CSV and the HTML (the JSON keeps all)",
    )
    collate.add_argument(
        "--strict", action="store_true", help="report cosmetic differences as rewording"
    )


def _write(destination: str, text: str) -> None:
    if destination == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(destination).write_text(text, encoding="utf-8", newline="")


def run_collate(args: argparse.Namespace) -> int:
    """Run `wirediff collate` with parsed arguments; returns the exit status."""
    from wirediff.core.collate.collation import RowFilter, collate_files
    from wirediff.core.errors import InputError
    from wirediff.core.report.collation import (
        collation_to_csv,
        collation_to_html,
        collation_to_json,
        describe_collation,
    )

    destinations = [d for d in (args.json, args.csv, args.html) if d is not None]
    if destinations.count(STDOUT) > 1:
        print("wirediff: only one of --json, --csv, --html can write to stdout", file=sys.stderr)
        return EXIT_USAGE
    clash = output_clash(destinations, [args.first, *args.others])
    if clash is not None:
        print(clash, file=sys.stderr)
        return EXIT_USAGE
    try:
        collation = collate_files([args.first, *args.others], strict=args.strict)
    except InputError as error:
        print(f"wirediff: {error}", file=sys.stderr)
        return EXIT_USAGE
    rows = collation.filtered_rows(RowFilter(args.only)) if args.only else None
    outputs: list[tuple[str, str]] = []
    if args.json is not None:
        outputs.append((args.json, json.dumps(collation_to_json(collation), ensure_ascii=False)))
    if args.csv is not None:
        outputs.append((args.csv, collation_to_csv(collation, rows)))
    if args.html is not None:
        outputs.append((args.html, collation_to_html(collation, rows)))
    for destination, text in outputs:
        try:
            _write(destination, text if text.endswith("\n") else text + "\n")
        except OSError as error:
            print(f"wirediff: cannot write {destination}: {error.strerror}", file=sys.stderr)
            return EXIT_USAGE
    if not outputs:
        sys.stdout.write(describe_collation(collation, rows))
    return EXIT_OK
