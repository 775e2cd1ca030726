"""Exact costs of the plausibility model (`core.text.plausibility`) that picks a decoding.

What kind each character is (every script and class boundary, on both sides), what casing
costs, and the cost of short texts taken apart by hand into the model's terms: a letter after
a word start or another letter, a word's ending, its casing, a script switch, a foreign
letter. A wrong constant or boundary here makes mojibake cheaper than the text it hides, and
the repair then picks the mojibake.
"""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from wirediff.core.text.plausibility import (
    ALPHABET_FLOOR_NATS,
    AVERAGE_END_SHARE,
    CASE_SWITCH_NATS,
    FOREIGN_LATIN_EXTRA_NATS,
    FOREIGN_LETTER_NATS,
    LOWER_WORD_NATS,
    MIXED_CASE_WORD_NATS,
    MIXED_SCRIPT_DEFAULT_NATS,
    NATIVE_FLOOR_NATS,
    PAIR_WEIGHT,
    TITLE_WORD_NATS,
    UNSEEN_PAIR_NATS,
    UPPER_WORD_NATS,
    LetterTable,
    _casing_nats,
    _load_table,
    _script_of_letter,
    best_cost,
    char_kind,
    is_common_short_word,
    letter_tables,
    lines_cost,
    table_for,
    text_cost,
)

LATIN = table_for("latin")
RUSSIAN = table_for("ru")


def test_the_model_constants_are_those_the_costs_were_tuned_with() -> None:
    assert (LOWER_WORD_NATS, TITLE_WORD_NATS, UPPER_WORD_NATS) == (0.3, 1.6, 3.0)
    assert (MIXED_CASE_WORD_NATS, CASE_SWITCH_NATS) == (4.0, 2.0)
    assert (ALPHABET_FLOOR_NATS, FOREIGN_LATIN_EXTRA_NATS, FOREIGN_LETTER_NATS) == (12.0, 1.0, 16.0)
    assert NATIVE_FLOOR_NATS == {"han": 15.0, "hangul": 15.0, "kana": 12.0, "other": 4.5}
    assert (PAIR_WEIGHT, AVERAGE_END_SHARE, MIXED_SCRIPT_DEFAULT_NATS) == (0.95, 0.25, 8.0)
    assert pytest.approx(math.log(20)) == UNSEEN_PAIR_NATS


@pytest.mark.parametrize(
    ("code", "script"),
    [
        (ord("a"), "latin"),
        (0x24F, "latin"),
        (0x250, "phonetic"),  # IPA
        (0x2B0, "phonetic"),
        (0x1D00, "phonetic"),
        (0x1D2B, "phonetic"),
        (0x1DBF, "phonetic"),
        (0x1E00, "latin"),
        (0x1E9E, "latin"),
        (0x1EFF, "latin"),
        (0x370, "greek"),
        (0x3FF, "greek"),
        (0x1F00, "greek"),
        (0x1FFC, "greek"),
        (0x400, "cyrillic"),
        (0x52F, "cyrillic"),
        (0x531, "other"),  # Armenian
        (0x5D0, "hebrew"),
        (0x5EA, "hebrew"),
        (0x620, "arabic"),
        (0x6FF, "arabic"),
        (0x750, "arabic"),
        (0x77F, "arabic"),
        (0xFB50, "arabic"),
        (0xFEFC, "arabic"),
        (0x3041, "kana"),
        (0x30FC, "kana"),
        (0x30FF, "kana"),
        (0x31F0, "kana"),
        (0x31FF, "kana"),
        (0xFF66, "kana"),
        (0xFF9F, "kana"),
        (0xAC00, "hangul"),
        (0xD7A3, "hangul"),
        (0x1100, "hangul"),
        (0x11FF, "hangul"),
        (0x3131, "hangul"),
        (0x318E, "hangul"),
        (0x3400, "han"),
        (0x4DBF, "han"),
        (0x4E00, "han"),
        (0x9FFF, "han"),
        (0xF900, "han"),
        (0xFAD9, "han"),
        (0x20000, "han"),
        (0x3005, "han"),  # 々
        (0x3006, "han"),  # 〆
        (0xA71C, "phonetic"),  # a modifier letter
        (0xE01, "other"),  # Thai
        (0xA000, "other"),  # Yi
    ],
)
def test_each_letter_belongs_to_its_script(code: int, script: str) -> None:
    letter = chr(code)
    assert letter.isalpha()
    assert _script_of_letter(letter) == script
    assert char_kind(letter) == script


