"""Benchmark the whole-comparison exports of a ~1 MB pair: PNG at 1x and PDF.

    python bench/bench_export.py [--runs 3] [--keep DIR]

Builds the 5%-edited ~1 MB pair of `bench_compare.py`, compares it once, then times, in this
process and offscreen, the PNG export at 1x (every part written, as `wirediff compare --png`
writes it) and the PDF export: wall time and CPU time, median of the runs, with the part and
page counts and sizes, and how much of the PNG's time laying out the rows takes (measuring every
row before any part is drawn). Targets: PNG <= 3 s, PDF <= 5 s. Also times Qt's own PNG encoder
(`QImage.save`, at the quality the export used before) on the first part, beside the encoder
the export uses. Run by hand; timed tests are flaky on shared machines, so this is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import build_pairs
from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from wirediff.core.compare import compare_documents, load_document
from wirediff.gui.cli.export import command_line_style, ensure_gui_application
from wirediff.gui.export.image import ImageExport, ImageOptions
from wirediff.gui.export.pdf import PdfExport, PdfOptions
from wirediff.gui.export.png import encode_png

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

QT_PNG_QUALITY = 60


def timed(action: object) -> tuple[float, float]:
    """Wall and CPU seconds (all threads) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def qt_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", QT_PNG_QUALITY)
    buffer.close()
    return bytes(data.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the exports here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wirediff-bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    left_text, right_text = build_pairs()["5%"]
    comparison = compare_documents(
        load_document(raw=left_text.encode("utf-8"), name="left.txt"),
        load_document(raw=right_text.encode("utf-8"), name="right.txt"),
    )
    ensure_gui_application()
    style = command_line_style()
    print(f"pair: {len(comparison.rows)} rows; {args.runs} runs each")

    png_runs = []
    layout_runs = []
    written: list[Path] = []
    for _ in range(args.runs):

        def export_png() -> None:
            export = ImageExport(comparison, style, ImageOptions(scale=1.0))
            written[:] = export.save(folder / "whole.png")

        png_runs.append(timed(export_png))
        # Measuring every row (the export's layout) again on its own: the part of the export's
        # time that comes before the first part is drawn.
        layout_runs.append(timed(lambda: ImageExport(comparison, style, ImageOptions(scale=1.0))))
    size_mb = sum(path.stat().st_size for path in written) / 1e6
    print(
        f"PNG 1x: median {statistics.median(r[0] for r in png_runs):.2f} s wall, "
        f"{statistics.median(r[1] for r in png_runs):.2f} s CPU; {len(written)} parts, "
        f"{size_mb:.1f} MB (target <= 3 s); laying out the rows alone: "
        f"{statistics.median(r[1] for r in layout_runs):.2f} s CPU"
    )

    pdf_runs = []
    pages: list[int] = []
    for _ in range(args.runs):

        def export_pdf() -> None:
            pages[:] = [PdfExport(comparison, style, PdfOptions()).save(folder / "whole.pdf")]

        pdf_runs.append(timed(export_pdf))
    print(
        f"PDF: median {statistics.median(r[0] for r in pdf_runs):.2f} s wall, "
        f"{statistics.median(r[1] for r in pdf_runs):.2f} s CPU; {pages[0]} pages, "
        f"{(folder / 'whole.pdf').stat().st_size / 1e6:.1f} MB (target <= 5 s)"
    )

    part = ImageExport(comparison, style, ImageOptions(scale=1.0)).render(1)
    for name, encode in (
        ("gui.export.png", encode_png),
        (f"QImage.save q={QT_PNG_QUALITY}", qt_png),
    ):
        samples = []
        for _ in range(args.runs):
            start = time.process_time()
            data = encode(part)
            samples.append(time.process_time() - start)
        print(
            f"first part {part.width()}x{part.height()} with {name}: "
            f"median {statistics.median(samples):.2f} s CPU, {len(data) / 1e6:.1f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
