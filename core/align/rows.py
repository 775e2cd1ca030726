"""From sentence links to display rows of corresponding paragraphs.

Paragraphs that share a linked sentence belong to one row (union-find), which is how split,
merged and re-wrapped paragraphs end up side by side. A row's paragraphs are made contiguous:
an unlinked paragraph that sits between two paragraphs of one row (a paragraph inserted in the
middle of a split, say) joins that row, so each side still reads in order. Rows are ordered by
the right side; removed paragraphs come just before the first row that follows them on the left;
moved paragraphs are shown once, where they now stand.

Imports the standard library and `core` only.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from wirediff.core.align.units import Link, Sentence, symmetric_increasing, text_weight
from wirediff.core.diff.sentence_kind import classify_sentence
from wirediff.core.diff.worddiff import diff_words, mark_all_cosmetic
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Layout, Row, RowKind, SentenceKind, SentencePair


@dataclass(slots=True)
class _Group:
    left: set[int] = field(default_factory=set)
    right: set[int] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    moved: bool = False


class _UnionFind:
    """Disjoint sets of paragraph nodes: left paragraph p is node p, right paragraph q is node
    `right_offset + q`. Integer nodes in a list: one row per paragraph of a long article makes
    this the hot loop of grouping."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            # Path halving: every other node on the way points to its grandparent.
            parent[node] = node = parent[parent[node]]
        return node

    def union(self, first: int, second: int) -> None:
        self.parent[self.find(first)] = self.find(second)


def build_rows(
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    left_paragraphs: int,
    right_paragraphs: int,
    links: Sequence[Link],
    *,
    strict: bool,
    checkpoint: Checkpoint,
) -> tuple[Row, ...]:
    """Display rows covering every paragraph of both sides exactly once."""
    groups = _group_paragraphs(left, right, links)
    groups = _make_contiguous(groups, left_paragraphs, right_paragraphs)
    left_sentences = _sentences_by_paragraph(left)
    right_sentences = _sentences_by_paragraph(right)
    builder = _RowBuilder(left, right, left_sentences, right_sentences, strict)
    order = _display_order(groups, left_paragraphs, right_paragraphs)
    rows: list[Row] = []
    for number, (kind, group, paragraphs) in enumerate(order):
        if number % 50 == 0:
            checkpoint.tick(number, len(order))
        if kind is RowKind.ADDED:
            rows.append(builder.one_sided(RowKind.ADDED, paragraphs))
        elif kind is RowKind.REMOVED:
            rows.append(builder.one_sided(RowKind.REMOVED, paragraphs))
        else:
            assert group is not None
            rows.append(builder.paired(group))
    return _point_moves_home(rows)


def _group_paragraphs(
    left: Sequence[Sentence], right: Sequence[Sentence], links: Sequence[Link]
) -> list[_Group]:
    right_offset = left[-1].paragraph + 1 if left else 0
    union = _UnionFind(right_offset + (right[-1].paragraph + 1 if right else 0))
    for link in links:
        first = left[link.left[0]].paragraph
        for i in link.left[1:]:
            union.union(first, left[i].paragraph)
        for j in link.right:
            union.union(first, right_offset + right[j].paragraph)
    # Groups in order of their first link, as the rows after them expect.
    by_root: dict[int, _Group] = defaultdict(_Group)
    for link in links:
        group = by_root[union.find(left[link.left[0]].paragraph)]
        group.left.update(left[i].paragraph for i in link.left)
        group.right.update(right[j].paragraph for j in link.right)
        group.links.append(link)
        group.moved = group.moved or link.moved
    return list(by_root.values())


def _make_contiguous(
    groups: list[_Group], left_paragraphs: int, right_paragraphs: int
) -> list[_Group]:
    """Rows that each read in file order: merge crossing groups, absorb what lies inside.

    In-place groups whose spans overlap or cross on either side become one group, until every
    group lies wholly before or after every other on both sides. A moved group whose paragraph
    lies inside an in-place group's span cannot be shown apart from it without breaking that
    side's order, so it is dropped: its paragraphs join the span (or stand alone) and its
    sentences show as removed there and added here. Unlinked paragraphs inside a span join it.
    """
    ordered: list[_Group] = []
    for group in sorted((g for g in groups if not g.moved), key=lambda g: min(g.right)):
        # The stack stays ordered on both sides; a group that crosses its top merges into it,
        # and the merged group may then cross the one below.
        while ordered and (
            min(group.right) <= max(ordered[-1].right) or min(group.left) <= max(ordered[-1].left)
        ):
            previous = ordered.pop()
            previous.left |= group.left
            previous.right |= group.right
            previous.links += group.links
            group = previous
        ordered.append(group)
    moved = [g for g in groups if g.moved and not any(_inside(g, spanning) for spanning in ordered)]
    taken_left = {p for g in (*ordered, *moved) for p in g.left}
    taken_right = {p for g in (*ordered, *moved) for p in g.right}
    for group in ordered:
        group.left |= {
            p for p in range(min(group.left), max(group.left) + 1) if p not in taken_left
        }
        group.right |= {
            p for p in range(min(group.right), max(group.right) + 1) if p not in taken_right
        }
    return ordered + moved


