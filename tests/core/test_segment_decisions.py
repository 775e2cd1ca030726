"""Exact outputs of the segment stage's decisions (`core.segment.split`), rule by rule.

The hard-wrap width estimate and every threshold of the paragraph-break test, the credit in
parentheses that stays with its sentence, ellipses, initials and dotted acronyms, the word
before a period, and sentence ends around quotes, numbers, titles and CJK full stops: each
case with its whole expected split written out.
"""

from __future__ import annotations

import pytest

from wirediff.core.segment.split import (
    _is_dotted_or_initial,
    _is_ellipsis,
    _is_paragraph_break,
    _skip_credit,
    _word_before,
    _wrap_width,
    split_paragraphs,
    split_sentences,
)


@pytest.mark.parametrize(
    ("lengths", "width"),
    [
        ([], 0),
        ([60], 0),  # one line is no evidence of wrapping
        ([30, 30, 30], 0),  # short lines, not a wrap width
        ([60] * 10, 60),
        ([60, 60, 150], 0),  # the long line counts against
        ([50] * 9 + [90], 50),  # a high percentile, not the longest line
        ([70, 70, 45, 45], 70),  # within 25 of the width: full lines
        ([70, 70, 44, 44], 0),
        ([40, 40], 40),
        ([39, 39], 0),
        ([100, 100], 100),
        ([101, 101], 0),
    ],
)
def test_wrap_width(lengths: list[int], width: int) -> None:
    assert _wrap_width(lengths) == width


PROSE_60 = "x" * 49 + "."  # 50 characters ending a sentence


@pytest.mark.parametrize(
    ("line", "next_line", "width", "indent", "is_break"),
    [
        ("no wrap", "Next", 0, 0, True),
        ("Photo caption", "Photo caption", 60, 0, True),  # a repeated line
        ("words and more words", "   WASHINGTON (AP) -", 60, 0, True),  # deeper indent
        ("  words and more words", "  Next", 60, 2, True),  # same indent: fits, so a break
        # No final punctuation: a break only when clearly short and the next line is a capital.
        ("x" * 48, "Next", 60, 0, False),
        ("x" * 47, "Next", 60, 0, True),
        ("x" * 47, "next", 60, 0, False),
        # Longer than the width and its overflow: not made by the wrapper.
        ("x" * 70 + ".", "Next", 60, 0, True),
        ("x" * 69 + ".", "Next", 60, 0, False),
        (PROSE_60, "continued", 60, 0, False),
        # Would the next word have fitted on this line? Then the author broke it.
        (PROSE_60, "Ninechars rest", 60, 0, True),
        (PROSE_60, "Tenletters rest", 60, 0, False),
        (PROSE_60, "Ab\tcdefghijklmnop", 60, 0, True),  # a tab ends the word
        (PROSE_60, "Ab\N{NO-BREAK SPACE}cdefghijklmnop", 60, 0, False),
    ],
)
def test_paragraph_breaks_inside_a_block(
    line: str, next_line: str, width: int, indent: int, is_break: bool
) -> None:
    assert _is_paragraph_break(line, next_line, width, indent) is is_break


def test_a_hard_wrapped_file_keeps_its_paragraphs_and_their_line_breaks() -> None:
    text = (
        "Ukraine has used U.S. weapons to strike inside Russia in recent\n"
        "days, according to a U.S. senator and a Western official familiar\n"
        "with the matter.\n"
        "The weapons were used under recently approved guidance, the\n"
        "official said on Monday.\n"
    )
    assert split_paragraphs(text) == [
        "Ukraine has used U.S. weapons to strike inside Russia in recent\n"
        "days, according to a U.S. senator and a Western official familiar\n"
        "with the matter.",
        "The weapons were used under recently approved guidance, the\nofficial said on Monday.",
    ]


def test_unwrapped_lines_are_paragraphs_and_blank_lines_always_separate() -> None:
    assert split_paragraphs("  One  \nTwo\n\n\n  Three\n") == ["One", "Two", "Three"]
    assert split_paragraphs("") == []
    assert split_paragraphs("\n \n") == []


