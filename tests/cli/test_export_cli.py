"""Pins `wirediff compare --png/--pdf/--html`: the files written for seeds 000 vs 001 (PNG of the
requested width and scale, PDF whose text holds the added sentences, HTML with <ins>), together
with --json on stdout; --changes-only; a long pair written as numbered images with one line
saying so; drawing with no display and no platform set; and the one-line errors, exit 2, for an
output that cannot be written and for a bad --width."""

from __future__ import annotations

import json
import os
import struct
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

GERMANY = "Germany announced soon after the White House"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_png_pdf_html_with_json(run_wirediff, seeds, tmp_path: Path):
    png, pdf, page = tmp_path / "out.png", tmp_path / "out.pdf", tmp_path / "out.html"
    result = run_wirediff(
        "compare", seeds["000"], seeds["001"], "--png", png, "--pdf", pdf, "--html", page,
        "--json", "-",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # Nothing of ours on stderr (a platform plugin may still say something of its own).
    assert "wirediff" not in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["version"] == 1
    assert png_size(png)[0] == 1200
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert GERMANY in text
    assert "<ins" in page.read_text(encoding="utf-8")


def test_width_scale_and_changes_only(run_wirediff, seeds, tmp_path: Path):
    whole, changes = tmp_path / "whole.png", tmp_path / "changes.png"
    assert run_wirediff("compare", seeds["000"], seeds["001"], "--png", whole).returncode == 0
    result = run_wirediff(
        "compare", seeds["000"], seeds["001"], "--png", changes, "--changes-only",
        "--width", "800", "--scale", "2",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    width, height = png_size(changes)
    assert width == 1600
    assert height / 2 < 0.8 * png_size(whole)[1]
    assert "paragraphs added" in result.stdout


def test_long_pair_is_written_in_parts_and_said(run_wirediff, seeds, tmp_path: Path):
    for name, seed in (("old.txt", "000"), ("new.txt", "001")):
        text = seeds[seed].read_text(encoding="utf-8")
        copies = "\n\n".join(f"Copy {number}.\n\n{text}" for number in range(40))
        (tmp_path / name).write_text(copies, encoding="utf-8")
    result = run_wirediff(
        "compare", tmp_path / "old.txt", tmp_path / "new.txt", "--png", tmp_path / "long.png"
    )
    assert result.returncode == 0, result.stderr
    parts = sorted(tmp_path.glob("long-*.png"), key=lambda p: int(p.stem.split("-")[1]))
    assert len(parts) > 2
    assert not (tmp_path / "long.png").exists()
    assert all(png_size(part)[1] <= 16_000 for part in parts)
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"wirediff: {tmp_path / 'long.png'} would be ")
    assert line.endswith(f"{len(parts)} images split between rows: {parts[0]} to {parts[-1]}")


def test_draws_without_a_display(seeds, tmp_path: Path, run_wirediff):
    command = run_wirediff("compare", "--help").args[0]
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [command, "compare", seeds["000"], seeds["001"], "--png", tmp_path / "a.png"],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert png_size(tmp_path / "a.png")[0] == 1200


@pytest.mark.parametrize("option", ["--png", "--pdf", "--html"])
def test_unwritable_output_is_one_line(run_wirediff, seeds, tmp_path: Path, option):
    target = tmp_path / "missing" / f"out{option.replace('--', '.')}"
    result = run_wirediff("compare", seeds["000"], seeds["001"], option, target)
    assert result.returncode == 2
    assert result.stderr == f"wirediff: cannot write {target}: No such file or directory\n"


def test_bad_width_is_a_usage_error(run_wirediff, seeds, tmp_path: Path):
    result = run_wirediff(
        "compare", seeds["000"], seeds["001"], "--png", tmp_path / "a.png", "--width", "wide"
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "wirediff: argument --width: must be a whole number of pixels from 480 to 8000"
    )
    assert not (tmp_path / "a.png").exists()
