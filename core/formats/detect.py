"""Tell a file's format from its bytes first, and from its name or declared type only second.

Journalists' files are often misnamed (a saved page as `.txt`, a `.doc` that is really RTF, a
download with no extension), so the bytes decide wherever they can: PDF, RTF and OLE files
start with a signature (an Outlook message is the OLE file whose directory names MAPI
property streams), Word and OpenDocument files are ZIP archives with a known member,
wire XML has a known root element, and a web page opens with a doctype or one of its first
tags. E-mail is only recognised by its headers when the name does not say otherwise. A file
that matches nothing is plain text.

Imports the standard library and `core.formats.story` only.
"""

from __future__ import annotations

import io
import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from wirediff.core.formats.story import Format

SNIFF_BYTES = 4096
"""How much of the start of a file is looked at to recognise text formats."""

_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
_EMAIL_EXTENSIONS = frozenset({".eml", ".mht", ".mhtml"})
DOCUMENT_EXTENSIONS = frozenset(
    {".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml", ".docx", ".docm", ".odt", ".rtf"}
    | {".pdf", ".eml", ".msg", ".xml", ".nitf", ".newsml"}
)
"""Extensions of the formats whose story is extracted (a repaired copy is written as .txt)."""

_ZIP_EXTENSIONS = {".docx": Format.DOCX, ".docm": Format.DOCX, ".odt": Format.ODT}
_HTML_TYPES = ("text/html", "application/xhtml+xml")

# A web page opens (after a BOM, white space, comments or an XML declaration) with one of these.
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base)\b",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = re.compile(rb"<(?:p|div|span|a|br|h[1-6]|article|section|ul|li|table)\b", re.IGNORECASE)
_XML_ROOT = re.compile(rb"<(?:[\w.-]+:)?(nitf|newsMessage|newsItem|knowledgeItem)\b")
_EMAIL_HEADER = re.compile(
    rb"^(?:From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version|Delivered-To):",
    re.IGNORECASE | re.MULTILINE,
)
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MESSAGE_MARK = "__substg1.0_".encode("utf-16-le")
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def extension_of(name: str | None) -> str:
    """The lower-case extension of a file name or of a URL's path ("" when there is none).

    >>> extension_of("https://example.com/news/story.HTML?id=3")
    '.html'
    >>> extension_of(None)
    ''
    """
    if not name:
        return ""
    path = urlsplit(name).path if "://" in name else name
    return PurePosixPath(path.replace("\\", "/")).suffix.lower()


def detect_format(raw: bytes, name: str | None = None, content_type: str | None = None) -> Format:
    """The format of `raw`, by content, then by declared type and name.

    >>> detect_format(b"%PDF-1.7 ...")
    <Format.PDF: 'pdf'>
    >>> detect_format(b"<!DOCTYPE html><html><body><p>Hi</p>", name="page.txt")
    <Format.HTML: 'html'>
    >>> detect_format(b"Tags like <b> & <script> stay text.", name="notes.txt")
    <Format.TEXT: 'text'>
    """
    if raw.startswith(b"%PDF-") or b"%PDF-" in raw[:1024]:
        return Format.PDF
    if raw.lstrip()[:5] == b"{\\rtf":
        return Format.RTF
    extension = extension_of(name)
    # An Outlook message names its property streams "__substg1.0_..." in its directory; a
    # damaged one is still what its name says, so its reader can say it is damaged.
    if raw.startswith(_OLE_SIGNATURE) and (_MESSAGE_MARK in raw or extension == ".msg"):
        return Format.MSG
    if raw.startswith(b"PK\x03\x04"):
        # A damaged archive is still what its name says, so its reader can say it is damaged.
        return _zip_format(raw) or _ZIP_EXTENSIONS.get(extension) or Format.TEXT
    head = raw[:SNIFF_BYTES]
    declared = (content_type or "").split(";")[0].strip().lower()
    root = _XML_ROOT.search(head)
    if root is not None and head.lstrip().startswith((b"<?xml", b"<", b"\xef\xbb\xbf")):
        return Format.NITF if root.group(1) == b"nitf" else Format.NEWSML
    if _HTML_START.match(head):
        return Format.HTML
    if extension in _EMAIL_EXTENSIONS or declared == "message/rfc822" or _is_email(head):
        return Format.EMAIL
    if declared in _HTML_TYPES or extension in _HTML_EXTENSIONS:
        stripped = head.lstrip()
        if stripped.startswith(b"<") or _ANY_TAG.search(head):
            return Format.HTML
    return Format.TEXT


def unreadable_container(raw: bytes) -> str | None:
    """What a container no reader opens is, as a line for the user, or None.

    >>> unreadable_container(_OLE_SIGNATURE + bytes(100))
    'an old Office file (Word .doc, Excel, PowerPoint): save it as .docx and open that'
    """
    if raw.startswith(_OLE_SIGNATURE):
        return "an old Office file (Word .doc, Excel, PowerPoint): save it as .docx and open that"
    if raw.startswith(b"PK\x03\x04"):
        return "a ZIP archive, not a Word or OpenDocument text file"
    return None


def _zip_format(raw: bytes) -> Format | None:
    # Imported here: only a file that starts like a ZIP archive gets this far, and plain text,
    # most of what is compared, should not pay for loading zipfile at start-up.
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return Format.DOCX
            if "content.xml" in names and (
                "mimetype" not in names or archive.read("mimetype").strip() == _ODT_MIMETYPE
            ):
                return Format.ODT
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _is_email(head: bytes) -> bool:
    """Headers at the very top, at least three of the known ones, before the first blank line."""
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return bool(_EMAIL_HEADER.match(block)) and len(_EMAIL_HEADER.findall(block)) >= 3
