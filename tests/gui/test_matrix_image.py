"""Pins that the version matrix never cuts its words: the legend wraps its entries onto more
lines in a narrow panel (no "first wor"), and the PNG export of seven versions keeps a sentence
column 150 characters wide with every sentence whole, wrapped into taller rows."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from wirediff.core.collate.collation import collate_documents
from wirediff.core.compare import load_document
from wirediff.gui.models.matrix_model import MatrixModel
from wirediff.gui.render.theme import theme_for
from wirediff.gui.widgets.versions.matrix_view import (
    IMAGE_SENTENCE_CHARS,
    ROW_HEIGHT_LINES,
    MatrixView,
    image_row_heights,
    render_matrix_image,
)
from wirediff.gui.widgets.versions.panel_parts import LEGEND_ENTRIES, MatrixLegend


def test_legend_wraps_instead_of_cutting_words(qtbot):
    legend = MatrixLegend()
    qtbot.addWidget(legend)
    wide = legend.sizeHint().width()
    legend.resize(wide, legend.heightForWidth(wide))
    line = legend.heightForWidth(wide)
    assert {place.top() for place in legend.places()} == {0.0}
    narrow = wide // 2
    legend.resize(narrow, legend.heightForWidth(narrow))
    places = legend.places()
    assert len(places) == len(LEGEND_ENTRIES)
    assert all(place.right() <= narrow for place in places)
    assert legend.heightForWidth(narrow) >= 2 * line - 1
    assert places[-1].top() > 0  # "first wording" moved to a later line, whole


def test_matrix_png_of_seven_versions_keeps_sentences_whole(qtbot, seeds):
    documents = [load_document(seeds[prefix]) for prefix in ("000", "001", "002", "003", "004")]
    base = seeds["000"].read_text(encoding="utf-8")
    for number, edit in enumerate(("Kharkiv", "Ukraine")):
        text = base.replace(edit, f"{edit} (updated)", 1)
        documents.append(load_document(raw=text.encode(), name=f"update-{number}.txt"))
    model = MatrixModel()
    model.set_collation(collate_documents(documents))
    assert model.version_count() == 7
    view = MatrixView()
    qtbot.addWidget(view)
    metrics = QFontMetrics(view.font())
    sentence_width = round(metrics.averageCharWidth() * IMAGE_SENTENCE_CHARS)
    heights = image_row_heights(model, view.font(), sentence_width)
    single = round(metrics.height() * ROW_HEIGHT_LINES)
    column = model.sentence_column()
    longest = max(range(len(heights)), key=lambda row: len(str(model.index(row, column).data())))
    assert len(str(model.index(longest, column).data())) > IMAGE_SENTENCE_CHARS
    assert heights[longest] >= single + metrics.height()  # wrapped, not cut with "…"
    assert min(heights) == single

    image = render_matrix_image(model, theme_for("light"))
    view.setModel(model)
    versions = view.version_column_width() * 7
    assert image.width() >= versions + sentence_width
    header = view.horizontalHeader().sizeHint().height()
    assert image.height() == header + sum(heights) + 1
