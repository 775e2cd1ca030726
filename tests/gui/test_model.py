"""Pins `ComparisonModel`: the Qt model contract (qtmodeltester), one item per display row,
roles that expose the core rows unchanged, and a reset when a new comparison goes in."""

from __future__ import annotations

from wirediff.core.compare import compare_files
from wirediff.core.result import RowKind
from wirediff.gui.models.comparison_model import ComparisonModel


def test_model_passes_qtmodeltester(qtmodeltester, seeds):
    model = ComparisonModel()
    qtmodeltester.check(model)
    model.set_comparison(compare_files(seeds["000"], seeds["001"]))
    qtmodeltester.check(model)


def test_one_item_per_row_with_roles(seeds):
    comparison = compare_files(seeds["000"], seeds["001"])
    model = ComparisonModel()
    model.set_comparison(comparison)
    assert model.rowCount() == len(comparison.rows)
    for number, row in enumerate(comparison.rows):
        index = model.index(number, 0)
        assert model.data(index, ComparisonModel.RowRole) is row
        assert model.data(index, ComparisonModel.KindRole) == row.kind.value
        assert model.data(index, ComparisonModel.IsChangeRole) == row.is_change()
    added = [i for i, row in enumerate(comparison.rows) if row.kind is RowKind.ADDED]
    index = model.index(added[0], 0)
    assert model.data(index, ComparisonModel.LeftTextRole) == ""
    assert model.data(index, ComparisonModel.RightTextRole)


def test_new_comparison_resets(qtbot, seeds):
    model = ComparisonModel()
    model.set_comparison(compare_files(seeds["000"], seeds["001"]))
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_comparison(compare_files(seeds["001"], seeds["002"]))
    assert model.rowCount() == len(model.comparison().rows)
    model.set_comparison(None)
    assert model.rowCount() == 0
