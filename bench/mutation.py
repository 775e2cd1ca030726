"""Mutation testing of `core/` with mutmut: how many small deliberate bugs the tests catch.

    python bench/mutation.py [--max-children N] [--sample N] [PATTERN ...]

mutmut (configured in pyproject's `[tool.mutmut]`) copies the engine into `mutants/`, plants
one small bug at a time (a flipped comparison, an off-by-one, a dropped condition) and runs the
tests that reach the mutated function. mutmut names modules after their paths, so this script
links `wirediff/core` to `core/` for the run, which gives the mutants the import names the tests
use, and removes the link afterwards. PATTERN limits the run to mutant names such as
`wirediff.core.align.*`. `--sample N` runs N mutants drawn at random (with a fixed seed) from
each module instead of all of them, and prints each rate with its 95% interval: a whole run of
the engine's five thousand mutants takes hours. Prints the kill rate per module and in all:
caught (a test failed, or the mutant timed out or crashed) over caught plus missed (it
survived, or no test reached it). Run by hand, not in CI. `mutmut browse` shows the surviving
mutants afterwards.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Collection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = ROOT / "wirediff" / "core"
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}


def status_of(exit_code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[exit_code])


def exit_codes(mutants: Path) -> dict[str, dict[str, int | None]]:
    """Every mutant's exit code (None: not run), per mutated module, from mutmut's .meta files."""
    codes = {}
    for meta in sorted(mutants.glob("wirediff/core/**/*.py.meta")):
        module = str(meta.relative_to(mutants / "wirediff"))[: -len(".py.meta")]
        data = json.loads(meta.read_text(encoding="utf-8"))
        if data["exit_code_by_key"]:
            codes[module.replace("/", ".")] = data["exit_code_by_key"]
    return codes


def module_figures(mutants: Path, only: Collection[str] | None = None) -> dict[str, Counter[str]]:
    """Statuses per mutated module, of every mutant or of the names in `only`."""
    return {
        module: Counter(
            status_of(code) for name, code in by_name.items() if only is None or name in only
        )
        for module, by_name in exit_codes(mutants).items()
    }


def sample_names(mutants: Path, per_module: int) -> list[str]:
    """`per_module` mutant names of each module, drawn with a fixed seed."""
    chosen = []
    for by_name in exit_codes(mutants).values():
        names = sorted(by_name)
        chosen += random.Random(1).sample(names, min(per_module, len(names)))
    return chosen


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
    if not checked:
        return f"{name:34} {sum(counts.values()):7} {caught:7} {missed:7} {'not run':>9}"
    share = caught / checked
    # Normal approximation of the binomial interval: enough to tell 60% from 85%.
    margin = 1.96 * math.sqrt(share * (1 - share) / checked)
    return f"{name:34} {sum(counts.values()):7} {caught:7} {missed:7} {share:9.1%} ±{margin:.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--report-only", action="store_true", help="print the last run's table")
    parser.add_argument("--sample", type=int, metavar="N", help="run N mutants per module")
    parser.add_argument(
        "patterns", nargs="*", help="mutant name patterns, e.g. 'wirediff.core.align.*'"
    )
    args = parser.parse_args()
    mutants = ROOT / "mutants"
    only = None
    if not args.report_only:
        made_link = not LINK.exists()
        if made_link:
            LINK.parent.mkdir(exist_ok=True)
            LINK.symlink_to(Path("..") / "core")
        try:
            mutmut = [str(Path(sys.executable).parent / "mutmut"), "run"]
            mutmut += ["--max-children", str(args.max_children)]
            if args.sample:
                # A pattern that names no mutant: generates the mutants and maps the tests only.
                subprocess.run([*mutmut, "nothing.*"], cwd=ROOT, check=False)
                only = sample_names(mutants, args.sample)
                subprocess.run([*mutmut, *only], cwd=ROOT, check=False)
            else:
                subprocess.run([*mutmut, *args.patterns], cwd=ROOT, check=False)
        finally:
            if made_link:
                LINK.unlink()
                LINK.parent.rmdir()
    print_table(module_figures(mutants, only))


if __name__ == "__main__":
    main()
