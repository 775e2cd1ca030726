"""How a file name that is not valid UTF-8 is spelled in every output (`core.file_names`).

Each byte such a name holds reaches Python as a lone surrogate U+DC80..U+DCFF; it is spelled
`\\xNN`, any other lone surrogate `\\uNNNN`, and the result always encodes as UTF-8.
"""

from __future__ import annotations

import pytest

from wirediff.core.file_names import encodable

# Test ids are spelled by hand: pytest cannot select an id that holds a lone surrogate again.
CASES = {
    "one bad byte": ("caf\udce9.txt", "caf\\xe9.txt"),
    "the first and last bytes": ("\udc80\udcff", "\\x80\\xff"),
    "bytes among letters": ("a\udce9b\udcfc.html", "a\\xe9b\\xfc.html"),
    "surrogates just outside the bytes": ("\udc7f \udd00", "\\udc7f \\udd00"),
    "a high surrogate": ("\ud800 ok", "\\ud800 ok"),
    "the last surrogate": ("end\udfff", "end\\udfff"),
    "valid text": ("café – 北京.txt", "café – 北京.txt"),
    "nothing": ("", ""),
}


@pytest.mark.parametrize(("name", "shown"), CASES.values(), ids=CASES)
def test_encodable_spells_each_surrogate(name: str, shown: str) -> None:
    assert encodable(name) == shown
