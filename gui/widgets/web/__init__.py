"""Dialogs for web sources: the address to open, and the captures of a page to pick.

May import `gui.presentation`, PySide6 and the standard library; never `core.sources`' network
modules (the window runs those on the thread pool).
"""
