"""Exact repairs of legacy bytes read in the wrong codec (`core.text.legacy_mojibake`).

Cyrillic in cp1251, KOI8-R and ISO-8859-5, Greek, Japanese and Korean bytes read as Latin-1 or
cp1252 each come back whole, with the offsets and the method named; and the helpers that decide
which runs are worth decoding, where a run's bytes may start and end, which decodings are text,
and which short runs may be repaired alone.
"""

from __future__ import annotations

import pytest

from wirediff.core.text.legacy_mojibake import (
    ACCEPT_MARGIN_NATS,
    MIN_ALPHABET_LETTERS,
    POOLED_MARGIN_NATS,
    SAME_READING_NATS,
    LegacyRepair,
    _is_decisive,
    _is_worth_decoding,
    _spans,
    is_clean_reading,
    legacy_repairs_in_line,
)

MOSCOW = "Москва является столицей России"
HELLO = "Привет, мир, как дела"


def test_the_margins() -> None:
    assert (ACCEPT_MARGIN_NATS, POOLED_MARGIN_NATS, SAME_READING_NATS) == (10.0, 2.0, 3.0)
    assert MIN_ALPHABET_LETTERS == 4


@pytest.mark.parametrize(
    ("misread", "repairs"),
    [
        (
            "Note: Ìîñêâà ÿâëÿåòñÿ ñòîëèöåé Ðîññèè",
            [LegacyRepair(6, 37, MOSCOW, "legacy:cp1251-as-latin1")],
        ),
        (
            "Note: íÏÓË×Á Ñ×ÌÑÅÔÓÑ ÓÔÏÌÉÃÅÊ òÏÓÓÉÉ",
            [LegacyRepair(6, 37, MOSCOW, "legacy:koi8_r-as-latin1")],
        ),
        (
            "Note: ¼ÞáÚÒÐ ïÒÛïÕâáï áâÞÛØæÕÙ ÀÞááØØ",
            [LegacyRepair(6, 37, MOSCOW, "legacy:iso8859_5-as-latin1")],
        ),
        # The question mark after the run is the text's own.
        ("Note: Ïðèâåò, ìèð, êàê äåëà?", [LegacyRepair(6, 27, HELLO, "legacy:cp1251-as-latin1")]),
        (
            "Ç ÁèÞíá åßíáé ç ðñùôåýïõóá",
            [LegacyRepair(0, 26, "Η Αθήνα είναι η πρωτεύουσα", "legacy:iso8859_7-as-latin1")],
        ),
        (
            "“Œ‹ž“s‚Ì“V‹C—\\•ñ",
            [LegacyRepair(0, 16, "東京都の天気予報", "legacy:cp932-as-cp1252")],
        ),
        (
            "¼\xad¿ï ³¯¾¾°¡ ÁÁ½À´Ï´Ù",
            [LegacyRepair(0, 20, "서울 날씨가 좋습니다", "legacy:cp949-as-latin1")],
        ),
        ("Â鶹´«Ã½", [LegacyRepair(0, 6, "麻豆传媒", "legacy:gb18030-as-utf8-else-latin1")]),
    ],
)
def test_legacy_bytes_read_in_the_wrong_codec_come_back(
    misread: str, repairs: list[LegacyRepair]
) -> None:
    assert legacy_repairs_in_line(misread) == repairs


@pytest.mark.parametrize(
    "line",
    [
        "IRMÃOS, Âge, 東京 ２０２４, “quoted”",
        "Ôôô and åäö",  # Portuguese and Swedish letters, not Cyrillic
        "Zürich, naïve",
        "one é",
    ],
)
def test_real_text_is_left_alone(line: str) -> None:
    assert legacy_repairs_in_line(line) == []


@pytest.mark.parametrize(
    ("run", "worth"),
    [
        ("é", False),
        ("çõ", False),
        ("š ž", False),  # Czech letters
        ("Â鶹", False),  # only one misread character
        ("Ã©", True),  # a rare Latin-1 symbol
        ("ÂêÀ", True),  # three misread characters in a row
        ("Ã©Ã", True),
        ("ŸŸ", True),
    ],
)
def test_which_runs_are_worth_decoding(run: str, worth: bool) -> None:
    assert _is_worth_decoding(run) is worth


def test_a_run_may_shed_typographic_punctuation_and_take_an_ascii_trail_byte() -> None:
    assert _spans("Biden’s Ã©Ã©", 5, 12) == [(5, 12), (8, 12)]
    assert _spans("abc Ã©x", 4, 6) == [(4, 6), (4, 7)]
    assert _spans("abc Ã©", 4, 6) == [(4, 6)]
    assert _spans("abc Ã©~", 4, 6) == [(4, 6), (4, 7)]
    assert _spans("abc Ã©\x7f", 4, 6) == [(4, 6)]
    assert _spans("abc Ã©@", 4, 6) == [(4, 6), (4, 7)]
    assert _spans("abc Ã©?", 4, 6) == [(4, 6)]
    # A run of typographic punctuation alone is not cut back.
    assert _spans("a\N{RIGHT SINGLE QUOTATION MARK}b", 1, 2) == [(1, 2), (1, 3)]
    assert _spans("abc Ã© ", 4, 6) == [(4, 6)]
    assert _spans("Ã©’", 0, 3) == [(0, 3)]
    assert _spans("Ã© ’", 0, 4) == [(0, 4), (0, 2)]


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("麻豆传媒", True),
        ("ΦΠ»ͺΘΛΓρΉ²ΊΝΉϊ", False),
        ("◎가나다", True),  # one symbol opening a short run
        ("◎가나", False),
        ("abcd¤", True),  # a single one in a run of four or more
        ("ab¤", False),
        ("¤" * 2 + "a" * 18, True),  # two in twenty
        ("¤" * 2 + "a" * 17, False),
        ("¤", False),
    ],
)
def test_clean_readings_have_one_symbol_in_ten_at_most(text: str, clean: bool) -> None:
    assert is_clean_reading(text) is clean


@pytest.mark.parametrize(
    ("line", "repair", "decisive"),
    [
        ("x Â鶹 y", LegacyRepair(2, 5, "麻", "m"), True),  # fewer characters: multi-byte
        ("x Ìîñêâà y", LegacyRepair(2, 8, "Москва", "m"), True),  # a word of four letters or more
        ("x íà y", LegacyRepair(2, 4, "на", "m"), True),  # a common short word on its own
        ("x åäö y", LegacyRepair(2, 5, "едц", "m"), False),  # not a word
        ("xíà y", LegacyRepair(1, 3, "на", "m"), False),  # part of a longer word
        ("x íàz", LegacyRepair(2, 4, "на", "m"), False),
        ("x «» y", LegacyRepair(2, 4, "»«", "m"), False),  # no letters
    ],
)
def test_short_runs_decide_alone_only_as_common_words(
    line: str, repair: LegacyRepair, decisive: bool
) -> None:
    assert _is_decisive(repair, line) is decisive


def test_a_run_glued_to_an_ascii_word_is_repaired() -> None:
    assert legacy_repairs_in_line("xÌîñêâà") == [
        LegacyRepair(1, 7, "Москва", "legacy:cp1251-as-latin1")
    ]
