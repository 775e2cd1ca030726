"""What reading a file gives: the story text, its metadata and what was set aside.

`Format` names every format wirediff reads (its values are the `meta.format` strings of the
JSON contract) with the label the window shows; `Story` is the result of
`core.formats.read.read_story`, before mojibake repair.

Imports the standard library and `core.result` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wirediff.core.result import StoryMeta


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    ODT = "odt"
    RTF = "rtf"
    PDF = "pdf"
    EMAIL = "email"
    MSG = "msg"
    NITF = "nitf"
    NEWSML = "newsml"

    @property
    def label(self) -> str:
        """The name a user knows the format by.

        >>> Format.HTML.label
        'Web page'
        """
        return _LABELS[self]


_LABELS = {
    Format.TEXT: "Plain text",
    Format.HTML: "Web page",
    Format.DOCX: "Word document",
    Format.ODT: "OpenDocument text",
    Format.RTF: "RTF document",
    Format.PDF: "PDF",
    Format.EMAIL: "E-mail",
    Format.MSG: "Outlook message",
    Format.NITF: "NITF wire story",
    Format.NEWSML: "NewsML-G2 wire story",
}


# The file name patterns an open dialog offers for each format wirediff reads.
PATTERNS = {
    Format.TEXT: ("*.txt", "*.text"),
    Format.HTML: ("*.html", "*.htm", "*.xhtml", "*.shtml"),
    Format.DOCX: ("*.docx",),
    Format.ODT: ("*.odt",),
    Format.RTF: ("*.rtf",),
    Format.PDF: ("*.pdf",),
    Format.EMAIL: ("*.eml",),
    Format.MSG: ("*.msg",),
    Format.NITF: ("*.xml", "*.nitf"),
    Format.NEWSML: ("*.xml", "*.newsml"),
}


@dataclass(frozen=True, slots=True)
class Story:
    """A story as read from one file, before mojibake repair.

    `text` holds the story's paragraphs separated by blank lines (plain text keeps its own
    line breaks); `encoding` and `confidence` say how bytes became text ("utf-8" for formats
    that store Unicode); `set_aside` is the furniture left out of the story, in page order;
    `notices` are lines for the user about how the file was read. `original` is, for a file
    with tracked changes, the text as originally written (`text` then has every change
    accepted), so the two can be compared as versions; None otherwise.
    """

    text: str
    meta: StoryMeta
    encoding: str = "utf-8"
    confidence: float = 1.0
    set_aside: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    original: str | None = None


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs as story text: each stripped, empty ones dropped, blank lines between.

    >>> join_paragraphs([" One. ", "", "Two."])
    'One.\\n\\nTwo.'
    """
    return "\n\n".join(text for text in (p.strip() for p in paragraphs) if text)
