"""Typed errors for bad input, each carrying one line a user can act on.

The command line prints `str(error)` to stderr and the window shows it in a message bar; neither
ever shows a traceback for these. Imports nothing but the standard library.
"""

from __future__ import annotations


class InputError(Exception):
    """Input wirediff cannot compare; `str()` is the one-line message for the user."""


class MissingInput(InputError):
    """The file does not exist."""


class UnreadableInput(InputError):
    """The file exists but cannot be read (permissions, a folder, an I/O error)."""


class BinaryInput(InputError):
    """The bytes are not text (NUL bytes or mostly control bytes)."""


class EmptyInput(InputError):
    """The file holds no text at all."""


class InputTooLarge(InputError):
    """The file exceeds the size wirediff will load into memory."""


class Cancelled(Exception):
    """Raised inside the engine when the caller's `cancelled()` callable says stop."""


class CorruptInput(InputError):
    """The file claims a format (Word, PDF, ...) but its contents are damaged."""


class EncryptedInput(InputError):
    """The file is password-protected, so its text cannot be read."""


class NoTextLayer(InputError):
    """The file holds pages as images only (a scanned PDF): there is no text to read."""
