"""Shared test setup: Qt runs offscreen, and the seed files are at hand.

`QT_QPA_PLATFORM` must be set before anything imports Qt, hence at the top of the first
conftest pytest loads.

Hypothesis runs the "ci" profile (100 examples a property, hypothesis's default, the same
ones every run) unless
`WIREDIFF_HYPOTHESIS_PROFILE=bench` asks for the benchmark profile: 2,000 examples a property,
for the adversarial properties that must hold with no counterexample before a release.
Properties that set their own `max_examples` keep it in both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI draws the same examples every run (derandomize): a red build then means a change broke
# something, not that this run drew a rare line; the benchmark profile explores afresh.
settings.register_profile("ci", deadline=None, derandomize=True)
settings.register_profile(
    "bench", max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("WIREDIFF_HYPOTHESIS_PROFILE", "ci"))

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="session")
def seeds() -> dict[str, Path]:
    """Seed files by their three-digit prefix: seeds()["000"] -> Path."""
    return {path.name[:3]: path for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(autouse=True)
def isolated_web_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Web sources cache and store in temporary folders, never the user's, and no test reaches
    a real archive or a proxy of the machine (subprocesses inherit this environment)."""
    folder = tmp_path_factory.mktemp("web")
    monkeypatch.setenv("WIREDIFF_CACHE_DIR", str(folder / "cache"))
    monkeypatch.setenv("WIREDIFF_DATA_DIR", str(folder / "data"))
    monkeypatch.setenv("WIREDIFF_ARCHIVE_URL", "http://127.0.0.1:9/no-archive")
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def web_server():
    """A web server on 127.0.0.1 (see tests/web_server.py)."""
    from tests.web_server import WebServer

    server = WebServer()
    yield server
    server.close()