@pytest.mark.parametrize(
    ("char", "kind"),
    [
        (" ", "space"),
        ("\t", "space"),
        ("\n", "space"),
        ("\N{NO-BREAK SPACE}", "space"),
        ("\N{IDEOGRAPHIC SPACE}", "space"),
        ("\x00", "control"),
        ("\x1f", "control"),
        ("!", "ascii"),
        ("7", "ascii"),
        ("~", "ascii"),
        ("\x80", "control"),
        ("\x9f", "control"),
        ("\ue000", "control"),  # private use
        ("\u0378", "control"),  # unassigned
        ("\N{INVERTED EXCLAMATION MARK}", "common-latin1"),
        ("\N{COPYRIGHT SIGN}", "common-latin1"),
        ("\N{INVERTED QUESTION MARK}", "common-latin1"),
        ("\N{CURRENCY SIGN}", "rare-latin1"),
        ("\N{MULTIPLICATION SIGN}", "rare-latin1"),
        ("\N{PILCROW SIGN}", "rare-latin1"),
        ("\N{BOX DRAWINGS LIGHT HORIZONTAL}", "box"),  # U+2500
        ("\N{QUADRANT UPPER RIGHT AND LOWER LEFT AND LOWER RIGHT}", "box"),  # U+259F
        ("\N{BLACK SQUARE}", "symbol"),  # U+25A0
        ("\N{CIRCLED DIGIT ONE}", "cjk-symbol"),  # U+2460
        ("\N{NEGATIVE CIRCLED DIGIT ZERO}", "cjk-symbol"),  # U+24FF
        ("\N{PARENTHESIZED HANGUL KIYEOK}", "cjk-symbol"),  # U+3200
        ("\N{SQUARE GAL}", "cjk-symbol"),  # U+33FF
        ("\N{COMBINING GRAVE ACCENT}", "mark"),
        ("\N{FULLWIDTH EXCLAMATION MARK}", "fullwidth"),  # U+FF01
        ("\N{FULLWIDTH CENT SIGN}", "fullwidth"),  # U+FFE0
        ("\uff00", "control"),  # unassigned, inside the full-width block
        ("\N{IDEOGRAPHIC COMMA}", "punctuation"),
        ("\N{POSTAL MARK}", "punctuation"),  # U+3012, a symbol in the CJK punctuation block
        ("\N{IDEOGRAPHIC HALF FILL SPACE}", "punctuation"),  # U+303F
        ("\N{EM DASH}", "punctuation"),
        ("\N{EM SPACE}", "punctuation"),
        ("\N{ARABIC-INDIC DIGIT THREE}", "ascii"),
        ("\N{RIGHTWARDS ARROW}", "symbol"),
        ("\N{EURO SIGN}", "symbol"),
        ("\N{LINE SEPARATOR}", "symbol"),
    ],
)
def test_every_other_character_has_its_kind(char: str, kind: str) -> None:
    assert char_kind(char) == kind


