"""Mutation testing of `core/` with mutmut: how many small deliberate bugs the tests catch.

    python bench/mutation.py [--max-children N] [--quick] [--report-only]
                             [--sample N [--seed S]] [PATTERN ...]

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

`--sample N` estimates instead of counting: mutmut writes every mutant (without running any),
then about N of those matching the patterns are drawn at random, seeded by `--seed`, in shares
proportional to each module's mutants with at least a few from every module, and only those
are run. Each module is drawn with its own seed, so it gets the same mutants again as long as
its mutants and its share are unchanged, and `--report-only` with the same options prints the
same sample again. Each module's figure is its sample's, with a Wilson interval; the total
weights each module by its mutants (a stratified estimate), so a small module sampled at its
minimum does not count for more than it is. The table says the figures are estimates.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = ROOT / "wirediff" / "core"
EQUIVALENT_LIST = Path(__file__).resolve().parent / "mutation_equivalent.txt"
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}
# Every sampled module gets at least this many mutants (or all it has), so none goes unseen.
LEAST_PER_MODULE = 3


def status_of(exit_code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[exit_code])


def equivalent_names(path: Path = EQUIVALENT_LIST) -> frozenset[str]:
    """The mutant names judged equivalent: the first word of each line that is not a comment."""
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip() and line[0] != "#")


def exit_codes(mutants: Path) -> dict[str, dict[str, int | None]]:
    """mutmut's exit code per mutant name (None: not run yet), per module, from its .meta files."""
    codes = {}
    for meta in sorted(mutants.glob("wirediff/core/**/*.py.meta")):
        module = str(meta.relative_to(mutants / "wirediff"))[: -len(".py.meta")]
        codes[module.replace("/", ".")] = json.loads(meta.read_text(encoding="utf-8"))[
            "exit_code_by_key"
        ]
    return codes


