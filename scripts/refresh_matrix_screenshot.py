"""Render the versions panel on the five seeds into docs/matrix-seeds.png.

    .venv/bin/python scripts/refresh_matrix_screenshot.py [--out PATH] [--dark]

Runs offscreen (no display needed): loads seeds/*.txt with the engine, shows them in a
`VersionsPanel` of 1400x900, waits for the version matrix and saves the panel's pixels.
Run it by hand after changing how the panel looks, then look at the image.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1400, 900)
TIMEOUT_MS = 30_000
# A font the window offers, so the image looks like the application on a desktop.
FAMILIES = ["Inter", "Source Sans 3", "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC"]
POINT_SIZE = 10.0
SELECTED_ROW = 10  # "WASHINGTON: Ukraine has used U.S. weapons...", reworded in 001 and 002


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "matrix-seeds.png")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from wirediff.core.compare import load_document
    from wirediff.gui.render.theme import theme_for
    from wirediff.gui.widgets.versions.panel import VersionsPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(POINT_SIZE)
    app.setFont(font)
    panel = VersionsPanel()
    if args.dark:
        panel.set_theme(theme_for("dark"))
    panel.resize(*SIZE)
    panel.show()
    loop = QEventLoop()
    panel.collation_ready.connect(lambda _collation: loop.quit())
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    panel.set_documents([load_document(path) for path in sorted((ROOT / "seeds").glob("*.txt"))])
    loop.exec()
    if panel.collation() is None:
        print("the version matrix did not arrive in time", file=sys.stderr)
        return 1
    # Show the state after a click on a reworded tile: base vs 001 at the dateline sentence.
    panel.set_pair(0, 1)
    view = panel.matrix_view
    view.setCurrentIndex(view.index_of(SELECTED_ROW, 1))
    view.setFocus()
    app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not panel.grab().save(str(args.out), "PNG"):
        print(f"cannot write {args.out}", file=sys.stderr)
        return 1
    panel.shutdown()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
