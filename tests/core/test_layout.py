"""Runs of sentences that hold the same words cut at other places (`core.align.layout`).

`_run_from(a, b, ...)` finds the shortest runs starting at free sentence `a` on the left and
`b` on the right that end together with the same words; a run may hold at most twelve
sentences on either side.
"""

from __future__ import annotations

import pytest

from wirediff.core.align.layout import _run_from

Runs = tuple[tuple[int, int], tuple[int, int]] | None
WORDS = [f"w{n}" for n in range(13)]


@pytest.mark.parametrize(
    ("count", "runs"),
    [
        # One sentence expanded into a list of twelve one-word lines, after an unrelated line.
        (12, ((0, 1), (1, 13))),
        # Thirteen lines are too many to be one sentence re-cut.
        (13, None),
    ],
)
def test_a_run_holds_at_most_twelve_sentences(count: int, runs: Runs) -> None:
    sentence = [WORDS[:count]]
    lines = [["x"]] + [[word] for word in WORDS[:count]]
    every_line = list(range(count + 1))
    assert _run_from(0, 1, [0], every_line, sentence, lines) == runs
    # The same whichever side the list is on.
    flipped = None if runs is None else (runs[1], runs[0])
    assert _run_from(1, 0, every_line, [0], lines, sentence) == flipped


def test_a_long_gap_asks_whether_to_stop_and_stops() -> None:
    from wirediff.core.align.layout import CHECK_EVERY, pair_relayouts
    from wirediff.core.align.units import Sentence
    from wirediff.core.errors import Cancelled
    from wirediff.core.progress import Checkpoint

    sentences = [Sentence(0, f"Line {n}.", f"line {n}.") for n in range(3 * CHECK_EVERY)]
    free = list(range(len(sentences)))
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        pair_relayouts(free, free, sentences, sentences, Checkpoint(cancelled=cancelled))
    # Asked every CHECK_EVERY sentences while reading the left side's words: stopped at the
    # third question, before the right side was read.
    assert len(asked) == 3
