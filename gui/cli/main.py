"""The `wirediff` console command.

    wirediff [FILE ...]                      open the window (the bundled demo when no files)
    wirediff compare LEFT RIGHT [--json OUT|-] [--strict] [--furniture show|hide]
                                [--png OUT] [--pdf OUT] [--html OUT]
    wirediff compare DRAFT.docx [...]        its tracked changes (.docx, .odt, .rtf): as
                                             written against accepted
    wirediff repair PATH... --out DIR [--report FILE|-] [--no-clobber]
    wirediff collate FILE FILE... [--json OUT|-] [--csv OUT|-] [--html OUT|-]
    wirediff extract FILE... [--json OUT|-]  what is read from each file, and what is set aside
    wirediff history URL [--from WHEN] [--to WHEN] [--limit N] [--local] [--compare I J|--collate]
    wirediff warc FILE [--list] [--url URL [--compare I J|--collate]]

LEFT, RIGHT and FILE may be http(s) addresses: the pages are fetched (see `gui.cli.web`).

`compare` and `repair` never import Qt, so they start fast anywhere; only the window (and the
drawing exports) load PySide6, inside the functions that need it. Bad input prints one line to
stderr (the `core.errors` message) and never a traceback; a first argument that is neither a
command nor an existing file is refused with the list of commands, rather than opening a window
on files that are not there. Every output goes through `gui.cli.outputs` (checked against the
inputs and each other first, written atomically, `-` for stdout). Exit status: 0 success, 1
some files of a `repair` could not be read or written, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.core.collection_pause import fewer_collections
from wirediff.core.errors import InputError
from wirediff.gui.cli.batch import add_batch_parser, run_batch
from wirediff.gui.cli.collate import add_collate_parser, run_collate
from wirediff.gui.cli.common import EXIT_OK, EXIT_USAGE, is_web_address
from wirediff.gui.cli.export import add_export_arguments, export_outputs
from wirediff.gui.cli.extract import add_extract_parser, run_extract
from wirediff.gui.cli.outputs import (
    STDOUT,
    OutputRefused,
    cannot_write,
    characters_in,
    json_output,
    printable,
    refuse_outputs,
    say,
    write_outputs,
    write_stdout,
)
from wirediff.gui.cli.repair import add_repair_parser, run_repair
from wirediff.gui.cli.web import add_web_parsers, run_history, run_warc

if TYPE_CHECKING:
    from wirediff.core.result import Document

WINDOW_USAGE = """\
the window:
  wirediff OLD NEW            open the window on two versions side by side
  wirediff DRAFT.docx         a Word, OpenDocument or RTF file with tracked changes: as
                              written against accepted
  wirediff FILE FILE FILE...  list every version (the first is the base), the first two shown
  wirediff                    open the demo: five versions of one story"""


class _VersionAction(argparse.Action):
    """`--version`: looks the version up only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        # Imported here: importlib.metadata brings zipfile and tempfile, which `compare --json`
        # must not pay for at start-up.
        from wirediff.gui.presentation.about import package_version

        sys.stdout.write(f"wirediff {package_version()}\n")
        parser.exit(EXIT_OK)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with EXIT_USAGE and a single line, like every other error here."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, printable(f"wirediff: {message}", keep_newlines=False) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wirediff",
        description="See what changed between versions of a news article.",
        epilog=WINDOW_USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="print the installed version and exit"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    compare = commands.add_parser("compare", help="compare two versions")
    compare.add_argument("left")
    compare.add_argument(
        "right",
        nargs="?",
        help="the other version; without it, a Word, OpenDocument or RTF file with tracked "
        "changes is compared as written against the changes accepted",
    )
    compare.add_argument("--json", metavar="OUT", help="write the JSON result to OUT ('-': stdout)")
    compare.add_argument(
        "--strict", action="store_true", help="report cosmetic differences as changes"
    )
    compare.add_argument(
        "--no-store", action="store_true", help="keep fetched web pages out of the local history"
    )
    compare.add_argument(
        "--furniture",
        choices=("show", "hide"),
        default="hide",
        help="page parts that are not the story (share buttons, captions, other stories): "
        "hide them from the counts (default) or report them as ordinary changes",
    )
    add_export_arguments(compare)
    add_repair_parser(commands)
    add_collate_parser(commands)
    add_extract_parser(commands)
    add_batch_parser(commands)
    add_web_parsers(commands)
    return parser


