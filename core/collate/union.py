"""Progressive alignment of many versions into one union sequence of sentences.

The union starts as the sentences of the first document. Each next document is aligned against
the whole union with the pairwise engine (`core.align.anchors.align_sentences`: anchors on cosmetic
keys, whole-paragraph moves, rewordings paired by word overlap), exactly as if the union were
the left side of `wirediff compare`. Its sentences that found a partner join that union entry;
the others become new union entries, inserted just before the union entry of the next sentence
of the same document that is matched in order (so sentences an earlier version already had come
first, and the union keeps "order of first appearance").

Why progressive and not a true multiple alignment: the pairwise engine is already tuned on news
copy, and reusing it keeps a sentence that `compare` calls "equal" or "reworded" in the same
state here. A star or tree alignment would cost N² pairwise runs and still need a merge; the
progressive union costs N-1 runs, each about as large as one `compare`. Its limits: a document
is compared with each entry's reference wording (the first version carrying the sentence), not
with later variants, and the result can depend on the order of the inputs.

Two things differ from a pairwise comparison. A sentence whose key is equal to a leftover union
entry's but that stands elsewhere still joins that entry (a matrix says which versions carry a
sentence, not where). And a 2:1 link (one sentence of the new document covering two union
entries, an editor's merge) is given to the entry it resembles most; the other entry stays
absent for that document. A 1:2 link (a split) puts both new sentences in the one entry.

Imports the standard library and `core` only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from wirediff.core.align.anchors import Link, Sentence, align_sentences, similarity
from wirediff.core.progress import Checkpoint


@dataclass(slots=True)
class UnionEntry:
    """One sentence of the union: its reference wording and where each document carries it.

    `members[d]` lists the indices of document d's sentences in this entry (one, or two for a
    split); a document without the sentence has no key.
    """

    reference: int
    sentence: Sentence
    members: dict[int, tuple[int, ...]] = field(default_factory=dict)


def build_union(
    documents: Sequence[Sequence[Sentence]],
    checkpoint: Checkpoint,
    *,
    share: tuple[float, float] = (0.0, 1.0),
) -> list[UnionEntry]:
    """Union entries, in order of first appearance, holding every sentence exactly once.

    Progress ticks fill the `share` slice of the checkpoint's whole job.

    >>> from wirediff.core.align.anchors import words_of
    >>> def doc(*texts):
    ...     return [Sentence(0, text, text, words_of(text)) for text in texts]
    >>> union = build_union([doc("A b c.", "D e f."), doc("A b c.", "X y z.", "D e f.")],
    ...                     Checkpoint())
    >>> [(entry.sentence.text, entry.members) for entry in union]
    [('A b c.', {0: (0,), 1: (0,)}), ('X y z.', {1: (1,)}), ('D e f.', {0: (1,), 1: (2,)})]
    """
    if not documents:
        return []
    union = [UnionEntry(0, sentence, {0: (index,)}) for index, sentence in enumerate(documents[0])]
    start, end = share
    step = (end - start) / max(1, len(documents) - 1)
    for document in range(1, len(documents)):
        checkpoint.stage(start + (document - 1) * step, start + document * step)
        union = _add_document(union, document, documents[document], checkpoint)
    return union


def _union_sentences(union: Sequence[UnionEntry]) -> list[Sentence]:
    """The union as one side of a pairwise alignment.

    Paragraph numbers matter to the aligner (moves carry whole paragraphs; a split pairs only
    neighbours of one paragraph), so each run of entries from one paragraph of one document
    becomes one paragraph of the union.
    """
    sentences = []
    paragraph = -1
    previous: tuple[int, int] | None = None
    for entry in union:
        origin = (entry.reference, entry.sentence.paragraph)
        if origin != previous:
            paragraph += 1
            previous = origin
        reference = entry.sentence
        sentences.append(Sentence(paragraph, reference.text, reference.key, reference.words))
    return sentences


def _add_document(
    union: list[UnionEntry],
    document: int,
    sentences: Sequence[Sentence],
    checkpoint: Checkpoint,
) -> list[UnionEntry]:
    union_sentences = _union_sentences(union)
    links = align_sentences(union_sentences, sentences, checkpoint)
    entry_of: dict[int, int] = {}
    in_order: set[int] = set()
    for link in links:
        entry = _entry_for(link, union_sentences, sentences)
        union[entry].members[document] = link.right
        for j in link.right:
            entry_of[j] = entry
            if not link.moved:
                in_order.add(j)
    for entry, j in _pair_leftovers(union, union_sentences, sentences, document, entry_of):
        union[entry].members[document] = (j,)
        entry_of[j] = entry
    return _insert_unmatched(union, document, sentences, entry_of, in_order)


def _entry_for(link: Link, union: Sequence[Sentence], sentences: Sequence[Sentence]) -> int:
    """The one union entry a link fills: a merge goes to the entry it resembles most."""
    if len(link.left) == 1:
        return link.left[0]
    words = tuple(word for j in link.right for word in sentences[j].words)
    return max(link.left, key=lambda i: (similarity(union[i].words, words), -i))


def _pair_leftovers(
    union: Sequence[UnionEntry],
    union_sentences: Sequence[Sentence],
    sentences: Sequence[Sentence],
    document: int,
    entry_of: dict[int, int],
) -> list[tuple[int, int]]:
    """Unmatched sentences whose key equals a still-empty entry's, paired in order per key.

    The pairwise aligner leaves a sentence that moved alone (not with its whole paragraph)
    unmatched, which `compare` shows as removed here and added there; in a matrix that would
    split one sentence over two rows.
    """
    free_entries: defaultdict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(union):
        if document not in entry.members:
            free_entries[union_sentences[index].key].append(index)
    pairs = []
    taken: defaultdict[str, int] = defaultdict(int)
    for j, sentence in enumerate(sentences):
        if j in entry_of:
            continue
        candidates = free_entries.get(sentence.key)
        if candidates and taken[sentence.key] < len(candidates):
            pairs.append((candidates[taken[sentence.key]], j))
            taken[sentence.key] += 1
    return pairs


def _insert_unmatched(
    union: list[UnionEntry],
    document: int,
    sentences: Sequence[Sentence],
    entry_of: dict[int, int],
    in_order: set[int],
) -> list[UnionEntry]:
    """New entries for unmatched sentences, each just before the next in-order match.

    In-order links are monotone on both sides (anchors keep order and rewordings are paired
    inside the gaps between anchors), so merging by target position keeps both the union's
    order and the document's.
    """
    before: defaultdict[int, list[UnionEntry]] = defaultdict(list)
    pending: list[UnionEntry] = []
    for j, sentence in enumerate(sentences):
        if j not in entry_of:
            pending.append(UnionEntry(document, sentence, {document: (j,)}))
        elif j in in_order and pending:
            before[entry_of[j]] += pending
            pending = []
    merged: list[UnionEntry] = []
    for index, entry in enumerate(union):
        merged += before.get(index, ())
        merged.append(entry)
    return merged + pending
