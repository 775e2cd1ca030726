"""Pins `wirediff compare`: the JSON contract, the readable summary, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path


def test_json_contract_on_seeds(run_wirediff, seeds: dict[str, Path]) -> None:
    result = run_wirediff("compare", seeds["000"], seeds["001"], "--json", "-")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert set(document["left"]) >= {"path", "encoding", "fixes", "paragraphs"}
    added = [row for row in document["rows"] if row["kind"] == "added"]
    germany = [row for row in added if "Germany" in row["sentences"][0]["right"]]
    assert len(germany) == 1
    assert germany[0]["left"] == []
    assert document["summary"]["sentences_added"] == sum(
        s["kind"] == "added" for row in document["rows"] for s in row["sentences"]
    )
    assert document["summary"]["story"]["sentences_added"] == sum(
        s["kind"] == "added"
        for row in document["rows"]
        if not row.get("furniture")
        for s in row["sentences"]
    )
    for row in document["rows"]:
        for sentence in row["sentences"]:
            if sentence["kind"] in ("changed", "minor"):
                left = "".join(text for op, text in sentence["ops"] if op != "+")
                right = "".join(text for op, text in sentence["ops"] if op != "-")
                assert (left, right) == (sentence["left"], sentence["right"])


def test_furniture_in_json_and_summary(run_wirediff, seeds: dict[str, Path]) -> None:
    result = run_wirediff("compare", seeds["000"], seeds["001"], "--json", "-")
    document = json.loads(result.stdout)
    assert document["left"]["furniture"] == [0, 14, 16, 17, 18]
    assert document["left"]["furniture_reasons"] == {
        "0": "counter",
        "14": "rule",
        "16": "disclaimer",
        "17": "comment count",
        "18": "comment count",
    }
    assert document["right"]["furniture_reasons"] == {
        "1": "photo caption",
        "2": "photo caption",
        "3": "counter",
    }
    summary = document["summary"]
    assert (summary["furniture_left"], summary["furniture_right"]) == (5, 3)
    # The story gained its headline and the two-sentence Germany/Putin passage, nothing else.
    story = summary["story"]
    assert (story["paragraphs_added"], story["sentences_added"]) == (2, 3)
    assert (story["paragraphs_removed"], story["sentences_removed"]) == (0, 0)
    # The version-1 counts stay those of the rows listed, page furniture included.
    kinds = [s["kind"] for row in document["rows"] for s in row["sentences"]]
    for kind in ("added", "removed", "changed", "minor"):
        assert summary[f"sentences_{kind}"] == kinds.count(kind)
    assert summary["sentences_added"] > story["sentences_added"]
    flagged = [row for row in document["rows"] if row.get("furniture")]
    assert len(flagged) == 8
    assert all("furniture" not in row for row in document["rows"] if row not in flagged)

    text = run_wirediff("compare", seeds["000"], seeds["001"]).stdout.splitlines()
    assert text[2] == (
        "2 paragraphs added · 3 sentences added · 3 sentences reworded · 4 minor"
        " · 8 page parts hidden"
    )
    assert text[3] == (
        "Page parts hidden, not the story: counter, photo caption, rule, disclaimer,"
        " comment count (--furniture show lists them)"
    )


def test_furniture_show_counts_every_change(run_wirediff, seeds: dict[str, Path]) -> None:
    result = run_wirediff(
        "compare", seeds["001"], seeds["002"], "--furniture", "show", "--json", "-"
    )
    summary = json.loads(result.stdout)["summary"]
    assert (summary["paragraphs_added"], summary["sentences_added"]) == (22, 26)
    assert summary["story"] == {
        key: value for key, value in summary.items() if key in summary["story"]
    }
    assert (summary["furniture_left"], summary["furniture_right"]) == (3, 22)
    text = run_wirediff("compare", seeds["001"], seeds["002"], "--furniture", "show").stdout
    assert "page parts hidden" not in text.casefold()
    assert "[added] left ¶— → right ¶20" in text


def test_json_to_file_and_summary_on_stdout(run_wirediff, seeds, tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    result = run_wirediff("compare", seeds["000"], seeds["001"], "--json", out)
    assert result.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1
    assert "paragraphs added" in result.stdout
    assert "Germany announced" in result.stdout


def test_missing_file_is_one_line(run_wirediff, seeds, tmp_path: Path) -> None:
    result = run_wirediff("compare", seeds["000"], tmp_path / "nope.txt")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_file_is_refused(run_wirediff, seeds, tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = run_wirediff("compare", binary, seeds["000"])
    assert result.returncode == 2
    assert result.stderr.startswith("wirediff: ")
    assert "image.png" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_file_is_refused(run_wirediff, seeds, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_wirediff("compare", empty, seeds["000"])
    assert result.returncode == 2
    assert "empty.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_folder_is_refused(run_wirediff, seeds, tmp_path: Path) -> None:
    result = run_wirediff("compare", tmp_path, seeds["000"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2(run_wirediff) -> None:
    result = run_wirediff("compare", "only-one-file.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_outputs_never_overwrite_an_input(run_wirediff, seeds, tmp_path: Path) -> None:
    left = tmp_path / "left.txt"
    left.write_bytes(seeds["000"].read_bytes())
    for option in ("--json", "--html", "--png"):
        result = run_wirediff("compare", left, seeds["001"], option, left)
        assert result.returncode == 2
        assert result.stderr == f"wirediff: {left} is an input file; refusing to overwrite it\n"
    assert left.read_bytes() == seeds["000"].read_bytes()


def test_strict_summary_shows_what_was_restyled(run_wirediff, seeds, tmp_path: Path) -> None:
    straight = tmp_path / "straight.txt"
    straight.write_text(seeds["000"].read_text(encoding="utf-8").replace("’", "'"), "utf-8")
    result = run_wirediff("compare", seeds["000"], straight, "--strict")
    assert result.returncode == 0
    reworded = [line for line in result.stdout.splitlines() if line.startswith("  ~ ")]
    assert reworded
    assert all("[-’-]{+'+}" in line for line in reworded)
