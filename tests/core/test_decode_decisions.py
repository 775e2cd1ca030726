"""Exact outputs of the decode stage's decisions (`core.text.decode`), case by case.

Where binary starts (the share of control bytes), how much valid UTF-8 keeps a file with stray
bytes UTF-8 and what each stray becomes, the confidence reported for damaged and mostly-UTF-8
text, ISO-2022 and BOM-less UTF-16, the lines detection scores, the codec names it accepts, and
the one-line messages for files that cannot be read. Each expected value is written out whole.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import socket
from pathlib import Path

import pytest

from wirediff.core.errors import BinaryInput, InputTooLarge, MissingInput, UnreadableInput
from wirediff.core.text import decode
from wirediff.core.text.decode import (
    _NEVER_GUESSED,
    Decoded,
    _check_size,
    _codec_name,
    _decode_lenient,
    _decode_mostly_utf8,
    _detect,
    _informative_lines,
    _normalize_newlines,
    decode_as,
    decode_bytes,
    read_input,
)


def test_the_limits_are_those_the_messages_and_docs_name() -> None:
    assert decode.MAX_INPUT_BYTES == 64 * 2**20
    assert decode.BINARY_CONTROL_RATIO == 0.3
    assert (decode.WIDE_CONFIDENCE, decode.DECLARED_CONFIDENCE) == (0.99, 0.5)
    assert (decode.DETECTION_SAMPLE_BYTES, decode.DETECTION_CANDIDATES) == (256 * 1024, 6)
    assert (decode.SCORED_SAMPLE_BYTES, decode.RARE_CODEC_HANDICAP) == (1500, 0.05)
    assert (decode.UTF8_BYTES_PER_STRAY, decode.MIN_UTF8_SEQUENCES) == (2, 3)
    assert decode.CONFIDENCE_WEIGHT == 1.0


def test_control_bytes_are_those_no_text_file_holds() -> None:
    # Tab, line feed, vertical tab, form feed, carriage return and escape are text.
    assert bytes([*range(0, 9), *range(14, 27), *range(28, 32)]) == decode._CONTROL_BYTES


@pytest.mark.parametrize(
    ("raw", "binary"),
    [
        (b"\x01\x02\x03" + b"abcdefg", False),  # 3 of 10: not more than 30%
        (b"\x01\x02\x03\x04" + b"abcdef", True),  # 4 of 10
        (b"\x0b\x0c\x1b\t\r\n" * 5 + b"a", False),  # text's own controls never count
        (b"\x1f" * 3 + b"x" * 7, False),
        (b"\x1f" * 4 + b"x" * 6, True),
    ],
)
def test_binary_is_more_than_three_tenths_control_bytes(raw: bytes, binary: bool) -> None:
    if binary:
        with pytest.raises(BinaryInput, match=r"^the file is mostly control bytes: it is binary"):
            decode_bytes(raw)
    else:
        assert decode_bytes(raw).encoding == "utf-8"


def test_nul_bytes_that_are_not_wide_text_are_binary_with_that_reason() -> None:
    with pytest.raises(BinaryInput) as caught:
        decode_bytes(b"\x00\x01\x02\x03\xff\xfe\x00\x10")
    assert str(caught.value) == "the file holds NUL bytes: it is binary, not text"


def test_bomless_utf16_reports_its_codec_and_the_wide_confidence() -> None:
    raw = "Plain words in a file\r\nwritten as UTF-16.\r\n".encode("utf-16-le")
    assert decode_bytes(raw) == Decoded(
        "Plain words in a file\nwritten as UTF-16.\n", "utf-16-le", 0.99
    )


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        # Four valid curly quotes (twelve bytes) vouch for one stray cp1252 quote.
        (
            "“a” ‘b’".encode() + b" \x93c",
            Decoded("“a” ‘b’ “c", "utf-8", 0.8),
        ),
        # Two-byte letters: six valid bytes against three strays is just enough.
        (
            "é é é".encode() + b" \xe9\xe8\xe0",
            Decoded("é é é éèà", "utf-8", 0.5),
        ),
        # The five bytes cp1252 leaves undefined come out as C1 controls.
        (
            "“a” “b” “c”".encode() + b" \x81\x8d",
            Decoded("“a” “b” “c” \x81\x8d", "utf-8", 0.75),
        ),
    ],
)
def test_mostly_utf8_keeps_valid_sequences_and_reads_strays_as_cp1252(
    raw: bytes, decoded: Decoded
) -> None:
    assert _decode_mostly_utf8(raw) == decoded
    assert decode_bytes(raw) == decoded


@pytest.mark.parametrize(
    "raw",
    [
        "é é".encode() + b" \xe9",  # two valid sequences: too few
        "é é é".encode() + b" \xe9\xe8\xe0\xe1",  # six valid bytes against four strays
        b"caf\xe9 cr\xe8me",  # no valid sequence at all
    ],
)
def test_too_little_valid_utf8_leaves_the_file_to_detection(raw: bytes) -> None:
    assert _decode_mostly_utf8(raw) is None


def test_mostly_utf8_line_ends_become_newlines() -> None:
    raw = "“a” “b”\r\n“c”".encode() + b"\r\n\x93"
    assert _decode_mostly_utf8(raw) == Decoded("“a” “b”\n“c”\n“", "utf-8", 0.8571)


def test_damaged_text_after_a_mark_lowers_the_confidence_by_its_damage() -> None:
    assert _decode_lenient(b"abc", "utf-8") == ("abc", 1.0)
    text, confidence = _decode_lenient(b"ab\xff", "utf-8")
    assert text == "ab\N{REPLACEMENT CHARACTER}"
    assert confidence == pytest.approx(0.5 - 1 / 3)
    assert _decode_lenient(b"\xff\xff", "utf-8") == ("\N{REPLACEMENT CHARACTER}" * 2, 0.0)
    decoded = decode_bytes(codecs.BOM_UTF8 + b"ab\xff\r\n")
    assert (decoded.text, decoded.encoding) == ("ab\N{REPLACEMENT CHARACTER}\n", "utf-8-sig")
    assert decoded.confidence == pytest.approx(0.5 - 1 / 5)


def test_the_utf32_mark_is_not_read_as_the_utf16_mark_it_starts_with() -> None:
    raw = codecs.BOM_UTF32_LE + "Ω\n".encode("utf-32-le")
    assert decode_bytes(raw) == Decoded("Ω\n", "utf-32", 1.0)
    raw = codecs.BOM_UTF16_LE + "Ω\r\n".encode("utf-16-le")
    assert decode_bytes(raw) == Decoded("Ω\n", "utf-16", 1.0)


def test_iso_2022_is_read_with_its_escapes_korean_by_its_own_designation() -> None:
    japanese = "東京の天気".encode("iso2022_jp")
    assert decode_bytes(japanese) == Decoded("東京の天気", "iso2022_jp", 0.99)
    korean = "서울 날씨".encode("iso2022_kr")
    assert decode_bytes(korean) == Decoded("서울 날씨", "iso2022_kr", 0.99)
    # An escape byte that designates no character set is plain ASCII text.
    assert decode_bytes(b"colour \x1b[1mbold\x1b[0m") == Decoded(
        "colour \x1b[1mbold\x1b[0m", "utf-8", 1.0
    )


def test_detection_reports_chardet_confidence_rounded_and_at_least_a_hundredth() -> None:
    text = "Le café où l'on dîne à Noël \N{EM DASH} près de la forêt.\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert 0.01 <= decoded.confidence <= 1.0
    assert decoded.confidence == round(decoded.confidence, 4)


def test_a_declared_encoding_wins_when_it_reads_as_well() -> None:
    raw = "Ярко светит солнце над городом.\n".encode("koi8_r")
    assert decode_bytes(raw).encoding != "koi8-r"
    decoded = decode_bytes(raw, declared="koi8-r")
    assert (decoded.text, decoded.encoding) == ("Ярко светит солнце над городом.\n", "koi8-r")
    # It is lent at least half confidence.
    assert decoded.confidence >= 0.5
    # A declaration that reads as nonsense is overruled, and an unknown name is ignored.
    raw = "Le café où l'on dîne.\n".encode("cp1252")
    undeclared = decode_bytes(raw)
    assert decode_bytes(raw, declared="cp1251") == undeclared
    assert decode_bytes(raw, declared="no-such-codec") == undeclared
    assert undeclared.text == "Le café où l'on dîne.\n"


def test_decode_as_replaces_what_the_chosen_codec_cannot_read() -> None:
    assert decode_as(b"a\xffb\r\n", "utf-8") == Decoded(
        "a\N{REPLACEMENT CHARACTER}b\n", "utf-8", 1.0
    )


def test_line_ends_of_every_kind_become_newlines() -> None:
    assert _normalize_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert _normalize_newlines("a\n\rb") == "a\n\nb"
    assert _normalize_newlines("plain") == "plain"


def test_detection_scores_only_the_lines_with_non_ascii_bytes() -> None:
    assert _informative_lines(b"abc\n\xe9t\xe9\nxyz\n\xfc") == (b"\xe9t\xe9\n\xfc", False)
    assert _informative_lines(b"only ascii\n") == (b"", False)
    long_line = b"\xe9" * 2000
    assert _informative_lines(long_line) == (b"\xe9" * 1500, True)
    # The second line is cut to what is left of the 1,500 bytes, its line end counted.
    two = b"\xe9" * 1000 + b"\n" + b"\xe8" * 1000 + b"\n\xe0"
    assert _informative_lines(two) == (b"\xe9" * 1000 + b"\n" + b"\xe8" * 499, True)
    # A line that fits exactly is not cut, and nothing after the budget is taken.
    exact = b"\xe9" * 999 + b"\n" + b"\xe8" * 500 + b"\n\xe0"
    assert _informative_lines(exact) == (b"\xe9" * 999 + b"\n" + b"\xe8" * 500, False)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        (None, None),
        ("", None),
        ("no-such-codec", None),
        ("GB2312", "gb18030"),
        ("GBK", "gb18030"),
        ("EUC-KR", "cp949"),
        ("ascii", "cp1252"),
        ("Windows-1251", "cp1251"),
        ("ISO-8859-1", "iso8859-1"),
    ],
)
def test_chardet_labels_become_python_codecs_or_their_supersets(
    label: str | None, name: str | None
) -> None:
    assert _codec_name(label) == name


def test_a_file_too_large_names_both_sizes_exactly() -> None:
    _check_size("ok.txt", decode.MAX_INPUT_BYTES)
    with pytest.raises(InputTooLarge) as caught:
        _check_size("big.txt", decode.MAX_INPUT_BYTES + 1)
    assert str(caught.value) == (
        "big.txt: 67,108,865 bytes is larger than the 67,108,864 bytes (64 MiB) wirediff compares"
    )


def test_read_input_messages_name_the_file_and_what_it_is(tmp_path: Path) -> None:
    with pytest.raises(MissingInput) as caught:
        read_input("")
    assert str(caught.value) == "the file name is empty"
    with pytest.raises(MissingInput) as caught:
        read_input(tmp_path / "gone.txt")
    assert str(caught.value) == f"{tmp_path / 'gone.txt'}: no such file"
    with pytest.raises(UnreadableInput) as caught:
        read_input(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_or_socket_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableInput) as caught:
        read_input(fifo)
    assert str(caught.value) == f"{fifo}: is a named pipe (FIFO), not a regular file"
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(UnreadableInput) as caught:
            read_input(path)
    assert str(caught.value) == f"{path}: is a socket, not a regular file"
    with pytest.raises(UnreadableInput) as caught:
        read_input("/dev/null")
    assert str(caught.value) == "/dev/null: is a device, not a regular file"


def test_a_name_the_system_refuses_is_one_line_naming_it() -> None:
    name = "a" * 300
    with pytest.raises(UnreadableInput) as caught:
        read_input(name)
    assert str(caught.value) == f"{name}: cannot read (File name too long)"


def test_decode_as_uses_the_codec_chosen() -> None:
    assert decode_as(b"caf\xe9\r\n", "cp1252") == Decoded("café\n", "cp1252", 1.0)


def test_iso_2022_jp_2_is_tried_when_iso_2022_jp_cannot_read_the_text() -> None:
    raw = "東京 서울".encode("iso2022_jp_2")
    assert decode_bytes(raw) == Decoded("東京 서울", "iso2022_jp_2", 0.99)


def test_a_character_cut_by_the_scored_sample_does_not_rule_its_codec_out() -> None:
    # One ASCII letter first: the 1,500-byte sample ends inside a two-byte character.
    text = "a" + "中文新闻报道" * 200
    decoded = decode_bytes(text.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_detection_reports_chardet_confidence_not_the_floor() -> None:
    raw = "Ярко светит солнце над городом.\n".encode("koi8_r")
    assert decode_bytes(raw).confidence > 0.1


def test_a_file_of_exactly_the_limit_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decode, "MAX_INPUT_BYTES", 10)
    path = tmp_path / "ten.txt"
    path.write_bytes(b"0123456789")
    assert read_input(path) == b"0123456789"


def test_open_and_read_failures_are_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")

    def refuse(*args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    def fail(*args: object) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(decode.os, "open", refuse)
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: permission denied"
    monkeypatch.setattr(decode.os, "open", fail)
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: cannot read (Input/output error)"


def test_a_read_that_fails_midway_is_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    real_fdopen = os.fdopen

    class Failing(io.RawIOBase):
        def __init__(self, handle: int) -> None:
            self.stream = real_fdopen(handle, "rb")

        def fileno(self) -> int:
            return self.stream.fileno()

        def read(self, size: int = -1) -> bytes:
            raise OSError(errno.EIO, "Input/output error")

        def close(self) -> None:
            self.stream.close()

    monkeypatch.setattr(decode.os, "fdopen", lambda handle, mode: Failing(handle))
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: cannot read (Input/output error)"


def test_damaged_utf16_after_its_mark_is_read_as_utf16() -> None:
    raw = codecs.BOM_UTF16_LE + "Ab".encode("utf-16-le") + b"\x00"
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.encoding) == ("Ab\N{REPLACEMENT CHARACTER}", "utf-16")
    assert decoded.confidence == pytest.approx(0.5 - 1 / 3)


def test_the_scored_sample_stops_once_it_holds_its_bytes() -> None:
    exact = b"\xe9" * 999 + b"\n" + b"\xe8" * 499 + b"\n\xe0"
    assert _informative_lines(exact) == (b"\xe9" * 999 + b"\n" + b"\xe8" * 499, False)


@pytest.mark.parametrize("declared", [None, "cp500", "ibm1140"])
def test_ebcdic_is_never_guessed_even_for_ebcdic_bytes_or_when_declared(declared) -> None:
    raw = "Grüße aus München, schön".encode("cp1140")
    assert _detect(raw, declared)[0] not in _NEVER_GUESSED
