"""Pins `core.segment.split`'s sentence boundaries on the seeds and on news prose.

- Sentence boundaries on tricky paragraphs taken verbatim from seeds/*.txt (titles, "U.S.",
  "U.S", spaced ellipses with thin spaces, closing quotes, photo credits, headlines), and on
  made-up news prose for cases the seeds lack (initials, "Gen.", "Jan.", "3.5", "?", "!").
- Chinese and Japanese sentences end at 。！？． with no space after, closing brackets and
  quotes staying with their sentence.
- Paragraphs: tests/core/test_segment_paragraphs.py; invariants:
  tests/core/test_segment_properties.py.

`SEED_SENTENCE_CASES` and `PROSE_SENTENCE_CASES` are also what bench/bench_segment.py scores
each candidate splitter on. Never imports Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.seed_text import normalize_space, read_seed
from wirediff.core.segment.split import split_paragraphs, split_sentences

if TYPE_CHECKING:
    from pathlib import Path

# (seed, the paragraph's sentences). Whitespace inside a sentence is compared loosely, so the
# seeds' no-break and thin spaces are written here as plain spaces; the paragraph is found in
# the seed by its text.
SEED_SENTENCE_CASES: list[tuple[str, list[str]]] = [
    ("000", ["views"]),
    (
        "000",
        [
            "The official was not authorized to comment publicly on the sensitive matter and"
            " spoke on condition of anonymity.",
            "Republican Sen. Mike Rounds of South Dakota, a member of the Senate Armed Services"
            " Committee, confirmed the strikes with U.S. weapons, but did not say how he was"
            " briefed.",
        ],
    ),
    (
        "000",
        [
            "Biden’s directive allows for U.S.-supplied weapons to be used to strike Russian"
            " forces that are attacking or preparing to attack.",
            "It does not change U.S. policy that directs Ukraine not to use American-provided"
            " ATACMS or long-range missiles and other munitions to strike offensively inside"
            " Russia, U.S. officials have said.",
        ],
    ),
    (
        "000",
        [
            "Ukrainian officials had stepped up calls on the U.S. to allow Kyiv’s forces to"
            " defend themselves against attacks originating from Russian territory.",
            "Kharkiv sits just 20 kilometers (12 miles) from the Russian border and has come"
            " under intensified Russian attack.",
        ],
    ),
    (
        "000",
        [
            "“We’re just not in a position on a day-to-day basis of knowing exactly what the"
            " Ukrainians are firing at what,” Kirby said.",
            "“It’s certainly at a tactical level.”",
        ],
    ),
    (
        "000",
        [
            "Zelenskyy met with Qatar’s ruling emir, Sheikh Tamim bin Hamad Al Thani.",
            "A readout from the state-run Qatar News Agency described the men as discussing ways"
            " “to stop the fighting, protect civilians, and keep all channels of communication"
            " open to resolve the crisis through dialogue and diplomatic means.”",
        ],
    ),
    (
        "000",
        [
            "Disclaimer: This post has been auto-published from an agency feed without any"
            " modifications to the text and has not been reviewed by an editor",
        ],
    ),
    (
        "001",
        [
            "Ukraine Uses Us Weapons To Strike Inside Russia, According To A Senator And A"
            " Western Official",
        ],
    ),
    (
        "001",
        [
            "Firefighters put out a fire on an apartment building damaged in the Russian missile"
            " attack in Kharkiv, Ukraine, Friday, May, 31, 2024. (AP Photo/Andrii Marienko)",
        ],
    ),
    (
        "001",
        [
            "WASHINGTON (AP) — Ukraine has used U.S. weapons to strike inside Russia in recent"
            " days, according to a U.S. senator and a Western official familiar with the matter.",
        ],
    ),
    (
        "001",
        [
            "“We’re just not in a position on a day-to-day basis of knowing exactly what the"
            " Ukrainians are firing at what,” Kirby said.",
            '"It’s certainly at a tactical level.”',
        ],
    ),
    (
        "002",
        [
            "Ukraine has used U.S weapons to strike inside Russia in recent days, according to a"
            " Western official familiar with the matter.",
        ],
    ),
    (
        "002",
        [
            "FILE - U.S. Secretary of Defense Lloyd Austin, left, speaks with Ukraine's President"
            " Volodymyr Zelenskyy during the Ukraine Defense Contact Group meeting of NATO"
            " defense ministers at NATO headquarters in Brussels, Oct. 11, 2023. (Olivier"
            " Matthys, Pool Photo via AP, File)",
            "FILE - U.S. Secretary of Defense Lloyd Austin, left, speaks with Ukraine's President"
            " Volodymyr Zelenskyy during the Ukraine Defense Contact Group meeting of NATO"
            " defense ministers at NATO headquarters in Brussels, Oct. 11, 2023. (Olivier"
            " Matthys, Pool Photo via AP, File)",
        ],
    ),
    (
        "002",
        [
            "\"We're just not in a position on a day-to-day basis of knowing exactly what the"
            ' Ukrainians are firing at what," Kirby said.',
            '"It\'s certainly at a tactical level."',
        ],
    ),
    (
        "002",
        [
            "When a group of B.C. filmmakers set out on a small fishing boat near Powell River"
            " last week, they hoped to capture some video for a documentary on humpback whales.",
            "What happened next blew their minds.",
        ],
    ),
    (
        "002",
        [
            "A tale about a taxicab hauling gold and sinking through the ice on Larder Lake,"
            " Ont., in December 1937 has captivated a man from that town for decades.",
        ],
    ),
    (
        "002",
        [
            "An Indigenous artist has a buyer-beware warning ahead of Sept. 30, the National Day"
            " for Truth and Reconciliation.",
        ],
    ),
    (
        "002",
        [
            "An ordinary day on the job delivering mail in East Elmwood quickly turned dramatic"
            " for Canada Post letter carrier Jared Plourde.",
            "A woman on his route was calling out in distress.",
        ],
    ),
    (
        "003",
        [
            "Ukrainian President Volodymyr Zelenskyy has been pushing allies — the US in"
            " particular — to allow the use of the longer-range weaponry they supply to hit"
            " targets on Russian soil.",
        ],
    ),
    (
        "003",
        [
            "Countries including Britain, the Netherlands and France say Kyiv has the right to"
            " use their weapons to strike military targets in Russia.",
        ],
    ),
    ("003", ["Weapons reportedly to be used in defense of Kharkiv"]),
    (
        "004",
        [
            "“Over the past few weeks Ukraine came to us and asked for permission . . . that went"
            " right to the president.",
            "And as you heard, he has approved the use of our weapons for that purpose,”"
            " secretary of state Antony Blinken said on Friday in Prague.",
            "He added that the US would continue to adapt its policies regarding the use of its"
            " weapons by Ukraine.",
        ],
    ),
    (
        "004",
        [
            "“I want to see in practice what it will be.",
            "It is some step forward” towards the goal of being able to defend Ukraine and its"
            " population properly, Zelenskyy said after a meeting with Nordic leaders in"
            " Stockholm.",
        ],
    ),
    (
        "004",
        [
            "Steffen Hebestreit, spokesman for German Chancellor Olaf Scholz, said that in recent"
            " weeks, Russia had been launching “co-ordinated attacks” on the area around Kharkiv"
            " “from positions in the immediately adjacent Russian border region”.",
        ],
    ),
    (
        "004",
        [
            "Rob Lee, a senior fellow in the Foreign Policy Research Institute’s Eurasia Program"
            " said the “most important and immediate effect is that Ukraine will be able to"
            " strike targets at greater depths with Himars GMLRS munitions, including Russian"
            " artillery, electronic warfare, air defences and command posts”.",
            "He said until now, Ukraine had been “forced to move artillery too close to the front"
            " to engage targets at greater depth, which put them at greater risk”.",
        ],
    ),
    (
        "004",
        [
            "Biden’s move on Thursday falls short of a sweeping greenlight for Ukraine to use US"
            " weapons to strike everywhere inside Russia.",
            "“The president recently directed his team to ensure that Ukraine is able to use"
            " US-supplied weapons for counter-fire purposes in the Kharkiv region so Ukraine can"
            " hit back against Russian forces that are attacking them or preparing to attack"
            " them,” a US official said on Thursday.",
        ],
    ),
]

# (paragraph, its sentences): news prose for what the seeds do not show.
PROSE_SENTENCE_CASES: list[tuple[str, list[str]]] = [
    (
        "The Lord of the Rings was written by J. R. R. Tolkien. George W. Bush read it twice.",
        ["The Lord of the Rings was written by J. R. R. Tolkien.", "George W. Bush read it twice."],
    ),
    (
        "Gen. Charles Q. Brown Jr. said the plan was sound. Dr. Anthony Fauci disagreed.",
        ["Gen. Charles Q. Brown Jr. said the plan was sound.", "Dr. Anthony Fauci disagreed."],
    ),
    (
        "The talks began Jan. 15 in Geneva. They ended on Feb. 2.",
        ["The talks began Jan. 15 in Geneva.", "They ended on Feb. 2."],
    ),
    (
        "He lives on Main St. in Springfield. St. Louis is far away.",
        ["He lives on Main St. in Springfield.", "St. Louis is far away."],
    ),
    (
        "Inflation rose 3.5 percent in May. Prices fell 0.2 percent in June.",
        ["Inflation rose 3.5 percent in May.", "Prices fell 0.2 percent in June."],
    ),
    (
        "Will Ukraine strike again? Officials would not say! The war goes on.",
        ["Will Ukraine strike again?", "Officials would not say!", "The war goes on."],
    ),
    (
        "The aid finally arrived in the U.S. The shipment was three weeks late.",
        ["The aid finally arrived in the U.S.", "The shipment was three weeks late."],
    ),
    (
        "He toured the U.S. Capitol on Monday with U.S. Secretary of State Antony Blinken.",
        ["He toured the U.S. Capitol on Monday with U.S. Secretary of State Antony Blinken."],
    ),
    (
        "The meeting ended at 5 p.m. on Friday. Talks resume Monday in Washington, D.C.",
        ["The meeting ended at 5 p.m. on Friday.", "Talks resume Monday in Washington, D.C."],
    ),
    (
        "“Why now?” Kirby asked. “We have been clear.”",
        ["“Why now?” Kirby asked.", "“We have been clear.”"],
    ),
    (
        "The strike hit a fuel depot. (Officials confirmed it later.) More strikes followed.",
        [
            "The strike hit a fuel depot.",
            "(Officials confirmed it later.)",
            "More strikes followed.",
        ],
    ),
    (
        "He paused… then spoke again. The room was silent.",
        ["He paused… then spoke again.", "The room was silent."],
    ),
    (
        "Senate Majority Leader Chuck Schumer and Sen. Mitch McConnell met in Room No. 2 at"
        " 10 a.m. It was brief.",
        [
            "Senate Majority Leader Chuck Schumer and Sen. Mitch McConnell met in Room No. 2 at"
            " 10 a.m.",
            "It was brief.",
        ],
    ),
    (
        "The senator—Sen. Mike Rounds—agreed with Kyiv’s. He spoke Tuesday.",
        ["The senator—Sen. Mike Rounds—agreed with Kyiv’s.", "He spoke Tuesday."],
    ),
    (
        "“We asked for more . . . . They said no.”",
        ["“We asked for more . . . .", "They said no.”"],
    ),
]


def find_paragraph(seed_text: str, sentences: list[str]) -> str:
    """Return the seed's paragraph whose text is these sentences, up to whitespace."""
    wanted = normalize_space(" ".join(sentences))
    matches = [p for p in split_paragraphs(seed_text) if normalize_space(p) == wanted]
    assert matches, f"no paragraph of the seed reads {wanted[:60]!r}..."
    return matches[0]


