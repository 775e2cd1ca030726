"""Exact outputs of loading and splitting in `core.compare`: the document a file becomes (name,
path, encoding, fixes, paragraphs), its one-line errors, and the sentences alignment sees.

Sentences of a paragraph met twice are split once and reported at each paragraph's own index;
empty paragraphs give none; keys are the cosmetic fold of the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.align.units import Sentence
from wirediff.core.compare import (
    ACCEPTED_SUFFIX,
    ORIGINAL_SUFFIX,
    compare_documents,
    compare_files,
    load_document,
    load_versions,
    sentences_of,
)
from wirediff.core.errors import Cancelled, EmptyInput, MissingInput
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Fix, RowKind, StoryMeta

MISREAD = "Café rÃ©sumÃ©\n\nSecond para.".encode()


def test_a_loaded_document_keeps_the_bytes_the_decoded_and_the_repaired_text() -> None:
    document = load_document(raw=MISREAD, name="x.txt")
    assert (document.path, document.name, document.encoding, document.confidence) == (
        None,
        "x.txt",
        "utf-8",
        1.0,
    )
    assert document.raw == MISREAD
    assert document.decoded == "Café rÃ©sumÃ©\n\nSecond para."
    assert document.text == "Café résumé\n\nSecond para."
    assert document.fixes == (Fix(6, 13, "Ã©sumÃ©", "ésumé", "ftfy:inconsistent-utf8"),)
    assert document.paragraphs == ("Café résumé", "Second para.")
    assert document.meta == StoryMeta("text")


def test_repair_can_be_turned_off_and_an_encoding_forced() -> None:
    kept = load_document(raw=MISREAD, name="x.txt", repair=False)
    assert (kept.text, kept.fixes) == ("Café rÃ©sumÃ©\n\nSecond para.", ())
    forced = load_document(raw=b"caf\xe9", encoding="utf-8")
    assert (forced.name, forced.text, forced.encoding) == (
        "untitled",
        "caf\N{REPLACEMENT CHARACTER}",
        "utf-8",
    )


def test_a_file_is_named_by_its_file_name_and_keeps_its_path(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"One.\n\nTwo.")
    document = load_document(path)
    assert (document.path, document.name, document.paragraphs) == (
        str(path),
        "story.txt",
        ("One.", "Two."),
    )
    assert load_document(str(path), name="shown").name == "shown"
    (single,) = load_versions(path)
    assert (single.name, single.paragraphs) == ("story.txt", ("One.", "Two."))
    assert (ORIGINAL_SUFFIX, ACCEPTED_SUFFIX) == (" (as written)", " (changes accepted)")


def test_errors_name_the_input(tmp_path: Path) -> None:
    with pytest.raises(EmptyInput) as caught:
        load_document(raw=b"", name="x.txt")
    assert str(caught.value) == "x.txt: the file is empty"
    with pytest.raises(EmptyInput) as caught:
        load_document(raw=b"  \n ", name="x.txt")
    assert str(caught.value) == "x.txt: the file holds no text"
    with pytest.raises(EmptyInput) as caught:
        load_versions(raw=b"  \n ", name="y.txt")
    assert str(caught.value) == "y.txt: the file holds no text"
    with pytest.raises(MissingInput) as caught:
        load_document(tmp_path / "gone.txt")
    assert str(caught.value) == f"{tmp_path / 'gone.txt'}: no such file"
    with pytest.raises(ValueError, match=r"^load_document needs a path or raw bytes$"):
        load_document()


def test_loading_stops_when_cancelled() -> None:
    with pytest.raises(Cancelled):
        load_document(raw=MISREAD, checkpoint=Checkpoint(cancelled=lambda: True))
    with pytest.raises(Cancelled):
        load_versions(raw=MISREAD, checkpoint=Checkpoint(cancelled=lambda: True))


def test_sentences_carry_their_paragraph_text_and_fold_key() -> None:
    found = sentences_of(
        ("It rained. Roads closed.", "It rained. Roads closed.", "", "Kyiv’s  forces.")
    )
    assert found == [
        Sentence(0, "It rained.", "it rained.", ("it", "rained")),
        Sentence(0, "Roads closed.", "roads closed.", ("roads", "closed")),
        Sentence(1, "It rained.", "it rained.", ("it", "rained")),
        Sentence(1, "Roads closed.", "roads closed.", ("roads", "closed")),
        Sentence(3, "Kyiv’s  forces.", "kyiv's forces.", ("kyiv", "s", "forces")),
    ]
    assert [s.words for s in found] == [
        ("it", "rained"),
        ("roads", "closed"),
        ("it", "rained"),
        ("roads", "closed"),
        ("kyiv", "s", "forces"),
    ]


def test_the_memo_holds_each_distinct_paragraph_split_once() -> None:
    memo: dict[str, list[Sentence]] = {}
    sentences_of(("A b. C d.", "E f."), memo)
    assert list(memo) == ["A b. C d.", "E f."]
    assert [s.paragraph for s in memo["E f."]] == [1]
    # Met again at another index, the memo's sentences are reported there.
    assert [s.paragraph for s in sentences_of(("E f.",), memo)] == [0]


def test_compare_documents_reports_progress_from_start_to_end() -> None:
    seen: list[tuple[int, int]] = []
    left = load_document(raw=b"One. Two.\n\nThree.", name="a")
    right = load_document(raw=b"One. Two!\n\nFour.", name="b")
    comparison = compare_documents(
        left, right, checkpoint=Checkpoint(lambda d, t: seen.append((d, t)))
    )
    assert seen[0] == (0, 1000)
    assert seen[-1] == (1000, 1000)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert [row.kind for row in comparison.rows] == [
        RowKind.CHANGED,
        RowKind.REMOVED,
        RowKind.ADDED,
    ]
    assert comparison.strict is False
    assert compare_documents(left, right, strict=True).strict is True


def test_compare_files_loads_and_compares(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes("Kyiv’s forces advanced.".encode())
    new.write_bytes(b"Kyiv's forces advanced.")
    loose = compare_files(old, new)
    assert [s.kind.value for s in loose.rows[0].sentences] == ["minor"]
    strict = compare_files(old, new, strict=True)
    assert [s.kind.value for s in strict.rows[0].sentences] == ["changed"]
    assert (strict.left.name, strict.right.name) == ("old.txt", "new.txt")
