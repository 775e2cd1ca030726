"""Pins file order and symmetry of the rows: compare(B, A) mirrors compare(A, B).

Every row's paragraphs are adjacent on each side, each side reads in its own file order (moved
rows stand where their paragraph now is, so only the right side of a moved row is in order),
and swapping the two versions swaps added and removed and nothing else. Generated pairs are
realistic revisions: sentences inserted, cut, reworded, restyled or moved to another paragraph,
paragraphs split, merged, swapped, inserted and removed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.result import Comparison, RowKind, SentenceKind

SENTENCES = (
    "The council approved the new budget on Tuesday evening.",
    "Ferry services to the northern islands were cancelled after the storm.",
    "Passenger safety remains our first concern, the operator said.",
    "Police closed the bridge for several hours while divers searched the river.",
    "The central bank kept its main interest rate at 4.5 percent.",
    "Inflation slowed for a third month in a row, figures showed.",
    "Farmers say the dry spring has cut the wheat harvest by a fifth.",
    "The museum will reopen in June after a two-year renovation.",
    "Talks between the union and the rail company broke down late on Monday.",
    "A spokesman for the ministry declined to comment on the report.",
    "Residents were told to keep windows closed because of the smoke.",
    "The airline expects to carry more passengers than before the pandemic.",
    "Shares in the shipyard rose sharply after the navy order.",
    "The mayor promised that every school would have a nurse by autumn.",
    "Engineers found cracks in two of the tunnel's support beams.",
    "Water levels on the lake are the lowest since records began.",
)
REWORDS = {"Tuesday": "Wednesday", "several": "three", "June": "July", "third": "fourth"}


def reword(sentence: str) -> str:
    for old, new in REWORDS.items():
        if old in sentence:
            return sentence.replace(old, new)
    return sentence.replace("The ", "This year the ", 1)


def restyle(sentence: str) -> str:
    return sentence.replace("'", "\u2019").replace(", ", " , ", 1)


@st.composite
def revision_pairs(draw: Any) -> tuple[str, str]:
    """An article (paragraphs of distinct sentences) and an editor's revision of it."""
    pool = list(draw(st.permutations(SENTENCES)))
    count = draw(st.integers(3, 10))
    left_sentences, spare = pool[:count], pool[count:]
    sizes = draw(st.lists(st.integers(1, 3), min_size=count, max_size=count))
    paragraphs: list[list[str]] = []
    remaining = list(left_sentences)
    for size in sizes:
        if not remaining:
            break
        paragraphs.append(remaining[:size])
        remaining = remaining[size:]
    edited = [list(p) for p in paragraphs]
    actions = (
        "insert",
        "cut",
        "reword",
        "restyle",
        "move",
        "split",
        "merge",
        "swap",
        "add",
        "drop",
    )
    for _ in range(draw(st.integers(1, 5))):
        action = draw(st.sampled_from(actions))
        index = draw(st.integers(0, len(edited) - 1))
        paragraph = edited[index]
        slot = draw(st.integers(0, len(paragraph)))
        if action in ("insert", "add") and spare:
            new = spare.pop()
            if action == "insert":
                paragraph.insert(slot, new)
            else:
                edited.insert(index, [new])
        elif action == "cut" and len(paragraph) > 1:
            paragraph.pop(min(slot, len(paragraph) - 1))
        elif action in ("reword", "restyle") and paragraph:
            at = min(slot, len(paragraph) - 1)
            paragraph[at] = (reword if action == "reword" else restyle)(paragraph[at])
        elif action == "move" and len(edited) > 1 and len(paragraph) > 1:
            moved = paragraph.pop(min(slot, len(paragraph) - 1))
            target = edited[draw(st.integers(0, len(edited) - 1))]
            target.insert(draw(st.integers(0, len(target))), moved)
        elif action == "split" and 0 < slot < len(paragraph):
            edited[index : index + 1] = [paragraph[:slot], paragraph[slot:]]
        elif action == "merge" and index + 1 < len(edited):
            edited[index : index + 2] = [paragraph + edited[index + 1]]
        elif action == "swap" and index + 1 < len(edited):
            edited[index], edited[index + 1] = edited[index + 1], paragraph
        elif action == "drop" and len(edited) > 1:
            del edited[index]
    edited = [p for p in edited if p]
    return render(paragraphs), render(edited)


def render(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def compare(left: str, right: str) -> Comparison:
    return compare_documents(
        load_document(raw=left.encode(), name="left"),
        load_document(raw=right.encode(), name="right"),
    )


MIRROR_ROW = {RowKind.ADDED: RowKind.REMOVED, RowKind.REMOVED: RowKind.ADDED}
MIRROR_SENTENCE = {
    SentenceKind.ADDED: SentenceKind.REMOVED,
    SentenceKind.REMOVED: SentenceKind.ADDED,
}


def mirrored_rows(comparison: Comparison) -> Counter[Any]:
    """The rows as they must read with the sides swapped, order within rows aside."""
    rows: Counter[Any] = Counter()
    for row in comparison.rows:
        sentences = Counter(
            (MIRROR_SENTENCE.get(s.kind, s.kind), s.right, s.left) for s in row.sentences
        )
        rows[
            (MIRROR_ROW.get(row.kind, row.kind), row.right, row.left, frozenset(sentences.items()))
        ] += 1
    return rows


def rows_as_read(comparison: Comparison) -> Counter[Any]:
    rows: Counter[Any] = Counter()
    for row in comparison.rows:
        sentences = Counter((s.kind, s.left, s.right) for s in row.sentences)
        rows[(row.kind, row.left, row.right, frozenset(sentences.items()))] += 1
    return rows


def check_file_order(comparison: Comparison) -> None:
    for side in ("left", "right"):
        read: list[int] = []
        for row in comparison.rows:
            paragraphs = list(getattr(row, side))
            if paragraphs:
                assert paragraphs == list(range(paragraphs[0], paragraphs[0] + len(paragraphs)))
            if row.kind is RowKind.MOVED and side == "left":
                continue
            read += paragraphs
        assert read == sorted(read), f"{side} side reads {read}"


def check_mirror(left: str, right: str) -> None:
    forward, backward = compare(left, right), compare(right, left)
    check_file_order(forward)
    check_file_order(backward)
    assert rows_as_read(backward) == mirrored_rows(forward)


# Left `S0 / S1 / S2 S3`, right `S0 / S2 / S1 / S3`: a row held right paragraphs 1 and 3.
SWAPPED_HALVES = (
    f"{SENTENCES[0]}\n\n{SENTENCES[1]}\n\n{SENTENCES[2]} {SENTENCES[3]}\n",
    f"{SENTENCES[0]}\n\n{SENTENCES[2]}\n\n{SENTENCES[1]}\n\n{SENTENCES[3]}\n",
)


def test_split_paragraph_around_a_moved_one_reads_in_file_order() -> None:
    check_mirror(*SWAPPED_HALVES)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(SWAPPED_HALVES)
@given(revision_pairs())
def test_swapping_the_versions_mirrors_the_rows(pair: tuple[str, str]) -> None:
    check_mirror(*pair)
