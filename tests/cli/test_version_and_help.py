"""Pins `wirediff --version` (the installed version, exit 0) and that `--help` says how to open
the window on two or more versions."""

from __future__ import annotations

from importlib.metadata import version


def test_version_prints_the_installed_version(run_wirediff):
    result = run_wirediff("--version")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"wirediff {version('wirediff')}\n",
        "",
    )


def test_help_says_how_to_open_the_window(run_wirediff):
    result = run_wirediff("--help")
    assert result.returncode == 0
    assert "  wirediff OLD NEW            open the window on two versions side by side\n" in (
        result.stdout
    )
    assert "  wirediff FILE FILE FILE...  list every version" in result.stdout
