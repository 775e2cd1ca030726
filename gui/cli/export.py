"""The export options of `wirediff compare`: `--png`, `--pdf`, `--html`.

    wirediff compare LEFT RIGHT [--png OUT.png] [--pdf OUT.pdf] [--html OUT.html]
                     [--changes-only] [--width N] [--scale S] [--json OUT|-]

`gui.cli.main` adds the options with `add_export_arguments` and, once the comparison is made, calls
`run_exports`. HTML needs no Qt and is written first; PNG and PDF load PySide6 only then, on
the offscreen platform when there is no display (a server, CI, an SSH session), so the command
draws anywhere. The drawing is the window's: same row painter, fonts and palette (light).

An image too tall for one file is written as OUT-1.png, OUT-2.png... and a line on stderr says
so. An output that cannot be written prints one line, `wirediff: cannot write OUT: reason`, and
the exit status is 2, like every other error of the command.

May import `core`, the `gui.export_*` modules (inside `run_exports`), `gui.models.settings` and
`gui.render.theme` (idem), and the standard library; PySide6 only inside the functions that draw.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirediff.gui.cli.common import EXIT_OK, EXIT_USAGE
from wirediff.gui.presentation.export_limits import (
    DEFAULT_WIDTH_PX,
    MAX_SCALE,
    MAX_WIDTH_PX,
    MIN_SCALE,
    MIN_WIDTH_PX,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from wirediff.core.result import Comparison
    from wirediff.gui.export.layout import ExportStyle

# A Qt application must outlive every painter; one per process, kept here.
_APPLICATION: list[Any] = []


def _width(text: str) -> int:
    try:
        width = int(text)
    except ValueError:
        width = 0
    if not MIN_WIDTH_PX <= width <= MAX_WIDTH_PX:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of pixels from {MIN_WIDTH_PX} to {MAX_WIDTH_PX}"
        )
    return width


def _scale(text: str) -> float:
    try:
        scale = float(text.rstrip("xX"))
    except ValueError:
        scale = 0.0
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise argparse.ArgumentTypeError(f"must be a number from 1 to {MAX_SCALE:g} (2 for 2x)")
    return scale


def add_export_arguments(compare_parser: argparse.ArgumentParser) -> None:
    """Add `--png`, `--pdf`, `--html` and their options to the `compare` subcommand."""
    group = compare_parser.add_argument_group("exports (drawn as the window draws)")
    group.add_argument(
        "--png",
        type=Path,
        metavar="OUT.png",
        help="write an image (very long comparisons: OUT-1.png, OUT-2.png...)",
    )
    group.add_argument(
        "--pdf", type=Path, metavar="OUT.pdf", help="write a PDF (A4 landscape, searchable text)"
    )
    group.add_argument(
        "--html", type=Path, metavar="OUT.html", help="write one self-contained HTML page"
    )
    group.add_argument(
        "--changes-only",
        action="store_true",
        help="collapse runs of unchanged paragraphs into one line",
    )
    group.add_argument(
        "--width",
        type=_width,
        default=DEFAULT_WIDTH_PX,
        metavar="N",
        help=f"image width in pixels (default {DEFAULT_WIDTH_PX})",
    )
    group.add_argument(
        "--scale",
        type=_scale,
        default=1.0,
        metavar="S",
        help="pixels per image pixel: 2 for sharp images on high-density screens (default 1)",
    )


def needs_offscreen(environment: Mapping[str, str], platform: str) -> bool:
    """Whether Qt must draw offscreen: a Unix desktop platform with no display to talk to.

    >>> needs_offscreen({}, "linux")
    True
    >>> needs_offscreen({"DISPLAY": ":0"}, "linux")
    False
    >>> needs_offscreen({"QT_QPA_PLATFORM": "xcb"}, "linux")
    False
    >>> needs_offscreen({}, "darwin"), needs_offscreen({}, "win32")
    (False, False)
    """
    if platform in ("darwin", "win32", "cygwin") or environment.get("QT_QPA_PLATFORM"):
        return False
    return not (environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> None:
    """Create the Qt application drawing needs, offscreen when there is no display."""
    if needs_offscreen(os.environ, sys.platform):
        # Read by Qt when the application is created, so it must be set before that.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APPLICATION.append(QGuiApplication([sys.argv[0] if sys.argv else "wirediff"]))


def command_line_style() -> ExportStyle:
    """The window's default look: its sans-serif font at its default size, light palette."""
    from wirediff.gui.export.layout import ExportStyle
    from wirediff.gui.models.settings import DEFAULT_FONT_CHOICE, DEFAULT_POINT_SIZE, text_font
    from wirediff.gui.render.theme import theme_for

    return ExportStyle(
        font=text_font(DEFAULT_FONT_CHOICE, DEFAULT_POINT_SIZE), theme=theme_for("light")
    )


def _cannot_write(path: Path, error: OSError) -> int:
    print(f"wirediff: cannot write {path}: {error.strerror or error}", file=sys.stderr)
    return EXIT_USAGE


def run_exports(args: argparse.Namespace, comparison: Comparison) -> int:
    """Write the exports `args` asks for; returns the exit status (0, or 2 on a write error)."""
    if args.html is not None:
        from wirediff.gui.presentation.html_report import comparison_to_html

        page = comparison_to_html(comparison, changes_only=args.changes_only)
        try:
            args.html.write_text(page, encoding="utf-8")
        except OSError as error:
            return _cannot_write(args.html, error)
    if args.png is None and args.pdf is None:
        return EXIT_OK
    ensure_gui_application()
    from wirediff.gui.export.image import ImageExport, ImageOptions
    from wirediff.gui.export.pdf import PdfOptions, write_pdf

    style = command_line_style()
    if args.png is not None:
        options = ImageOptions(width=args.width, scale=args.scale, changes_only=args.changes_only)
        export = ImageExport(comparison, style, options)
        try:
            written = export.save(args.png)
        except OSError as error:
            return _cannot_write(args.png, error)
        if len(written) > 1:
            total = sum(export.size(number)[1] for number in range(1, export.count + 1))
            print(
                f"wirediff: {args.png} would be {total:,} pixels tall, so it was written as "
                f"{len(written)} images split between rows: {written[0]} to {written[-1]}",
                file=sys.stderr,
            )
    if args.pdf is not None:
        try:
            write_pdf(args.pdf, comparison, style, PdfOptions(changes_only=args.changes_only))
        except OSError as error:
            return _cannot_write(args.pdf, error)
    return EXIT_OK
