"""Collating and loading versions off the GUI thread, as `gui.tasks.task.Task`s.

`CollateRunner` owns the collation in flight (`core.collate.collation.collate_documents` on
documents already loaded): requests in quick succession (a drag that moves a version twice,
files added one after another) are debounced into one run; every run takes a new generation
number, results of older generations are dropped and their tasks asked to cancel, so a slow old
matrix never replaces a newer one. Bad input and unexpected errors become one-line messages,
never a traceback.

`load_files` is the work of loading files a user added (read, decode, repair each); the panel
runs it on a `gui.tasks.runner.InOrderRunner`, so files added twice in quick succession land in
the order chosen. A load asked to cancel (the window closing) stops before its next file.

May import `core`, `gui.tasks`, `PySide6.QtCore` and the standard library; no widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wirediff.core.collate.collation import Collation, collate_documents
from wirediff.core.compare import load_versions
from wirediff.core.errors import Cancelled, InputError
from wirediff.gui.tasks.runner import LatestRunner

if TYPE_CHECKING:
    from wirediff.core.progress import Checkpoint
    from wirediff.core.result import Document
    from wirediff.gui.tasks.task import Task

DEBOUNCE_MS = 80
COULD_NOT_COLLATE = "Could not line up the versions"
COULD_NOT_LOAD = "Could not add the files"


class CollateRunner(LatestRunner):
    """Runs one collation at a time on the global pool and reports the latest one."""

    collation_ready = Signal(object)  # Collation (None: no versions)
    collation_failed = Signal(str)  # one-line message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DEBOUNCE_MS, parent)
        self.strict = False
        self._documents: tuple[Document, ...] = ()

    def request(self, documents: Sequence[Document]) -> None:
        """Collate these documents soon (requests in quick succession run once)."""
        self._documents = tuple(documents)
        self._schedule()

    def _start(self) -> None:
        self._next_generation()
        if not self._documents:
            self.busy_changed.emit(False)
            self.collation_ready.emit(None)
            return
        documents, strict = self._documents, self.strict
        self._launch(
            lambda checkpoint: collate_documents(documents, strict=strict, checkpoint=checkpoint),
            COULD_NOT_COLLATE,
        )

    def _deliver(self, task: Task, result: object) -> None:
        assert isinstance(result, Collation)
        self.collation_ready.emit(result)

    def _deliver_failure(self, task: Task, message: str) -> None:
        self.collation_failed.emit(message)


def files_to_load(paths: Sequence[str | Path]) -> list[Path]:
    """The files a list of paths names: files as given, a folder's visible files by name."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(
                child
                for child in path.iterdir()
                if child.is_file() and not child.name.startswith(".")
            )
        else:
            files.append(path)
    return files


@dataclass(frozen=True, slots=True)
class LoadedFiles:
    """The documents that loaded, in the order named, and one line per file that did not."""

    documents: tuple[Document, ...]
    errors: tuple[str, ...]


def load_files(paths: Sequence[str | Path], checkpoint: Checkpoint) -> LoadedFiles:
    """Read, decode and repair files (a folder: its files); bad files become messages naming them.

    Raises `Cancelled` when the checkpoint says stop, before the next file or inside one.
    """
    documents: list[Document] = []
    errors: list[str] = []
    try:
        files = files_to_load(paths)
    except OSError as error:
        files = []
        errors.append(f"Cannot read {error.filename}: {error.strerror}")
    for path in files:
        checkpoint.check()
        try:
            documents.extend(load_versions(path, checkpoint=checkpoint))
        except InputError as error:
            errors.append(str(error))  # the engine's message names the file
        except MemoryError:
            errors.append(f"{path.name}: not enough memory to load it")
        except Cancelled:
            raise
        except Exception as error:  # one odd file must not lose the others
            errors.append(f"{path.name}: {type(error).__name__}: {error}")
    return LoadedFiles(tuple(documents), tuple(errors))
