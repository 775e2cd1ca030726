"""Pins repair's promises on realistic lines (hypothesis, `tests/core/realistic_lines.py`):
correct text is never changed, UTF-8 read as cp1252 or Latin-1 comes back exactly, a UTF-8
article of 3.5 KB with 17 curly quotes and 12 stray bytes is read as UTF-8, and lone
surrogates neither raise nor move.
The counterexamples found so far are pinned as explicit examples and exact tests; long lines
give small fixes at their damage (their cost is measured in bench/bench_repair_safety.py).

The properties run 100 examples in CI and 2,000 under WIREDIFF_HYPOTHESIS_PROFILE=bench.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.core.realistic_lines import misread, sample_line
from wirediff.core.text.decode import decode_bytes
from wirediff.core.text.fixes import apply_fixes, revert_fixes
from wirediff.core.text.repair import repair_text

LINES = st.randoms(use_true_random=False).map(sample_line)

CLEAN_COUNTEREXAMPLES = [
    "Mix 2 × ¼ cup of flour.",
    "Die Antwort lautete „×“.",
    "Score: 3×“A” grades",
    "Привет ÿ … ¼ мир",
    "Cwmni Buddsoddi Â Chyfalaf Newidiol",
    "¸ The sharply — ² µ, that — Hämeenlinna",
    "ÂêÀ",  # not cp950's "藏社" with "ê" taken for the bytes c3 aa
    "Buddsoddi Â „×“; ŵyr",  # one ftfy step took both the Welsh "Â" and "×“" ("ד")
]


@pytest.mark.parametrize("line", CLEAN_COUNTEREXAMPLES)
def test_correct_counterexamples_are_unchanged(line: str) -> None:
    repaired = repair_text(line)
    assert (repaired.text, repaired.fixes) == (line, ())


@given(LINES)
def test_correct_lines_are_never_changed(line: str) -> None:
    assert repair_text(line).text == line


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Add Â¼ cup sugar.", "Add ¼ cup sugar."),
        ("A Â¼-mile race.", "A ¼-mile race."),
        ("Ã¹", "ù"),
        ("Å¸", "Ÿ"),
        ("Âµ0", "µ0"),
        ("RECENT OÃ™â€™S", "RECENT OÙ’S"),
        ("Die Antwort lautete â€žÃ—â€œ.", "Die Antwort lautete „×“."),
        ("Å\xa0koda", "Škoda"),
        ("Å’uvre", "Œuvre"),
        ("Ã…rsta", "Årsta"),
        ("LlÅ·n", "Llŷn"),
        ("Ã‚GEâ„¢", "ÂGE™"),
        ("lautete Ã—Â\u00a0sharply", "lautete ×\u00a0sharply"),
        ("Ã—Â\u00a0council", "×\u00a0council"),
        ("ďábelskÃ©Â\u00a0Å¸vonne", "ďábelské\u00a0Ÿvonne"),
        # Real damage in two layers still comes off: UTF-8 misread twice, and GB18030 read as
        # "UTF-8 where valid" (seed 002's first line).
        ("cafÃƒÂ© crÃƒÂ¨me", "café crème"),
        ("Â鶹´«Ã½", "麻豆传媒"),
    ],
)
def test_mojibake_is_repaired_into_the_right_script(damaged: str, repaired: str) -> None:
    assert repair_text(damaged).text == repaired


@given(LINES, st.sampled_from(["cp1252", "latin-1"]))
@example("Add ¼ cup sugar.", "cp1252")
@example("Mix 2 × ¼ cup of flour.", "latin-1")
# Undone once, then again: "×\u00a0" as the Hebrew "נ", "é\u00a0Ÿ" as the Chinese "頟".
@example("lautete ×\u00a0sharply", "cp1252")
@example("×\u00a0council ÿ\u00a0°", "latin-1")
@example("brûlée: ďábelské\u00a0Ÿvonne…", "cp1252")
@example("Buddsoddi Â „×“; ŵyr", "latin-1")
def test_utf8_read_in_a_single_byte_codec_comes_back(line: str, codec: str) -> None:
    damaged = misread(line, codec)
    repaired = repair_text(damaged)
    assert repaired.text == line
    assert revert_fixes(repaired.text, repaired.fixes) == damaged


# The case of the issue that found it: a 3.5 KB UTF-8 article holding 17 correct curly quotes
# and 12 stray single bytes (cp1252 punctuation and letters pasted in) was read as mac-roman,
# and every quote became mojibake.
ARTICLE_BYTES = 3500
ARTICLE_QUOTES = 17
ARTICLE_STRAYS = 12
WORDS = ("The", "council", "said", "on", "Tuesday", "that", "prices", "rose", "sharply")
QUOTES = "“”‘’"
# Continuation bytes (never the start of a sequence) and lead bytes (always followed here by a
# space), so no stray forms a valid UTF-8 sequence with its neighbour.
STRAY_BYTES = b"\x85\x92\x93\x94\x96\x97\xa0\xb0\xc3\xe2\xe8\xe9\xfc"


def _article(rng: random.Random) -> tuple[bytes, str]:
    """A 3.5 KB article with 17 curly quotes and 12 stray bytes: its bytes, and the text a
    reader expects (the quotes as they are, each stray as its cp1252 character)."""
    words: list[str] = []
    while sum(len(word) + 1 for word in words) < ARTICLE_BYTES:
        words.append(rng.choice(WORDS))
    for index in rng.sample(range(len(words)), ARTICLE_QUOTES):
        quote = rng.choice(QUOTES)
        words[index] = quote + words[index] if rng.random() < 0.5 else words[index] + quote
    raw = [word.encode() for word in words]
    for index in rng.sample(range(len(words)), ARTICLE_STRAYS):
        stray = bytes([rng.choice(STRAY_BYTES)])
        raw[index] += stray
        words[index] += stray.decode("cp1252")
    return b" ".join(raw), " ".join(words)


@given(st.randoms(use_true_random=False))
def test_article_with_seventeen_quotes_and_twelve_strays_is_utf8(rng: random.Random) -> None:
    raw, expected = _article(rng)
    decoded = decode_bytes(raw)
    assert (decoded.encoding, decoded.text) == ("utf-8", expected)
    assert decoded.confidence < 1.0  # the strays are marked as such


def test_curly_quotes_survive_twelve_stray_bytes() -> None:
    sentence = "The council said on Tuesday that prices rose sharply in March after talks failed."
    sentences = [sentence] * 43  # 3.5 KB
    for index in range(8):  # 16 quotes
        sentences[index * 4] = sentence.replace("prices rose", "“prices rose”")
    sentences[42] = sentence.replace("council", "council’s")  # the 17th
    for index in range(12):  # 12 strays: "failed" + a cp1252 apostrophe, byte 0x92
        sentences[index * 2 + 1] = sentence.replace("failed", "failed\N{PRIVATE USE ONE}")
    raw = " ".join(sentences).encode().replace("\N{PRIVATE USE ONE}".encode(), b"\x92")
    assert (len(raw) // 100, raw.count(b"\x92")) == (35, 12)
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("“prices rose”") == 8
    assert decoded.text.count("council’s") == 1
    assert decoded.text.count("failed’") == 12


@given(LINES, st.lists(st.sampled_from(["\udcff", "\ud800", "\udce9"]), min_size=1, max_size=3))
@example("cafÃ© crÃ¨me", ["\udce9"])
def test_lone_surrogates_neither_raise_nor_move(line: str, surrogates: list[str]) -> None:
    text = misread(line, "cp1252")
    for surrogate in surrogates:
        position = len(text) // 2
        text = text[:position] + surrogate + text[position:]
    repaired = repair_text(text)
    assert [c for c in repaired.text if "\ud800" <= c <= "\udfff"] == [
        c for c in text if "\ud800" <= c <= "\udfff"
    ]
    assert apply_fixes(text, repaired.fixes) == repaired.text
    assert revert_fixes(repaired.text, repaired.fixes) == text


def test_long_line_damaged_at_both_ends_gives_two_small_fixes() -> None:
    middle = " ".join(["prices rose sharply"] * 1300)  # over 24,000 characters
    repaired = repair_text(f"cafÃ© {middle} rÃ©sumÃ©")
    assert repaired.text == f"café {middle} résumé"
    assert [(fix.before, fix.after) for fix in repaired.fixes] == [
        ("Ã©", "é"),
        ("Ã©sumÃ©", "ésumé"),
    ]


def test_long_line_with_many_damaged_words_gives_one_fix_each() -> None:
    words = ["officials"] * 20_000
    for index in range(0, len(words), 50):
        words[index] = "rÃ©sumÃ©"
    repaired = repair_text(" ".join(words))
    assert repaired.text == " ".join(words).replace("rÃ©sumÃ©", "résumé")
    assert len(repaired.fixes) == 400
    assert {(fix.before, fix.after) for fix in repaired.fixes} == {("Ã©sumÃ©", "ésumé")}
