"""Pins `core.segment.split`'s invariants with hypothesis: split_paragraphs loses no non-whitespace
character and returns no empty paragraph; split_sentences pieces concatenate to the paragraph
exactly, none empty or whitespace-only (on English, Chinese and Japanese text). Never imports Qt.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.segment.split import split_paragraphs, split_sentences


def non_whitespace(text: str) -> str:
    return "".join(character for character in text if not character.isspace())


# Letters, punctuation and the whitespace that trips splitters: no-break and thin spaces, and
# characters str.splitlines() would take for line breaks.
PROSE_ALPHABET = st.sampled_from(
    [
        *"aeiouAEIOUst .,?!…\"'“”‘’()[]-—0123456789",
        *["\n", "\xa0", "\u2009", "\t", "\x0c", "\x1c", "\u2028", "\r"],
        *"中文句子です。！？．」』）「『（３５",
    ]
)
PROSE_WORDS = st.sampled_from(
    [
        "U.S.",
        "U.S",
        "Sen.",
        "Jan.",
        "St.",
        "J.",
        "W.",
        "Dr.",
        "The",
        "It",
        "A",
        "he",
        "said.",
        "said,”",
        "“Why?”",
        "“It’s",
        ". . .",
        "\u2009.\u2009.\u2009.\u2009",
        "…",
        "(AP Photo/Jane Doe)",
        "(Officials confirmed it.)",
        "3.5",
        "2024.",
        "Kirby",
        "asked.",
        "now!",
        "(",
        ")",
        "北京下雨。",
        "「行きます。」",
        "と言った。",
        "本当？！",
        "３．５",
        "『はい』",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\u2009", "\n", "\n\n", " \n "])


@st.composite
def news_like_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(PROSE_WORDS, max_size=40))
    separators = draw(st.lists(SEPARATORS, min_size=len(words), max_size=len(words)))
    leading = draw(st.sampled_from(["", " ", "\n"]))
    return leading + "".join(
        word + separator for word, separator in zip(words, separators, strict=True)
    )


@st.composite
def line_blocks(draw: st.DrawFn) -> str:
    # Lines of varied lengths, so every branch of the hard-wrap heuristics is reached.
    lines = draw(
        st.lists(
            st.tuples(
                st.integers(min_value=0, max_value=130),
                st.sampled_from(["", " ", "   "]),
                st.sampled_from(["a", "A", "“", "."]),
                st.sampled_from(["", ".", ",", "?"]),
            ),
            max_size=30,
        )
    )
    return "\n".join(
        indent + first + ("word " * (length // 5))[:length] + last
        for length, indent, first, last in lines
    )


any_text = st.one_of(st.text(PROSE_ALPHABET), news_like_text(), line_blocks(), st.text())


@given(any_text)
def test_paragraphs_lose_nothing(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert non_whitespace("".join(paragraphs)) == non_whitespace(text)
    assert all(paragraph and paragraph == paragraph.strip() for paragraph in paragraphs)


@given(any_text)
def test_sentences_concatenate_to_the_paragraph(text: str) -> None:
    pieces = split_sentences(text)
    assert "".join(pieces) == text
    if text.strip():
        assert all(piece.strip() for piece in pieces)
    else:
        assert pieces == ([text] if text else [])


@given(any_text)
def test_sentences_of_every_paragraph_concatenate(text: str) -> None:
    for paragraph in split_paragraphs(text):
        pieces = split_sentences(paragraph)
        assert "".join(pieces) == paragraph
        assert all(piece.strip() for piece in pieces)
