"""Measure PDF text libraries on article PDFs built in code: speed, word order, paragraphs.

    .venv/bin/python bench/bench_pdf.py [--pages 50]

Builds the seed articles into one- and two-column PDFs of about `--pages` pages (with words
hyphenated at line ends, a running head and page numbers; tests/pdf_pages.py), then for
pypdfium2, pypdf and pdfminer.six (whichever are installed) times the plain text extraction
and scores its word order against the source (difflib ratio over words, line-end hyphens
joined). For wirediff's reader (pypdfium2 plus core.formats.pdf) it also counts the paragraphs
rebuilt exactly. pdfminer.six and pypdf are not dependencies: `pip install pdfminer.six pypdf`.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pdf_pages import article_pdf  # noqa: E402
from wirediff.core.formats.read import read_story  # noqa: E402


def source_paragraphs(pages: int, columns: int) -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [
            " ".join(p.split()) for p in path.read_text(encoding="utf-8").split("\n") if len(p) > 60
        ]
    # Distinct copies (numbered by a word, so no line repeats as a running head would).
    wanted = pages * 17
    out = []
    copy = 0
    while len(out) < wanted:
        out += [f"{paragraph} ({'x' * (copy + 1)})" for paragraph in paragraphs]
        copy += 1
    return out[:wanted]


def words(text: str) -> list[str]:
    text = re.sub(r"(\w)[-\x02\ufffe]\s*\n\s*(\w)", r"\1\2", text)
    return text.split()


def with_pypdfium2(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def with_pypdf(data: bytes) -> str:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def with_pdfminer(data: bytes) -> str:
    import io

    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    libraries = {
        "pypdfium2": with_pypdfium2,
        "pypdf": with_pypdf,
        "pdfminer.six": with_pdfminer,
    }
    for columns in (1, 2):
        source = source_paragraphs(args.pages, columns)
        data = article_pdf(source, columns=columns)
        truth = words(" ".join(source))
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(data))
        print(f"{columns} column(s), {pages} pages, {len(source)} paragraphs")
        for name, extract in libraries.items():
            if importlib.util.find_spec(name.split(".")[0].replace("pdfminer", "pdfminer")) is None:
                print(f"  {name:14} not installed")
                continue
            start = time.perf_counter()
            text = extract(data)
            elapsed = time.perf_counter() - start
            ratio = difflib.SequenceMatcher(None, truth, words(text), autojunk=False).ratio()
            print(f"  {name:14} {elapsed:6.2f} s  word order {ratio:.4f}")
        read_story(data)  # the import and first call
        start = time.perf_counter()
        story = read_story(data, name="bench.pdf")
        elapsed = time.perf_counter() - start
        paragraphs = story.text.split("\n\n")
        exact = len(set(paragraphs) & set(source))
        ratio = difflib.SequenceMatcher(None, truth, story.text.split(), autojunk=False).ratio()
        print(
            f"  wirediff       {elapsed:6.2f} s  word order {ratio:.4f}  paragraphs exact "
            f"{exact}/{len(source)} ({len(paragraphs)} found), set aside {len(story.set_aside)}"
        )


if __name__ == "__main__":
    main()
