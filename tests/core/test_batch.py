"""Pins the batch engine: finding stories, one story's records, the resumable log, and the same
records from a serial run, a process pool and a Dask cluster."""

from __future__ import annotations

import json
import os
import signal
from functools import partial
from pathlib import Path

import pytest

from tests.core.batch_stories import write_collection
from wirediff.core.batch.executors import LOCAL_SCHEDULER, run_unordered
from wirediff.core.batch.job import Against, BatchOptions, process_story
from wirediff.core.batch.results import ResultLog, read_records
from wirediff.core.batch.stories import BatchInputError, Story, StoryVersion, find_stories


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_folder_stories_take_versions_in_name_order(tmp_path):
    write(tmp_path / "b-story" / "2.txt", "x")
    write(tmp_path / "b-story" / "1.txt", "x")
    write(tmp_path / "a-story" / "v1.txt", "x")
    write(tmp_path / "a-story" / ".hidden", "x")
    stories = find_stories(tmp_path)
    assert [story.story_id for story in stories] == ["a-story", "b-story"]
    assert [Path(v.path).name for v in stories[1].versions] == ["1.txt", "2.txt"]
    assert [Path(v.path).name for v in stories[0].versions] == ["v1.txt"]


def test_versions_csv_orders_a_story_by_time(tmp_path):
    folder = tmp_path / "story"
    write(folder / "late.txt", "x")
    write(folder / "early.txt", "x")
    write(
        folder / "versions.csv",
        "time,path\n2024-06-03T10:00,late.txt\n2024-06-01T08:00,early.txt\n",
    )
    (story,) = find_stories(tmp_path)
    assert story.versions == (
        StoryVersion(str(folder / "early.txt"), "2024-06-01T08:00"),
        StoryVersion(str(folder / "late.txt"), "2024-06-03T10:00"),
    )


def test_csv_and_jsonl_manifests_group_versions_by_story(tmp_path):
    csv_manifest = write(
        tmp_path / "m.csv",
        "story_id,time,path\ns2,2,b.txt\ns1,2,y.txt\ns1,1,x.txt\n",
    )
    jsonl_manifest = write(
        tmp_path / "m.jsonl",
        '{"story_id": "s2", "time": "2", "path": "b.txt"}\n\n'
        '{"story_id": "s1", "time": "2", "path": "y.txt"}\n'
        '{"story_id": "s1", "time": "1", "path": "x.txt"}\n',
    )
    expected = [
        Story(
            "s1",
            (
                StoryVersion(str(tmp_path / "x.txt"), "1"),
                StoryVersion(str(tmp_path / "y.txt"), "2"),
            ),
        ),
        Story("s2", (StoryVersion(str(tmp_path / "b.txt"), "2"),)),
    ]
    assert find_stories(csv_manifest) == expected
    assert find_stories(jsonl_manifest) == expected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", "story_id,time\ns,1\n", "m.csv: needs a 'path' column"),
        ("m.csv", "story_id,path\n,a.txt\n", "m.csv: entry 2 has no story_id"),
        ("m.jsonl", '{"story_id": "s", "path": "a"}\n{oops\n', "m.jsonl: line 2 is not JSON"),
        ("m.jsonl", "[1, 2]\n", "m.jsonl: line 1 is not a JSON object"),
        ("m.txt", "hello", "m.txt: not a batch input"),
    ],
)
def test_bad_manifests_say_what_is_wrong(tmp_path, name, content, message):
    with pytest.raises(BatchInputError) as caught:
        find_stories(write(tmp_path / name, content))
    assert message in str(caught.value)


def test_an_empty_folder_is_not_a_collection(tmp_path):
    with pytest.raises(BatchInputError, match="holds no story folders"):
        find_stories(tmp_path)


def three_versions(tmp_path: Path) -> Story:
    texts = [
        "Storm hits coast.\n\nThe storm reached the coast at dawn. Roads were closed.\n",
        "Storm hits coast.\n\nThe storm reached the coast at dawn. Roads were closed."
        " Schools will stay shut on Monday.\n",
        "Storm hits coast.\n\nThe storm reached the coast at dawn. Schools will stay shut on"
        " Monday.\n\nPower was back by noon.\n",
    ]
    paths = [write(tmp_path / "s" / f"v{i}.txt", text) for i, text in enumerate(texts)]
    return Story("s", tuple(StoryVersion(str(path), f"t{i}") for i, path in enumerate(paths)))


