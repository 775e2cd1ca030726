"""How text that a sloppy reader decoded maps back to the bytes it was made from.

Used by `core.text.legacy_mojibake`. A reader that took bytes as Latin-1 or cp1252 leaves one
character per byte; one that took "UTF-8 where valid, else Latin-1" leaves a character per
valid UTF-8 sequence and per other byte, so some characters stand for one byte or for two, and
`decode_mixed` searches for the reading that decodes best. Nothing here judges which codec the
bytes were in; it only rebuilds and decodes them.

Imports the standard library and `core.text.plausibility` only; never PySide6 or `gui`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirediff.core.text.plausibility import table_for, text_cost

if TYPE_CHECKING:
    from wirediff.core.text.plausibility import LetterTable

TWO_BYTE_NATS = 3.0
"""Cost of reading a Latin-1 character of a mixed run as two UTF-8 bytes rather than one."""

# cp1252's bytes 0x80-0x9f as characters, and back; its five undefined bytes are read as the C1
# control of the same number, as browsers do.
CP1252_HIGH = {
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte): byte for byte in range(0x80, 0xA0)
}


def rebuild_readings(run: str) -> list[tuple[str, str, bytes]]:
    """(kind of rebuild, name of the misreading, the bytes) for each misreading that fits."""
    rebuilt: list[tuple[str, str, bytes]] = []
    single = rebuild_bytes(run, utf8_rest=False)
    if single is not None:
        has_cp1252 = any(ord(char) >= 0x100 for char in run)
        rebuilt.append(("single", "cp1252" if has_cp1252 else "latin1", single))
    # Read "UTF-8 where valid": the characters beyond cp1252 are UTF-8, and any Latin-1 one
    # may stand for two bytes (decided in `decode_mixed`, for multi-byte codecs).
    mixed = rebuild_bytes(run, utf8_rest=True)
    if mixed is not None:
        rebuilt.append(("mixed", "utf8-else-latin1", mixed))
    return rebuilt


def rebuild_bytes(run: str, *, utf8_rest: bool) -> bytes | None:
    """The bytes a Latin-1/cp1252 reader (UTF-8 first, if `utf8_rest`) turned into `run`.

    >>> rebuild_bytes("Â鶹´«Ã½", utf8_rest=True).hex(" ")
    'c2 e9 b6 b9 b4 ab c3 bd'
    >>> rebuild_bytes("Â鶹", utf8_rest=False) is None
    True
    """
    out = bytearray()
    for char in run:
        code = ord(char)
        if code < 0x100:
            out.append(code)
        elif char in CP1252_HIGH:
            out.append(CP1252_HIGH[char])
        elif utf8_rest:
            out += char.encode("utf-8")
        else:
            return None
    return bytes(out)


def undo_repeated_utf8(text: str) -> str:
    """UTF-8 misread twice or three times ("Ã¢Â\x80Â\x9c" for "“") decoded all the way."""
    for _ in range(3):
        rebuilt = rebuild_bytes(text, utf8_rest=True)
        if rebuilt is None or rebuilt.isascii():
            return text
        try:
            text = rebuilt.decode("utf-8")
        except UnicodeDecodeError:
            return text
    return text


def decode_mixed(run: str, codec: str, language: str, limit: float) -> str | None:
    """Decode a run misread as "UTF-8 where valid, else Latin-1" with a multi-byte codec.

    A reader that takes two-byte UTF-8 shows the bytes c3 bd as "ý" and a lone byte fd as "ý"
    too, so each character U+0080..U+00FF stands for one byte or for two, and a wrong choice
    shifts every double-byte character after it while still decoding. A small beam search reads
    the run left to right, keeping for each undecoded tail of bytes the likeliest text so far.
    A reader that took only longer sequences as UTF-8 (as in seed 002) leaves no such choice.
    Readings that cost more than `limit` are dropped on the way.

    >>> decode_mixed("Â鶹´«Ã½", "gb18030", "zh-Hans", limit=100.0)
    '麻豆传媒'
    """
    best: tuple[float, str] | None = None
    for two_byte_reader in (False, True):
        found = _beam_decode(
            run, codec, table_for(language), limit, two_byte_reader=two_byte_reader
        )
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return best[1] if best else None


def _beam_decode(
    run: str, codec: str, table: LetterTable, limit: float, *, two_byte_reader: bool
) -> tuple[float, str] | None:
    # (undecoded tail of bytes, whether the last byte was a lone UTF-8 lead) ->
    # (cost so far, decoded pieces)
    beam: dict[tuple[bytes, bool], tuple[float, list[str]]] = {(b"", False): (0.0, [])}
    for char in run:
        options = _byte_options(char, two_byte_reader=two_byte_reader)
        next_beam: dict[tuple[bytes, bool], tuple[float, list[str]]] = {}
        for (pending, after_lead), (cost, pieces) in beam.items():
            for index, option in enumerate(options):
                if after_lead and index == 0 and 0x80 <= option[0] <= 0xBF:
                    continue  # a two-byte reader would have decoded lead + this byte as UTF-8
                step = _decode_step(pending + option, codec)
                if step is None:
                    continue
                decoded, rest = step
                new_cost = cost + (text_cost(decoded, table) if decoded else 0.0)
                new_cost += TWO_BYTE_NATS * index
                if new_cost > limit:
                    continue
                key = (rest, two_byte_reader and len(option) == 1 and 0xC2 <= option[0] <= 0xDF)
                known = next_beam.get(key)
                if known is None or new_cost < known[0]:
                    next_beam[key] = (new_cost, [*pieces, decoded] if decoded else pieces)
        if not next_beam:
            return None
        beam = next_beam
    finished = [entry for (pending, _), entry in beam.items() if not pending]
    if not finished:
        return None
    cost, pieces = min(finished, key=lambda entry: entry[0])
    return cost, "".join(pieces)


def _byte_options(char: str, *, two_byte_reader: bool) -> tuple[bytes, ...]:
    """The bytes a character may stand for, the likelier first."""
    code = ord(char)
    if code < 0x80:
        return (bytes([code]),)
    if code < 0x100:
        return (bytes([code]), char.encode("utf-8")) if two_byte_reader else (bytes([code]),)
    if char in CP1252_HIGH:
        return (bytes([CP1252_HIGH[char]]),)
    return (char.encode("utf-8"),)


def _decode_step(data: bytes, codec: str) -> tuple[str, bytes] | None:
    """Decode what can be decoded of `data`: the text and the incomplete tail, or None."""
    try:
        return data.decode(codec), b""
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and "incomplete" in str(error.reason):
            head = data[: error.start]
            try:
                return head.decode(codec), data[error.start :]
            except UnicodeDecodeError:
                return None
        return None
