"""Exact records of `wirediff batch` (`core.batch.job`, `core.batch.results`): one story's pair
record written out whole, its error record, versions read from a web archive or fetched from a
server on 127.0.0.1, and the JSON Lines log read back line by line.

A renamed key, a lost story id, a strict option not passed on or a record dropped from the log
fails here before a reader of the results notices.
"""

from __future__ import annotations

from pathlib import Path

from tests.warc_files import Response, write_warc
from tests.web_server import Answer, page
from wirediff.core.batch.job import BatchOptions, process_story
from wirediff.core.batch.results import ResultLog, read_records, record_line
from wirediff.core.batch.stories import Story, StoryVersion, find_stories

QUIET = {
    "paragraphs_added": 0,
    "paragraphs_merged": 0,
    "paragraphs_moved": 0,
    "paragraphs_removed": 0,
    "paragraphs_split": 0,
}


def summary(*, added: int = 0, changed: int = 0, minor: int = 0, removed: int = 0) -> dict:
    story = {
        **QUIET,
        "sentences_added": added,
        "sentences_changed": changed,
        "sentences_minor": minor,
        "sentences_removed": removed,
    }
    return {"furniture_left": 0, "furniture_right": 0, **story, "story": story}


def two_versions(tmp_path: Path) -> Story:
    first = tmp_path / "v0.txt"
    first.write_text('Kyiv said yes. "We will win," he said.\n', encoding="utf-8")
    second = tmp_path / "v1.txt"
    # Restyled quotes, one new sentence, and one apostrophe misread as Windows-1252.
    second.write_text(
        "Kyiv said yes. \N{LEFT DOUBLE QUOTATION MARK}We will win,"
        "\N{RIGHT DOUBLE QUOTATION MARK} he said. Itâ€™s late.\n",
        encoding="utf-8",
    )
    return Story("s", (StoryVersion(str(first), "2024-06-03"), StoryVersion(str(second), "")))


def test_a_pair_record_holds_the_story_both_versions_and_the_summary(tmp_path: Path) -> None:
    story = two_versions(tmp_path)
    outcome = process_story(story, BatchOptions())
    assert outcome.story_id == "s"
    assert not outcome.failed
    assert outcome.records == (
        {
            "story_id": "s",
            "pair": 0,
            "pairs": 1,
            "left": {
                "index": 0,
                "path": str(tmp_path / "v0.txt"),
                "time": "2024-06-03",
                "encoding": "utf-8",
                "repairs": 0,
            },
            "right": {
                "index": 1,
                "path": str(tmp_path / "v1.txt"),
                "time": "",
                "encoding": "utf-8",
                "repairs": 1,
            },
            "summary": summary(added=1, minor=1),
        },
    )


def test_strict_counts_restyled_sentences_as_changed(tmp_path: Path) -> None:
    records = process_story(two_versions(tmp_path), BatchOptions(strict=True)).records
    assert records[0]["summary"] == summary(added=1, changed=1)


def test_an_unreadable_version_gives_one_error_record_of_its_story(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Some text.\n", encoding="utf-8")
    story = Story("lost", (StoryVersion(str(good)), StoryVersion(str(tmp_path / "b.txt"))))
    outcome = process_story(story, BatchOptions())
    assert outcome.story_id == "lost"
    assert outcome.failed
    assert outcome.records == (
        {
            "story_id": "lost",
            "pair": None,
            "pairs": 0,
            "error": f"{tmp_path / 'b.txt'}: no such file",
        },
    )


def test_a_one_version_story_keeps_its_id(tmp_path: Path) -> None:
    only = tmp_path / "a.txt"
    only.write_text("Some text.\n", encoding="utf-8")
    outcome = process_story(Story("alone", (StoryVersion(str(only)),)), BatchOptions())
    assert outcome.story_id == "alone"


def test_a_web_archive_story_is_compared_from_its_captures(tmp_path: Path) -> None:
    url = "https://news.example/a"
    archive = write_warc(
        tmp_path / "crawl.warc",
        [
            Response(url, "2024-06-03T09:00:00Z", page("Kyiv said yes.")),
            Response(url, "2024-06-04T09:00:00Z", page("Kyiv said yes.", "Moscow said no.")),
        ],
    )
    (story,) = find_stories(archive)
    (record,) = process_story(story, BatchOptions()).records
    assert (record["left"]["path"], record["left"]["time"]) == (url, "2024-06-03T09:00:00+00:00")
    assert (record["right"]["path"], record["right"]["time"]) == (url, "2024-06-04T09:00:00+00:00")
    assert record["summary"]["sentences_added"] == 1
    assert record["summary"]["paragraphs_added"] == 1


def test_a_version_given_by_address_is_fetched(tmp_path: Path, web_server) -> None:
    first = tmp_path / "a.txt"
    first.write_text("Kyiv said yes.\n", encoding="utf-8")
    url = web_server.serve("/story", Answer(body=page("Kyiv said yes.", "Moscow said no.")))
    story = Story("web", (StoryVersion(str(first)), StoryVersion(url)))
    (record,) = process_story(story, BatchOptions()).records
    assert web_server.hits("/story") == 1
    assert record["right"]["path"] == url
    assert record["summary"]["sentences_added"] == 1


def test_records_are_written_as_ascii_json_lines() -> None:
    assert record_line({"story_id": "café", "pairs": 0}) == (
        '{"story_id": "caf\\u00e9", "pairs": 0}\n'
    )


def test_the_log_appends_whole_stories_and_reads_them_back(tmp_path: Path) -> None:
    log = tmp_path / "runs" / "today" / "results.jsonl"
    with ResultLog.open(log, resume=False) as results:
        assert results.path == log
        results.append(
            [{"story_id": "a", "pair": 0, "pairs": 2}, {"story_id": "a", "pair": 1, "pairs": 2}]
        )
        results.append([{"story_id": "b", "pair": None, "pairs": 0, "error": "gone"}])
    assert log.read_text(encoding="utf-8") == (
        '{"story_id": "a", "pair": 0, "pairs": 2}\n'
        '{"story_id": "a", "pair": 1, "pairs": 2}\n'
        '{"story_id": "b", "pair": null, "pairs": 0, "error": "gone"}\n'
    )


def test_the_log_is_written_with_the_callers_line_writer(tmp_path: Path) -> None:
    log = tmp_path / "results.jsonl"
    with ResultLog.open(
        log, resume=False, line=lambda record: f"{record['story_id']}!\n"
    ) as results:
        results.append([{"story_id": "a", "pairs": 0}])
    assert log.read_text(encoding="utf-8") == "a!\n"


def test_reading_skips_blank_and_foreign_lines_but_not_what_follows(tmp_path: Path) -> None:
    log = tmp_path / "results.jsonl"
    log.write_text(
        '{"story_id": "a", "pairs": 0}\n'
        "\n"
        '["not", "a", "record"]\n'
        '{"note": "no story id"}\n'
        '{"story_id": 7, "pairs": 0}\n'
        '{"story_id": "b", "pairs": 0}\n',
        encoding="utf-8",
    )
    assert read_records(log) == [{"story_id": "a", "pairs": 0}, {"story_id": "b", "pairs": 0}]


def test_resuming_a_log_with_a_bad_byte_keeps_its_finished_stories(tmp_path: Path) -> None:
    log = tmp_path / "results.jsonl"
    log.write_bytes(b'{"story_id": "a", "pairs": 0}\n{"story_id": "b\xff", "pa')
    with ResultLog.open(log, resume=True) as results:
        assert results.done == {"a"}
    assert log.read_text(encoding="utf-8") == '{"story_id": "a", "pairs": 0}\n'
