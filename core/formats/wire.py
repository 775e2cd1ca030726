"""Read wire XML, IPTC NITF and NewsML-G2: the story as a reader sees it, and its metadata.

NITF (`<nitf>`): the headline (`hl1`, then an `hl2` under it), the byline and the dateline each
as a paragraph, then the paragraphs, subheads, list items and table cells of `body.content`,
then the tagline; captions, editor's notes and the abstract are set aside. NewsML-G2
(`<newsMessage>` or `<newsItem>`): the first text item's `contentMeta` gives headline, byline and
dateline, its `inlineXML` the body, as NITF or XHTML (or `inlineData` as plain lines). The
metadata a wire adds, the item's version and urgency, comes with the date, the outlet
(publisher, credit line or provider) and the headline.

The XML is parsed by `core.formats.package.parse_xml` (lxml with no entity expansion and no
network, so a hostile file can neither fetch nor inflate anything); the HTML entities NITF's DTD
declares (`&mdash;`) are read as their characters. Element names are matched without their
namespace, so every NITF and NewsML-G2 version reads alike.

Imports the standard library, lxml and `core` only.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from wirediff.core.errors import EmptyInput
from wirediff.core.formats.blocks import INVISIBLE_TAGS, local_name, text_blocks
from wirediff.core.formats.package import parse_xml
from wirediff.core.formats.story import Format, Story, join_paragraphs
from wirediff.core.result import StoryMeta

NITF_KIND = "NITF file"
NEWSML_KIND = "NewsML-G2 file"

# Elements of NITF's body that are paragraphs on a page (HTML's names where XHTML is inlined).
_NITF_BLOCKS = frozenset(
    {"p", "hl1", "hl2", "li", "td", "th", "pre", "dt", "dd", "tagline", "credit", "h1", "h2"}
    | {"h3", "h4", "h5", "h6", "blockquote", "div", "tr", "caption", "figcaption"}
)
# Parts of a body that are not the story's text: set aside, not dropped.
_NITF_ASIDE = frozenset({"media", "note", "figure", "figcaption", "aside"})
_BASIC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")


def read_nitf(raw: bytes) -> Story:
    """The story of an NITF file; raises `CorruptInput` or `EmptyInput`."""
    root = _parse(raw, NITF_KIND)
    nitf = root if local_name(root) == "nitf" else _first(root, "nitf")
    if nitf is None:
        raise EmptyInput("the NITF file holds no story")
    paragraphs, set_aside, meta = _nitf_story(nitf)
    return _story(paragraphs, set_aside, meta, root, NITF_KIND)


def read_newsml(raw: bytes) -> Story:
    """The story of a NewsML-G2 message or item; raises `CorruptInput` or `EmptyInput`."""
    root = _parse(raw, NEWSML_KIND)
    items = [root] if local_name(root) == "newsitem" else _all(root, "newsitem")
    for item in items:
        content = _text_content(item)
        if content is not None:
            return _newsml_story(item, content, root)
    raise EmptyInput("the NewsML-G2 file holds no text item (only pictures, video or links)")


def _parse(raw: bytes, kind: str) -> etree._Element:
    root = parse_xml(raw, kind, "the story")
    _expand_html_entities(root)
    return root


def _story(
    paragraphs: list[str],
    set_aside: list[str],
    meta: StoryMeta,
    root: etree._Element,
    kind: str,
) -> Story:
    text = join_paragraphs(paragraphs)
    if not text:
        raise EmptyInput(f"the {kind} holds no text")
    encoding = (root.getroottree().docinfo.encoding or "utf-8").lower()
    return Story(text, meta, encoding=encoding, set_aside=tuple(set_aside))


# -- NITF ---------------------------------------------------------------------------------


def _nitf_story(nitf: etree._Element) -> tuple[list[str], list[str], StoryMeta]:
    head = _first(nitf, "head")
    body_head = _first(nitf, "body.head")
    headline = _text(_first(body_head, "hl1")) or _text(_first(head, "title"))
    byline = _text(_first(body_head, "byline"))
    dateline = _text(_first(body_head, "dateline"))
    paragraphs = [headline, _text(_first(body_head, "hl2")), byline, dateline]
    set_aside = [_text(_first(body_head, "abstract"))]
    story, aside = _body_blocks(_first(nitf, "body.content"))
    paragraphs += story
    set_aside += aside
    end, end_aside = _body_blocks(_first(nitf, "body.end"))
    paragraphs += end
    set_aside += end_aside
    docdata = _first(head, "docdata")
    date = (
        _attribute(docdata, "date.issue", "norm")
        or _attribute(docdata, "date.release", "norm")
        or _attribute(body_head, "story.date", "norm")
    )
    meta = StoryMeta(
        Format.NITF.value,
        title=headline or None,
        byline=_byline_names(_first(body_head, "byline")) or byline or None,
        date=iso_date(date) if date else None,
        site=_attribute(head, "pubdata", "name")
        or _text(_first(body_head, "distributor"))
        or _attribute(docdata, "doc.copyright", "holder")
        or None,
        version=_attribute(docdata, "du-key", "version") or None,
        urgency=_attribute(docdata, "urgency", "ed-urg") or None,
    )
    return paragraphs, [text for text in set_aside if text], meta


def _body_blocks(body: etree._Element | None) -> tuple[list[str], list[str]]:
    """The story's blocks of a body, and the blocks of its captions and notes."""
    if body is None:
        return [], []
    story = text_blocks(
        body, block_tags=_NITF_BLOCKS, skip_tags=INVISIBLE_TAGS | _NITF_ASIDE, skip_hidden=False
    )
    aside = [
        block
        for element in body.iter()
        if local_name(element) in _NITF_ASIDE
        and not any(local_name(up) in _NITF_ASIDE for up in element.iterancestors())
        for block in text_blocks(element, block_tags=_NITF_BLOCKS, skip_hidden=False)
    ]
    return story, aside


