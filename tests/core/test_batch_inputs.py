"""Exact stories of the batch inputs (`core.batch.stories`) that other tests leave out: a web
archive (one story per page, identical captures as one version), a manifest saved with a byte
order mark or listing addresses, an `.ndjson` manifest, and every message for a bad input in
full.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.warc_files import Response, write_warc
from tests.web_server import page
from wirediff.core.batch.stories import BatchInputError, Story, StoryVersion, find_stories

A = "https://news.example/a"
B = "https://news.example/b"


def test_a_web_archive_gives_one_story_per_page_with_its_distinct_captures(tmp_path: Path) -> None:
    first = Response(A, "2024-06-03T09:00:00Z", page("Kyiv said yes."))
    same = Response(A, "2024-06-03T12:00:00Z", page("Kyiv said yes."))
    later = Response(A, "2024-06-04T09:00:00Z", page("Kyiv said yes.", "Moscow said no."))
    other = Response(B, "2024-06-03T10:00:00Z", page("Another story."))
    archive = write_warc(tmp_path / "CRAWL.WARC", [first, other, same, later])
    stories = find_stories(archive)
    assert [(story.story_id, [(v.path, v.time) for v in story.versions]) for story in stories] == [
        (A, [(A, "2024-06-03T09:00:00+00:00"), (A, "2024-06-04T09:00:00+00:00")]),
        (B, [(B, "2024-06-03T10:00:00+00:00")]),
    ]
    captures = [version.capture for story in stories for version in story.versions]
    assert [(c.url, c.body) for c in captures if c is not None] == [
        (A, first.payload),
        (A, later.payload),
        (B, other.payload),
    ]


def test_a_web_archive_without_pages_is_refused(tmp_path: Path) -> None:
    image = Response(A, "2024-06-03T09:00:00Z", b"\x89PNG", content_type="image/png")
    archive = write_warc(tmp_path / "crawl.warc.gz", [image])
    with pytest.raises(BatchInputError) as caught:
        find_stories(archive)
    assert str(caught.value) == f"{archive}: holds no web pages"


def test_a_csv_manifest_saved_with_a_byte_order_mark_lists_addresses(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(
        'story_id,url\r\ns,https://news.example/a?v=1\r\ns,"https://news.example/a?v=2"\r\n'.encode(
            "utf-8-sig"
        )
    )
    assert find_stories(manifest) == [
        Story(
            "s",
            (
                StoryVersion("https://news.example/a?v=1", ""),
                StoryVersion("https://news.example/a?v=2", ""),
            ),
        )
    ]


def test_an_ndjson_manifest_is_a_json_lines_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "m.ndjson"
    manifest.write_text('{"story_id": "s", "path": "v1.txt"}\n', encoding="utf-8")
    assert find_stories(manifest) == [Story("s", (StoryVersion(str(tmp_path / "v1.txt"), ""),))]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", b"story_id,path\n", "{path}: lists no versions"),
        ("m.csv", b"story_id,path\ns,\n", "{path}: an entry has no path"),
        ("m.jsonl", b'{"story_id": "s", "path": " "}\n', "{path}: an entry has no path"),
        (
            "m.csv",
            b"story_id,path\ns,caf\xe9.txt\n",
            "{path}: cannot read the CSV ('utf-8' codec can't decode byte 0xe9 in position 19:"
            " invalid continuation byte)",
        ),
        (
            "m.jsonl",
            b'{"story_id": "caf\xe9"}\n',
            "{path}: cannot read the manifest ('utf-8' codec can't decode byte 0xe9 in position"
            " 17: invalid continuation byte)",
        ),
        (
            "m.txt",
            b"hello",
            "{path}: not a batch input (give a folder of story folders, a .csv or .jsonl"
            " manifest, or a .warc file)",
        ),
    ],
)
def test_a_bad_manifest_is_refused_with_its_whole_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BatchInputError) as caught:
        find_stories(path)
    assert str(caught.value) == message.format(path=path)


def test_a_story_folders_listing_without_a_path_is_named(tmp_path: Path) -> None:
    listing = tmp_path / "story" / "versions.csv"
    listing.parent.mkdir()
    listing.write_text("time,path\n1,\n", encoding="utf-8")
    with pytest.raises(BatchInputError) as caught:
        find_stories(tmp_path)
    assert str(caught.value) == f"{listing}: an entry has no path"


def test_a_missing_input_is_named(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError) as caught:
        find_stories(tmp_path / "nowhere.csv")
    assert str(caught.value) == f"{tmp_path / 'nowhere.csv'}: no such file or folder"
