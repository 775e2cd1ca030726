"""Article PDFs built in code with reportlab, for the PDF reader's tests and bench/bench_pdf.py.

`article_pdf` lays paragraphs out in one or two columns, with words hyphenated at line ends,
a running header and a page number on every page, so the reader's choices (column order,
hyphen joining, paragraph breaks, furniture) are tested against a known answer.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONT = "Helvetica"
SIZE = 10
LEADING = 13
PARAGRAPH_GAP = 9
MARGIN = 60
COLUMN_GAP = 24
HYPHENATE_MIN_LETTERS = 8


def _lines(text: str, width: float, hyphenate: bool) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, FONT, SIZE) <= width:
            line = candidate
            continue
        if hyphenate and "-" in word[1:-1]:  # a compound breaks after its own hyphen
            head_word, _, rest = word.partition("-")
            head = f"{line} {head_word}-" if line else f"{head_word}-"
            if stringWidth(head, FONT, SIZE) <= width:
                lines.append(head)
                line = rest
                continue
        if hyphenate and len(word) >= HYPHENATE_MIN_LETTERS and word.isalpha():
            half = len(word) // 2
            head = f"{line} {word[:half]}-" if line else f"{word[:half]}-"
            if stringWidth(head, FONT, SIZE) <= width:
                lines.append(head)
                line = word[half:]
                continue
        lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


def line_ends(paragraphs: list[str], columns: int = 1) -> list[str]:
    """The lines of `article_pdf` that end in a hyphen, to check a test's premise."""
    width = (A4[0] - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns
    return [line for text in paragraphs for line in _lines(text, width, True) if line.endswith("-")]


def article_pdf(
    paragraphs: list[str],
    *,
    columns: int = 1,
    header: str = "THE DAILY EXAMPLE · Monday, June 3, 2024",
    hyphenate: bool = True,
    title: str | None = None,
    author: str | None = None,
) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    page_width, page_height = A4
    column_width = (page_width - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns
    top = page_height - MARGIN - 2 * LEADING
    bottom = MARGIN + 2 * LEADING
    page = 1
    column = 0
    y = top

    def furniture() -> None:
        pdf.setFont(FONT, 8)
        pdf.drawString(MARGIN, page_height - MARGIN, header)
        pdf.drawCentredString(page_width / 2, MARGIN, str(page))
        pdf.setFont(FONT, SIZE)

    furniture()
    for text in paragraphs:
        for line in _lines(text, column_width, hyphenate):
            if y < bottom:
                column += 1
                y = top
                if column == columns:
                    pdf.showPage()
                    page += 1
                    column = 0
                    furniture()
            pdf.drawString(MARGIN + column * (column_width + COLUMN_GAP), y, line)
            y -= LEADING
        y -= PARAGRAPH_GAP
    pdf.showPage()
    pdf.save()
    return out.getvalue()
