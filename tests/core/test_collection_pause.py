"""The engine's raised garbage-collection thresholds: raised inside, the caller's back after."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from wirediff.core.collection_pause import ENGINE_THRESHOLDS, fewer_collections


@pytest.fixture
def own_thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(321, 7, 5)
    yield (321, 7, 5)
    gc.set_threshold(*before)


def test_an_error_inside_still_puts_the_callers_thresholds_back(
    own_thresholds: tuple[int, int, int],
) -> None:
    raised_inside: list[tuple[int, int, int]] = []

    def fail_inside() -> None:
        with fewer_collections():
            raised_inside.append(gc.get_threshold())
            raise LookupError("stopped")

    with pytest.raises(LookupError, match="stopped"):
        fail_inside()
    assert raised_inside == [ENGINE_THRESHOLDS]
    assert gc.get_threshold() == own_thresholds


def test_overlapping_users_share_the_raise_and_the_last_one_out_restores(
    own_thresholds: tuple[int, int, int],
) -> None:
    inside = threading.Event()
    leave = threading.Event()
    seen: list[tuple[int, int, int]] = []

    def other_user() -> None:
        with fewer_collections():
            inside.set()
            leave.wait(5)
        seen.append(gc.get_threshold())

    thread = threading.Thread(target=other_user)
    thread.start()
    assert inside.wait(5)
    with fewer_collections():
        assert gc.get_threshold() == ENGINE_THRESHOLDS
    # The other thread is still inside: leaving first must not lower its thresholds.
    assert gc.get_threshold() == ENGINE_THRESHOLDS
    leave.set()
    thread.join(5)
    assert seen == [own_thresholds]
    assert gc.get_threshold() == own_thresholds
