"""Pins reading web archive files: HTML captures grouped by page with their times, revisits
resolved to the body they point to, chunked and compressed payloads decoded, a cut-off file
read up to the cut and flagged, and one clear error for files that are not WARC at all.
"""

from __future__ import annotations

import gzip
import zipfile
from datetime import UTC, datetime

import pytest

from tests.warc_files import Response, Revisit, chunked, write_warc
from tests.web_server import page
from wirediff.core.errors import MissingInput
from wirediff.core.sources.capture import Origin
from wirediff.core.sources.errors import NotWebArchive, TruncatedArchive
from wirediff.core.sources.warc import read_web_archive

A = "https://news.example/a"
B = "https://news.example/b"
FIRST = Response(A, "2024-06-03T09:00:00Z", page("Kyiv said yes."))
SECOND = Response(B, "2024-06-03T10:00:00Z", page("Another story."))
THIRD = Response(A, "2024-06-04T09:00:00Z", page("Kyiv said yes.", "Moscow said no."))


@pytest.mark.parametrize("compress", [True, False])
def test_three_captures_of_two_pages(tmp_path, compress) -> None:
    path = write_warc(tmp_path / "crawl.warc", [FIRST, SECOND, THIRD], compress=compress)
    reading = read_web_archive(path)
    assert reading.urls() == [A, B]
    assert [(c.captured_at, c.body) for c in reading.captures_of(A)] == [
        (datetime(2024, 6, 3, 9, tzinfo=UTC), FIRST.payload),
        (datetime(2024, 6, 4, 9, tzinfo=UTC), THIRD.payload),
    ]
    assert [c.body for c in reading.captures_of(B)] == [SECOND.payload]
    assert {c.origin for c in reading.captures} == {Origin.WARC}
    assert not reading.truncated


def test_revisit_takes_the_body_it_points_to(tmp_path) -> None:
    revisit = Revisit(A, "2024-06-05T09:00:00Z", refers_to=THIRD)
    path = write_warc(tmp_path / "crawl.warc.gz", [FIRST, THIRD, revisit])
    captures = read_web_archive(path).captures_of(A)
    assert [c.captured_at.day for c in captures] == [3, 4, 5]
    assert captures[2].body == THIRD.payload
    assert captures[2].digest == captures[1].digest


def test_revisit_of_a_record_not_in_the_file_is_counted_not_shown(tmp_path) -> None:
    elsewhere = Response(A, "2024-01-01T00:00:00Z", page("Kept in another file."))
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [elsewhere, SECOND, Revisit(A, "2024-06-05T09:00:00Z", elsewhere)])
    # Keep only the second and third records: the revisit's original is gone.
    members = _gzip_members(path.read_bytes())
    path.write_bytes(b"".join(members[1:]))
    reading = read_web_archive(path)
    assert reading.urls() == [B]
    assert reading.unresolved_revisits == 1


def _gzip_members(data: bytes) -> list[bytes]:
    members, start = [], 0
    while start < len(data):
        decompressor = __import__("zlib").decompressobj(31)
        decompressor.decompress(data[start:])
        end = len(data) - len(decompressor.unused_data)
        members.append(data[start:end])
        start = end
    return members


def test_chunked_and_gzip_payloads_are_decoded(tmp_path) -> None:
    body = page("Sent in chunks, compressed.")
    record = Response(
        A,
        "2024-06-03T09:00:00Z",
        chunked(gzip.compress(body)),
        extra_headers=(("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")),
    )
    capture = read_web_archive(write_warc(tmp_path / "c.warc.gz", [record])).captures[0]
    assert capture.body == body


def test_non_html_and_error_responses_are_left_out(tmp_path) -> None:
    image = Response(A + ".png", "2024-06-03T09:00:00Z", b"\x89PNG", content_type="image/png")
    missing = Response(B, "2024-06-03T09:00:00Z", b"gone", status="404 Not Found")
    path = write_warc(tmp_path / "c.warc.gz", [image, missing, FIRST])
    assert read_web_archive(path).urls() == [A]


@pytest.mark.parametrize("compress", [True, False])
def test_cut_off_file_keeps_whole_records_and_says_so(tmp_path, compress) -> None:
    path = write_warc(tmp_path / "crawl.warc", [FIRST, SECOND, THIRD], compress=compress)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])
    reading = read_web_archive(path)
    assert reading.truncated
    assert [c.body for c in reading.captures] == [FIRST.payload, SECOND.payload]


@pytest.mark.parametrize("compress", [True, False])
def test_cut_off_inside_the_first_record(tmp_path, compress) -> None:
    path = write_warc(tmp_path / "crawl.warc", [FIRST], compress=compress)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(TruncatedArchive) as caught:
        read_web_archive(path)
    assert str(caught.value) == f"{path}: the web archive is cut off before its first whole page"


@pytest.mark.parametrize(
    "content",
    [b"hello, this is a text file\nnot an archive\n\n", b"\x89PNG\r\n\x1a\n" + bytes(200), b""],
)
def test_not_a_warc(tmp_path, content) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(gzip.compress(content) if content.startswith(b"\x89") else content)
    with pytest.raises(NotWebArchive) as caught:
        read_web_archive(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "not a web archive (WARC) file" in str(caught.value)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(MissingInput):
        read_web_archive(tmp_path / "nowhere.warc.gz")


def test_wacz_reads_the_warc_files_inside(tmp_path) -> None:
    warc = write_warc(tmp_path / "data.warc.gz", [FIRST, SECOND, THIRD])
    wacz = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(wacz, "w") as archive:
        archive.write(warc, "archive/data.warc.gz")
        archive.writestr("datapackage.json", "{}")
    assert read_web_archive(wacz).urls() == [A, B]


def test_zip_that_is_not_wacz(tmp_path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hi")
    with pytest.raises(NotWebArchive) as caught:
        read_web_archive(path)
    assert str(caught.value) == f"{path}: a zip file, but not a WACZ web archive"
