"""How plausible a piece of text is as real writing: a cost in nats, lower is likelier.

Used by `core.text.legacy_mojibake` to choose between a run of text as it stands and the same run
decoded another way. A letter costs what its frequency in a language says (tables in
`resources/charfreq/`, built by `bench/make_charfreq.py`); digits, punctuation and symbols cost
what their Unicode class says; and a word that switches script or case in its middle pays
extra, because mojibake does that and writing does not. A text is scored under one language at
a time and its cost is the cheapest language's, so mixing the likeliest letters of several
scripts is not free.

Imports the standard library and orjson only; never PySide6 or `gui`.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

# Which script each language table writes in; a letter of another script costs extra.
LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    "latin": frozenset({"latin"}),
    "latin-central": frozenset({"latin"}),
    "tr": frozenset({"latin"}),
    "vi": frozenset({"latin"}),
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
    # Scripts without a table (Thai, Devanagari, Armenian, ...): every letter at one flat cost.
    "other": frozenset({"other"}),
}

# A native letter missing from its table: ideographs have thousands of rare members, alphabets
# only oddities. A Latin letter inside another language's text is an English word or a name.
NATIVE_FLOOR_NATS = {"han": 15.0, "hangul": 15.0, "kana": 12.0, "other": 4.5}
ALPHABET_FLOOR_NATS = 12.0
FOREIGN_LATIN_EXTRA_NATS = 1.0
FOREIGN_LETTER_NATS = 16.0
# Letter pairs: how much a pair's own frequency counts against the single letter's, the cost
# added to a pair never seen (the single letter's cost divided by 1 - PAIR_WEIGHT), and the
# share of letters that end a word, which word-end costs are relative to.
PAIR_WEIGHT = 0.95
UNSEEN_PAIR_NATS = -math.log(1 - PAIR_WEIGHT)
AVERAGE_END_SHARE = 0.25

# Casing, per word of cased letters: lowercase is the rule, Title case common, ALL CAPS less so,
# and case changes inside a word ("wORD", "WoRD", "ВнРЛИр") are what mojibake looks like.
LOWER_WORD_NATS = 0.3
TITLE_WORD_NATS = 1.6
UPPER_WORD_NATS = 3.0
MIXED_CASE_WORD_NATS = 4.0
CASE_SWITCH_NATS = 2.0

# Script changes inside a word (no space or punctuation between the letters).
_MIXED_SCRIPT_NATS = {
    frozenset({"han", "kana"}): 0.0,
    frozenset({"han", "hangul"}): 2.0,
    frozenset({"han", "latin"}): 4.0,
    frozenset({"kana", "latin"}): 4.0,
    frozenset({"hangul", "latin"}): 4.0,
}
MIXED_SCRIPT_DEFAULT_NATS = 8.0

# Latin-1's symbols, the bulk of what a Latin-1 misreading produces besides letters: those that
# real text uses (©, °, «, £, ¿) cost less than those it hardly ever does (¤, ¦, ¨, ¯, ¸, ¶).
_COMMON_LATIN1_SYMBOL_NATS = 7.0
_RARE_LATIN1_SYMBOL_NATS = 10.0
_COMMON_LATIN1_SYMBOLS = frozenset("\N{NO-BREAK SPACE}«»·©°£®§¿¡ºª½¥")


# Costs of everything that is not a letter, by kind (see `char_kind`).
_KIND_NATS = {
    "space": 2.0,
    "ascii": 3.5,  # digits and ASCII punctuation
    "punctuation": 4.0,  # typographic quotes, dashes, ellipsis; CJK punctuation
    "fullwidth": 5.0,
    "mark": 6.0,  # combining marks
    "symbol": 10.0,  # symbols outside Latin-1 (arrows, math, dingbats, ...)
    "cjk-symbol": 12.0,  # circled and squared letters, units: frequent in misreadings only
    "control": 20.0,  # C0/C1 controls (other than tab and newline), private use, unassigned
    "box": 12.0,  # box drawing and blocks: what KOI8 and cp437 misreadings are full of
    "common-latin1": _COMMON_LATIN1_SYMBOL_NATS,
    "rare-latin1": _RARE_LATIN1_SYMBOL_NATS,
}


SCRIPT_SAMPLE_CHARS = 200
"""Characters `best_cost` looks at to try the text's own languages first."""


@dataclass(frozen=True, slots=True)
class LetterTable:
    """Costs in nats of the letters of one language (lowercase), from their frequencies.

    `pair_costs` (alphabets only) holds the cost of a letter after another ("^" before the
    first letter of a word), smoothed with the single-letter cost; `end_costs` the cost of
    ending a word after a letter, relative to an average ending.
    """

    language: str
    scripts: frozenset[str]
    costs: dict[str, float]
    pair_costs: dict[str, float]
    end_costs: dict[str, float]
    short_words: frozenset[str] = frozenset()


