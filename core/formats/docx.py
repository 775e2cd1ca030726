"""Read a Word .docx: paragraphs, headings, list items, table cells and footnotes, in order.

The package's XML is read directly (through `core.formats.package`) rather than with
python-docx, because python-docx's paragraph text leaves out runs inside tracked insertions
(`<w:ins>`) and cannot give the text as originally written. Here every paragraph is read twice
when the file holds tracked changes: with all changes accepted (insertions kept, deletions
dropped, paragraphs whose mark was deleted joined to the next) and as originally written.
Line breaks inside a paragraph end a paragraph, as `<br>` does in a web page; headers and
footers are set aside; the title, author and dates come from docProps/core.xml.

Imports the standard library, lxml and `core` only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirediff.core.formats.package import Package, open_package, part_matches, tag_name
from wirediff.core.formats.story import Format, Story, join_paragraphs
from wirediff.core.result import StoryMeta

if TYPE_CHECKING:
    from lxml import etree

KIND = "Word file"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CORE = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
_INSERTED = frozenset({"ins", "moveTo"})
_DELETED = frozenset({"del", "moveFrom"})
# Inside a paragraph, these hold no text of it: properties, and text boxes (their paragraphs
# are read as paragraphs of their own).
_NOT_TEXT = frozenset({"pPr", "rPr", "txbxContent", "instrText", "fldData"})
_TITLE_STYLES = frozenset({"title", "heading1", "heading 1"})
# An insertion, deletion or move, by any namespace prefix (`\b` keeps out w:delText, w:insideH).
_TRACKED_MARK = re.compile(rb"<(?:[\w.-]+:)?(?:ins|del|moveFrom|moveTo)\b")


def read_docx(raw: bytes) -> Story:
    """The story of a .docx; raises `CorruptInput` or `InputTooLarge` for files it cannot read."""
    with open_package(raw, KIND) as package:
        document = package.xml("word/document.xml")
        body = document.find(f"{_W}body")
        if body is None:
            body = document
        accepted, title = _paragraphs(body, accepted=True)
        original, _ = _paragraphs(body, accepted=False)
        for part in ("word/footnotes.xml", "word/endnotes.xml"):
            if part in package.names:
                notes = _notes(package, part)
                accepted += notes[0]
                original += notes[1]
        set_aside = [
            text
            for name in sorted(package.names)
            if name.startswith(("word/header", "word/footer")) and name.endswith(".xml")
            for text in _paragraphs(package.xml(name), accepted=True)[0]
        ]
        meta = _core_properties(package, title)
    tracked = _has_tracked_changes(body)
    return Story(
        join_paragraphs(accepted),
        meta,
        set_aside=tuple(set_aside),
        original=join_paragraphs(original) if tracked else None,
    )


def has_tracked_changes_in(raw: bytes) -> bool:
    """Whether a .docx holds tracked changes, told from its XML's text without reading the
    story (a damaged file holds none: reading it says what is wrong).

    >>> has_tracked_changes_in(b"not a zip")
    False
    """
    return part_matches(raw, KIND, "word/document.xml", _TRACKED_MARK)


def _has_tracked_changes(body: etree._Element) -> bool:
    return any(tag_name(element) in _INSERTED | _DELETED for element in body.iter())


def _paragraphs(root: etree._Element, *, accepted: bool) -> tuple[list[str], str | None]:
    """Every paragraph's text under `root`, and the first title or heading-1 paragraph."""
    paragraphs: list[str] = []
    title = None
    joining = False  # the previous paragraph's mark was deleted: this one continues it
    for paragraph in root.iter(f"{_W}p"):
        if any(tag_name(ancestor) == "Fallback" for ancestor in paragraph.iterancestors()):
            continue  # the same text box again, for old versions of Word
        pieces = _paragraph_text(paragraph, accepted) if _is_shown(paragraph, accepted) else []
        if joining and paragraphs and pieces:
            pieces[0] = paragraphs.pop() + pieces[0]
        paragraphs.extend(pieces)
        joining = accepted and _mark_deleted(paragraph)
        if title is None and pieces and _style(paragraph) in _TITLE_STYLES:
            title = " ".join(pieces[0].split())
    folded = (" ".join(text.split()) for text in paragraphs)
    return [text for text in folded if text], title


def _is_shown(paragraph: etree._Element, accepted: bool) -> bool:
    """Whether a paragraph inserted or deleted as a whole belongs to this reading."""
    for ancestor in paragraph.iterancestors():
        name = tag_name(ancestor)
        if name in _INSERTED:
            return accepted
        if name in _DELETED:
            return not accepted
    return True


def _paragraph_text(paragraph: etree._Element, accepted: bool) -> list[str]:
    """The paragraph's text, cut at line breaks, with tracked changes read as asked.

    White space is kept as written, so a paragraph joined to the next keeps its last space.
    """
    pieces: list[str] = [""]

    def walk(element: etree._Element, inserted: bool, deleted: bool) -> None:
        for child in element:
            name = tag_name(child)
            if name in _NOT_TEXT or name == "p":
                continue
            child_inserted = inserted or name in _INSERTED
            child_deleted = deleted or name in _DELETED
            shown = not child_deleted if accepted else not child_inserted
            if name in ("t", "delText"):
                if shown:
                    pieces[-1] += child.text or ""
            elif name == "tab":
                if shown:
                    pieces[-1] += " "
            elif name in ("br", "cr"):
                if shown:
                    pieces.append("")
            elif name == "noBreakHyphen":
                if shown:
                    pieces[-1] += "-"
            else:
                walk(child, child_inserted, child_deleted)

    walk(paragraph, False, False)
    return [piece for piece in pieces if piece.strip()]


def _mark_deleted(paragraph: etree._Element) -> bool:
    mark = paragraph.find(f"{_W}pPr/{_W}rPr/{_W}del")
    return mark is not None


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return (style.get(f"{_W}val") or "").lower() if style is not None else ""


def _notes(package: Package, part: str) -> tuple[list[str], list[str]]:
    accepted: list[str] = []
    original: list[str] = []
    for note in package.xml(part):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        accepted += _paragraphs(note, accepted=True)[0]
        original += _paragraphs(note, accepted=False)[0]
    return accepted, original


def _core_properties(package: Package, title: str | None) -> StoryMeta:
    if "docProps/core.xml" not in package.names:
        return StoryMeta(Format.DOCX.value, title=title)
    core = package.xml("docProps/core.xml")

    def field(path: str) -> str | None:
        text = core.findtext(path, namespaces=_CORE)
        return text.strip() or None if text else None

    return StoryMeta(
        Format.DOCX.value,
        title=field("dc:title") or title,
        byline=field("dc:creator"),
        date=field("dcterms:modified") or field("dcterms:created"),
    )
