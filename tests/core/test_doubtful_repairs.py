"""Exact decisions of the guards against doubtful repairs (`core.text.doubtful_repairs`).

A short CJK reading of what is plainly UTF-8 mojibake, a Cyrillic or Greek reading of
symbols, and a lone letter of a script the line nowhere else writes are dropped; a letter
another fix also makes, or that the line writes, is kept. Each case names the fixes kept.
"""

from __future__ import annotations

import pytest

from wirediff.core.result import Fix
from wirediff.core.text.doubtful_repairs import (
    MAX_LETTERS_FROM_SYMBOLS,
    MIN_CJK_RUN,
    _is_letter,
    _is_weak_legacy,
    drop_doubtful,
    is_utf8_misread,
    script_of,
)


def fix(before: str, after: str, method: str, start: int = 0) -> Fix:
    return Fix(start, start + len(before), before, after, method)


def test_the_limits() -> None:
    assert (MAX_LETTERS_FROM_SYMBOLS, MIN_CJK_RUN) == (2, 3)


@pytest.mark.parametrize(
    ("text", "misread"),
    [("Â¼", True), ("Ã©", True), ("ÂêÀ", False), ("¼", False), ("abc", False), ("鶹", False)],
)
def test_utf8_read_as_latin1(text: str, misread: bool) -> None:
    assert is_utf8_misread(text) is misread


def test_scripts_and_letters() -> None:
    assert [script_of(char) for char in "דяé東\x00"] == ["HEBREW", "CYRILLIC", "LATIN", "CJK", ""]
    assert [_is_letter(char) for char in "a\N{ARABIC SUKUN}1 "] == [True, True, False, False]


@pytest.mark.parametrize(
    ("candidate", "weak"),
    [
        (fix("Â¼", "录", "legacy:gb18030"), True),  # one ideograph from plain mojibake
        (fix("Â¼", "录录录", "legacy:gb18030"), False),  # a run of three
        (fix("Â¼", "录", "legacy:cp949"), True),
        (fix("Â鶹", "x", "legacy:gb18030"), False),  # not UTF-8 read as Latin-1
        (fix("Ðîññèÿ", "Россия", "legacy:cp1251"), False),  # misread letters
        (fix("«»", "яя", "legacy:cp1251"), True),  # symbols
        (fix("Ð«»", "яяя", "legacy:koi8_r"), True),  # one letter in three
        (fix("ÐÐ«", "яяя", "legacy:iso8859_5"), False),  # two in three
        (fix("«»", "яя", "ftfy:x"), False),
    ],
)
def test_weak_legacy_readings(candidate: Fix, weak: bool) -> None:
    assert _is_weak_legacy(candidate) is weak


def test_a_letter_made_of_symbols_needs_its_script_elsewhere_in_the_line() -> None:
    hebrew = fix("×“", "ד", "ftfy:inconsistent-utf8", start=8)
    assert drop_doubtful("Score: 3×“A” grades", [hebrew]) == []
    kept = fix("×“", "ד", "ftfy:inconsistent-utf8", start=6)
    assert drop_doubtful("שלום 3×“A”", [kept]) == [kept]
    # Three letters from symbols are a word, not an accident.
    word = fix("×“×“×“", "דדד", "ftfy:x", start=2)
    assert drop_doubtful("x ×“×“×“", [word]) == [word]
    assert drop_doubtful("x ×“×“", [fix("×“×“", "דד", "ftfy:x", start=2)]) == []


def test_a_one_for_one_cyrillic_letter_needs_another_fix_making_cyrillic() -> None:
    lone = fix("ÿ", "я", "legacy:cp1251")
    word = fix("Ðîññèÿ", "Россия", "legacy:cp1251", start=2)
    assert drop_doubtful("ÿ Ðîññèÿ", [lone]) == []
    assert drop_doubtful("ÿ Ðîññèÿ", [lone, word]) == [lone, word]


def test_misread_letters_and_latin_results_are_kept() -> None:
    greek = fix("Î—", "Η", "ftfy:x")
    assert drop_doubtful("Î— x", [greek]) == [greek]
    latin = fix("Ã©", "é", "ftfy:x", start=3)
    assert drop_doubtful("cafÃ©", [latin]) == [latin]
    assert drop_doubtful("x", []) == []


def test_a_lone_combining_mark_is_dropped() -> None:
    sukun = fix("Ù™", "\N{ARABIC SUKUN}", "ftfy:x", start=1)
    assert drop_doubtful("OÙ™", [sukun]) == []
