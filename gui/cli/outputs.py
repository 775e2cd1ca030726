"""Where the `wirediff` command writes, and how it writes there without losing anything.

Every subcommand that writes files goes through this module, so they all keep the same promises:

- **Inputs are never overwritten, and outputs never overwrite each other.** `OutputPlan` takes
  every path a run will write (the parts of a split PNG included) before anything is written,
  and refuses one that names an input, another output, or a folder. Files are told apart by
  device and inode when they exist and by their resolved path otherwise; the inputs are
  indexed once, so checking a thousand outputs against a thousand inputs costs a thousand
  look-ups, not a million.
- **A failed write leaves the old file as it was.** `write_file` (`core.atomic_files`, shared
  with the window's exports) writes a temporary file in the same folder and renames it over the
  target (a rename within one file system is atomic), so a full disk leaves neither a truncated
  output nor a broken previous one.
- **`-` means standard output** for every output option, and only one option may take it.
  `write_stdout` turns a full or closed stdout into one line instead of a traceback.
- **What reaches a terminal or a message is printable.** `printable` shows control characters
  (terminal escape sequences from an article, a newline in a file name) as escapes, and
  `encodable` makes file names that are not valid UTF-8 (which Python keeps as lone surrogates)
  writable, as `\\xNN`, in every output.

Imports the standard library, orjson, `core.atomic_files` and `core.file_names` only (and
`core.result` for types): the
command line must start without Qt.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.core.atomic_files import write_file
from wirediff.core.file_names import SURROGATE, encodable, spell_surrogate

if TYPE_CHECKING:
    from wirediff.core.result import Document

__all__ = [
    "STDOUT",
    "Output",
    "OutputPlan",
    "OutputRefused",
    "cannot_write",
    "encodable",
    "json_text",
    "printable",
    "refuse_outputs",
    "say",
    "shown",
    "text_output",
    "write_file",
    "write_outputs",
    "write_stdout",
    "write_stdout_bytes",
    "write_text",
]

STDOUT = "-"

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
# isolates that make a terminal show text in another order than it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(document: object, *, indent: int | None = None) -> str:
    """`document` as JSON text that encodes as UTF-8: lone surrogates spelled as `encodable`
    spells them (a JSON string holds the backslash doubled). Compact unless `indent` is given.

    >>> print(json_text({"path": "caf\\udce9.txt"}))
    {"path":"caf\\\\xe9.txt"}
    >>> print(json_text({"kind": "equal", "left": [3, 4]}))
    {"kind":"equal","left":[3,4]}
    """
    if indent is None:
        # Imported here: orjson loads uuid and platform, which commands writing no JSON (and
        # start-up) should not pay for.
        import orjson

        try:
            # orjson writes a 1 MB comparison about ten times faster than `json`, compactly;
            # it refuses lone surrogates, which the slower path below spells out.
            return orjson.dumps(document, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")
        except orjson.JSONEncodeError:
            pass
    return _standard_json(document, indent)


def _standard_json(document: object, indent: int | None) -> str:
    """`json_text` by the standard library: for a compact document, the bytes orjson writes
    (both escape only quotes, backslashes and controls; they differ only in how they write
    floats below 1e-4, which no wirediff document holds)."""
    separators = (",", ":") if indent is None else None
    text = json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)
    if not SURROGATE.search(text):
        return text
    return SURROGATE.sub(lambda match: spell_surrogate(match).replace("\\", "\\\\"), text)


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """`text` as it may reach a terminal: control characters escaped, surrogates spelled out.

    >>> printable("title\\x1b]0;pwned\\x07 and \\x1b[2J")
    'title\\\\x1b]0;pwned\\\\x07 and \\\\x1b[2J'
    >>> printable("two\\nlines", keep_newlines=False)
    'two\\\\nlines'
    """
    pattern = _CONTROL if keep_newlines else _CONTROL_IN_NAME
    return encodable(pattern.sub(_escape_control, text))


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0A:
        return "\\n"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(path: str | os.PathLike[str]) -> str:
    """A path as messages and outputs name it: one printable line.

    >>> shown("new\\nline.txt")
    'new\\\\nline.txt'
    """
    return printable(os.fspath(path), keep_newlines=False)


def say(message: str) -> None:
    """Print one line to stderr, made printable (a message quotes names and article text)."""
    with suppress(OSError):
        sys.stderr.write(printable(message, keep_newlines=False) + "\n")
        sys.stderr.flush()


class OutputRefused(Exception):
    """An output path this run must not write; `str()` is the one-line message.

    `holder` is the option of the earlier output a clash is with, when it is one.
    """

    def __init__(self, message: str, holder: str | None = None) -> None:
        super().__init__(message)
        self.holder = holder


def _identity(path: str) -> tuple[str, tuple[int, int] | None]:
    """(resolved path, (device, inode) if the file exists) of `path`.

    `os.path.realpath` does not raise on a symlink loop (`Path.resolve` does, and raises
    `RuntimeError` on Python 3.11); `os.stat` then reports the loop as an `OSError`.
    """
    resolved = os.path.realpath(Path(path).absolute())
    try:
        status = Path(path).stat()
    except OSError:
        return resolved, None
    return resolved, (status.st_dev, status.st_ino)


@dataclass
class OutputPlan:
    """Every file one run will write, checked before the first is written.

    >>> plan = OutputPlan(["story-1.txt"])
    >>> plan.add("--json", "out.json")
    >>> plan.add("--csv", "-")
    >>> def refusal(option, path):
    ...     try:
    ...         plan.add(option, path)
    ...     except OutputRefused as refused:
    ...         return str(refused)
    >>> refusal("--html", "./out.json")
    '--html ./out.json and --json out.json name the same file'
    >>> refusal("--png", "story-1.txt")
    'story-1.txt is an input file; refusing to overwrite it'
    """

    inputs: list[str | os.PathLike[str]] = field(default_factory=list)
    _input_paths: set[str] = field(default_factory=set, init=False)
    _input_files: set[tuple[int, int]] = field(default_factory=set, init=False)
    _outputs: dict[str | tuple[int, int], tuple[str, str]] = field(default_factory=dict, init=False)
    _stdout: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        for source in self.inputs:
            self.add_input(source)

    def add_input(self, source: str | os.PathLike[str]) -> None:
        resolved, file = _identity(os.fspath(source))
        self._input_paths.add(resolved)
        if file is not None:
            self._input_files.add(file)

    def add(
        self, option: str, path: str | os.PathLike[str] | None, label: str | None = None
    ) -> None:
        """Reserve `path` for `option` ("--json", "--png (part 2)"...); raise `OutputRefused`.

        `label` names the output in messages (default: the option and the path).
        """
        if path is None:
            return
        text = os.fspath(path)
        label = label or f"{option} {shown(text)}"
        if text == STDOUT:
            if self._stdout is not None:
                raise OutputRefused(f"only one of {self._stdout}, {option} can write to stdout")
            self._stdout = option
            return
        if not text:
            raise OutputRefused(f"{option}: the file name is empty")
        try:
            status = Path(text).stat()
        except FileNotFoundError:
            status = None
        except OSError as error:
            raise OutputRefused(f"cannot write {shown(text)}: {error.strerror or error}") from None
        if status is not None and stat.S_ISDIR(status.st_mode):
            raise OutputRefused(f"cannot write {shown(text)}: it is a folder")
        resolved, file = _identity(text)
        if resolved in self._input_paths or (file is not None and file in self._input_files):
            raise OutputRefused(f"{shown(text)} is an input file; refusing to overwrite it")
        for key in (resolved, file):
            if key is not None and key in self._outputs:
                holder, holder_label = self._outputs[key]
                raise OutputRefused(f"{label} and {holder_label} name the same file", holder)
        self._outputs[resolved] = (option, label)
        if file is not None:
            self._outputs[file] = (option, label)

    @property
    def uses_stdout(self) -> bool:
        return self._stdout is not None


def write_text(destination: str | os.PathLike[str], text: str) -> None:
    """Write `text` as UTF-8 to a file (atomically) or, for `-`, to stdout."""
    if os.fspath(destination) == STDOUT:
        write_stdout(text)
    else:
        write_file(destination, encodable(text).encode("utf-8"))


def write_stdout(text: str) -> None:
    """Write `text` to stdout now; raise `OSError` if it cannot be (a full disk, a closed pipe).

    After a failure stdout points at the null device, so the interpreter's own flush at exit
    cannot fail a second time with a traceback.
    """
    try:
        sys.stdout.write(encodable(text))
        sys.stdout.flush()
    except OSError:
        _silence_stdout()
        raise


def write_stdout_bytes(data: bytes) -> None:
    """Write binary `data` (an image, a PDF) to stdout; as `write_stdout` on failure."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError:
        _silence_stdout()
        raise


