"""PNG encoding of export images: Qt lays the pixels out as PNG scanlines, ISA-L deflates them.

A PNG's pixel data, before compression, is its rows of RGB bytes each opened by a filter byte.
`ScanlineBuffer` holds exactly that, reused from one image to the next: Qt converts a drawn
image into it directly (an RGB888 `QImage` over the buffer whose stride is one byte longer than
a row, so each row's first byte follows the previous row's filter byte), so no Python touches a
row and nothing is joined or copied again before compression. Every filter byte is 0 ("None"):
libpng and Pillow try the five filters on every row, which on a 1200 x 16,000-pixel part of
text is most of their time, and rows of text on flat colour compress as well unfiltered.

`RawPng.encode` deflates with ISA-L (`isal`, a standard zlib stream any PNG reader inflates):
at its level 1 it compresses these parts about five times as fast as the standard library's
zlib at level 1, for files about 15% larger, and it releases the GIL, so `gui.export.image`
compresses one part on a worker thread while the next is drawn. The buffer is busy until then:
`hold` the next image only once the last one is encoded.

The file holds what Qt would write besides the pixels: the image's dots per metre (pHYs) and
its text keys (tEXt when Latin-1, iTXt otherwise), so viewers and `QImage` read the same title,
description and software.

May import `PySide6.QtGui`/`QtCore`, `isal` and the standard library.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from isal import isal_zlib
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# ISA-L level 1 (of 0-3): higher levels shrink these images little and take longer.
ZLIB_LEVEL = 1
_BIT_DEPTH = 8
_COLOUR_TYPE_RGB = 2
_BYTES_PER_PIXEL = 3
_FILTER_NONE = 0
_UNIT_METRE = 1
# Formats whose pixels Qt copies into RGB888 exactly, byte for byte (both opaque).
_COPIED_AS_THEY_ARE = (QImage.Format.Format_RGB32, QImage.Format.Format_RGB888)


@dataclass(frozen=True, slots=True)
class RawPng:
    """An image as PNG scanlines (in a `ScanlineBuffer`) with what its file says besides."""

    width: int
    height: int
    scanlines: memoryview
    dots_per_metre: tuple[int, int]
    texts: tuple[tuple[str, str], ...]

    def encode(self, level: int = ZLIB_LEVEL) -> bytes:
        """The bytes of an 8-bit RGB PNG file (the GIL is released while compressing)."""
        pixels = isal_zlib.compress(self.scanlines, level)
        # Compression, filter and interlace methods 0: deflate, the five-filter set, no interlace.
        header = struct.pack(
            ">IIBBBBB", self.width, self.height, _BIT_DEPTH, _COLOUR_TYPE_RGB, 0, 0, 0
        )
        chunks = [PNG_SIGNATURE, _chunk(b"IHDR", header)]
        if min(self.dots_per_metre) > 0:
            chunks.append(_chunk(b"pHYs", struct.pack(">IIB", *self.dots_per_metre, _UNIT_METRE)))
        chunks += [_text_chunk(key, value) for key, value in self.texts]
        chunks += [_chunk(b"IDAT", pixels), _chunk(b"IEND", b"")]
        return b"".join(chunks)


class ScanlineBuffer:
    """Memory for one image's PNG scanlines, reused (and grown as needed) image after image."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def hold(self, image: QImage) -> RawPng:
        """Copy `image`'s pixels in as scanlines (alpha, if any, is dropped): the last
        `RawPng` held is overwritten, so encode it first."""
        if image.format() not in _COPIED_AS_THEY_ARE:
            image = image.convertToFormat(QImage.Format.Format_RGB888)
        width, height = image.width(), image.height()
        stride = _BYTES_PER_PIXEL * width + 1
        size = stride * height
        if len(self._buffer) < size:
            self._buffer = bytearray(size)
        buffer = memoryview(self._buffer)
        rows = QImage(buffer[1:], width, height, stride, QImage.Format.Format_RGB888)
        painter = QPainter(rows)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        # Pixel for pixel, whatever the image's device pixel ratio.
        whole = QRect(0, 0, width, height)
        painter.drawImage(whole, image, whole)
        painter.end()
        # Qt leaves the byte between rows alone, but a filter byte must be 0, not what was there.
        buffer[0:size:stride] = bytes(height)
        keys = image.textKeys()
        return RawPng(
            width=width,
            height=height,
            scanlines=buffer[:size],
            dots_per_metre=(image.dotsPerMeterX(), image.dotsPerMeterY()),
            texts=tuple((key, image.text(key)) for key in keys),
        )


def encode_png(image: QImage, level: int = ZLIB_LEVEL) -> bytes:
    """`image` as the bytes of an 8-bit RGB PNG file (alpha, if any, is dropped)."""
    return ScanlineBuffer().hold(image).encode(level)


def _chunk(kind: bytes, data: bytes) -> bytes:
    checksum = zlib.crc32(data, zlib.crc32(kind))
    return b"".join((struct.pack(">I", len(data)), kind, data, struct.pack(">I", checksum)))


def _text_chunk(key: str, value: str) -> bytes:
    try:
        return _chunk(b"tEXt", key.encode("latin-1") + b"\x00" + value.encode("latin-1"))
    except UnicodeEncodeError:
        # Not compressed, no language tag, no translated keyword.
        header = key.encode("latin-1", errors="replace") + b"\x00\x00\x00\x00\x00"
        return _chunk(b"iTXt", header + value.encode("utf-8"))
