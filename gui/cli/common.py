"""What every `wirediff` subcommand shares: exit statuses and the rule that outputs never
overwrite inputs.

Imports the standard library only (the command line must start without Qt).
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
STDOUT = "-"


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or (
            first.exists() and second.exists() and first.samefile(second)
        )
    except OSError:
        return False


def output_clash(outputs: list[str | Path | None], inputs: list[str | Path]) -> str | None:
    """The one-line message when an output path names an input file, else None.

    >>> output_clash(["seeds/x.txt"], ["seeds/x.txt"])
    'wirediff: seeds/x.txt is an input file; refusing to overwrite it'
    >>> output_clash(["out.json", "-", None], ["seeds/x.txt"]) is None
    True
    """
    for output in outputs:
        if output is None or str(output) == STDOUT:
            continue
        for source in inputs:
            if _same_file(Path(output), Path(source)):
                return f"wirediff: {output} is an input file; refusing to overwrite it"
    return None