def _byline_names(byline: etree._Element | None) -> str:
    """The people a byline names (`<person>`), else "" (the byline's text is used then)."""
    if byline is None:
        return ""
    return ", ".join(_text(person) for person in _all(byline, "person") if _text(person))


# -- NewsML-G2 ----------------------------------------------------------------------------


def _text_content(item: etree._Element) -> etree._Element | None:
    """The item's text content (`inlineXML` or `inlineData`), None for a picture or video."""
    content_set = _first(item, "contentset")
    if content_set is None:
        return None
    for content in content_set:
        name = local_name(content)
        kind = (content.get("contenttype") or "").lower()
        if name == "inlinexml" or (name == "inlinedata" and kind.startswith("text/")):
            return content
    return None


def _newsml_story(item: etree._Element, content: etree._Element, root: etree._Element) -> Story:
    content_meta = _first(item, "contentmeta")
    item_meta = _first(item, "itemmeta")
    headline = _headline(content_meta)
    byline = _text(_first(content_meta, "by"))
    dateline = _text(_first(content_meta, "dateline"))
    set_aside: list[str] = []
    if local_name(content) == "inlinedata":
        body = (content.text or "").replace("\r\n", "\n").split("\n\n")
    else:
        nitf = _first(content, "nitf")
        if nitf is not None:
            body, set_aside, _ = _nitf_story(nitf)
            body = [text for text in body if text not in (headline, byline, dateline)]
        else:
            xhtml_body = _first(content, "body")
            body, set_aside = _body_blocks(xhtml_body if xhtml_body is not None else content)
            body = [text for text in body if text != headline]
    date = (
        _text(_first(item_meta, "versioncreated"))
        or _text(_first(content_meta, "contentcreated"))
        or _text(_first(item_meta, "firstcreated"))
    )
    meta = StoryMeta(
        Format.NEWSML.value,
        title=headline or None,
        byline=byline or None,
        date=iso_date(date) if date else None,
        site=_text(_first(content_meta, "creditline")) or _provider(item_meta) or None,
        version=item.get("version") or None,
        urgency=_text(_first(content_meta, "urgency")) or None,
    )
    paragraphs = [headline, byline, dateline, *body]
    return _story(paragraphs, set_aside, meta, root, NEWSML_KIND)


def _headline(content_meta: etree._Element | None) -> str:
    """The main headline: one with no role or the main role, else the first."""
    headlines = _all(content_meta, "headline") if content_meta is not None else []
    for headline in headlines:
        if (headline.get("role") or "main").rsplit(":", 1)[-1] == "main":
            return _text(headline)
    return _text(headlines[0]) if headlines else ""


def _provider(item_meta: etree._Element | None) -> str:
    """The provider's name (`literal`), else its code without scheme ("nprov:AP" gives AP)."""
    provider = _first(item_meta, "provider")
    if provider is None:
        return ""
    name = _text(_first(provider, "name")) or provider.get("literal") or ""
    return name or (provider.get("qcode") or "").rsplit(":", 1)[-1]


# -- shared -------------------------------------------------------------------------------


def iso_date(value: str) -> str:
    """A wire date in ISO 8601's extended form (NITF writes the basic one); others as written.

    >>> iso_date("20240603T140200Z"), iso_date("20240603T1402+0100"), iso_date("20240603")
    ('2024-06-03T14:02:00Z', '2024-06-03T14:02:00+01:00', '2024-06-03')
    >>> iso_date("2024-06-03T14:02:00Z")
    '2024-06-03T14:02:00Z'
    """
    found = _BASIC_DATE.match(value.strip())
    if not found:
        return value.strip()
    year, month, day, hour, minute, second, zone = found.groups()
    date = f"{year}-{month}-{day}"
    if hour is None:
        return date
    offset = "" if zone is None else "Z" if zone == "Z" else f"{zone[:3]}:{zone[3:]}"
    return f"{date}T{hour}:{minute}:{second or '00'}{offset}"


def _expand_html_entities(root: etree._Element) -> None:
    """Replace entity references the parser kept (`&mdash;`) by their characters, in place.

    >>> from wirediff.core.formats.package import parse_xml
    >>> root = parse_xml(b'<!DOCTYPE nitf SYSTEM "nitf.dtd"><p>a &mdash; b &zork; c</p>', "f")
    >>> _expand_html_entities(root)
    >>> "".join(root.itertext())
    'a — b &zork; c'
    """
    for entity in list(root.iter(etree.Entity)):
        reference = entity.text or ""
        character = html.unescape(reference)
        if character == reference:
            continue  # not an HTML entity: kept as written, for the user to see
        parent = entity.getparent()
        if parent is None:
            continue
        replacement = character + (entity.tail or "")
        previous = entity.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + replacement
        else:
            previous.tail = (previous.tail or "") + replacement
        parent.remove(entity)


def _first(root: etree._Element | None, name: str) -> etree._Element | None:
    """The first element under `root` named `name` (any namespace, any case), or None."""
    if root is None:
        return None
    for element in root.iter():
        if element is not root and local_name(element) == name.lower():
            return element
    return None


def _all(root: etree._Element | None, name: str) -> list[etree._Element]:
    if root is None:
        return []
    return [element for element in root.iter() if local_name(element) == name.lower()]


def _text(element: etree._Element | None) -> str:
    """An element's text with white space folded ("" for None)."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _attribute(root: etree._Element | None, name: str, attribute: str) -> str:
    element = _first(root, name)
    return (element.get(attribute) or "").strip() if element is not None else ""
