"""Pins how an OpenDocument text (.odt) is read: headings, paragraphs with written spaces, tabs
and line breaks, lists, tables, footnotes after the story, page headers set aside, text boxes,
tracked deletions left out, metadata, and damaged files as one line."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from odf import dc, meta, style, table, teletype, text
from odf.draw import Frame, TextBox
from odf.namespaces import TEXTNS, XMLNS
from odf.opendocument import OpenDocumentText

from wirediff.core.compare import holds_two_versions, load_document, load_versions
from wirediff.core.errors import CorruptInput
from wirediff.core.formats.odt import has_tracked_changes_in
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
    deletion.addElement(paragraph("forty "))
    deleted.addElement(deletion)
    inserted = text.ChangedRegion(qattributes={(XMLNS, "id"): "ct2", (TEXTNS, "id"): "ct2"})
    insertion = text.Insertion()
    insertion.addElement(office_change_info())
    inserted.addElement(insertion)
    changes = text.TrackedChanges()
    changes.addElement(deleted)
    changes.addElement(inserted)
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
    broken.addElement(text.ChangeStart(changeid="ct2"))
    broken.addText("fifty ")
    broken.addElement(text.ChangeEnd(changeid="ct2"))
    broken.addText("homes were lost.")
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


def tracked_odt(build: Callable[[text.TrackedChanges, object], None]) -> bytes:
    """An .odt whose body `build` fills, given the change list to add regions to."""
    document = OpenDocumentText()
    changes = text.TrackedChanges()
    document.text.addElement(changes)
    build(changes, document.text)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def region(changes: text.TrackedChanges, identifier: str, kind: type, *deleted: str) -> None:
    change = kind()
    change.addElement(office_change_info())
    for words in deleted:
        change.addElement(paragraph(words))
    held = text.ChangedRegion(qattributes={(XMLNS, "id"): identifier, (TEXTNS, "id"): identifier})
    held.addElement(change)
    changes.addElement(held)


def with_insertion(before: str, inserted: str, after: str, identifier: str = "ct1") -> object:
    """A paragraph whose middle words are marked as inserted by change `identifier`."""
    sentence = text.P()
    sentence.addText(before)
    sentence.addElement(text.ChangeStart(changeid=identifier))
    sentence.addText(inserted)
    sentence.addElement(text.ChangeEnd(changeid=identifier))
    sentence.addText(after)
    return sentence


def versions(raw: bytes) -> tuple[list[str], list[str] | None]:
    story = read_story(raw, name="draft.odt")
    original = story.original.split("\n\n") if story.original is not None else None
    return story.text.split("\n\n"), original


def test_inserted_words_are_left_out_as_written() -> None:
    def build(changes: text.TrackedChanges, body: object) -> None:
        region(changes, "ct1", text.Insertion)
        body.addElement(with_insertion("The storm ", "badly ", "hit the coast."))

    assert versions(tracked_odt(build)) == (
        ["The storm badly hit the coast."],
        ["The storm hit the coast."],
    )


def test_deleted_words_come_back_where_their_mark_stands() -> None:
    def build(changes: text.TrackedChanges, body: object) -> None:
        region(changes, "ct1", text.Deletion, "all ")
        sentence = text.P()
        sentence.addText("Roads were ")
        sentence.addElement(text.Change(changeid="ct1"))
        sentence.addText("closed.")
        body.addElement(sentence)

    assert versions(tracked_odt(build)) == (["Roads were closed."], ["Roads were all closed."])


def test_a_deleted_paragraph_comes_back_as_a_paragraph() -> None:
    def build(changes: text.TrackedChanges, body: object) -> None:
        # As LibreOffice writes it: the deleted paragraph, then the empty rest of its break,
        # marked at the start of the paragraph that followed it.
        region(changes, "ct1", text.Deletion, "Power was cut to 40,000 homes.", "")
        body.addElement(paragraph("A storm hit the coast."))
        following = text.P()
        following.addElement(text.Change(changeid="ct1"))
        following.addText("Schools will stay closed.")
        body.addElement(following)

    assert versions(tracked_odt(build)) == (
        ["A storm hit the coast.", "Schools will stay closed."],
        ["A storm hit the coast.", "Power was cut to 40,000 homes.", "Schools will stay closed."],
    )


def test_an_inserted_paragraph_break_is_undone_as_written() -> None:
    def build(changes: text.TrackedChanges, body: object) -> None:
        region(changes, "ct1", text.Insertion)
        first = text.P()
        first.addText("Schools will close on Tuesday.")
        first.addElement(text.ChangeStart(changeid="ct1"))
        body.addElement(first)
        second = text.P()
        second.addElement(text.ChangeEnd(changeid="ct1"))
        second.addText("They reopen Friday.")
        body.addElement(second)

    assert versions(tracked_odt(build)) == (
        ["Schools will close on Tuesday.", "They reopen Friday."],
        ["Schools will close on Tuesday. They reopen Friday."],
    )


def test_format_changes_alone_leave_one_version() -> None:
    def build(changes: text.TrackedChanges, body: object) -> None:
        region(changes, "ct1", text.FormatChange)
        sentence = text.P()
        sentence.addElement(text.ChangeStart(changeid="ct1"))
        sentence.addText("Bold news.")
        sentence.addElement(text.ChangeEnd(changeid="ct1"))
        body.addElement(sentence)

    raw = tracked_odt(build)
    assert versions(raw) == (["Bold news."], None)
    assert not has_tracked_changes_in(raw)


def test_a_draft_with_tracked_changes_opens_as_two_versions(tmp_path: Path) -> None:
    def build(changes: text.TrackedChanges, body: object) -> None:
        region(changes, "ct1", text.Insertion)
        body.addElement(with_insertion("Officials ", "later ", "confirmed it."))

    draft = tmp_path / "draft.odt"
    draft.write_bytes(tracked_odt(build))
    assert has_tracked_changes_in(draft.read_bytes())
    assert holds_two_versions(draft)
    written, accepted = load_versions(draft)
    assert (written.name, written.text) == ("draft.odt (as written)", "Officials confirmed it.")
    assert (accepted.name, accepted.text) == (
        "draft.odt (changes accepted)",
        "Officials later confirmed it.",
    )


def test_both_readings_of_the_draft_exactly() -> None:
    story = read_story(odt_file(), name="storm.odt")
    shared_start = [
        "Storm hits the coast",
        "A powerful storm struck the coast on Monday, said officials.",
        "Roads closed: 12",
        "Homes without power: 40,000",
        "Porttown",
        "12,000 homes",
    ]
    shared_end = [
        "Schools will stay closed.",
        "Repairs could take until Thursday.",
        "Boxed: how to get help",
        "Figures from the county.",
    ]
    assert story.text.split("\n\n") == [
        *shared_start,
        "The mayor said fifty homes were lost.",
        *shared_end,
    ]
    assert story.original is not None
    assert story.original.split("\n\n") == [
        *shared_start,
        "The mayor said forty homes were lost.",
        *shared_end,
    ]


ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def raw_odt(body: str, *, styles: str | None = None, meta_fields: str | None = None) -> bytes:
    """An .odt zipped by hand from the XML of its body (and of its master pages and meta)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            f"<office:document-content {ODT_NAMESPACES}><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>",
        )
        if styles is not None:
            archive.writestr(
                "styles.xml",
                f"<office:document-styles {ODT_NAMESPACES}><office:master-styles>{styles}"
                "</office:master-styles></office:document-styles>",
            )
        if meta_fields is not None:
            archive.writestr(
                "meta.xml",
                f"<office:document-meta {ODT_NAMESPACES}><office:meta>{meta_fields}"
                "</office:meta></office:document-meta>",
            )
    return out.getvalue()


