"""How text holding a file name that is not valid UTF-8 is spelled wherever it is shown.

A file name that is not valid UTF-8 reaches Python with each bad byte as a lone surrogate
(U+DC80..U+DCFF, PEP 383). Such text cannot be encoded as UTF-8 (a write fails with a
traceback), and drawing it shows a replacement mark or nothing. Every output spells each such
byte `\\xNN` instead: JSON, HTML, the terminal (`gui.cli.outputs`), and the titles and column
headings of PNG and PDF exports (`gui.presentation.export_plan`).

Imports the standard library only.
"""

from __future__ import annotations

import re

SURROGATE = re.compile("[\ud800-\udfff]")


def spell_surrogate(match: re.Match[str]) -> str:
    """The spelling of one matched surrogate: `\\xNN` for a file name's byte, else `\\uNNNN`."""
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def encodable(text: str) -> str:
    """`text` with lone surrogates spelled out, so it can be encoded as UTF-8.

    A file name that is not valid UTF-8 reaches Python with each bad byte as a surrogate
    (U+DC80..U+DCFF, PEP 383); it is shown as that byte, `\\xNN`. Other lone surrogates are
    shown as `\\uNNNN`.

    >>> encodable("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    >>> encodable("\\ud800 ok")
    '\\\\ud800 ok'
    """
    return SURROGATE.sub(spell_surrogate, text) if SURROGATE.search(text) else text
