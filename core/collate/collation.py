"""Collation of many versions of one story: a version matrix of sentences.

A wire story reaches a reader as many copies, each trimmed, extended or restyled. `Collation`
is the result of lining them all up: one row per sentence of the union of all versions, one
cell per version saying whether that version carries the sentence, and how (same wording, only
restyled, reworded, absent). Rows are in order of first appearance: the first version's
sentences in its order, each later version's own sentences where that version has them.

How rows are found (details and limits in `core.collate.union`): progressive alignment against
a growing union, each version aligned to the union with the same sentence aligner `wirediff
compare` uses. That costs N-1 pairwise alignments rather than the N² of all pairs, and a
sentence `compare` calls equal, restyled or reworded is in the same state here. Cells
are then judged against the row's reference wording, the first version that carries the
sentence: equal (same words, spacing aside), minor (only cosmetic differences, as
`core.diff.cosmetic` defines them), changed (reworded; the cell carries its word diff against the
reference), absent.

Each version's page furniture (`core.furniture`) is classified with all the other versions as
evidence: a paragraph that carries a sentence another version also carries is shared, which
vetoes furniture found only by position; a row whose every present cell stands in furniture is
a furniture row, which a view may hide (`filtered_rows(..., hide_furniture=True)`).

The query methods (rows not in every version, rows unique to one version, a version's column,
the row of a sentence, furniture rows) are the only place those questions are answered, so the
window, the command line and the exports agree. Imports the standard library and `core` only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from wirediff.core.align.anchors import Sentence
from wirediff.core.collate.row_filter import RowFilter
from wirediff.core.collate.union import UnionEntry, build_union
from wirediff.core.compare import load_versions, sentences_of
from wirediff.core.diff.sentence_kind import classify_sentence
from wirediff.core.diff.worddiff import diff_words
from wirediff.core.errors import InputError
from wirediff.core.furniture.classify import classify_paragraphs
from wirediff.core.furniture.evidence import Reading
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Document, Furniture, Op

# Share of the progress bar spent aligning; the rest goes to judging cells and word diffs.
ALIGN_SHARE = 0.85
# Cells judged between two progress ticks.
CELLS_PER_TICK = 500


class CellKind(StrEnum):
    EQUAL = "equal"
    MINOR = "minor"
    CHANGED = "changed"
    ABSENT = "absent"


@dataclass(frozen=True, slots=True)
class Cell:
    """What one version holds of one row's sentence.

    `sentences` are indices into that version's sentence list (`sentences_of`): one, or two
    when the version split the sentence. `ops` is the word diff from the row's reference
    wording to `text`, for minor and changed cells.
    """

    kind: CellKind
    text: str | None = None
    paragraph: int | None = None
    sentences: tuple[int, ...] = ()
    ops: tuple[Op, ...] = ()

    @property
    def is_present(self) -> bool:
        return self.kind is not CellKind.ABSENT


ABSENT_CELL = Cell(CellKind.ABSENT)


@dataclass(frozen=True, slots=True)
class CollationRow:
    """One sentence of the union: one cell per version, judged against `reference`'s wording.

    >>> row = CollationRow(0, (Cell(CellKind.EQUAL, "Hi.", 0, (0,)), ABSENT_CELL))
    >>> row.text, row.versions, row.is_unique, row.is_in_every_version
    ('Hi.', (0,), True, False)
    """

    reference: int
    cells: tuple[Cell, ...]

    @property
    def text(self) -> str:
        """The reference wording."""
        return self.cells[self.reference].text or ""

    @property
    def versions(self) -> tuple[int, ...]:
        """Indices of the versions that carry this sentence, in any wording."""
        return tuple(index for index, cell in enumerate(self.cells) if cell.is_present)

    @property
    def is_in_every_version(self) -> bool:
        return all(cell.is_present for cell in self.cells)

    @property
    def is_unique(self) -> bool:
        """Whether exactly one version carries this sentence."""
        return sum(cell.is_present for cell in self.cells) == 1


@dataclass(frozen=True, slots=True)
class VersionSummary:
    """Counts for one version's column."""

    sentences: int
    equal: int
    minor: int
    changed: int
    unique: int


