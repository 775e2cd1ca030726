"""Mutation testing of `core/` with mutmut: how many small deliberate bugs the tests catch.

    python bench/mutation.py [--max-children N] [--quick] [--report-only] [PATTERN ...]

mutmut (configured in pyproject's `[tool.mutmut]`) copies the engine into `mutants/`, plants
one small bug at a time (a flipped comparison, an off-by-one, a dropped condition) and runs the
tests that reach the mutated function. mutmut names modules after their paths, so this script
links `wirediff/core` to `core/` for the run, which gives the mutants the import names the tests
use, and removes the link afterwards. PATTERN limits the run to mutant names such as
`wirediff.core.text.decode.*`: run one module at a time (all of the engine's ten thousand
mutants take many hours on two cores), each run giving that module's whole figure. `--quick`
leaves out the hypothesis property tests, which take most of the time of every mutant they
reach: the rate it gives is a lower bound, since a mutant only those tests catch counts missed.

Prints, per module, the kill rate with its 95% interval: caught (a test failed, or the mutant
timed out or crashed) over caught plus missed (it survived, or no test reached it). Mutants
listed in `bench/mutation_equivalent.txt`, each judged unable to change what the engine does,
are counted apart and left out of the rate. The last lines give the rate over the modules run,
weighted by their mutants, and name the modules not run. Run by hand, not in CI.
`mutmut results` lists the surviving mutants afterwards and `mutmut show NAME` prints one.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = ROOT / "wirediff" / "core"
EQUIVALENT_LIST = Path(__file__).resolve().parent / "mutation_equivalent.txt"
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}


def status_of(exit_code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[exit_code])


def equivalent_names(path: Path = EQUIVALENT_LIST) -> frozenset[str]:
    """The mutant names judged equivalent: the first word of each line that is not a comment."""
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip() and line[0] != "#")


def module_figures(mutants: Path, equivalent: frozenset[str]) -> dict[str, Counter[str]]:
    """Statuses per mutated module from mutmut's .meta files ("equivalent" for the listed)."""
    figures = {}
    for meta in sorted(mutants.glob("wirediff/core/**/*.py.meta")):
        module = str(meta.relative_to(mutants / "wirediff"))[: -len(".py.meta")]
        by_name = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if by_name:
            figures[module.replace("/", ".")] = Counter(
                "equivalent"
                if name in equivalent and status_of(code) == "survived"
                # A listed mutant a test now catches is caught: the list may be out of date.
                else status_of(code)
                for name, code in by_name.items()
            )
    return figures


def print_table(figures: dict[str, Counter[str]]) -> None:
    run: Counter[str] = Counter()
    not_run: dict[str, int] = {}
    columns = ("mutants", "caught", "missed", "equiv.")
    print(f"{'module':34} " + " ".join(f"{column:>7}" for column in columns) + " kill rate")
    for module, counts in figures.items():
        if _checked(counts):
            run += counts
            print(_row(module, counts))
        else:
            not_run[module] = sum(counts.values())
    every = sum(run.values()) + sum(not_run.values())
    print(_row(f"modules run ({sum(run.values())} of {every})", run))
    if not_run:
        names = ", ".join(f"{module} ({count})" for module, count in not_run.items() if count)
        print(f"not run: {sum(not_run.values())} mutants: {names}")


def _checked(counts: Counter[str]) -> int:
    return sum(counts[status] for status in CAUGHT) + _missed(counts)


def _missed(counts: Counter[str]) -> int:
    # A mutant no test reaches is missed as surely as one that survives its tests.
    return counts["survived"] + counts["no tests"]


def _row(name: str, counts: Counter[str]) -> str:
    caught = sum(counts[status] for status in CAUGHT)
    missed = _missed(counts)
    checked = caught + missed
    head = f"{name:34} {sum(counts.values()):7} {caught:7} {missed:7} {counts['equivalent']:7}"
    if not checked:
        return f"{head} {'not run':>9}"
    share = caught / checked
    # Normal approximation of the binomial interval: enough to tell 60% from 85%.
    margin = 1.96 * math.sqrt(share * (1 - share) / checked)
    return f"{head} {share:9.1%} ±{margin:.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--report-only", action="store_true", help="print the last run's table")
    parser.add_argument("--quick", action="store_true", help="leave out the property tests")
    parser.add_argument(
        "patterns", nargs="*", help="mutant name patterns, e.g. 'wirediff.core.text.decode.*'"
    )
    args = parser.parse_args()
    if not args.report_only:
        made_link = not LINK.exists()
        if made_link:
            LINK.parent.mkdir(exist_ok=True)
            LINK.symlink_to(Path("..") / "core")
        try:
            mutmut = [str(Path(sys.executable).parent / "mutmut"), "run"]
            mutmut += ["--max-children", str(args.max_children), *args.patterns]
            environment = dict(os.environ)
            if args.quick:
                # pytest reads this besides its ini options, which mutmut overrides; hypothesis
                # marks every property test.
                environment["PYTEST_ADDOPTS"] = "-m 'not hypothesis'"
            subprocess.run(mutmut, cwd=ROOT, check=False, env=environment)
        finally:
            if made_link:
                LINK.unlink()
                LINK.parent.rmdir()
    print_table(module_figures(ROOT / "mutants", equivalent_names()))


if __name__ == "__main__":
    main()
