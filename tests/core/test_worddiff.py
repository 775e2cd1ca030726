"""Pins the word diff: ops rebuild both texts, marks whole words, flags cosmetic edits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.diff.worddiff import diff_words
from wirediff.core.result import OpKind

PIECES = st.sampled_from([*"ab cd’'\"“”—-.,", "Kyiv", "kilometres", "kilometers", " ", "---"])
TEXT = st.lists(PIECES, max_size=30).map("".join) | st.text(max_size=40)


@given(TEXT, TEXT)
def test_ops_rebuild_both_sentences(left: str, right: str) -> None:
    ops = diff_words(left, right)
    assert "".join(op.text for op in ops if op.kind is not OpKind.INSERT) == left
    assert "".join(op.text for op in ops if op.kind is not OpKind.DELETE) == right
    assert all(op.text for op in ops)


def test_changed_words_are_marked_whole() -> None:
    ops = diff_words(
        "allowing arms to strike inside Russia", "allowing arms to hit targets inside Russia"
    )
    assert [(op.kind, op.text) for op in ops if op.kind is not OpKind.EQUAL] == [
        (OpKind.DELETE, "strike"),
        (OpKind.INSERT, "hit targets"),
    ]


def test_spelling_variant_is_a_cosmetic_edit() -> None:
    ops = diff_words("20 kilometres away", "20 kilometers away")
    edits = [op for op in ops if op.kind is not OpKind.EQUAL]
    assert edits
    assert all(op.cosmetic for op in edits)


def test_real_change_next_to_cosmetic_one_is_not_cosmetic() -> None:
    ops = diff_words("Kyiv’s forces attacked", "Kyiv's troops attacked")
    flags = {op.text.strip(): op.cosmetic for op in ops if op.kind is not OpKind.EQUAL}
    assert flags["forces"] is False
    assert flags["troops"] is False


def test_sentence_with_more_tokens_than_placeholders_is_one_replacement() -> None:
    left = " ".join(f"w{i}" for i in range(140_000))
    right = left.replace("w5 ", "wX ", 1)
    ops = diff_words(left, right)
    assert "".join(op.text for op in ops if op.kind is not OpKind.INSERT) == left
    assert "".join(op.text for op in ops if op.kind is not OpKind.DELETE) == right
    assert ops[0].kind is OpKind.EQUAL


def test_strict_diff_reports_restyling_as_plain_edits() -> None:
    ops = diff_words("Kyiv’s forces", "Kyiv's forces", mark_cosmetic=False)
    edits = [op for op in ops if op.kind is not OpKind.EQUAL]
    assert edits
    assert not any(op.cosmetic for op in edits)


def test_one_changed_chinese_character_is_one_changed_word() -> None:
    ops = diff_words("今天下雨了", "昨天下雨了")
    assert [(op.kind, op.text) for op in ops if op.kind is not OpKind.EQUAL] == [
        (OpKind.DELETE, "今"),
        (OpKind.INSERT, "昨"),
    ]
