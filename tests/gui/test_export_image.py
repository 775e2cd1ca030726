"""Pins the PNG export of a comparison: the requested width at 1x and 2x, the theme's added
colour and gutter mark on the rows holding the Germany/Putin sentences of seeds 000 vs 001 (and
not on an unchanged row), "changes only" much shorter yet holding every change, a ~1 MB pair
split into parts of at most 16,000 pixels at row boundaries with every row placed once, a row
taller than a part split between lines of each half, every part saved or encoded the part drawn
(a cancelled save keeping the parts written so far), rows drawn from the layouts kept from
measuring as from fresh ones, and the doctests of the export plan."""

from __future__ import annotations

import doctest
import itertools
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

import wirediff.gui.cli.export
import wirediff.gui.export.image
import wirediff.gui.export.layout
import wirediff.gui.presentation.export_plan
from wirediff.core.compare import compare_documents, compare_files, load_document
from wirediff.core.result import RowKind, Side
from wirediff.gui.export.image import MAX_PART_HEIGHT_PX, ImageExport, ImageOptions
from wirediff.gui.export.layout import BlockKind, ExportStyle
from wirediff.gui.models.settings import DEFAULT_POINT_SIZE, text_font
from wirediff.gui.presentation.export_plan import GapItem, RowItem, export_items
from wirediff.gui.render.theme import theme_for

GERMANY = "Germany announced soon after"
PUTIN = "Russian President Vladimir Putin warned"


@pytest.fixture(scope="module")
def demo(seeds):
    return compare_files(seeds["000"], seeds["001"])


@pytest.fixture
def style(qapp) -> ExportStyle:
    return ExportStyle(text_font("sans", DEFAULT_POINT_SIZE), theme_for("light"))


def big_pair(seeds, copies: int):
    """Seeds 000 and 001, each repeated `copies` times under numbered datelines."""
    left = seeds["000"].read_text(encoding="utf-8")
    right = seeds["001"].read_text(encoding="utf-8")
    raw = [
        "\n\n".join(f"Copy {number}.\n\n{text}" for number in range(copies)).encode()
        for text in (left, right)
    ]
    return compare_documents(
        load_document(raw=raw[0], name="big-old.txt"), load_document(raw=raw[1], name="big-new.txt")
    )


def row_with(comparison, text: str) -> int:
    for number, row in enumerate(comparison.rows):
        if any(text in (s.right or "") or text in (s.left or "") for s in row.sentences):
            return number
    raise AssertionError(f"no row holds {text!r}")


def placement_of(export: ImageExport, row: int) -> tuple[int, float, int]:
    """(part number, top, height) of a whole row in an image export, in layout pixels."""
    for number, page in enumerate(export.pages, start=1):
        for placement in page.placements:
            block = export.layout.blocks[placement.block]
            if block.kind is BlockKind.ROW and block.row == row:
                return number, placement.top, block.height
    raise AssertionError(f"row {row} is not in the export")


def share_of_color(image: QImage, x_range: range, y_range: range, color: QColor) -> float:
    hits = sum(image.pixelColor(x, y) == color for x in x_range for y in y_range)
    return hits / (len(x_range) * len(y_range))


@pytest.mark.parametrize(("width", "scale"), [(1200, 1.0), (900, 2.0)])
def test_png_has_the_requested_width(demo, style, tmp_path: Path, width, scale):
    export = ImageExport(demo, style, ImageOptions(width=width, scale=scale))
    (written,) = export.save(tmp_path / "demo.png")
    image = QImage(str(written))
    assert image.width() == round(width * scale)
    assert image.height() == export.size(1)[1]


def test_every_part_saved_or_encoded_is_the_part_drawn(demo, style, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(wirediff.gui.export.image, "MAX_PART_HEIGHT_PX", 700)
    options = ImageOptions(compared_at=datetime(2024, 5, 1, 9, 30))
    export = ImageExport(demo, style, options)
    heights = {export.size(number)[1] for number in range(1, export.count + 1)}
    assert export.count > 2
    assert len(heights) > 1
    written = export.save(tmp_path / "demo.png")
    assert written == export.part_paths(tmp_path / "demo.png")
    for number, path in enumerate(written, start=1):
        drawn = export.render(number)
        assert QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32) == drawn
        # As the command line writes them, one part after another on the same memory.
        encoded = QImage.fromData(export.png(number), "PNG")
        assert encoded.convertToFormat(QImage.Format.Format_RGB32) == drawn
    # Out of order, a part is drawn again from scratch.
    again = QImage.fromData(export.png(2), "PNG").convertToFormat(QImage.Format.Format_RGB32)
    assert again == export.render(2)


