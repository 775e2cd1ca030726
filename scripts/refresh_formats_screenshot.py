"""Render a saved web page beside a Word file of the same story into docs/window-page-vs-word.png.

    .venv/bin/python scripts/refresh_formats_screenshot.py [--out PATH]

Builds both files in a temporary folder from the seeds: the web page holds seed 001's story
inside a site's furniture (navigation, cookie banner, photo caption, share bar, related
stories, footer), the Word file (python-docx, from the `test` extra) holds seed 000's text
under the same headline. The window opens them side by side offscreen and its pixels are
saved. Run it by hand after changing how formats are read or shown, then look at the image.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1500, 900)
TIMEOUT_MS = 30_000
FAMILIES = ["Inter", "Source Sans 3", "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC"]
POINT_SIZE = 10.0
HEADLINE = "Ukraine uses US weapons to strike inside Russia, a senator and a Western official say"
SHORTEST_PARAGRAPH_CHARS = 80


def story(prefix: str) -> list[str]:
    path = next((ROOT / "seeds").glob(f"{prefix}_*.txt"))
    lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("WASHINGTON"))
    return [line for line in lines[start:] if len(line) >= SHORTEST_PARAGRAPH_CHARS][:14]


def web_page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{HEADLINE} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Tara Copp"><link rel="canonical" href="https://example.com/ukraine">
<meta property="article:published_time" content="2024-06-04T14:02:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<div id="cookies">We use cookies to personalise content. <button>Accept all</button></div>
<article><h1>{HEADLINE}</h1><p class="byline">By Tara Copp</p>
<figure><figcaption>Firefighters put out a fire in Kharkiv, Ukraine, Friday, May 31, 2024.
(AP Photo/Andrii Marienko)</figcaption></figure>
<div class="share"><a>Share</a> <a>Facebook</a> <a>Copy link</a></div>
{body}</article>
<aside><h2>Related stories</h2><ul><li><a>Heatwave grips southern Europe</a></li>
<li><a>Markets close higher on rate hopes</a></li></ul></aside>
<footer>© 2024 The Daily Example</footer></body></html>"""


def word_file(paragraphs: list[str], path: Path) -> None:
    from datetime import datetime

    import docx

    document = docx.Document()
    document.core_properties.modified = datetime(2024, 6, 3, 21, 40)
    document.core_properties.title = HEADLINE
    document.core_properties.author = "Tara Copp"
    document.add_heading(HEADLINE, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "window-page-vs-word.png")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from wirediff.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(POINT_SIZE)
    app.setFont(font)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "ukraine-weapons.html"
        page.write_text(web_page(story("001")), encoding="utf-8")
        word = Path(folder) / "ukraine-weapons-draft.docx"
        word_file(story("000"), word)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        loop = QEventLoop()
        window.controller.comparison_ready.connect(lambda _comparison: loop.quit())
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        window.files.open_files(str(word), str(page))
        loop.exec()
        if window.comparison() is None:
            print("the comparison did not arrive in time", file=sys.stderr)
            return 1
        app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(args.out), "PNG")
        window.controller.shutdown()
    if not saved:
        print(f"cannot write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
