"""Progress over weighted stages and cancellation (`core.progress.Checkpoint`), exactly."""

from __future__ import annotations

import pytest

from wirediff.core.errors import Cancelled
from wirediff.core.progress import Checkpoint


def test_ticks_before_any_stage_span_the_whole_job() -> None:
    seen: list[tuple[int, int]] = []
    checkpoint = Checkpoint(lambda done, total: seen.append((done, total)))
    for done in (0, 1, 3, 4):
        checkpoint.tick(done, 4)
    assert seen == [(0, 1000), (250, 1000), (750, 1000), (1000, 1000)]


def test_a_stage_maps_its_ticks_onto_its_slice_of_the_job() -> None:
    seen: list[tuple[int, int]] = []
    checkpoint = Checkpoint(lambda done, total: seen.append((done, total)))
    checkpoint.stage(0.25, 0.75)
    checkpoint.tick(0, 2)
    checkpoint.tick(1, 2)
    checkpoint.tick(2, 2)
    checkpoint.stage(0.75, 1.0)
    checkpoint.tick(1, 4)
    assert seen == [(250, 1000), (500, 1000), (750, 1000), (812, 1000)]
    assert (checkpoint.stage_start, checkpoint.stage_span) == (750, 250)


def test_an_empty_stage_still_spans_one_step_and_nothing_to_do_is_all_done() -> None:
    seen: list[tuple[int, int]] = []
    checkpoint = Checkpoint(lambda done, total: seen.append((done, total)))
    checkpoint.stage(0.5, 0.5)
    assert (checkpoint.stage_start, checkpoint.stage_span) == (500, 1)
    checkpoint.tick(0, 0)
    assert seen == [(501, 1000)]


def test_cancelling_stops_at_the_next_check_or_tick_before_any_progress() -> None:
    seen: list[tuple[int, int]] = []
    asked = [False]
    checkpoint = Checkpoint(lambda done, total: seen.append((done, total)), lambda: asked[0])
    checkpoint.check()
    checkpoint.tick(1, 2)
    asked[0] = True
    with pytest.raises(Cancelled):
        checkpoint.check()
    with pytest.raises(Cancelled):
        checkpoint.tick(2, 2)
    assert seen == [(500, 1000)]


def test_a_checkpoint_without_callables_neither_reports_nor_stops() -> None:
    checkpoint = Checkpoint()
    checkpoint.stage(0.0, 0.5)
    checkpoint.tick(1, 2)
    checkpoint.check()
    assert (checkpoint.stage_start, checkpoint.stage_span) == (0, 500)
