"""Pins `RowPainter` as exports use it, with no widget: it paints a row onto a `QImage`, the
row's height is what it paints and grows as the width shrinks, an added row tints its right
half and leaves the left half empty, an unchanged paragraph is laid out once for both halves
(a changed one once per half), and the light and dark palettes differ."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from wirediff.core.compare import compare_files
from wirediff.core.result import RowKind, Side
from wirediff.gui.models.settings import text_font
from wirediff.gui.render.row_painter import PaintOptions, RowPainter
from wirediff.gui.render.theme import theme_for


def _painter(scheme: str = "light") -> RowPainter:
    return RowPainter(text_font("sans", 11), theme_for(scheme), PaintOptions())


def _germany_row(seeds):
    comparison = compare_files(seeds["000"], seeds["001"])
    return next(
        row
        for row in comparison.rows
        if row.kind is RowKind.ADDED and "Germany" in (row.sentences[0].right or "")
    )


def test_height_grows_as_width_shrinks(qapp, seeds):
    row = _germany_row(seeds)
    painter = _painter()
    assert painter.height(row, 600) > painter.height(row, 1400) > 0


def test_added_row_paints_right_tint_and_empty_left(qapp, seeds):
    row = _germany_row(seeds)
    row_painter = _painter()
    width = 1200
    height = row_painter.height(row, width)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(row_painter.theme.background)
    painter = QPainter(image)
    painted = row_painter.paint(painter, row, QPointF(0, 0), width)
    painter.end()
    assert painted == height
    columns = row_painter.columns(width)
    right_corner = image.pixelColor(round(columns.right.left()) + 2, 2)
    assert right_corner == row_painter.theme.colors("added").background
    left_middle = image.pixelColor(round(columns.left.center().x()), height // 2)
    assert left_middle != row_painter.theme.colors("added").background
    text_pixels = {
        image.pixelColor(x, y).name()
        for x in range(round(columns.right.left()), round(columns.right.right()), 3)
        for y in range(0, height, 3)
    }
    assert len(text_pixels) > 3  # text was drawn, not just the tint


def test_an_unchanged_paragraph_is_laid_out_once_for_both_halves(qapp, seeds):
    comparison = compare_files(seeds["000"], seeds["001"])
    painter = _painter()
    equal = next(row for row in comparison.rows if row.kind is RowKind.EQUAL)
    halves = painter.layout(equal, 1200).halves
    assert halves[Side.LEFT][0][0] is halves[Side.RIGHT][0][0]
    changed = next(row for row in comparison.rows if row.kind is RowKind.CHANGED)
    halves = painter.layout(changed, 1200).halves
    shared = {id(layout) for layout, _ in halves[Side.LEFT]} & {
        id(layout) for layout, _ in halves[Side.RIGHT]
    }
    assert not shared


def test_light_and_dark_palettes(qapp):
    light = theme_for(Qt.ColorScheme.Light)
    dark = theme_for(Qt.ColorScheme.Dark)
    assert not light.is_dark
    assert dark.is_dark
    assert light.background != dark.background
    for kind in ("added", "removed", "changed", "moved", "minor", "equal"):
        assert light.colors(kind).mark.isValid()
        assert dark.colors(kind).mark.isValid()
    assert theme_for(Qt.ColorScheme.Unknown) is light


def test_font_is_used(qapp):
    font = QFont(text_font("serif", 14))
    assert RowPainter(font, theme_for("light")).line_height > _painter().line_height
