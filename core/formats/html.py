"""Read a web page: the article's text and metadata, with the rest of the page set aside.

The page's bytes are decoded by `core.text.decode` with the page's own charset declaration
(or the server's) as a hint only, since pages that declare one encoding and hold another are
common. trafilatura then finds the article (see bench/bench_html.py for why it was kept) and
its metadata; every visible block of the page that is not part of the article becomes set-aside
furniture, so a user can still see what was dropped. When trafilatura finds no article, the
page's visible text is the story and a notice says so. Mojibake repair is not done here: it
runs on the extracted text, as for any file.

Imports the standard library, lxml, trafilatura (on first use), `core.errors`, `core.result`,
`core.text.decode` and `core.formats`; never Qt.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml import etree, html

from wirediff.core.errors import EmptyInput, InputTooLarge
from wirediff.core.formats.blocks import text_blocks
from wirediff.core.formats.story import Format, Story, join_paragraphs
from wirediff.core.result import StoryMeta
from wirediff.core.text.decode import Decoded, decode_as, decode_bytes

MAX_PAGE_BYTES = 16 * 1024 * 1024
"""Largest page read: saved pages with inline images reach a few MB; beyond this is not a page."""

CHARSET_SNIFF_BYTES = 4096
"""Browsers look for `<meta charset>` in the first 1024 bytes; generous pages get more."""

FAST_EXTRACTION_BYTES = 256 * 1024
"""Pages larger than this skip trafilatura's second opinion (readability, jusText): on a page
of a megabyte it triples the time, and such pages have text enough for the main extractor."""

METADATA_BODY_CHARS = 64 * 1024
"""How much of a large page's body its metadata is looked for in, after the head: the
headline, byline and dateline sit above the story, and 64 KB of markup is several screens of
navigation; reading the metadata of a whole 1 MB page took a third of its time."""

_DATE_OPTIONS = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}

NO_ARTICLE_NOTICE = "No article found in the page: showing all its visible text"

# Blocks of the extractor's tree: trafilatura's own element names.
_STORY_BLOCK_TAGS = frozenset({"p", "head", "item", "quote", "cell", "list", "row", "code"})

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE | re.DOTALL
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_MIDNIGHT = re.compile(r"T00:00:00(?:\+0000|Z)?$")
_SHORTEST_MATCHED_CHARS = 20


@dataclass(frozen=True, slots=True)
class _Extraction:
    paragraphs: list[str]
    meta: StoryMeta


def declared_charset(raw: bytes, content_type: str | None = None) -> str | None:
    """The encoding the server or the page declares, if any (the server's wins, as in browsers).

    >>> declared_charset(b'<html><head><meta charset="windows-1252">')
    'windows-1252'
    >>> declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=koi8-r'>")
    'koi8-r'
    >>> declared_charset(b"<p>", "text/html; charset=UTF-8")
    'UTF-8'
    """
    if content_type:
        found = _HEADER_CHARSET.search(content_type)
        if found:
            return found.group(1)
    sniffed = _META_CHARSET.search(raw[:CHARSET_SNIFF_BYTES])
    return sniffed.group(1).decode("ascii") if sniffed else None


def decode_page(raw: bytes, content_type: str | None, encoding: str | None) -> Decoded:
    """The page as text: the forced codec, else detection with the declaration as a hint."""
    if encoding is not None:
        return decode_as(raw, encoding)
    return decode_bytes(raw, declared=declared_charset(raw, content_type))


def read_html(
    raw: bytes,
    *,
    content_type: str | None = None,
    encoding: str | None = None,
    url: str | None = None,
) -> Story:
    """The story of a web page; raises `InputTooLarge` or `EmptyInput` for pages it cannot read."""
    if len(raw) > MAX_PAGE_BYTES:
        raise InputTooLarge(
            f"the page is {len(raw) / 2**20:.0f} MiB; wirediff reads web pages up to "
            f"{MAX_PAGE_BYTES // 2**20} MiB"
        )
    decoded = decode_page(raw, content_type, encoding)
    markup = _XML_DECLARATION.sub("", decoded.text, count=1)
    if not markup.strip():
        raise EmptyInput("the page holds no text")
    try:
        tree = html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        raise EmptyInput("the page holds no text") from None
    # What the reader needs of the page as it was comes first: the extractor prunes the tree.
    visible = text_blocks(tree)
    headline = _page_headline(tree)
    large = len(raw) > FAST_EXTRACTION_BYTES
    extraction = _extract_article(tree, _metadata_tree(markup) if large else tree, url, fast=large)
    notices: tuple[str, ...] = ()
    paragraphs = extraction.paragraphs
    if not paragraphs:
        if not visible:
            raise EmptyInput("the page holds no visible text")
        paragraphs, notices = visible, (NO_ARTICLE_NOTICE,)
    if headline and headline not in paragraphs[:3]:
        paragraphs = [headline, *paragraphs]
    return Story(
        text=join_paragraphs(paragraphs),
        meta=extraction.meta,
        encoding=decoded.encoding,
        confidence=decoded.confidence,
        set_aside=tuple(set_aside_blocks(visible, paragraphs)),
        notices=notices,
    )


def set_aside_blocks(visible: list[str], story: list[str]) -> list[str]:
    """The visible blocks that are not part of the story, in page order.

    A block counts as story when it is one of the story's paragraphs, or a long enough piece
    of one (the extractor sometimes joins two blocks of the page into one paragraph).

    >>> set_aside_blocks(["Home", "Storm hits the coast today.", "Share"],
    ...                  ["Storm hits the coast today."])
    ['Home', 'Share']
    """
    paragraphs = set(story)
    joined = "\n".join(story)
    # Pages repeat their furniture (a caption under every photo, a share bar per section):
    # each distinct block is looked for in the story once.
    in_story: dict[str, bool] = {}
    aside = []
    for block in visible:
        if block in paragraphs or len(block) < _SHORTEST_MATCHED_CHARS:
            if block not in paragraphs:
                aside.append(block)
            continue
        if block not in in_story:
            in_story[block] = block in joined
        if not in_story[block]:
            aside.append(block)
    return aside


def _page_headline(tree: html.HtmlElement) -> str | None:
    """The text of the page's first `<h1>`, the headline a reader sees above the story."""
    for heading in tree.iter("h1"):
        blocks = text_blocks(heading)
        if blocks:
            return " ".join(blocks)
    return None


def _metadata_tree(markup: str) -> html.HtmlElement:
    """The part of a large page its metadata is read from: the head (meta tags, JSON-LD) and
    the start of the body (headline, byline, dateline), not the megabyte below them."""
    head_end = markup.find("</head>")
    end = (head_end if head_end >= 0 else 0) + METADATA_BODY_CHARS
    return html.document_fromstring(markup[:end])


def _extract_article(
    tree: html.HtmlElement, metadata_tree: html.HtmlElement, url: str | None, *, fast: bool
) -> _Extraction:
    """The article's paragraphs in `tree` (which trafilatura may prune) and the metadata read
    from `metadata_tree` (the page, or for a large page its top)."""
    # Imported here: trafilatura takes a third of a second to import, and only pages need it.
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import Document as Extracted

    # trafilatura logs its doubts as warnings; the user gets our notice instead.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    # Read first, as bare_extraction(with_metadata=True) does, on the tree not yet pruned.
    found = extract_metadata(metadata_tree, url, _DATE_OPTIONS, fast)
    meta = StoryMeta(
        Format.HTML.value,
        title=found.title or None,
        byline=found.author or None,
        date=_MIDNIGHT.sub("", found.date) if found.date else None,
        site=found.sitename or found.hostname or None,
        url=found.url or url,
    )
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=fast,
        # Not "python", which also renders the article as text: the tree is all we read.
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if not isinstance(result, Extracted) or result.body is None:  # None when it found nothing
        return _Extraction([], meta)
    paragraphs = text_blocks(
        result.body, block_tags=_STORY_BLOCK_TAGS, skip_hidden=False, newline_breaks=True
    )
    return _Extraction(paragraphs, meta)
