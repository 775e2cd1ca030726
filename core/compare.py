"""The engine's entry points: load documents and compare them.

    bytes → decode → repair → paragraphs → sentences → align → rows → furniture → `Comparison`

`load_document` runs the first stages for one input and keeps raw bytes, encoding, confidence,
the unrepaired text and the fixes with the result, so the window can re-decode or show the
unrepaired text without reading the file again. `compare_documents` does the rest. Both accept
a `Checkpoint` so a worker thread can show progress and cancel between paragraphs.

Imports the standard library and `core` only.
"""

from __future__ import annotations

from pathlib import Path

from wirediff.core.align.anchors import Sentence, align_sentences
from wirediff.core.align.rows import build_rows
from wirediff.core.collection_pause import fewer_collections
from wirediff.core.diff.cosmetic import fold_text
from wirediff.core.errors import EmptyInput, InputError
from wirediff.core.formats.read import has_tracked_changes, read_story
from wirediff.core.formats.story import Story
from wirediff.core.furniture.classify import classify_pair
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Comparison, Document
from wirediff.core.segment.split import split_paragraphs, split_sentences
from wirediff.core.text.decode import read_input
from wirediff.core.text.repair import repair_text

ORIGINAL_SUFFIX = " (as written)"
ACCEPTED_SUFFIX = " (changes accepted)"
"""How the two versions inside a document with tracked changes are named after the file."""


def load_document(
    path: str | Path | None = None,
    *,
    raw: bytes | None = None,
    name: str | None = None,
    encoding: str | None = None,
    repair: bool = True,
    checkpoint: Checkpoint | None = None,
    content_type: str | None = None,
    original: bool = False,
) -> Document:
    """Read (or take) bytes, read the story in them, repair and split into paragraphs.

    Every format goes through `core.formats.read.read_story` (web pages, Word, PDF, ... and
    plain text), so `decoded` is the story text as read and `meta`, `set_aside` and `notices`
    come with it. `encoding` forces a codec (undecodable bytes become U+FFFD rather than an
    error, because the user asked for exactly that reading). `repair=False` keeps the text as
    read. `content_type` is a declared MIME type (an HTTP header), a hint for the format and
    charset; `name` may be a URL. `original` reads a document with tracked changes as
    originally written (by default every change is accepted). `checkpoint` is asked between
    the stages and while repairing whether to stop.
    """
    checkpoint = checkpoint or Checkpoint()
    raw, label, display_name = _input_of(path, raw, name)
    story = _read(raw, label, content_type, encoding)
    text = story.original if original and story.original is not None else story.text
    return _document(path, display_name, raw, story, text, label, repair, checkpoint)


def load_versions(
    path: str | Path | None = None,
    *,
    raw: bytes | None = None,
    name: str | None = None,
    checkpoint: Checkpoint | None = None,
) -> tuple[Document, ...]:
    """Every version a file holds: one, or for a document with tracked changes (Word,
    OpenDocument, RTF) two, named "NAME (as written)" and "NAME (changes accepted)", in that
    order."""
    raw, label, display_name = _input_of(path, raw, name)
    story = _read(raw, label, None, None)
    if story.original is None:
        readings = [(display_name, story.text)]
    else:
        readings = [
            (display_name + ORIGINAL_SUFFIX, story.original),
            (display_name + ACCEPTED_SUFFIX, story.text),
        ]
    return tuple(
        _document(path, shown, raw, story, text, label, True, checkpoint or Checkpoint())
        for shown, text in readings
    )


def holds_two_versions(path: str | Path) -> bool:
    """Whether a file holds two versions of its story (a Word, OpenDocument or RTF file with
    tracked changes), told from its bytes without reading the story, so a window can ask
    before it opens the file; False for a file that cannot be read (opening it then says why).
    """
    try:
        raw = read_input(path)
    except InputError:
        return False
    return has_tracked_changes(raw, str(path))


def _input_of(
    path: str | Path | None, raw: bytes | None, name: str | None
) -> tuple[bytes, str, str]:
    """The bytes, the label errors name, and the display name of one input."""
    if raw is None:
        if path is None:
            raise ValueError("load_document needs a path or raw bytes")
        raw = read_input(path)
    display_name = name or (Path(path).name if path is not None else "untitled")
    label = str(path) if path is not None else display_name
    return raw, label, display_name


