"""`CaptureCache`: archive captures kept on disk, so each is fetched from the archive once.

An archived capture (one timestamp of one page) never changes, so it is kept without expiry:
the body and its facts (status, headers, time) in two files named by the SHA-256 of the capture
address, written to a temporary name and renamed, so a cancelled or failed write leaves no
half file that would later pass for a capture. Lives in the user cache folder (platformdirs),
which the system may clear at will. Imports `core.sources.capture` and the standard library.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from wirediff.core.sources.capture import Capture, Origin


class CaptureCache:
    """Captures by the address they were read from."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "captures"

    def _paths(self, location: str) -> tuple[Path, Path]:
        key = hashlib.sha256(location.encode("utf-8")).hexdigest()
        base = self.folder / key[:2] / key
        return base.with_suffix(".body"), base.with_suffix(".json")

    def get(self, location: str) -> Capture | None:
        """The capture read from `location` before, or None (missing or unreadable)."""
        body_path, facts_path = self._paths(location)
        try:
            facts = json.loads(facts_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
            return Capture(
                url=facts["url"],
                location=location,
                status=int(facts["status"]),
                headers=tuple((str(k), str(v)) for k, v in facts["headers"]),
                body=body,
                captured_at=datetime.fromisoformat(facts["captured_at"]),
                origin=Origin(facts["origin"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, capture: Capture) -> None:
        """Keep `capture`; a cache that cannot be written is skipped, never an error."""
        body_path, facts_path = self._paths(capture.location)
        facts = {
            "url": capture.url,
            "status": capture.status,
            "headers": [list(pair) for pair in capture.headers],
            "captured_at": capture.captured_at.isoformat(),
            "origin": capture.origin.value,
        }
        with contextlib.suppress(OSError):
            body_path.parent.mkdir(parents=True, exist_ok=True)
            # Body first, facts last: `get` needs both, so a crash between leaves no capture.
            _write_atomically(body_path, capture.body)
            _write_atomically(facts_path, json.dumps(facts).encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
