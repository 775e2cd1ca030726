"""Exact outputs of the repair stage's own decisions (`core.text.repair`), helper by helper.

How a repaired line is cut into fixes (one per changed stretch, a word with two broken letters
once), how ftfy's plan is cut into steps and named, which repairer wins where both touch the
same stretch, when a real "Â" is kept (Welsh, names in capitals), and the plain misread UTF-8
characters ftfy leaves. Every list of fixes is written out whole.
"""

from __future__ import annotations

import pytest

from wirediff.core.progress import Cancelled, Checkpoint
from wirediff.core.result import Fix
from wirediff.core.text import repair
from wirediff.core.text.repair import (
    Repaired,
    _changed_spans,
    _diff_fixes,
    _ftfy_method,
    _is_real_capital,
    _keep_welsh_capital,
    _repair_around_surrogates,
    _resolve_overlaps,
    _step_groups,
    _unanchored_stretches,
    _with_plain_sequences,
    _word_start,
    repair_text,
)

NBSP = "\N{NO-BREAK SPACE}"


def test_the_limits_are_those_the_docs_name() -> None:
    assert (repair.MAX_FTFY_PASSES, repair.MAX_REPAIR_LAYERS) == (3, 3)
    assert repair.DIFF_LIMIT_CHARS == 2_000


def test_repair_text_fixes_only_damaged_lines_with_offsets_into_the_whole_text() -> None:
    text = "Café crème: cafÃ© crÃ¨me\nclean line, “quoted”\nÃ©tÃ© x"
    assert repair_text(text) == Repaired(
        "Café crème: café crème\nclean line, “quoted”\nété x",
        (
            Fix(15, 17, "Ã©", "é", "ftfy:inconsistent-utf8"),
            Fix(20, 22, "Ã¨", "è", "ftfy:inconsistent-utf8"),
            Fix(46, 51, "Ã©tÃ©", "été", "ftfy:utf8-as-latin1"),
        ),
    )


def test_clean_text_with_suspicious_characters_comes_back_as_it_was() -> None:
    text = "Zürich, “naïve” façade — 5 €\nMoscow: Москва\n"
    assert repair_text(text) == Repaired(text, ())


def test_repair_text_asks_its_checkpoint_whether_to_stop() -> None:
    with pytest.raises(Cancelled):
        repair_text("cafÃ©", Checkpoint(cancelled=lambda: True))


def test_lone_surrogates_stay_and_the_stretches_around_them_are_repaired() -> None:
    line, fixes = _repair_around_surrogates("cafÃ©\udce9 crÃ¨me\udce9", 100)
    assert line == "café\udce9 crème\udce9"
    assert fixes == [
        Fix(103, 105, "Ã©", "é", "ftfy:utf8-as-latin1"),
        Fix(109, 111, "Ã¨", "è", "ftfy:utf8-as-latin1"),
    ]


@pytest.mark.parametrize(
    ("before", "after", "fixes"),
    [
        (
            "cafÃ© x rÃ©sumÃ©",
            "café x résumé",
            [Fix(13, 15, "Ã©", "é", "m"), Fix(19, 26, "Ã©sumÃ©", "ésumé", "m")],
        ),
        # Two broken letters of one word, three unchanged letters apart: one fix.
        ("Ã©xyzÃ©", "éxyzé", [Fix(10, 17, "Ã©xyzÃ©", "éxyzé", "m")]),
        # Four letters apart, or a space between: two.
        ("Ã©wxyzÃ©", "éwxyzé", [Fix(10, 12, "Ã©", "é", "m"), Fix(16, 18, "Ã©", "é", "m")]),
        ("Ã©x zÃ©", "éx zé", [Fix(10, 12, "Ã©", "é", "m"), Fix(15, 17, "Ã©", "é", "m")]),
        ("same", "same", []),
    ],
)
def test_diff_fixes_cuts_a_repaired_line_into_changed_stretches(
    before: str, after: str, fixes: list[Fix]
) -> None:
    assert _diff_fixes(before, after, 10, "m") == fixes


def test_stretches_lie_between_the_ascii_runs_both_versions_share() -> None:
    assert _unanchored_stretches("cafÃ© x rÃ©sumÃ©", "café x résumé") == [
        (3, 6, 3, 5),
        (9, 11, 8, 9),
        (14, 16, 12, 13),
    ]
    # The ASCII runs differ: the whole lines are one stretch.
    assert _unanchored_stretches("ab Ã© cd", "ab é ce") == [(0, 8, 0, 7)]
    assert _unanchored_stretches("Ã©", "é") == [(0, 2, 0, 1)]
    assert _unanchored_stretches("a b", "a b") == []


def test_changed_spans_trim_common_ends_then_diff_the_middle() -> None:
    assert _changed_spans("xÃ©y", "xéy") == [(1, 3, 1, 2)]
    assert _changed_spans("aaa", "aaa") == []
    assert _changed_spans("ab", "b") == [(0, 1, 0, 0)]
    assert _changed_spans("ab", "a") == [(1, 2, 1, 1)]
    assert _changed_spans("aÃ©bÃ©c", "aébéc") == [(1, 3, 1, 2), (4, 6, 3, 4)]


