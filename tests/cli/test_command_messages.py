"""Pins the command's messages and terminal output: exact one-line errors (sizes, empty and
multi-line names, unknown commands), `-` as stdout for every output, a full stdout, escape
sequences from an article shown escaped, and CSV cells a spreadsheet cannot run as formulas.
"""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import _command


def test_one_byte_over_the_limit(run_wirediff, seeds, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(64 * 2**20 + 1)
    result = run_wirediff("compare", huge, seeds["000"])
    assert result.returncode == 2
    assert result.stderr == (
        f"wirediff: {huge}: 67,108,865 bytes is larger than the 67,108,864 bytes "
        "(64 MiB) wirediff compares\n"
    )


def test_empty_file_name(run_wirediff, seeds) -> None:
    result = run_wirediff("compare", "", seeds["000"])
    assert result.returncode == 2
    assert result.stderr == "wirediff: the file name is empty\n"


def test_name_with_a_newline_is_one_line(run_wirediff, seeds, tmp_path: Path) -> None:
    result = run_wirediff("compare", tmp_path / "two\nlines.txt", seeds["000"])
    assert result.returncode == 2
    assert result.stderr == f"wirediff: {tmp_path}/two\\nlines.txt: no such file\n"


@pytest.mark.parametrize(
    ("first", "message"),
    [
        ("frobnicate", "wirediff: 'frobnicate' is not a command or a file; commands: "),
        ("comapre", "wirediff: 'comapre' is not a command or a file (did you mean compare?); "),
    ],
)
def test_unknown_command_exits_2(first, message) -> None:
    result = subprocess.run(
        [*_command(), first, "x"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 2
    assert result.stderr.startswith(message)
    commands = result.stderr.rstrip("\n").rpartition("commands: ")[2].split(", ")
    assert {"compare", "repair", "collate"} <= set(commands)
    assert result.stderr.count("\n") == 1


def test_html_dash_means_stdout(run_wirediff, seeds, tmp_path: Path) -> None:
    result = run_wirediff("compare", seeds["000"], seeds["001"], "--html", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert result.stdout.endswith("</html>\n")  # the plain summary does not follow the page
    assert list(tmp_path.iterdir()) == []


def test_pdf_dash_means_stdout(seeds, tmp_path: Path) -> None:
    result = subprocess.run(
        [*_command(), "compare", seeds["000"], seeds["001"], "--pdf", "-"],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["compare", "collate"])
def test_full_stdout_is_one_line(seeds, command) -> None:
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [*_command(), command, seeds["000"], seeds["001"]],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr == "wirediff: cannot write to stdout: No space left on device\n"


ESCAPES = "Breaking\x1b]0;TITLE\x07 news\x1b[2J today.\n\nSecond paragraph here.\n"


@pytest.mark.parametrize("command", ["compare", "collate"])
def test_escape_sequences_reach_the_terminal_escaped(run_wirediff, tmp_path, command) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Quiet news today.\n\nSecond paragraph here.\n", encoding="utf-8")
    right.write_text(ESCAPES, encoding="utf-8")
    result = run_wirediff(command, left, right)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout
    assert "\\x1b]0;TITLE\\x07" in result.stdout
    assert "\\x1b[2J" in result.stdout


def test_csv_cells_cannot_run_as_formulas(run_wirediff, tmp_path: Path) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text('=HYPERLINK("http://x.example","Click")\n\n@SUM(A1) fell.\n', "utf-8")
    right.write_text("+1 more.\n\n-2 degrees.\n\nPlain text.\n", encoding="utf-8")
    result = run_wirediff("collate", left, right, "--csv", "-")
    assert result.returncode == 0, result.stderr
    cells = {cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row}
    assert {
        '\'=HYPERLINK("http://x.example","Click")',
        "'@SUM(A1) fell.",
        "'+1 more.",
        "'-2 degrees.",
        "Plain text.",
    } <= cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