def module_figures(
    mutants: Path, equivalent: frozenset[str], only: frozenset[str] | None = None
) -> dict[str, Counter[str]]:
    """Statuses per mutated module from mutmut's .meta files ("equivalent" for the listed).

    `only`, when given, keeps just those mutant names (a sample)."""
    figures = {}
    for module, every in exit_codes(mutants).items():
        by_name = {name: code for name, code in every.items() if only is None or name in only}
        if by_name:
            figures[module] = Counter(
                "equivalent"
                if name in equivalent and status_of(code) in ("survived", "no tests")
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


def matching(name: str, patterns: list[str]) -> bool:
    """Whether mutmut's `run` would take this mutant name for these patterns."""
    return not patterns or any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def stratified_sample(
    names_by_module: dict[str, list[str]], size: int, seed: int
) -> dict[str, list[str]]:
    """About `size` names drawn at random, each module's share proportional to its names.

    Every module gets at least LEAST_PER_MODULE names (all it has, if fewer), so the sample
    may be a little larger than `size`. The same names, size and seed give the same sample."""
    total = sum(len(names) for names in names_by_module.values())
    sample = {}
    for module in sorted(names_by_module):
        names = sorted(names_by_module[module])
        share = max(LEAST_PER_MODULE, round(size * len(names) / total)) if total else 0
        # Seeded per module, so a change to one module leaves the others' draws as they were.
        generator = random.Random(f"{seed}/{module}")
        sample[module] = sorted(generator.sample(names, min(share, len(names))))
    return sample


def wilson_interval(caught: int, checked: int) -> tuple[float, float]:
    """The 95% Wilson score interval of a rate: unlike the normal one, not ±0 for 3 of 3."""
    z = 1.96
    share = caught / checked
    centre = (share + z * z / (2 * checked)) / (1 + z * z / checked)
    half = z * math.sqrt(share * (1 - share) / checked + z * z / (4 * checked * checked))
    half /= 1 + z * z / checked
    return max(0.0, centre - half), min(1.0, centre + half)


def print_sample_table(
    figures: dict[str, Counter[str]], population: dict[str, int], seed: int
) -> None:
    """Per-module sample figures and the stratified estimate over the modules sampled."""
    sampled = sum(sum(counts.values()) for counts in figures.values())
    every = sum(population[module] for module in figures)
    print(f"SAMPLE ESTIMATE: {sampled} of {every} mutants drawn at random (seed {seed})")
    columns = ("all", "sampled", "caught", "missed", "equiv.")
    header = f"{'module':34} " + " ".join(f"{column:>7}" for column in columns)
    print(f"{header} kill rate, 95% interval")
    # Stratified estimate: each module's rate weighted by its (estimated) non-equivalent mutants.
    weighted = []
    for module, counts in figures.items():
        caught = sum(counts[status] for status in CAUGHT)
        missed = _missed(counts)
        checked = caught + missed
        drawn = sum(counts.values())
        head = f"{module:34} {population[module]:7} {drawn:7} {caught:7} {missed:7}"
        head += f" {counts['equivalent']:7}"
        not_run = drawn - checked - counts["equivalent"]
        if not checked:
            print(f"{head} {'not run' if not_run else 'all equivalent':>9}")
            continue
        low, high = wilson_interval(caught, checked)
        tail = f" ({not_run} not run)" if not_run else ""
        print(f"{head} {caught / checked:9.1%} {low:.0%}-{high:.0%}{tail}")
        weight = population[module] * checked / drawn
        weighted.append((weight, caught / checked, checked, drawn / population[module]))
    if not weighted:
        return
    total = sum(weight for weight, *_ in weighted)
    rate = sum(weight * share for weight, share, *_ in weighted) / total
    # Each module's variance from its rate pulled towards a half (Agresti-Coull), so a module
    # whose few sampled mutants were all caught still adds its uncertainty; finite population
    # correction, since a small module may be sampled whole.
    variance = sum(
        (weight / total) ** 2
        * _pulled(share, checked)
        * (1 - _pulled(share, checked))
        / checked
        * (1 - fraction)
        for weight, share, checked, fraction in weighted
    )
    margin = 1.96 * math.sqrt(variance)
    label = f"estimate over {len(weighted)} modules"
    print(f"{label:34} {every:7} {sampled:7} {'':23} {rate:9.1%} ±{margin:.1%} (stratified)")


def _pulled(share: float, checked: int) -> float:
    return (share * checked + 2) / (checked + 4)


def generate_mutants(max_children: int) -> None:
    """Have mutmut write every mutant and its .meta file, running none of them."""
    from mutmut import __main__ as mutmut_main
    from mutmut.mutation.trampoline import set_mutant_under_test

    set_mutant_under_test("mutant_generation")
    mutmut_main.copy_src_dir()
    mutmut_main.copy_also_copy_files()
    mutmut_main.setup_source_paths()
    mutmut_main.store_lines_covered_by_tests()
    mutmut_main.create_mutants(max_children)


def draw_sample(args: argparse.Namespace) -> dict[str, list[str]]:
    names_by_module = {
        module: [name for name in codes if matching(name, args.patterns)]
        for module, codes in exit_codes(ROOT / "mutants").items()
    }
    names_by_module = {module: names for module, names in names_by_module.items() if names}
    if not names_by_module:
        sys.exit(f"no mutant matches {' '.join(args.patterns)}")
    return stratified_sample(names_by_module, args.sample, args.seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--report-only", action="store_true", help="print the last run's table")
    parser.add_argument("--quick", action="store_true", help="leave out the property tests")
    parser.add_argument(
        "--sample", type=int, metavar="N", help="run about N mutants drawn at random, per module"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the --sample draw")
    parser.add_argument(
        "patterns", nargs="*", help="mutant name patterns, e.g. 'wirediff.core.text.decode.*'"
    )
    args = parser.parse_args()
    sample: dict[str, list[str]] = {}
    made_link = not args.report_only and not LINK.exists()
    if made_link:
        LINK.parent.mkdir(exist_ok=True)
        LINK.symlink_to(Path("..") / "core")
    try:
        if args.sample:
            if not args.report_only:
                os.chdir(ROOT)  # mutmut reads pyproject.toml and writes mutants/ here
                generate_mutants(args.max_children)
            sample = draw_sample(args)
        if not args.report_only:
            names = [name for names in sample.values() for name in names] or args.patterns
            mutmut = [str(Path(sys.executable).parent / "mutmut"), "run"]
            mutmut += ["--max-children", str(args.max_children), *names]
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
    if sample:
        drawn = frozenset(name for names in sample.values() for name in names)
        population = {module: len(codes) for module, codes in exit_codes(ROOT / "mutants").items()}
        figures = module_figures(ROOT / "mutants", equivalent_names(), drawn)
        print_sample_table(figures, population, args.seed)
    else:
        print_table(module_figures(ROOT / "mutants", equivalent_names()))


if __name__ == "__main__":
    main()