def _silence_stdout() -> None:
    with suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def cannot_write(destination: str | os.PathLike[str], error: OSError) -> str:
    """The one-line message for an output that could not be written."""
    name = os.fspath(destination)
    where = "to stdout" if name == STDOUT else shown(name)
    return f"wirediff: cannot write {where}: {error.strerror or error}"


@dataclass(frozen=True)
class Output:
    """One file (or stdout) a run writes: the option that asked for it, where, and its bytes.

    `content` is called only when the output is written, after every path has been checked,
    so nothing is drawn or serialised for a run that is refused.
    """

    option: str
    path: str
    content: Callable[[], bytes]


def refuse_outputs(
    inputs: Iterable[str | os.PathLike[str]], outputs: Iterable[tuple[str, str | None]]
) -> str | None:
    """The one-line message when any (option, path) output may not be written, else None."""
    plan = OutputPlan(list(inputs))
    try:
        for option, path in outputs:
            plan.add(option, path)
    except OutputRefused as refused:
        return f"wirediff: {refused}"
    return None


def write_outputs(outputs: Iterable[Output]) -> str | None:
    """Write every output in order; the one-line message of the first that fails, else None."""
    for output in outputs:
        try:
            data = output.content()
            if output.path == STDOUT:
                write_stdout_bytes(data)
            else:
                write_file(output.path, data)
        except OSError as error:
            return cannot_write(output.path, error)
    return None


