"""Exact outputs of `wirediff extract` (`core.report.extraction`): the JSON document and the
readable text of what was read from each file, for documents built by hand.

Every output is written out whole, so a dropped fact, a notice or set-aside part lost, an empty
fact printed or the story's paragraphs run together fails here before a reader notices.
"""

from __future__ import annotations

from wirediff.core.report.extraction import describe_extraction, extraction_to_json
from wirediff.core.result import Document, StoryMeta


def _document(
    *,
    path: str | None,
    name: str,
    paragraphs: tuple[str, ...],
    meta: StoryMeta,
    set_aside: tuple[str, ...] = (),
    notices: tuple[str, ...] = (),
) -> Document:
    text = "\n\n".join(paragraphs)
    return Document(
        path=path,
        name=name,
        raw=text.encode(),
        encoding="utf-8",
        confidence=1.0,
        decoded=text,
        text=text,
        fixes=(),
        paragraphs=paragraphs,
        meta=meta,
        set_aside=set_aside,
        notices=notices,
    )


PAGE = _document(
    path="pages/storm.html",
    name="storm.html",
    paragraphs=("Storm hits coast", "Winds of 120 km/h were recorded."),
    meta=StoryMeta("html", title="Storm hits coast", byline="A. Reporter", site="Daily"),
    set_aside=("Home World Sport", "Follow us on X"),
    notices=("no article found: showing all the page's visible text",),
)
WIRE = _document(
    path=None,
    name="flash.xml",
    paragraphs=("Quake strikes.",),
    meta=StoryMeta("nitf", date="2024-06-03", version="2", urgency="1"),
)


def test_the_json_document_lists_every_file_in_order_with_all_it_read() -> None:
    assert extraction_to_json([PAGE, WIRE]) == {
        "files": [
            {
                "path": "pages/storm.html",
                "name": "storm.html",
                "format": "html",
                "meta": {
                    "title": "Storm hits coast",
                    "byline": "A. Reporter",
                    "date": None,
                    "site": "Daily",
                    "url": None,
                    "format": "html",
                },
                "paragraphs": ["Storm hits coast", "Winds of 120 km/h were recorded."],
                "furniture": ["Home World Sport", "Follow us on X"],
                "notices": ["no article found: showing all the page's visible text"],
            },
            {
                "path": None,
                "name": "flash.xml",
                "format": "nitf",
                "meta": {
                    "title": None,
                    "byline": None,
                    "date": "2024-06-03",
                    "site": None,
                    "url": None,
                    "format": "nitf",
                    "version": "2",
                    "urgency": "1",
                },
                "paragraphs": ["Quake strikes."],
                "furniture": [],
                "notices": [],
            },
        ]
    }


def test_no_files_give_an_empty_list() -> None:
    assert extraction_to_json([]) == {"files": []}


def test_the_text_gives_facts_notices_paragraphs_then_what_was_set_aside() -> None:
    assert describe_extraction(PAGE) == (
        "== pages/storm.html (html) ==\n"
        "title: Storm hits coast\n"
        "byline: A. Reporter\n"
        "site: Daily\n"
        "notice: no article found: showing all the page's visible text\n"
        "\n"
        "Storm hits coast\n"
        "\n"
        "Winds of 120 km/h were recorded.\n"
        "\n"
        "-- set aside (2) --\n"
        "Home World Sport\n"
        "Follow us on X\n"
    )


def test_a_file_without_a_path_is_named_and_nothing_set_aside_is_not_announced() -> None:
    assert describe_extraction(WIRE) == (
        "== flash.xml (nitf) ==\ndate: 2024-06-03\nversion: 2\nurgency: 1\n\nQuake strikes.\n"
    )


def test_a_file_with_no_paragraphs_ends_after_its_heading() -> None:
    empty = _document(path=None, name="blank.txt", paragraphs=(), meta=StoryMeta())
    assert describe_extraction(empty) == "== blank.txt (text) ==\n"