def test_layouts_kept_from_measuring_draw_what_fresh_ones_draw(demo, style, monkeypatch):
    options = ImageOptions(compared_at=datetime(2024, 5, 1, 9, 30))
    kept = ImageExport(demo, style, options).render(1)
    monkeypatch.setattr(wirediff.gui.export.layout, "KEPT_LAYOUTS_BYTES", 0)
    assert ImageExport(demo, style, options).render(1) == kept


def test_a_cancelled_save_keeps_the_parts_written_so_far(demo, style, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(wirediff.gui.export.image, "MAX_PART_HEIGHT_PX", 700)
    export = ImageExport(demo, style, ImageOptions())
    reported: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    written = export.save(
        folder / "demo.png",
        progress=lambda *done: reported.append(done),
        cancelled=lambda: bool(reported),
    )
    assert 0 < len(written) < export.count
    assert written == export.part_paths(folder / "demo.png")[: len(written)]
    assert reported == [(number, export.count) for number in range(1, len(written) + 1)]
    assert sorted(folder.iterdir()) == sorted(written)
    assert all(QImage(str(path)).height() == export.size(n)[1] for n, path in enumerate(written, 1))


def test_added_colour_on_the_germany_and_putin_row(demo, style):
    germany, putin = row_with(demo, GERMANY), row_with(demo, PUTIN)
    assert germany == putin
    assert demo.rows[germany].kind is RowKind.ADDED
    scale = 2.0
    export = ImageExport(demo, style, ImageOptions(scale=scale))
    assert export.count == 1
    image = export.render(1)
    _part, top, height = placement_of(export, germany)
    columns = export.layout.painter.columns(1200)
    added = style.theme.colors("added")
    rows = range(round((top + 4) * scale), round((top + height - 4) * scale), 3)
    right = columns.right
    # The right half's background is the added tint, under and between the lines of text.
    margin = range(round((right.left() + 2) * scale), round((right.left() + 8) * scale))
    assert share_of_color(image, margin, rows, added.background) > 0.95
    # The gutter carries the added mark (bar and badge).
    gutter = range(round(columns.gutter.left() * scale), round(columns.gutter.right() * scale))
    assert share_of_color(image, gutter, rows, added.mark) > 0.02
    # An unchanged row has neither.
    equal = next(n for n, row in enumerate(demo.rows) if not row.is_change())
    _part, top, height = placement_of(export, equal)
    rows = range(round((top + 4) * scale), round((top + height - 4) * scale), 3)
    assert share_of_color(image, margin, rows, added.background) == 0
    assert share_of_color(image, gutter, rows, added.mark) == 0


def test_changes_only_is_much_shorter_and_keeps_every_change(demo, style):
    whole = ImageExport(demo, style, ImageOptions())
    changes = ImageExport(demo, style, ImageOptions(changes_only=True))
    assert changes.size(1)[1] < 0.7 * whole.size(1)[1]
    items = export_items(demo, changes_only=True)
    kept = {item.index for item in items if isinstance(item, RowItem)}
    assert set(demo.change_rows(include_minor=False)) <= kept
    gaps = [item for item in items if isinstance(item, GapItem)]
    assert gaps
    # Gaps hold unchanged rows, or page furniture folded away as the window folds it.
    assert all(
        not demo.rows[n].is_change(include_minor=False) or demo.is_hidden_row(n)
        for g in gaps
        for n in range(g.first, g.last + 1)
    )
    assert [g.caption() for g in gaps if g.furniture] == [
        "1 page part hidden: counter",
        "3 page parts hidden: photo caption, counter",
        "1 page part hidden: rule",
        "3 page parts hidden: disclaimer, comment count",
    ]
    minor_rows = [n for n in demo.change_rows() if n not in kept]
    assert sum(gap.minor for gap in gaps) == len(minor_rows)
    # Every row is either shown or counted in exactly one gap.
    covered = sorted(kept | {n for g in gaps for n in range(g.first, g.last + 1)})
    assert covered == list(range(len(demo.rows)))
    _part, top, height = placement_of(changes, row_with(demo, GERMANY))
    image = changes.render(1)
    right = changes.layout.painter.columns(1200).right
    x_range = range(round(right.left() + 2), round(right.left() + 8))
    y_range = range(round(top + 4), round(top + height - 4), 3)
    assert share_of_color(image, x_range, y_range, style.theme.colors("added").background) > 0.95


def test_megabyte_pair_is_split_at_row_boundaries_not_cut(seeds, style, tmp_path: Path):
    comparison = big_pair(seeds, 250)
    assert len(comparison.left.raw) + len(comparison.right.raw) > 1_500_000
    export = ImageExport(comparison, style, ImageOptions(scale=2.0))
    assert export.count > 10
    placed: dict[int, list] = {}
    for number in range(1, export.count + 1):
        width, height = export.size(number)
        assert width == 2400
        assert height <= MAX_PART_HEIGHT_PX
    for page in export.pages:
        for placement in page.placements:
            block = export.layout.blocks[placement.block]
            if block.kind is BlockKind.ROW:
                placed.setdefault(block.row, []).append(placement)
            assert placement.top + (
                placement.piece.height if placement.piece else block.height
            ) <= (page.height + 0.01)
    shown = [n for n in range(len(comparison.rows)) if not comparison.is_hidden_row(n)]
    assert sorted(placed) == shown
    assert all(len(placements) == 1 for placements in placed.values())
    written = [export.part_paths(tmp_path / "big.png")[i] for i in (0, -1)]
    for number, target in zip((1, export.count), written, strict=True):
        target.write_bytes(wirediff.gui.export.image.png_bytes(export.render(number)))
        assert QImage(str(target)).height() == export.size(number)[1]
    assert [p.name for p in written] == ["big-1.png", f"big-{export.count}.png"]


def tall_pair():
    words = ("the", "minister", "said", "talks", "would", "resume", "after", "a", "pause", "on")
    sentences = [
        " ".join(words[(number + k) % len(words)] for k in range(14)).capitalize()
        + f" number {number}."
        for number in range(160)
    ]
    changed = list(sentences)
    changed[40] = changed[40].replace("number", "figure")
    left = "Headline\n\n" + " ".join(sentences) + "\n"
    right = "Headline\n\n" + " ".join(changed[:80]) + "\n\n" + " ".join(changed[80:]) + "\n"
    return compare_documents(
        load_document(raw=left.encode(), name="tall-old.txt"),
        load_document(raw=right.encode(), name="tall-new.txt"),
    )


def test_row_taller_than_a_part_is_split_between_lines(style):
    comparison = tall_pair()
    layout = wirediff.gui.export.layout.ExportLayout(
        comparison, style, 1200, export_items(comparison, changes_only=False)
    )
    pages = layout.paginate(700)
    tall = max(range(len(layout.blocks)), key=lambda n: layout.blocks[n].height)
    block = layout.blocks[tall]
    assert block.height > 2000
    pieces = [p.piece for page in pages for p in page.placements if p.block == tall]
    assert len(pieces) > 3
    assert all(piece is not None for piece in pieces)
    spans = layout.unbreakable_spans(layout.row_layout(block.row))
    for side_of, side in ((lambda p: p.left, Side.LEFT), (lambda p: p.right, Side.RIGHT)):
        ranges = [side_of(piece) for piece in pieces]
        assert ranges[0][0] == 0
        assert ranges[-1][1] == block.height
        for before, after in itertools.pairwise(ranges):
            assert before[1] == after[0]
            assert not any(top < before[1] < bottom for top, bottom in spans[side])
    assert all(page.height <= 700 for page in pages)


@pytest.mark.parametrize(
    "module",
    [wirediff.gui.presentation.export_plan, wirediff.gui.export.layout, wirediff.gui.cli.export],
)
def test_export_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0
