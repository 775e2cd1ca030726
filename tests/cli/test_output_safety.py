"""Pins what the command never does to files: overwrite an input (split PNG parts included),
let two outputs overwrite each other, leave a truncated output after a failed write, hang on a
FIFO, replace a device or a pipe it was asked to write to (`--json /dev/null`), or crash on a
symlink loop or a file name that is not valid UTF-8 (spelled `\\xNN` in JSON, HTML, PNG and PDF).
"""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import _command

# A file name that is not valid UTF-8 ("café" in Latin-1), as Python holds it (PEP 383).
LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")


def _long_pair(seeds, folder: Path, names: tuple[str, str]) -> tuple[Path, Path]:
    """Two inputs long enough that their PNG is split into parts."""
    paths = []
    for name, seed in zip(names, ("000", "001"), strict=True):
        text = seeds[seed].read_text(encoding="utf-8")
        path = folder / name
        path.write_text("\n\n".join(f"Copy {n}.\n\n{text}" for n in range(40)), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def test_png_parts_never_overwrite_the_inputs(run_wirediff, seeds, tmp_path: Path) -> None:
    left, right = _long_pair(seeds, tmp_path, ("story-1.txt", "story-2.txt"))
    before = {path: path.read_bytes() for path in (left, right)}
    result = run_wirediff("compare", left, right, "--png", tmp_path / "story.txt")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"wirediff: {left} is an input file; refusing to overwrite it"
    )
    assert {path: path.read_bytes() for path in (left, right)} == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["story-1.txt", "story-2.txt"]


def _collisions(tmp_path: Path, seeds) -> list[tuple[list[str | Path], str]]:
    same = tmp_path / "same.out"
    source = tmp_path / "a.txt"
    source.write_bytes(seeds["000"].read_bytes())
    copy = tmp_path / "rr" / "a.txt"
    pair = [seeds["000"], seeds["001"]]
    return [
        (["compare", *pair, "--png", same, "--pdf", same], f"--pdf {same} and --png {same}"),
        (["compare", *pair, "--json", same, "--html", same], f"--html {same} and --json {same}"),
        (["collate", *pair, "--json", same, "--csv", same], f"--csv {same} and --json {same}"),
        (
            ["repair", source, "--out", tmp_path / "rr", "--report", copy],
            f"--report {copy} and the copy of {source} ({copy})",
        ),
    ]


@pytest.mark.parametrize("case", range(4))
def test_outputs_that_collide_are_refused(run_wirediff, seeds, tmp_path: Path, case) -> None:
    arguments, names = _collisions(tmp_path, seeds)[case]
    result = run_wirediff(*arguments)
    assert result.returncode == 2
    assert result.stderr == f"wirediff: {names} name the same file\n"
    assert not (tmp_path / "same.out").exists()
    assert not (tmp_path / "rr").exists()