def test_a_changed_stretch_past_the_limit_is_one_span(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repair, "DIFF_LIMIT_CHARS", 3)
    assert _changed_spans("xÃ©Ã©y", "xééy") == [(1, 5, 1, 3)]
    assert _changed_spans("xÃ©y", "xéy") == [(1, 3, 1, 2)]


@pytest.mark.parametrize(
    ("plan", "name"),
    [
        ([("encode", "sloppy-windows-1252"), ("decode", "utf-8")], "ftfy:utf8-as-cp1252"),
        ([("encode", "latin-1"), ("decode", "utf-8-variants")], "ftfy:utf8-as-latin1"),
        ([("apply", "fix_c1_controls")], "ftfy:c1-as-cp1252"),
        ([("decode", "utf-8")], "ftfy:utf8-as-?"),
        (
            [("encode", "iso-8859-2"), ("transcode", "restore_byte_a0"), ("decode", "weird")],
            "ftfy:nbsp-restored+weird-as-latin2",
        ),
        ([], "ftfy:unexplained"),
        # A step ftfy may add one day keeps its own name.
        ([("apply", "fix_something_new")], "ftfy:fix_something_new"),
    ],
)
def test_ftfy_steps_get_readable_method_names(plan: list[tuple[str, str]], name: str) -> None:
    assert _ftfy_method(plan) == name


def test_ftfy_plans_are_cut_into_steps_from_text_to_text() -> None:
    assert _step_groups(
        [
            ("encode", "a"),
            ("transcode", "b"),
            ("decode", "c"),
            ("apply", "d"),
            ("encode", "e"),
        ]
    ) == [
        [("encode", "a"), ("transcode", "b"), ("decode", "c")],
        [("apply", "d")],
        [("encode", "e")],
    ]
    assert _step_groups([]) == []


def test_where_both_repairers_touch_a_stretch_the_likelier_reading_wins() -> None:
    line = "xx Ã© yy"
    plain = Fix(3, 5, "Ã©", "é", "ftfy")
    odd = Fix(3, 5, "Ã©", "鎬", "legacy")
    assert _resolve_overlaps(line, [plain], [odd]) == [plain]
    assert _resolve_overlaps(line, [odd], [plain]) == [plain]
    # Fixes that overlap nothing are all kept, in order.
    other = Fix(0, 2, "xx", "XX", "other")
    tail = Fix(6, 8, "yy", "zz", "tail")
    assert _resolve_overlaps(line, [plain, tail], [other]) == [other, plain, tail]
    # A tie goes to the first list.
    same = Fix(3, 5, "Ã©", "é", "legacy")
    assert _resolve_overlaps(line, [plain], [same]) == [plain]
    assert _resolve_overlaps(line, [same], [plain]) == [same]


def test_overlapping_groups_are_weighed_as_wholes() -> None:
    line = "Ã©Ã© ok"
    first = [Fix(0, 2, "Ã©", "é", "a"), Fix(2, 4, "Ã©", "é", "a")]
    second = [Fix(1, 3, "©Ã", "鎬", "b")]
    assert _resolve_overlaps(line, first, second) == first


@pytest.mark.parametrize(
    ("line", "fix", "real"),
    [
        # Welsh "Â" as a word of its own before a space.
        ("Buddsoddi Â Chyfalaf", Fix(10, 12, "Â ", " ", "m"), True),
        ("Â Chyfalaf", Fix(0, 2, "Â ", " ", "m"), True),
        # A capital ending a word in capitals, before a no-break space.
        (f"MISUTÂ{NBSP}AJIKKO", Fix(5, 6, "Â", "", "m"), True),
        (f"ROMÂ{NBSP}", Fix(3, 4, "Â", "", "m"), True),
        (f"MISUTÂ{NBSP}AJIKKO", Fix(5, 7, f"Â{NBSP}", NBSP, "m"), False),
        (f"ROMÂ{NBSP}x", Fix(3, 4, "Â", "", "m"), False),
        (f"cafÂ{NBSP}bar", Fix(3, 4, "Â", "", "m"), False),
        (f"Â{NBSP}", Fix(0, 1, "Â", "", "m"), False),
        (f"x Â{NBSP} y", Fix(2, 3, "Â", "", "m"), False),
        ("x Âb", Fix(2, 3, "Â", "", "m"), False),
        ("x Ã y", Fix(2, 3, "Ã", "", "m"), False),
    ],
)
def test_a_real_capital_a_circumflex_is_kept(line: str, fix: Fix, real: bool) -> None:
    assert _is_real_capital(line, fix) is real


