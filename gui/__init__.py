"""wirediff's desktop window, exports and command line.

May import `core`, PySide6 and the standard library. `gui.cli.main` imports Qt only inside the
subcommands that draw, so `wirediff compare --json` and `wirediff repair` start fast.
"""
