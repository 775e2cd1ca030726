"""JSON outputs are the same bytes whichever serializer writes them.

`json_output` writes a small command's JSON with the standard library (no orjson to load) and a
large one's with orjson; a reader must never be able to tell which.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from wirediff.gui.cli.outputs import ORJSON_FROM_CHARS, json_output

# What wirediff's documents hold: text (any character but a lone surrogate), counts, flags,
# nulls, lists, and objects keyed by text or by a paragraph number.
scalars = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",))),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.booleans(),
    st.none(),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=8), st.integers(0, 999)), inner, max_size=4),
    ),
    max_leaves=20,
)


def written(document: object, input_chars: int) -> bytes:
    return json_output("--json", "-", lambda: document, input_chars=input_chars).content()


@given(documents)
def test_small_and_large_outputs_are_the_same_bytes(document: object) -> None:
    assert written(document, 0) == written(document, ORJSON_FROM_CHARS)


def test_a_name_that_is_not_utf8_is_spelled_the_same_by_both() -> None:
    document = {"path": str(Path("caf\udce9.txt")), "confidence": 0.988, "fixes": 3}
    expected = b'{"path":"caf\\\\xe9.txt","confidence":0.988,"fixes":3}\n'
    assert written(document, 0) == written(document, ORJSON_FROM_CHARS) == expected
