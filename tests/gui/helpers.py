"""Helpers shared by the window tests: waiting for a comparison to land, dropping files."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

COMPARE_TIMEOUT_MS = 20_000


def open_pair(qtbot, window, left: Path | str, right: Path | str) -> None:
    """Open two files and wait until their comparison is on screen."""
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_files(str(left), str(right))


def drop_files(view, paths, x_fraction: float) -> None:
    """Drag files in over the view and drop them, as the window system delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(view.viewport().width() * x_fraction, 40)
    with warnings.catch_warnings():
        # PySide6 marks this constructor deprecated, though Qt has no other for the event.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            position.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)
