"""Pins `wirediff repair`: seed header repaired, clean files byte-identical, inputs untouched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def test_repairs_seed_folder(run_wirediff, seeds: dict[str, Path], tmp_path: Path) -> None:
    source = tmp_path / "seeds"
    shutil.copytree(next(iter(seeds.values())).parent, source)
    before = {p.name: p.read_bytes() for p in source.iterdir()}
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    result = run_wirediff("repair", source, "--out", out, "--report", report)
    assert result.returncode == 0, result.stderr
    assert {p.name: p.read_bytes() for p in source.iterdir()} == before
    for name, data in before.items():
        written = (out / name).read_bytes()
        if name.startswith("002"):
            assert written.decode("utf-8").splitlines()[0] == "麻豆传媒"
            assert written != data
        else:
            assert written == data, name
    entries = {Path(e["path"]).name: e for e in json.loads(report.read_text())["files"]}
    fixes = entries[next(n for n in before if n.startswith("002"))]["fixes"]
    assert fixes
    assert fixes[0]["before"] == "Â鶹´«Ã½"
    assert fixes[0]["after"] == "麻豆传媒"
    assert set(fixes[0]) == {"start", "end", "before", "after", "method"}


def test_unreadable_file_is_named_and_rest_written(run_wirediff, seeds, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_wirediff("repair", seeds["000"], tmp_path / "missing.txt", "--out", out)
    assert result.returncode == 1
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / seeds["000"].name).read_bytes() == seeds["000"].read_bytes()


def test_repair_without_out_is_usage_error(run_wirediff, seeds) -> None:
    result = run_wirediff("repair", seeds["000"])
    assert result.returncode == 2


def test_two_inputs_with_one_name_do_not_overwrite_each_other(run_wirediff, seeds, tmp_path):
    first, second = tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"
    for path, seed in ((first, "000"), (second, "002")):
        path.parent.mkdir()
        path.write_bytes(seeds[seed].read_bytes())
    out = tmp_path / "out"
    result = run_wirediff("repair", first, second, "--out", out)
    assert result.returncode == 1
    assert (
        result.stderr == f"wirediff: {second}: not written, {out / 'a.txt'} already holds {first}\n"
    )
    assert (out / "a.txt").read_bytes() == seeds["000"].read_bytes()


def test_report_never_overwrites_an_input(run_wirediff, seeds, tmp_path):
    source = tmp_path / "a.txt"
    source.write_bytes(seeds["000"].read_bytes())
    result = run_wirediff("repair", source, "--out", tmp_path / "out", "--report", source)
    assert result.returncode == 2
    assert source.read_bytes() == seeds["000"].read_bytes()
