"""What the versions list shows of one version, worked out from a core `Document`.

Headline (the first line of the story), word count, the "name · encoding · repairs · words" line,
the tooltip, and short distinct labels for narrow places (matrix column titles). Used by
`gui.models.versions_model` and `gui.models.matrix_model`; `VersionFacts` keeps the costly ones,
since a text may be megabytes long.

Pure Python: may import `core` and the standard library; never PySide6.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from wirediff.core.furniture.classify import classify_paragraphs

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirediff.core.result import Document

# Longest short label (matrix column titles); longer names are cut and end in "…".
SHORT_LABEL_CHARS = 6
HEADLINE_CHARS = 200
_LEADING_NUMBER = re.compile(r"^\d+")


def headline_of(document: Document) -> str:
    """The version's headline: the one its file declares (a page's, a Word file's title), else
    its first paragraph that is not page furniture, which is the headline in a wire copy.

    A page saved as text often opens with its site's name, a skip link or a view counter
    (`core.furniture`); naming the version by that would make every copy from one site look
    alike. When every paragraph is furniture, the first line of text is all there is.
    """
    if document.meta.title:
        return " ".join(document.meta.title.split())[:HEADLINE_CHARS]
    furniture = classify_paragraphs(document.paragraphs, marks=document.furniture_marks)
    for index, paragraph in enumerate(document.paragraphs):
        line = " ".join(paragraph.split())
        if line and not furniture.is_furniture(index):
            return line[:HEADLINE_CHARS]
    for line in document.text.splitlines():
        line = " ".join(line.split())
        if line:
            return line[:HEADLINE_CHARS]
    return document.name


def header_title(document: Document) -> str:
    """What a side's header says of its version: its title and facts ("Storm hits the coast —
    Web page · The Daily Example · 3 Jun 2024 14:02"), or its name for plain text, then any
    notices. One of the two readings of a document with tracked changes says which it is
    first, where a narrow header's middle ellipsis never hides it: both readings share the
    title, format and date.

    >>> from dataclasses import replace
    >>> from wirediff.core.compare import load_document
    >>> from wirediff.core.result import StoryMeta
    >>> plain = load_document(raw=b"Rain fell.", name="notes.txt")
    >>> header_title(plain)
    'notes.txt'
    >>> meta = StoryMeta("odt", title="Storm hits the coast")
    >>> header_title(replace(plain, name="draft.odt (as written)", meta=meta))
    'As written: Storm hits the coast — OpenDocument text'
    >>> header_title(replace(plain, name="draft.odt (changes accepted)", meta=meta))
    'Changes accepted: Storm hits the coast — OpenDocument text'
    >>> header_title(replace(plain, name="draft.odt (as written)", meta=StoryMeta("odt")))
    'As written: draft.odt — OpenDocument text'
    """
    from wirediff.core.compare import ACCEPTED_SUFFIX, ORIGINAL_SUFFIX

    name, reading = document.name, ""
    for suffix in (ORIGINAL_SUFFIX, ACCEPTED_SUFFIX):
        if name.endswith(suffix):
            name = name.removesuffix(suffix)
            words = suffix.strip(" ()")
            reading = f"{words[0].upper()}{words[1:]}: "
    facts = source_facts(document)
    shown = f"{document.meta.title or name} — {facts}" if facts else document.name
    return " · ".join([reading + shown if facts else shown, *document.notices])


def word_count(document: Document) -> int:
    return len(document.text.split())


def short_labels(names: Sequence[str]) -> tuple[str, ...]:
    """Short, distinct column titles for file names: a leading number, else the name's start.

    >>> short_labels(["000_75830fd1.txt", "001_9779c6c5.txt", "reuters.txt", "ap-wire.txt"])
    ('000', '001', 'reuter…', 'ap-wir…')
    >>> short_labels(["a.txt", "a.txt", "b.txt"])
    ('a·1', 'a·2', 'b')
    """
    stems = []
    for name in names:
        stem = PurePath(name).stem or name
        number = _LEADING_NUMBER.match(stem)
        if number is not None:
            stems.append(number.group()[:SHORT_LABEL_CHARS])
        elif len(stem) > SHORT_LABEL_CHARS:
            stems.append(stem[:SHORT_LABEL_CHARS] + "…")
        else:
            stems.append(stem)
    counts = Counter(stems)
    seen: Counter[str] = Counter()
    labels = []
    for stem in stems:
        if counts[stem] > 1:
            seen[stem] += 1
            labels.append(f"{stem}·{seen[stem]}")
        else:
            labels.append(stem)
    return tuple(labels)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def open_file_filter() -> str:
    """The open dialogs' file filter: every readable format together, then each on its own.

    >>> open_file_filter().split(";;")[-3:]
    ['NITF wire story (*.xml *.nitf)', 'NewsML-G2 wire story (*.xml *.newsml)', 'All files (*)']
    """
    from wirediff.core.formats.story import PATTERNS

    # Wire formats share *.xml: the list of all names each pattern once.
    every = " ".join(
        dict.fromkeys(pattern for patterns in PATTERNS.values() for pattern in patterns)
    )
    each = [f"{kind.label} ({' '.join(patterns)})" for kind, patterns in PATTERNS.items()]
    return ";;".join([f"Stories ({every})", *each, "All files (*)"])


def readable_date(value: str) -> str:
    """An ISO 8601 date as a reader writes it ("3 Jun 2024 14:02"); other text as it is.

    >>> readable_date("2024-06-03T14:02:00+0000"), readable_date("2024-06-03")
    ('3 Jun 2024 14:02', '3 Jun 2024')
    >>> readable_date("last Tuesday")
    'last Tuesday'
    """
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    shown = f"{moment.day} {moment:%b %Y}"
    return shown if len(value) <= len("2024-06-03") else f"{shown} {moment:%H:%M}"


def source_facts(document: Document) -> str:
    """Format, outlet and date of a version ("Web page · The Daily Example · 3 Jun 2024 14:02"),
    and a wire item's version and urgency; empty for plain text, whose file says none of these."""
    from wirediff.core.formats.story import Format

    meta = document.meta
    if meta.format == Format.TEXT.value:
        return ""
    parts = [Format(meta.format).label]
    if meta.site:
        parts.append(meta.site)
    if meta.date:
        parts.append(readable_date(meta.date))
    if meta.version:
        parts.append(f"version {meta.version}")
    if meta.urgency:
        parts.append(f"urgency {meta.urgency}")
    return " · ".join(parts)


def describe_version(document: Document, words: int | None = None) -> str:
    """The second line of a list item: "name · utf-8 · 1 repair · 555 words", or for a file
    that is not plain text "name · Web page · outlet · date · 555 words"."""
    parts = [document.name, source_facts(document) or document.encoding]
    if document.fixes:
        parts.append(_plural(len(document.fixes), "repair"))
    parts.append(_plural(word_count(document) if words is None else words, "word"))
    return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class VersionFacts:
    """What the list shows of a version, worked out once: the text may be megabytes long."""

    headline: str
    words: int
    details: str

    @classmethod
    def of(cls, document: Document) -> VersionFacts:
        words = word_count(document)
        return cls(headline_of(document), words, describe_version(document, words))


def version_tooltip(document: Document, facts: VersionFacts, *, is_base: bool) -> str:
    """The list item's tooltip: headline, file, how it was decoded, repairs and words."""
    lines = [facts.headline, document.path or document.name]
    lines.append(f"Decoded as {document.encoding} ({document.confidence:.0%} sure)")
    lines.append(facts.details.split(" · ", 2)[-1])
    if is_base:
        lines.append("Base: each version is compared with this one")
    return "\n".join(lines)
