"""Read the HTML captures of a web archive file (.warc, .warc.gz, or .wacz) with warcio.

`read_web_archive` returns every HTML response in file order as a `Capture` (origin WARC, the
record's WARC-Date as its time). warcio's content stream undoes chunked transfer coding and
gzip/brotli content coding. A revisit record (the crawler saw the same bytes again and stored
only a pointer) becomes a capture with the body of the response it points to, found by payload
digest or by the target URI and date it refers to.

A file cut off mid-record is common (a crawl stopped, a copy interrupted): the records complete
before the cut are kept and the reading says `truncated`, so the caller can warn; warcio itself
reads a cut record silently short, so completeness is checked here (bytes left in the record's
declared length; for gzip files, unread bytes after the last whole member). A WACZ file is a zip
holding WARC files under `archive/`; each is read in turn.

Imports warcio, `core` and the standard library.
"""

from __future__ import annotations

import contextlib
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from warcio.archiveiterator import ArchiveIterator

from wirediff.core.errors import MissingInput, UnreadableInput
from wirediff.core.progress import Checkpoint
from wirediff.core.sources.capture import Capture, Origin
from wirediff.core.sources.errors import NotWebArchive, TruncatedArchive
from wirediff.core.sources.fetch import PAGE_TYPES

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord
    from warcio.statusandheaders import StatusAndHeaders

# Enough of a file's start to see a WARC header, even through gzip.
HEAD_BYTES = 512


@dataclass(frozen=True, slots=True)
class ArchiveReading:
    """What a web archive file holds: its HTML captures and what could not be used."""

    path: str
    captures: tuple[Capture, ...]
    truncated: bool = False
    unresolved_revisits: int = 0
    unreadable_records: int = 0

    def urls(self) -> list[str]:
        """Each page's address once, in the order the file first holds it."""
        return list(dict.fromkeys(capture.url for capture in self.captures))

    def captures_of(self, url: str) -> list[Capture]:
        """The captures of one page, oldest first."""
        return sorted(
            (capture for capture in self.captures if capture.url == url),
            key=lambda capture: capture.captured_at,
        )


@dataclass(slots=True)
class _Reader:
    label: str
    captures: list[Capture] = field(default_factory=list)
    by_digest: dict[str, Capture] = field(default_factory=dict)
    by_target: dict[tuple[str, str], Capture] = field(default_factory=dict)
    truncated: bool = False
    unresolved_revisits: int = 0
    unreadable_records: int = 0
    records: int = 0

    def read(self, stream: IO[bytes], size: int, head: bytes, checkpoint: Checkpoint) -> None:
        """Read one WARC stream of `size` bytes that starts with `head`."""
        iterator = ArchiveIterator(stream, arc2warc=False)
        records = iter(iterator)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception:  # warcio raises many kinds on bytes that are not WARC
                if self.records == 0 and not _starts_like_warc(head):
                    raise self._not_warc() from None
                self.truncated = True
                return
            if record.format != "warc" or record.rec_type is None:
                raise self._not_warc()
            self.records += 1
            if not self._take(record):
                self.truncated = True
                return
            checkpoint.tick(min(iterator.offset, size), max(size, 1))
        if iterator.offset < size and self.records:
            # gzip: warcio stops quietly at a member cut short.
            self.truncated = True
        elif self.records == 0 and size:
            if not _starts_like_warc(head):
                raise self._not_warc()
            self.truncated = True  # cut inside the first record's header

    def _not_warc(self) -> NotWebArchive:
        return NotWebArchive(f"{self.label}: not a web archive (WARC) file")

    def _take(self, record: ArcWarcRecord) -> bool:
        """Read one record; False when it is cut off (the file ends inside it)."""
        kind = record.rec_type
        if kind not in ("response", "revisit"):
            return _is_whole(record)
        try:
            body = record.content_stream().read()
        except Exception:  # a broken chunked or compressed payload spoils this record only
            self.unreadable_records += 1
            return _is_whole(record)
        if record.raw_stream.limit:
            return False
        headers = record.http_headers
        if kind == "revisit":
            self._take_revisit(record, headers)
            return True
        if headers is None:
            return True
        capture = self._capture(record, headers, body)
        digest = record.rec_headers.get_header("WARC-Payload-Digest")
        if digest:
            self.by_digest.setdefault(digest, capture)
        self.by_target[(capture.url, record.rec_headers.get_header("WARC-Date") or "")] = capture
        if _is_page(capture):
            self.captures.append(capture)
        return True

    def _take_revisit(self, record: ArcWarcRecord, headers: StatusAndHeaders | None) -> None:
        warc = record.rec_headers
        original = self.by_digest.get(warc.get_header("WARC-Payload-Digest") or "")
        if original is None:
            key = (
                warc.get_header("WARC-Refers-To-Target-URI") or "",
                warc.get_header("WARC-Refers-To-Date") or "",
            )
            original = self.by_target.get(key)
        if original is None:
            self.unresolved_revisits += 1
            return
        status, pairs = original.status, original.headers
        if headers is not None and headers.get_statuscode():
            status, pairs = int(headers.get_statuscode()), tuple(headers.headers) or pairs
        if status == 304:  # "not modified": the earlier body, as the earlier answer gave it
            status, pairs = original.status, original.headers
        capture = Capture(
            url=warc.get_header("WARC-Target-URI") or original.url,
            location=self.label,
            status=status,
            headers=pairs,
            body=original.body,
            captured_at=_warc_date(warc.get_header("WARC-Date")),
            origin=Origin.WARC,
        )
        if _is_page(capture):
            self.captures.append(capture)

    def _capture(self, record: ArcWarcRecord, headers: StatusAndHeaders, body: bytes) -> Capture:
        warc = record.rec_headers
        status = headers.get_statuscode()
        return Capture(
            url=warc.get_header("WARC-Target-URI") or "",
            location=self.label,
            status=int(status) if status and status.isdigit() else 0,
            headers=tuple((str(k), str(v)) for k, v in headers.headers),
            body=body,
            captured_at=_warc_date(warc.get_header("WARC-Date")),
            origin=Origin.WARC,
        )


