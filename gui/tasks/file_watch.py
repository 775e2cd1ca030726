"""`FileWatch`: tells the window when a compared file changes on disk.

Wraps `QFileSystemWatcher`. Editors often save by writing a new file and renaming it over the
old one, which makes the watcher drop the path; the path is watched again as soon as it exists.
Several change events of one save come in a burst, so they are merged by a short timer into one
`file_changed` per file.

May import PySide6 and the standard library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 250


class FileWatch(QObject):
    """Watches the files being compared."""

    file_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_changed)
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._flush)
        self._paths: list[str] = []

    def watch(self, paths: list[str]) -> None:
        """Watch exactly these files (others are forgotten)."""
        current = self._watcher.files()
        if current:
            self._watcher.removePaths(current)
        self._paths = [str(Path(path)) for path in paths]
        existing = [path for path in self._paths if Path(path).exists()]
        if existing:
            self._watcher.addPaths(existing)
        self._pending.clear()

    def watched(self) -> list[str]:
        return list(self._paths)

    def _on_changed(self, path: str) -> None:
        if path in self._paths:
            self._pending.add(path)
            self._timer.start()

    def _flush(self) -> None:
        watched = set(self._watcher.files())
        for path in sorted(self._pending):
            if path not in watched and Path(path).exists():
                self._watcher.addPath(path)  # replaced by a rename: watch the new file
            self.file_changed.emit(path)
        self._pending.clear()
