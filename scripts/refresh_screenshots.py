"""Render the real window offscreen and save the screenshots in docs/.

    python scripts/refresh_screenshots.py [--out DIR] [--only NAME...]

Writes docs/window-000-001.png and docs/window-001-002.png at 1400x900: the demo pair, and
the pair whose newer side needs an encoding repair (its first line is Chinese text that was
mangled); docs/window-000-001-dark.png, the demo pair in the dark palette; and
docs/window-versions.png, the whole demo (five versions) with the Versions dock. The demo as it
first opens is also shot at a small and a large screen size, light and dark:
docs/window-900x600-light.png ... docs/window-1920x1080-dark.png. Settings go to a temporary
folder, never the user's. `--out` writes elsewhere than docs/ (to compare before and after),
`--only` makes only the shots named (e.g. `--only window-900x600-light.png`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wirediff.gui.window.app import open_initial_files  # noqa: E402
from wirediff.gui.window.main_window import MainWindow  # noqa: E402

SIZE = (1400, 900)
# (left seed, right seed, file, colour scheme)
SHOTS = (
    ("000", "001", "window-000-001.png", "light"),
    ("001", "002", "window-001-002.png", "light"),
    ("000", "001", "window-000-001-dark.png", "dark"),
    ("", "", "window-versions.png", "light"),
)
VERSIONS_SIZE = (1600, 1000)
# The demo at the sizes users report trouble with: a small laptop window and a full HD screen.
SCREEN_SIZES = ((900, 600), (1920, 1080))
TIMEOUT_MS = 30_000


def seed(prefix: str) -> str:
    return str(next((ROOT / "seeds").glob(f"{prefix}_*")))


def wait_for_comparison(window: MainWindow) -> None:
    loop = QEventLoop()
    window.controller.comparison_ready.connect(loop.quit)
    window.controller.comparison_failed.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()


def wait_for_collation(window: MainWindow) -> None:
    loop = QEventLoop()
    window.versions.panel.collation_ready.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    if window.versions.panel.collation() is None:
        loop.exec()


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--only", nargs="*", default=None)
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    shots = [(left, right, name, scheme, SIZE) for left, right, name, scheme in SHOTS]
    shots[-1] = (*shots[-1][:4], VERSIONS_SIZE)
    shots += [
        ("", "", f"window-{width}x{height}-{scheme}.png", scheme, (width, height))
        for width, height in SCREEN_SIZES
        for scheme in ("light", "dark")
    ]
    with tempfile.TemporaryDirectory() as folder:
        for left, right, name, scheme, size in shots:
            if arguments.only is not None and name not in arguments.only:
                continue
            # Each shot starts as a first run: no remembered geometry or closed dock.
            settings = QSettings(str(Path(folder) / f"{name}.ini"), QSettings.Format.IniFormat)
            settings.setValue("view/color_scheme", scheme)
            window = MainWindow(settings)
            window.resize(*size)
            window.show()
            if left:
                window.files.open_files(seed(left), seed(right))
                wait_for_comparison(window)
            else:
                open_initial_files(window, [])
                wait_for_comparison(window)
                wait_for_collation(window)
            settle(app)
            window.view.clearFocus()
            settle(app)
            target = arguments.out / name
            window.grab().save(str(target))
            print(f"wrote {target}")
            window.close()
            window.deleteLater()
            settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
