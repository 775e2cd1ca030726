"""The `wirediff` console command.

    wirediff [FILE ...]                      open the window (the bundled demo when no files)
    wirediff compare LEFT RIGHT [--json OUT|-] [--strict] [--png OUT] [--pdf OUT] [--html OUT]
    wirediff repair PATH... --out DIR [--report FILE]
    wirediff collate FILE FILE... [--json OUT|-] [--csv OUT] [--html OUT]

`compare` and `repair` never import Qt, so they start fast anywhere; only the window (and the
drawing exports) load PySide6, inside the functions that need it. Bad input prints one line to
stderr (the `core.errors` message) and never a traceback. Exit status: 0 success, 1 some files
of a `repair` could not be read, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from wirediff.core.errors import InputError
from wirediff.gui.cli.batch import add_batch_parser, run_batch
from wirediff.gui.cli.collate import add_collate_parser, run_collate
from wirediff.gui.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, output_clash
from wirediff.gui.cli.export import add_export_arguments, run_exports

SUBCOMMANDS = ("compare", "repair", "collate", "batch")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with EXIT_USAGE and a single line, like every other error here."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"wirediff: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wirediff",
        description="See what changed between versions of a news article.",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    compare = commands.add_parser("compare", help="compare two versions")
    compare.add_argument("left", type=Path)
    compare.add_argument("right", type=Path)
    compare.add_argument("--json", metavar="OUT", help="write the JSON result to OUT ('-': stdout)")
    compare.add_argument(
        "--strict", action="store_true", help="report cosmetic differences as changes"
    )
    add_export_arguments(compare)
    repair = commands.add_parser("repair", help="write decoded, repaired UTF-8 copies")
    repair.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    repair.add_argument("--out", required=True, type=Path, metavar="DIR")
    repair.add_argument("--report", type=Path, metavar="FILE", help="write a JSON repair report")
    add_collate_parser(commands)
    add_batch_parser(commands)
    return parser


def _write_text(destination: str, text: str) -> None:
    if destination == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(destination).write_text(text, encoding="utf-8")


def run_compare(args: argparse.Namespace) -> int:
    from wirediff.core.compare import compare_files
    from wirediff.core.report.comparison import comparison_to_json, describe_comparison

    clash = output_clash([args.json, args.png, args.pdf, args.html], [args.left, args.right])
    if clash is not None:
        print(clash, file=sys.stderr)
        return EXIT_USAGE
    try:
        comparison = compare_files(args.left, args.right, strict=args.strict)
    except InputError as error:
        print(f"wirediff: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        document = json.dumps(comparison_to_json(comparison), ensure_ascii=False)
        try:
            _write_text(args.json, document + "\n")
        except OSError as error:
            print(f"wirediff: cannot write {args.json}: {error.strerror}", file=sys.stderr)
            return EXIT_USAGE
    status = run_exports(args, comparison)
    if status != EXIT_OK:
        return status
    if args.json != "-":
        sys.stdout.write(describe_comparison(comparison))
    return EXIT_OK


def _inputs(paths: Sequence[Path]) -> Iterator[tuple[Path, Path]]:
    """(input file, output name relative to --out) for every file, folders walked."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file():
                    yield child, child.relative_to(path)
        else:
            yield path, Path(path.name)


def run_repair(args: argparse.Namespace) -> int:
    from wirediff.core.compare import load_document
    from wirediff.core.report.comparison import repair_entry, repair_report

    inputs = list(_inputs(args.paths))
    clash = output_clash([args.report], [source for source, _ in inputs])
    if clash is not None:
        print(clash, file=sys.stderr)
        return EXIT_USAGE
    entries: list[dict[str, Any]] = []
    failures = 0
    written: dict[Path, Path] = {}
    for source, relative in inputs:
        try:
            document = load_document(source)
        except InputError as error:
            print(f"wirediff: {error}", file=sys.stderr)
            failures += 1
            continue
        destination = args.out / relative
        if output_clash([destination], [source for source, _ in inputs]) is not None:
            print(f"wirediff: {source}: refusing to overwrite an input file", file=sys.stderr)
            failures += 1
            continue
        earlier = written.get(destination.resolve())
        if earlier is not None:
            # Two inputs with one name (x/a.txt, y/a.txt): the second must not replace the first.
            print(
                f"wirediff: {source}: not written, {destination} already holds {earlier}",
                file=sys.stderr,
            )
            failures += 1
            continue
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(document.text, encoding="utf-8", newline="\n")
        except OSError as error:
            print(f"wirediff: cannot write {destination}: {error.strerror}", file=sys.stderr)
            return EXIT_USAGE
        written[destination.resolve()] = source
        entries.append(repair_entry(str(source), document))
    if args.report is not None:
        try:
            args.report.parent.mkdir(parents=True, exist_ok=True)
            args.report.write_text(
                json.dumps(repair_report(entries), ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8",
            )
        except OSError as error:
            print(f"wirediff: cannot write {args.report}: {error.strerror}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_PARTIAL if failures else EXIT_OK


def run_window(files: Sequence[str]) -> int:
    from wirediff.gui.window.app import run_app

    return run_app(list(files))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in SUBCOMMANDS and not arguments[0].startswith("-")):
        return run_window(arguments)
    args = build_parser().parse_args(arguments)
    if args.command == "compare":
        return run_compare(args)
    if args.command == "repair":
        return run_repair(args)
    if args.command == "collate":
        return run_collate(args)
    if args.command == "batch":
        return run_batch(args)
    build_parser().print_help()
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
