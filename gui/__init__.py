"""wirediff's desktop window, exports and command line.

May import `core`, PySide6 and the standard library. `gui.cli` imports Qt only inside the
subcommands that draw, so `wirediff compare --json` and `wirediff repair` start fast.

Importing the package also guards against a reference-count bug of PySide6 6.12 on Python 3.11
(see `gui.compat`), before any module of it can call into Qt.
"""

from gui.compat import reserve_none_references

reserve_none_references()
