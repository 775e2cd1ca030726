"""Pins how a PDF is read: paragraphs rebuilt from lines in one and two columns, line-end
hyphens joined (but not real compounds), running heads and page numbers set aside, metadata,
and scanned, password-protected and damaged PDFs refused in one line."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.pdfgen import canvas

from tests.pdf_pages import article_pdf, line_ends
from wirediff.core.compare import load_document
from wirediff.core.errors import CorruptInput, EncryptedInput, NoTextLayer
from wirediff.core.formats.read import read_story

STORY = [
    "Storm hits the coast, thousands without power",
    "A powerful storm struck the coast on Monday, leaving thousands of households without "
    "electricity and closing the main highway for several hours, the authorities said.",
    "Emergency crews worked through the night to restore transmission lines, and officials "
    "said the well-known seafront promenade would stay closed until the inspectors had finished.",
    "The mayor, Anna Smith, said the damage was extraordinary. Schools will stay closed.",
]
CITIES = ["Porttown", "Eastbay", "Northfield", "Westmoor", "Southcliff", "Lakeside", "Hillcrest"]
# Long enough for several pages, with no paragraph twice (a repeated line at the top of pages
# would rightly be taken for a running head).
LONG_STORY = [f"In {city}: {paragraph}" for city in CITIES for paragraph in STORY]


@pytest.mark.parametrize("columns", [1, 2])
def test_paragraphs_hyphens_and_running_heads(columns: int) -> None:
    data = article_pdf(LONG_STORY, columns=columns, title="Storm hits the coast", author="Jane Roe")
    story = read_story(data, name="storm.pdf")
    paragraphs = story.text.split("\n\n")
    # A paragraph that ends exactly at the foot of a column cannot be told from one that goes on:
    # the words are all there, in order, and almost every paragraph is rebuilt as it was.
    assert " ".join(paragraphs) == " ".join(LONG_STORY)
    assert len(set(paragraphs) & set(LONG_STORY)) >= len(LONG_STORY) - 2
    assert story.set_aside[0] == "THE DAILY EXAMPLE · Monday, June 3, 2024"
    assert set(story.set_aside[1:]) == {str(page) for page in range(1, len(story.set_aside))}
    assert (story.meta.title, story.meta.byline, story.meta.format) == (
        "Storm hits the coast",
        "Jane Roe",
        "pdf",
    )


def test_one_column_article_is_rebuilt_paragraph_for_paragraph() -> None:
    # On a single page nothing repeats, so a running head cannot be told from the story.
    story = read_story(article_pdf(STORY, header=""), name="storm.pdf")
    assert story.text.split("\n\n") == STORY
    assert story.set_aside == ("1",)


def test_words_hyphenated_at_line_ends_are_joined_but_compounds_keep_their_hyphen() -> None:
    paragraphs = [
        " ".join(["Officials"] * count + ["described", "the", "well-known", "extraordinarily"])
        + " resilient neighbourhood."
        for count in range(1, 16)
    ]
    ends = line_ends(paragraphs, columns=2)
    # The premise: compounds and long words both break at line ends.
    assert {"well-", "extraor-", "Offi-"} <= {end.split()[-1] for end in ends}
    story = read_story(article_pdf(paragraphs, columns=2, header=""), name="hyphens.pdf")
    assert story.text.split("\n\n") == paragraphs


def scanned_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(50, 50, 400, 600, fill=1)  # a picture of a page, and no text
    page.showPage()
    page.save()
    return out.getvalue()


def encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(article_pdf(STORY)))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (
            scanned_pdf(),
            NoTextLayer,
            r"^scan\.pdf: the PDF holds images of pages and no text "
            r"\(a scan\?\): run it through OCR",
        ),
        (encrypted_pdf(), EncryptedInput, r"^scan\.pdf: the PDF is protected by a password"),
        (article_pdf(STORY)[:400], CorruptInput, r"^scan\.pdf: the PDF is damaged"),
    ],
)
def test_unreadable_pdfs_are_one_line(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        load_document(raw=data, name="scan.pdf")
