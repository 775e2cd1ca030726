"""Benchmark `wirediff compare` on ~1 MB pairs against Python's difflib line diff.

    python bench/bench_compare.py [--runs 5] [--keep DIR] [--cases 5%,50%,rewrapped,startup]

Builds a long text (3,000+ paragraphs, about 1 MB) and three right-hand versions of it: about
5% of its sentences reworded, cut, inserted or restyled ("5%"); half of them ("50%"); and every
paragraph hard-wrapped at 69 columns, as wire copy is, with no word changed ("rewrapped").
For each pair it times, as separate processes from fork to exit, `wirediff compare LEFT RIGHT
--json OUT` and a difflib unified line diff of the same files, alternating the two so both
see the same load, and prints the median wall and CPU time and peak memory of each and their
ratio. Beside them runs the floor: what any comparison under JSON contract version 1 must do
even aligning nothing (read and repair both files, split them into sentences, write every
sentence as JSON), to tell the engine's own cost from the contract's. "startup" times
`wirediff compare A B --json -` on the first two seeds, against a bare `python -c pass`: the
start-up target is absolute (0.12 s from fork to exit). Each command runs once untimed first.
Children run with bytecode caching allowed (the script clears PYTHONDONTWRITEBYTECODE for
them), as an installed program runs: pip compiles modules when it installs them, an editable
install on first import.
Run by hand; timed tests are flaky on shared machines, so this is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import edited_version, long_text

DIFFLIB_SCRIPT = (
    "import difflib, sys\n"
    "a = open(sys.argv[1], encoding='utf-8').read().splitlines(True)\n"
    "b = open(sys.argv[2], encoding='utf-8').read().splitlines(True)\n"
    "sys.stdout.writelines(difflib.unified_diff(a, b))\n"
)


# The least any comparison under JSON contract version 1 must do, aligning nothing: read and
# repair both versions, split every paragraph into sentences and write every sentence as JSON.
FLOOR_SCRIPT = (
    "import sys, orjson\n"
    "from wirediff.core.compare import load_document\n"
    "from wirediff.core.segment.split import split_sentences\n"
    "docs = [load_document(path) for path in sys.argv[1:3]]\n"
    "memo = {}\n"
    "def sentences(paragraph):\n"
    "    if paragraph not in memo:\n"
    "        memo[paragraph] = [s.strip() for s in split_sentences(paragraph) if s.strip()]\n"
    "    return memo[paragraph]\n"
    "rows = [{'kind': 'added', 'left': [], 'right': [i], 'sentences': [\n"
    "    {'kind': 'added', 'left': None, 'right': s} for s in sentences(p)]}\n"
    "    for d in docs for i, p in enumerate(d.paragraphs)]\n"
    "sides = [list(d.paragraphs) for d in docs]\n"
    "sys.stdout.buffer.write(orjson.dumps({'sides': sides, 'rows': rows}))\n"
)

WIRE_WIDTH = 69


def rewrapped(base: list[str]) -> str:
    """Every paragraph hard-wrapped at the wire's width; no word changed."""
    return "\n\n".join(textwrap.fill(paragraph, WIRE_WIDTH) for paragraph in base) + "\n"


def build_pairs() -> dict[str, tuple[str, str]]:
    base = long_text()
    left = "\n\n".join(base) + "\n"
    return {
        "5%": (left, edited_version(base, seed=7)),
        "50%": (left, edited_version(base, seed=7, share=0.5)),
        "rewrapped": (left, rewrapped(base)),
    }


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def timed(argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS in MB of one child process."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.execvp(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def startup_commands(wirediff: str) -> dict[str, list[str]]:
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    return {
        "wirediff compare --json -": [wirediff, "compare", str(first), str(second), "--json", "-"],
        "python -c pass": [sys.executable, "-c", "pass"],
    }


def report(commands: dict[str, list[str]], runs: int) -> None:
    """Time each command `runs` times, alternating them, after one untimed run of each; the
    last command is the one the others' times are divided by."""
    for argv in commands.values():
        timed(argv)
    samples: dict[str, list[tuple[float, float, float]]] = {command: [] for command in commands}
    for _ in range(runs):
        for command, argv in commands.items():
            samples[command].append(timed(argv))
    walls = {}
    for command, taken in samples.items():
        wall = statistics.median(sample[0] for sample in taken)
        cpu = statistics.median(sample[1] for sample in taken)
        peak = max(sample[2] for sample in taken)
        walls[command] = wall
        print(f"  {command:26} median {wall:.3f} s wall, {cpu:.3f} s CPU   peak {peak:.0f} MB")
    *others, (baseline, baseline_wall) = walls.items()
    for command, wall in others:
        print(f"  wall time ratio, {command} / {baseline}: {wall / baseline_wall:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the pairs here and keep them")
    parser.add_argument(
        "--cases", default="5%,50%,rewrapped,startup", help="comma-separated case names"
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wirediff-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    wirediff = str(Path(sys.executable).parent / "wirediff")
    pairs = build_pairs()
    for case in args.cases.split(","):
        if case == "startup":
            print(f"startup: the first two seeds; {args.runs} runs each")
            report(startup_commands(wirediff), args.runs)
            continue
        left_text, right_text = pairs[case]
        label = case.rstrip("%") + ("pct" if case.endswith("%") else "")
        left, right = folder / "left.txt", folder / f"right-{label}.txt"
        left.write_text(left_text, encoding="utf-8")
        right.write_text(right_text, encoding="utf-8")
        commands = {
            "wirediff compare --json": [
                wirediff,
                "compare",
                str(left),
                str(right),
                "--json",
                os.devnull,
            ],
            "floor: read, split, JSON": [sys.executable, "-c", FLOOR_SCRIPT, str(left), str(right)],
            "difflib line diff": [sys.executable, "-c", DIFFLIB_SCRIPT, str(left), str(right)],
        }
        print(
            f"{case}: {len(left_text.encode()) / 1e6:.2f} MB / "
            f"{left_text.count(chr(10) * 2) + 1} paragraphs vs "
            f"{len(right_text.encode()) / 1e6:.2f} MB; {args.runs} runs each"
        )
        report(commands, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
