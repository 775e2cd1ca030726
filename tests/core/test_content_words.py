"""The words that say what a sentence is about (`core.align.content_words`), counted."""

from __future__ import annotations

from collections import Counter

import pytest

from wirediff.core.align.content_words import content_words


@pytest.mark.parametrize(
    ("words", "counted"),
    [
        (
            ["the", "board", "kept", "its", "dividend", "at", "2", "cents"],
            ["board", "kept", "dividend", "2", "cents"],
        ),
        # Stop words of every language the copy comes in go, repeated content words count twice.
        (["les", "der", "los", "che", "het", "said", "rates", "rates"], ["rates", "rates"]),
        # Short words go unless they are numbers or CJK, where one character is a word.
        (["a", "of", "go", "us", "5", "10", "中", "国", "ok!"], ["5", "10", "中", "国", "ok!"]),
        ([], []),
    ],
)
def test_content_words(words: list[str], counted: list[str]) -> None:
    assert content_words(words) == Counter(counted)