@pytest.mark.parametrize(
    ("upper", "lower", "first_upper", "switches", "nats"),
    [
        (0, 0, False, 0, 0.0),  # no cased letter
        (0, 4, False, 0, 0.3),  # "word"
        (1, 3, True, 1, 1.6),  # "Word"
        (1, 0, True, 0, 1.6),  # "A"
        (4, 0, True, 0, 3.0),  # "WORD"
        (1, 3, False, 1, 6.0),  # "woRd" ... one switch
        (3, 1, False, 1, 6.0),  # "wORD"
        (2, 2, True, 3, 10.0),  # "WoRd"
    ],
)
def test_casing_costs_per_word(
    upper: int, lower: int, first_upper: bool, switches: int, nats: float
) -> None:
    assert _casing_nats(upper, lower, first_upper, switches) == pytest.approx(nats)


def test_a_lowercase_word_costs_its_letter_pairs_its_ending_and_its_casing() -> None:
    pairs = LATIN.pair_costs
    assert text_cost("a", LATIN) == pytest.approx(
        pairs["^a"] + LOWER_WORD_NATS + LATIN.end_costs["a"]
    )
    assert text_cost("the", LATIN) == pytest.approx(
        pairs["^t"] + pairs["th"] + pairs["he"] + LOWER_WORD_NATS + LATIN.end_costs["e"]
    )
    assert text_cost("The", LATIN) == pytest.approx(
        pairs["^t"] + pairs["th"] + pairs["he"] + TITLE_WORD_NATS + LATIN.end_costs["e"]
    )
    assert text_cost("THE", LATIN) == pytest.approx(
        pairs["^t"] + pairs["th"] + pairs["he"] + UPPER_WORD_NATS + LATIN.end_costs["e"]
    )
    # One switch: "tHE" is mixed case, as mojibake writes.
    assert text_cost("tHE", LATIN) == pytest.approx(
        pairs["^t"]
        + pairs["th"]
        + pairs["he"]
        + MIXED_CASE_WORD_NATS
        + CASE_SWITCH_NATS
        + LATIN.end_costs["e"]
    )


def test_spaces_and_punctuation_cost_their_kind_and_end_the_word_before_them() -> None:
    a_word = LATIN.pair_costs["^a"] + LOWER_WORD_NATS + LATIN.end_costs["a"]
    assert text_cost("", LATIN) == 0.0
    assert text_cost("a a", LATIN) == pytest.approx(2 * a_word + 2.0)
    assert text_cost("a.", LATIN) == pytest.approx(a_word + 3.5)
    assert text_cost("a\N{EM DASH}a", LATIN) == pytest.approx(2 * a_word + 4.0)
    assert text_cost("1", LATIN) == pytest.approx(3.5)
    assert text_cost("\t", LATIN) == pytest.approx(2.0)
    assert text_cost("\N{COPYRIGHT SIGN}", LATIN) == pytest.approx(7.0)
    assert text_cost("\N{CURRENCY SIGN}", LATIN) == pytest.approx(10.0)
    assert text_cost("\N{RIGHTWARDS ARROW}", LATIN) == pytest.approx(10.0)
    assert text_cost("\N{CIRCLED DIGIT ONE}", LATIN) == pytest.approx(12.0)
    assert text_cost("\N{BOX DRAWINGS LIGHT HORIZONTAL}", LATIN) == pytest.approx(12.0)
    assert text_cost("\x01", LATIN) == pytest.approx(20.0)
    assert text_cost("\N{COMBINING GRAVE ACCENT}", LATIN) == pytest.approx(6.0)
    assert text_cost("\N{FULLWIDTH EXCLAMATION MARK}", LATIN) == pytest.approx(5.0)


def test_a_letter_pair_never_seen_costs_the_letter_plus_the_unseen_pair_cost() -> None:
    assert "qx" not in LATIN.pair_costs
    assert text_cost("qx", LATIN) == pytest.approx(
        LATIN.pair_costs["^q"]
        + LATIN.costs["x"]
        + UNSEEN_PAIR_NATS
        + LOWER_WORD_NATS
        + LATIN.end_costs.get("x", 0.0)
    )