def _read(raw: bytes, label: str, content_type: str | None, encoding: str | None) -> Story:
    try:
        return read_story(raw, name=label, content_type=content_type, encoding=encoding)
    except InputError as error:
        # The readers see bytes only; the user needs to know which file it was.
        raise type(error)(f"{label}: {error}") from None


def _document(
    path: str | Path | None,
    display_name: str,
    raw: bytes,
    story: Story,
    text: str,
    label: str,
    repair: bool,
    checkpoint: Checkpoint,
) -> Document:
    if not text.strip():
        raise EmptyInput(f"{label}: the file holds no text")
    checkpoint.check()
    if repair:
        repaired = repair_text(text, checkpoint)
        final_text, fixes = repaired.text, repaired.fixes
    else:
        final_text, fixes = text, ()
    checkpoint.check()
    return Document(
        path=str(path) if path is not None else None,
        name=display_name,
        raw=raw,
        encoding=story.encoding,
        confidence=story.confidence,
        decoded=text,
        text=final_text,
        fixes=tuple(fixes),
        paragraphs=tuple(split_paragraphs(final_text)),
        meta=story.meta,
        set_aside=story.set_aside,
        notices=story.notices,
    )


def sentences_of(
    paragraphs: tuple[str, ...],
    memo: dict[str, list[Sentence]] | None = None,
    checkpoint: Checkpoint | None = None,
) -> list[Sentence]:
    """Every sentence of a document with its paragraph index and alignment keys.

    `memo` maps paragraph texts already split (with any paragraph index) to their sentences:
    two versions of an article share most paragraphs, so each distinct one is split and
    folded once.
    """
    memo = {} if memo is None else memo
    checkpoint = checkpoint or Checkpoint()
    sentences = []
    for index, paragraph in enumerate(paragraphs):
        known = memo.get(paragraph)
        if known is None:
            checkpoint.check()
            known = memo[paragraph] = [
                Sentence(index, text, key) for text, key in _keyed_pieces(paragraph)
            ]
        if known and known[0].paragraph != index:
            known = [Sentence(index, s.text, s.key, s.known_words) for s in known]
        sentences += known
    return sentences


def _keyed_pieces(paragraph: str) -> list[tuple[str, str]]:
    pieces = []
    for piece in split_sentences(paragraph):
        text = piece.strip()
        if text:
            pieces.append((text, fold_text(text)))
    return pieces


def compare_documents(
    left: Document,
    right: Document,
    *,
    strict: bool = False,
    checkpoint: Checkpoint | None = None,
) -> Comparison:
    """Align two loaded documents into display rows."""
    with fewer_collections():
        return _compare(left, right, strict, checkpoint or Checkpoint())


def _compare(left: Document, right: Document, strict: bool, checkpoint: Checkpoint) -> Comparison:
    checkpoint.stage(0.0, 0.2)
    checkpoint.tick(0, 1)
    memo: dict[str, list[Sentence]] = {}
    left_sentences = sentences_of(left.paragraphs, memo, checkpoint)
    right_sentences = sentences_of(right.paragraphs, memo, checkpoint)
    checkpoint.stage(0.2, 0.6)
    links = align_sentences(left_sentences, right_sentences, checkpoint)
    checkpoint.stage(0.6, 1.0)
    rows = build_rows(
        left_sentences,
        right_sentences,
        len(left.paragraphs),
        len(right.paragraphs),
        links,
        strict=strict,
        checkpoint=checkpoint,
    )
    left_furniture, right_furniture = classify_pair(left, right, rows)
    checkpoint.tick(1, 1)
    return Comparison(left, right, rows, strict, left_furniture, right_furniture)


def compare_files(
    left_path: str | Path,
    right_path: str | Path,
    *,
    strict: bool = False,
    checkpoint: Checkpoint | None = None,
) -> Comparison:
    """Load and compare two files; raises `core.errors.InputError` for bad input."""
    return compare_documents(
        load_document(left_path), load_document(right_path), strict=strict, checkpoint=checkpoint
    )
