"""Pins `core.text.fixes`: applying and reverting any set of non-overlapping fixes round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.result import Fix
from wirediff.core.text.fixes import apply_fixes, revert_fixes


@st.composite
def text_and_fixes(draw: st.DrawFn) -> tuple[str, list[Fix]]:
    text = draw(st.text(max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    fixes = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        after = draw(st.text(max_size=5))
        fixes.append(Fix(start, end, text[start:end], after, "test"))
    draw(st.randoms()).shuffle(fixes)
    return text, fixes


@given(text_and_fixes())
def test_apply_then_revert_gives_the_text_back(case: tuple[str, list[Fix]]) -> None:
    text, fixes = case
    repaired = apply_fixes(text, fixes)
    assert revert_fixes(repaired, fixes) == text


@given(text_and_fixes())
def test_unchanged_stretches_survive(case: tuple[str, list[Fix]]) -> None:
    text, fixes = case
    repaired = apply_fixes(text, fixes)
    covered = sum(fix.end - fix.start for fix in fixes)
    added = sum(len(fix.after) for fix in fixes)
    assert len(repaired) == len(text) - covered + added


def test_no_fixes_is_identity() -> None:
    assert apply_fixes("text", []) == "text"
    assert revert_fixes("text", []) == "text"


def test_fix_that_does_not_match_is_refused() -> None:
    with pytest.raises(ValueError, match="does not match"):
        apply_fixes("abc", [Fix(0, 1, "x", "y", "test")])
    with pytest.raises(ValueError, match="does not match"):
        revert_fixes("abc", [Fix(0, 1, "a", "z", "test")])


def test_overlapping_fixes_are_refused() -> None:
    with pytest.raises(ValueError, match="does not match"):
        apply_fixes("abcd", [Fix(0, 2, "ab", "x", "test"), Fix(1, 3, "bc", "y", "test")])
