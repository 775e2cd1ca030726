"""`RowFilter`: which rows of a version matrix a view shows.

Its own module so that the command line can list the `--only` choices without loading the
collation engine (`core.collate.collation` re-exports it). Imports the standard library only.
"""

from __future__ import annotations

from enum import StrEnum


class RowFilter(StrEnum):
    """Which rows a view shows; values are the names the command line accepts."""

    ALL = "all"
    NOT_IN_EVERY_VERSION = "not-in-every-version"
    UNIQUE_TO_ONE_VERSION = "unique-to-one-version"
