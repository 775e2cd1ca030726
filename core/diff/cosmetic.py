"""Cosmetic equivalence: which differences between two texts are style only.

Two sentences are "minor" variants when they differ only in quote and apostrophe style, dash
style, spaces (including no-break and thin spaces, a space before a comma or colon as French
typography sets it, spaces around a slash or inside guillemets), the letter case of whole words
(`Nordex`/`NORDEX`, a headline in Title Case), British/American spelling (the `breame` table), or
`U.S.` written `U.S`. `fold_text` maps a text to a key in which those differences
vanish; everything the aligner and the word diff call "cosmetic" goes through it, so the rules
live in one place.

Imports the standard library and `breame` only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from breame.spelling import BRITISH_ENGLISH_SPELLINGS

# Characters that only restyle text, mapped to their plain form.
_STYLE_CHARS = str.maketrans(
    {
        "\N{LEFT DOUBLE QUOTATION MARK}": '"',
        "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
        "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
        "\N{DOUBLE PRIME}": '"',
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
        "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
        "\N{PRIME}": "'",
        "\N{GRAVE ACCENT}": "'",
        "\N{ACUTE ACCENT}": "'",
        "\N{HYPHEN}": "-",
        "\N{NON-BREAKING HYPHEN}": "-",
        "\N{NO-BREAK SPACE}": " ",
        "\N{THIN SPACE}": " ",
        "\N{NARROW NO-BREAK SPACE}": " ",
        "\N{FIGURE SPACE}": " ",
        "\N{EN SPACE}": " ",
        "\N{EM SPACE}": " ",
        "\N{HAIR SPACE}": " ",
        "\N{HORIZONTAL ELLIPSIS}": "...",
    }
)
# Most sentences hold none of them, and `str.translate` with a table this size costs more than a
# character-class search; the substitution runs only where one is found.
_ANY_STYLE_CHAR = re.compile("[" + re.escape("".join(map(chr, _STYLE_CHARS))) + "]")
# `U.S.` and `U.S` (and `U.K.`/`U.K`): the final dot of an initialism is style, not content.
_ANY_INITIALISM = re.compile(r"[A-Z]\.[A-Z]")
_INITIALISM_DOT = re.compile(r"\b((?:[A-Z]\.)+[A-Z])\.(?=\W|$)")
# A dash between words, in any style: em/en dash with or without spaces, `--`, or a spaced
# hyphen; a run of dashes (a rule in an ASCII table) is one dash. An unspaced hyphen
# (`long-range`) is spelling, not a dash, and is left alone.
_DASH = re.compile(r"\s*(?:[\u2012-\u2015\u2212-]{2,}|[\u2012-\u2015\u2212])\s*|\s+-\s+")
_ANY_DASH = re.compile("[\u2012-\u2015\u2212-]")
_LETTERS = re.compile(r"[A-Za-z]+")
# Spaces that typography, not content, decides: before closing punctuation (`report , the`, the
# French `Note : ...`), after an opening bracket, inside guillemets, around a slash
# (`Airbus / Safran`) and around the full-width punctuation of Chinese and Japanese.
_CLOSING = (
    ",.;:!?%)\\]}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)
_OPENING = (
    "(\\[{"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    "\N{INVERTED QUESTION MARK}\N{INVERTED EXCLAMATION MARK}"
)
_WIDE_PUNCTUATION = "\u3001\u3002\u3008-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"
# Runs of spaces are single spaces by the time these apply, so the patterns look for one. The
# two plain searches guard the substitution: its look-behind is several times slower than both.
_SPACE_BEFORE = re.compile(f" [{_CLOSING}/{_WIDE_PUNCTUATION}]")
_SPACE_AFTER = re.compile(f"[{_OPENING}/{_WIDE_PUNCTUATION}] ")
_LOOSE_SPACE = re.compile(
    f" (?=[{_CLOSING}/{_WIDE_PUNCTUATION}])|(?<=[{_OPENING}/{_WIDE_PUNCTUATION}]) "
)
_BRITISH_TO_AMERICAN: dict[str, str] = dict(BRITISH_ENGLISH_SPELLINGS)
_BRITISH_WORDS = frozenset(_BRITISH_TO_AMERICAN)


def _american(match: re.Match[str]) -> str:
    word = match.group()
    american = _BRITISH_TO_AMERICAN.get(word.lower())
    if american is None:
        return word
    if word.isupper() and len(word) > 1:
        return american.upper()
    if word[0].isupper():
        return american[0].upper() + american[1:]
    return american


# Keys are asked for twice for most sentences that changed: once to align them, again to judge
# the pair the aligner made. Enough entries for every sentence of two long articles.
FOLD_CACHE_ENTRIES = 1 << 15


@lru_cache(maxsize=FOLD_CACHE_ENTRIES)
def fold_text(text: str) -> str:
    """The cosmetic key of `text`: equal keys mean the texts differ in style only.

    >>> fold_text("“Kyiv’s” defence — 20 kilometres, U.S.")
    '"kyiv\\'s" defense - 20 kilometers, u.s'
    >>> fold_text("Kyiv's  defense -- 20 kilometers, U.S")
    "kyiv's defense - 20 kilometers, u.s"
    >>> fold_text("In the report , AIRBUS / Safran said : « non »") == fold_text(
    ...     "In the report, Airbus/Safran said: «non»")
    True
    """
    # The cheap searches first: most sentences hold no dash and no initialism, and a plain
    # character-class search is several times faster than the substitution it guards.
    folded = _DASH.sub(" - ", text) if _ANY_DASH.search(text) else text
    # Every run of spaces (no-break and thin ones too) becomes one space, then spaces that only
    # typography puts around punctuation go; before the quotes are translated, while guillemets
    # are still told apart from other quotes.
    folded = " ".join(folded.split())
    if _SPACE_BEFORE.search(folded) or _SPACE_AFTER.search(folded):
        folded = _LOOSE_SPACE.sub("", folded)
    if _ANY_STYLE_CHAR.search(folded):
        folded = folded.translate(_STYLE_CHARS)
    if _ANY_INITIALISM.search(folded):
        folded = _INITIALISM_DOT.sub(r"\1", folded)
    # Most sentences hold no British spelling at all; a set intersection (C speed) finds out
    # before any per-word Python callback runs.
    if not _BRITISH_WORDS.isdisjoint(_LETTERS.findall(folded.lower())):
        folded = _LETTERS.sub(_american, folded)
    # Case last: the initialism and spelling rules above look at capitals.
    return folded.casefold()
