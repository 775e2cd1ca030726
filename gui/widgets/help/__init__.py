"""The Help menu's dialogs: the guide to colours and marks, the keyboard shortcuts, About.

May import `core`, `gui.presentation`, `gui.render`, `gui.export`, PySide6 and the standard
library; never the window or the CLI.
"""
