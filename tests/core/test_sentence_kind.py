"""The one rule that says how two wordings of a sentence compare (`core.diff.sentence_kind`)."""

from __future__ import annotations

import pytest

from wirediff.core.diff.sentence_kind import classify_sentence
from wirediff.core.result import SentenceKind

EQUAL, MINOR, CHANGED = SentenceKind.EQUAL, SentenceKind.MINOR, SentenceKind.CHANGED
CURLY = "It\N{RIGHT SINGLE QUOTATION MARK}s late."


@pytest.mark.parametrize(
    ("before", "after", "strict", "relaid", "kind"),
    [
        ("It rained.", "It rained.", True, False, EQUAL),
        # Re-spaced or re-wrapped words are the same sentence, even when strict.
        ("It  rained\nhard.", "It rained hard.", True, False, EQUAL),
        (CURLY, "It's late.", False, False, MINOR),
        (CURLY, "It's late.", True, False, CHANGED),
        ("It rained.", "It poured.", False, False, CHANGED),
        # Only cut elsewhere: minor whatever the words, unless strict.
        ("It rained.", "It rained, and", False, True, MINOR),
        ("It rained.", "It rained, and", True, True, CHANGED),
    ],
)
def test_classify_sentence(before: str, after: str, strict: bool, relaid: bool, kind: str) -> None:
    assert classify_sentence(before, after, strict=strict, relaid=relaid) == kind


def test_keys_given_by_the_caller_are_used_instead_of_folding() -> None:
    assert classify_sentence("A b.", "A c.", strict=False, before_key="k", after_key="k") == MINOR
    assert classify_sentence(CURLY, "It's late.", strict=False, before_key="x", after_key="y") == (
        CHANGED
    )
    # Only the missing key is folded.
    assert classify_sentence(CURLY, "It's late.", strict=False, after_key="it's late.") == MINOR
    assert classify_sentence(CURLY, "It's late.", strict=False, before_key="it's late.") == MINOR
    assert classify_sentence(CURLY, "It's late.", strict=False, before_key="other") == CHANGED
