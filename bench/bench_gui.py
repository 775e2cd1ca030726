"""Benchmark of the window on a large pair: opening it, first paint and scrolled frames.

    python bench/bench_gui.py                 # a ~1 MB pair built from the seeds
    python bench/bench_gui.py LEFT RIGHT      # any two files

The built pair repeats and shuffles the paragraphs of all five seeds to about 1 MB per side
(3,000+ paragraphs) and edits about 5% of the sentences of the right side, with a few
paragraphs added, removed and moved. Prints the engine time (for context), the time from the
engine's result to the first painted frame of the real `MainWindow` (target < 0.3 s) and the
median and 90th percentile paint time of frames scrolled a page or more at a time, where rows
are laid out as they come into view (target < 16 ms). Then it opens the pair as a user does
(`open_files`, the comparison on the thread pool) in a fresh window and prints what shows at
once (the file names, the progress bar, the view's text) and the time from the engine's end to
the first screen of rows painted (target < 0.5 s). Runs offscreen.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wirediff.core.compare import compare_documents, load_document  # noqa: E402
from wirediff.core.result import Side  # noqa: E402
from wirediff.gui.tasks import compare_worker  # noqa: E402
from wirediff.gui.window.main_window import MainWindow  # noqa: E402

TARGET_BYTES = 1_000_000
EDIT_FRACTION = 0.05
SCROLL_FRAMES = 120
WINDOW_SIZE = (1400, 900)
EDITS = (
    ("said", "told reporters"),
    ("the ", "a "),
    (",", ""),
    ("'", "’"),
    ("Ukraine", "Ukraine’s government"),
)


def build_pair(seed: int = 1) -> tuple[str, str]:
    """A large left text and an edited right text from the seeds' paragraphs."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = load_document(path).text
        paragraphs += [p.strip() for p in text.split("\n") if len(p.strip()) > 40]
    left: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        paragraph = rng.choice(paragraphs)
        left.append(f"{paragraph} [{len(left)}]")
        size += len(left[-1].encode("utf-8")) + 2
    right = []
    for paragraph in left:
        roll = rng.random()
        if roll < 0.01:
            continue  # removed
        sentences = paragraph.split(". ")
        for index in range(len(sentences)):
            if rng.random() < EDIT_FRACTION:
                old, new = rng.choice(EDITS)
                sentences[index] = sentences[index].replace(old, new, 1)
        right.append(". ".join(sentences))
        if roll > 0.99:
            right.append(f"An added paragraph number {len(right)} about {rng.choice(paragraphs)}")
    for _ in range(len(right) // 300):  # a few moves
        right.insert(rng.randrange(len(right)), right.pop(rng.randrange(len(right))))
    return "\n\n".join(left), "\n\n".join(right)


def measure_opening(app: QApplication, left: Path, right: Path) -> None:
    """Open the pair as a user does and time what the window shows, and when."""
    engine_end: list[float] = []
    run_job = compare_worker.CompareJob.__call__

    def timed_job(job: compare_worker.CompareJob, checkpoint: object) -> object:
        result = run_job(job, checkpoint)  # type: ignore[arg-type]
        engine_end.append(time.perf_counter())
        return result

    compare_worker.CompareJob.__call__ = timed_job  # type: ignore[method-assign]
    painted: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()

        def first_screen(_comparison: object) -> None:
            # Connected after the window's own slot, so the rows are in the model by now.
            window.view.viewport().repaint()
            painted.append(time.perf_counter())

        window.controller.comparison_ready.connect(first_screen)
        started = time.perf_counter()
        window.open_files(str(left), str(right))
        app.processEvents()
        shown_s = time.perf_counter() - started
        names = " | ".join(window.headers[side].name() for side in Side)
        print(
            f"at once ({shown_s * 1000:.0f} ms): names {names}; progress bar "
            f"{'shown' if window.progress.isVisible() else 'hidden'}; "
            f"status {window.statusBar().currentMessage()!r}"
        )
        while not painted:
            app.processEvents()
            time.sleep(0.005)
        print(
            f"engine (load and compare on the pool): {engine_end[0] - started:.2f} s; first screen "
            f"of rows {(painted[0] - engine_end[0]) * 1000:.0f} ms after it (target < 500 ms)"
        )
        window.close()
        window.controller.shutdown()
    compare_worker.CompareJob.__call__ = run_job  # type: ignore[method-assign]


def main(arguments: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="wirediff-bench-gui-"))
    if len(arguments) == 2:
        left_path, right_path = Path(arguments[0]), Path(arguments[1])
    else:
        left_text, right_text = build_pair()
        left_path, right_path = folder / "left.txt", folder / "right.txt"
        left_path.write_text(left_text, encoding="utf-8")
        right_path.write_text(right_text, encoding="utf-8")
    left = load_document(left_path)
    right = load_document(right_path)
    started = time.perf_counter()
    comparison = compare_documents(left, right)
    engine_s = time.perf_counter() - started
    print(
        f"pair: {len(left.raw) / 1e6:.2f} MB / {len(right.raw) / 1e6:.2f} MB, "
        f"{len(left.paragraphs)} / {len(right.paragraphs)} paragraphs, {len(comparison.rows)} rows"
    )
    print(f"engine: {engine_s:.2f} s ({comparison.summary.describe()})")

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        view = window.view
        started = time.perf_counter()
        window._on_comparison_ready(comparison)  # what the controller calls when a result lands
        view.viewport().repaint()
        first_paint_s = time.perf_counter() - started
        print(f"first paint after the engine: {first_paint_s * 1000:.0f} ms (target < 300 ms)")

        bar = view.verticalScrollBar()
        rng = random.Random(2)
        frames = []
        for number in range(SCROLL_FRAMES):
            if number % 3 == 0:
                bar.setValue(rng.randrange(bar.maximum() + 1))  # a jump: all rows new
            else:
                bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))  # page down
            started = time.perf_counter()
            view.viewport().repaint()
            frames.append(time.perf_counter() - started)
        frames.sort()
        median_ms = statistics.median(frames) * 1000
        p90_ms = frames[int(len(frames) * 0.9)] * 1000
        print(
            f"scrolled frame: median {median_ms:.1f} ms, 90th percentile {p90_ms:.1f} ms, "
            f"worst {frames[-1] * 1000:.1f} ms over {len(frames)} frames (target < 16 ms)"
        )
        measured = sum(view.heights().measured) if view.heights() else 0
        print(f"rows measured so far: {measured} of {len(comparison.rows)}")
        window.close()
    measure_opening(app, left_path, right_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