def ascii_id(text: str) -> str:
    """`text` as a test id of ASCII characters only, other characters shown as `?`.

    pytest escapes the other characters of an id anew each time it collects the tests, so a
    second collection in one process (as mutation testing runs them) could not find the test
    by the id the first one gave it."""
    return text.encode("ascii", "replace").decode("ascii")


@pytest.mark.parametrize(
    ("seed", "sentences"),
    SEED_SENTENCE_CASES,
    ids=[ascii_id(f"{seed}-{sentences[0][:30]}") for seed, sentences in SEED_SENTENCE_CASES],
)
def test_seed_sentences(seeds: dict[str, Path], seed: str, sentences: list[str]) -> None:
    paragraph = find_paragraph(read_seed(seeds, seed), sentences)
    pieces = split_sentences(paragraph)
    assert [normalize_space(piece) for piece in pieces] == sentences
    assert "".join(pieces) == paragraph


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    PROSE_SENTENCE_CASES,
    ids=[ascii_id(paragraph[:30]) for paragraph, _ in PROSE_SENTENCE_CASES],
)
def test_prose_sentences(paragraph: str, sentences: list[str]) -> None:
    pieces = split_sentences(paragraph)
    assert [piece.strip() for piece in pieces] == sentences
    assert "".join(pieces) == paragraph


