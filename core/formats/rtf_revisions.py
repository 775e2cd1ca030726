"""Tracked changes in RTF: the source as the changes accepted, or as originally written.

Word marks a tracked deletion with `\\deleted` and an insertion with `\\revised` (beside author
and time words such as `\\revauthdel1`), set on a group or a run like any character formatting:
a group's end, `\\deleted0` / `\\revised0` or `\\plain` ends it. striprtf knows neither mark, so
it reads the deleted and the inserted words together ("forty fifty"). Here the RTF source is
filtered before striprtf reads it: for the accepted text, what a deleted run holds is left
out; for the original, what an inserted run holds. "What it holds" is its text: plain
characters and characters written as escapes (`\\'e9`, `\\u8217?`); its paragraph, line and
tab breaks become spaces, so a deleted paragraph mark joins two paragraphs, its words kept
apart. Control words and groups stay, so fonts, code pages and destinations read as before.

Imports the standard library only.
"""

from __future__ import annotations

import re

DELETED = "deleted"
INSERTED = "revised"

# One token: a control word with its number and delimiting space, a hex escape, a control
# symbol, a brace, or a run of plain text.
_TOKEN = re.compile(r"\\[a-zA-Z]+-?\d* ?|\\'[0-9a-fA-F]{2}|\\.|[{}]|[^\\{}]+", re.DOTALL)
_CONTROL_WORD = re.compile(r"\\([a-zA-Z]+)(-?\d*)")
_MARK_ON = re.compile(r"\\(?:deleted|revised)(?:[1-9]\d*)?(?![a-zA-Z\d])")
# Control words that stand for a character; a marked run's are its text too.
_CHARACTER_WORDS = frozenset(
    {
        "u", "emdash", "endash", "emspace", "enspace", "qmspace", "lquote", "rquote",
        "ldblquote", "rdblquote", "bullet",
    }
)  # fmt: skip
# Breaks: a marked run's give way to a space, so the words on either side stay apart (a
# paragraph mark deleted between "fell" and "all" joins the paragraphs, not the words).
_BREAK_WORDS = frozenset({"par", "line", "tab", "cell", "row", "page", "sect"})
# Control symbols that stand for text: escaped backslash and braces, the no-break space and
# hyphens; a backslash before a line end is a paragraph break.
_TEXT_SYMBOLS = frozenset("\\{}~-_")
_BREAK_SYMBOLS = frozenset("\n\r")


def has_revisions(source: str) -> bool:
    """Whether the RTF source marks any tracked deletion or insertion.

    >>> has_revisions(r"{\\rtf1 a {\\deleted b} c}"), has_revisions(r"{\\rtf1 a \\revised0 b}")
    (True, False)
    """
    return _MARK_ON.search(source) is not None


def has_tracked_changes_in(raw: bytes) -> bool:
    """`has_revisions` of an RTF file's bytes: the marks are ASCII control words, readable
    whatever the code page."""
    return has_revisions(raw.decode("latin-1"))


def without_marked(source: str, mark: str) -> str:
    r"""`source` without the text of the runs marked `mark` (`DELETED` or `INSERTED`).

    >>> source = r"{\rtf1 The mayor said {\deleted forty }{\revised fifty }homes were lost.\par}"
    >>> without_marked(source, DELETED)
    '{\\rtf1 The mayor said {\\deleted }{\\revised fifty }homes were lost.\\par}'
    >>> without_marked(source, INSERTED)
    '{\\rtf1 The mayor said {\\deleted forty }{\\revised }homes were lost.\\par}'
    """
    kept: list[str] = []
    marked = False
    outer: list[bool] = []
    for token in _TOKEN.findall(source):
        if token == "{":
            outer.append(marked)
        elif token == "}":
            marked = outer.pop() if outer else False
        elif token.startswith("\\"):
            word = _CONTROL_WORD.match(token)
            if word is not None:
                name, number = word.groups()
                if name == mark:
                    marked = number != "0"
                elif name == "plain":  # resets every character property, the mark among them
                    marked = False
                elif marked and name in _CHARACTER_WORDS:
                    continue
                elif marked and name in _BREAK_WORDS:
                    token = " "
            elif marked and (token.startswith("\\'") or token[1] in _TEXT_SYMBOLS):
                continue
            elif marked and token[1] in _BREAK_SYMBOLS:
                token = " "
        elif marked:
            continue
        kept.append(token)
    return "".join(kept)
