"""Pins the version matrix of `VersionsPanel` on the five seeds: the Qt model contract
(qtmodeltester), one row per sentence of the union with each version's kind as glyph and
tooltip (its word diff tinted from the panel's theme), the seeds' known cells (Germany/Putin
only in 001, the CTV headlines only in 002), the filter buttons, sentences of page furniture
hidden by default and shown by their filter, a click on a tile asking for the pair at that
sentence, the CSV/HTML/PNG exports, and `CollateRunner` dropping results of stale requests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage

from wirediff.core.collate.collation import CellKind, RowFilter, collate_documents
from wirediff.core.compare import load_document
from wirediff.gui.models.matrix_model import CELL_GLYPHS, MatrixModel, pair_for_cell
from wirediff.gui.render.theme import theme_for
from wirediff.gui.tasks.collate_worker import CollateRunner
from wirediff.gui.widgets.versions.matrix_view import cell_colors
from wirediff.gui.widgets.versions.panel import VersionsPanel

COLLATE_TIMEOUT_MS = 20_000
PUTIN = "Russian President Vladimir Putin warned Germany"
GERMANY = "Germany announced soon after the White House altered its policy"
CTV = "CTVNews.ca Top Stories"


@pytest.fixture(scope="module")
def seed_documents(seeds):
    return [load_document(seeds[prefix]) for prefix in ("000", "001", "002", "003", "004")]


@pytest.fixture(scope="module")
def collation(seed_documents):
    return collate_documents(seed_documents)


@pytest.fixture
def story_panel(qtbot, seed_documents):
    """The panel as it opens: page furniture hidden."""
    widget = VersionsPanel()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.collation_ready, timeout=COLLATE_TIMEOUT_MS):
        widget.set_documents(seed_documents)
    yield widget
    widget.shutdown()


@pytest.fixture
def panel(story_panel):
    """The panel with its "Page furniture" filter on: every row of the union shown."""
    story_panel.set_furniture_shown(True)
    return story_panel


def row_starting(model: MatrixModel, text: str) -> int:
    """The display row whose sentence starts with `text`."""
    column = model.sentence_column()
    rows = [r for r in range(model.rowCount()) if model.index(r, column).data().startswith(text)]
    assert len(rows) == 1, rows
    return rows[0]


def kinds_of(model: MatrixModel, row: int) -> list[str]:
    return [model.index(row, c).data(MatrixModel.KindRole) for c in range(model.version_count())]


def click_cell(qtbot, panel: VersionsPanel, row: int, column: int) -> None:
    view = panel.matrix_view
    index = panel.matrix_model.index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_matrix_model_passes_qtmodeltester(qtmodeltester, collation):
    model = MatrixModel()
    qtmodeltester.check(model)
    model.set_collation(collation)
    qtmodeltester.check(model)
    model.set_row_filter(RowFilter.UNIQUE_TO_ONE_VERSION)
    qtmodeltester.check(model)


def test_one_row_per_union_sentence_one_column_per_version(panel, collation):
    model = panel.matrix_model
    assert model.rowCount() == len(collation.rows)
    assert model.columnCount() == 5 + 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["000", "001", "002", "003", "004", "Sentence"]
    tooltip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Biden allows Ukraine’s use of US arms to hit Russia: reports")
    sentences = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert sentences == [row.text for row in collation.rows]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    # 004's "Biden's move on Thursday falls short..." is a sentence of its own, not glued onto
    # the quote after it.
    assert "110 sentences in 5 versions" in panel.matrix.summary_label.text()


def test_page_furniture_is_hidden_until_its_filter_shows_it(qtbot, story_panel, collation):
    model, section = story_panel.matrix_model, story_panel.matrix
    furniture = len(collation.furniture_rows)
    assert furniture == 38
    assert model.rowCount() == len(collation.rows) - furniture
    sentences = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert "views" not in sentences
    assert CTV not in sentences
    assert "Skip to main content" not in sentences
    for text in (PUTIN, GERMANY):
        assert kinds_of(model, row_starting(model, text)) == ["absent", "equal"] + ["absent"] * 3
    assert section.summary_label.text() == (
        "110 sentences in 5 versions · showing 72 · 38 of page furniture hidden"
    )
    assert section.furniture_button.text() == "Page furniture  38"
    assert section.filter_buttons[RowFilter.ALL].text() == "All  72"
    assert not section.furniture_button.isChecked()
    qtbot.mouseClick(section.furniture_button, Qt.MouseButton.LeftButton)
    assert section.furniture_button.isChecked()
    assert model.rowCount() == len(collation.rows)
    assert row_starting(model, CTV) >= 0
    assert section.summary_label.text() == "110 sentences in 5 versions"
    assert section.filter_buttons[RowFilter.ALL].text() == "All  110"
    # Filters combine: unique to one version, furniture hidden again.
    qtbot.mouseClick(section.furniture_button, Qt.MouseButton.LeftButton)
    story_panel.set_row_filter(RowFilter.UNIQUE_TO_ONE_VERSION)
    unique = set(collation.rows_unique_to_one_version()) - collation.furniture_rows
    assert set(model.shown_rows()) == unique
    assert row_starting(model, PUTIN) >= 0


def test_germany_and_putin_sentences_only_in_001(panel):
    model = panel.matrix_model
    for text in (PUTIN, GERMANY):
        row = row_starting(model, text)
        assert kinds_of(model, row) == ["absent", "equal", "absent", "absent", "absent"]
        glyphs = [model.index(row, c).data() for c in range(5)]
        assert glyphs == ["·", "=", "·", "·", "·"]
        assert model.index(row, 1).data(MatrixModel.IsReferenceRole)
        assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "000: absent"


def test_tooltips_say_the_kind_in_words_and_show_the_word_diff(panel):
    model = panel.matrix_model
    row = row_starting(model, "WASHINGTON: Ukraine has used U.S. weapons")
    assert kinds_of(model, row)[:3] == ["equal", "changed", "changed"]
    tooltip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "001 · reworded" in tooltip
    assert "Against 000" in tooltip
    assert "<s " in tooltip
    assert "<u " in tooltip
    assert "(AP)" in tooltip
    absent = model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "004 · absent" in absent
    assert "Not in this version" in absent


def test_tooltip_word_diff_takes_the_themes_word_colours(panel):
    model = panel.matrix_model
    row = row_starting(model, "WASHINGTON: Ukraine has used U.S. weapons")
    for scheme in ("dark", "light"):
        theme = theme_for(scheme)
        panel.set_theme(theme)
        tooltip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert f'<s style="background-color:{theme.colors("removed").word.name()}">' in tooltip
        assert f'<u style="background-color:{theme.colors("added").word.name()}">' in tooltip


def test_unique_filter_keeps_only_unique_rows(qtbot, panel, collation):
    model = panel.matrix_model
    button = panel.filter_buttons[RowFilter.UNIQUE_TO_ONE_VERSION]
    assert button.text().endswith(str(len(collation.rows_unique_to_one_version())))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.row_filter() is RowFilter.UNIQUE_TO_ONE_VERSION
    assert model.rowCount() == len(collation.rows_unique_to_one_version())
    for row in range(model.rowCount()):
        assert model.index(row, 0).data(MatrixModel.VersionCountRole) == 1
        assert kinds_of(model, row).count("absent") == 4
    ctv = row_starting(model, CTV)
    assert kinds_of(model, ctv) == ["absent", "absent", "equal", "absent", "absent"]
    assert row_starting(model, PUTIN) >= 0
    # Row numbers stay those of the whole matrix.
    assert model.headerData(ctv, Qt.Orientation.Vertical) == str(model.collation_row(ctv) + 1)
    assert "showing 84" in panel.matrix.summary_label.text()
    qtbot.mouseClick(panel.filter_buttons[RowFilter.ALL], Qt.MouseButton.LeftButton)
    assert model.rowCount() == len(collation.rows)


def test_not_in_every_version_filter(panel, collation):
    panel.set_row_filter(RowFilter.NOT_IN_EVERY_VERSION)
    model = panel.matrix_model
    assert model.rowCount() == len(collation.rows_not_in_every_version())
    assert panel.filter_buttons[RowFilter.NOT_IN_EVERY_VERSION].isChecked()
    for row in range(model.rowCount()):
        assert "absent" in kinds_of(model, row)


def test_clicking_a_tile_asks_for_base_and_that_version_at_the_sentence(qtbot, panel, collation):
    model = panel.matrix_model
    row = row_starting(model, PUTIN)
    cell = collation.rows[model.collation_row(row)].cells[1]
    with qtbot.waitSignal(panel.pair_requested) as blocker:
        click_cell(qtbot, panel, row, 1)
    assert blocker.args == [0, 1, cell.paragraph]
    assert panel.pair() == (0, 1)
    row = row_starting(model, "“Our policy with respect to prohibiting the use of ATACMS")
    cell = collation.rows[model.collation_row(row)].cells[4]
    with (
        qtbot.waitSignal(panel.pair_requested) as blocker,
        qtbot.waitSignal(panel.sentence_requested) as detail,
    ):
        click_cell(qtbot, panel, row, 4)
    assert blocker.args == [0, 4, cell.paragraph]
    request = detail.args[0]
    assert (request.left, request.right, request.left_paragraph) == (0, 4, -1)
    assert request.sentence.startswith("“Our policy")


def test_clicking_after_a_reorder_uses_the_new_order(qtbot, panel, collation):
    with qtbot.waitSignal(panel.collation_ready, timeout=COLLATE_TIMEOUT_MS):
        panel.versions_model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    model = panel.matrix_model
    row = row_starting(model, CTV)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "002"
    # 002 is the base now. A click on the base's column pairs it with the first other version
    # that has the sentence; only 002 has this one, so the version on the right stays.
    with qtbot.waitSignal(panel.pair_requested) as blocker:
        click_cell(qtbot, panel, row, 0)
    left, right, paragraph = blocker.args
    assert (left, paragraph) == (0, -1)
    assert right == panel.pair()[1] != 0


def test_pair_for_cell_rules(collation):
    row = next(i for i, r in enumerate(collation.rows) if r.text.startswith("The official was"))
    request = pair_for_cell(collation, row, 0, fallback_right=3)
    assert (request.left, request.right) == (0, 1)  # first other version that carries it
    unique = next(i for i, r in enumerate(collation.rows) if r.versions == (0,))
    assert pair_for_cell(collation, unique, -1, fallback_right=3).right == 3
    assert pair_for_cell(collation, unique, 2, fallback_right=3).right_paragraph == -1


def test_exports_hold_the_filtered_matrix(qtbot, panel, collation, tmp_path):
    panel.set_row_filter(RowFilter.UNIQUE_TO_ONE_VERSION)
    csv_path, html_path, png_path = (tmp_path / f"m.{ext}" for ext in ("csv", "html", "png"))
    assert panel.export_matrix(csv_path, "csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("row,versions,000_75830fd113e7cabe.txt: kind")
    assert len(lines) == 1 + len(collation.rows_unique_to_one_version())
    assert panel.export_matrix(html_path, "html")
    page = html_path.read_text(encoding="utf-8")
    assert "<table>" in page
    assert CTV in page
    assert "showing 84" in page
    panel.set_row_filter(RowFilter.ALL)
    assert panel.export_matrix(png_path, "png")
    image = QImage(str(png_path))
    row_height = panel.matrix_view.verticalHeader().defaultSectionSize()
    assert image.height() >= len(collation.rows) * row_height
    colors = {image.pixelColor(x, y).name() for x in range(0, 400, 2) for y in range(0, 600, 2)}
    theme = panel.matrix_view.theme()
    for kind in (CellKind.EQUAL, CellKind.MINOR):
        fill, _glyph = cell_colors(theme, kind)
        assert fill.name() in colors, kind
    assert not panel.export_matrix(tmp_path / "missing" / "m.csv", "csv")
    assert panel.message.text().startswith("Cannot write m.csv")


def test_glyphs_differ_for_every_kind():
    assert len(set(CELL_GLYPHS.values())) == len(CellKind)


def test_runner_drops_results_of_stale_requests(qtbot, seed_documents):
    runner = CollateRunner()
    received = []
    runner.collation_ready.connect(received.append)
    runner.request(seed_documents)
    qtbot.waitUntil(lambda: runner.generation() == 1)
    newer = seed_documents[:2]
    runner.request(newer)
    received.clear()  # what came before the newer request was current when it came
    qtbot.waitUntil(lambda: bool(received) and not runner.is_busy(), timeout=COLLATE_TIMEOUT_MS)
    assert all(len(collation.documents) == 2 for collation in received)
    runner.shutdown()


def test_busy_shows_progress_until_the_matrix_lands(qtbot, panel, seed_documents):
    with qtbot.waitSignal(panel.busy_changed) as busy:
        panel.set_documents(seed_documents[:3])
    assert busy.args == [True]
    assert panel.matrix.progress.isVisibleTo(panel)
    qtbot.waitUntil(lambda: panel.collation() is not None and len(panel.collation().documents) == 3)
    qtbot.waitUntil(lambda: not panel.matrix.progress.isVisibleTo(panel))
