"""Find the stories of a batch input and the order of their versions.

Four kinds of input (`find_stories`):

- a folder holding one folder per story; a story's versions are its files in name order, or,
  when the story folder holds `versions.csv` (columns `time`, `path`), the files it lists in the
  order of their times;
- a CSV manifest (`.csv`) with columns `story_id`, `time` (optional) and `path` (or `url`);
- a JSON Lines manifest (`.jsonl`) with the same keys on each line;
- a web archive (`.warc`, `.warc.gz`, `.wacz`): one story per page address, its captures in
  time order as versions (a run of identical captures is one version, as in `wirediff history`).

Manifest paths are relative to the manifest's folder; an http(s) address is fetched by the
worker that compares the story. Versions of a manifest story are ordered by time (then by their
order in the manifest). A web archive is read here, once, and each version carries its capture
to the worker. Imports the standard library, `core.errors` and `core.sources` (warcio only for
a web archive).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from wirediff.core.errors import InputError
from wirediff.core.sources.capture import Capture, runs_of_one_digest

VERSIONS_FILE = "versions.csv"
WEB_ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wacz")


class BatchInputError(InputError):
    """The batch input (folder or manifest) cannot be read as a list of stories."""


@dataclass(frozen=True, slots=True)
class StoryVersion:
    """One version of a story: where it is (a file or an address) and, when known, when it was
    published; a version from a web archive also carries its `capture`."""

    path: str
    time: str = ""
    capture: Capture | None = None


@dataclass(frozen=True, slots=True)
class Story:
    story_id: str
    versions: tuple[StoryVersion, ...]


def find_stories(source: Path) -> list[Story]:
    """The stories of a batch input, in a stable order (by story id).

    >>> find_stories(Path("no-such-input"))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    BatchInputError: no-such-input: no such file or folder
    """
    if source.is_dir():
        return _stories_of_folder(source)
    if not source.exists():
        raise BatchInputError(f"{source}: no such file or folder")
    suffix = source.suffix.lower()
    if source.name.lower().endswith(WEB_ARCHIVE_SUFFIXES):
        return _stories_of_web_archive(source)
    if suffix == ".csv":
        return _stories_of_manifest(source, _csv_rows(source))
    if suffix in {".jsonl", ".ndjson"}:
        return _stories_of_manifest(source, _jsonl_rows(source))
    raise BatchInputError(
        f"{source}: not a batch input "
        "(give a folder of story folders, a .csv or .jsonl manifest, or a .warc file)"
    )


def _stories_of_folder(folder: Path) -> list[Story]:
    stories = []
    for story_folder in sorted(path for path in folder.iterdir() if path.is_dir()):
        listing = story_folder / VERSIONS_FILE
        if listing.is_file():
            versions = _ordered(_versions_of(story_folder, _csv_rows(listing), listing))
        else:
            versions = [
                StoryVersion(str(path))
                for path in sorted(story_folder.iterdir())
                if path.is_file() and not path.name.startswith(".")
            ]
        stories.append(Story(story_folder.name, tuple(versions)))
    if not stories:
        raise BatchInputError(f"{folder}: holds no story folders (one folder per story)")
    return stories


def _stories_of_web_archive(archive: Path) -> list[Story]:
    """One story per page address of a web archive, its distinct captures oldest first."""
    # Imported here: warcio is loaded only for a web archive.
    from wirediff.core.sources.warc import read_web_archive

    reading = read_web_archive(archive)
    stories = []
    for url in sorted(reading.urls()):
        versions = [
            StoryVersion(url, run[0].captured_at.isoformat(), run[0])
            for run in runs_of_one_digest(reading.captures_of(url))
        ]
        stories.append(Story(url, tuple(versions)))
    if not stories:
        raise BatchInputError(f"{archive}: holds no web pages")
    return stories


def _stories_of_manifest(manifest: Path, rows: Iterable[Mapping[str, str]]) -> list[Story]:
    by_story: dict[str, list[Mapping[str, str]]] = {}
    for number, row in enumerate(rows, start=2):
        story_id = str(row.get("story_id") or "").strip()
        if not story_id:
            raise BatchInputError(f"{manifest}: entry {number} has no story_id")
        by_story.setdefault(story_id, []).append(row)
    if not by_story:
        raise BatchInputError(f"{manifest}: lists no versions")
    return [
        Story(story_id, tuple(_ordered(_versions_of(manifest.parent, entries, manifest))))
        for story_id, entries in sorted(by_story.items())
    ]


def _versions_of(
    base: Path, rows: Iterable[Mapping[str, str]], listing: Path
) -> list[StoryVersion]:
    versions = []
    for row in rows:
        location = str(row.get("path") or row.get("url") or "").strip()
        if not location:
            raise BatchInputError(f"{listing}: an entry has no path")
        path = location if "://" in location else str(base / location)
        versions.append(StoryVersion(path, str(row.get("time") or "").strip()))
    return versions


def _ordered(versions: list[StoryVersion]) -> list[StoryVersion]:
    # sorted() is stable: versions without times, or with equal times, keep the listed order.
    return sorted(versions, key=lambda version: version.time)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            reader = csv.DictReader(stream)
            rows = list(reader)
            fields = set(reader.fieldnames or ())
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise BatchInputError(f"{path}: cannot read the CSV ({error})") from None
    if not fields & {"path", "url"}:
        raise BatchInputError(f"{path}: needs a 'path' column")
    return rows


def _jsonl_rows(path: Path) -> list[dict[str, str]]:
    rows = []
    try:
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError:
                    raise BatchInputError(f"{path}: line {number} is not JSON") from None
                if not isinstance(value, dict):
                    raise BatchInputError(f"{path}: line {number} is not a JSON object")
                rows.append({key: str(item) for key, item in value.items()})
    except (OSError, UnicodeDecodeError) as error:
        raise BatchInputError(f"{path}: cannot read the manifest ({error})") from None
    return rows
