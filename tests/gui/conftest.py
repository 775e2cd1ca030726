"""Fixtures for the window tests: settings in a temporary folder, a window, opening pairs.

Every test gets its own `QSettings` file under `tmp_path` and the default user locations are
pointed there too, so nothing a test does reaches the user's settings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.gui.helpers import open_pair
from wirediff.gui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def _temporary_settings_location(tmp_path: Path) -> None:
    folder = tmp_path / "user-settings"
    folder.mkdir()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "wirediff.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings) -> MainWindow:
    main_window = MainWindow(settings)
    qtbot.addWidget(main_window)
    main_window.resize(1400, 900)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.controller.shutdown()


@pytest.fixture
def demo(qtbot, window: MainWindow, seeds: dict[str, Path]) -> MainWindow:
    """The window showing seeds 000 (left) and 001 (right)."""
    open_pair(qtbot, window, seeds["000"], seeds["001"])
    return window
