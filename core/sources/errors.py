"""Errors of the web sources, each carrying one line a user can act on.

They extend `core.errors.InputError`, so the command line and the window show them the way
they show a missing file: one line, never a traceback. Imports `core.errors` only.
"""

from __future__ import annotations

from wirediff.core.errors import InputError, InputTooLarge


class FetchError(InputError):
    """A page could not be fetched."""


class NotWebAddress(FetchError):
    """The address is not http:// or https://."""


class FetchTimeout(FetchError):
    """The server did not answer, or not fully, in time."""


class HostNotFound(FetchError):
    """The host name does not resolve."""


class SecureConnectionFailed(FetchError):
    """The TLS handshake or certificate check failed."""


class ConnectionFailed(FetchError):
    """Refused, reset or broken connections and answers that are not HTTP."""


class HttpStatusError(FetchError):
    """The server answered with an error status (404, 410, 5xx, ...)."""

    def __init__(self, message: str, status: int, retry_after: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class NotAPage(FetchError):
    """The answer is not a web page (an image, a PDF, JSON, ...)."""


class TooManyRedirects(FetchError):
    """More redirects than allowed, usually a loop."""


class PageTooLarge(FetchError, InputTooLarge):
    """The page is larger than the size cap."""


class ArchiveAnswerError(FetchError):
    """The archive's CDX answer is malformed."""


class NoCaptures(FetchError):
    """The archive (or the local history, or a WARC file) holds no capture of the page."""


class NotWebArchive(InputError):
    """The file is not a WARC (or WACZ) file."""


class TruncatedArchive(InputError):
    """The WARC file is cut off and holds no complete HTML capture before the cut."""
