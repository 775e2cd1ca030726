"""Exact outputs of BOM-less UTF-16/32 detection (`core.text.wide_text`) and of applying and
reverting fixes (`core.text.fixes`).

Wide text: which byte layouts are tried, and the writing test's three thresholds (unprintable
characters, whitespace, cost a character) at their boundaries. Fixes: applied and reverted in
`start` order whatever order they come in, and fixes that belong to another text refused with
the offsets they claim.
"""

from __future__ import annotations

import struct

import pytest

from wirediff.core.result import Fix
from wirediff.core.text import wide_text
from wirediff.core.text.fixes import apply_fixes, revert_fixes
from wirediff.core.text.wide_text import _is_writing, read_wide_text

PLAIN = "Plain words in a file.\n"
# 998 letters of English without spaces, cheap enough to pass the cost test.
LETTERS = ("the cat sat on the mat and then ran home again " * 30).replace(" ", "")[:998]


def test_the_thresholds_are_those_the_module_names() -> None:
    assert (wide_text.WIDE_ZERO_SHARE, wide_text.WIDE_ZERO_CONTRAST) == (0.02, 2)
    assert wide_text.WIDE_MAX_UNPRINTABLE_SHARE == 0.005
    assert wide_text.WIDE_CHARS_PER_WHITESPACE == 500
    assert wide_text.WIDE_MAX_NATS_PER_CHAR == 11.0
    assert (wide_text.WIDE_SCORED_CHARS, wide_text.WIDE_SAMPLE_CHARS) == (2000, 256 * 1024)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_each_wide_layout_is_read_with_its_codec(encoding: str) -> None:
    assert read_wide_text(PLAIN.encode(encoding)) == (PLAIN, encoding)


def test_cjk_utf16_needs_some_ascii_to_be_told_apart() -> None:
    assert read_wide_text("中文新闻报道今天发布了。".encode("utf-16-le")) is None
    mixed = "一二三四五六七八九十 a" * 10
    assert read_wide_text(mixed.encode("utf-16-le")) == (mixed, "utf-16-le")


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(20)) * 4,  # small numbers: zeros in every column
        struct.pack("<20I", *range(20)),  # a table of integers reads as UTF-32 but not as writing
        b"a\x00b",  # odd length
        "ab".encode("utf-32-le")[:-1] + b"\x01",  # a top byte that is not zero
    ],
)
def test_binary_that_merely_holds_zeros_is_not_wide_text(raw: bytes) -> None:
    assert read_wide_text(raw) is None


def test_a_utf32_unit_above_the_last_plane_is_not_utf32() -> None:
    raw = PLAIN.encode("utf-32-le")[:-4] + b"\x00\x00\x11\x00"
    assert read_wide_text(raw) is None


def test_writing_needs_a_space_every_500_characters() -> None:
    two = LETTERS[:499] + " " + LETTERS[499:998] + " "
    assert len(two) == 1000
    assert _is_writing(two)
    one = LETTERS + "x "
    assert len(one) == 1000
    assert not _is_writing(one)
    assert _is_writing("a b")
    assert not _is_writing("ab")


def test_writing_allows_one_unprintable_character_in_200() -> None:
    prose = ("the cat sat on the mat and then ran home again " * 30)[:995]
    assert _is_writing(prose + "\x01" * 5)  # 5 of 1,000
    assert not _is_writing(prose + "\x01" * 6)  # 6 of 1,001
    assert not _is_writing("a\x00 b")


def test_writing_must_cost_little_a_character() -> None:
    # Greek, Chinese and Cyrillic letters switching inside words: 17 nats a character.
    assert not _is_writing("Ω中Ωя аΩ中я")
    assert _is_writing("The cat sat.")


FIXES = [Fix(6, 8, "Ã©", "é", "m"), Fix(3, 5, "Ã©", "é", "m")]


def test_fixes_apply_and_revert_in_start_order() -> None:
    assert apply_fixes("cafÃ© Ã©tÃ©", FIXES) == "café étÃ©"
    assert revert_fixes("café étÃ©", FIXES) == "cafÃ© Ã©tÃ©"
    assert apply_fixes("abc", []) == "abc"
    assert revert_fixes("abc", []) == "abc"
    # Insertions and deletions shift what follows.
    grow = [Fix(0, 1, "a", "xyz", "m"), Fix(2, 3, "c", "", "m")]
    assert apply_fixes("abcd", grow) == "xyzbd"
    assert revert_fixes("xyzbd", grow) == "abcd"


@pytest.mark.parametrize(
    "fixes",
    [
        [Fix(3, 5, "XX", "é", "m")],  # not the text's characters
        [Fix(3, 5, "Ã©", "é", "m"), Fix(4, 6, "©\N{NO-BREAK SPACE}", "x", "m")],  # overlapping
    ],
)
def test_fixes_of_another_text_are_refused(fixes: list[Fix]) -> None:
    with pytest.raises(ValueError, match=r"^fix at \d+\.\.\d+ does not match the text$"):
        apply_fixes("cafÃ©\N{NO-BREAK SPACE}", fixes)


def test_reverting_fixes_of_another_text_is_refused() -> None:
    message = r"^fix at 3\.\.5 does not match the repaired text$"
    with pytest.raises(ValueError, match=message):
        revert_fixes("cafe", [Fix(3, 5, "Ã©", "é", "m")])
    with pytest.raises(ValueError, match=message):
        revert_fixes("café", [Fix(3, 5, "Ã©", "é", "m"), Fix(3, 4, "Ã", "é", "m")])
