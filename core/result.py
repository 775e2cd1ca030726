"""The engine's result: immutable data that every consumer (CLI, window, exports) shares.

`Comparison` holds the two decoded documents and the display rows; its query methods (change
rows in order, next/previous change, row of a paragraph, summary) are the only place such
questions are answered, so the window, the exports and the JSON report cannot disagree. Kinds are
`StrEnum`s whose values are the JSON strings of the command-line contract.

Imports only the standard library.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property


class RowKind(StrEnum):
    EQUAL = "equal"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"


class SentenceKind(StrEnum):
    EQUAL = "equal"
    MINOR = "minor"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class Layout(StrEnum):
    """What a layout-only row changed: where paragraphs or sentences end, not their words."""

    SPLIT = "split"
    MERGED = "merged"
    REWRAPPED = "rewrapped"


class OpKind(StrEnum):
    EQUAL = "="
    DELETE = "-"
    INSERT = "+"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Fix:
    """One repair: `text[start:end]` of the decoded text was `before` and became `after`.

    Offsets refer to the text before any fix was applied, so a list of fixes sorted by `start`
    can be applied or reverted in one pass (see `core.text.fixes`).
    """

    start: int
    end: int
    before: str
    after: str
    method: str


@dataclass(frozen=True, slots=True)
class StoryMeta:
    """What a file says about its story, besides the text: all optional but `format`.

    `format` is a `core.formats.story.Format` value ("html", "docx", "pdf", ...); `date` is
    ISO 8601 as the source gives it ("2024-06-03" or "2024-06-03T14:02:00+00:00"). `version`
    and `urgency` are what a wire item (NITF, NewsML-G2) says of itself ("2", "3"); other
    formats have none.
    """

    format: str = "text"
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    version: str | None = None
    urgency: str | None = None

    def as_json(self) -> dict[str, str | None]:
        """The `meta` object of the JSON contract (keys in a fixed order; `version` and
        `urgency` only when the file gives them, so other formats' objects stay as they were).

        >>> StoryMeta("html", title="Storm").as_json()["title"]
        'Storm'
        >>> list(StoryMeta("nitf", urgency="1").as_json())[-2:]
        ['format', 'urgency']
        """
        meta: dict[str, str | None] = {
            "title": self.title,
            "byline": self.byline,
            "date": self.date,
            "site": self.site,
            "url": self.url,
            "format": self.format,
        }
        if self.version is not None:
            meta["version"] = self.version
        if self.urgency is not None:
            meta["urgency"] = self.urgency
        return meta


@dataclass(frozen=True, slots=True)
class Document:
    """One input after decoding and repair, with everything needed to undo the repair.

    `meta` is what the file says about the story (headline, byline, site...); `set_aside` holds
    the parts of a page the reader of its format left out of the story (navigation, captions,
    running heads), in page order, so a user can still see them; `notices` are lines the window
    shows in the header ("no article found: showing all the page's visible text").
    """

    path: str | None
    name: str
    raw: bytes = field(repr=False)
    encoding: str
    confidence: float
    decoded: str = field(repr=False)
    text: str = field(repr=False)
    fixes: tuple[Fix, ...]
    paragraphs: tuple[str, ...] = field(repr=False)
    meta: StoryMeta = StoryMeta()
    set_aside: tuple[str, ...] = field(default=(), repr=False)
    notices: tuple[str, ...] = ()
    # Paragraphs a reader already knows are page furniture (an HTML page's navigation), with
    # the reason; classification keeps them as they are.
    furniture_marks: Mapping[int, str] = field(default_factory=dict, repr=False, hash=False)


# The reason given to a paragraph the user marked as furniture by hand.
MARKED_BY_USER = "marked by you"


@dataclass(frozen=True, slots=True)
class Furniture:
    """The paragraphs of one document that are page furniture, not story, each with a reason.

    `reasons` maps 0-based paragraph indices to a short reason a user can read ("share button").

    >>> furniture = Furniture({3: "share button"})
    >>> furniture.is_furniture(3), furniture.is_furniture(4), furniture.paragraphs
    (True, False, (3,))
    >>> furniture.overridden(3, as_furniture=False).paragraphs
    ()
    """

    reasons: Mapping[int, str] = field(default_factory=dict, hash=False)

    def is_furniture(self, paragraph: int) -> bool:
        return paragraph in self.reasons

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(sorted(self.reasons))

    def overridden(self, paragraph: int, *, as_furniture: bool) -> Furniture:
        """A copy with the user's word on one paragraph."""
        reasons = dict(self.reasons)
        if as_furniture:
            reasons[paragraph] = reasons.get(paragraph, MARKED_BY_USER)
        else:
            reasons.pop(paragraph, None)
        return Furniture(dict(sorted(reasons.items())))


@dataclass(frozen=True, slots=True)
class Op:
    """A piece of a sentence diff; `cosmetic` marks a -/+ pair that only restyles text."""

    kind: OpKind
    text: str
    cosmetic: bool = False


@dataclass(frozen=True, slots=True)
class SentencePair:
    """A sentence of either side, or of both, with its paragraph indices and its word diff."""

    kind: SentenceKind
    left: str | None
    right: str | None
    left_paragraph: int | None
    right_paragraph: int | None
    ops: tuple[Op, ...] = ()

    @property
    def is_change(self) -> bool:
        return self.kind in (SentenceKind.CHANGED, SentenceKind.ADDED, SentenceKind.REMOVED)


@dataclass(frozen=True, slots=True)
class Row:
    """One display row: paragraphs of the left and right side that correspond.

    `moved_from` is, for a `MOVED` row, the index of the row just after which the paragraph
    stood on the left side (where a reader of the left text would have found it; 0 when it
    opened the text). `layout` is set on an `EQUAL` row whose words are all still there but cut
    into other paragraphs or sentences: one split into more, several merged, or re-cut.
    Displays that show a moved paragraph at both of its places (see
    `gui.presentation.reading_order`) split such a row in two: the row where it arrived has
    only its right side and `moved_from` pointing at the row where it left, which has only its
    left side and `moved_to` pointing back. The JSON contract never carries `moved_to`.
    """

    kind: RowKind
    left: tuple[int, ...]
    right: tuple[int, ...]
    sentences: tuple[SentencePair, ...]
    moved_from: int | None = None
    layout: Layout | None = None
    moved_to: int | None = None

    @property
    def has_minor(self) -> bool:
        return any(s.kind is SentenceKind.MINOR for s in self.sentences)

    def paragraph_layout(self) -> Layout | None:
        """`Layout.SPLIT` when one paragraph became several, `Layout.MERGED` when several
        became one; None otherwise (sentences cut differently inside the same paragraphs too).

        >>> sentences = (SentencePair(SentenceKind.EQUAL, "A.", "A.", 0, 0),)
        >>> Row(RowKind.EQUAL, (0,), (0, 1), sentences, layout=Layout.SPLIT).paragraph_layout()
        <Layout.SPLIT: 'split'>
        >>> print(Row(RowKind.EQUAL, (0,), (0,), sentences, layout=Layout.SPLIT).paragraph_layout())
        None
        """
        if self.layout is Layout.SPLIT and len(self.right) > len(self.left):
            return Layout.SPLIT
        if self.layout is Layout.MERGED and len(self.left) > len(self.right):
            return Layout.MERGED
        return None

    def is_change(self, *, include_minor: bool = True) -> bool:
        """Whether navigation should stop here."""
        if self.kind is not RowKind.EQUAL:
            return True
        return include_minor and (self.has_minor or self.layout is not None)


@dataclass(frozen=True, slots=True)
class Summary:
    paragraphs_added: int = 0
    paragraphs_removed: int = 0
    paragraphs_moved: int = 0
    sentences_added: int = 0
    sentences_removed: int = 0
    sentences_changed: int = 0
    sentences_minor: int = 0
    # Paragraphs of the old version cut into several of the new, and paragraphs of the new
    # version made of several old ones, their words unchanged (`Row.layout`); one per row.
    paragraphs_split: int = 0
    paragraphs_merged: int = 0
    # Paragraphs of each side classified as page furniture, and the rows that differ but were
    # folded away as furniture (0 when furniture is shown: its changes are then counted above).
    furniture_left: int = 0
    furniture_right: int = 0
    page_parts_hidden: int = 0

    def describe(self) -> str:
        """A status-bar line such as "1 paragraph added · 2 sentences reworded · 5 minor".

        >>> Summary(paragraphs_added=1, sentences_changed=2, sentences_minor=5).describe()
        '1 paragraph added · 2 sentences reworded · 5 minor'
        >>> Summary().describe()
        'No differences'
        >>> Summary(sentences_added=2, page_parts_hidden=4).describe()
        '2 sentences added · 4 page parts hidden'
        >>> Summary(paragraphs_split=2, paragraphs_merged=1).describe()
        '2 split paragraphs · 1 merged paragraph'
        """
        parts = []
        for count, singular, plural in (
            (self.paragraphs_added, "paragraph added", "paragraphs added"),
            (self.paragraphs_removed, "paragraph removed", "paragraphs removed"),
            (self.paragraphs_moved, "paragraph moved", "paragraphs moved"),
            (self.paragraphs_split, "split paragraph", "split paragraphs"),
            (self.paragraphs_merged, "merged paragraph", "merged paragraphs"),
            (self.sentences_added, "sentence added", "sentences added"),
            (self.sentences_removed, "sentence removed", "sentences removed"),
            (self.sentences_changed, "sentence reworded", "sentences reworded"),
            (self.sentences_minor, "minor", "minor"),
        ):
            if count:
                parts.append(f"{count} {singular if count == 1 else plural}")
        description = " · ".join(parts) if parts else "No differences"
        if self.page_parts_hidden:
            description += f" · {describe_hidden(self.page_parts_hidden)}"
        return description


def describe_hidden(count: int) -> str:
    """'1 page part hidden', '4 page parts hidden'."""
    return f"{count} page part{'' if count == 1 else 's'} hidden"


@dataclass(frozen=True)
class Comparison:
    """Two documents and their aligned rows, in display order.

    Not slotted because the derived indexes below are computed once on first use. Rows made only
    of page furniture (see `core.furniture`) are left out of the summary and of the change rows
    unless `furniture_shown`; `with_furniture_shown` and `with_furniture_override` give the
    window's view of the same alignment without aligning again.
    """

    left: Document
    right: Document
    rows: tuple[Row, ...]
    strict: bool = False
    left_furniture: Furniture = field(default_factory=Furniture)
    right_furniture: Furniture = field(default_factory=Furniture)
    furniture_shown: bool = False

    def document(self, side: Side) -> Document:
        return self.left if side is Side.LEFT else self.right

    def furniture(self, side: Side) -> Furniture:
        return self.left_furniture if side is Side.LEFT else self.right_furniture

    def with_furniture_shown(self, shown: bool) -> Comparison:
        """The same comparison, with furniture rows counted as ordinary changes or not."""
        return self if shown == self.furniture_shown else replace(self, furniture_shown=shown)

    def with_furniture_override(
        self, side: Side, paragraph: int, *, as_furniture: bool
    ) -> Comparison:
        """The same comparison after the user called one paragraph furniture or story."""
        furniture = self.furniture(side).overridden(paragraph, as_furniture=as_furniture)
        if side is Side.LEFT:
            return replace(self, left_furniture=furniture)
        return replace(self, right_furniture=furniture)

    @cached_property
    def furniture_rows(self) -> frozenset[int]:
        """Rows whose every paragraph, on both sides, is page furniture."""
        left, right = self.left_furniture, self.right_furniture
        return frozenset(
            index
            for index, row in enumerate(self.rows)
            if all(left.is_furniture(p) for p in row.left)
            and all(right.is_furniture(p) for p in row.right)
        )

    def is_furniture_row(self, row: int) -> bool:
        return row in self.furniture_rows

    def is_hidden_row(self, row: int) -> bool:
        """Whether the row is folded away: furniture, with furniture not shown."""
        return not self.furniture_shown and row in self.furniture_rows

    @cached_property
    def hidden_changes(self) -> tuple[int, ...]:
        """Rows that differ but are folded away as furniture, in order."""
        if self.furniture_shown:
            return ()
        return tuple(index for index in sorted(self.furniture_rows) if self.rows[index].is_change())

    def furniture_reasons(self, rows: Sequence[int]) -> tuple[str, ...]:
        """The distinct reasons of the furniture in `rows`, in order of first appearance."""
        reasons: dict[str, None] = {}
        for index in rows:
            row = self.rows[index]
            for paragraph in row.left:
                reasons.setdefault(self.left_furniture.reasons.get(paragraph, ""), None)
            for paragraph in row.right:
                reasons.setdefault(self.right_furniture.reasons.get(paragraph, ""), None)
        return tuple(reason for reason in reasons if reason)

    @cached_property
    def summary(self) -> Summary:
        paragraphs = Counter[RowKind]()
        sentences = Counter[SentenceKind]()
        layouts = Counter[Layout]()
        for index, row in enumerate(self.rows):
            if self.is_hidden_row(index):
                continue
            paragraphs[row.kind] += len(row.left if row.kind is RowKind.REMOVED else row.right)
            sentences.update(sentence.kind for sentence in row.sentences)
            layout = row.paragraph_layout()
            if layout is not None:
                layouts[layout] += 1
        return Summary(
            paragraphs_added=paragraphs[RowKind.ADDED],
            paragraphs_removed=paragraphs[RowKind.REMOVED],
            paragraphs_moved=paragraphs[RowKind.MOVED],
            sentences_added=sentences[SentenceKind.ADDED],
            sentences_removed=sentences[SentenceKind.REMOVED],
            sentences_changed=sentences[SentenceKind.CHANGED],
            sentences_minor=sentences[SentenceKind.MINOR],
            paragraphs_split=layouts[Layout.SPLIT],
            paragraphs_merged=layouts[Layout.MERGED],
            furniture_left=len(self.left_furniture.reasons),
            furniture_right=len(self.right_furniture.reasons),
            page_parts_hidden=len(self.hidden_changes),
        )

    def change_rows(self, *, include_minor: bool = True) -> tuple[int, ...]:
        """Indices of the rows that hold a difference, in display order."""
        if include_minor:
            return self._change_rows_with_minor
        return self._change_rows_without_minor

    @cached_property
    def _change_rows_with_minor(self) -> tuple[int, ...]:
        return tuple(
            i
            for i, row in enumerate(self.rows)
            if row.is_change(include_minor=True) and not self.is_hidden_row(i)
        )

    @cached_property
    def _change_rows_without_minor(self) -> tuple[int, ...]:
        return tuple(
            i
            for i, row in enumerate(self.rows)
            if row.is_change(include_minor=False) and not self.is_hidden_row(i)
        )

    def next_change(self, row: int, *, include_minor: bool = True) -> int | None:
        """The first change row after `row` (use -1 to start), or None."""
        changes = self.change_rows(include_minor=include_minor)
        position = bisect.bisect_right(changes, row)
        return changes[position] if position < len(changes) else None

    def previous_change(self, row: int, *, include_minor: bool = True) -> int | None:
        """The last change row before `row` (use len(rows) to start from the end), or None."""
        changes = self.change_rows(include_minor=include_minor)
        position = bisect.bisect_left(changes, row)
        return changes[position - 1] if position > 0 else None

    @cached_property
    def _row_by_paragraph(self) -> dict[tuple[Side, int], int]:
        index: dict[tuple[Side, int], int] = {}
        for row_index, row in enumerate(self.rows):
            for paragraph in row.left:
                index[(Side.LEFT, paragraph)] = row_index
            for paragraph in row.right:
                index[(Side.RIGHT, paragraph)] = row_index
        return index

    def row_of_paragraph(self, side: Side, paragraph: int) -> int | None:
        """The display row that shows paragraph `paragraph` of `side`."""
        return self._row_by_paragraph.get((side, paragraph))

    def is_identical(self) -> bool:
        return not self.change_rows(include_minor=True)