def test_a_letter_the_source_casefolded_costs_its_folded_letter_and_two_nats() -> None:
    # "ß" was counted as "ss", so it costs an "s" and two nats, after a word start never seen.
    assert "ß" not in LATIN.costs
    assert "^ß" not in LATIN.pair_costs
    assert text_cost("ß", LATIN) == pytest.approx(
        LATIN.costs["s"] + 2.0 + UNSEEN_PAIR_NATS + LOWER_WORD_NATS
    )


def test_letters_of_another_script_pay_the_foreign_costs() -> None:
    # A Cyrillic letter in Latin text: foreign, and no pair or ending after it.
    assert text_cost("я", LATIN) == pytest.approx(FOREIGN_LETTER_NATS + LOWER_WORD_NATS)
    # A switch of script inside a word pays the default switch cost too.
    assert text_cost("aя", LATIN) == pytest.approx(
        LATIN.pair_costs["^a"] + MIXED_SCRIPT_DEFAULT_NATS + FOREIGN_LETTER_NATS + LOWER_WORD_NATS
    )
    # A Latin letter in Russian text is a name or an English word: its Latin cost plus one nat.
    assert text_cost("a", RUSSIAN) == pytest.approx(
        LATIN.costs["a"] + FOREIGN_LATIN_EXTRA_NATS + LOWER_WORD_NATS
    )
    # A Latin letter the Latin table does not know: the alphabet floor.
    assert "ȸ" not in LATIN.costs
    assert text_cost("ȸ", RUSSIAN) == pytest.approx(
        ALPHABET_FLOOR_NATS + FOREIGN_LATIN_EXTRA_NATS + LOWER_WORD_NATS
    )


def test_ideographs_cost_their_own_frequency_and_unknown_ones_the_native_floor() -> None:
    chinese = table_for("zh-Hans")
    assert chinese.pair_costs == {}
    assert text_cost("中", chinese) == pytest.approx(chinese.costs["中"])
    assert "\U0002a6d6" not in chinese.costs
    assert text_cost("\U0002a6d6", chinese) == pytest.approx(15.0)
    japanese = table_for("ja")
    # Kanji and kana mix freely in a Japanese word; Korean mixes Hanja at a small cost.
    assert text_cost("中か", japanese) == pytest.approx(japanese.costs["中"] + japanese.costs["か"])
    korean = table_for("ko")
    assert text_cost("中가", korean) == pytest.approx(korean.costs["中"] + 2.0 + korean.costs["가"])
    assert text_cost("中a", korean) == pytest.approx(
        korean.costs["中"] + 4.0 + LATIN.costs["a"] + FOREIGN_LATIN_EXTRA_NATS + LOWER_WORD_NATS
    )


def test_letters_of_scripts_without_a_table_cost_the_flat_rate() -> None:
    other = table_for("other")
    assert (other.costs, other.pair_costs, other.end_costs) == ({}, {}, {})
    assert text_cost("ก", other) == pytest.approx(4.5)
    assert text_cost("กก", other) == pytest.approx(9.0)


def test_text_cost_stops_as_soon_as_it_passes_the_limit() -> None:
    first = LATIN.pair_costs["^a"]
    assert text_cost("abc", LATIN, limit=0.1) == pytest.approx(first)
    assert text_cost("abc", LATIN, limit=first) > first


