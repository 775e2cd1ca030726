"""The `wirediff collate` subcommand: one version matrix of many copies of a story.

    wirediff collate FILE FILE... [--json OUT|-] [--csv OUT|-] [--html OUT|-]
                     [--only not-in-every-version|unique-to-one-version] [--strict] [--no-store]
                     [--furniture show|hide]

A FILE may be an http(s) address: the page is fetched (and kept in the local history unless
`--no-store`). `add_collation_outputs`, `collation_refusal` and `write_collation` serve the
`history` and `warc` subcommands too.

Without an export option it prints the matrix as a table. `--json` always holds every sentence
of every version (the contract in `core.report.collation`), with page furniture marked; `--only`
filters the table, the CSV and the HTML, which also leave out rows of page furniture unless
`--furniture show`. Like the rest of `gui.cli.main`, bad input prints one line to stderr (the
`core.errors` message) and never a traceback. Exit status: 0 success, 2 bad usage, unreadable
input or an output that cannot be written.

Never imports Qt: the command starts fast anywhere. `gui.cli.main` adds the parser with
`add_collate_parser` and dispatches to `run_collate`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wirediff.gui.cli.common import EXIT_OK, EXIT_USAGE, ParserT, is_web_address
from wirediff.gui.cli.outputs import (
    STDOUT,
    Output,
    cannot_write,
    characters_in,
    json_output,
    printable,
    refuse_outputs,
    say,
    text_output,
    write_outputs,
    write_stdout,
)

if TYPE_CHECKING:
    from wirediff.core.collate.collation import Collation


def add_collate_parser(subparsers: argparse._SubParsersAction[ParserT]) -> None:
    """Add the `collate` subcommand to the `wirediff` parser."""
    collate = subparsers.add_parser(
        "collate",
        help="line up many versions of one story in a version matrix",
        description="One row per sentence of all versions, one column per version.",
    )
    collate.add_argument("first", metavar="FILE")
    collate.add_argument("others", nargs="+", metavar="FILE")
    collate.add_argument(
        "--no-store", action="store_true", help="keep fetched web pages out of the local history"
    )
    add_collation_outputs(collate)


def add_collation_outputs(parser: argparse.ArgumentParser) -> None:
    """The options that say where a version matrix goes (`collate`, `history`, `warc`)."""
    from wirediff.core.collate.row_filter import RowFilter

    parser.add_argument("--json", metavar="OUT", help="write the JSON result to OUT ('-': stdout)")
    parser.add_argument("--csv", metavar="OUT", help="write the matrix as CSV to OUT ('-': stdout)")
    parser.add_argument(
        "--html", metavar="OUT", help="write the matrix as an HTML page to OUT ('-': stdout)"
    )
    parser.add_argument(
        "--only",
        choices=[row_filter.value for row_filter in RowFilter if row_filter is not RowFilter.ALL],
        help="show only these rows in the table, the CSV and the HTML (the JSON keeps all)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="report cosmetic differences as rewording"
    )
    parser.add_argument(
        "--furniture",
        choices=("show", "hide"),
        default="hide",
        help="rows of page parts that are not the story (site names, captions, other stories): "
        "leave them out of the table, the CSV and the HTML (default) or show them; the JSON "
        "keeps all rows and marks them",
    )


def collation_refusal(args: argparse.Namespace, inputs: list[str]) -> str | None:
    """The one-line message when the matrix's outputs may not be written, else None."""
    wanted = [("--json", args.json), ("--csv", args.csv), ("--html", args.html)]
    return refuse_outputs(inputs, wanted)


def run_collate(args: argparse.Namespace) -> int:
    """Run `wirediff collate` with parsed arguments; returns the exit status."""
    from wirediff.core.collate.collation import collate_documents, collate_files
    from wirediff.core.errors import InputError

    inputs = [args.first, *args.others]
    refusal = collation_refusal(args, inputs)
    if refusal is not None:
        say(refusal)
        return EXIT_USAGE
    try:
        if any(map(is_web_address, inputs)):
            from wirediff.gui.cli.page_inputs import load_inputs

            documents = load_inputs(inputs, store=not args.no_store)
            collation = collate_documents(documents, strict=args.strict)
        else:
            collation = collate_files(inputs, strict=args.strict)
    except InputError as error:
        say(f"wirediff: {error}")
        return EXIT_USAGE
    return write_collation(args, collation)


def write_collation(args: argparse.Namespace, collation: Collation) -> int:
    """Write the matrix where `add_collation_outputs`' options say (the table by default)."""
    from wirediff.core.collate.row_filter import RowFilter
    from wirediff.core.report.collation import (
        collation_to_csv,
        collation_to_html,
        collation_to_json,
        describe_collation,
    )

    hide_furniture = args.furniture == "hide" and bool(collation.furniture_rows)
    rows = (
        collation.filtered_rows(RowFilter(args.only or "all"), hide_furniture=hide_furniture)
        if args.only or hide_furniture
        else None
    )
    outputs: list[Output] = []
    if args.json is not None:
        outputs.append(
            json_output(
                "--json",
                args.json,
                lambda: collation_to_json(collation),
                input_chars=characters_in(collation.documents),
            )
        )
    if args.csv is not None:
        outputs.append(text_output("--csv", args.csv, lambda: collation_to_csv(collation, rows)))
    if args.html is not None:
        outputs.append(text_output("--html", args.html, lambda: collation_to_html(collation, rows)))
    failure = write_outputs(outputs)
    if failure is not None:
        say(failure)
        return EXIT_USAGE
    if not outputs:
        try:
            write_stdout(printable(describe_collation(collation, rows)))
        except OSError as error:
            say(cannot_write(STDOUT, error))
            return EXIT_USAGE
    return EXIT_OK