@pytest.mark.parametrize(
    ("text", "position", "start"),
    [
        ("x. (AP Photo) He", 3, 14),
        ("x. (AP Photo)", 3, None),  # the credit ends the text
        ("x. (AP Photo)He", 3, None),  # runs into the next word
        ("x. (He left.) He", 3, 3),  # a sentence in brackets stands alone
        ("x. () He", 3, 3),
        ("x. He", 3, 3),
        ("x. (a (b) c) He", 3, 3),
        ("x. (" + "a" * 300 + ") He", 3, 3),  # too long for a credit
    ],
)
def test_a_credit_in_parentheses_stays_with_the_sentence_before(
    text: str, position: int, start: int | None
) -> None:
    assert _skip_credit(text, position) == start


@pytest.mark.parametrize(
    ("text", "terminal", "start", "ellipsis"),
    [
        ("a...", "...", 1, True),
        ("a..", "..", 1, False),
        ("a. . .", ".", 5, True),
        ("a. . . .", ".", 7, False),  # a fourth dot ends the sentence
        ("a…", "…", 1, True),
        ("a!!!", "!!!", 1, True),
        ("a.", ".", 1, False),
    ],
)
def test_ellipses(text: str, terminal: str, start: int, ellipsis: bool) -> None:
    assert _is_ellipsis(text, terminal, start) is ellipsis


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("W", True),
        ("7", False),
        ("U.S", True),
        ("Ph.D", True),
        ("a.m", True),
        ("abc.def", False),
        ("USA", False),
        ("Jan", False),
    ],
)
def test_initials_and_dotted_acronyms(word: str, expected: bool) -> None:
    assert _is_dotted_or_initial(word) is expected


def test_the_word_before_a_period_keeps_inner_dots_and_apostrophes() -> None:
    assert _word_before("said (Sen.", 9) == "Sen"
    assert _word_before("the U.S.", 7) == "U.S"
    assert _word_before("Kyiv’s.", 6) == "Kyiv’s"
    assert _word_before("...", 2) == ""
    assert _word_before("x" * 50 + " ab", 53) == "ab"
    assert _word_before("x" * 50, 50) == "x" * 40


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("He won 3.5 points. Then left.", ["He won 3.5 points. ", "Then left."]),
        ("Why now? Kirby asked.", ["Why now? ", "Kirby asked."]),
        ('"Why now?" Kirby asked.', ['"Why now?" Kirby asked.']),
        ("Wait... What?", ["Wait... What?"]),
        ("Wait.... What?", ["Wait.... ", "What?"]),
        ("Wait. . . What?", ["Wait. . . What?"]),
        ("George W. Bush spoke.", ["George W. Bush spoke."]),
        ("In the U.S. The talks.", ["In the U.S. ", "The talks."]),
        ("In the U.S. Secretary Austin.", ["In the U.S. Secretary Austin."]),
        ("J. A. Smith came.", ["J. A. Smith came."]),
        ("Jan. 5 was cold.", ["Jan. 5 was cold."]),
        ("It was 5 p.m. Then.", ["It was 5 p.m. ", "Then."]),
        ("A. The.", ["A. ", "The."]),
        ("A. the.", ["A. the."]),
        ('Mr. Smith said. "Yes."', ["Mr. Smith said. ", '"Yes."']),
        ("It ended... 5 died.", ["It ended... 5 died."]),
        ("Lower. case. Upper.", ["Lower. case. ", "Upper."]),
        ("Gen. Smith. The end.", ["Gen. Smith. ", "The end."]),
        ("Hi! you.", ["Hi! you."]),
        ("Hi!) There.", ["Hi!) ", "There."]),
        ("End.  ", ["End.  "]),
        ("  Lead. Two.", ["  Lead. ", "Two."]),
        ("他说：“走吧。”我们走了。", ["他说：“走吧。”", "我们走了。"]),
        ("３．５です。", ["３．５です。"]),
        ("「行きます。」と彼は言った。", ["「行きます。」と彼は言った。"]),
        ("完了。（完）次。", ["完了。（完）", "次。"]),
        ("", []),
        ("   ", ["   "]),
    ],
)
def test_sentence_ends(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences
