"""Mutation testing of `core/` with mutmut: how many small deliberate bugs the tests catch.

    python bench/mutation.py [--max-children N] [PATTERN ...]

mutmut (configured in pyproject's `[tool.mutmut]`) copies the engine into `mutants/`, plants
one small bug at a time (a flipped comparison, an off-by-one, a dropped condition) and runs the
tests that reach the mutated function. mutmut names modules after their paths, so this script
links `wirediff/core` to `core/` for the run, which gives the mutants the import names the tests
use, and removes the link afterwards. PATTERN limits the run to mutant names such as
`wirediff.core.align.*`. Prints the kill rate per module and in all: caught (a test failed, or
the mutant timed out or crashed) over caught plus missed (it survived, or no test reached
it). Run by hand; it takes minutes to hours, so it is not part of CI. `mutmut browse` shows
the surviving mutants afterwards.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = ROOT / "wirediff" / "core"
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}


def status_of(exit_code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[exit_code])


def module_figures(mutants: Path) -> dict[str, Counter[str]]:
    """Statuses of every mutant, per mutated module, from mutmut's .meta files."""
    figures: dict[str, Counter[str]] = {}
    for meta in sorted(mutants.glob("wirediff/core/**/*.py.meta")):
        module = str(meta.relative_to(mutants / "wirediff"))[: -len(".py.meta")]
        data = json.loads(meta.read_text(encoding="utf-8"))
        counts = Counter(status_of(code) for code in data["exit_code_by_key"].values())
        if counts:
            figures[module.replace("/", ".")] = counts
    return figures


def print_table(figures: dict[str, Counter[str]]) -> None:
    total: Counter[str] = Counter()
    print(f"{'module':34} {'mutants':>7} {'caught':>7} {'missed':>7} {'kill rate':>9}")
    for module, counts in figures.items():
        total += counts
        print(_row(module, counts))
    print(_row("all of core", total))


def _row(name: str, counts: Counter[str]) -> str:
    caught = sum(counts[status] for status in CAUGHT)
    # A mutant no test reaches is missed as surely as one that survives its tests.
    missed = counts["survived"] + counts["no tests"]
    checked = caught + missed
    rate = f"{caught / checked:9.1%}" if checked else f"{'not run':>9}"
    return f"{name:34} {sum(counts.values()):7} {caught:7} {missed:7} {rate}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--report-only", action="store_true", help="print the last run's table")
    parser.add_argument(
        "patterns", nargs="*", help="mutant name patterns, e.g. 'wirediff.core.align.*'"
    )
    args = parser.parse_args()
    if not args.report_only:
        made_link = not LINK.exists()
        if made_link:
            LINK.parent.mkdir(exist_ok=True)
            LINK.symlink_to(Path("..") / "core")
        try:
            mutmut = Path(sys.executable).parent / "mutmut"
            command = [str(mutmut), "run", "--max-children", str(args.max_children), *args.patterns]
            subprocess.run(command, cwd=ROOT, check=False)
        finally:
            if made_link:
                LINK.unlink()
                LINK.parent.rmdir()
    print_table(module_figures(ROOT / "mutants"))


if __name__ == "__main__":
    main()
