"""Save, or check against a saved copy, the `compare --json` output of many pairs.

    python bench/output_snapshot.py save DIR [--cases ALIGN_CASES]
    python bench/output_snapshot.py check DIR [--cases ALIGN_CASES]

A change made for speed must leave every comparison as it was. This writes the JSON document of
each pair, normal and strict, into DIR (`save`), or compares a fresh one with each file there
and lists those that differ (`check`, exit status 1 if any). The pairs: every ordered pair of
the seeds, the three ~1 MB pairs of `bench_compare.py`, and, with `--cases`, each case folder
(`left.txt`, `right.txt`) of a directory made by the shared alignment bench's `make_cases.py`.
Paths are left out of the documents, so two checkouts can be compared. Run by hand.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import orjson
from bench_compare import build_pairs

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.report.comparison import comparison_to_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def pairs(cases: Path | None, scratch: Path) -> Iterator[tuple[str, Path, Path]]:
    seeds = sorted(SEEDS.glob("*.txt"))
    for left in seeds:
        for right in seeds:
            if left != right:
                yield f"seed-{left.name[:3]}-{right.name[:3]}", left, right
    for case, (left_text, right_text) in build_pairs().items():
        name = "bench-" + case.replace("%", "pct")
        left, right = scratch / f"{name}-left.txt", scratch / f"{name}-right.txt"
        left.write_text(left_text, encoding="utf-8")
        right.write_text(right_text, encoding="utf-8")
        yield name, left, right
    if cases is not None:
        for folder in sorted(path for path in (cases / "cases").iterdir() if path.is_dir()):
            yield f"case-{folder.name}", folder / "left.txt", folder / "right.txt"


def snapshot(left: Path, right: Path, *, strict: bool) -> bytes:
    comparison = compare_documents(load_document(left), load_document(right), strict=strict)
    document = comparison_to_json(comparison)
    for side in ("left", "right"):
        document[side].pop("path", None)
    return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cases", type=Path, help="a folder made by align/make_cases.py")
    args = parser.parse_args()
    scratch = args.folder / "inputs"
    scratch.mkdir(parents=True, exist_ok=True)
    differ = checked = 0
    for name, left, right in pairs(args.cases, scratch):
        for strict in (False, True):
            path = args.folder / f"{name}{'-strict' if strict else ''}.json"
            made = snapshot(left, right, strict=strict)
            checked += 1
            if args.action == "save":
                path.write_bytes(made)
            elif not path.exists() or path.read_bytes() != made:
                differ += 1
                print(f"differs: {path.name}")
    verb = "saved" if args.action == "save" else f"checked, {differ} differ"
    print(f"{checked} comparisons {verb}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