def _starts_like_warc(head: bytes) -> bool:
    """Whether a file's first bytes are a WARC header, plain or gzip-compressed."""
    if head.startswith(b"\x1f\x8b"):
        with contextlib.suppress(zlib.error):
            head = zlib.decompressobj(31).decompress(head)
    return head.startswith(b"WARC/")


def _is_whole(record: ArcWarcRecord) -> bool:
    """Read the rest of the record; False when the file ends before its declared length."""
    record.raw_stream.read()
    return bool(record.raw_stream.limit == 0)


def _is_page(capture: Capture) -> bool:
    return 200 <= capture.status < 300 and capture.content_type in PAGE_TYPES


def _warc_date(text: str | None) -> datetime:
    """WARC-Date (ISO 8601, 'Z' or an offset); the epoch when missing or unreadable."""
    try:
        moment = datetime.fromisoformat((text or "").replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _wacz_members(archive: zipfile.ZipFile) -> Iterator[zipfile.ZipInfo]:
    for info in archive.infolist():
        if info.filename.startswith("archive/") and info.filename.endswith((".warc", ".warc.gz")):
            yield info


def read_web_archive(path: str | Path, checkpoint: Checkpoint | None = None) -> ArchiveReading:
    """Every HTML capture of a .warc, .warc.gz or .wacz file; raises `InputError` subclasses."""
    path = Path(path)
    checkpoint = checkpoint or Checkpoint()
    reader = _Reader(str(path))
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = list(_wacz_members(archive))
                if not members:
                    raise NotWebArchive(f"{path}: a zip file, but not a WACZ web archive")
                for info in members:
                    with archive.open(info) as stream:
                        head = stream.read(HEAD_BYTES)
                    with archive.open(info) as stream:
                        reader.read(stream, info.file_size, head, checkpoint)
        else:
            with path.open("rb") as stream:
                head = stream.read(HEAD_BYTES)
                stream.seek(0)
                reader.read(stream, path.stat().st_size, head, checkpoint)
    except FileNotFoundError:
        raise MissingInput(f"{path}: no such file") from None
    except (OSError, zipfile.BadZipFile) as error:
        raise UnreadableInput(f"{path}: cannot read it ({error})") from None
    if reader.records == 0 and not reader.truncated:
        raise NotWebArchive(f"{path}: the file is empty, not a web archive (WARC) file")
    if reader.truncated and not reader.captures:
        raise TruncatedArchive(f"{path}: the web archive is cut off before its first whole page")
    return ArchiveReading(
        path=str(path),
        captures=tuple(reader.captures),
        truncated=reader.truncated,
        unresolved_revisits=reader.unresolved_revisits,
        unreadable_records=reader.unreadable_records,
    )
