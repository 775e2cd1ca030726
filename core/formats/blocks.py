"""Text blocks of a markup tree: one string per paragraph-like element, white space folded.

Both readers of a web page walk trees with it: the page as parsed (its visible text, the
fallback and the source of furniture) and the story the extractor kept, so the two sides
split text the same way and can be matched block for block. Line breaks (`<br>`) end a block,
as they end a paragraph on screen.

Imports the standard library and lxml only.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

# Elements whose contents a reader of the page never sees as text.
INVISIBLE_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "datalist",
        "audio",
        "video",
        "map",
    }
)

# Elements that start and end a block of text on screen (HTML), or in the extractor's tree.
HTML_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "address",
        "form",
        "fieldset",
        "legend",
        "label",
        "button",
        "details",
        "summary",
        "hr",
        "body",
        "html",
        "center",
        "hgroup",
        "menu",
        "dialog",
        "tbody",
        "thead",
        "tfoot",
        "option",
    }
)
BREAK_TAGS = frozenset({"br", "lb"})


def local_name(element: etree._Element) -> str:
    """The lower-case tag name without namespace ("" for comments and processing instructions).

    >>> local_name(etree.fromstring('<x:p xmlns:x="urn:a"/>'))
    'p'
    """
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = _LOCAL_NAMES[tag] = tag.rsplit("}", 1)[-1].lower()
    return name


# Tag names as lxml gives them, to their local lower-case names: pages use a few dozen tags,
# each met thousands of times in a large page.
_LOCAL_NAMES: dict[str, str] = {}


def is_hidden(element: etree._Element) -> bool:
    """Whether the page hides the element from every reader (`hidden`, `display:none`)."""
    # element.get, not element.attrib: the attribute proxy costs more than the look-ups.
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style) and "display:none" in style.replace(" ", "").lower()


def text_blocks(
    root: etree._Element,
    *,
    block_tags: Iterable[str] = HTML_BLOCK_TAGS,
    skip_tags: Iterable[str] = INVISIBLE_TAGS,
    skip_hidden: bool = True,
    newline_breaks: bool = False,
) -> list[str]:
    """The text of `root` as blocks, in document order, each with white space folded.

    `newline_breaks` makes a line break in the text end a block too, for trees whose text
    already holds one line per paragraph (trafilatura's fallback extraction gives those).

    >>> page = etree.fromstring("<div><p>One <b>bold</b> line<br/>two</p>tail<p> </p></div>")
    >>> text_blocks(page)
    ['One bold line', 'two', 'tail']
    >>> text_blocks(etree.fromstring("<p>a<script>x</script>b<!-- c -->d<i hidden='1'>h</i>e</p>"))
    ['abde']
    """
    blocks: list[str] = []
    current: list[str] = []
    block_set = frozenset(block_tags)
    skip_set = frozenset(skip_tags)

    def flush() -> None:
        if not current:
            return
        joined = "".join(current)
        for line in joined.split("\n") if newline_breaks else (joined,):
            text = " ".join(line.split())
            if text:
                blocks.append(text)
        current.clear()

    # Comments and processing instructions come as their own events, with no "end".
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        name = local_name(element)
        if event in ("comment", "pi"):
            if element.tail:
                current.append(element.tail)
            continue
        if event == "start":
            skipped = name in skip_set or (skip_hidden and is_hidden(element))
            if skipped:
                walker.skip_subtree()  # its "end" event still comes, and takes the tail
                continue
            if name in block_set or name in BREAK_TAGS:
                flush()
            if element.text:
                current.append(element.text)
            continue
        if name in block_set or name in BREAK_TAGS:
            flush()
        if element is not root and element.tail:
            current.append(element.tail)
    flush()
    return blocks
