"""Repairs too weakly supported to make: the guards that keep correct text unchanged.

Used by `core.text.repair` on each repairer's fixes of a line before they are weighed against
each other. Both repairers can read a few correct symbols as mojibake: ftfy takes "×“" (bytes
d7 93 in cp1252, valid UTF-8) for the Hebrew "ד"; the legacy search reads "¼" as the Cyrillic
"М" in ISO-8859-5 and "Â¼" as the Chinese "录" in GB18030. Real mojibake of those scripts comes
in words: a Hebrew, Cyrillic or CJK reading is made only with that much evidence.

- A fix that makes symbols ("×“") into one lone letter of a script that nothing else in the
  line (text or other fixes) is written in, is dropped, and so is one that makes a lone
  combining mark: "3×“A”" stays, "×©×œ×•×" (three letters) and "Î—" (Η) are repaired.
- A single-byte legacy reading (Cyrillic, Greek) needs most of the characters it rereads to be
  Latin-1 letters: real cp1251 or KOI8-R text read as Latin-1 is all "Ïðèâåò", while "¼ µ ²" are
  symbols any article may carry.
- A multi-byte legacy reading (Chinese, Japanese, Korean) of text that is also valid UTF-8
  read as Latin-1 or cp1252 needs a run of at least `MIN_CJK_RUN` characters of those scripts:
  "Â¼" is "¼" far more often than the "录" GB18030 makes of it.

Imports the standard library, `core.result` and `core.text.misread_bytes`; never PySide6 or
`gui`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from wirediff.core.text.misread_bytes import rebuild_bytes

if TYPE_CHECKING:
    from wirediff.core.result import Fix

MAX_LETTERS_FROM_SYMBOLS = 2
"""Letters of another script made of symbols alone that still need support from the line."""

MIN_CJK_RUN = 3
"""Consecutive Han, kana or Hangul characters a multi-byte legacy reading must produce."""

# `Fix.method` prefixes of the legacy readings (`core.text.legacy_mojibake.CANDIDATE_CODECS`).
_MULTI_BYTE_METHODS = (
    "legacy:gb18030",
    "legacy:cp950",
    "legacy:cp932",
    "legacy:euc_jp",
    "legacy:cp949",
)
_SINGLE_BYTE_METHODS = ("legacy:cp1251", "legacy:koi8", "legacy:iso8859")
_CJK_RUN = re.compile(
    f"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
    f"{{{MIN_CJK_RUN},}}"
)
# Latin-1 letters (not × and ÷): what legacy Cyrillic and Greek bytes look like when misread.
_LATIN1_LETTER = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def is_utf8_misread(text: str) -> bool:
    """Whether `text` is valid UTF-8 read as Latin-1 or cp1252: the plain reading ftfy undoes.

    >>> is_utf8_misread("Â¼"), is_utf8_misread("ÂêÀ"), is_utf8_misread("¼")
    (True, False, False)
    """
    data = rebuild_bytes(text, utf8_rest=False)
    if data is None:
        return False
    try:
        return not data.isascii() and bool(data.decode("utf-8"))
    except UnicodeDecodeError:
        return False


def script_of(char: str) -> str:
    """The script a letter is written in, as the first word of its Unicode name.

    >>> script_of("ד"), script_of("я"), script_of("é"), script_of("東")
    ('HEBREW', 'CYRILLIC', 'LATIN', 'CJK')
    """
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _is_letter(char: str) -> bool:
    """Letters and combining marks (an Arabic sukun made of "Ã™â€™" is a lone mark)."""
    return char.isalpha() or unicodedata.category(char).startswith("M")


def drop_doubtful(line: str, fixes: list[Fix]) -> list[Fix]:
    """`fixes` without those the module's guards reject.

    >>> from wirediff.core.result import Fix
    >>> line = "Score: 3×“A” grades"
    >>> drop_doubtful(line, [Fix(8, 10, "×“", "ד", "ftfy:inconsistent-utf8")])
    []
    """
    if not fixes:
        return fixes
    fixes = [fix for fix in fixes if not _is_weak_legacy(fix)]
    # Scripts made by the other fixes of misread letters ("Ã", "Î"): what a lone letter may
    # lean on.
    made: Counter[str] = Counter()
    for fix in fixes:
        if any(char.isalpha() for char in fix.before):
            made.update({script_of(char) for char in fix.after if _is_letter(char)})
    written = {script_of(char) for char in _NON_ASCII.findall(line) if char.isalpha()}
    return [fix for fix in fixes if not _is_unsupported_letter(fix, made, written)]


def _is_weak_legacy(fix: Fix) -> bool:
    """A short CJK reading of plain UTF-8 mojibake, or a Cyrillic or Greek reading of symbols."""
    if (
        fix.method.startswith(_MULTI_BYTE_METHODS)
        and not _CJK_RUN.search(fix.after)
        and is_utf8_misread(fix.before)
    ):
        return True
    if fix.method.startswith(_SINGLE_BYTE_METHODS):
        rereads = _NON_ASCII.findall(fix.before)
        return 2 * len(_LATIN1_LETTER.findall(fix.before)) <= len(rereads)
    return False


def _is_unsupported_letter(fix: Fix, made: Counter[str], written: set[str]) -> bool:
    letters = [char for char in fix.after if _is_letter(char)]
    from_symbols = not any(char.isalpha() for char in fix.before)
    if not letters or len(letters) > (MAX_LETTERS_FROM_SYMBOLS if from_symbols else 1):
        return False
    # Doubtful: letters made of what reads as correct symbols ("×“",
    # "\N{NO-BREAK SPACE}„×“"); a lone combining mark ("Ã™â€™" read twice into an Arabic sukun
    # after a Latin "O"); one Latin-1 letter reread as one Cyrillic letter ("ÿ" as "я"). A lone
    # letter of misread letters ("Î—" for "Η") is evidence enough.
    is_mark = unicodedata.category(letters[0]).startswith("M")
    one_for_one = fix.method.startswith(_SINGLE_BYTE_METHODS) and len(fix.before) == 1
    if not (from_symbols or is_mark or one_for_one):
        return False
    own = set() if from_symbols else {script_of(char) for char in letters}
    # Latin letters are what most repairs make ("Ã©" to "é"); only other scripts need company.
    scripts = {script_of(char) for char in letters} - {"LATIN", ""}
    return bool(scripts) and all(
        script not in written and made[script] - (script in own) == 0 for script in scripts
    )