def letter_tables() -> tuple[LetterTable, ...]:
    """Every table in `resources/charfreq/`, each loaded once."""
    return tuple(table_for(language) for language in LANGUAGE_SCRIPTS)


@cache
def table_for(language: str) -> LetterTable:
    return _load_table(language, LANGUAGE_SCRIPTS[language])


@cache
def _table_data(language: str) -> dict[str, Any] | None:
    """A table's file as read (None for "other", which has none), parsed once."""
    # Imported here: importlib.resources pulls in zipfile and tempfile, and clean text, most of
    # what wirediff reads, never needs a table. orjson reads the tables in half json's time.
    from importlib import resources

    import orjson

    path = resources.files("wirediff.resources") / "charfreq" / f"{language}.json"
    if not path.is_file():
        return None
    data: dict[str, Any] = orjson.loads(path.read_bytes())
    return data


@cache
def _scripts_only(language: str) -> LetterTable:
    """A table without its letters: enough to score text with none of its scripts' letters,
    which `text_cost` costs without looking at the table's data."""
    return LetterTable(language, LANGUAGE_SCRIPTS[language], {}, {}, {})


@cache
def _short_words(language: str) -> frozenset[str]:
    data = _table_data(language)
    return frozenset(data.get("short_words", ())) if data is not None else frozenset()


def _load_table(language: str, scripts: frozenset[str]) -> LetterTable:
    data = _table_data(language)
    if data is None:  # "other": no data, only the flat cost of its letters
        return LetterTable(language, scripts, {}, {}, {})
    per = float(data["per"])
    shares = {char: count / per for char, count in data["letters"].items()}
    costs = {char: -math.log(share) for char, share in shares.items()}
    # Romanian "ş"/"ș" and "ţ"/"ț": cedilla and comma below are the same letter in practice
    # (cp1250 and ISO-8859-2 only have the cedilla), so neither reading may win by it.
    for first, second in ("şș", "ţț"):
        if first in costs or second in costs:
            same = min(costs.get(first, math.inf), costs.get(second, math.inf))
            costs[first] = costs[second] = same
    pairs: dict[str, int] = data.get("pairs", {})
    row_totals: dict[str, float] = {}
    for pair, count in pairs.items():
        row_totals[pair[0]] = row_totals.get(pair[0], 0.0) + count
    pair_costs: dict[str, float] = {}
    end_costs: dict[str, float] = {}
    for pair, count in pairs.items():
        following = count / row_totals[pair[0]]
        if pair[1] == "$":
            smoothed = PAIR_WEIGHT * following + (1 - PAIR_WEIGHT) * AVERAGE_END_SHARE
            end_costs[pair[0]] = max(-1.0, math.log(AVERAGE_END_SHARE / smoothed))
        elif pair[1] in shares:
            smoothed = PAIR_WEIGHT * following + (1 - PAIR_WEIGHT) * shares[pair[1]]
            pair_costs[pair] = -math.log(smoothed)
    return LetterTable(language, scripts, costs, pair_costs, end_costs, _short_words(language))


NOISE_KINDS = frozenset({"symbol", "cjk-symbol", "control", "box", "rare-latin1", "common-latin1"})
"""Kinds of character that real text has few of and misreadings many."""


@cache
def char_kind(char: str) -> str:
    """The script of a letter ("latin", "han", ...), or the kind of any other character."""
    if char.isalpha():
        return _script_of_letter(char)
    code = ord(char)
    if char in " \t\n\N{NO-BREAK SPACE}\N{IDEOGRAPHIC SPACE}":
        return "space"
    if code < 0x80:
        return "ascii" if code >= 0x20 else "control"
    category = unicodedata.category(char)
    if category in ("Cc", "Co", "Cn", "Cs"):
        return "control"
    if code < 0x100:
        return "common-latin1" if char in _COMMON_LATIN1_SYMBOLS else "rare-latin1"
    if 0x2500 <= code <= 0x259F:
        return "box"
    if 0x2460 <= code <= 0x24FF or 0x3200 <= code <= 0x33FF:
        return "cjk-symbol"
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
    if code < 0x370 or 0x1D00 <= code < 0x1E00 or unicodedata.category(char) == "Lm":
        return "phonetic"  # IPA, modifier letters: no language's running text
    return "other"


def _letter_nats(char: str, script: str, table: LetterTable, previous: str) -> float:
    """Cost of a letter after `previous` ("^" at a word's start, "" when it tells nothing)."""
    key = char.lower()
    if script in table.scripts:
        if previous and table.pair_costs:
            pair = table.pair_costs.get(previous + key)
            if pair is not None:
                return pair
        cost = table.costs.get(key)
        if cost is None and key != char.casefold():
            # Casefolding in the source data turned "ß" into "ss" and "ς" into "σ".
            folded = table.costs.get(char.casefold()[0])
            cost = None if folded is None else folded + 2.0
        if cost is None:
            cost = NATIVE_FLOOR_NATS.get(script, ALPHABET_FLOOR_NATS)
        return cost + (UNSEEN_PAIR_NATS if previous and table.pair_costs else 0.0)
    if script == "latin":
        latin = table_for("latin").costs.get(key)
        return (latin if latin is not None else ALPHABET_FLOOR_NATS) + FOREIGN_LATIN_EXTRA_NATS
    return FOREIGN_LETTER_NATS


