"""Exact readings of web archive files built record by record (`core.sources.warc`): records
that are not pages before the pages, revisits resolved by their digest alone or by their target
alone, revisits that resolve to nothing counted, WARC dates without a zone or unreadable, a file
with junk after its last whole record, and progress through the file."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.web_server import page
from wirediff.core.progress import Checkpoint
from wirediff.core.sources.warc import read_web_archive

A = "https://news.example/a"
BODY = page("Kyiv said yes.")


def http(status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")


class Archive:
    def __init__(self) -> None:
        self.stream = io.BytesIO()
        self.writer = WARCWriter(self.stream, gzip=False)

    def response(self, url: str, date: str | None, body: bytes = BODY) -> str:
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http()
        )
        if date is None:
            record.rec_headers.remove_header("WARC-Date")
        else:
            record.rec_headers.replace_header("WARC-Date", date)
        self.writer.write_record(record)
        return str(record.rec_headers.get_header("WARC-Payload-Digest"))

    def revisit(self, url: str, date: str, *, digest: str, target: tuple[str, str] | None) -> None:
        record = self.writer.create_revisit_record(
            url,
            digest=digest,
            refers_to_uri=target[0] if target else url,
            refers_to_date=target[1] if target else date,
            http_headers=http(),
        )
        if target is None:
            record.rec_headers.remove_header("WARC-Refers-To-Target-URI")
            record.rec_headers.remove_header("WARC-Refers-To-Date")
        record.rec_headers.replace_header("WARC-Date", date)
        self.writer.write_record(record)

    def other(self, kind: str) -> None:
        record = self.writer.create_warc_record(
            A, kind, payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"), warc_content_type="text/plain"
        )
        self.writer.write_record(record)

    def save(self, path: Path, tail: bytes = b"") -> Path:
        path.write_bytes(self.stream.getvalue() + tail)
        return path


def moments(path: Path) -> list[tuple[str, str, datetime]]:
    reading = read_web_archive(path)
    return [(c.url, c.location, c.captured_at) for c in reading.captures]


def test_records_that_are_not_pages_are_passed_over(tmp_path: Path) -> None:
    archive = Archive()
    archive.other("request")
    archive.other("metadata")
    archive.response(A, "2024-06-03T09:00:00Z")
    path = archive.save(tmp_path / "crawl.warc")
    assert moments(path) == [(A, str(path), datetime(2024, 6, 3, 9, tzinfo=UTC))]


def test_a_date_without_a_zone_is_utc_and_an_unreadable_one_is_the_epoch(tmp_path: Path) -> None:
    archive = Archive()
    archive.response(A, "2024-06-03T09:00:00")
    archive.response(A + "?2", "yesterday")
    path = archive.save(tmp_path / "crawl.warc")
    assert [(url, at) for url, _, at in moments(path)] == [
        (A, datetime(2024, 6, 3, 9, tzinfo=UTC)),
        (A + "?2", datetime(1970, 1, 1, tzinfo=UTC)),
    ]


def test_a_revisit_is_resolved_by_its_digest_alone(tmp_path: Path) -> None:
    archive = Archive()
    digest = archive.response(A, "2024-06-03T09:00:00Z")
    archive.revisit(A, "2024-06-04T09:00:00Z", digest=digest, target=None)
    reading = read_web_archive(archive.save(tmp_path / "crawl.warc"))
    assert [(c.captured_at.day, c.body) for c in reading.captures] == [(3, BODY), (4, BODY)]
    assert reading.unresolved_revisits == 0


def test_a_revisit_is_resolved_by_its_target_alone(tmp_path: Path) -> None:
    archive = Archive()
    archive.response(A, "2024-06-03T09:00:00Z")
    archive.revisit(
        A, "2024-06-04T09:00:00Z", digest="sha1:NOTHINGLIKEIT", target=(A, "2024-06-03T09:00:00Z")
    )
    reading = read_web_archive(archive.save(tmp_path / "crawl.warc"))
    assert [(c.captured_at.day, c.body) for c in reading.captures] == [(3, BODY), (4, BODY)]


def test_revisits_of_nothing_in_the_file_are_each_counted(tmp_path: Path) -> None:
    archive = Archive()
    archive.response(A, "2024-06-03T09:00:00Z")
    for day in (4, 5):
        archive.revisit(A, f"2024-06-0{day}T09:00:00Z", digest="sha1:GONE", target=None)
    reading = read_web_archive(archive.save(tmp_path / "crawl.warc"))
    assert (len(reading.captures), reading.unresolved_revisits) == (1, 2)


def test_junk_after_the_last_whole_record_marks_the_file_cut_off(tmp_path: Path) -> None:
    archive = Archive()
    archive.response(A, "2024-06-03T09:00:00Z")
    reading = read_web_archive(archive.save(tmp_path / "crawl.warc", b"garbage that is no record"))
    assert reading.truncated is True
    assert [c.body for c in reading.captures] == [BODY]


def test_progress_moves_through_the_file_record_by_record(tmp_path: Path) -> None:
    archive = Archive()
    for day in (3, 4, 5):
        archive.response(A, f"2024-06-0{day}T09:00:00Z", page(f"Day {day} of the story."))
    path = archive.save(tmp_path / "crawl.warc")
    seen: list[int] = []
    read_web_archive(path, Checkpoint(lambda done, total: seen.append(done)))
    # Ticks at the start of each of three records of one size.
    assert seen == [0, 333, 666]
