"""The exit statuses every `wirediff` subcommand shares.

Imports the standard library only (the command line must start without Qt). What outputs may
be written, and how, is `gui.cli.outputs`.
"""

from __future__ import annotations

import re
from pathlib import Path

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2


def is_web_address(argument: str | Path) -> bool:
    """Whether a command-line input is an address (scheme://...) rather than a file: a cheap
    test, so the network modules load only when one is given. Addresses other than http(s)
    count too, so `ftp://...` is refused as an address, not reported as a missing file.

    >>> is_web_address("https://example.com/a"), is_web_address("ftp://x"), is_web_address("a")
    (True, True, False)
    """
    return (
        isinstance(argument, str) and re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", argument) is not None
    )