def test_spaces_spans_and_empty_elements_read_as_written() -> None:
    raw = raw_odt(
        "<text:p>Rain<text:s/>fell<text:tab/>all <text:span>night<text:span> long"
        '</text:span></text:span><text:bookmark text:name="b"/>.</text:p>'
    )
    assert read_story(raw, name="rain.odt").text == "Rain fell all night long."


def test_comments_are_not_story_text() -> None:
    raw = raw_odt(
        "<text:p>Rain fell.<office:annotation><dc:creator>Ed</dc:creator>"
        "<text:p>Check the figure</text:p></office:annotation> Roads closed.</text:p>"
    )
    assert read_story(raw, name="rain.odt").text == "Rain fell. Roads closed."


def test_every_kind_of_page_header_and_footer_is_set_aside() -> None:
    parts = ("header", "footer", "header-left", "footer-left", "header-first", "footer-first")
    styles = "".join(
        f'<style:master-page style:name="P{number}"><style:{part}>'
        f"<text:p>{part} text</text:p></style:{part}></style:master-page>"
        for number, part in enumerate(parts)
    )
    story = read_story(raw_odt("<text:p>Rain fell.</text:p>", styles=styles), name="r.odt")
    assert story.text == "Rain fell."
    assert story.set_aside == tuple(f"{part} text" for part in parts)


