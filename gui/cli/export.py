"""The export options of `wirediff compare`: `--png`, `--pdf`, `--html`.

    wirediff compare LEFT RIGHT [--png OUT.png] [--pdf OUT.pdf] [--html OUT.html]
                     [--changes-only] [--width N] [--scale S] [--json OUT|-]

`gui.cli.main` adds the options with `add_export_arguments` and, once the comparison is made, calls
`export_outputs`. HTML needs no Qt; PNG and PDF load PySide6 only then, on
the offscreen platform when there is no display (a server, CI, an SSH session), so the command
draws anywhere. The drawing is the window's: same row painter, fonts and palette (light).

An image too tall for one file is written as OUT-1.png, OUT-2.png... and a line on stderr says
so; every part is checked against the inputs and the other outputs before anything is written
(`gui.cli.outputs`). `-` writes an export to stdout. An output that cannot be written prints
one line, `wirediff: cannot write OUT: reason`, and the exit status is 2, like every other
error of the command.

May import `core`, the `gui.export_*` modules (inside `export_outputs`), `gui.models.settings` and
`gui.render.theme` (idem), and the standard library; PySide6 only inside the functions that draw.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirediff.gui.cli.outputs import STDOUT, Output, OutputRefused, say, text_output
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
        type=str,
        metavar="OUT.png",
        help="write an image (very long comparisons: OUT-1.png, OUT-2.png...)",
    )
    group.add_argument(
        "--pdf", type=str, metavar="OUT.pdf", help="write a PDF (A4 landscape, searchable text)"
    )
    group.add_argument(
        "--html", type=str, metavar="OUT.html", help="write one self-contained HTML page"
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


def export_outputs(args: argparse.Namespace, comparison: Comparison) -> list[Output]:
    """The files the export options ask for, a split PNG's parts each its own `Output`.

    Laying out the PNG (to know how many parts it takes) loads Qt; nothing is drawn or
    encoded until an output's `content` is called. Raises `OutputRefused` when a PNG that
    needs several parts is asked for on stdout.
    """
    from wirediff.gui.presentation.reading_order import in_reading_order

    # As the window shows it: moved paragraphs at their place on both sides.
    comparison = in_reading_order(comparison)
    outputs: list[Output] = []
    if args.html is not None:
        from wirediff.gui.presentation.html_report import comparison_to_html

        outputs.append(
            text_output(
                "--html",
                args.html,
                lambda: comparison_to_html(comparison, changes_only=args.changes_only),
            )
        )
    if args.png is None and args.pdf is None:
        return outputs
    ensure_gui_application()
    from wirediff.gui.export.image import ImageExport, ImageOptions
    from wirediff.gui.export.pdf import PdfExport, PdfOptions

    style = command_line_style()
    if args.png is not None:
        options = ImageOptions(width=args.width, scale=args.scale, changes_only=args.changes_only)
        image = ImageExport(comparison, style, options)
        if image.is_split and args.png == STDOUT:
            raise OutputRefused(
                f"--png -: the image takes {image.count} parts, which stdout cannot hold; "
                "name a file"
            )
        paths = [args.png] if args.png == STDOUT else map(str, image.part_paths(Path(args.png)))
        for number, path in enumerate(paths, start=1):
            option = f"--png (part {number})" if image.is_split else "--png"
            outputs.append(Output(option, path, partial(image.png, number)))
        if image.is_split:
            total = sum(image.size(number)[1] for number in range(1, image.count + 1))
            say(
                f"wirediff: {args.png} would be {total:,} pixels tall, so it is written as "
                f"{image.count} images split between rows: {outputs[-image.count].path} to "
                f"{outputs[-1].path}"
            )
    if args.pdf is not None:
        pdf = PdfExport(comparison, style, PdfOptions(changes_only=args.changes_only))
        outputs.append(Output("--pdf", args.pdf, pdf.to_bytes))
    return outputs
