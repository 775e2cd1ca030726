"""How plausible a piece of text is as real writing: a cost in nats, lower is likelier.

Used by `core.legacy_mojibake` to choose between a run of text as it stands and the same run
decoded another way. A letter costs what its frequency in a language says (tables in
`resources/charfreq/`, built by `bench/make_charfreq.py`); digits, punctuation and symbols cost
what their Unicode class says; and a word that switches script or case in its middle pays
extra, because mojibake does that and writing does not. A text is scored under one language at
a time and its cost is the cheapest language's, so mixing the likeliest letters of several
scripts is not free.

Imports the standard library only; never PySide6 or `gui`.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CHARFREQ_DIR = Path(__file__).resolve().parent.parent / "resources" / "charfreq"

# Which script each language table writes in; a letter of another script costs extra.
LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    "latin": frozenset({"latin"}),
    "zh-Hans": frozenset({"han"}),
    "zh-Hant": frozenset({"han"}),
    "ja": frozenset({"han", "kana"}),
    "ko": frozenset({"hangul", "han"}),
    "ru": frozenset({"cyrillic"}),
    "uk": frozenset({"cyrillic"}),
    "bg": frozenset({"cyrillic"}),
    "mk": frozenset({"cyrillic"}),
    "el": frozenset({"greek"}),
    "he": frozenset({"hebrew"}),
    "ar": frozenset({"arabic"}),
    "fa": frozenset({"arabic"}),
}

# A native letter missing from its table: ideographs have thousands of rare members, alphabets
# only oddities. A Latin letter inside another language's text is an English word or a name.
NATIVE_FLOOR_NATS = {"han": 15.0, "hangul": 12.0, "kana": 12.0}
ALPHABET_FLOOR_NATS = 12.0
FOREIGN_LATIN_EXTRA_NATS = 3.0
FOREIGN_LETTER_NATS = 16.0
UPPERCASE_NATS = 0.7
CASE_SWITCH_NATS = 3.0  # "aBc": an uppercase letter right after a lowercase one

# Script changes inside a word (no space or punctuation between the letters).
_MIXED_SCRIPT_NATS = {
    frozenset({"han", "kana"}): 0.0,
    frozenset({"han", "hangul"}): 2.0,
    frozenset({"han", "latin"}): 4.0,
    frozenset({"kana", "latin"}): 4.0,
    frozenset({"hangul", "latin"}): 4.0,
}
MIXED_SCRIPT_DEFAULT_NATS = 8.0

# Costs of everything that is not a letter, by kind (see `_char_kind`).
_KIND_NATS = {
    "space": 2.0,
    "ascii": 3.5,  # digits and ASCII punctuation
    "punctuation": 4.0,  # typographic quotes, dashes, ellipsis; CJK punctuation
    "fullwidth": 5.0,
    "mark": 6.0,  # combining marks
    "symbol": 8.0,  # ©, °, ±, ½ and other symbols
    "control": 20.0,  # C0/C1 controls (other than tab and newline), private use, unassigned
}


@dataclass(frozen=True, slots=True)
class LetterTable:
    """Cost in nats of each letter of one language (lowercase), from its frequency."""

    language: str
    scripts: frozenset[str]
    costs: dict[str, float]


@cache
def letter_tables() -> tuple[LetterTable, ...]:
    """Every table in `resources/charfreq/`, loaded once."""
    tables = []
    for language, scripts in LANGUAGE_SCRIPTS.items():
        path = CHARFREQ_DIR / f"{language}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        per = float(data["per"])
        costs = {char: math.log(per / count) for char, count in data["letters"].items()}
        tables.append(LetterTable(language, scripts, costs))
    return tuple(tables)


@cache
def table_for(language: str) -> LetterTable:
    return next(table for table in letter_tables() if table.language == language)


@cache
def _char_kind(char: str) -> str:
    """The script of a letter ("latin", "han", ...), or the kind of any other character."""
    if char.isalpha():
        return _script_of_letter(char)
    code = ord(char)
    if char in " \t\n\u00a0\u3000":
        return "space"
    if code < 0x80:
        return "ascii" if code >= 0x20 else "control"
    category = unicodedata.category(char)
    if category in ("Cc", "Co", "Cn", "Cs"):
        return "control"
    if category.startswith("M"):
        return "mark"
    if 0xFF00 <= code <= 0xFFEF:
        return "fullwidth"
    if category.startswith("P") or category == "Zs" or 0x3000 <= code <= 0x303F:
        return "punctuation"
    if category == "Nd":
        return "ascii"
    return "symbol"


def _script_of_letter(char: str) -> str:
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF:
        return "greek"
    if 0x400 <= code <= 0x52F:
        return "cyrillic"
    if 0x590 <= code <= 0x5FF:
        return "hebrew"
    if 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or code >= 0x20000
        or char in "々〆"
    ):
        return "han"
    return "other"


def _letter_nats(char: str, script: str, table: LetterTable) -> float:
    key = char.lower()
    cost = table.costs.get(key)
    if cost is None and key != char.casefold():
        # Casefolding in the source data turned "ß" into "ss" and "ς" into "σ".
        cost = table.costs.get(char.casefold()[0])
        cost = None if cost is None else cost + 2.0
    if script in table.scripts:
        if cost is None:
            cost = NATIVE_FLOOR_NATS.get(script, ALPHABET_FLOOR_NATS)
    elif script == "latin":
        latin = table_for("latin").costs.get(key)
        cost = (latin if latin is not None else ALPHABET_FLOOR_NATS) + FOREIGN_LATIN_EXTRA_NATS
    else:
        cost = FOREIGN_LETTER_NATS
    return cost + (UPPERCASE_NATS if key != char else 0.0)


def text_cost(text: str, table: LetterTable) -> float:
    """Cost of `text` as writing in the table's language.

    >>> latin = table_for("latin")
    >>> text_cost("Größe", latin) < text_cost("GrÃ¶ÃŸe", latin)
    True
    """
    total = 0.0
    previous_script = ""  # script of the previous character when it was a letter
    previous_lower = False
    for char in text:
        kind = _char_kind(char)
        if kind in _KIND_NATS:
            total += _KIND_NATS[kind]
            previous_script = ""
            continue
        total += _letter_nats(char, kind, table)
        is_lower = char.islower()
        if previous_script:
            if previous_script != kind:
                pair = frozenset({previous_script, kind})
                total += _MIXED_SCRIPT_NATS.get(pair, MIXED_SCRIPT_DEFAULT_NATS)
            elif previous_lower and char.isupper():
                total += CASE_SWITCH_NATS
        previous_script = kind
        previous_lower = is_lower
    return total


def best_cost(text: str, languages: tuple[str, ...] | None = None) -> tuple[float, str]:
    """The cheapest (cost, language) of `text` over the given languages, or all of them.

    >>> best_cost("Привет, мир")[1] in ("ru", "uk", "bg", "mk")
    True
    >>> best_cost("中华人民共和国")[1]
    'zh-Hans'
    """
    tables = letter_tables() if languages is None else [table_for(lang) for lang in languages]
    return min((text_cost(text, table), table.language) for table in tables)