def subcommands(parser: argparse.ArgumentParser) -> list[str]:
    """The names of `parser`'s subcommands, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def run_compare(args: argparse.Namespace) -> int:
    from wirediff.core.compare import compare_documents, compare_files
    from wirediff.core.report.comparison import comparison_to_json, describe_comparison

    inputs = [path for path in (args.left, args.right) if path is not None]
    wanted = [
        ("--json", args.json),
        ("--html", args.html),
        ("--png", args.png),
        ("--pdf", args.pdf),
    ]
    refusal = refuse_outputs(inputs, wanted)
    if refusal is not None:
        say(refusal)
        return EXIT_USAGE
    try:
        if is_web_address(args.left) or is_web_address(args.right):
            from wirediff.gui.cli.page_inputs import load_inputs

            left, right = load_inputs([args.left, args.right], store=not args.no_store)
            comparison = compare_documents(left, right, strict=args.strict)
        elif args.right is None:
            comparison = compare_documents(*_tracked_versions(args.left), strict=args.strict)
        else:
            comparison = compare_files(args.left, args.right, strict=args.strict)
        comparison = comparison.with_furniture_shown(args.furniture == "show")
    except InputError as error:
        say(f"wirediff: {error}")
        return EXIT_USAGE
    outputs = []
    if args.json is not None:
        outputs.append(
            json_output(
                "--json",
                args.json,
                lambda: comparison_to_json(comparison),
                input_chars=characters_in((comparison.left, comparison.right)),
            )
        )
    try:
        outputs.extend(export_outputs(args, comparison))
    except OutputRefused as refused:
        say(f"wirediff: {refused}")
        return EXIT_USAGE
    # Checked again with the real list: a split PNG writes parts whose names only the layout knows.
    planned = [(output.option, output.path) for output in outputs]
    refusal = refuse_outputs(inputs, planned) or write_outputs(outputs)
    if refusal is not None:
        say(refusal)
        return EXIT_USAGE
    if all(output.path != STDOUT for output in outputs):
        try:
            write_stdout(printable(describe_comparison(comparison)))
        except OSError as error:
            say(cannot_write(STDOUT, error))
            return EXIT_USAGE
    return EXIT_OK


def _tracked_versions(path: str) -> tuple[Document, Document]:
    """The two versions in one file (as written, changes accepted); `InputError` otherwise."""
    from wirediff.core.compare import load_versions

    versions = load_versions(path)
    if len(versions) != 2:
        raise InputError(
            f"{path}: holds one version (no tracked changes): name the version to compare it with"
        )
    return versions[0], versions[1]


def unknown_command(first: str, commands: Sequence[str]) -> str | None:
    """The message for a first argument that is neither a command nor an existing file.

    >>> unknown_command("comapre", ["compare", "repair", "collate"])
    "wirediff: 'comapre' is not a command or a file (did you mean compare?); commands: compare, repair, collate"
    """  # noqa: E501
    if (
        first in commands
        or first.startswith("-")
        or Path(first).is_symlink()
        or Path(first).exists()
    ):
        return None
    # Imported here: only a mistyped command needs it, and start-up should not pay for it.
    import difflib

    close = difflib.get_close_matches(first, commands, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"wirediff: '{first}' is not a command or a file{hint}; commands: {', '.join(commands)}"


def run_window(files: Sequence[str]) -> int:
    from wirediff.gui.window.app import run_app

    return run_app(list(files))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = subcommands(parser)
    if arguments and arguments[0] not in commands and not arguments[0].startswith("-"):
        refusal = unknown_command(arguments[0], commands)
        if refusal is not None:
            say(refusal)
            return EXIT_USAGE
    if not arguments or (arguments[0] not in commands and not arguments[0].startswith("-")):
        return run_window(arguments)
    args = parser.parse_args(arguments)
    # A command runs once and keeps most of what it builds until it exits: collecting garbage
    # as often as an interactive program would only walks live objects (see the module).
    with fewer_collections():
        return run_command(parser, args)


def run_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command == "compare":
        return run_compare(args)
    if args.command == "repair":
        return run_repair(args)
    if args.command == "collate":
        return run_collate(args)
    if args.command == "extract":
        return run_extract(args)
    if args.command == "batch":
        return run_batch(args)
    if args.command == "history":
        return run_history(args)
    if args.command == "warc":
        return run_warc(args)
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