@dataclass(frozen=True)
class Collation:
    """N versions and their version matrix, rows in order of first appearance.

    `furniture` holds each version's page furniture, in version order (empty when none was
    classified). Not slotted because the furniture rows are worked out once, on first use.
    """

    documents: tuple[Document, ...]
    rows: tuple[CollationRow, ...]
    strict: bool = False
    furniture: tuple[Furniture, ...] = ()
    # Derived once in __post_init__: the row of each sentence of each version.
    _rows_of_sentences: tuple[tuple[int, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows_of_sentences: list[dict[int, int]] = [{} for _ in self.documents]
        for row_index, row in enumerate(self.rows):
            for document, cell in enumerate(row.cells):
                for sentence in cell.sentences:
                    rows_of_sentences[document][sentence] = row_index
        object.__setattr__(
            self,
            "_rows_of_sentences",
            tuple(tuple(index[k] for k in range(len(index))) for index in rows_of_sentences),
        )

    def rows_not_in_every_version(self) -> tuple[int, ...]:
        """Indices of the rows that at least one version lacks."""
        return tuple(i for i, row in enumerate(self.rows) if not row.is_in_every_version)

    def rows_unique_to_one_version(self) -> tuple[int, ...]:
        """Indices of the rows that exactly one version carries."""
        return tuple(i for i, row in enumerate(self.rows) if row.is_unique)

    def rows_unique_to(self, document: int) -> tuple[int, ...]:
        """Indices of the rows that only version `document` carries."""
        return tuple(i for i, row in enumerate(self.rows) if row.versions == (document,))

    @cached_property
    def furniture_rows(self) -> frozenset[int]:
        """Rows whose every present cell stands in a paragraph of page furniture."""
        if not self.furniture:
            return frozenset()
        return frozenset(
            index
            for index, row in enumerate(self.rows)
            if all(
                self.furniture[document].is_furniture(cell.paragraph)
                for document, cell in enumerate(row.cells)
                if cell.paragraph is not None
            )
        )

    def is_furniture_row(self, row: int) -> bool:
        return row in self.furniture_rows

    def filtered_rows(
        self, row_filter: RowFilter, *, hide_furniture: bool = False
    ) -> tuple[int, ...]:
        """Row indices a view with `row_filter` shows, without furniture rows if asked."""
        if row_filter is RowFilter.NOT_IN_EVERY_VERSION:
            rows = self.rows_not_in_every_version()
        elif row_filter is RowFilter.UNIQUE_TO_ONE_VERSION:
            rows = self.rows_unique_to_one_version()
        else:
            rows = tuple(range(len(self.rows)))
        if hide_furniture and self.furniture_rows:
            furniture = self.furniture_rows
            return tuple(index for index in rows if index not in furniture)
        return rows

    def cells_of(self, document: int) -> tuple[Cell, ...]:
        """Version `document`'s column, one cell per row."""
        return tuple(row.cells[document] for row in self.rows)

    def sentence_count(self, document: int) -> int:
        return len(self._rows_of_sentences[document])

    def row_of_sentence(self, document: int, sentence: int) -> int | None:
        """The row that holds sentence `sentence` (a `sentences_of` index) of `document`."""
        rows = self._rows_of_sentences[document]
        return rows[sentence] if 0 <= sentence < len(rows) else None

    def version_summary(self, document: int) -> VersionSummary:
        """Counts for version `document`'s column."""
        cells = self.cells_of(document)
        return VersionSummary(
            sentences=self.sentence_count(document),
            equal=sum(cell.kind is CellKind.EQUAL for cell in cells),
            minor=sum(cell.kind is CellKind.MINOR for cell in cells),
            changed=sum(cell.kind is CellKind.CHANGED for cell in cells),
            unique=len(self.rows_unique_to(document)),
        )

    def is_identical(self) -> bool:
        """Whether every version carries every sentence in the same words."""
        return all(cell.kind is CellKind.EQUAL for row in self.rows for cell in row.cells)


def collate_documents(
    documents: Sequence[Document],
    *,
    strict: bool = False,
    checkpoint: Checkpoint | None = None,
) -> Collation:
    """Line up loaded versions into a version matrix; `strict` counts restyling as rewording.

    >>> from wirediff.core.compare import load_document
    >>> first = load_document(raw=b"Kyiv said yes. Moscow said no.", name="a")
    >>> second = load_document(raw=b"Kyiv said yes. Washington said maybe.", name="b")
    >>> collation = collate_documents([first, second])
    >>> [(row.text, [cell.kind.value for cell in row.cells]) for row in collation.rows]
    [('Kyiv said yes.', ['equal', 'equal']), ('Moscow said no.', ['equal', 'absent']), \
('Washington said maybe.', ['absent', 'equal'])]
    """
    if not documents:
        raise ValueError("collate_documents needs at least one document")
    checkpoint = checkpoint or Checkpoint()
    sentences = _sentences_of_versions(documents, checkpoint)
    checkpoint.stage(0.0, ALIGN_SHARE)
    checkpoint.tick(0, 1)
    union = build_union(sentences, checkpoint, share=(0.0, ALIGN_SHARE))
    checkpoint.stage(ALIGN_SHARE, 1.0)
    rows = []
    for number, entry in enumerate(union):
        if number % CELLS_PER_TICK == 0:
            checkpoint.tick(number, len(union))
        rows.append(_row(entry, sentences, strict))
    checkpoint.tick(1, 1)
    return Collation(tuple(documents), tuple(rows), strict, classify_versions(documents, rows))


def classify_versions(
    documents: Sequence[Document], rows: Sequence[CollationRow]
) -> tuple[Furniture, ...]:
    """Each version's page furniture, every other version its evidence.

    A paragraph is shared when it holds a sentence that another version also carries, in any
    wording; shared paragraphs are story evidence (`core.furniture.classify`).

    >>> from wirediff.core.compare import load_document
    >>> story = b"Kyiv said yes on Monday, officials said.\\n\\n"
    >>> texts = [b"Share\\n\\n" + story + b"World desk", story + b"World desk",
    ...          story + b"Editor's note"]
    >>> documents = [load_document(raw=text, name=str(k)) for k, text in enumerate(texts)]
    >>> [dict(furniture.reasons) for furniture in collate_documents(documents).furniture]
    [{0: 'share button'}, {}, {1: 'only in this version, outside the story'}]
    """
    shared: list[set[int]] = [set() for _ in documents]
    for row in rows:
        present = [(k, cell.paragraph) for k, cell in enumerate(row.cells) if cell.is_present]
        if len(present) > 1:
            for document, paragraph in present:
                if paragraph is not None:
                    shared[document].add(paragraph)
    # A single version has no other to ask: nothing it holds is "only in this version".
    alone = len(documents) < 2
    memo: dict[str, Reading] = {}
    return tuple(
        classify_paragraphs(
            document.paragraphs,
            shared=None if alone else shared[k],
            marks=document.furniture_marks,
            memo=memo,
        )
        for k, document in enumerate(documents)
    )


def collate_files(
    paths: Sequence[str | Path], *, strict: bool = False, checkpoint: Checkpoint | None = None
) -> Collation:
    """Load and collate files; raises `core.errors.InputError` for bad input.

    With many inputs the user must know which one is bad, so every message names its file.
    """
    documents: list[Document] = []
    for path in paths:
        try:
            documents.extend(load_versions(path))
        except InputError as error:
            if str(path) in str(error) or Path(path).name in str(error):
                raise
            raise type(error)(f"{path}: {error}") from None
    return collate_documents(documents, strict=strict, checkpoint=checkpoint)


def _sentences_of_versions(
    documents: Sequence[Document], checkpoint: Checkpoint
) -> list[list[Sentence]]:
    """`sentences_of` for every version, splitting and folding each distinct paragraph once.

    Versions of one story share most of their paragraphs, and folding is the costliest step of
    loading sentences; on ten versions of a 1 MB text this takes 2.2 s down to 0.8 s.
    """
    memo: dict[str, list[Sentence]] = {}
    result = []
    for document in documents:
        sentences: list[Sentence] = []
        for index, paragraph in enumerate(document.paragraphs):
            pieces = memo.get(paragraph)
            if pieces is None:
                pieces = memo[paragraph] = sentences_of((paragraph,), checkpoint=checkpoint)
            sentences += (Sentence(index, piece.text, piece.key, piece.words) for piece in pieces)
        result.append(sentences)
    return result


def _row(entry: UnionEntry, sentences: Sequence[Sequence[Sentence]], strict: bool) -> CollationRow:
    reference = entry.sentence.text
    reference_key = entry.sentence.key
    cells = []
    for document, document_sentences in enumerate(sentences):
        members = entry.members.get(document)
        if members is None:
            cells.append(ABSENT_CELL)
            continue
        parts = [document_sentences[k] for k in members]
        text = " ".join(part.text for part in parts)
        key = parts[0].key if len(parts) == 1 else None
        kind = CellKind(
            classify_sentence(
                reference, text, strict=strict, before_key=reference_key, after_key=key
            ).value
        )
        if kind is CellKind.EQUAL:
            cells.append(Cell(kind, text, parts[0].paragraph, members))
            continue
        cells.append(Cell(kind, text, parts[0].paragraph, members, diff_words(reference, text)))
    return CollationRow(entry.reference, tuple(cells))
