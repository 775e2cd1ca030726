"""One story's work: load and repair every version, compare each with the one before.

`process_story` is the unit a process pool or a Dask worker runs: a top-level function of
picklable data in and picklable data out, with no shared state, so the serial, pooled and
distributed runs give the same records. A story that cannot be read (a missing or binary
version, say) gives one error record instead of pair records; it never stops the batch.

Each pair record holds the story id, the pair's place (`pair` of `pairs`), both versions (path,
time, encoding, number of repairs) and the comparison's summary as in the `compare --json`
contract, plus its rows when asked. A version given by address is fetched here, by the worker,
so a collection of web pages is fetched on all cores (or all machines) at once; a version from
a web archive brings its capture. Imports the rest of `wirediff.core` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wirediff.core.batch.stories import Story, StoryVersion
from wirediff.core.compare import compare_documents, load_document
from wirediff.core.errors import InputError
from wirediff.core.report.comparison import comparison_to_json
from wirediff.core.result import Document
from wirediff.core.sources.addresses import is_address


class Against(StrEnum):
    """Which earlier version each version is compared with."""

    PREVIOUS = "previous"
    FIRST = "first"


@dataclass(frozen=True, slots=True)
class BatchOptions:
    against: Against = Against.PREVIOUS
    rows: bool = False
    strict: bool = False


@dataclass(frozen=True, slots=True)
class StoryOutcome:
    """What one story gave: its records, in pair order (an error is one record)."""

    story_id: str
    records: tuple[dict[str, Any], ...]

    @property
    def failed(self) -> bool:
        return any("error" in record for record in self.records)


def process_story(story: Story, options: BatchOptions) -> StoryOutcome:
    """Compare the versions of one story; errors become an error record."""
    try:
        documents = [_load(version) for version in story.versions]
    except InputError as error:
        return StoryOutcome(story.story_id, (_error_record(story, str(error)),))
    except OSError as error:
        return StoryOutcome(story.story_id, (_error_record(story, f"{error}"),))
    pairs = _pairs(len(documents), options.against)
    if not pairs:
        only = {"story_id": story.story_id, "pair": None, "pairs": 0, "versions": len(documents)}
        return StoryOutcome(story.story_id, (only,))
    records = []
    for number, (left, right) in enumerate(pairs):
        comparison = compare_documents(documents[left], documents[right], strict=options.strict)
        contract = comparison_to_json(comparison)
        record: dict[str, Any] = {
            "story_id": story.story_id,
            "pair": number,
            "pairs": len(pairs),
            "left": _version_record(story.versions[left], left, documents[left]),
            "right": _version_record(story.versions[right], right, documents[right]),
            "summary": contract["summary"],
        }
        if options.rows:
            record["rows"] = contract["rows"]
        records.append(record)
    return StoryOutcome(story.story_id, tuple(records))


def _load(version: StoryVersion) -> Document:
    """A version read from its file, its web archive capture, or its address (fetched now)."""
    if version.capture is None and not is_address(version.path):
        return load_document(version.path)
    # Imported here: httpx and the page readers load only for a story of web pages.
    from wirediff.core.sources.fetch import fetch_page
    from wirediff.core.sources.pages import capture_document

    if version.capture is not None:
        return capture_document(version.capture)
    return capture_document(fetch_page(version.path))


def _pairs(count: int, against: Against) -> list[tuple[int, int]]:
    """Index pairs to compare.

    >>> _pairs(4, Against.PREVIOUS)
    [(0, 1), (1, 2), (2, 3)]
    >>> _pairs(4, Against.FIRST)
    [(0, 1), (0, 2), (0, 3)]
    >>> _pairs(1, Against.PREVIOUS)
    []
    """
    if against is Against.FIRST:
        return [(0, index) for index in range(1, count)]
    return [(index - 1, index) for index in range(1, count)]


def _version_record(version: StoryVersion, index: int, document: Document) -> dict[str, Any]:
    return {
        "index": index,
        "path": version.path,
        "time": version.time,
        "encoding": document.encoding,
        "repairs": len(document.fixes),
    }


def _error_record(story: Story, message: str) -> dict[str, Any]:
    return {"story_id": story.story_id, "pair": None, "pairs": 0, "error": message}