def test_spaced_ellipsis_with_thin_spaces_does_not_split(seeds: dict[str, Path]) -> None:
    text = read_seed(seeds, "004")
    assert "permission\u2009.\u2009.\u2009.\u2009that" in text
    paragraph = next(p for p in split_paragraphs(text) if "permission\u2009." in p)
    first = split_sentences(paragraph)[0]
    assert first.endswith("went right to the president. ")


def test_sentence_keeps_trailing_whitespace() -> None:
    assert split_sentences("  One.\u00a0 Two.\n") == ["  One.\u00a0 ", "Two.\n"]


def test_chinese_paragraph_splits_without_spaces() -> None:
    paragraph = "乌克兰近日使用美国武器打击俄罗斯境内目标。美国官员证实了这一消息！这会改变战局吗？"
    assert split_sentences(paragraph) == [
        "乌克兰近日使用美国武器打击俄罗斯境内目标。",
        "美国官员证实了这一消息！",
        "这会改变战局吗？",
    ]


NOTE = "这是一个很长的说明"


def test_an_exclamation_in_quotes_before_a_speech_tag_stays_with_it() -> None:
    assert split_sentences('"Stop!" Kirby shouted. We left.') == [
        '"Stop!" Kirby shouted. ',
        "We left.",
    ]


