"""Pins repair's promises on realistic lines (hypothesis, `tests/core/realistic_lines.py`):
correct text is never changed, UTF-8 read as cp1252 or Latin-1 comes back exactly, a UTF-8
article with a few stray bytes is read as UTF-8, and lone surrogates neither raise nor move.
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
    ],
)
def test_mojibake_is_repaired_into_the_right_script(damaged: str, repaired: str) -> None:
    assert repair_text(damaged).text == repaired


@given(LINES, st.sampled_from(["cp1252", "latin-1"]))
@example("Add ¼ cup sugar.", "cp1252")
@example("Mix 2 × ¼ cup of flour.", "latin-1")
def test_utf8_read_in_a_single_byte_codec_comes_back(line: str, codec: str) -> None:
    damaged = misread(line, codec)
    repaired = repair_text(damaged)
    assert repaired.text == line
    assert revert_fixes(repaired.text, repaired.fixes) == damaged


ENGLISH = ("The", "council", "said", "on", "Tuesday", "that", "prices", "rose", "sharply")


def _article(rng: random.Random) -> bytes:
    words: list[bytes] = []
    while sum(len(word) + 1 for word in words) < 3500:
        word = rng.choice(
            ["The", "council", "said", "on", "Tuesday", "that", "prices", "rose", "sharply"]
        )
        words.append((f"“{word}”" if rng.random() < 0.05 else word).encode())
    for _ in range(12):
        words[rng.randrange(len(words))] += bytes([rng.choice(b"\x92\x93\x94\x96\xe9")])
    return b" ".join(words)


@given(st.randoms(use_true_random=False))
def test_mostly_utf8_article_with_stray_bytes_is_utf8(rng: random.Random) -> None:
    raw = _article(rng)
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    # Every curly quote survives, and each stray reads as its cp1252 character.
    assert decoded.text.count("“") == raw.count("“".encode()) + raw.count(b"\x93")


def test_curly_quotes_survive_twelve_stray_bytes() -> None:
    raw = (" ".join(["The “council” said on Tuesday that prices rose."] * 17) + " ").encode()
    raw = raw.replace(b"prices", b"prices\x92", 12)
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("“council”") == 17
    assert decoded.text.count("prices’") == 12


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
