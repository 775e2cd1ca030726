"""Decode stage: read an input file and turn its bytes into text, remembering how.

First stage of the engine (bytes → decode → repair → ...). `read_input` loads a file with typed,
one-line errors; `decode_bytes` picks the encoding in a fixed order: a byte-order mark (UTF-8,
UTF-16 and UTF-32, either byte order), BOM-less UTF-16/32 (told by where the zero bytes sit), then
strict UTF-8 (a few stray bytes forgiven), then ISO-2022 escape sequences, and only then
statistical detection with chardet. Line ends come out as "\\n". Anything that is not text
raises `BinaryInput`; nothing else raises.

chardet was chosen over charset-normalizer by measurement on the encoding benchmark's 92
legacy files (whole files in a non-UTF-8 encoding, no BOM): chardet alone decoded 89 exactly,
charset-normalizer 79 (it takes Latin-1 Spanish, Portuguese and French for cp1250, and fails on
Korean). chardet's guesses re-ranked by `core.text.plausibility` decode 91; on chardet's own 358
test files both chardet and the re-ranking decode 352 (the rest differ only where GB18030 and
cp932 map a few punctuation marks differently from GB2312 and Shift_JIS).

Imports the standard library, chardet, `core.errors` and `core.text.plausibility`; never PySide6 or
`gui`.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from wirediff.core.errors import (
    BinaryInput,
    EmptyInput,
    InputTooLarge,
    MissingInput,
    UnreadableInput,
)
from wirediff.core.text.wide_text import read_wide_text

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Largest file wirediff loads: far above any article, small enough to diff in memory."""

BINARY_CONTROL_RATIO = 0.3
"""Share of control bytes (other than tab, line ends, form feed and escape) that means binary."""

WIDE_CONFIDENCE = 0.99
"""BOM-less UTF-16/32 is recognised by its zero bytes and checked to read as writing."""

DETECTION_SAMPLE_BYTES = 256 * 1024
"""chardet sees at most this much: its answer settles long before, and it is slow on more."""

DETECTION_CANDIDATES = 6
"""chardet's best guesses that are re-ranked by plausibility."""

# Tried besides chardet's guesses: the legacy encodings news text is found in.
COMMON_LEGACY_CODECS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "gb18030",
    "cp950",
    "big5hkscs",
    "cp932",
    "euc_jp",
    "cp949",
)

# Encodings news text is commonly found in; any other pays `RARE_CODEC_HANDICAP`, so that a
# DOS or Macintosh code page that reads the same bytes as well does not win a tie.
_USUAL_CODECS = frozenset(
    {
        *COMMON_LEGACY_CODECS,
        "latin-1",
        "iso8859-2",
        "iso8859-5",
        "iso8859-7",
        "iso8859-9",
        "iso8859-15",
        "koi8-u",
        "shift_jis",
        "euc_kr",
        "big5",
        "tis-620",
        "cp874",
        "iso8859-6",
        "iso8859-8",
        "cp1257",
        "cp1258",
    }
)

RARE_CODEC_HANDICAP = 0.05
"""Nats per byte an encoding outside `_USUAL_CODECS` must win by."""

# Encodings no text file of ours is in, which decode any bytes into something letter-like.
_NEVER_GUESSED = frozenset({"cp037", "cp500", "cp875", "cp1026", "cp1140", "cp273", "cp424"})

SCORED_SAMPLE_BYTES = 1500
"""Bytes (of lines with non-ASCII bytes) whose decoding by each candidate is scored."""

DECLARED_CONFIDENCE = 0.5
"""Least confidence lent to a declared encoding (it gets chardet's best when that is higher)."""

CONFIDENCE_WEIGHT = 1.0
"""Nats per byte that chardet's confidence (0..1) is worth against plausibility."""

# Longest marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
# Each is reported under the name of the Python codec that reads the mark itself ("utf-16"
# works out the byte order from it), so re-decoding `raw` with that name gives the same text.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b")

# What a file with stray bytes needs to be read as UTF-8 anyway: this many bytes of valid
# multi-byte sequences per stray byte (legacy CJK text, which forms valid sequences by chance,
# has about one such byte per stray), and never fewer than the minimum of sequences.
UTF8_BYTES_PER_STRAY = 2
MIN_UTF8_SEQUENCES = 3

# A byte that is not valid UTF-8, as `surrogateescape` leaves it, and its cp1252 reading.
_STRAY_BYTE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_ASCII = bytes(range(0x80))
_STRAY_AS_CP1252 = {
    0xDC00 + byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
    for byte in range(0x80, 0x100)
}

# ISO-2022 texts are pure 7-bit bytes (so they pass as UTF-8) that switch character sets with
# escape sequences; these are tried, in order, when an escape byte is present.
_ISO_2022_CODECS = ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_kr")
_ISO_2022_DESIGNATIONS = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D", b"\x1b$A", b"\x1b$)C")

# chardet names a few encodings by labels Python spells differently, or by a narrower
# encoding than the bytes need; each is replaced by the superset Python decodes.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "ascii": "cp1252",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and how sure the choice was (0..1)."""

    text: str
    encoding: str
    confidence: float


