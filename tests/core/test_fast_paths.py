"""Pins that the engine's shortcuts for unchanged text give exactly the full computation's rows.

A comparison spends its time where the versions differ: the rows of paragraphs whose every
sentence is linked, in order, to the same text skip the general pairing. For generated article
pairs (paragraphs drawn from a small pool of sentences so that repeats, restyled twins and
reworded twins occur, then edited the way editors edit: cut, inserted, moved, duplicated,
reworded, restyled, split, merged, re-wrapped), the rows with the shortcuts are compared with
the rows of the same engine with every shortcut off.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirediff.core.align import rows
from wirediff.core.compare import compare_documents, load_document

SENTENCES = (
    "Ukraine has used U.S. weapons to strike inside Russia.",
    "Ukraine has used US weapons to strike inside Russia.",
    "Ukraine used U.S. weapons to hit targets inside Russia.",
    "The weapons were used under recently approved guidance.",
    "“It’s tactical,” Kirby said.",
    '"It\'s tactical," Kirby said.',
    "He said.",
    "Officials declined to comment.",
    "The defence ministry did not respond — yet.",
    "The defense ministry did not respond - yet.",
    "WASHINGTON (AP) —",
    "Germany announced a similar decision on Friday.",
    "Sen. Mike Rounds spoke Jan. 5.",
    "Further details were not immediately available.",
)
SENTENCE = st.sampled_from(SENTENCES)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=10)
EDITS = ("cut", "insert", "move", "duplicate", "reword", "split", "merge", "rewrap")


def _edited(paragraphs: list[list[str]], data: st.DataObject) -> list[list[str]]:
    edited = [list(p) for p in paragraphs]
    for _ in range(data.draw(st.integers(0, 5))):
        action = data.draw(st.sampled_from(EDITS))
        at = data.draw(st.integers(0, max(0, len(edited) - 1)))
        if action == "insert" or not edited:
            edited.insert(at, data.draw(PARAGRAPH))
        elif action == "cut" and len(edited) > 1:
            del edited[at]
        elif action == "move":
            edited.insert(data.draw(st.integers(0, len(edited) - 1)), edited.pop(at))
        elif action == "duplicate":
            edited.insert(at, list(edited[at]))
        elif action == "reword":
            sentence = data.draw(st.integers(0, len(edited[at]) - 1))
            edited[at][sentence] = data.draw(SENTENCE)
        elif action == "split" and len(edited[at]) > 1:
            cut = data.draw(st.integers(1, len(edited[at]) - 1))
            edited[at : at + 1] = [edited[at][:cut], edited[at][cut:]]
        elif action == "merge" and at + 1 < len(edited):
            edited[at : at + 2] = [edited[at] + edited[at + 1]]
        elif action == "rewrap":
            edited[at] = [" ".join(edited[at]).replace(" ", "  ", 1)]
    return edited


def _text(paragraphs: list[list[str]]) -> bytes:
    return "\n\n".join(" ".join(p) for p in paragraphs).encode("utf-8")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE, st.data(), st.booleans())
def test_shortcuts_give_the_rows_of_the_full_computation(
    paragraphs: list[list[str]], data: st.DataObject, strict: bool
) -> None:
    left = load_document(raw=_text(paragraphs), name="left")
    right = load_document(raw=_text(_edited(paragraphs, data)), name="right")
    fast = compare_documents(left, right, strict=strict)
    with mock.patch.object(rows._RowBuilder, "_unchanged", return_value=None):
        full = compare_documents(left, right, strict=strict)
    assert fast.rows == full.rows


def test_only_the_unchanged_paragraph_takes_the_shortcut() -> None:
    left = load_document(
        raw=b"He said. It rained.\n\nThe weapons were used under recently approved guidance.",
        name="left",
    )
    right = load_document(
        raw=b"He said. It rained.\n\nThe weapons were used under newly approved guidance.",
        name="right",
    )
    taken: list[tuple[list[int], list[int], bool]] = []
    unchanged = rows._RowBuilder._unchanged

    def recording(builder: rows._RowBuilder, group: rows._Group) -> object:
        row = unchanged(builder, group)
        taken.append((sorted(group.left), sorted(group.right), row is not None))
        return row

    with mock.patch.object(rows._RowBuilder, "_unchanged", recording):
        comparison = compare_documents(left, right)
    assert taken == [([0], [0], True), ([1], [1], False)]
    assert [row.kind.value for row in comparison.rows] == ["equal", "changed"]
    assert [s.kind.value for s in comparison.rows[0].sentences] == ["equal", "equal"]