def test_a_story_gives_one_record_per_pair_with_the_contract_summary(tmp_path):
    story = three_versions(tmp_path)
    outcome = process_story(story, BatchOptions())
    assert not outcome.failed
    first, second = outcome.records
    assert (first["pair"], first["pairs"], second["pair"]) == (0, 2, 1)
    assert (first["left"]["index"], first["right"]["index"]) == (0, 1)
    assert (second["left"]["index"], second["right"]["index"]) == (1, 2)
    assert first["left"]["time"] == "t0"
    assert first["left"]["encoding"] == "utf-8"
    assert first["summary"]["sentences_added"] == 1
    assert first["summary"]["sentences_removed"] == 0
    assert second["summary"]["sentences_removed"] == 1
    assert second["summary"]["sentences_added"] == 1
    assert second["summary"]["paragraphs_added"] == 1
    assert "rows" not in first


def test_against_first_compares_every_version_with_the_first(tmp_path):
    story = three_versions(tmp_path)
    records = process_story(story, BatchOptions(Against.FIRST, rows=True)).records
    assert [(r["left"]["index"], r["right"]["index"]) for r in records] == [(0, 1), (0, 2)]
    assert records[1]["summary"]["sentences_removed"] == 1
    assert records[1]["summary"]["sentences_added"] == 2
    assert records[1]["rows"][0]["kind"] == "equal"


def test_a_story_with_a_binary_or_missing_version_is_one_error_record(tmp_path):
    good = write(tmp_path / "a.txt", "Some text.\n")
    binary = write(tmp_path / "b.bin", b"\x00\x01\x02" * 100)
    for bad in (binary, tmp_path / "missing.txt"):
        story = Story("s", (StoryVersion(str(good)), StoryVersion(str(bad))))
        outcome = process_story(story, BatchOptions())
        assert outcome.failed
        (record,) = outcome.records
        assert record["story_id"] == "s"
        assert record["pairs"] == 0
        assert str(bad) in record["error"]


def test_a_single_version_story_is_done_with_no_pairs(tmp_path):
    story = Story("s", (StoryVersion(str(write(tmp_path / "a.txt", "Text.\n"))),))
    assert process_story(story, BatchOptions()).records == (
        {"story_id": "s", "pair": None, "pairs": 0, "versions": 1},
    )


def test_resume_drops_an_unfinished_story_and_reports_finished_ones(tmp_path):
    log = tmp_path / "results.jsonl"
    lines = [
        {"story_id": "a", "pair": 0, "pairs": 2},
        {"story_id": "b", "pair": None, "pairs": 0, "error": "x"},
        {"story_id": "a", "pair": 1, "pairs": 2},
        {"story_id": "c", "pair": 0, "pairs": 2},
    ]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines) + '{"story_id": "d", "pa')
    with ResultLog.open(log, resume=True) as results:
        assert results.done == {"a", "b"}
        results.append([{"story_id": "c", "pair": 0, "pairs": 1}])
    assert [(r["story_id"], r["pair"]) for r in read_records(log)] == [
        ("a", 0),
        ("b", None),
        ("a", 1),
        ("c", 0),
    ]


def test_without_resume_an_old_log_is_started_over(tmp_path):
    log = tmp_path / "results.jsonl"
    log.write_text('{"story_id": "a", "pairs": 0}\n')
    with ResultLog.open(log, resume=False) as results:
        assert results.done == frozenset()
    assert log.read_text() == ""


def run_all(collection: Path, **where: object) -> list[str]:
    job = partial(process_story, options=BatchOptions())
    outcomes = run_unordered(job, find_stories(collection), **where)  # type: ignore[arg-type]
    return sorted(json.dumps(record) for outcome in outcomes for record in outcome.records)


def test_serial_process_pool_and_dask_give_identical_records(tmp_path):
    collection = write_collection(tmp_path / "c", 12)
    write(collection / "story-broken" / "v0.txt", "Text.\n")
    write(collection / "story-broken" / "v1.txt", b"\x00" * 64)
    serial = run_all(collection)
    assert len(serial) > 12
    assert any('"error"' in line for line in serial)
    assert run_all(collection, workers=2) == serial
    assert run_all(collection, workers=2, scheduler=LOCAL_SCHEDULER) == serial


def test_a_dask_worker_killed_midway_loses_no_story(tmp_path):
    from distributed import LocalCluster

    collection = write_collection(tmp_path / "c", 40, paragraphs=20)
    expected = run_all(collection)
    job = partial(process_story, options=BatchOptions())
    seen: list[str] = []
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        outcomes = run_unordered(job, find_stories(collection), workers=2, scheduler=address)
        for index, outcome in enumerate(outcomes):
            seen.extend(json.dumps(record) for record in outcome.records)
            if index == 3:
                nanny = next(iter(cluster.workers.values()))
                victim = nanny.process.pid
                # SIGKILL, as an out-of-memory killer would: the worker cannot say goodbye.
                os.kill(victim, signal.SIGKILL)
        survivors = {nanny.process.pid for nanny in cluster.workers.values() if nanny.process}
    assert victim not in survivors, "the worker was not killed"
    assert sorted(seen) == expected
