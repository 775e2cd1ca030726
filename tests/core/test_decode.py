"""Pins the decode stage: encoding order, typed errors with one-line messages, speed on UTF-8.

Also pins UTF-8 with a stray legacy byte staying UTF-8 and BOM-less UTF-16/32 being read as text
while binary files are still refused.
"""

from __future__ import annotations

import codecs
import io
import os
import random
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirediff.core.text.decode
from wirediff.core.errors import (
    BinaryInput,
    EmptyInput,
    InputTooLarge,
    MissingInput,
    UnreadableInput,
)
from wirediff.core.text.decode import Decoded, decode_bytes, read_input

RUSSIAN = "Москва является столицей России, а Санкт-Петербург - её северной столицей.\n" * 3
CHINESE = "中华人民共和国国务院今天发布了关于进一步加强新闻出版管理的通知。\n" * 3
TRADITIONAL = "中華人民共和國國務院今天發布了關於進一步加強新聞出版管理的通知。\n" * 3
JAPANESE = "東京都の天気予報によると、明日は全国的に雨が降るでしょう。\n" * 3


def test_strict_utf8_is_taken_as_is() -> None:
    assert decode_bytes("Kharkiv — “Ukraine’s”\n".encode()) == Decoded(
        "Kharkiv — “Ukraine’s”\n", "utf-8", 1.0
    )


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + "Ωμέγα\n".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Ωμέγα\n".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Ωμέγα\n".encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + "Ωμέγα\n".encode("utf-32-le"), "utf-32"),
        (codecs.BOM_UTF32_BE + "Ωμέγα\n".encode("utf-32-be"), "utf-32"),
    ],
)
def test_byte_order_marks(raw: bytes, encoding: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == "Ωμέγα\n"
    assert decoded.encoding == encoding
    assert raw.decode(decoded.encoding).replace("\r\n", "\n") == decoded.text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (CHINESE, "gbk"),
        (TRADITIONAL, "big5"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc_jp"),
        ("Ça coûte 5 € à Noël, déjà.\n", "cp1252"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert 0.0 < decoded.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café au lait\n", "cp1252"),
        ("It costs 5 €.\n", "cp1252"),
        ("Grüße aus München\n", "latin-1"),
        ("Zażółć gęślą jaźń\n", "cp1250"),
        ("Привет\n", "koi8_r"),
        ("日本語\n", "shift_jis"),
        ("한국어\n", "euc_kr"),
        ("Ελλάδα\n", "iso8859_7"),
    ],
)
def test_one_short_line(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert "\ufffd" not in decoded.text


def test_english_article_quoting_greek() -> None:
    english = "The minister spoke to reporters in Athens on Monday.\n" * 4
    text = english + "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της.\n" + english
    assert decode_bytes(text.encode("iso8859_7")).text == text


def test_thai_has_no_table_but_still_wins() -> None:
    text = "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย และเป็นเมืองที่มีประชากรมากที่สุด\n" * 2
    assert decode_bytes(text.encode("tis_620")).text == text


def test_utf8_with_a_stray_cp1252_byte_stays_utf8() -> None:
    text = "Ukraine’s “peace plan” — Café, naïve, 東京.\n" * 20
    decoded = decode_bytes(text[:10].encode() + b"\x92" + text[10:].encode())
    assert decoded.encoding == "utf-8"
    assert decoded.text == text[:10] + "’" + text[10:]
    assert 0.9 < decoded.confidence < 1.0


def test_seed_with_one_stray_byte_among_few_quotes_stays_utf8(seeds: dict[str, Path]) -> None:
    raw = seeds["000"].read_bytes()
    assert raw.count("’".encode()) + raw.count("“".encode()) < 20  # too few for the old ratio
    decoded = decode_bytes(raw.replace(b"recent days", b"recent\x92 days"))
    assert decoded.encoding == "utf-8"
    assert decoded.text == raw.decode().replace("recent days", "recent’ days")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Ça coûte 5 € à Noël, déjà. “Très” cher, dit-il.\n" * 3, "cp1252"),
        ("Grüße aus München, sagte der Bürgermeister am Dienstag.\n" * 3, "latin-1"),
        ("Зеленський заявив, що Україна і її союзники готові.\n" * 3, "cp1251"),
        (JAPANESE, "euc_jp"),
        (CHINESE, "gb18030"),
    ],
)
def test_legacy_text_is_not_taken_for_mostly_utf8(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.encoding != "utf-8"
    assert decoded.text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(
    "text",
    [RUSSIAN, "Kharkiv — “Ukraine’s”\r\nsecond city.\n", JAPANESE],
    ids=["russian", "english", "japanese"],
)
def test_wide_encodings_without_a_byte_order_mark(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.encoding == encoding
    assert decoded.text == text.replace("\r\n", "\n")


def test_seed_in_utf16_without_a_byte_order_mark(seeds: dict[str, Path]) -> None:
    text = seeds["000"].read_text(encoding="utf-8")
    decoded = decode_bytes(text.encode("utf-16-le"))
    assert decoded == Decoded(text, "utf-16-le", decoded.confidence)


def test_nul_separated_ascii_is_not_read_as_utf16() -> None:
    raw = b"\x00".join([b"Enter a name", b"Settings", b"Open file", b"Quit"] * 30)
    with pytest.raises(BinaryInput, match="NUL bytes"):
        decode_bytes(raw[: len(raw) // 2 * 2])


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello " * 100)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000),
        _zip_bytes(),
        Path(sys.executable).resolve().read_bytes()[:20_000],
        struct.pack("<1000h", *range(-500, 500)),  # 16-bit samples: zeros at one parity
        struct.pack("<1000i", *range(1000)),  # 32-bit integers: the UTF-32 pattern
    ],
    ids=["png", "zip", "executable", "int16", "int32"],
)
def test_binary_with_nul_bytes_is_still_refused(raw: bytes) -> None:
    with pytest.raises(BinaryInput, match="binary"):
        decode_bytes(raw)


def test_iso_2022_jp_is_not_taken_for_ascii() -> None:
    text = "東京都の天気予報です。\n"
    decoded = decode_bytes(text.encode("iso2022_jp"))
    assert decoded.text == text
    assert decoded.encoding.startswith("iso2022_jp")


def test_line_ends_become_newlines() -> None:
    assert decode_bytes(b"one\r\ntwo\rthree\n").text == "one\ntwo\nthree\n"
    assert decode_bytes(codecs.BOM_UTF16_LE + "a\r\nb".encode("utf-16-le")).text == "a\nb"


def test_empty_input() -> None:
    with pytest.raises(EmptyInput, match="empty"):
        decode_bytes(b"")


def test_whitespace_only_is_text() -> None:
    assert decode_bytes(b" \n").text == " \n"


@pytest.mark.parametrize("raw", [b"PNG\x00\x01\x02 data", b"\x01\x02\x03\x04\x05abc"])
def test_binary_input(raw: bytes) -> None:
    with pytest.raises(BinaryInput, match="binary"):
        decode_bytes(raw)


def test_utf8_megabyte_never_reaches_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(raw: bytes) -> tuple[str, float]:
        raise AssertionError("detection ran on valid UTF-8")

    monkeypatch.setattr(wirediff.core.text.decode, "_detect", refuse)
    raw = ("Ukraine’s second-largest city, Kharkiv — “a test”.\r\n" * 20_000).encode()
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert "\r" not in decoded.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_a_typed_error(raw: bytes) -> None:
    message = ""
    try:
        decoded = decode_bytes(raw)
    except (BinaryInput, EmptyInput) as error:
        message = str(error)
    else:
        assert "\r" not in decoded.text
        assert 0.0 <= decoded.confidence <= 1.0
        return
    assert message
    assert "\n" not in message


def test_read_input_returns_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert read_input(path) == b"abc"
    assert read_input(str(path)) == b"abc"


def test_missing_input_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(MissingInput, match=r"missing\.txt: no such file"):
        read_input(tmp_path / "missing.txt")


def test_folder_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="is a folder"):
        read_input(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"abc")
    path.chmod(0)
    with pytest.raises(UnreadableInput, match=r"secret\.txt: permission denied"):
        read_input(path)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wirediff.core.text.decode, "MAX_INPUT_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(InputTooLarge, match=r"big\.txt: .* larger than"):
        read_input(path)