def _limited(*arguments: str | Path, max_bytes: int) -> subprocess.CompletedProcess[str]:
    """Run wirediff where no file may grow past `max_bytes`, as on a nearly full disk."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return subprocess.run(
        [*_command(), *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=limit,
    )


@pytest.mark.parametrize(
    ("command", "option"), [("compare", "--json"), ("compare", "--html"), ("collate", "--csv")]
)
def test_failed_write_keeps_the_previous_output(seeds, tmp_path: Path, command, option) -> None:
    output = tmp_path / "out.txt"
    output.write_bytes(b"previous, valid output\n")
    result = _limited(command, seeds["000"], seeds["001"], option, output, max_bytes=1000)
    assert result.returncode == 2
    assert result.stderr == f"wirediff: cannot write {output}: File too large\n"
    assert output.read_bytes() == b"previous, valid output\n"
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]


def test_no_output_is_left_truncated(seeds, tmp_path: Path) -> None:
    output = tmp_path / "out.json"
    result = _limited("compare", seeds["000"], seeds["001"], "--json", output, max_bytes=1000)
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_an_output_replaced_keeps_its_mode_and_symlink(run_wirediff, seeds, tmp_path: Path):
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = run_wirediff("compare", seeds["000"], seeds["001"], "--json", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert target.stat().st_mode & 0o777 == 0o640


def _loop(tmp_path: Path) -> Path:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    return loop


@pytest.mark.parametrize("command", ["compare", "collate", "repair"])
def test_symlink_loop_as_input_is_one_line(run_wirediff, seeds, tmp_path: Path, command) -> None:
    loop = _loop(tmp_path)
    # An output too: checking outputs against inputs is where the loop gave a traceback.
    output = ["--out", tmp_path / "out"] if command == "repair" else ["--json", tmp_path / "o"]
    result = run_wirediff(command, loop, seeds["000"], *output)
    assert result.returncode == (1 if command == "repair" else 2)
    assert result.stderr == (f"wirediff: {loop}: cannot read (Too many levels of symbolic links)\n")


@pytest.mark.parametrize(
    ("command", "option"), [("compare", "--json"), ("collate", "--csv"), ("repair", "--report")]
)
def test_symlink_loop_as_output_is_one_line(run_wirediff, seeds, tmp_path, command, option):
    loop = _loop(tmp_path)
    pair = [seeds["000"], seeds["001"]]
    inputs = [seeds["000"], "--out", tmp_path / "out"] if command == "repair" else pair
    result = run_wirediff(command, *inputs, option, loop)
    assert result.returncode == 2
    assert result.stderr == f"wirediff: cannot write {loop}: Too many levels of symbolic links\n"


@pytest.mark.parametrize("command", ["compare", "collate", "repair"])
def test_fifo_is_refused_not_waited_on(seeds, tmp_path: Path, command) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    extra = ["--out", str(tmp_path / "out")] if command == "repair" else []
    result = subprocess.run(
        [*_command(), command, str(fifo), str(seeds["000"]), *extra],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == (1 if command == "repair" else 2)
    assert result.stderr == f"wirediff: {fifo}: is a named pipe (FIFO), not a regular file\n"


def test_a_pipe_as_output_is_written_through_not_replaced(seeds, tmp_path: Path) -> None:
    fifo = tmp_path / "result.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    # A daemon thread: if the pipe were replaced, its reader would wait forever.
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = subprocess.run(
        [*_command(), "compare", str(seeds["000"]), str(seeds["001"]), "--json", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["version"] == 1


def _latin1_named(seeds, tmp_path: Path) -> Path:
    path = tmp_path / LATIN1_NAME
    path.write_bytes(seeds["000"].read_bytes())
    return path


@pytest.mark.parametrize("to_stdout", [False, True])
def test_non_utf8_name_in_compare_json(run_wirediff, seeds, tmp_path: Path, to_stdout) -> None:
    left = _latin1_named(seeds, tmp_path)
    output = tmp_path / "out.json"
    result = run_wirediff("compare", left, seeds["001"], "--json", "-" if to_stdout else output)
    assert result.returncode == 0, result.stderr
    text = result.stdout if to_stdout else output.read_text(encoding="utf-8")
    assert json.loads(text)["left"]["path"] == str(tmp_path / "caf\\xe9.txt")


def test_non_utf8_name_in_html_collate_and_repair(run_wirediff, seeds, tmp_path: Path) -> None:
    left = _latin1_named(seeds, tmp_path)
    html, collated, report = tmp_path / "a.html", tmp_path / "c.json", tmp_path / "r.json"
    assert run_wirediff("compare", left, seeds["001"], "--html", html).returncode == 0
    assert "caf\\xe9.txt" in html.read_text(encoding="utf-8")
    assert run_wirediff("collate", left, seeds["001"], "--json", collated).returncode == 0
    versions = json.loads(collated.read_text(encoding="utf-8"))["documents"]
    assert versions[0]["name"] == "caf\\xe9.txt"
    result = run_wirediff("repair", left, "--out", tmp_path / "out", "--report", report)
    assert result.returncode == 0, result.stderr
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["path"] == str(tmp_path / "caf\\xe9.txt")
    assert (tmp_path / "out" / LATIN1_NAME).read_bytes() == seeds["000"].read_bytes()


def test_non_utf8_names_in_png_and_pdf(run_wirediff, seeds, tmp_path: Path) -> None:
    left = _latin1_named(seeds, tmp_path)
    png, pdf = tmp_path / os.fsdecode(b"r\xe9s.png"), tmp_path / os.fsdecode(b"r\xe9s.pdf")
    result = run_wirediff("compare", left, seeds["001"], "--png", png, "--pdf", pdf)
    assert result.returncode == 0, result.stderr
    title = f"caf\\xe9.txt → {seeds['001'].name}"
    assert PdfReader(pdf).metadata.title == title
    assert "caf\\xe9.txt" in PdfReader(pdf).pages[0].extract_text()
    # The title as an iTXt chunk: keyword, no compression, no language, UTF-8 text.
    assert b"iTXt" + b"Title\x00\x00\x00\x00\x00" + title.encode() in png.read_bytes()
