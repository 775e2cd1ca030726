"""Run one function over many items: serially, on a local process pool, or on a Dask cluster.

`run_unordered` yields each result as soon as it is ready, so the caller can write it out and
forget it: at most `IN_FLIGHT_PER_WORKER` items per worker are submitted ahead, and memory stays
flat however long the input. The engine is pure Python, so local parallelism uses processes,
not threads (the GIL would serialise threads). On Dask, a task carries `ITEMS_PER_DASK_TASK`
items; the scheduler reruns the tasks of a worker that dies, so a lost worker loses no result.

The function and items must pickle (a top-level function, or a `functools.partial` of one).
Imports the standard library; `distributed` only when a Dask scheduler is asked for.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

from wirediff.core.errors import InputError

Item = TypeVar("Item")
Result = TypeVar("Result")

# Enough queued work to keep every worker busy between two results, few enough that a huge
# input never sits in memory (or in the Dask scheduler) all at once.
IN_FLIGHT_PER_WORKER = 4

# Items per Dask task. A task costs the scheduler milliseconds of bookkeeping and a network
# round trip, about what comparing one short story costs, so tasks carry many stories each:
# 32 wire stories are a quarter of a second of work, so a worker never waits on the scheduler,
# and a failed task reruns only its own 32 (a story is never split between tasks). Eight per
# task left Dask at 0.70 of the process pool's rate on two cores.
ITEMS_PER_DASK_TASK = 32

# A local cluster's workers are started by a fork server that has already imported Dask and
# the function's module: spawned afresh (Dask's default), each worker and nanny imports both
# again, seconds of CPU that a two-core machine takes from the comparisons. Its workers also
# run without Dask's statistical profiler (a stack sample every 10 ms) and GIL monitor, which
# only the dashboard shows and `--dask` does not open.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
}

# `--scheduler local`: a Dask cluster on this machine, started and stopped by the run (the
# command line spells the same word without importing this module).
LOCAL_SCHEDULER = "local"


class SchedulerUnavailable(InputError):
    """The Dask scheduler cannot be reached, or Dask is not installed."""


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_unordered(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[Result]:
    """`function(item)` for every item, yielded in the order they finish.

    >>> sorted(run_unordered(abs, [-2, 1, -3]))
    [1, 2, 3]
    """
    if scheduler is not None:
        return _run_on_dask(function, items, workers, scheduler)
    if workers <= 1:
        return map(function, items)
    return _run_on_processes(function, items, workers)


def _run_on_processes(
    function: Callable[[Item], Result], items: Iterable[Item], workers: int
) -> Iterator[Result]:
    pending: set[Future[Result]] = set()
    queue = iter(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            _fill(
                pending,
                queue,
                workers * IN_FLIGHT_PER_WORKER,
                lambda item: pool.submit(function, item),
            )
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
                _fill(
                    pending,
                    queue,
                    workers * IN_FLIGHT_PER_WORKER,
                    lambda item: pool.submit(function, item),
                )
        finally:
            for future in pending:
                future.cancel()


def _fill(
    pending: set[Any], queue: Iterator[Item], limit: int, submit: Callable[[Item], Any]
) -> None:
    while len(pending) < limit:
        item = next(queue, _END)
        if item is _END:
            return
        pending.add(submit(item))


_END: Any = object()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """
    >>> list(_chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _call_each(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _local_cluster(
    cluster_class: Any,  # noqa: ANN401 (distributed.LocalCluster, untyped)
    function: Callable[..., Any],
    workers: int,
) -> Any:  # noqa: ANN401 (a LocalCluster)
    """A LocalCluster of `workers` one-thread processes, forked warm (`LOCAL_CLUSTER_CONFIG`)."""
    import dask
    from distributed.utils import get_mp_context

    module = getattr(getattr(function, "func", function), "__module__", None)
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        # Dask names what its fork server preloads once; the function's module is added (a
        # server already running keeps its modules, which costs only the warm start).
        get_mp_context().set_forkserver_preload(["distributed", *([module] if module else [])])
        return cluster_class(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )


def _run_on_dask(
    function: Callable[[Item], Result], items: Iterable[Item], workers: int, scheduler: str
) -> Iterator[Result]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise SchedulerUnavailable("Dask is not installed: pip install 'wirediff[scale]'") from None
    cluster = None
    try:
        if scheduler == LOCAL_SCHEDULER:
            cluster = _local_cluster(LocalCluster, function, workers)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise SchedulerUnavailable(
            f"cannot reach the Dask scheduler at {scheduler}: {error}"
        ) from None
    try:
        limit = (
            max(1, len(client.scheduler_info().get("workers", {})) or workers)
            * IN_FLIGHT_PER_WORKER
        )
        queue = _chunks(items, ITEMS_PER_DASK_TASK)

        # pure=False: two identical chunks are still two tasks, and a result is never shared.
        def submit(chunk: list[Item]) -> Any:  # noqa: ANN401 (a Dask future)
            return client.submit(_call_each, function, chunk, pure=False)

        first: set[Any] = set()
        _fill(first, queue, limit, submit)
        # with_results: results travel back in the background instead of one round trip each.
        finished = as_completed(first, with_results=True)
        for future, results in finished:
            yield from results
            future.release()
            chunk = next(queue, _END)
            if chunk is not _END:
                finished.add(submit(chunk))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
