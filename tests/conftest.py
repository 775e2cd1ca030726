"""Shared test setup: Qt runs offscreen, and the seed files are at hand.

`QT_QPA_PLATFORM` must be set before anything imports Qt, hence at the top of the first
conftest pytest loads.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds() -> dict[str, Path]:
    """Seed files by their three-digit prefix: seeds()["000"] -> Path."""
    return {path.name[:3]: path for path in sorted(SEEDS.glob("*.txt"))}