@pytest.mark.parametrize(
    ("line", "fix", "after"),
    [
        ("Buddsoddi Ã‚ Chyfalaf", Fix(10, 13, "Ã‚ ", NBSP, "m"), "Â "),
        ("Ã‚ Chyfalaf", Fix(0, 3, "Ã‚ ", NBSP, "m"), "Â "),
        (
            "Buddsoddi Ã\x82\N{NO-BREAK SPACE}Chyfalaf",
            Fix(10, 13, f"Ã\x82{NBSP}", " ", "m"),
            f"Â{NBSP}",
        ),
        # Not a word of its own, or not followed by one: ftfy's reading stands.
        ("BuddsoddiÃ‚ Chyfalaf", Fix(9, 12, "Ã‚ ", NBSP, "m"), NBSP),
        ("Buddsoddi Ã‚  Chyfalaf", Fix(10, 13, "Ã‚ ", " ", "m"), " "),
        ("Buddsoddi Ã‚ ", Fix(10, 13, "Ã‚ ", " ", "m"), " "),
        ("Buddsoddi Ã‚ Chyfalaf", Fix(10, 13, "Ã‚ ", "x", "m"), "x"),
        ("Buddsoddi Ãƒ Chyfalaf", Fix(10, 13, "Ãƒ ", NBSP, "m"), NBSP),
        ("Buddsoddi Ã‚x Chyfalaf", Fix(10, 13, "Ã‚x", NBSP, "m"), NBSP),
    ],
)
def test_a_misread_welsh_capital_keeps_its_plain_reading(line: str, fix: Fix, after: str) -> None:
    assert _keep_welsh_capital(line, fix) == Fix(fix.start, fix.end, fix.before, after, "m")


def test_plain_misread_characters_ftfy_leaves_get_their_own_fixes() -> None:
    line = f"Ã…rsta, LlÅ·n, Å{NBSP}koda, â„¢"
    assert _with_plain_sequences(line, []) == [
        Fix(0, 2, "Ã…", "Å", "utf8-as-cp1252"),
        Fix(10, 12, "Å·", "ŷ", "utf8-as-cp1252"),
        Fix(15, 17, f"Å{NBSP}", "Š", "utf8-as-cp1252"),
        Fix(23, 26, "â„¢", "™", "utf8-as-cp1252"),
    ]
    # Sorted in among the fixes given, never over one of them.
    given = Fix(8, 9, "L", "L", "f")
    covering = Fix(1, 2, "…", "x", "f")
    assert _with_plain_sequences("Ã…rsta, LlÅ·n", [covering, given]) == [
        covering,
        given,
        Fix(10, 12, "Å·", "ŷ", "utf8-as-cp1252"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ã…",  # two bytes not inside a word
        "Ã…1",
        "Ã—x",  # "×" is not a letter
        "Ð¶x",  # "ж" is a letter, but not Latin
        "Cwmni Â Chyfalaf, 2 × ¼ cup",
    ],
)
def test_what_is_not_a_plain_misread_character_stays(line: str) -> None:
    assert _with_plain_sequences(line, []) == []


def test_three_byte_symbols_are_plain_misreadings_but_letters_and_controls_are_not() -> None:
    assert _with_plain_sequences("â€” and â‚¬", []) == [
        Fix(0, 3, "â€”", "\N{EM DASH}", "utf8-as-cp1252"),
        Fix(8, 11, "â‚¬", "\N{EURO SIGN}", "utf8-as-cp1252"),
    ]
    # "ä¸­" is "中", a letter: the legacy repairer's business, not this one's.
    assert _with_plain_sequences("ä¸­", []) == []


def test_a_plain_sequence_is_found_after_one_that_is_no_utf8() -> None:
    # "à€¢" would be an overlong UTF-8 sequence: skipped, and the search goes on.
    assert _with_plain_sequences("à€¢ and â„¢", []) == [Fix(8, 11, "â„¢", "™", "utf8-as-cp1252")]


def test_a_plain_sequence_right_after_a_fix_is_its_own_fix() -> None:
    first = Fix(0, 2, "Ã©", "é", "ftfy:utf8-as-cp1252")
    assert _with_plain_sequences("Ã©â„¢", [first]) == [
        first,
        Fix(2, 5, "â„¢", "™", "utf8-as-cp1252"),
    ]


def test_a_welsh_capital_keeps_the_rest_of_the_fix() -> None:
    line = "Buddsoddi Ã‚ Ã©clair"
    fix = Fix(10, 15, "Ã‚ Ã©", "\N{NO-BREAK SPACE}é", "ftfy:utf8-as-cp1252")
    assert _keep_welsh_capital(line, fix) == Fix(10, 15, "Ã‚ Ã©", "Â é", "ftfy:utf8-as-cp1252")


@pytest.mark.parametrize(
    ("line", "position", "start"),
    [("the council", 6, 4), ("the council", 11, 4), ("the council", 4, 4), ("council", 0, 0)],
)
def test_word_start(line: str, position: int, start: int) -> None:
    assert _word_start(line, position) == start
