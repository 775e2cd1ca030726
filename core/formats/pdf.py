"""Read a PDF's text layer as paragraphs, without its running heads, footers and page numbers.

pypdfium2 (PDFium, the engine of Chrome's viewer) gives each page's text segments with their
boxes, in the order the page draws them, which for laid-out articles is column by column; see
bench/bench_pdf.py for the measurement against pypdf and pdfminer.six. From the boxes:

- segments on one baseline become one line;
- a paragraph ends where the gap to the next line is clearly wider than the page's usual line
  spacing, or where a short line ends a sentence; at a jump to the next column or page, where
  the last line ends a sentence;
- a word hyphenated at a line end is joined ("govern-" + "ment"), and a compound keeps its
  hyphen ("second-largest"), as the document's own words tell (see `_join_lines`);
- lines at the top or bottom of pages that repeat on other pages (digits aside), and lone page
  numbers, are set aside as furniture.

A PDF without any text is scanned pages: `NoTextLayer`, suggesting OCR. A password-protected
one is `EncryptedInput`, a damaged one `CorruptInput`.

Imports the standard library, pypdfium2 (on first use) and `core` only.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from wirediff.core.errors import CorruptInput, EncryptedInput, InputTooLarge, NoTextLayer
from wirediff.core.formats.story import Format, Story, join_paragraphs
from wirediff.core.result import StoryMeta

MAX_PAGES = 2000
"""Most pages read: a long report, far beyond an article."""

PARAGRAPH_GAP_FACTOR = 1.4
"""A gap between lines this many times the usual line spacing ends a paragraph."""

SHORT_LINE_SHARE = 0.75
"""A line ending a sentence and shorter than this share of the usual line ends a paragraph."""

EDGE_LINES = 2
"""Lines at the top and at the bottom of each page that may be running heads or footers."""

# PDFium ends its lines with CR LF, and joins a line ending in a hyphen to the next itself,
# marking the hyphen as U+FFFE: both are line ends here (the hyphen stays with its line).
_SOFT_BREAK = re.compile("\r\n|(?<=\ufffe)")
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", ")")
# PDFium marks a hyphen it found at a line end with one of these instead of "-".
_LINE_END_HYPHENS = ("\x02", "\ufffe", "-", "\N{SOFT HYPHEN}", "\N{HYPHEN}")
_IGNORED_METADATA = frozenset({"", "untitled", "anonymous", "unspecified", "unknown"})


@dataclass(slots=True)
class _Line:
    text: str
    left: float
    bottom: float
    right: float
    top: float


def read_pdf(raw: bytes) -> Story:
    """The story of a PDF; raises a one-line `InputError` for PDFs it cannot read."""
    import pypdfium2 as pdfium  # imported here: only PDFs need it

    try:
        document = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise EncryptedInput(
                "the PDF is protected by a password: open it in a PDF viewer, "
                "save a copy without protection and open that"
            ) from None
        raise CorruptInput("the PDF is damaged: no PDF reader can open it") from None
    try:
        if len(document) > MAX_PAGES:
            raise InputTooLarge(f"the PDF has {len(document)} pages; wirediff reads {MAX_PAGES}")
        pages = [_page_lines(document[index]) for index in range(len(document))]
        metadata = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    if not any(pages):
        raise NoTextLayer(
            "the PDF holds images of pages and no text (a scan?): "
            "run it through OCR (for example ocrmypdf) and open the result"
        )
    furniture = _running_lines(pages)
    story_lines = [line for page in pages for line in page if id(line) not in furniture]
    set_aside = tuple(
        dict.fromkeys(line.text for page in pages for line in page if id(line) in furniture)
    )
    return Story(
        join_paragraphs(_paragraphs(story_lines)),
        _metadata(metadata),
        set_aside=set_aside,
    )


def _page_lines(page: object) -> list[_Line]:
    """The page's lines in drawing order, each with the box of its first and last letters.

    PDFium breaks the page's text into lines itself; the boxes come from two letters per line
    (their "loose" boxes, the font's full height, so descenders do not move a line), because
    asking for the box or the text of every segment costs a scan of the page each time.
    """
    text_page = page.get_textpage()  # type: ignore[attr-defined]
    lines: list[_Line] = []
    try:
        text = text_page.get_text_range()
        # The text holds one character per character index only when every character is in
        # the Basic Multilingual Plane; otherwise boxes are looked up by search, not by index.
        indexable = len(text) == text_page.count_chars()
        start = 0
        for piece in _SOFT_BREAK.split(text):
            stripped = piece.strip()
            if stripped and indexable:
                first = start + piece.index(stripped[0])
                last = first + len(stripped) - 1
                left, bottom, _, top = text_page.get_charbox(first, loose=True)
                _, last_bottom, right, last_top = text_page.get_charbox(last, loose=True)
                lines.append(
                    _Line(stripped, left, min(bottom, last_bottom), right, max(top, last_top))
                )
            elif stripped:
                lines.append(_Line(stripped, 0.0, -float(len(lines)), 0.0, -float(len(lines))))
            start += len(piece) + (2 if text.startswith("\r\n", start + len(piece)) else 0)
    finally:
        text_page.close()
    return lines


def _running_lines(pages: list[list[_Line]]) -> set[int]:
    """The ids of lines that are running heads, footers or page numbers."""
    edges = [
        [
            *sorted(page, key=lambda line: -line.top)[:EDGE_LINES],
            *sorted(page, key=lambda line: line.bottom)[:EDGE_LINES],
        ]
        for page in pages
    ]
    shapes = Counter(
        shape for page in edges for shape in {_DIGITS.sub("#", line.text) for line in page}
    )
    repeated = max(2, (len(pages) + 1) // 2)
    return {
        id(line)
        for page in edges
        for line in page
        if _PAGE_NUMBER.match(line.text)
        or (len(pages) > 1 and shapes[_DIGITS.sub("#", line.text)] >= repeated)
    }


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Lines joined into paragraphs (see the module docstring for the rules)."""
    if not lines:
        return []
    steps = [
        previous.bottom - line.bottom
        for previous, line in itertools.pairwise(lines)
        if 0 < previous.bottom - line.bottom < 3 * (previous.top - previous.bottom)
    ]
    # The lower quartile, not the median: in a short text of short paragraphs, gaps between
    # paragraphs can be as many as the steps between lines.
    spacing = sorted(steps)[len(steps) // 4] if steps else 0.0
    widths = [line.right - line.left for line in lines]
    usual_width = statistics.median(widths)
    vocabulary = _vocabulary(lines)
    paragraphs: list[str] = []
    current = lines[0].text
    for previous, line in itertools.pairwise(lines):
        step = previous.bottom - line.bottom
        same_column = step > 0
        wide_gap = same_column and spacing > 0 and step > PARAGRAPH_GAP_FACTOR * spacing
        short_end = (
            previous.right - previous.left < SHORT_LINE_SHARE * usual_width
            and previous.text.endswith(_SENTENCE_END)
        )
        # Where a column or page ends, only a finished sentence says the paragraph ended.
        column_end = not same_column and previous.text.endswith(_SENTENCE_END)
        if wide_gap or short_end or column_end:
            paragraphs.append(current)
            current = line.text
        else:
            current = _join_lines(current, line.text, vocabulary)
    paragraphs.append(current)
    return [_clean(paragraph) for paragraph in paragraphs]


def _vocabulary(lines: list[_Line]) -> frozenset[str]:
    """Every word the document writes whole, lower-cased, hyphenated compounds both whole and
    in parts ("well-known", "well", "known"); the pieces around a line-end hyphen are not."""
    words: set[str] = set()
    broken = False  # the previous line ended in a hyphen, so this one starts with a piece
    for line in lines:
        found = re.findall(r"\w+(?:-\w+)*", line.text)
        ends_broken = line.text.endswith(_LINE_END_HYPHENS)
        for word in found[int(broken) : len(found) - int(ends_broken)]:
            lowered = word.lower()
            words.add(lowered)
            if "-" in lowered:
                words.update(lowered.split("-"))
        broken = ends_broken
    return frozenset(words)


def _join_lines(text: str, following: str, vocabulary: frozenset[str]) -> str:
    """Two lines of one paragraph joined, with a line-end hyphen resolved.

    The hyphen of a word broken across lines goes, that of a compound stays. Without a
    dictionary, the document is the judge: the hyphenated form written elsewhere keeps it, the
    joined form written elsewhere drops it, and otherwise it stays only when both halves are
    words the document uses on their own ("second-" + "largest", not "offi-" + "cials").

    >>> _join_lines("the govern-", "ment said", frozenset())
    'the government said'
    >>> _join_lines("a well-", "known case", frozenset({"well-known"}))
    'a well-known case'
    >>> _join_lines("its second-", "largest city", frozenset({"second", "largest"}))
    'its second-largest city'
    >>> _join_lines("U.S.-", "Led", frozenset())
    'U.S.-Led'
    """
    if text.endswith(_LINE_END_HYPHENS) and len(text) > 1 and not text[-2].isspace():
        stem = text[:-1]
        head = re.search(r"\w+$", stem)
        tail = re.match(r"\w+", following)
        if head and tail and text[-2].isalpha() and following[:1].islower():
            first, second = head.group().lower(), tail.group().lower()
            if f"{first}-{second}" in vocabulary:
                return f"{stem}-{following}"
            if first + second in vocabulary:
                return stem + following
            if first in vocabulary and second in vocabulary:
                return f"{stem}-{following}"
            return stem + following
        return f"{stem}-{following}"
    return f"{text} {following}"


def _clean(paragraph: str) -> str:
    for marker in ("\x02", "\ufffe"):
        paragraph = paragraph.replace(marker, "-")
    return " ".join(paragraph.split())


def _metadata(metadata: dict[str, str]) -> StoryMeta:
    def field(key: str) -> str | None:
        value = metadata.get(key, "").strip()
        return None if value.lower() in _IGNORED_METADATA else value

    return StoryMeta(
        Format.PDF.value,
        title=field("Title"),
        byline=field("Author"),
        date=_pdf_date(field("ModDate") or field("CreationDate")),
    )


def _pdf_date(value: str | None) -> str | None:
    """A PDF date ("D:20240603140200+00'00'") in ISO 8601.

    >>> _pdf_date("D:20240603140200+00'00'")
    '2024-06-03T14:02:00+00:00'
    >>> _pdf_date("D:20240603")
    '2024-06-03'
    """
    if not value:
        return None
    found = re.match(
        r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?", value
    )
    if not found:
        return value
    year, month, day, hour, minute, second, zone = found.groups()
    date = "-".join(part for part in (year, month, day) if part)
    if hour is None:
        return date
    time = f"{hour}:{minute or '00'}:{second or '00'}"
    if zone in (None, "Z"):
        return f"{date}T{time}{'Z' if zone else ''}"
    digits = zone.replace("'", "")
    return f"{date}T{time}{digits[:3]}:{digits[3:5]}"
