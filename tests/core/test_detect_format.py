"""Pins how a file's format is told: by its bytes first, then by its declared type and name."""

from __future__ import annotations

import io
import zipfile

import pytest

from wirediff.core.formats.detect import SNIFF_BYTES, detect_format, unreadable_container
from wirediff.core.formats.story import Format

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MESSAGE_MARK = "__substg1.0_0037001F".encode("utf-16-le")


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


ODT_TYPE = b"application/vnd.oasis.opendocument.text"
EPUB_TYPE = b"application/epub+zip"
HEADERS = b"From: a@example.com\nTo: b@example.com\nSubject: Storm\n\nBody"


@pytest.mark.parametrize(
    ("raw", "name", "content_type", "expected"),
    [
        (b"%PDF-1.7 rest", None, None, Format.PDF),
        (b"\x00" * 1000 + b"%PDF-1.4", None, None, Format.PDF),
        (b"\x00" * 1030 + b"%PDF-1.4", None, None, Format.TEXT),
        (b"  \n{\\rtf1\\ansi Text}", "story.doc", None, Format.RTF),
        (b"x{\\rtf1 Text}", None, None, Format.TEXT),
        (OLE + b"\x00" * 64 + MESSAGE_MARK, "mail.bin", None, Format.MSG),
        (OLE + b"\x00" * 64, "mail.msg", None, Format.MSG),
        (OLE + b"\x00" * 64, "old.doc", None, Format.TEXT),
        (zipped({"word/document.xml": b"<w/>"}), "story.txt", None, Format.DOCX),
        (zipped({"mimetype": ODT_TYPE, "content.xml": b"<c/>"}), None, None, Format.ODT),
        (zipped({"mimetype": ODT_TYPE + b"\n", "content.xml": b"<c/>"}), None, None, Format.ODT),
        (zipped({"content.xml": b"<c/>"}), None, None, Format.ODT),
        (
            zipped({"mimetype": b"application/epub+zip", "content.xml": b""}),
            "b.zip",
            None,
            Format.TEXT,
        ),
        (zipped({"a.txt": b"hi"}), "x.odt", None, Format.ODT),
        (b"PK\x03\x04damaged", "draft.docm", None, Format.DOCX),
        (b"PK\x03\x04damaged", "draft.docx", None, Format.DOCX),
        (b"PK\x03\x04damaged", "archive.zip", None, Format.TEXT),
        (b'<?xml version="1.0"?>\n<nitf><body/></nitf>', None, None, Format.NITF),
        (b"\xef\xbb\xbf<nitf>", None, None, Format.NITF),
        (b'  <newsMessage xmlns="x"/>', None, None, Format.NEWSML),
        (b"<ns:newsItem/>", None, None, Format.NEWSML),
        (b"<knowledgeItem/>", None, None, Format.NEWSML),
        (b"A guide to the <nitf> element.", None, None, Format.TEXT),
        (b"<!DOCTYPE html><p>Hi", "page.txt", None, Format.HTML),
        (b"\xef\xbb\xbf <!-- saved --> <html><body>Hi", None, None, Format.HTML),
        (b'<?xml version="1.0"?><html xmlns="x">', None, None, Format.HTML),
        (b"  <TITLE>Storm</TITLE>", None, None, Format.HTML),
        (b"Plain words.", "mail.eml", None, Format.EMAIL),
        (b"Plain words.", None, "message/rfc822", Format.EMAIL),
        (HEADERS, None, None, Format.EMAIL),
        (HEADERS.replace(b"Subject: Storm\n", b""), None, None, Format.TEXT),
        (b"Note\n\n" + HEADERS, None, None, Format.TEXT),
        (b"<p>Hi</p>", None, "text/html; charset=utf-8", Format.HTML),
        (b"Intro <div>Hi</div>", "page.htm", None, Format.HTML),
        (b"No tags here.", "page.html", None, Format.TEXT),
        (b"<b>Bold</b> words", None, None, Format.TEXT),
        (b"Intro <div>Hi</div>", "notes.txt", "TEXT/HTML", Format.HTML),
    ],
)
def test_detect_format(
    raw: bytes, name: str | None, content_type: str | None, expected: Format
) -> None:
    assert detect_format(raw, name, content_type) is expected


def test_only_the_first_bytes_are_sniffed_for_text_formats() -> None:
    late = b" " * SNIFF_BYTES + b"<nitf/>"
    assert detect_format(late) is Format.TEXT


def test_containers_no_reader_opens_say_what_they_are() -> None:
    assert unreadable_container(OLE + bytes(10)) == (
        "an old Office file (Word .doc, Excel, PowerPoint): save it as .docx and open that"
    )
    assert unreadable_container(b"PK\x03\x04rest") == (
        "a ZIP archive, not a Word or OpenDocument text file"
    )
    assert unreadable_container(b"Plain text") is None
