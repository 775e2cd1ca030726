"""Writing a file so that a failure leaves the old one as it was.

`write_file` writes a temporary file in the target's folder and renames it over the target (a
rename within one file system is atomic), so a full disk or a killed process leaves neither a
truncated output nor a broken previous one. Every writer of the project uses it: the command
line's outputs (`gui.cli.outputs`), the window's exports and the batch's results log.

Imports the standard library only.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_UMASK: list[int] = []


def _new_file_mode() -> int:
    """The mode a newly created file gets here (0o666 less the umask), asked once."""
    if not _UMASK:
        current = os.umask(0o022)
        os.umask(current)
        _UMASK.append(current)
    return 0o666 & ~_UMASK[0]


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically; raise `OSError` and leave `path` as it was on failure.

    The temporary file is made in the target's folder (a rename across file systems is not
    atomic) and takes the mode the old file had, or a new file's. A symlink is written through,
    not replaced, and so is a device or a pipe (`/dev/null`, a FIFO), which has no old contents
    to keep.
    """
    target = Path(os.path.realpath(path))
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        # A device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to: a file renamed
        # over it would replace the device node itself, for every program on the machine.
        with target.open("wb") as stream:
            stream.write(data)
        return
    mode = stat.S_IMODE(status.st_mode) if status is not None else _new_file_mode()
    # Imported here: only a write to a file needs it, and the command line's start-up should
    # not pay for it.
    import tempfile

    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(mode)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
