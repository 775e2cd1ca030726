"""Measure how soon a cancelled comparison stops: two unrelated ~1 MB texts, cancelled mid-way.

    python bench/bench_cancel.py [--points 0.05,0.3,...]

Writes two unrelated texts of about 1 MB (the bench corpus, and the same words shuffled into
other sentences, so alignment finds nothing to anchor on and pairs one huge gap), then runs the
window's comparison task (`gui.tasks.task.Task` over `CompareJob`, loading both files) on a
thread and cancels it at each point, in seconds after the start. Prints, for each point, the
seconds from the cancel request until the task reported `cancelled`, and the worst of them; the
goal is under 0.2 s. Also prints the uncancelled run's time. Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import long_text
from PySide6.QtCore import Qt

from wirediff.gui.tasks.compare_worker import CompareJob, DocumentSource
from wirediff.gui.tasks.controller import COULD_NOT_COMPARE
from wirediff.gui.tasks.task import Task

DEFAULT_POINTS = (0.05, 0.2, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0)


def unrelated_pair(folder: Path) -> tuple[Path, Path]:
    """Two ~1 MB files with the same words and no sentence in common."""
    base = long_text()
    words = " ".join(base).split()
    random.Random(3).shuffle(words)
    rng = random.Random(4)
    shuffled, start = [], 0
    while start < len(words):
        length = rng.randint(20, 80)
        shuffled.append(" ".join(words[start : start + length]) + ".")
        start += length
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text("\n\n".join(base) + "\n", encoding="utf-8")
    right.write_text("\n\n".join(shuffled) + "\n", encoding="utf-8")
    return left, right


def run_task(left: Path, right: Path, cancel_after: float | None) -> tuple[str, float, float]:
    """How the task ended, seconds until it started ending, and seconds from cancel to end."""
    job = CompareJob(DocumentSource(str(left), name=left.name), DocumentSource(str(right)))
    task = Task(1, job, action=COULD_NOT_COMPARE)
    ended: list[tuple[str, float]] = []
    # Direct: no event loop runs here, and the end is timed on the thread that reports it.
    direct = Qt.ConnectionType.DirectConnection
    for how, signal in (
        ("finished", task.signals.finished),
        ("cancelled", task.signals.cancelled),
        ("failed", task.signals.failed),
    ):
        signal.connect(lambda *_, how=how: ended.append((how, time.perf_counter())), direct)
    thread = threading.Thread(target=task.run)
    start = time.perf_counter()
    thread.start()
    cancelled_at = None
    if cancel_after is not None:
        time.sleep(cancel_after)
        cancelled_at = time.perf_counter()
        task.request_cancel()
    thread.join()
    ((how, end),) = ended
    latency = end - cancelled_at if cancelled_at is not None and how == "cancelled" else 0.0
    return how, end - start, latency


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--points", default=",".join(map(str, DEFAULT_POINTS)), help="seconds, comma-separated"
    )
    args = parser.parse_args()
    points = [float(point) for point in args.points.split(",")]
    with tempfile.TemporaryDirectory(prefix="wirediff-bench-") as folder:
        left, right = unrelated_pair(Path(folder))
        print(f"{left.stat().st_size:,} and {right.stat().st_size:,} bytes, unrelated")
        run_task(left, right, None)  # warm up: imports and tables load once
        how, total, _ = run_task(left, right, None)
        print(f"uncancelled: {how} after {total:.2f} s")
        worst = 0.0
        for point in points:
            how, _total, latency = run_task(left, right, point)
            worst = max(worst, latency)
            print(f"cancel at {point:4.2f} s: {how}, stopped {latency * 1000:6.1f} ms later")
        print(f"worst: {worst * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
