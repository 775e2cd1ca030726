"""The text of one half of a row, as paragraphs with marked spans: what the painter will draw.

A `Row` carries its sentences (each with both sides' text and a word diff); this module turns
one side of it into `Paragraph`s of plain text plus `Span`s saying which characters show an
added or removed sentence, an inserted or deleted word, or a minor (cosmetic) difference. It is
pure Python so tests can assert what is marked without pixels, and so the row painter, the
copy command and the exports all read a row the same way. A moved row's label words
(`moved_from_text`) live here for the same reason: the window and the HTML page say the same.

May import `core` and the standard library; never Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wirediff.core.result import OpKind, Row, RowKind, SentenceKind, SentencePair, Side

# Sentences of Chinese or Japanese are written without a space between them.
_CJK_START = 0x2E80


class Mark(StrEnum):
    """What a marked span of text shows."""

    ADDED = "added"  # a whole sentence only in the new version, in a row that has both sides
    REMOVED = "removed"  # a whole sentence only in the old version
    INSERTED = "inserted"  # words inserted into a reworded sentence
    DELETED = "deleted"  # words deleted from a reworded sentence
    MINOR = "minor"  # a cosmetic difference: quotes, dashes, spelling variants, spacing


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    mark: Mark


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of one side of a row: its index in the document, text and marks."""

    index: int
    text: str
    spans: tuple[Span, ...]


def _joiner(previous: str, after: str) -> str:
    """The separator between the last piece of text so far (`previous`) and the next sentence."""
    if not previous:
        return ""
    if after and ord(previous[-1]) >= _CJK_START and ord(after[0]) >= _CJK_START:
        return ""
    return " "


def _sentence_pieces(
    sentence: SentencePair, side: Side, *, show_minor: bool, whole_mark: Mark | None
) -> list[tuple[str, Mark | None]]:
    """The sentence's text on `side` as (piece, mark) pieces."""
    text = sentence.left if side is Side.LEFT else sentence.right
    if text is None:
        return []
    if sentence.kind in (SentenceKind.ADDED, SentenceKind.REMOVED):
        return [(text, whole_mark)]
    if sentence.kind is SentenceKind.EQUAL or not sentence.ops:
        return [(text, None)]
    if sentence.kind is SentenceKind.MINOR and not show_minor:
        return [(text, None)]
    skipped = OpKind.INSERT if side is Side.LEFT else OpKind.DELETE
    own_mark = Mark.DELETED if side is Side.LEFT else Mark.INSERTED
    pieces: list[tuple[str, Mark | None]] = []
    for op in sentence.ops:
        if op.kind is skipped:
            continue
        if op.kind is OpKind.EQUAL:
            pieces.append((op.text, None))
        elif op.cosmetic:
            pieces.append((op.text, Mark.MINOR if show_minor else None))
        else:
            pieces.append((op.text, own_mark))
    if "".join(piece for piece, _ in pieces) != text:
        # The word diff should always rebuild the sentence; if it ever does not, show the
        # sentence as the engine gave it, marked whole, rather than text that was never there.
        return [(text, own_mark)]
    return pieces


def _span(piece: str, position: int, mark: Mark) -> Span:
    """The span of a marked piece; word marks leave out the spaces at their edges.

    The word diff counts the space before an inserted word as inserted, but a tint that starts
    in the gap between words looks like it marks the neighbour. Minor marks keep their spaces:
    a changed space may be the whole difference.
    """
    start, end = position, position + len(piece)
    if mark in (Mark.INSERTED, Mark.DELETED) and piece.strip():
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
    return Span(start, end, mark)


def side_paragraphs(row: Row, side: Side, *, show_minor: bool = True) -> tuple[Paragraph, ...]:
    """The paragraphs of one half of `row`, in reading order, with their marks.

    In added and removed rows the whole half is new or gone, which the painter shows by tinting
    the half, so their sentences carry no spans of their own.
    """
    one_sided = row.kind in (RowKind.ADDED, RowKind.REMOVED)
    whole_mark = None if one_sided else (Mark.REMOVED if side is Side.LEFT else Mark.ADDED)
    texts: dict[int, list[str]] = {}
    lengths: dict[int, int] = {}
    spans: dict[int, list[Span]] = {}
    order: list[int] = []
    for sentence in row.sentences:
        paragraph = sentence.left_paragraph if side is Side.LEFT else sentence.right_paragraph
        if paragraph is None:
            continue
        pieces = _sentence_pieces(sentence, side, show_minor=show_minor, whole_mark=whole_mark)
        if not pieces:
            continue
        if paragraph not in texts:
            texts[paragraph], spans[paragraph], lengths[paragraph] = [], [], 0
            order.append(paragraph)
        parts = texts[paragraph]
        previous = parts[-1] if parts else ""
        parts.append(_joiner(previous, pieces[0][0]))
        position = lengths[paragraph] + len(parts[-1])
        for piece, mark in pieces:
            if mark is not None and piece:
                spans[paragraph].append(_span(piece, position, mark))
            parts.append(piece)
            position += len(piece)
        lengths[paragraph] = position
    return tuple(Paragraph(p, "".join(texts[p]), tuple(spans[p])) for p in order)


def side_text(row: Row, side: Side) -> str:
    """The plain text of one half of `row`, paragraphs separated by a blank line."""
    return "\n\n".join(paragraph.text for paragraph in side_paragraphs(row, side))


def row_mark(row: Row, *, show_minor: bool = True) -> str | None:
    """The kind a gutter or overview mark shows for `row`: a `RowKind` value, "minor", or
    "layout" for paragraphs split, merged or re-cut with their words unchanged.

    None for rows that show no difference (equal rows, and rows whose only differences are
    minor or of layout while minor differences are hidden, as navigation skips them then).
    """
    if row.kind is not RowKind.EQUAL:
        return row.kind.value
    if show_minor and row.layout is not None:
        return "layout"
    if show_minor and row.has_minor:
        return SentenceKind.MINOR.value
    return None


def moved_from_text(row: Row, index: int | None) -> str:
    """The words on a moved row's label: where its paragraph stood in the old version, or, on
    the row where it stood (`Row.moved_to`), where it went.

    `index` is the row's own position; None (or a move whose origin is unknown) gives the
    general wording. Callers add their own way to go there (a click, a link).
    """
    if index is not None and row.moved_to is not None:
        direction = "further down" if row.moved_to >= index else "further up"
        return f"⇅ Moved from here to {direction}"
    if index is None or row.moved_from is None:
        return "⇅ Moved from elsewhere in the old version"
    direction = "further down" if row.moved_from >= index else "further up"
    return f"⇅ Moved here from {direction}"
