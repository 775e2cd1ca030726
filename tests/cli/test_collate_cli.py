"""Pins `wirediff collate`: the JSON contract, CSV and HTML files, the table, one-line errors.

Runs `python -m wirediff.gui.cli.main collate ...` as a subprocess, the way a user's shell would,
and checks exit status, stdout and the exact stderr line.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def collate(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wirediff.gui.cli.main", "collate", *map(str, arguments)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8"),
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def seed_paths() -> list[Path]:
    return sorted((REPO / "seeds").glob("*.txt"))


def test_json_on_stdout_holds_every_sentence(seed_paths: list[Path]) -> None:
    result = collate(*seed_paths, "--json", "-")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert [Path(d["path"]).name for d in data["documents"]] == [p.name for p in seed_paths]
    for document in data["documents"]:
        assert {"path", "encoding", "fixes", "paragraphs"} <= set(document)
    for index, document in enumerate(data["documents"]):
        seen = Counter(
            k for row in data["sentences"] for k in row["cells"][index].get("indices", [])
        )
        assert sorted(seen) == list(range(document["sentences"]))
        assert set(seen.values()) == {1}
    germany = [
        row
        for row in data["sentences"]
        if "Germany announced soon after" in (row["cells"][1]["text"] or "")
    ]
    assert len(germany) == 1
    assert [cell["kind"] for cell in germany[0]["cells"]] == [
        "absent",
        "equal",
        "absent",
        "absent",
        "absent",
    ]
    policy = next(
        row
        for row in data["sentences"]
        if "Our policy with respect" in (row["cells"][3]["text"] or "")
    )
    assert policy["cells"][4]["kind"] == "changed"
    ops = policy["cells"][4]["ops"]
    assert "".join(text for op, text in ops if op != "+") == policy["cells"][3]["text"]
    assert "".join(text for op, text in ops if op != "-") == policy["cells"][4]["text"]
    assert "furniture" not in germany[0]
    assert "furniture" not in policy


def test_json_marks_rows_of_page_furniture_and_keeps_them(seed_paths: list[Path]) -> None:
    data = json.loads(collate(*seed_paths, "--json", "-").stdout)
    marked = [row for row in data["sentences"] if row.get("furniture")]
    assert data["summary"]["furniture_rows"] == len(marked) == 38
    assert data["summary"]["rows"] == len(data["sentences"]) == 110
    for row in marked:
        for index, cell in enumerate(row["cells"]):
            if cell["kind"] != "absent":
                document = data["documents"][index]
                assert cell["paragraph"] in document["furniture"]
                assert document["furniture_reasons"][str(cell["paragraph"])]
    headlines = next(
        row
        for row in data["sentences"]
        if any("CTVNews.ca Top Stories" in (cell["text"] or "") for cell in row["cells"])
    )
    assert headlines.get("furniture") is True


def test_table_without_exports(seed_paths: list[Path]) -> None:
    result = collate(*seed_paths)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Versions:")
    assert "unique to one version" in result.stdout
    assert "Germany announced soon after" in result.stdout
    assert "Page furniture: 38 rows not shown" in result.stdout
    assert "CTVNews.ca Top Stories" not in result.stdout


def test_table_shows_page_furniture_when_asked(seed_paths: list[Path]) -> None:
    result = collate(*seed_paths, "--furniture", "show")
    assert result.returncode == 0, result.stderr
    assert "CTVNews.ca Top Stories" in result.stdout
    assert "Page furniture" not in result.stdout
    assert "Germany announced soon after" in result.stdout


def test_csv_and_html_files(seed_paths: list[Path], tmp_path: Path) -> None:
    csv_path, html_path, json_path = tmp_path / "m.csv", tmp_path / "m.html", tmp_path / "m.json"
    result = collate(*seed_paths, "--csv", csv_path, "--html", html_path, "--json", json_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    data = json.loads(json_path.read_text(encoding="utf-8"))
    story_rows = [row for row in data["sentences"] if not row.get("furniture")]
    assert len(story_rows) == len(data["sentences"]) - 38
    assert len(rows) == 1 + len(story_rows)
    assert rows[0][:4] == [
        "row",
        "versions",
        f"{seed_paths[0].name}: kind",
        f"{seed_paths[0].name}: text",
    ]
    page = html_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "https://" not in page
    assert "http://" not in page
    assert page.count("<tr class=") == len(story_rows)


def test_only_unique_rows(seed_paths: list[Path]) -> None:
    result = collate(
        *seed_paths, "--csv", "-", "--only", "unique-to-one-version", "--furniture", "show"
    )
    assert result.returncode == 0, result.stderr
    body = list(csv.reader(io.StringIO(result.stdout)))[1:]
    assert body
    assert {line[1] for line in body} == {"1"}
    assert any("CTVNews.ca Top Stories" in cell for line in body for cell in line)
    story_only = collate(*seed_paths, "--csv", "-", "--only", "unique-to-one-version")
    story_body = list(csv.reader(io.StringIO(story_only.stdout)))[1:]
    assert {line[1] for line in story_body} == {"1"}
    # The same rows, less those of page furniture, numbered as before.
    assert story_body
    assert {tuple(line) for line in story_body} < {tuple(line) for line in body}
    assert not any("CTVNews.ca Top Stories" in cell for line in story_body for cell in line)


def test_missing_file_is_one_line(seed_paths: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = collate(seed_paths[0], missing, seed_paths[1])
    assert result.returncode == 2
    assert result.stderr == f"wirediff: {missing}: no such file\n"
    assert result.stdout == ""


def test_binary_file_is_refused(seed_paths: list[Path], tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = collate(seed_paths[0], binary)
    assert result.returncode == 2
    assert result.stderr.startswith("wirediff: ")
    assert result.stderr.count("\n") == 1
    assert "image.png" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_file_is_bad_usage(seed_paths: list[Path]) -> None:
    result = collate(seed_paths[0])
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("wirediff: ")
    assert "Traceback" not in result.stderr


def test_two_exports_to_stdout_are_refused(seed_paths: list[Path]) -> None:
    result = collate(*seed_paths[:2], "--json", "-", "--csv", "-")
    assert result.returncode == 2
    assert result.stderr == "wirediff: only one of --json, --csv can write to stdout\n"


def test_unwritable_output_is_one_line(seed_paths: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "m.html"
    result = collate(*seed_paths[:2], "--html", target)
    assert result.returncode == 2
    assert result.stderr == f"wirediff: cannot write {target}: No such file or directory\n"