def _inside(group: _Group, spanning: _Group) -> bool:
    """Whether a paragraph of `group` lies within the span of `spanning` on either side."""
    return any(min(spanning.left) < p < max(spanning.left) for p in group.left) or any(
        min(spanning.right) < p < max(spanning.right) for p in group.right
    )


def _display_order(
    groups: Sequence[_Group], left_paragraphs: int, right_paragraphs: int
) -> list[tuple[RowKind, _Group | None, tuple[int, ...]]]:
    group_at_right: dict[int, _Group] = {min(g.right): g for g in groups}
    in_right = {p for g in groups for p in g.right}
    in_left = {p for g in groups for p in g.left}
    removed = [p for p in range(left_paragraphs) if p not in in_left]
    # For each right position, the left paragraph where the next in-place row starts: removed
    # paragraphs before it are shown before whatever stands at that right position.
    next_left_start = [left_paragraphs] * (right_paragraphs + 1)
    for q in range(right_paragraphs - 1, -1, -1):
        group = group_at_right.get(q)
        next_left_start[q] = (
            min(group.left) if group is not None and not group.moved else next_left_start[q + 1]
        )
    order: list[tuple[RowKind, _Group | None, tuple[int, ...]]] = []
    cursor = 0
    for q in range(right_paragraphs):
        group = group_at_right.get(q)
        if group is None and q in in_right:
            continue
        while cursor < len(removed) and removed[cursor] < next_left_start[q]:
            order.append((RowKind.REMOVED, None, (removed[cursor],)))
            cursor += 1
        if group is None:
            order.append((RowKind.ADDED, None, (q,)))
        else:
            order.append((RowKind.MOVED if group.moved else RowKind.CHANGED, group, ()))
    order += [(RowKind.REMOVED, None, (p,)) for p in removed[cursor:]]
    return order


