"""Pins the PDF export: text that stays text (pypdf finds both added sentences of seeds 000 vs
001, whole, and "confirm" spelt with two letters rather than a ligature), numbered pages, a row
taller than a page split across pages with each sentence exactly once in the text (no hidden
copies), and a ~1 MB pair paginated in reasonable time."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from wirediff.core.compare import compare_documents, compare_files, load_document
from wirediff.gui.export.layout import ExportStyle
from wirediff.gui.export.pdf import PdfExport, PdfOptions, write_pdf
from wirediff.gui.models.settings import DEFAULT_POINT_SIZE, text_font
from wirediff.gui.render.theme import theme_for

GERMANY = (
    "Germany announced soon after the White House altered its policy that it was also "
    "authorizing Ukraine to hit some targets on Russian soil"
)
PUTIN = "Russian President Vladimir Putin warned Germany on Wednesday"


@pytest.fixture
def style(qapp) -> ExportStyle:
    return ExportStyle(text_font("sans", DEFAULT_POINT_SIZE), theme_for("light"))


def pdf_text(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space."""
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFC", page.extract_text()))
        for page in PdfReader(path).pages
    ]


def test_pdf_text_holds_both_added_sentences(seeds, style, tmp_path: Path):
    comparison = compare_files(seeds["000"], seeds["001"])
    target = tmp_path / "demo.pdf"
    pages = write_pdf(target, comparison, style, PdfOptions())
    text = pdf_text(target)
    assert len(text) == pages > 1
    whole = " ".join(text)
    assert GERMANY in whole
    assert PUTIN in whole
    assert "could not confirm" in whole
    assert "ﬁ" not in whole
    for number, page in enumerate(text, start=1):
        assert f"Page {number} of {pages}" in page
    assert "000_75830fd113e7cabe.txt → 001_9779c6c5e7198efa.txt" in text[0]


def test_changes_only_pdf_is_shorter_and_keeps_the_added_sentences(seeds, style, tmp_path):
    comparison = compare_files(seeds["000"], seeds["001"])
    whole = PdfExport(comparison, style, PdfOptions())
    changes = PdfExport(comparison, style, PdfOptions(changes_only=True))
    assert changes.count < whole.count
    changes.save(tmp_path / "changes.pdf")
    text = " ".join(pdf_text(tmp_path / "changes.pdf"))
    assert GERMANY in text
    assert PUTIN in text
    assert "unchanged paragraph" in text


def test_row_taller_than_a_page_is_split_with_each_sentence_once(style, tmp_path: Path):
    # One word per sentence that no other sentence holds: a word never straddles a page break.
    sentences = [
        f"Officials met again under file R{number:03d} to weigh it." for number in range(300)
    ]
    left = "Headline\n\n" + " ".join(sentences) + "\n"
    right = "Headline\n\n" + " ".join(sentences[:150]) + "\n\n" + " ".join(sentences[150:]) + "\n"
    comparison = compare_documents(
        load_document(raw=left.encode(), name="old.txt"),
        load_document(raw=right.encode(), name="new.txt"),
    )
    target = tmp_path / "tall.pdf"
    pages = write_pdf(target, comparison, style, PdfOptions())
    assert pages > 3
    text = " ".join(pdf_text(target))
    for number in range(300):
        # Once in the old half, once in the new: nothing lost, nothing hidden twice.
        assert len(re.findall(rf"\bR{number:03d}\b", text)) == 2, number


def test_megabyte_pair_paginates(seeds, style):
    left = seeds["000"].read_text(encoding="utf-8")
    right = seeds["001"].read_text(encoding="utf-8")
    raw = ["\n\n".join(f"Copy {n}.\n\n{t}" for n in range(250)).encode() for t in (left, right)]
    comparison = compare_documents(
        load_document(raw=raw[0], name="old.txt"), load_document(raw=raw[1], name="new.txt")
    )
    export = PdfExport(comparison, style, PdfOptions())
    document = export.to_bytes()
    assert export.count > 500
    assert document.startswith(b"%PDF")