def read_input(path: str | Path) -> bytes:
    """Read an input file's bytes, raising a typed error whose message names the file.

    Only regular files are read: a FIFO or a terminal would block forever waiting for a writer,
    and a device may never end. The file is opened without blocking and checked again through
    its descriptor, so one swapped for a FIFO after the first look cannot hang the read.

    >>> read_input("/no/such/file.txt")
    Traceback (most recent call last):
    wirediff.core.errors.MissingInput: /no/such/file.txt: no such file
    >>> read_input("")
    Traceback (most recent call last):
    wirediff.core.errors.MissingInput: the file name is empty
    """
    if not str(path):
        raise MissingInput("the file name is empty")  # Path("") would mean the current folder
    label = str(path)
    try:
        status = Path(path).stat()
    except FileNotFoundError:
        raise MissingInput(f"{label}: no such file") from None
    except OSError as error:
        raise UnreadableInput(f"{label}: cannot read ({error.strerror or error})") from None
    _check_regular(label, status.st_mode)
    _check_size(label, status.st_size)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise UnreadableInput(f"{label}: permission denied") from None
    except OSError as error:
        raise UnreadableInput(f"{label}: cannot read ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "rb") as stream:
            _check_regular(label, os.fstat(stream.fileno()).st_mode)
            raw = stream.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise UnreadableInput(f"{label}: cannot read ({error.strerror or error})") from None
    _check_size(label, len(raw))  # the file grew between stat and read
    return raw


def _check_regular(label: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise UnreadableInput(f"{label}: is a folder, not a file")
    kind = (
        "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
    )
    raise UnreadableInput(f"{label}: is {kind}, not a regular file")


def _check_size(label: str, size: int) -> None:
    """Refuse more than `MAX_INPUT_BYTES`, saying the exact sizes (a rounded "64 MiB is larger
    than 64 MiB" reads as nonsense).

    >>> _check_size("big.txt", MAX_INPUT_BYTES + 1)
    Traceback (most recent call last):
    wirediff.core.errors.InputTooLarge: big.txt: 67,108,865 bytes is larger than the 67,108,864 bytes (64 MiB) wirediff compares
    """  # noqa: E501
    if size > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"{label}: {size:,} bytes is larger than the {MAX_INPUT_BYTES:,} bytes "
            f"({MAX_INPUT_BYTES // 2**20} MiB) wirediff compares"
        )


def decode_bytes(raw: bytes, *, declared: str | None = None) -> Decoded:
    """Decode bytes to text with "\\n" line ends, choosing the encoding as the module says.

    `declared` is what the file or its server says the encoding is (a web page's
    `<meta charset>`, an HTTP or MIME header). It is a hint, not the truth: byte-order marks and
    valid UTF-8 still win, and otherwise it is one more candidate, tried first, that the
    plausibility score can overrule (pages declaring ISO-8859-1 that hold cp1252 or UTF-8 are
    common).

    >>> decode_bytes("naïve\\r\\n".encode())
    Decoded(text='naïve\\n', encoding='utf-8', confidence=1.0)
    >>> decode_bytes(codecs.BOM_UTF16_LE + "Ω".encode("utf-16-le")).text
    'Ω'
    >>> decode_bytes(b"")
    Traceback (most recent call last):
    wirediff.core.errors.EmptyInput: the file is empty
    """
    if not raw:
        raise EmptyInput("the file is empty")
    for mark, encoding, name in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            text, confidence = _decode_lenient(raw[len(mark) :], encoding)
            return Decoded(_normalize_newlines(text), name, confidence)
    if b"\x00" in raw:
        wide = read_wide_text(raw)
        if wide is not None:
            return Decoded(_normalize_newlines(wide[0]), wide[1], WIDE_CONFIDENCE)
        raise BinaryInput("the file holds NUL bytes: it is binary, not text")
    if len(raw) - len(raw.translate(None, _CONTROL_BYTES)) > BINARY_CONTROL_RATIO * len(raw):
        raise BinaryInput("the file is mostly control bytes: it is binary, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if b"\x1b" in raw:
            iso_2022 = _decode_iso_2022(raw)
            if iso_2022 is not None:
                return iso_2022
        return Decoded(_normalize_newlines(text), "utf-8", 1.0)
    mostly_utf8 = _decode_mostly_utf8(raw)
    if mostly_utf8 is not None:
        return mostly_utf8
    encoding, confidence = _detect(raw, declared)
    text, strictness = _decode_lenient(raw, encoding)
    return Decoded(_normalize_newlines(text), encoding, round(confidence * strictness, 4))


def decode_as(raw: bytes, encoding: str) -> Decoded:
    """Decode with a codec the user chose: undecodable bytes become U+FFFD, never an error,
    because the user asked for exactly that reading.

    >>> decode_as(b"caf\\xe9\\r\\n", "cp1252")
    Decoded(text='café\\n', encoding='cp1252', confidence=1.0)
    """
    return Decoded(_normalize_newlines(raw.decode(encoding, errors="replace")), encoding, 1.0)


def _decode_mostly_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a cp1252 quote pasted into a UTF-8 article), or None.

    Detection would pick one legacy codec for the whole file and garble every correct UTF-8
    character; instead the valid sequences stay UTF-8 and each stray byte is read as cp1252
    (C1 control for its five gaps), as a browser reads it. A few valid sequences are evidence
    enough: a cp1252 or Latin-1 accented letter is a lead byte before ASCII, a stray, and CJK
    legacy text, which forms some valid sequences by chance, has three strays to each.
    """
    text = raw.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY_BYTE.findall(text))
    non_ascii_bytes = len(raw.translate(None, _ASCII))
    valid = len(_NON_ASCII.findall(text)) - stray
    # Counted in bytes: a curly quote is three bytes of evidence, a stray one byte against.
    valid_bytes = non_ascii_bytes - stray
    if valid < MIN_UTF8_SEQUENCES or valid_bytes < UTF8_BYTES_PER_STRAY * stray:
        return None
    confidence = round(valid / (valid + stray), 4)
    return Decoded(_normalize_newlines(text.translate(_STRAY_AS_CP1252)), "utf-8", confidence)


def _normalize_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_lenient(data: bytes, encoding: str) -> tuple[str, float]:
    """Decode strictly if possible, else with U+FFFD; the float is 1.0 or a lowered confidence."""
    try:
        return data.decode(encoding), 1.0
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        damaged = text.count("\N{REPLACEMENT CHARACTER}") / max(1, len(text))
        return text, max(0.0, 0.5 - damaged)


def _decode_iso_2022(raw: bytes) -> Decoded | None:
    if not any(designation in raw for designation in _ISO_2022_DESIGNATIONS):
        return None
    korean = b"\x1b$)C" in raw
    for encoding in sorted(_ISO_2022_CODECS, key=lambda name: korean != name.endswith("kr")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(_normalize_newlines(text), encoding, 0.99)
    return None


def _detect(raw: bytes, declared: str | None = None) -> tuple[str, float]:
    """The encoding of non-UTF-8 bytes: chardet's candidates, re-ranked by plausibility.

    chardet ranks by byte statistics and is easily swayed on short texts (a French sentence in
    cp1252 comes out MacCyrillic) or mixed ones (an English article quoting a Greek paragraph);
    each of its candidates, and each common legacy encoding, that decodes the sample strictly
    is scored by `core.text.plausibility` line by line, per byte, with chardet's confidence as a
    bonus and a small handicap for encodings news text is rarely in. Ties keep chardet's order.
    Falls back to cp1252, as browsers do.
    """
    import chardet  # imported here: strict UTF-8 input, the common case, never needs it

    from wirediff.core.text.plausibility import lines_cost

    sample = raw[:DETECTION_SAMPLE_BYTES]
    scored, cut = _informative_lines(sample)
    cut = cut or len(sample) < len(raw)
    size = max(1, len(scored))
    guesses = [
        (guess.get("encoding"), float(guess.get("confidence") or 0.0))
        for guess in chardet.detect_all(sample)[:DETECTION_CANDIDATES]
    ]
    guesses.extend((name, 0.0) for name in COMMON_LEGACY_CODECS)
    if declared:
        # As sure as chardet's best guess, and tried first: it wins whenever it reads as well.
        lent = max([DECLARED_CONFIDENCE, *(confidence for _, confidence in guesses)])
        guesses.insert(0, (declared, lent))
    best: tuple[float, str, float] | None = None  # (cost per byte, codec, confidence)
    seen: set[str] = set()
    for label, confidence in guesses:
        name = _codec_name(label)
        if name is None or name in seen or name in _NEVER_GUESSED:
            continue
        seen.add(name)
        try:
            text = scored.decode(name)
        except UnicodeDecodeError as error:
            if not cut or error.start < len(scored) - 4:  # not a character cut by the sample
                continue
            text = scored[: error.start].decode(name, errors="replace")
        handicap = 0.0 if name in _USUAL_CODECS else RARE_CODEC_HANDICAP
        offset = handicap - CONFIDENCE_WEIGHT * confidence
        limit = (best[0] - offset) * size if best else math.inf
        cost = lines_cost(text, limit) / size + offset
        if best is None or cost < best[0]:
            best = (cost, name, confidence)
    if best is None:
        return "cp1252", 0.0
    return best[1], max(best[2], 0.01)


def _informative_lines(sample: bytes) -> tuple[bytes, bool]:
    """The lines with non-ASCII bytes, up to `SCORED_SAMPLE_BYTES`, and whether one was cut.

    All candidates read ASCII alike, so only these lines tell them apart. Every candidate is
    scored on these same bytes, so a codec that makes two characters of each byte pair pays
    for both.
    """
    picked: list[bytes] = []
    total = 0
    cut = False
    for line in sample.split(b"\n"):
        if line.isascii():
            continue
        room = SCORED_SAMPLE_BYTES - total
        cut = len(line) > room
        picked.append(line[:room])
        total += len(picked[-1]) + 1
        if total >= SCORED_SAMPLE_BYTES:
            break
    return b"\n".join(picked), cut


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)
