"""Pins how a Word .docx is read: paragraphs, headings, lists, tables, footnotes, headers set
aside, metadata, tracked changes as two versions (and told apart without reading the story), and
damaged or oversized files."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from wirediff.core.compare import holds_two_versions, load_document, load_versions
from wirediff.core.errors import CorruptInput, InputTooLarge
from wirediff.core.formats.package import MAX_PART_BYTES
from wirediff.core.formats.read import read_story

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_file() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Storm hits the coast"
    document.core_properties.author = "Jane Roe"
    document.core_properties.modified = __import__("datetime").datetime(2024, 6, 3, 14, 2)
    document.sections[0].header.paragraphs[0].text = "THE DAILY EXAMPLE — DRAFT"
    document.add_heading("Storm hits the coast", level=1)
    document.add_paragraph("A powerful storm struck the coast on Monday.")
    document.add_paragraph("Roads closed: 12", style="List Bullet")
    document.add_paragraph("Homes without power: 40,000", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Porttown"
    table.rows[0].cells[1].text = "12,000 homes"
    paragraph = document.add_paragraph("Officials said repairs could take until Thursday.")
    paragraph.add_run().add_break()
    paragraph.add_run("Schools will stay closed.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_headings_lists_tables_and_metadata() -> None:
    story = read_story(word_file(), name="storm.docx")
    assert story.text.split("\n\n") == [
        "Storm hits the coast",
        "A powerful storm struck the coast on Monday.",
        "Roads closed: 12",
        "Homes without power: 40,000",
        "Porttown",
        "12,000 homes",
        "Officials said repairs could take until Thursday.",
        "Schools will stay closed.",
    ]
    assert story.meta.as_json() == {
        "title": "Storm hits the coast",
        "byline": "Jane Roe",
        "date": "2024-06-03T14:02:00Z",
        "site": None,
        "url": None,
        "format": "docx",
    }
    assert story.set_aside == ("THE DAILY EXAMPLE — DRAFT",)
    assert story.original is None


def hand_made_docx(body: str, footnotes: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
        )
        if footnotes is not None:
            archive.writestr(
                "word/footnotes.xml", f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>'
            )
    return out.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


TRACKED = (
    f"<w:p>{run('The mayor said ')}"
    f'<w:del w:id="1" w:author="Ed"><w:r><w:delText>forty</w:delText></w:r></w:del>'
    f'<w:ins w:id="2" w:author="Ed">{run("fifty")}</w:ins>{run(" homes were lost.")}</w:p>'
    # The paragraph mark is deleted: accepting joins this paragraph with the next.
    f'<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Ed"/></w:rPr></w:pPr>{run("Rain fell ")}</w:p>'
    f"<w:p>{run('all night.')}</w:p>"
    f'<w:ins w:id="4" w:author="Ed"><w:p>{run("Schools will reopen on Friday.")}</w:p></w:ins>'
)


def test_tracked_changes_give_the_original_and_the_accepted_text() -> None:
    story = read_story(hand_made_docx(TRACKED), name="draft.docx")
    assert story.text == (
        "The mayor said fifty homes were lost.\n\nRain fell all night.\n\n"
        "Schools will reopen on Friday."
    )
    assert story.original == "The mayor said forty homes were lost.\n\nRain fell\n\nall night."


def test_a_tracked_file_opens_as_two_versions() -> None:
    original, accepted = load_versions(raw=hand_made_docx(TRACKED), name="draft.docx")
    assert (original.name, accepted.name) == (
        "draft.docx (as written)",
        "draft.docx (changes accepted)",
    )
    assert original.paragraphs[0] == "The mayor said forty homes were lost."
    assert accepted.paragraphs[0] == "The mayor said fifty homes were lost."
    assert load_document(raw=hand_made_docx(TRACKED), name="d.docx", original=True).paragraphs == (
        original.paragraphs
    )
    assert len(load_versions(raw=word_file(), name="storm.docx")) == 1


def test_footnotes_follow_the_story_and_separators_are_skipped() -> None:
    notes = (
        '<w:footnote w:type="separator" w:id="-1">'
        "<w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p>{run("Figures from the county.")}</w:p></w:footnote>'
    )
    story = read_story(hand_made_docx(f"<w:p>{run('Main text.')}</w:p>", notes), name="n.docx")
    assert story.text == "Main text.\n\nFigures from the county."


def test_a_docx_named_txt_is_still_read_as_word() -> None:
    assert read_story(word_file(), name="storm.txt").meta.format == "docx"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (word_file()[:3000], r"^storm\.docx: the Word file is damaged"),
        (
            hand_made_docx("<w:p><w:r><w:t>unclosed"),
            r"^storm\.docx: the Word file is damaged: "
            r"word/document\.xml is not valid XML$",
        ),
    ],
)
def test_damaged_word_file_is_one_line(data: bytes, message: str) -> None:
    with pytest.raises(CorruptInput, match=message):
        load_document(raw=data, name="storm.docx")


def test_zip_bomb_is_refused_before_it_is_inflated() -> None:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w") as member,
    ):
        member.write(f'<w:document xmlns:w="{W}"><w:body><w:p>'.encode())
        chunk = b" " * 2**20
        for _ in range(MAX_PART_BYTES // 2**20 + 1):
            member.write(chunk)
    assert len(out.getvalue()) < 2**20
    with pytest.raises(InputTooLarge, match=r"^bomb\.docx: the Word file unpacks to more than"):
        load_document(raw=out.getvalue(), name="bomb.docx")


def test_holds_two_versions_only_for_a_word_file_with_tracked_changes(tmp_path) -> None:
    (tmp_path / "draft.docx").write_bytes(hand_made_docx(TRACKED))
    (tmp_path / "clean.docx").write_bytes(word_file())
    (tmp_path / "notes.txt").write_text("<w:ins> is only text here.", encoding="utf-8")
    assert [
        holds_two_versions(tmp_path / name)
        for name in ("draft.docx", "clean.docx", "notes.txt", "missing.docx")
    ] == [True, False, False, False]
