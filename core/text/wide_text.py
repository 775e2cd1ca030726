"""UTF-16 and UTF-32 without a byte-order mark, told from binary data.

Such text holds NUL bytes, which otherwise mark a file as binary. It is recognised by where its
zero bytes sit (the high byte of each ASCII character in UTF-16, the top byte of every unit in
UTF-32), then accepted only when the decoded text reads as writing.

Imports the standard library and `core.text.plausibility` only.
"""

from __future__ import annotations

import unicodedata

# BOM-less UTF-16: zero bytes at one parity (Thai and Japanese text have ~3%), and twice as many
# as at the other (CJK characters such as 一 U+4E00 put some there).
WIDE_ZERO_SHARE = 0.02
WIDE_ZERO_CONTRAST = 2
# BOM-less UTF-16/32 must read as writing: few unassigned or control characters, some whitespace,
# a low cost a character (ASCII read as UTF-16: 13 nats and more; any real text: under 9.5).
WIDE_MAX_UNPRINTABLE_SHARE = 0.005
WIDE_CHARS_PER_WHITESPACE = 500
WIDE_MAX_NATS_PER_CHAR = 11.0
WIDE_SCORED_CHARS = 2000
# The checks below loop in Python; a sample is enough to tell.
WIDE_SAMPLE_CHARS = 256 * 1024


def read_wide_text(raw: bytes) -> tuple[str, str] | None:
    """(text, encoding) of BOM-less UTF-32 or UTF-16, told from binary by its zero bytes, or None.

    UTF-32 has a zero top byte in every unit, UTF-16 a zero high byte in every ASCII character
    (CJK text with little ASCII has too few to tell); binary data has zeros anywhere. Tables of
    small numbers share the pattern, so the decoded text must also read as writing.
    """
    candidates: list[str] = []
    if len(raw) % 4 == 0:
        if not raw[3::4].strip(b"\x00") and max(raw[2::4]) <= 0x10:
            candidates.append("utf-32-le")
        if not raw[0::4].strip(b"\x00") and max(raw[1::4]) <= 0x10:
            candidates.append("utf-32-be")
    if len(raw) % 2 == 0:
        even, odd = raw[0::2].count(0), raw[1::2].count(0)
        if max(even, odd) >= WIDE_ZERO_SHARE * len(raw) / 2:
            if odd >= WIDE_ZERO_CONTRAST * even:
                candidates.append("utf-16-le")
            elif even >= WIDE_ZERO_CONTRAST * odd:
                candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_writing(text):
            return text, encoding
    return None


def _is_writing(text: str) -> bool:
    """Whether text decoded from BOM-less UTF-16/32 reads as writing, not as numbers."""
    from wirediff.core.text.plausibility import (
        lines_cost,  # imported here: only this rare path needs it
    )

    sample = text[:WIDE_SAMPLE_CHARS]  # a sample: the loops below are slow on megabytes
    categories = [unicodedata.category(char) for char in sample if not char.isspace()]
    unprintable = sum(category in {"Cc", "Co", "Cs", "Cn"} for category in categories)
    whitespace = len(sample) - len(categories)
    scored = sample[:WIDE_SCORED_CHARS]
    return (
        "\x00" not in text
        and unprintable <= WIDE_MAX_UNPRINTABLE_SHARE * len(sample)
        and whitespace >= max(1, len(sample) // WIDE_CHARS_PER_WHITESPACE)
        and lines_cost(scored) <= WIDE_MAX_NATS_PER_CHAR * len(scored)
    )
