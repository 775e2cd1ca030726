"""Pins the version list of `VersionsPanel` on the five seeds: the Qt model contract
(qtmodeltester), what each item says (headline, file name, encoding, repairs, words), reordering
by moveRows and by a drop (the panel reports the new order and lines it up again), choosing the
pair shown side by side (buttons, context-menu actions, double click, "compare each with the
base"), removing versions, and adding files in the background with one line per bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from wirediff.core.compare import load_document
from wirediff.gui.models.versions_model import VersionsModel, short_labels
from wirediff.gui.widgets.versions.panel import VersionsPanel

COLLATE_TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def seed_documents(seeds):
    return [load_document(seeds[prefix]) for prefix in ("000", "001", "002", "003", "004")]


@pytest.fixture
def panel(qtbot, seed_documents):
    widget = VersionsPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    with qtbot.waitSignal(widget.collation_ready, timeout=COLLATE_TIMEOUT_MS):
        widget.set_documents(seed_documents)
    yield widget
    widget.shutdown()


def click_row(qtbot, panel: VersionsPanel, row: int) -> None:
    view = panel.version_list
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.item_center(row))


def drop(view, mime: QMimeData, row: int) -> None:
    """Drag `mime` over the upper half of item `row` and drop it there (before the item).

    Qt delivers a drop only to the widget that accepted the drag's enter event, as in a real
    drag, so the enter event goes first.
    """
    rect = view.visualRect(view.model().index(row, 0))
    position = QPointF(rect.center().x(), rect.top() + rect.height() * 0.3)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(position, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def test_versions_model_passes_qtmodeltester(qtmodeltester, seed_documents):
    model = VersionsModel()
    qtmodeltester.check(model)
    model.set_documents(seed_documents)
    qtmodeltester.check(model)
    assert model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 0)
    model.remove_versions([2])
    qtmodeltester.check(model)


def test_list_shows_each_version_with_headline_and_counts(panel, seed_documents):
    model = panel.versions_model
    assert model.rowCount() == 5
    headlines = [model.index(row, 0).data(VersionsModel.HeadlineRole) for row in range(5)]
    # 000 opens with a view counter and 002 with the site's name and a skip link: page
    # furniture, so each is named by its first line of story.
    assert headlines[0] == (
        "WASHINGTON: Ukraine has used U.S. weapons to strike inside Russia in recent days,"
        " according to a U.S. senator and a Western official familiar with the matter."
    )
    assert headlines[1].startswith("Ukraine Uses Us Weapons To Strike Inside Russia")
    assert headlines[2] == (
        "Ukraine uses U.S. weapons to strike inside Russia, a Western official tells AP"
    )
    assert headlines[3] == "Biden allows Ukraine’s use of US arms to hit Russia: reports"
    assert headlines[4] == "Joe Biden allows Ukraine to use US weapons to hit targets in Russia"
    for row, document in enumerate(seed_documents):
        index = model.index(row, 0)
        assert index.data() == headlines[row]
        assert index.data(VersionsModel.LabelRole) == f"{row:03d}"
        assert index.data(VersionsModel.EncodingRole) == "utf-8"
        assert index.data(VersionsModel.WordsRole) == len(document.text.split())
        details = index.data(VersionsModel.DetailsRole)
        assert details.startswith(document.name + " · utf-8")
        assert f"{len(document.text.split())} words" in details
    assert model.index(2, 0).data(VersionsModel.RepairsRole) == 1
    assert "1 repair" in model.index(2, 0).data(VersionsModel.DetailsRole)
    assert "repair" not in model.index(0, 0).data(VersionsModel.DetailsRole)
    assert model.index(0, 0).data(VersionsModel.IsBaseRole)
    sides = [model.index(row, 0).data(VersionsModel.SideRole) for row in range(5)]
    assert sides == ["left", "right", "", "", ""]
    assert "5 versions" in panel.versions.count_label.text()


def test_short_labels_are_distinct():
    assert short_labels(["000_a.txt", "001_b.txt"]) == ("000", "001")
    labels = short_labels(["story.txt", "story.txt", "story-final.txt", "x"])
    assert len(set(labels)) == 4


def test_move_rows_changes_the_order_the_panel_reports(qtbot, panel, seed_documents):
    with qtbot.waitSignal(panel.documents_changed):
        assert panel.versions_model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert [d.name[:3] for d in panel.documents()] == ["003", "000", "001", "002", "004"]
    assert panel.versions_model.labels()[0] == "003"
    # The shown pair follows its versions; the matrix is lined up again in the new order.
    assert panel.pair() == (1, 2)
    with qtbot.waitSignal(panel.collation_ready, timeout=COLLATE_TIMEOUT_MS) as blocker:
        pass
    assert blocker.args[0].documents[0] is seed_documents[3]


def test_drop_moves_versions(qtbot, panel):
    view = panel.version_list
    model = panel.versions_model
    mime = model.mimeData([model.index(4, 0)])
    with qtbot.waitSignal(panel.documents_changed):
        drop(view, mime, 1)
    assert [d.name[:3] for d in panel.documents()] == ["000", "004", "001", "002", "003"]
    mime = model.mimeData([model.index(0, 0), model.index(1, 0)])
    drop(view, mime, 4)
    assert [d.name[:3] for d in panel.documents()] == ["001", "002", "000", "004", "003"]


def test_keyboard_moves_the_current_version(qtbot, panel):
    click_row(qtbot, panel, 2)
    qtbot.keyClick(panel.version_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [d.name[:3] for d in panel.documents()] == ["000", "002", "001", "003", "004"]
    assert panel.version_list.currentIndex().row() == 1


def test_buttons_and_menu_choose_the_pair(qtbot, panel):
    click_row(qtbot, panel, 3)
    with qtbot.waitSignal(panel.pair_requested) as blocker:
        qtbot.mouseClick(panel.versions.right_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [0, 3, -1]
    assert panel.versions_model.index(3, 0).data(VersionsModel.SideRole) == "right"
    click_row(qtbot, panel, 2)
    with qtbot.waitSignal(panel.pair_requested) as blocker:
        panel.version_list.actions_by_name()["left"].trigger()
    assert blocker.args == [2, 3, -1]
    # Choosing the right side's version for the left swaps the two.
    click_row(qtbot, panel, 3)
    with qtbot.waitSignal(panel.pair_requested) as blocker:
        qtbot.mouseClick(panel.versions.left_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3, 2, -1]
    view = panel.version_list
    with qtbot.waitSignal(panel.pair_requested) as blocker:
        # A double click is a press and release, then a second press that Qt reports as one.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.item_center(4))
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.item_center(4))
    assert blocker.args == [3, 4, -1]


def test_compare_each_with_the_base_steps_through_the_versions(qtbot, panel):
    shown = []
    panel.pair_requested.connect(lambda left, right, _p: shown.append((left, right)))
    for _ in range(5):
        qtbot.mouseClick(panel.versions.step_button, Qt.MouseButton.LeftButton)
    # The pair starts as base vs 001, so the first step shows the next one.
    assert shown == [(0, 2), (0, 3), (0, 4), (0, 1), (0, 2)]
    # Says what it counts: the pairs of the base with each other version.
    assert panel.versions.step_label.text() == "000 ↔ 002: pair 2 of 4"


def test_delete_removes_versions_and_replaces_a_shown_one(qtbot, panel):
    click_row(qtbot, panel, 1)
    with (
        qtbot.waitSignal(panel.documents_changed),
        qtbot.waitSignal(panel.pair_requested) as blocker,
    ):
        qtbot.keyClick(panel.version_list, Qt.Key.Key_Delete)
    assert [d.name[:3] for d in panel.documents()] == ["000", "002", "003", "004"]
    assert blocker.args == [0, 1, -1]
    with qtbot.waitSignal(panel.collation_ready, timeout=COLLATE_TIMEOUT_MS) as ready:
        pass
    assert len(ready.args[0].documents) == 4


def test_added_files_load_in_the_background(qtbot, panel, seeds, tmp_path: Path):
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "a.txt").write_bytes(seeds["000"].read_bytes())
    (folder / "b.bin").write_bytes(b"\x00\x01\x02" * 200)
    (folder / "c.txt").write_bytes(b"")
    with qtbot.waitSignal(panel.documents_changed, timeout=COLLATE_TIMEOUT_MS):
        panel.add_files([folder])
    assert [d.name for d in panel.documents()][5:] == ["a.txt"]
    message = panel.message.text()
    assert message.startswith("Not added: ")
    assert "b.bin" in message
    assert "(and 1 more)" in message
    assert "Traceback" not in message


def test_files_dropped_on_the_list_are_added(qtbot, panel, seeds):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seeds["004"]))])
    with qtbot.waitSignal(panel.documents_changed, timeout=COLLATE_TIMEOUT_MS):
        drop(panel.version_list, mime, 0)
    assert len(panel.documents()) == 6
    assert panel.documents()[5].name == seeds["004"].name


def test_make_this_the_base_moves_the_version_to_the_top(qtbot, panel):
    click_row(qtbot, panel, 3)
    with qtbot.waitSignal(panel.documents_changed):
        panel.version_list.actions_by_name()["base"].trigger()
    assert [d.name[:3] for d in panel.documents()] == ["003", "000", "001", "002", "004"]
    assert panel.versions_model.index(0, 0).data(VersionsModel.IsBaseRole)
