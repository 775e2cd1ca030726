"""The exit statuses every `wirediff` subcommand shares.

Imports the standard library only (the command line must start without Qt). What outputs may
be written, and how, is `gui.cli.outputs`.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
