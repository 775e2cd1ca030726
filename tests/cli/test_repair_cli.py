"""Pins `wirediff repair`: seed header repaired, clean files byte-identical, inputs untouched."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest


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


def test_write_error_does_not_stop_the_others(run_wirediff, seeds, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(seeds["000"].read_bytes())
    second.write_bytes(seeds["001"].read_bytes())
    out, report = tmp_path / "out", tmp_path / "report.json"
    (out / "a.txt").mkdir(parents=True)  # the first output cannot be written
    result = run_wirediff("repair", first, second, "--out", out, "--report", report)
    assert result.returncode == 1
    assert result.stderr == (
        f"wirediff: {first}: not written, cannot write {out / 'a.txt'}: it is a folder\n"
    )
    assert (out / "b.txt").read_bytes() == seeds["001"].read_bytes()
    assert [e["path"] for e in json.loads(report.read_text())["files"]] == [str(second)]


def test_every_change_is_reported(run_wirediff, tmp_path):
    source = tmp_path / "a.txt"
    source.write_bytes(b"\xef\xbb\xbfcaf\xc3\x83\xc2\xa9 au lait\r\nsecond line\r\n")
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_wirediff("repair", source, "--out", out, "--report", report)
    assert result.returncode == 0, result.stderr
    assert (out / "a.txt").read_bytes() == "café au lait\nsecond line\n".encode()
    changes = ["1 mojibake repair", "UTF-8 byte-order mark removed", "CRLF line ends made LF"]
    assert result.stdout == f"{source} → {out / 'a.txt'}: {', '.join(changes)}\n"
    (entry,) = json.loads(report.read_text())["files"]
    assert entry["changes"] == changes
    assert entry["output"] == str(out / "a.txt")
    assert entry["overwritten"] is False


def test_overwrites_are_said_and_no_clobber_keeps_them(run_wirediff, seeds, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / seeds["000"].name).write_text("older copy", encoding="utf-8")
    kept = run_wirediff("repair", seeds["000"], "--out", out, "--no-clobber")
    assert kept.returncode == 1
    assert kept.stderr == (
        f"wirediff: {seeds['000']}: not written, {out / seeds['000'].name} exists\n"
    )
    assert (out / seeds["000"].name).read_text(encoding="utf-8") == "older copy"
    replaced = run_wirediff("repair", seeds["000"], "--out", out)
    assert replaced.returncode == 0
    assert replaced.stdout == (
        f"{seeds['000']} → {out / seeds['000'].name}: replaced the existing file\n"
    )
    assert (out / seeds["000"].name).read_bytes() == seeds["000"].read_bytes()


def test_fifos_and_loops_in_a_folder_are_named(run_wirediff, seeds, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(seeds["000"].read_bytes())
    os.mkfifo(folder / "b.pipe")
    (folder / "c.loop").symlink_to(folder / "c.loop")
    result = run_wirediff("repair", folder, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr == (
        f"wirediff: {folder / 'b.pipe'}: is a named pipe (FIFO), not a regular file\n"
        f"wirediff: {folder / 'c.loop'}: cannot read (Too many levels of symbolic links)\n"
    )
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_unreadable_folder_is_named(run_wirediff, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    try:
        result = run_wirediff("repair", folder, "--out", tmp_path / "out")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    assert result.stderr == f"wirediff: {folder}: cannot list the folder (Permission denied)\n"


def test_unlistable_folder_is_named_and_the_run_goes_on(monkeypatch, tmp_path, capsys):
    from wirediff.gui.cli import repair
    from wirediff.gui.cli.main import main

    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("Plain text.\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(repair.os, "scandir", scandir)
    assert main(["repair", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err == (
        f"wirediff: {locked}: cannot list the folder (Permission denied)\n"
    )
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "Plain text.\n"