def _casing_nats(upper: int, lower: int, first_upper: bool, switches: int) -> float:
    if upper == 0:
        return LOWER_WORD_NATS if lower else 0.0
    if upper == 1 and first_upper:
        return TITLE_WORD_NATS
    if lower == 0:
        return UPPER_WORD_NATS
    return MIXED_CASE_WORD_NATS + CASE_SWITCH_NATS * switches


def text_cost(text: str, table: LetterTable, limit: float = math.inf) -> float:
    """Cost of `text` as writing in the table's language; stops early once past `limit`.

    >>> latin = table_for("latin")
    >>> text_cost("Größe", latin) < text_cost("GrÃ¶ÃŸe", latin)
    True
    >>> russian = table_for("ru")
    >>> text_cost("через", russian) < text_cost("ВЕПЕГ", russian)
    True
    """
    total = 0.0
    previous_script = ""  # script of the previous character when it was a letter
    previous_key = "^"  # the previous letter (lowercase) for pair costs, "^" at a word start
    upper = lower = switches = 0
    first_upper = False
    previous_case = ""
    for char in text + " ":
        if total > limit:
            return total
        kind = char_kind(char)
        if kind in _KIND_NATS:
            if previous_script:
                total += _casing_nats(upper, lower, first_upper, switches)
                if previous_key not in ("", "^"):
                    total += table.end_costs.get(previous_key, 0.0)
                upper = lower = switches = 0
                previous_case = ""
            total += _KIND_NATS[kind]
            previous_script = ""
            previous_key = "^"
            continue
        if previous_script and previous_script != kind:
            pair_kinds = frozenset({previous_script, kind})
            total += _MIXED_SCRIPT_NATS.get(pair_kinds, MIXED_SCRIPT_DEFAULT_NATS)
            previous_key = ""
        native = kind in table.scripts
        total += _letter_nats(char, kind, table, previous_key if native else "")
        previous_key = char.lower() if native else ""
        case = "upper" if char.isupper() else "lower" if char.islower() else ""
        if case:
            if upper + lower == 0:
                first_upper = case == "upper"
            elif previous_case and case != previous_case:
                switches += 1
            upper += case == "upper"
            lower += case == "lower"
            previous_case = case
        previous_script = kind
    return total - _KIND_NATS["space"]


def best_cost(
    text: str, languages: tuple[str, ...] | None = None, limit: float = math.inf
) -> tuple[float, str]:
    """The cheapest (cost, language) of `text` over the given languages, or all of them.

    Costs above `limit` are not worked out exactly: the answer is then some cost above it.

    >>> best_cost("Привет, мир")[1] in ("ru", "uk", "bg", "mk")
    True
    >>> best_cost("中华人民共和国")[1]
    'zh-Hans'
    """
    if languages is None:
        # The languages of the text's own script first: their cost becomes the limit the
        # others give up at, after a few characters.
        scripts = {char_kind(char) for char in text[:SCRIPT_SAMPLE_CHARS]}
        present = {char_kind(char) for char in text}
        # A table none of whose scripts the text writes in costs it the same without its
        # letters, so only the tables of the text's own scripts are loaded.
        tables = [
            table_for(language) if language_scripts & present else _scripts_only(language)
            for language, language_scripts in sorted(
                LANGUAGE_SCRIPTS.items(), key=lambda item: not (item[1] & scripts)
            )
        ]
    else:
        tables = [table_for(lang) for lang in languages]
    best = (math.inf, "")
    for table in tables:
        cost = text_cost(text, table, min(limit, best[0]))
        if cost < best[0]:
            best = (cost, table.language)
    return best


def is_common_short_word(word: str) -> bool:
    """Whether `word` is a common word of at most three letters in some alphabet's table.

    >>> is_common_short_word("Или"), is_common_short_word("Οι"), is_common_short_word("едц")
    (True, True, False)
    """
    folded = word.casefold()
    return any(folded in _short_words(language) for language in LANGUAGE_SCRIPTS)


def lines_cost(text: str, limit: float = math.inf) -> float:
    """Cost of a text whose lines may be in different languages: each line its cheapest.

    Stops adding lines once past `limit`.

    >>> lines_cost("Hello\\nПривет") < lines_cost("Hello\\nÏðèâåò")
    True
    """
    total = 0.0
    for line in text.split("\n"):
        if line:
            total += best_cost(line, limit=limit - total)[0]
            if total > limit:
                break
    return total
