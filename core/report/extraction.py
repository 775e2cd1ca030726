"""The JSON document of `wirediff extract`: what wirediff reads from each file.

    {"files": [{"path", "name", "format", "meta": {...}, "paragraphs": [...],
                "furniture": [...], "notices": [...]}]}

`paragraphs` are the story's paragraphs exactly as compared (after mojibake repair);
`furniture` is what the reader of the format set aside (navigation, captions, running heads),
in page order. Additive to the project's JSON conventions; imports `core` only.
"""

from __future__ import annotations

from typing import Any

from wirediff.core.result import Document


def extraction_to_json(documents: list[Document]) -> dict[str, Any]:
    """The `wirediff extract --json` document for `documents`, in order.

    >>> from wirediff.core.compare import load_document
    >>> page = (
    ...     b"<html><body><nav><a>Home</a> <a>World</a></nav><article><h1>Rain</h1>"
    ...     b"<p>It rained all day in the city, and the river rose above its banks by the "
    ...     b"evening, officials said.</p><p>Schools will stay closed on Tuesday.</p></article>"
    ... )
    >>> entry = extraction_to_json([load_document(raw=page, name="rain.html")])["files"][0]
    >>> entry["format"], entry["paragraphs"][0], entry["furniture"]
    ('html', 'Rain', ['Home World'])
    """
    return {
        "files": [
            {
                "path": document.path,
                "name": document.name,
                "format": document.meta.format,
                "meta": document.meta.as_json(),
                "paragraphs": list(document.paragraphs),
                "furniture": list(document.set_aside),
                "notices": list(document.notices),
            }
            for document in documents
        ]
    }


def describe_extraction(document: Document) -> str:
    """What was read from one file, as readable text: facts, the story, what was set aside."""
    meta = document.meta
    lines = [f"== {document.path or document.name} ({meta.format}) =="]
    for key, value in meta.as_json().items():
        if value and key != "format":
            lines.append(f"{key}: {value}")
    lines += [f"notice: {notice}" for notice in document.notices]
    lines.append("")
    lines += [f"{paragraph}\n" for paragraph in document.paragraphs]
    if document.set_aside:
        lines.append(f"-- set aside ({len(document.set_aside)}) --")
        lines += list(document.set_aside)
    return "\n".join(lines).rstrip("\n") + "\n"