def test_japanese_closing_bracket_stays_with_its_sentence() -> None:
    paragraph = "「攻撃は続く。」首相は述べた。「本当ですか？」『はい。』記者は尋ねた。"
    assert split_sentences(paragraph) == [
        "「攻撃は続く。」",
        "首相は述べた。",
        "「本当ですか？」",
        "『はい。』",
        "記者は尋ねた。",
    ]


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("彼は「行きます。」と言った。次の文。", ["彼は「行きます。」と言った。", "次の文。"]),
        ("価格は３．５ドル．次の文。", ["価格は３．５ドル．", "次の文。"]),
        ("他说：“走吧。”我们走了。 然后呢？", ["他说：“走吧。”", "我们走了。 ", "然后呢？"]),
        ("结束了。（完）", ["结束了。（完）"]),
        ("到此为止。", ["到此为止。"]),
        ("彼は『行きます。』と言った。次の文。", ["彼は『行きます。』と言った。", "次の文。"]),
        # A note in brackets stays with its sentence up to 200 characters, not beyond.
        ("结束了。（" + NOTE * 21 + "）", ["结束了。（" + NOTE * 21 + "）"]),
        ("结束了。（" + NOTE * 24 + "）", ["结束了。", "（" + NOTE * 24 + "）"]),
    ],
    ids=[
        "quotative-to",
        "fullwidth-decimal",
        "quote-then-space",
        "credit",
        "one-sentence",
        "quotative-to-after-double-bracket",
        "note-of-189-characters",
        "note-of-216-characters",
    ],
)
def test_cjk_sentence_ends(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


def test_empty_and_blank_paragraphs() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n") == [" \n"]
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\u00a0\n\n") == []
