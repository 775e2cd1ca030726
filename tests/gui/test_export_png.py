"""Pins the PNG encoder of the exports: every pixel back exactly (also when Qt pads rows to a
multiple of four bytes, for a 2x image, and for a smaller image held in a buffer a larger one
used), the image's text keys (Latin-1 and not) and its density kept, and the chunks a PNG reader
expects, in order, with valid checksums."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtGui import QColor, QImage, QPainter

from wirediff.gui.export.png import PNG_SIGNATURE, ScanlineBuffer, encode_png


def _drawn(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(230, 250, 231))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height // 2, QColor(200, 30, 40))
    painter.drawText(0, height - 2, "Kyiv’s → 東京")
    painter.end()
    image.setText("Title", "left.txt → right.txt")
    image.setText("Software", "wirediff")
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    return image


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data.startswith(PNG_SIGNATURE)
    chunks = []
    position = len(PNG_SIGNATURE)
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks.append((kind, body))
        position += 12 + length
    return chunks


def test_every_pixel_comes_back_at_widths_qt_pads_and_does_not(qapp):
    for width, height in ((7, 5), (121, 40), (1200, 30)):
        image = _drawn(width, height)
        back = QImage.fromData(encode_png(image), "PNG")
        assert (back.width(), back.height()) == (width, height)
        assert back.convertToFormat(QImage.Format.Format_RGB32) == image


def test_a_reused_buffer_holds_each_image_exactly(qapp):
    buffer = ScanlineBuffer()
    tall, small = _drawn(300, 90), _drawn(121, 40)
    small.setDevicePixelRatio(2.0)
    for image in (tall, small, tall):
        back = QImage.fromData(buffer.hold(image).encode(), "PNG")
        assert (back.width(), back.height()) == (image.width(), image.height())
        assert back.convertToFormat(QImage.Format.Format_RGB32) == image


def test_text_keys_and_density_are_kept(qapp):
    back = QImage.fromData(encode_png(_drawn(40, 20)), "PNG")
    assert back.text("Title") == "left.txt → right.txt"
    assert back.text("Software") == "wirediff"
    assert (back.dotsPerMeterX(), back.dotsPerMeterY()) == (3780, 3780)


def test_chunks_in_order_with_an_rgb_header(qapp):
    chunks = _chunks(encode_png(_drawn(40, 20)))
    assert [kind for kind, _ in chunks] == [b"IHDR", b"pHYs", b"tEXt", b"iTXt", b"IDAT", b"IEND"]
    assert chunks[0][1] == struct.pack(">IIBBBBB", 40, 20, 8, 2, 0, 0, 0)
    assert chunks[2][1] == b"Software\x00wirediff"
