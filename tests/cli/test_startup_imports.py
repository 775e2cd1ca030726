"""Pins what `wirediff compare --json` loads on clean text: only what the command needs.

Start-up is most of the time of a small comparison, so the Qt libraries, the repairers, their
letter tables (and the zipfile and tempfile modules behind `importlib.resources`), ftfy and the
collation engine must stay out until a command or an input needs them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOT_NEEDED = (
    "PySide6",
    "ftfy",
    "zipfile",
    "tempfile",
    "difflib",
    "wirediff.core.collate.collation",
    "wirediff.core.collate.union",
    # The repairers: clean text never reaches them.
    "wirediff.core.text.legacy_mojibake",
    "wirediff.core.text.misread_bytes",
    "wirediff.core.text.doubtful_repairs",
    "wirediff.core.text.plausibility",
    # A small comparison's JSON is written by the standard library, without orjson (which
    # loads uuid and platform); telling an address from a file loads no capture module.
    "orjson",
    "hashlib",
    "wirediff.core.sources.capture",
)

PROGRAM = """
import os, sys
from wirediff.gui.cli.main import main
status = main(["compare", sys.argv[1], sys.argv[2], "--json", os.devnull])
print(status, file=sys.stderr)
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
"""


def test_compare_json_on_clean_seeds_loads_only_what_it_needs(seeds: dict[str, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(seeds["000"]), str(seeds["001"])],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    status, *modules = result.stderr.splitlines()
    assert status == "0"
    loaded = [name for name in NOT_NEEDED if name in modules]
    assert loaded == []
