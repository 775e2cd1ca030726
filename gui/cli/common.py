"""The exit statuses every `wirediff` subcommand shares.

Imports the standard library and `core.sources.addresses` (no network module: the command line
must start fast, without Qt). What outputs may
be written, and how, is `gui.cli.outputs`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypeVar

from wirediff.core.sources.addresses import is_address

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2

# The parser class of `wirediff`'s subcommands, so each module adding one takes any of them.
ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)


def is_web_address(argument: str | Path) -> bool:
    """Whether a command-line input is an address rather than a file (the network modules load
    only when one is given; see `core.sources.addresses.is_address`).

    >>> is_web_address("https://example.com/a"), is_web_address(Path("a.txt"))
    (True, False)
    """
    return isinstance(argument, str) and is_address(argument)
