"""The `wirediff extract` subcommand: what wirediff reads from each file, and what it drops.

    wirediff extract FILE... [--json OUT|-]

For each file (a web page, Word file, PDF, ... or plain text), prints its format and metadata,
the story's paragraphs exactly as `compare` sees them, and the page furniture that was set
aside, so a user can see why something was kept or dropped. A document with tracked changes
gives both of its versions. `--json` writes the `core.report.extraction` document. A file that
cannot be read is named on stderr in one line and the others are still read (exit status 1).

Never imports Qt.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from wirediff.core.result import Document


def add_extract_parser(subparsers: argparse._SubParsersAction[ParserT]) -> None:
    """Add the `extract` subcommand to the `wirediff` parser."""
    extract = subparsers.add_parser(
        "extract",
        help="show the story, metadata and set-aside furniture read from files",
        description="What wirediff reads from each file: format, metadata, paragraphs, furniture.",
    )
    extract.add_argument("paths", nargs="+", metavar="FILE")
    extract.add_argument("--json", metavar="OUT", help="write the JSON result to OUT ('-': stdout)")


def run_extract(args: argparse.Namespace) -> int:
    from wirediff.core.compare import load_versions
    from wirediff.core.errors import InputError
    from wirediff.core.report.extraction import describe_extraction, extraction_to_json

    refusal = refuse_outputs(args.paths, [("--json", args.json)])
    if refusal is not None:
        say(refusal)
        return EXIT_USAGE
    documents: list[Document] = []
    failures = 0
    for path in args.paths:
        try:
            documents.extend(load_versions(path))
        except InputError as error:
            say(f"wirediff: {error}")
            failures += 1
    if args.json is not None:
        output = json_output(
            "--json",
            args.json,
            lambda: extraction_to_json(documents),
            input_chars=characters_in(documents),
        )
        refusal = write_outputs([output])
        if refusal is not None:
            say(refusal)
            return EXIT_USAGE
    if args.json != STDOUT:
        try:
            write_stdout(printable("\n".join(describe_extraction(d) for d in documents)))
        except OSError as error:
            say(cannot_write(STDOUT, error))
            return EXIT_USAGE
    return EXIT_PARTIAL if failures else EXIT_OK
