"""Web archive files written with warcio for the tests: responses, revisits, chunked and
compressed payloads, cut-off copies. Nothing is copied from real crawls."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass
class Response:
    url: str
    date: str  # WARC-Date, e.g. "2024-06-03T09:00:00Z"
    payload: bytes  # the HTTP body as sent (maybe chunked or compressed)
    content_type: str = "text/html; charset=utf-8"
    extra_headers: tuple[tuple[str, str], ...] = ()
    status: str = "200 OK"


@dataclass
class Revisit:
    url: str
    date: str
    refers_to: Response


def write_warc(path: Path, records: list[Response | Revisit], *, compress: bool = True) -> Path:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=compress)
    digests: dict[int, str] = {}
    for record in records:
        if isinstance(record, Response):
            http = StatusAndHeaders(
                record.status,
                [("Content-Type", record.content_type), *record.extra_headers],
                protocol="HTTP/1.1",
            )
            warc = writer.create_warc_record(
                record.url,
                "response",
                payload=io.BytesIO(record.payload),
                http_headers=http,
                warc_headers_dict={"WARC-Date": record.date},
            )
            digests[id(record)] = warc.rec_headers.get_header("WARC-Payload-Digest")
        else:
            original = record.refers_to
            warc = writer.create_revisit_record(
                record.url,
                digest=digests[id(original)],
                refers_to_uri=original.url,
                refers_to_date=original.date,
                http_headers=StatusAndHeaders(
                    "200 OK", [("Content-Type", original.content_type)], protocol="HTTP/1.1"
                ),
            )
            warc.rec_headers.replace_header("WARC-Date", record.date)
        writer.write_record(warc)
    path.write_bytes(stream.getvalue())
    return path


def chunked(body: bytes, size: int = 7) -> bytes:
    """`body` in HTTP/1.1 chunked transfer coding."""
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