ORJSON_FROM_CHARS = 200_000
"""Inputs from this size on have their JSON written by orjson: below it, the standard library
writes the same bytes in less time than loading orjson (with uuid and platform) takes."""


def characters_in(documents: Iterable[Document]) -> int:
    """How much text `documents` hold, the `input_chars` of their JSON output."""
    return sum(len(document.text) for document in documents)


def json_output(
    option: str, path: str, document: Callable[[], object], *, input_chars: int
) -> Output:
    """An `Output` of compact JSON ending in a newline, as `json_text` writes it.

    `input_chars` is about how much text the document was made from. orjson's bytes are UTF-8
    already and hold no lone surrogate (it refuses them), so they go out as they are: for a
    long comparison, decoding megabytes only to search and encode them again cost more than
    writing the JSON.
    """

    def content() -> bytes:
        made = document()
        if input_chars < ORJSON_FROM_CHARS:
            return (_standard_json(made, None) + "\n").encode("utf-8")
        import orjson

        try:
            return orjson.dumps(made, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE)
        except orjson.JSONEncodeError:
            return (json_text(made) + "\n").encode("utf-8")

    return Output(option, path, content)


def text_output(option: str, path: str, text: Callable[[], str]) -> Output:
    """An `Output` of UTF-8 text ending in a newline."""

    def content() -> bytes:
        made = text()
        return encodable(made if made.endswith("\n") else made + "\n").encode("utf-8")

    return Output(option, path, content)
