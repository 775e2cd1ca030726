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

from wirediff.gui.cli.common import EXIT_OK, EXIT_USAGE
from wirediff.gui.cli.outputs import (
    STDOUT,
    Output,
    cannot_write,
    json_text,
    printable,
    refuse_outputs,
    say,
    text_output,
    write_outputs,
    write_stdout,
)


def add_collate_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `collate` subcommand to the `wirediff` parser."""
    from wirediff.core.collate.collation import RowFilter

    collate = subparsers.add_parser(
        "collate",
        help="line up many versions of one story in a version matrix",
        description="One row per sentence of all versions, one column per version.",
    )
    collate.add_argument("first", metavar="FILE")
    collate.add_argument("others", nargs="+", metavar="FILE")
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

    inputs = [args.first, *args.others]
    wanted = [("--json", args.json), ("--csv", args.csv), ("--html", args.html)]
    refusal = refuse_outputs(inputs, wanted)
    if refusal is not None:
        say(refusal)
        return EXIT_USAGE
    try:
        collation = collate_files(inputs, strict=args.strict)
    except InputError as error:
        say(f"wirediff: {error}")
        return EXIT_USAGE
    rows = collation.filtered_rows(RowFilter(args.only)) if args.only else None
    outputs: list[Output] = []
    if args.json is not None:
        outputs.append(
            text_output(
                "--json",
                args.json,
                lambda: json_text(collation_to_json(collation)),
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
