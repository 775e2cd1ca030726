"""Read an RTF document (Word, WordPad, LibreOffice, TextEdit): its paragraphs and metadata.

striprtf turns the control words into text: `\\par` and `\\line` end paragraphs, `\\'hh` bytes
are decoded in the document's code page (`\\ansicpg`, or a font's `\\fcharset`), `\\uN`
escapes give Unicode with their fallback characters skipped, and destinations (font and
colour tables, styles, pictures, footnotes, headers) are left out. Around it this reader
decodes the file's bytes in its declared code page, joins the UTF-16 surrogate halves that
`\\uN` writes for characters beyond the Basic Multilingual Plane, keeps a link's text without
its address, and reads title, author and creation time from the `\\info` group. A file cut
short (its braces never close) is read as far as it goes, with a notice. A file with tracked
changes (`\\deleted`, `\\revised`) is read twice, with the changes accepted and as originally
written (`core.formats.rtf_revisions`), as Word and OpenDocument files are.

Imports the standard library, striprtf (on first use) and `core` only.
"""

from __future__ import annotations

import codecs
import re

from wirediff.core.errors import EmptyInput
from wirediff.core.formats.rtf_revisions import DELETED, INSERTED, has_revisions, without_marked
from wirediff.core.formats.story import Format, Story, join_paragraphs
from wirediff.core.result import StoryMeta

CUT_SHORT_NOTICE = "The RTF file is cut short: showing the text it holds"

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_INFO_FIELD = re.compile(r"\{\\(title|author|subject|creatim)\b\s?")
_TIME_PART = re.compile(r"\\(yr|mo|dy|hr|min)(\d+)")
_ESCAPED_BRACE = re.compile(r"\\[\\{}]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def read_rtf(raw: bytes) -> Story:
    """The story of an RTF file; raises `EmptyInput` when it holds no text. A file with tracked
    changes gives the text with the changes accepted and, as `original`, as written."""
    code_page = _code_page(raw)
    source = raw.decode(code_page, errors="replace")
    # striprtf rewrites a compact hyperlink field as "text(address)"; a space after
    # \fldinst keeps the field as written, whose shown text is what a reader sees.
    source = source.replace("\\fldinst{", "\\fldinst {")
    original = None
    if has_revisions(source):
        original = _paragraphs(without_marked(source, INSERTED), code_page)
        paragraphs = _paragraphs(without_marked(source, DELETED), code_page)
    else:
        paragraphs = _paragraphs(source, code_page)
    if not paragraphs and not original:
        raise EmptyInput("the RTF file holds no text")
    notices = (CUT_SHORT_NOTICE,) if _is_cut_short(source) else ()
    return Story(
        paragraphs,
        _meta(source, code_page),
        encoding=code_page,
        notices=notices,
        original=original,
    )


def _paragraphs(source: str, code_page: str) -> str:
    """The text striprtf reads from `source`, as paragraphs."""
    from striprtf.striprtf import rtf_to_text

    text = _join_surrogates(rtf_to_text(source, encoding=code_page, errors="replace"))
    return join_paragraphs([" ".join(line.split()) for line in text.split("\n")])


def _code_page(raw: bytes) -> str:
    """The code page the document declares (`\\ansicpg1251` gives cp1251), else cp1252.

    >>> _code_page(rb"{\\rtf1\\ansi\\ansicpg1251\\deff0"), _code_page(rb"{\\rtf1\\ansi")
    ('cp1251', 'cp1252')
    """
    found = _CODE_PAGE.search(raw[:4096])
    if found:
        name = f"cp{found.group(1).decode('ascii')}"
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    return "cp1252"


def _join_surrogates(text: str) -> str:
    r"""Characters `\uN` wrote as two UTF-16 halves, made whole.

    >>> _join_surrogates("smile \ud83d\ude00")
    'smile 😀'
    """
    return _SURROGATE_PAIR.sub(
        lambda pair: pair.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text
    )


def _is_cut_short(source: str) -> bool:
    """Whether the document's outer group never closes (the file ends early)."""
    unescaped = _ESCAPED_BRACE.sub("", source)
    return unescaped.count("{") > unescaped.count("}")


def _meta(source: str, code_page: str) -> StoryMeta:
    """Title, author (as byline) and creation time from the `\\info` group."""
    from striprtf.striprtf import rtf_to_text

    fields: dict[str, str] = {}
    start = source.find("{\\info")
    if start < 0:
        return StoryMeta(Format.RTF.value)
    info = _group(source, start)
    for found in _INFO_FIELD.finditer(info):
        # Up to its closing brace, or to the end when a file cut short ends inside the field.
        end = _group_end(info, found.start())
        body = info[found.end() : end - 1 if end is not None else len(info)]
        name = found.group(1)
        if name == "creatim":
            fields[name] = _timestamp(body)
        else:
            # The field is RTF too (escapes, \uN), read in the document's code page.
            plain = rtf_to_text("{\\rtf1 " + body + "}", encoding=code_page, errors="replace")
            fields[name] = " ".join(_join_surrogates(plain).split())
    return StoryMeta(
        Format.RTF.value,
        title=fields.get("title") or None,
        byline=fields.get("author") or None,
        date=fields.get("creatim") or None,
    )


def _group(source: str, start: int) -> str:
    """The brace group that opens at `start`, braces included (to the end if it never closes)."""
    end = _group_end(source, start)
    return source[start:end] if end is not None else source[start:]


def _group_end(source: str, start: int) -> int | None:
    """Where the brace group that opens at `start` ends (after its closing brace), or None
    when it never closes.

    >>> _group_end(r"{a\\}{b}}c", 0), _group_end(r"{a{b}", 0)
    (8, None)
    """
    depth = 0
    index = start
    while index < len(source):
        character = source[index]
        if character == "\\":
            index += 2
            continue
        if character == "{":
            depth += 1
        elif character == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _timestamp(body: str) -> str:
    r"""An RTF time (`\yr2024\mo6\dy3\hr14\min2`) in ISO 8601 ("" when it has no year).

    >>> _timestamp(r"\yr2024\mo6\dy3\hr14\min2"), _timestamp(r"\yr2024\mo6\dy3")
    ('2024-06-03T14:02', '2024-06-03')
    """
    parts = {name: int(value) for name, value in _TIME_PART.findall(body)}
    if "yr" not in parts:
        return ""
    day = f"{parts['yr']:04d}-{parts.get('mo', 1):02d}-{parts.get('dy', 1):02d}"
    if "hr" not in parts and "min" not in parts:
        return day
    return f"{day}T{parts.get('hr', 0):02d}:{parts.get('min', 0):02d}"
