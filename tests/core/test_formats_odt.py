"""Pins how an OpenDocument text (.odt) is read: headings, paragraphs with written spaces, tabs
and line breaks, lists, tables, footnotes after the story, page headers set aside, text boxes,
tracked deletions left out, metadata, and damaged files as one line."""

from __future__ import annotations

import io
import zipfile

import pytest
from odf import dc, meta, style, table, teletype, text
from odf.draw import Frame, TextBox
from odf.namespaces import TEXTNS, XMLNS
from odf.opendocument import OpenDocumentText

from wirediff.core.compare import load_document
from wirediff.core.errors import CorruptInput
from wirediff.core.formats.read import read_story


def paragraph(words: str, tag: type = text.P, **attributes: object) -> object:
    element = tag(**attributes)
    teletype.addTextToElement(element, words)  # writes runs of spaces as <text:s text:c=N/>
    return element


def odt_file(*, with_meta: bool = True) -> bytes:
    document = OpenDocumentText()
    if with_meta:
        document.meta.addElement(dc.Title(text="Storm hits the coast"))
        document.meta.addElement(dc.Creator(text="Jane Roe"))
        document.meta.addElement(dc.Date(text="2024-06-03T14:02:00"))
    layout = style.PageLayout(name="Page")
    document.automaticstyles.addElement(layout)
    master = style.MasterPage(name="Standard", pagelayoutname=layout)
    header = style.Header()
    header.addElement(paragraph("THE DAILY EXAMPLE — DRAFT"))
    master.addElement(header)
    document.masterstyles.addElement(master)

    body = document.text
    # Both ids: ODF 1.2 names the region by xml:id, older readers by text:id.
    deleted = text.ChangedRegion(qattributes={(XMLNS, "id"): "ct1", (TEXTNS, "id"): "ct1"})
    deletion = text.Deletion()
    deletion.addElement(office_change_info())
    deletion.addElement(paragraph("forty"))
    deleted.addElement(deletion)
    changes = text.TrackedChanges()
    changes.addElement(deleted)
    body.addElement(changes)

    body.addElement(paragraph("Storm hits the coast", text.H, outlinelevel=1))
    first = text.P()
    teletype.addTextToElement(
        first, "A powerful storm struck the coast on Monday,  said\tofficials."
    )
    note = text.Note(id="n1", noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    note_body = text.NoteBody()
    note_body.addElement(paragraph("Figures from the county."))
    note.addElement(note_body)
    first.addElement(note)
    body.addElement(first)

    items = text.List()
    for words in ("Roads closed: 12", "Homes without power: 40,000"):
        item = text.ListItem()
        item.addElement(paragraph(words))
        items.addElement(item)
    body.addElement(items)

    grid = table.Table(name="Towns")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    row = table.TableRow()
    for words in ("Porttown", "12,000 homes"):
        cell = table.TableCell()
        cell.addElement(paragraph(words))
        row.addElement(cell)
    grid.addElement(row)
    body.addElement(grid)

    broken = text.P()
    broken.addText("The mayor said ")
    broken.addElement(text.Change(changeid="ct1"))
    broken.addText("fifty homes were lost.")
    broken.addElement(text.LineBreak())
    broken.addText("Schools will stay closed.")
    body.addElement(broken)

    boxed = text.P()
    frame = Frame(width="5cm", height="2cm", anchortype="paragraph")
    box = TextBox()
    box.addElement(paragraph("Boxed: how to get help"))
    frame.addElement(box)
    boxed.addElement(frame)
    boxed.addText("Repairs could take until Thursday.")
    body.addElement(boxed)

    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def office_change_info() -> object:
    from odf.office import ChangeInfo

    info = ChangeInfo()
    info.addElement(dc.Creator(text="Ed"))
    info.addElement(dc.Date(text="2024-06-03T15:00:00"))
    return info


def test_paragraphs_lists_tables_notes_and_metadata() -> None:
    story = read_story(odt_file(), name="storm.odt")
    assert story.text.split("\n\n") == [
        "Storm hits the coast",
        "A powerful storm struck the coast on Monday, said officials.",
        "Roads closed: 12",
        "Homes without power: 40,000",
        "Porttown",
        "12,000 homes",
        "The mayor said fifty homes were lost.",
        "Schools will stay closed.",
        "Repairs could take until Thursday.",
        "Boxed: how to get help",
        "Figures from the county.",
    ]
    assert story.meta.as_json() == {
        "title": "Storm hits the coast",
        "byline": "Jane Roe",
        "date": "2024-06-03T14:02:00",
        "site": None,
        "url": None,
        "format": "odt",
    }
    assert story.set_aside == ("THE DAILY EXAMPLE — DRAFT",)


def test_written_spaces_count_as_written() -> None:
    document = OpenDocumentText()
    document.text.addElement(paragraph("Ten   spaces"))
    out = io.BytesIO()
    document.write(out)
    assert b'text:c="2"' in zipfile.ZipFile(out).read("content.xml")
    # Folded as any paragraph is, so the story compares with the same words elsewhere.
    assert read_story(out.getvalue()).text == "Ten spaces"


def test_without_metadata_the_first_heading_is_the_title() -> None:
    story = read_story(odt_file(with_meta=False), name="storm.odt")
    assert (story.meta.title, story.meta.byline, story.meta.date) == (
        "Storm hits the coast",
        None,
        None,
    )


def test_an_odt_named_txt_is_still_read_as_opendocument() -> None:
    assert read_story(odt_file(), name="storm.txt").meta.format == "odt"


def package_without_content() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (odt_file()[:2000], r"^storm\.odt: the OpenDocument file is damaged"),
        (
            package_without_content(),
            r"^storm\.odt: the OpenDocument file is damaged: it has no content\.xml$",
        ),
    ],
)
def test_damaged_opendocument_file_is_one_line(data: bytes, message: str) -> None:
    with pytest.raises(CorruptInput, match=message):
        load_document(raw=data, name="storm.odt")


def test_the_initial_creator_is_the_byline_when_no_one_else_is_named() -> None:
    document = OpenDocumentText()
    document.meta.addElement(meta.InitialCreator(text="Sam Poe"))
    document.text.addElement(paragraph("Text."))
    out = io.BytesIO()
    document.write(out)
    assert read_story(out.getvalue()).meta.byline == "Sam Poe"
