"""Exact outputs of rebuilding the bytes behind misread text (`core.text.misread_bytes`).

Which readings fit a run (one byte a character, or UTF-8 where valid), the bytes each character
may stand for, how far an incomplete multi-byte tail is carried, UTF-8 misread several times
decoded all the way, and the beam search that reads legacy CJK bytes shown as "UTF-8 else
Latin-1".
"""

from __future__ import annotations

import pytest

from wirediff.core.text.misread_bytes import (
    CP1252_HIGH,
    TWO_BYTE_NATS,
    _beam_decode,
    _byte_options,
    _decode_step,
    decode_mixed,
    rebuild_bytes,
    rebuild_readings,
    undo_repeated_utf8,
)
from wirediff.core.text.plausibility import table_for

MISREAD_GB18030 = "Â鶹´«Ã½"  # "麻豆传媒" in GB18030, read as UTF-8 where valid, else Latin-1


def test_cp1252_high_bytes_map_back_including_its_five_gaps() -> None:
    assert len(CP1252_HIGH) == 32
    assert (CP1252_HIGH["€"], CP1252_HIGH["\x81"], CP1252_HIGH["Ÿ"]) == (0x80, 0x81, 0x9F)
    assert TWO_BYTE_NATS == 3.0


@pytest.mark.parametrize(
    ("run", "readings"),
    [
        (
            "Ã©",
            [("single", "latin1", b"\xc3\xa9"), ("mixed", "utf8-else-latin1", b"\xc3\xa9")],
        ),
        (
            "â€œ",
            [
                ("single", "cp1252", b"\xe2\x80\x9c"),
                ("mixed", "utf8-else-latin1", b"\xe2\x80\x9c"),
            ],
        ),
        ("Â鶹", [("mixed", "utf8-else-latin1", b"\xc2\xe9\xb6\xb9")]),
        ("abc", [("single", "latin1", b"abc"), ("mixed", "utf8-else-latin1", b"abc")]),
    ],
)
def test_the_readings_that_fit_a_run(run: str, readings: list[tuple[str, str, bytes]]) -> None:
    assert rebuild_readings(run) == readings


def test_rebuilt_bytes() -> None:
    assert rebuild_bytes(MISREAD_GB18030, utf8_rest=True) == bytes.fromhex(
        "c2 e9 b6 b9 b4 ab c3 bd"
    )
    assert rebuild_bytes(MISREAD_GB18030, utf8_rest=False) is None
    assert rebuild_bytes("é€\x81", utf8_rest=False) == b"\xe9\x80\x81"
    assert rebuild_bytes("", utf8_rest=False) == b""
    # U+00FF is the last character that stands for its own byte; U+0100 is not one.
    assert rebuild_bytes("\N{LATIN SMALL LETTER Y WITH DIAERESIS}", utf8_rest=False) == b"\xff"
    assert rebuild_bytes("\N{LATIN CAPITAL LETTER A WITH MACRON}", utf8_rest=True) == b"\xc4\x80"
    assert rebuild_bytes("\N{LATIN CAPITAL LETTER A WITH MACRON}", utf8_rest=False) is None


@pytest.mark.parametrize(
    ("text", "undone"),
    [
        ("Ã¢Â\x80Â\x9c", "“"),  # misread twice
        ("Ã©", "é"),
        ("plain", "plain"),
        ("Ã", "Ã"),  # not UTF-8 once rebuilt
        ("鶹", "鶹"),
    ],
)
def test_repeated_utf8_is_undone_all_the_way(text: str, undone: str) -> None:
    assert undo_repeated_utf8(text) == undone


def test_the_bytes_a_character_may_stand_for_likelier_first() -> None:
    assert _byte_options("a", two_byte_reader=True) == (b"a",)
    assert _byte_options("é", two_byte_reader=True) == (b"\xe9", b"\xc3\xa9")
    assert _byte_options("é", two_byte_reader=False) == (b"\xe9",)
    assert _byte_options("\x80", two_byte_reader=True) == (b"\x80", b"\xc2\x80")
    assert _byte_options("€", two_byte_reader=True) == (b"\x80",)
    assert _byte_options("鶹", two_byte_reader=True) == ("鶹".encode(),)


def test_an_incomplete_multibyte_tail_is_carried_to_the_next_character() -> None:
    assert _decode_step(b"\xc3\xa9", "utf-8") == ("é", b"")
    assert _decode_step(b"\xd2", "gb18030") == ("", b"\xd2")
    assert _decode_step(b"a\xc2\xe9\xb6", "gb18030") == ("a\N{CJK UNIFIED IDEOGRAPH-9EBB}", b"\xb6")
    assert _decode_step(b"\xff", "utf-8") is None
    assert _decode_step(b"a\xffb", "gb18030") is None  # a bad byte inside, not at the end


def test_mixed_runs_decode_to_the_likeliest_reading() -> None:
    assert decode_mixed(MISREAD_GB18030, "gb18030", "zh-Hans", limit=100.0) == "麻豆传媒"
    assert decode_mixed(MISREAD_GB18030, "gb18030", "zh-Hans", limit=1.0) is None
    table = table_for("zh-Hans")
    cost, text = _beam_decode(MISREAD_GB18030, "gb18030", table, 100.0, two_byte_reader=False) or (
        0.0,
        "",
    )
    assert text == "麻豆传媒"
    assert cost == pytest.approx(text_cost_of("麻豆传媒"))
    # Read as if two-byte UTF-8 had been decoded too, the last bytes come out wrong and cost more.
    found = _beam_decode(MISREAD_GB18030, "gb18030", table, 100.0, two_byte_reader=True)
    assert found is not None
    assert found[1] == "麻豆传脙陆"
    assert found[0] > cost
    # A run that leaves bytes undecoded at its end has no reading.
    assert _beam_decode("Â", "gb18030", table, 100.0, two_byte_reader=False) is None


def text_cost_of(text: str) -> float:
    from wirediff.core.text.plausibility import text_cost

    return sum(text_cost(char, table_for("zh-Hans")) for char in text)
