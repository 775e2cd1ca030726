"""`read_story`: bytes and hints in, a `Story` out, whatever format the bytes are in.

The public entry of `core.formats` (see its docstring for the contract). It detects the format
(`core.formats.detect`) and hands the bytes to that format's reader; plain text is decoded as
it always was (`core.text.decode`), keeping its own line breaks for the paragraph splitter.

Imports the standard library and `core` only; each format's library is imported by its reader.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from wirediff.core.errors import BinaryInput
from wirediff.core.formats.detect import detect_format, unreadable_container
from wirediff.core.formats.story import Format, Story
from wirediff.core.result import StoryMeta
from wirediff.core.text.decode import decode_as, decode_bytes

# Formats read from their bytes alone, by (module, function): imported only when such a file is
# read, so a command on plain text never loads lxml, pypdfium2 or olefile.
_READERS = {
    Format.PDF: ("wirediff.core.formats.pdf", "read_pdf"),
    Format.EMAIL: ("wirediff.core.formats.email", "read_email"),
    Format.MSG: ("wirediff.core.formats.msg", "read_msg"),
    Format.DOCX: ("wirediff.core.formats.docx", "read_docx"),
    Format.ODT: ("wirediff.core.formats.odt", "read_odt"),
    Format.RTF: ("wirediff.core.formats.rtf", "read_rtf"),
    Format.NITF: ("wirediff.core.formats.wire", "read_nitf"),
    Format.NEWSML: ("wirediff.core.formats.wire", "read_newsml"),
}

# Formats that may hold tracked changes, by the (module, function) that tells from the bytes,
# without reading the story, whether a file does.
_TRACKED_CHANGE_TESTS = {
    Format.DOCX: ("wirediff.core.formats.docx", "has_tracked_changes_in"),
    Format.ODT: ("wirediff.core.formats.odt", "has_tracked_changes_in"),
    Format.RTF: ("wirediff.core.formats.rtf_revisions", "has_tracked_changes_in"),
}


def has_tracked_changes(raw: bytes, name: str | None = None) -> bool:
    r"""Whether `raw` is a document with tracked changes (Word, OpenDocument, RTF), told without
    reading its story; False for any other file, or one too damaged to tell.

    >>> has_tracked_changes(b"{\\rtf1 a {\\deleted b} c}"), has_tracked_changes(b"Plain.")
    (True, False)
    """
    detected = detect_format(raw, name)
    if detected not in _TRACKED_CHANGE_TESTS:
        return False
    module, function = _TRACKED_CHANGE_TESTS[detected]
    test: Callable[[bytes], bool] = getattr(import_module(module), function)
    return test(raw)


def read_story(
    raw: bytes,
    *,
    name: str | None = None,
    content_type: str | None = None,
    encoding: str | None = None,
) -> Story:
    """Read the story in `raw`; raises a `core.errors.InputError` with a line for the user.

    `name` (a file name or a URL) and `content_type` are hints; the bytes decide the format
    where they can. `encoding` forces a codec for formats stored as bytes of text.

    >>> story = read_story(b"<html><body><h1>Rain</h1><p>It rained all day in the city.</p>")
    >>> story.meta.format, story.text
    ('html', 'Rain\\n\\nIt rained all day in the city.')
    >>> read_story("“Plain” café text.".encode("cp1252"), name="a.txt").encoding
    'cp1252'
    """
    detected = detect_format(raw, name, content_type)
    if detected is Format.HTML:
        from wirediff.core.formats.html import read_html

        url = name if name and "://" in name else None
        return read_html(raw, content_type=content_type, encoding=encoding, url=url)
    if detected in _READERS:
        module, function = _READERS[detected]
        reader: Callable[[bytes], Story] = getattr(import_module(module), function)
        return reader(raw)
    container = unreadable_container(raw)
    if container is not None:
        raise BinaryInput(f"the file is {container}")
    return _read_text(raw, encoding)


def _read_text(raw: bytes, encoding: str | None) -> Story:
    decoded = decode_bytes(raw) if encoding is None else decode_as(raw, encoding)
    return Story(decoded.text, StoryMeta(Format.TEXT.value), decoded.encoding, decoded.confidence)
