"""Writing a file so that a failure leaves the old one as it was (`core.atomic_files`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wirediff.core import atomic_files
from wirediff.core.atomic_files import write_file


def _umask() -> int:
    current = os.umask(0o077)
    os.umask(current)
    return current


def test_a_new_file_gets_the_data_and_the_mode_the_umask_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The mode is asked once per process: forget an earlier test's answer.
    monkeypatch.setattr(atomic_files, "_UMASK", [])
    umask = _umask()
    target = tmp_path / "report.json"
    write_file(target, b"{}\n")
    later = tmp_path / "later.json"
    write_file(str(later), b"[]")
    # Asking for the umask leaves it as it was.
    assert _umask() == umask
    assert target.read_bytes() == b"{}\n"
    assert later.read_bytes() == b"[]"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert stat.S_IMODE(later.stat().st_mode) == 0o666 & ~umask
    assert sorted(path.name for path in tmp_path.iterdir()) == ["later.json", "report.json"]


def test_an_old_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "story.html"
    target.write_bytes(b"a much longer old version")
    target.chmod(0o640)
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [path.name for path in tmp_path.iterdir()] == ["story.html"]


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    # A reader that does not wait for a writer, so the write below does not block.
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_file(pipe, b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [path.name for path in tmp_path.iterdir()] == ["pipe"]


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.html"
    target.write_bytes(b"old")
    beside: list[str] = []

    def full_disk(descriptor: int) -> None:
        # While it is written, the new version waits hidden beside the target, named after it.
        beside.extend(path.name for path in tmp_path.iterdir() if path != target)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["story.html"]
    assert len(beside) == 1
    assert beside[0].startswith(".story.html.")
    assert beside[0].endswith(".partial")


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_file(tmp_path / "nowhere" / "out.json", b"{}")
