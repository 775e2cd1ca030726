"""How an input is told to be a web address, and how an address is shown to people.

Kept apart from `core.sources.capture` so the command line can tell a file from an address at
start-up without loading what captures need (hashing, dates, URL parsing). Imports the standard
library only; `urllib.parse` is loaded by `short_address` alone.
"""

from __future__ import annotations

import re

ADDRESS_START = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_address(text: str) -> bool:
    """Whether `text` is written as an address (scheme://...) rather than a file name: a cheap
    test that loads no network module. Any scheme counts, so `ftp://...` is refused as an
    address rather than looked for as a file.

    >>> is_address("https://example.com/a"), is_address("ftp://x"), is_address("a/b.txt")
    (True, True, False)
    """
    return ADDRESS_START.match(text.strip()) is not None


def short_address(url: str) -> str:
    """The address as people write it: no scheme, no 'www.', no trailing slash alone.

    >>> short_address("https://www.example.com/")
    'example.com'
    >>> short_address("http://example.com/a/b?x=1")
    'example.com/a/b?x=1'
    """
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    rest = parts.path if parts.path != "/" else ""
    if parts.query:
        rest += f"?{parts.query}"
    return host + rest