def test_without_meta_the_first_heading_is_the_title_and_the_format_is_kept() -> None:
    raw = raw_odt(
        "<text:p>By Jane Roe</text:p><text:h>Storm hits the coast</text:h>"
        "<text:h>Second heading</text:h><text:p>Rain fell.</text:p>"
    )
    meta = read_story(raw, name="r.odt").meta
    assert (meta.format, meta.title) == ("odt", "Storm hits the coast")


def test_meta_title_and_creation_date_win_over_the_heading() -> None:
    raw = raw_odt(
        "<text:h>Storm hits the coast</text:h><text:p>Rain fell.</text:p>",
        meta_fields="<dc:title>Coastal storm</dc:title>"
        "<meta:creation-date>2024-06-03T14:02:00</meta:creation-date>",
    )
    meta = read_story(raw, name="r.odt").meta
    assert (meta.title, meta.date) == ("Coastal storm", "2024-06-03T14:02:00")


def tracked_body(regions: str, text_body: str) -> bytes:
    return raw_odt(f"<text:tracked-changes>{regions}</text:tracked-changes>{text_body}")


DELETION = (
    "<text:changed-region {ids}><text:deletion><office:change-info/>"
    "<text:p>forty </text:p></text:deletion></text:changed-region>"
)


@pytest.mark.parametrize("ids", ['text:id="ct1"', 'xml:id="ct1"', 'text:id="ct1" xml:id="ct1"'])
def test_a_region_is_found_by_either_of_its_ids(ids: str) -> None:
    raw = tracked_body(
        DELETION.format(ids=ids),
        '<text:p>The mayor said <text:change text:change-id="ct1"/>fifty homes.</text:p>',
    )
    assert read_story(raw, name="d.odt").original == "The mayor said forty fifty homes."


def test_a_deleted_heading_and_a_mark_without_a_region_as_written() -> None:
    raw = tracked_body(
        '<text:changed-region text:id="ct1"><text:deletion><office:change-info/>'
        "<text:h>Storm warning</text:h><text:p/></text:deletion></text:changed-region>",
        '<text:p><text:change text:change-id="ct1"/>Rain fell.</text:p>'
        '<text:p>Roads <text:change text:change-id="gone"/>closed.</text:p>',
    )
    story = read_story(raw, name="d.odt")
    assert story.text.split("\n\n") == ["Rain fell.", "Roads closed."]
    assert story.original is not None
    assert story.original.split("\n\n") == ["Storm warning", "Rain fell.", "Roads closed."]


def test_a_note_inside_an_insertion_is_read_apart_as_written() -> None:
    raw = tracked_body(
        '<text:changed-region text:id="ct1"><text:insertion><office:change-info/>'
        "</text:insertion></text:changed-region>",
        '<text:p>Rain fell.<text:change-start text:change-id="ct1"/>'
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>County <text:span>figures</text:span>.</text:p>"
        "</text:note-body></text:note>"
        ' Roads <text:span>closed</text:span>.<text:change-end text:change-id="ct1"/>'
        " Schools <text:span>shut</text:span>.</text:p>",
    )
    story = read_story(raw, name="d.odt")
    assert story.text.split("\n\n") == ["Rain fell. Roads closed. Schools shut.", "County figures."]
    assert story.original is not None
    assert story.original.split("\n\n") == ["Rain fell. Schools shut.", "County figures."]
