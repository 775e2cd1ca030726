"""Export the seed comparisons offscreen and save the samples in docs/.

    python scripts/refresh_exports.py [--date YYYY-MM-DD]

Writes, through the same code as File > Export and `wirediff compare --png/--pdf/--html`:
docs/export-000-001.png (whole comparison), docs/export-000-001-changes.png (changes only),
docs/export-001-002.png (the pair whose newer side needed an encoding repair: its first line is
Chinese text that was mangled), and docs/export-000-001.pdf and docs/export-000-001.html. The
title bands carry `--date` (default: today) at noon, so a refresh on the same day changes
nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

from PySide6.QtGui import QGuiApplication  # noqa: E402

from wirediff.core.compare import compare_files  # noqa: E402
from wirediff.gui.cli.export import command_line_style  # noqa: E402
from wirediff.gui.export.image import ImageExport, ImageOptions  # noqa: E402
from wirediff.gui.export.pdf import PdfOptions, write_pdf  # noqa: E402
from wirediff.gui.presentation.html_report import comparison_to_html  # noqa: E402

IMAGES = (
    ("000", "001", False, "export-000-001.png"),
    ("000", "001", True, "export-000-001-changes.png"),
    ("001", "002", False, "export-001-002.png"),
)


def seed(prefix: str) -> Path:
    return next((ROOT / "seeds").glob(f"{prefix}_*"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    compared_at = datetime.combine(args.date, time(12, 0))
    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    style = command_line_style()
    docs = ROOT / "docs"
    for left, right, changes_only, name in IMAGES:
        comparison = compare_files(seed(left), seed(right))
        options = ImageOptions(changes_only=changes_only, compared_at=compared_at)
        for path in ImageExport(comparison, style, options).save(docs / name):
            print(f"wrote {path.relative_to(ROOT)}")
    comparison = compare_files(seed("000"), seed("001"))
    pdf = docs / "export-000-001.pdf"
    write_pdf(pdf, comparison, style, PdfOptions(compared_at=compared_at))
    print(f"wrote {pdf.relative_to(ROOT)}")
    page = docs / "export-000-001.html"
    page.write_text(comparison_to_html(comparison, compared_at=compared_at), encoding="utf-8")
    print(f"wrote {page.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
