"""Pins the repair stage: the cases in tests/cases/, the seeds, and correct text left alone.

Each case of `tests/cases/*.json` (see its README) is repaired and compared; the seed articles
come out byte-identical except seed 002, whose first line becomes 麻豆传媒; and real words of
many languages in any order, which hypothesis draws, are never changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirediff.core.text.repair
from wirediff.core.text.fixes import apply_fixes, revert_fixes
from wirediff.core.text.repair import Repaired, repair_text

CASES_DIR = Path(__file__).resolve().parents[1] / "cases"


def load_cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = [pytest.mark.xfail(strict=True)] if case["expect"] == "fail" else []
            params.append(pytest.param(case, id=f"{path.stem}: {case['label']}", marks=marks))
    return params


@pytest.mark.parametrize("case", load_cases())
def test_case(case: dict) -> None:
    repaired = repair_text(case["original"])
    assert repaired.text == case["fixed"]
    assert apply_fixes(case["original"], repaired.fixes) == repaired.text
    assert revert_fixes(repaired.text, repaired.fixes) == case["original"]
    if case["original"] == case["fixed"]:
        assert repaired.fixes == ()


def test_case_files_are_well_formed() -> None:
    fields = {"label", "original", "fixed", "expect"}
    for path in CASES_DIR.glob("*.json"):
        for case in json.loads(path.read_text(encoding="utf-8")):
            assert fields <= case.keys() <= fields | {"comment"}, (path.name, case)
            assert case["expect"] in ("pass", "fail")
            assert (case["expect"] == "fail") == (path.stem == "known-failures")


def test_seed_002_header_is_repaired(seeds: dict[str, Path]) -> None:
    text = seeds["002"].read_text(encoding="utf-8")
    repaired = repair_text(text)
    assert repaired.text.split("\n", 1)[0] == "麻豆传媒"
    assert repaired.text.split("\n", 1)[1] == text.split("\n", 1)[1]
    first = repaired.fixes[0]
    assert (first.start, first.end, first.before, first.after) == (0, 6, "Â鶹´«Ã½", "麻豆传媒")
    assert first.method == "legacy:gb18030-as-utf8-else-latin1"
    assert len(repaired.fixes) == 1


@pytest.mark.parametrize("name", ["000", "001", "003", "004"])
def test_other_seeds_are_unchanged(seeds: dict[str, Path], name: str) -> None:
    raw = seeds[name].read_bytes()
    repaired = repair_text(raw.decode("utf-8"))
    assert repaired.fixes == ()
    assert repaired.text.encode("utf-8") == raw


def test_fix_methods_are_readable() -> None:
    repaired = repair_text("cafÃ© and Ïðèâåò, ìèð")
    methods = {fix.method for fix in repaired.fixes}
    assert methods == {"ftfy:inconsistent-utf8", "legacy:cp1251-as-latin1"}, repaired.fixes
    assert repair_text("cafÃ©").fixes[0].method == "ftfy:utf8-as-latin1"


# Real words, each language's as one space-separated string.
WORDS = {
    "seed": "Ukraine’s second-largest city “Kharkiv” — U.S. weapons; it’s Biden’s call…",
    "french": "âge été où ça élève crème brûlée naïve Noël façade CHÂTEAU ÂGE déjà vu",
    "portuguese": "São Paulo IRMÃOS NÃO AÇÃO informações população água pública",
    "german": "Größe Übermäßig Äußerung schön Straße Müll Bär",
    "nordic": "Þjóðin ætíð smørrebrød Åland Hämeenlinna",
    "central": "Příliš žluťoučký kůň úpěl ďábelské Árvíztűrő tükörfúrógép Łódź",
    "turkish": "İstanbul şiddetli yağış öğretmen çocuk",
    "spanish": "¿Qué pasó? ¡Señor Núñez! niño año",
    "russian": "Москва столица России правительство ОАО «РЖД» ёлка",
    "greek": "Η Αθήνα είναι πρωτεύουσα της Ελλάδας ΑΘΗΝΑ",
    "chinese": "中华人民共和国 麻豆传媒 北京 臺灣 香港特別行政區 ，。《》",
    "japanese": "東京都 ニュース 日本語 「こんにちは」 ２０２４年",
    "korean": "대한민국 정부는 오늘 발표했다",
    "symbols": "© 2024 · ½ 25 °C £5 §3 № ™ ½",
}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted({word for words in WORDS.values() for word in words.split()})),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from([" ", "\n", ", ", " — "]),
)
def test_correct_words_in_any_order_are_unchanged(words: list[str], separator: str) -> None:
    text = separator.join(words)
    assert repair_text(text).text == text


def seed_alphabet() -> str:
    """Every character of the seeds, except those of seed 002's damaged first line."""
    seeds_dir = Path(__file__).resolve().parents[2] / "seeds"
    chars: set[str] = set()
    for path in seeds_dir.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        chars.update(text.split("\n", 1)[1] if path.name.startswith("002") else text)
    return "".join(sorted(chars))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=seed_alphabet(), max_size=300))
def test_text_in_the_seeds_alphabet_is_unchanged(text: str) -> None:
    assert repair_text(text).fixes == ()


# Common Chinese characters (GB2312 level 1), kana, Hangul, CJK and full-width punctuation.
CJK = (
    bytes(
        b for pair in zip(range(0xB0, 0xB8), range(0xA1, 0xA9), strict=True) for b in pair
    ).decode("gb2312")
    + "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    + "ひらがなカタカナ한국어대한민국、。「」『』（）！？０１２３ＡＢＣ　"
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=CJK + " \n0123456789abc.,", max_size=300))
def test_cjk_text_is_unchanged(text: str) -> None:
    assert repair_text(text).fixes == ()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"])))
def test_repair_round_trips_on_any_text(text: str) -> None:
    repaired = repair_text(text)
    assert revert_fixes(repaired.text, repaired.fixes) == text
    assert apply_fixes(text, repaired.fixes) == repaired.text


def test_clean_megabyte_never_reaches_the_line_repairers(
    seeds: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast path (bench/bench_repair.py times it): no clean line is handed to ftfy or the
    legacy search, which is what made clean text slow."""

    def refuse(line: str, offset: int) -> None:
        raise AssertionError(f"a clean line was repaired: {line[:60]!r}")

    monkeypatch.setattr(wirediff.core.text.repair, "_repair_line", refuse)
    text = "\n".join(
        path.read_text(encoding="utf-8").split("\n", 1)[name == "002"]
        for name, path in sorted(seeds.items())
    )
    text = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    assert repair_text(text) == Repaired(text, ())