def test_a_table_loaded_afresh_has_costs_from_its_counts() -> None:
    # Loaded afresh: `table_for` keeps the tables it loaded once.
    latin = _load_table("latin", frozenset({"latin"}))
    assert (latin.language, latin.scripts) == ("latin", frozenset({"latin"}))
    assert (len(latin.costs), len(latin.pair_costs), len(latin.end_costs)) == (82, 1657, 67)
    path = resources.files("wirediff.resources") / "charfreq" / "latin.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    share = data["letters"]["e"] / data["per"]
    assert latin.costs["e"] == pytest.approx(-math.log(share))
    pairs = data["pairs"]
    after_t = sum(count for pair, count in pairs.items() if pair[0] == "t")
    following = pairs["th"] / after_t
    h_share = data["letters"]["h"] / data["per"]
    assert latin.pair_costs["th"] == pytest.approx(-math.log(0.95 * following + 0.05 * h_share))
    ending = pairs["e$"] / sum(count for pair, count in pairs.items() if pair[0] == "e")
    assert latin.end_costs["e"] == pytest.approx(
        max(-1.0, math.log(0.25 / (0.95 * ending + 0.05 * 0.25)))
    )
    assert "t$" not in latin.pair_costs
    assert min(latin.end_costs.values()) == -1.0
    assert latin.short_words == frozenset(data.get("short_words", ()))


def test_a_language_without_a_table_loads_empty() -> None:
    other = _load_table("other", frozenset({"other"}))
    assert other == LetterTable("other", frozenset({"other"}), {}, {}, {})


def test_russian_short_words_come_from_the_table() -> None:
    russian = _load_table("ru", frozenset({"cyrillic"}))
    assert "на" in russian.short_words
    assert russian.pair_costs
    assert russian.costs["о"] < russian.costs["ф"]


def test_romanian_cedilla_and_comma_below_cost_the_same_when_loaded() -> None:
    central = _load_table("latin-central", frozenset({"latin"}))
    path = resources.files("wirediff.resources") / "charfreq" / "latin-central.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    letters = data["letters"]
    cedilla = -math.log(letters["ş"] / data["per"]) if "ş" in letters else math.inf
    comma = -math.log(letters["ș"] / data["per"]) if "ș" in letters else math.inf
    assert central.costs["ş"] == central.costs["ș"] == pytest.approx(min(cedilla, comma))
    assert central.costs["ţ"] == central.costs["ț"]


def test_every_language_has_a_table_in_order() -> None:
    languages = [table.language for table in letter_tables()]
    assert languages[:4] == ["latin", "latin-central", "tr", "vi"]
    assert languages[-1] == "other"
    assert len(languages) == 17
    assert table_for("ja").scripts == frozenset({"han", "kana"})


def test_best_cost_is_the_cheapest_language_and_its_cost() -> None:
    cost, language = best_cost("the house")
    assert language == "latin"
    assert cost == pytest.approx(text_cost("the house", LATIN))
    assert best_cost("中华人民共和国") == (
        pytest.approx(text_cost("中华人民共和国", table_for("zh-Hans"))),
        "zh-Hans",
    )
    assert best_cost("дом", ("ru", "uk"))[1] in ("ru", "uk")
    # Languages given: only those are tried, even when another would be cheaper.
    assert best_cost("the house", ("ru",)) == (
        pytest.approx(text_cost("the house", RUSSIAN)),
        "ru",
    )
    # Nothing under the limit: the answer is some cost above it, and no language beats it.
    assert best_cost("the house", limit=0.5)[0] > 0.5


def test_lines_cost_is_each_line_at_its_cheapest_language() -> None:
    text = "the house\n\nдом"
    expected = best_cost("the house")[0] + best_cost("дом")[0]
    assert lines_cost(text) == pytest.approx(expected)
    assert lines_cost("") == 0.0
    # Past the limit on the first line: the second is not added.
    limit = best_cost("the house")[0] / 2
    assert lines_cost(text, limit=limit) == best_cost("the house", limit=limit)[0]
    # Under the limit after the first line: the second is scored against what is left of it.
    first = best_cost("the house")[0]
    assert lines_cost(text, limit=first + 1.0) == pytest.approx(
        first + best_cost("дом", limit=1.0)[0]
    )


def test_common_short_words_are_those_of_any_alphabet_table() -> None:
    assert is_common_short_word("Или")
    assert is_common_short_word("ΟΙ")
    assert not is_common_short_word("едц")
    assert not is_common_short_word("")
