"""Pins the install layout: every package folder is listed, all under the `wirediff` namespace."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_installed_under_wirediff() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        "wirediff." + ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("core", "gui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk <= listed, sorted(on_disk - listed)
    assert all(name.startswith("wirediff.") for name in listed)
    assert {"wirediff.resources", "wirediff.seeds"} <= listed
