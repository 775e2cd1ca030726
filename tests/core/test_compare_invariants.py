"""Pins the engine's invariants for arbitrary texts (hypothesis).

Nothing lost: each paragraph of each side is in exactly one row, and a row's sentences rebuild
its paragraphs. Ops rebuild both sentence texts. compare(A, A) is all equal. The summary agrees
with the rows.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.result import Comparison, OpKind, RowKind, SentenceKind

VOCABULARY = (
    "the a Kyiv U.S. U.S Sen. Mike said “quoted” 'single' — – - defence defense 20 3.5 "
    "kilometres kilometers Ukraine’s Ukraine's Russia. Putin? yes! 麻豆 Ärger ÂGE … (AP) , ;"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws))
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(lambda ss: " ".join(ss))
DOCUMENT = st.lists(PARAGRAPH, min_size=1, max_size=8)


def render(paragraphs: list[str], separator: str) -> bytes:
    return separator.join(paragraphs).encode("utf-8")


def squash(text: str) -> str:
    return "".join(text.split())


def check_nothing_lost(comparison: Comparison) -> None:
    for side in ("left", "right"):
        document = getattr(comparison, side)
        seen = Counter(p for row in comparison.rows for p in getattr(row, side))
        assert sorted(seen) == list(range(len(document.paragraphs)))
        assert set(seen.values()) <= {1}
        for row in comparison.rows:
            rebuilt = "".join(getattr(s, side) or "" for s in row.sentences)
            expected = "".join(document.paragraphs[p] for p in getattr(row, side))
            assert squash(rebuilt) == squash(expected)
        assert squash("".join(document.paragraphs)) == squash(document.text)
    for row in comparison.rows:
        for sentence in row.sentences:
            if sentence.kind in (SentenceKind.CHANGED, SentenceKind.MINOR):
                left = "".join(op.text for op in sentence.ops if op.kind is not OpKind.INSERT)
                right = "".join(op.text for op in sentence.ops if op.kind is not OpKind.DELETE)
                assert (left, right) == (sentence.left, sentence.right)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT, DOCUMENT, st.sampled_from(["\n\n", "\n"]), st.sampled_from(["\n\n", "\n"]))
def test_nothing_lost_for_any_pair(
    left: list[str], right: list[str], left_sep: str, right_sep: str
) -> None:
    comparison = compare_documents(
        load_document(raw=render(left, left_sep), name="left"),
        load_document(raw=render(right, right_sep), name="right"),
    )
    check_nothing_lost(comparison)
    # Shown, page furniture counts like any change; hidden, its rows are left out.
    for shown in (True, False):
        counted = comparison.with_furniture_shown(shown)
        summary = counted.summary
        kinds = Counter(
            s.kind
            for index, row in enumerate(counted.rows)
            if not counted.is_hidden_row(index)
            for s in row.sentences
        )
        assert summary.sentences_added == kinds[SentenceKind.ADDED]
        assert summary.sentences_removed == kinds[SentenceKind.REMOVED]
        assert summary.sentences_changed == kinds[SentenceKind.CHANGED]
        assert summary.sentences_minor == kinds[SentenceKind.MINOR]
    assert comparison.with_furniture_shown(True).summary.page_parts_hidden == 0


@settings(max_examples=40, deadline=None)
@given(DOCUMENT, st.data())
def test_edited_copy_keeps_invariants(paragraphs: list[str], data: st.DataObject) -> None:
    edited = list(paragraphs)
    for _ in range(data.draw(st.integers(0, 4))):
        action = data.draw(st.sampled_from(["insert", "delete", "swap", "edit"]))
        position = data.draw(st.integers(0, max(0, len(edited) - 1)))
        if action == "insert":
            edited.insert(position, data.draw(PARAGRAPH))
        elif action == "delete" and len(edited) > 1:
            del edited[position]
        elif action == "swap" and len(edited) > 1:
            other = data.draw(st.integers(0, len(edited) - 1))
            edited[position], edited[other] = edited[other], edited[position]
        elif action == "edit":
            edited[position] = edited[position] + " " + data.draw(SENTENCE)
    comparison = compare_documents(
        load_document(raw=render(paragraphs, "\n\n"), name="left"),
        load_document(raw=render(edited, "\n\n"), name="right"),
    )
    check_nothing_lost(comparison)


@settings(max_examples=40, deadline=None)
@given(DOCUMENT, st.sampled_from(["\n\n", "\n"]))
def test_comparing_a_text_with_itself_is_all_equal(paragraphs: list[str], separator: str) -> None:
    document = load_document(raw=render(paragraphs, separator), name="same")
    comparison = compare_documents(document, document)
    assert all(row.kind is RowKind.EQUAL for row in comparison.rows)
    assert all(s.kind is SentenceKind.EQUAL for row in comparison.rows for s in row.sentences)
    assert comparison.is_identical()
    assert comparison.summary.describe() == "No differences"
