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
- A multi-byte legacy reading that takes Latin-1 letters for UTF-8 sequences ("ê" for the
  bytes c3 aa amid single bytes) needs the same run: "ÂêÀ" is a word, not cp950's "藏社".
- A reading past the plain one (UTF-8 undone twice, or a repaired line repaired again) that
  makes a few letters of a script the line neither holds nor gets from other fixes is dropped:
  "Ã—Â\u00a0" is "×\u00a0", and "×\u00a0" undone again is a Hebrew "נ" no line asked for;
  "é\u00a0Ÿ" read once more is a lone "頟". Real double damage comes in words.

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
# The first words of the Unicode names of Han, kana and Hangul characters (`script_of`).
_CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


def is_utf8_misread(text: str) -> bool:
    """Whether `text` is valid UTF-8 read as Latin-1 or cp1252: the plain reading ftfy undoes.

    >>> is_utf8_misread("Â¼"), is_utf8_misread("ÂêÀ"), is_utf8_misread("¼")
    (True, False, False)
    """
    return plain_reading(text) is not None


def plain_reading(text: str) -> str | None:
    """`text` undone once as UTF-8 read as Latin-1 or cp1252, or None if it is not that.

    >>> plain_reading("Ã—Â\u00a0"), plain_reading("¼")
    ('×\xa0', None)
    """
    data = rebuild_bytes(text, utf8_rest=False)
    if data is None or data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


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


def drop_doubtful(line: str, fixes: list[Fix], *, repaired_before: bool = False) -> list[Fix]:
    """`fixes` without those the module's guards reject.

    `repaired_before`: the line is itself a repair's result, so every fix reads past a plain
    reading.

    >>> from wirediff.core.result import Fix
    >>> line = "Score: 3×“A” grades"
    >>> drop_doubtful(line, [Fix(8, 10, "×“", "ד", "ftfy:inconsistent-utf8")])
    []
    >>> line = "Ã—Â\u00a0council"
    >>> drop_doubtful(line, [Fix(0, 4, "Ã—Â\u00a0", "נ", "legacy:utf8-as-cp1252")])
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
    return [
        fix
        for fix in fixes
        if not _is_unsupported_letter(fix, made, written)
        and not _is_unsupported_deeper_reading(fix, made, written, repaired_before)
    ]


def _is_weak_legacy(fix: Fix) -> bool:
    """A short CJK reading of plain UTF-8 mojibake or of Latin-1 letters taken for UTF-8, or a
    Cyrillic or Greek reading of symbols."""
    if (
        fix.method.startswith(_MULTI_BYTE_METHODS)
        and not _CJK_RUN.search(fix.after)
        and (is_utf8_misread(fix.before) or _is_latin1_taken_for_utf8(fix))
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


def _is_latin1_taken_for_utf8(fix: Fix) -> bool:
    """A "UTF-8 where valid" reading that took a Latin-1 letter for a two-byte sequence ("ê"
    for c3 aa): a guess only a long run can back. A reading whose bytes are the stretch's
    single bytes ("¤]¬O" for "也是") guessed nothing.

    >>> from wirediff.core.result import Fix
    >>> _is_latin1_taken_for_utf8(Fix(0, 3, "ÂêÀ", "藏社", "legacy:cp950-as-utf8-else-latin1"))
    True
    >>> _is_latin1_taken_for_utf8(Fix(0, 4, "¤]¬O", "也是", "legacy:cp950-as-utf8-else-latin1"))
    False
    """
    if not fix.method.endswith("-as-utf8-else-latin1"):
        return False
    single = rebuild_bytes(fix.before, utf8_rest=False)
    if single is None:
        return False  # characters beyond Latin-1 and cp1252: UTF-8 for certain
    codec = fix.method.removeprefix("legacy:").split("-as-", 1)[0]
    try:
        return fix.after.encode(codec) != single
    except (LookupError, UnicodeEncodeError):
        return False


def _is_unsupported_deeper_reading(
    fix: Fix, made: Counter[str], written: set[str], repaired_before: bool
) -> bool:
    """A reading past the plain one that makes a few letters of a script nothing else backs."""
    plain = fix.before if repaired_before else plain_reading(fix.before)
    if plain is None or plain == fix.after:
        return False
    letters = [char for char in fix.after if _is_letter(char)]
    plain_scripts = {script_of(char) for char in plain if _is_letter(char)}
    scripts = {script_of(char) for char in letters} - plain_scripts - {"LATIN", ""}
    if not scripts:
        return False
    few = (
        not _CJK_RUN.search(fix.after)
        if scripts & _CJK_SCRIPTS
        else len(letters) <= MAX_LETTERS_FROM_SYMBOLS
    )
    # This fix's own letters count in `made` when it rereads letters; they cannot back it.
    own = {script_of(char) for char in letters} if any(c.isalpha() for c in fix.before) else set()
    return few and all(
        script not in written and made[script] - (script in own) == 0 for script in scripts
    )
