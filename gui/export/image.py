"""PNG export: the comparison drawn by the window's row painter, as one image or numbered parts.

`ImageExport` lays the comparison out at the chosen width (`gui.export.layout`), cuts it into
parts no taller than `MAX_PART_HEIGHT_PX` device pixels (at row boundaries; only a row taller
than a whole part is split, between lines of text) and renders one part at a time, so a long
comparison never needs one giant image in memory. One part is saved as `OUT.png`; several as
`OUT-1.png`, `OUT-2.png`... and the caller tells the user (`ImageExport.is_split`). Each part
after the first opens with a continuation header saying which part it is.

The scale (1x, 2x) multiplies the pixels, not the layout: a 2x image of width 1200 is 2400
pixels wide and reads like the 1x one on a high-density screen.

The width and scale bounds and the part height are `gui.presentation.export_limits`, shared with the
command line.

May import `core`, the `gui.export_*` modules below it, `gui.render.row_painter`, `PySide6.QtGui`/
`QtCore` and the standard library; never `QtWidgets`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from wirediff.core.atomic_files import write_file
from wirediff.core.collection_pause import fewer_collections
from wirediff.core.result import Comparison
from wirediff.gui.export.layout import ExportLayout, ExportStyle, Page
from wirediff.gui.export.png import RawPng, ScanlineBuffer, encode_png
from wirediff.gui.presentation.export_limits import (
    DEFAULT_WIDTH_PX,
    MAX_PART_HEIGHT_PX,
    MAX_SCALE,
    MAX_WIDTH_PX,
    MIN_SCALE,
    MIN_WIDTH_PX,
)
from wirediff.gui.presentation.export_plan import ExportItem, RowItem, export_items, part_names

_RGB32_BYTES = 4  # per pixel
_Done = TypeVar("_Done")


@dataclass(frozen=True, slots=True)
class ImageOptions:
    """What a PNG export shows.

    width: layout width in pixels at 1x, default 1200.
    scale: device pixels per layout pixel (1.0 or 2.0 in the window; up to 4.0).
    changes_only: collapse each run of unchanged paragraphs into one line. Default False.
    rows: only these rows, uncollapsed (the window's visible area); None for all.
    compared_at: the date in the title band; None for now.
    """

    width: int = DEFAULT_WIDTH_PX
    scale: float = 1.0
    changes_only: bool = False
    rows: range | None = None
    compared_at: datetime | None = None


def image_items(
    comparison: Comparison, options: ImageOptions, *, show_minor: bool
) -> tuple[ExportItem, ...]:
    """The rows of an image export: a visible range, or every row (changes only: collapsed)."""
    if options.rows is not None:
        shown = range(
            max(0, options.rows.start), min(len(comparison.rows), max(0, options.rows.stop))
        )
        return tuple(RowItem(index) for index in shown)
    return export_items(comparison, changes_only=options.changes_only, show_minor=show_minor)


class ImageExport:
    """A comparison as PNG parts, rendered on demand."""

    def __init__(self, comparison: Comparison, style: ExportStyle, options: ImageOptions) -> None:
        if not MIN_WIDTH_PX <= options.width <= MAX_WIDTH_PX:
            raise ValueError(f"width must be {MIN_WIDTH_PX} to {MAX_WIDTH_PX} pixels")
        if not MIN_SCALE <= options.scale <= MAX_SCALE:
            raise ValueError(f"scale must be {MIN_SCALE:g} to {MAX_SCALE:g}")
        self.options = options
        self.style = style
        items = image_items(comparison, options, show_minor=style.show_minor)
        self.layout = ExportLayout(
            comparison, style, options.width, items, compared_at=options.compared_at
        )
        # Whole layout pixels per part, so a part's device height never passes the limit.
        self.part_height = math.floor(MAX_PART_HEIGHT_PX / options.scale)
        self.pages: list[Page] = self.layout.paginate(self.part_height)
        # The parts `png` is handing out, one after another, and the number it expects next.
        self._parts: Generator[bytes, None, None] | None = None
        self._next_part = 1

    @property
    def count(self) -> int:
        return len(self.pages)

    @property
    def is_split(self) -> bool:
        return self.count > 1

    def size(self, number: int) -> tuple[int, int]:
        """Device pixel (width, height) of part `number` (from 1)."""
        scale = self.options.scale
        page = self.pages[number - 1]
        return math.ceil(self.options.width * scale), math.ceil(page.height * scale)

    def render(self, number: int = 1) -> QImage:
        """Draw part `number` (from 1)."""
        width, height = self.size(number)
        return self._draw(QImage(width, height, QImage.Format.Format_RGB32), number)

    def _draw(self, image: QImage, number: int) -> QImage:
        """Draw part `number` on `image`, which is exactly its size; returns `image`."""
        image.setDevicePixelRatio(self.options.scale)
        image.fill(self.style.theme.background)
        heading = self.layout.heading
        image.setText("Title", heading.title)
        image.setText("Description", f"{heading.summary} ({heading.date})")
        image.setText("Software", "wirediff")
        painter = QPainter(image)
        try:
            self.layout.draw_page(
                painter, self.pages[number - 1], QPointF(0, 0), number=number, count=self.count
            )
        finally:
            painter.end()
        return image

    def png(self, number: int) -> bytes:
        """Part `number` (from 1) drawn and encoded as PNG. Asked for in order, as the command
        line writes them, each part is compressed while the next is drawn."""
        parts = self._parts
        if parts is None or number != self._next_part:
            self._close_parts()
            parts = self._parts = self._pipeline(_encode, first=number)
        try:
            data = next(parts)
        except BaseException:
            self._parts = None  # a failed pipeline is over; the next call starts another
            raise
        self._next_part = number + 1
        if number == self.count:
            self._close_parts()
        return data

    def _close_parts(self) -> None:
        if self._parts is not None:
            self._parts.close()
            self._parts = None

    def part_paths(self, path: Path) -> list[Path]:
        """Where the parts of an export to `path` go: `path` itself, or path-1.png..."""
        return [path.with_name(name) for name in part_names(path.stem, path.suffix, self.count)]

    def save(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Path]:
        """Write every part; returns the files written. Raises `OSError` if one cannot be.

        `progress(done, total)` is called after each part is written and `cancelled()` checked
        before each is drawn; a cancelled export returns the parts written so far.
        """
        targets = self.part_paths(path)
        written: list[Path] = []
        for target in self._pipeline(
            lambda number, image: _write_png(targets[number - 1], image), cancelled=cancelled
        ):
            written.append(target)
            if progress is not None:
                progress(len(written), len(targets))
        return written

    def _pipeline(
        self,
        finish: Callable[[int, RawPng], _Done],
        *,
        first: int = 1,
        cancelled: Callable[[], bool] | None = None,
    ) -> Generator[_Done, None, None]:
        """`finish(number, image)` of each part from `first` on, in order: parts are drawn on
        one reused canvas, and each is finished (encoded, written) on a worker thread while
        the next is drawn."""
        largest = max(self.size(number) for number in range(first, self.count + 1))
        canvas, scanlines = _Canvas(largest), ScanlineBuffer()
        # One worker: the drawing holds the GIL, so more threads would only wait (and hold more
        # parts in memory); deflate releases it.
        pending: Future[_Done] | None = None
        with ThreadPoolExecutor(1) as pool, fewer_collections():
            for number in range(first, self.count + 1):
                if cancelled is not None and cancelled():
                    break
                image = self._draw(canvas.image(*self.size(number)), number)
                if pending is not None:
                    yield pending.result()  # and the scanline buffer is free again
                pending = pool.submit(finish, number, scanlines.hold(image))
            if pending is not None:
                yield pending.result()


class _Canvas:
    """Memory for drawing one part after another: a fresh 77 MB image per part costs more in
    page faults than drawing it."""

    def __init__(self, largest: tuple[int, int]) -> None:
        self._pixels = bytearray(_RGB32_BYTES * largest[0] * largest[1])

    def image(self, width: int, height: int) -> QImage:
        """An image of this size over the canvas memory, valid until the next call."""
        stride = _RGB32_BYTES * width
        if len(self._pixels) < stride * height:
            self._pixels = bytearray(stride * height)
        return QImage(self._pixels, width, height, stride, QImage.Format.Format_RGB32)


def _encode(_number: int, image: RawPng) -> bytes:
    return image.encode()


def _write_png(target: Path, image: RawPng) -> Path:
    write_file(target, image.encode())
    return target


def png_bytes(image: QImage) -> bytes:
    """`image` encoded as PNG (written by the caller, so a failure carries the OS's reason)."""
    return encode_png(image)