def _sentences_by_paragraph(sentences: Sequence[Sentence]) -> dict[int, list[int]]:
    by_paragraph: dict[int, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        by_paragraph[sentence.paragraph].append(index)
    return by_paragraph


class _RowBuilder:
    def __init__(
        self,
        left: Sequence[Sentence],
        right: Sequence[Sentence],
        left_sentences: dict[int, list[int]],
        right_sentences: dict[int, list[int]],
        strict: bool,
    ) -> None:
        self.left = left
        self.right = right
        self.left_sentences = left_sentences
        self.right_sentences = right_sentences
        self.strict = strict

    def one_sided(self, kind: RowKind, paragraphs: tuple[int, ...]) -> Row:
        if kind is RowKind.ADDED:
            sentences = tuple(
                SentencePair(SentenceKind.ADDED, None, self.right[j].text, None, p)
                for p in paragraphs
                for j in self.right_sentences.get(p, [])
            )
            return Row(kind, (), paragraphs, sentences)
        sentences = tuple(
            SentencePair(SentenceKind.REMOVED, self.left[i].text, None, p, None)
            for p in paragraphs
            for i in self.left_sentences.get(p, [])
        )
        return Row(kind, paragraphs, (), sentences)

    def paired(self, group: _Group) -> Row:
        unchanged = self._unchanged(group)
        if unchanged is not None:
            return unchanged
        left_indices = [i for p in sorted(group.left) for i in self.left_sentences.get(p, [])]
        right_indices = [j for p in sorted(group.right) for j in self.right_sentences.get(p, [])]
        links = _monotone(group.links, self.left, self.right)
        pairs: list[SentencePair] = []
        left_cursor = right_cursor = 0
        for link in links:
            while left_indices[left_cursor] < link.left[0]:
                pairs.append(self._removed(left_indices[left_cursor]))
                left_cursor += 1
            while right_indices[right_cursor] < link.right[0]:
                pairs.append(self._added(right_indices[right_cursor]))
                right_cursor += 1
            pairs.append(self._pair(link))
            left_cursor += len(link.left)
            right_cursor += len(link.right)
        pairs += [self._removed(i) for i in left_indices[left_cursor:]]
        pairs += [self._added(j) for j in right_indices[right_cursor:]]
        if group.moved:
            kind = RowKind.MOVED
        elif all(p.kind in (SentenceKind.EQUAL, SentenceKind.MINOR) for p in pairs):
            kind = RowKind.EQUAL
        else:
            kind = RowKind.CHANGED
        layout = None
        if kind is RowKind.EQUAL:
            layout = _layout_of(
                (len(group.left), len(group.right)),
                (len(left_indices), len(right_indices)),
                links,
            )
        return Row(
            kind,
            tuple(sorted(group.left)),
            tuple(sorted(group.right)),
            tuple(pairs),
            layout=layout,
        )

    def _unchanged(self, group: _Group) -> Row | None:
        """The row of one paragraph whose every sentence is linked, in order, to the same text
        (spacing and line breaks aside) in one paragraph of the other side, or None for any
        other group.

        Most paragraphs of two versions are such pairs, and for them the general path's
        ordering, joining and comparing can only find every sentence equal; this finds the
        same row without it.
        """
        if group.moved or len(group.left) != 1 or len(group.right) != 1:
            return None
        (left_paragraph,) = group.left
        (right_paragraph,) = group.right
        left_indices = self.left_sentences.get(left_paragraph, [])
        right_indices = self.right_sentences.get(right_paragraph, [])
        links = group.links
        if not len(links) == len(left_indices) == len(right_indices):
            return None
        left, right = self.left, self.right
        pairs = []
        for link, i, j in zip(links, left_indices, right_indices, strict=True):
            if link.left != (i,) or link.right != (j,):
                return None
            left_text, right_text = left[i].text, right[j].text
            # Equal as `_pair` judges it: the same text, or the same words re-spaced or
            # re-wrapped.
            if left_text != right_text and left_text.split() != right_text.split():
                return None
            pairs.append(
                SentencePair(
                    SentenceKind.EQUAL, left_text, right_text, left_paragraph, right_paragraph
                )
            )
        return Row(RowKind.EQUAL, (left_paragraph,), (right_paragraph,), tuple(pairs))

    def _removed(self, i: int) -> SentencePair:
        sentence = self.left[i]
        return SentencePair(SentenceKind.REMOVED, sentence.text, None, sentence.paragraph, None)

    def _added(self, j: int) -> SentencePair:
        sentence = self.right[j]
        return SentencePair(SentenceKind.ADDED, None, sentence.text, None, sentence.paragraph)

    def _pair(self, link: Link) -> SentencePair:
        left_text = " ".join(self.left[i].text for i in link.left)
        right_text = " ".join(self.right[j].text for j in link.right)
        left_paragraph = self.left[link.left[0]].paragraph
        right_paragraph = self.right[link.right[0]].paragraph
        kind = classify_sentence(left_text, right_text, strict=self.strict, relaid=link.layout)
        ops = (
            ()
            if kind is SentenceKind.EQUAL
            else diff_words(left_text, right_text, mark_cosmetic=not self.strict)
        )
        if link.layout and kind is SentenceKind.MINOR:
            # Same words, cut elsewhere: the full stop that became a dash, the "and" a list
            # needs, are restyling of the layout, not rewording.
            ops = mark_all_cosmetic(ops)
        return SentencePair(kind, left_text, right_text, left_paragraph, right_paragraph, ops)


def _layout_of(
    paragraphs: tuple[int, int], sentences: tuple[int, int], links: Sequence[Link]
) -> Layout | None:
    """What an equal row's layout change is, if its paragraphs or sentences were re-cut.

    Paragraph counts decide when they differ or either side has several; otherwise the
    sentence counts inside the one paragraph do.
    """
    if paragraphs == (1, 1):
        if all(len(link.left) == len(link.right) == 1 for link in links):
            return None
        before, after = sentences
    else:
        before, after = paragraphs
    if before < after:
        return Layout.SPLIT
    if before > after:
        return Layout.MERGED
    return Layout.REWRAPPED


def _monotone(
    links: Sequence[Link], left: Sequence[Sentence], right: Sequence[Sentence]
) -> list[Link]:
    """The links of one row that keep order on both sides (the rest show as removed/added)."""
    if len(links) < 2:
        return list(links)
    by_start = {(link.left[0], link.right[0]): link for link in links}

    def weight(start: tuple[int, int]) -> int:
        # Asked only when the links cross, to choose which of them to keep.
        link = by_start[start]
        return text_weight(
            " ".join(left[i].key for i in link.left), " ".join(right[j].key for j in link.right)
        )

    kept = symmetric_increasing(list(by_start), weight)
    return [by_start[start] for start in kept]


def _point_moves_home(rows: list[Row]) -> tuple[Row, ...]:
    """Give each moved row the row just after which its paragraph stood on the left."""
    in_place = sorted(
        (paragraph, index)
        for index, row in enumerate(rows)
        if row.kind is not RowKind.MOVED
        for paragraph in row.left
    )
    paragraphs = [paragraph for paragraph, _ in in_place]
    result = []
    for row in rows:
        if row.kind is RowKind.MOVED:
            before = bisect.bisect_left(paragraphs, min(row.left))
            home = in_place[before - 1][1] if before else 0
            row = dataclasses.replace(row, moved_from=home)
        result.append(row)
    return tuple(result)
