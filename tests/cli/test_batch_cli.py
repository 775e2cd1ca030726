"""Pins `wirediff batch` as a user runs it: results, errors recorded per story, Parquet, a run
killed midway then resumed with no story lost and none written twice, results that never
overwrite an input and are written atomically, and versions that are web addresses (served
on 127.0.0.1) or the captures of a web archive (one story per page)."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from tests.core.batch_stories import write_collection
from tests.warc_files import Response, write_warc
from tests.web_server import Answer, page

EXIT_PARTIAL = 1


def records(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_batch_writes_a_record_per_pair_and_an_error_per_broken_story(run_wirediff, tmp_path):
    collection = write_collection(tmp_path / "c", 4)
    broken = collection / "story-zz"
    broken.mkdir()
    (broken / "v0.txt").write_text("Text.\n", encoding="utf-8")
    (broken / "v1.txt").write_bytes(b"\x00" * 100)
    result = run_wirediff("batch", collection, "--out", tmp_path / "r.jsonl", "--workers", "1")
    assert result.returncode == EXIT_PARTIAL, result.stderr
    assert "5 stories compared" in result.stderr
    assert "1 failed" in result.stderr
    lines = records(tmp_path / "r.jsonl")
    errors = [line for line in lines if "error" in line]
    assert [line["story_id"] for line in errors] == ["story-zz"]
    assert "binary" in errors[0]["error"]
    by_story = {line["story_id"] for line in lines}
    assert by_story == {"story-00000", "story-00001", "story-00002", "story-00003", "story-zz"}
    for line in lines:
        if "error" not in line:
            assert set(line["summary"]) >= {"sentences_added", "sentences_removed"}
            assert line["right"]["index"] == line["left"]["index"] + 1


def test_parquet_results_hold_the_same_records(run_wirediff, tmp_path):
    collection = write_collection(tmp_path / "c", 3)
    result = run_wirediff("batch", collection, "--out", tmp_path / "r.parquet", "--workers", "1")
    assert result.returncode == 0, result.stderr
    table = pq.read_table(tmp_path / "r.parquet").to_pylist()
    log = records(tmp_path / "r.jsonl")
    assert len(table) == len(log)
    assert [(row["story_id"], row["pair"]) for row in table] == [
        (line["story_id"], line["pair"]) for line in log
    ]
    assert [row["sentences_added"] for row in table] == [
        line["summary"]["sentences_added"] for line in log
    ]


def test_bad_input_is_one_line(run_wirediff, tmp_path):
    result = run_wirediff("batch", tmp_path / "nothing", "--out", tmp_path / "r.jsonl")
    assert result.returncode == 2
    assert result.stderr == f"wirediff: {tmp_path / 'nothing'}: no such file or folder\n"


def test_a_killed_run_resumes_without_losing_or_repeating_a_story(run_wirediff, tmp_path):
    collection = write_collection(tmp_path / "c", 60, paragraphs=30)
    log = tmp_path / "r.jsonl"
    command = Path(sys.executable).parent / "wirediff"
    process = subprocess.Popen(
        [str(command), "batch", str(collection), "--out", str(log), "--workers", "1"],
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if log.exists() and log.read_text().count("\n") >= 20:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = {line["story_id"] for line in records_lenient(log)}
    assert 0 < len(partial) < 60
    resumed = run_wirediff("batch", collection, "--out", log, "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "already done" in resumed.stderr
    after = records(log)
    keys = [(line["story_id"], line["pair"]) for line in after]
    assert len(keys) == len(set(keys)), "a record was written twice"
    fresh = run_wirediff("batch", collection, "--out", tmp_path / "fresh.jsonl", "--workers", "2")
    assert fresh.returncode == 0, fresh.stderr
    assert sorted(map(json.dumps, after)) == sorted(
        map(json.dumps, records(tmp_path / "fresh.jsonl"))
    )


def records_lenient(log: Path) -> list[dict]:
    """The complete lines of a log a kill may have cut mid-line."""
    found = []
    for line in log.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):
            found.append(json.loads(line))
    return found


def test_repair_on_two_processes_writes_what_one_process_writes(run_wirediff, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes("café au lait\n".encode().decode("latin-1").encode())
    (folder / "b.txt").write_bytes(b"plain text\r\n")
    (folder / "c.bin").write_bytes(b"\x00\x01\x02\x00")
    for number in range(8):
        (folder / f"d{number}.txt").write_text(f"Version {number}: “quoted”.\n", encoding="cp1252")
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        result = run_wirediff(
            "repair",
            folder,
            "--out",
            out,
            "--report",
            tmp_path / f"r{workers}.json",
            "--workers",
            workers,
        )
        assert result.returncode == EXIT_PARTIAL, result.stderr
        assert result.stderr.count("\n") == 1
        assert "c.bin" in result.stderr
        report = json.loads((tmp_path / f"r{workers}.json").read_text(encoding="utf-8"))
        files = {path.name: path.read_bytes() for path in sorted(out.iterdir())}
        outputs[workers] = (files, [entry["fixes"] for entry in report["files"]], result.stdout)
    assert outputs["1"][0]["a.txt"] == "café au lait\n".encode()
    assert outputs["1"][0] == outputs["2"][0]
    assert outputs["1"][1] == outputs["2"][1]
    assert outputs["1"][2].replace("out1", "out2") == outputs["2"][2]


def test_results_never_overwrite_the_manifest_or_a_version(run_wirediff, tmp_path):
    collection = write_collection(tmp_path / "c", 2)
    story = collection / "story-x"
    story.mkdir()
    for name in ("a.jsonl", "b.jsonl"):  # versions are any files, whatever their names
        (story / name).write_text(f"Version {name}.\n", encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    versions = sorted(path for path in collection.glob("*/*") if path.is_file())
    manifest.write_text(
        "".join(json.dumps({"story_id": "s", "path": str(path)}) + "\n" for path in versions),
        encoding="utf-8",
    )
    before = {path: path.read_bytes() for path in [manifest, *versions]}
    refused = "is an input file; refusing to overwrite it\n"
    for source, out, named in [
        (manifest, manifest, manifest),
        (manifest, versions[0], versions[0]),
        (collection, story / "a.parquet", story / "a.jsonl"),  # the Parquet copy's log
    ]:
        result = run_wirediff("batch", source, "--out", out)
        assert (result.returncode, result.stderr) == (2, f"wirediff: {named} {refused}")
    assert {path: path.read_bytes() for path in before} == before
    assert not (story / "a.parquet").exists()


def _limited_batch(*arguments: str | Path, max_bytes: int) -> subprocess.CompletedProcess[str]:
    """Run batch where no file may grow past `max_bytes`, as on a nearly full disk."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    command = Path(sys.executable).parent / "wirediff"
    return subprocess.run(
        [str(command), "batch", *map(str, arguments), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=limit,
    )


def test_a_failed_parquet_write_keeps_the_previous_copy(tmp_path):
    collection = write_collection(tmp_path / "c", 3)
    out = tmp_path / "r.parquet"
    out.write_bytes(b"previous copy")
    result = _limited_batch(collection, "--out", out, max_bytes=1 << 20)
    assert result.returncode == 0, result.stderr
    log_bytes, parquet_size = (tmp_path / "r.jsonl").stat().st_size, out.stat().st_size
    assert log_bytes < parquet_size  # so a limit between the two fails the Parquet copy only
    out.write_bytes(b"previous copy")
    result = _limited_batch(collection, "--out", out, max_bytes=(log_bytes + parquet_size) // 2)
    last_line = result.stderr.splitlines()[-1]  # after the progress lines
    assert (result.returncode, last_line) == (2, f"wirediff: cannot write {out}: File too large")
    assert out.read_bytes() == b"previous copy"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["c", "r.jsonl", "r.parquet"]


def test_a_failed_resume_rewrite_keeps_the_previous_log(tmp_path):
    collection = write_collection(tmp_path / "c", 2)
    log = tmp_path / "r.jsonl"
    kept = json.dumps({"story_id": "story-00000", "pair": None, "pairs": 0, "error": "x"})
    log.write_text(kept + "\n" + "x" * 2000 + "\n", encoding="utf-8")  # a torn line to drop
    previous = log.read_bytes()
    result = _limited_batch(collection, "--out", log, "--resume", max_bytes=len(kept) // 2)
    assert (result.returncode, result.stderr) == (
        2,
        f"wirediff: cannot write {log}: File too large\n",
    )
    assert log.read_bytes() == previous
    assert [path.name for path in tmp_path.iterdir() if path.is_file()] == ["r.jsonl"]


def test_a_file_name_that_is_not_utf8_is_spelled_in_the_results(run_wirediff, tmp_path):
    story = tmp_path / "c" / "story"
    story.mkdir(parents=True)
    (story / "1.txt").write_text("The council met.\n", encoding="utf-8")
    (story / os.fsdecode(b"2-caf\xe9.txt")).write_text("The council met today.\n", encoding="utf-8")
    result = run_wirediff("batch", tmp_path / "c", "--out", tmp_path / "r.jsonl", "--workers", "1")
    assert result.returncode == 0, result.stderr
    (line,) = records(tmp_path / "r.jsonl")
    assert line["right"]["path"] == str(story / "2-caf\\xe9.txt")


def test_manifest_rows_may_be_web_addresses(run_wirediff, web_server, tmp_path):
    first = web_server.serve("/a1", Answer(body=page("Kyiv said yes.")))
    second = web_server.serve("/a2", Answer(body=page("Kyiv said yes.", "Moscow said no.")))
    gone = web_server.serve("/gone", Answer(status=404, body=b"no"))
    (tmp_path / "v0.txt").write_text("Kyiv said yes.\n", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "story_id,time,path\n"
        f"web,2024-06-03,{first}\nweb,2024-06-04,{second}\n"
        f"mixed,1,v0.txt\nmixed,2,{second}\n"
        f"broken,1,{first}\nbroken,2,{gone}\n",
        encoding="utf-8",
    )
    result = run_wirediff("batch", manifest, "--out", tmp_path / "r.jsonl", "--workers", "2")
    assert result.returncode == EXIT_PARTIAL, result.stderr
    by_story = {line["story_id"]: line for line in records(tmp_path / "r.jsonl")}
    assert sorted(by_story) == ["broken", "mixed", "web"]
    web = by_story["web"]
    assert (web["left"]["path"], web["right"]["path"]) == (first, second)
    assert (web["left"]["time"], web["right"]["time"]) == ("2024-06-03", "2024-06-04")
    assert (web["summary"]["paragraphs_added"], web["summary"]["sentences_added"]) == (1, 1)
    mixed = by_story["mixed"]
    assert (mixed["left"]["path"], mixed["right"]["path"]) == (str(tmp_path / "v0.txt"), second)
    assert mixed["summary"]["sentences_added"] == 1
    assert "404" in by_story["broken"]["error"]


def test_a_web_archive_is_one_story_per_page(run_wirediff, tmp_path):
    a, b = "https://news.example/a", "https://news.example/b"
    crawl = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            Response(a, "2024-06-03T09:00:00Z", page("Kyiv said yes.")),
            Response(b, "2024-06-03T10:00:00Z", page("Another story.")),
            Response(a, "2024-06-03T12:00:00Z", page("Kyiv said yes.")),  # unchanged: folded
            Response(a, "2024-06-04T09:00:00Z", page("Kyiv said yes.", "Moscow said no.")),
        ],
    )
    result = run_wirediff("batch", crawl, "--out", tmp_path / "r.jsonl", "--workers", "1")
    assert result.returncode == 0, result.stderr
    lines = records(tmp_path / "r.jsonl")
    assert [(line["story_id"], line["pair"], line["pairs"]) for line in lines] == [
        (a, 0, 1),
        (b, None, 0),
    ]
    (pair,) = [line for line in lines if line["story_id"] == a]
    assert (pair["left"]["path"], pair["right"]["path"]) == (a, a)
    assert (pair["left"]["time"], pair["right"]["time"]) == (
        "2024-06-03T09:00:00+00:00",
        "2024-06-04T09:00:00+00:00",
    )
    assert pair["summary"]["sentences_added"] == 1
    assert result.stderr.splitlines()[-1].startswith("2 stories compared (1 pairs), 0 failed")
