"""Fewer garbage collections while the engine builds a comparison.

Comparing two long versions creates a few hundred thousand small objects (sentences, links,
sentence pairs, rows) and keeps nearly all of them. Python's collector runs a pass every 700
new objects and a full pass over everything alive every hundred of those, so on a 1 MB pair
it spends an eighth of the comparison walking objects that are not garbage. Inside
`fewer_collections` the first generation waits for 100,000 new objects instead: reference
counting still frees everything at once as usual, only cycles wait a little longer, and peak
memory is unchanged on the bench pairs.

The thresholds are the process's, so overlapping users (the window's worker threads, batch
threads) share one raised setting, and the last to leave puts the caller's back. Imports the
standard library only.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

ENGINE_THRESHOLDS = (100_000, 50, 50)
"""Objects before a young collection, and young (then middle) collections before an older one."""

_lock = threading.Lock()
_users = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds for the duration of the block.

    >>> before = gc.get_threshold()
    >>> with fewer_collections():
    ...     gc.get_threshold() == ENGINE_THRESHOLDS
    True
    >>> gc.get_threshold() == before
    True
    """
    global _users, _saved
    with _lock:
        if _users == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*ENGINE_THRESHOLDS)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                gc.set_threshold(*_saved)
