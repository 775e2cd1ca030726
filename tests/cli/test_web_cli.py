"""Pins the web commands as a user runs them: `history` against a fake Wayback archive on
127.0.0.1, `warc` on files written with warcio, web pages as `compare` and `collate` inputs,
and the exact one-line error for each failure. The cache and the local history live in the
temporary folders tests/conftest.py sets; the subprocess inherits that environment.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.warc_files import Response, write_warc
from tests.web_server import Answer, cdx_answer, page

STORY = "https://news.example/2024/06/story"
TIMES = ["20240603090000", "20240603120000", "20240603150000", "20240604090000", "20240605090000"]
TEXTS = [
    ("Kyiv said yes.",),
    ("Kyiv said yes.", "Moscow said no."),
    ("Kyiv said yes today.", "Moscow said no."),
    ("Kyiv said yes today.", "Moscow said no.", "Talks resume on Monday."),
    ("Kyiv said yes today.", "Talks resume on Monday."),
]


@pytest.fixture
def archive(web_server, monkeypatch):
    """Five versions of STORY in the fake archive: six captures, two of them identical."""
    rows = [(t, STORY, "text/html", "200", f"D{i}") for i, t in enumerate(TIMES)]
    rows.insert(1, ("20240603100000", STORY, "text/html", "200", "D0"))
    web_server.serve("/cdx/search/cdx", Answer(body=cdx_answer(rows), content_type="text/plain"))
    for time, paragraphs in zip(TIMES, TEXTS, strict=True):
        web_server.serve(f"/web/{time}id_/{STORY}", Answer(body=page(*paragraphs)))
    monkeypatch.setenv("WIREDIFF_ARCHIVE_URL", web_server.url())
    return web_server


def test_history_lists_versions_with_identical_captures_folded(run_wirediff, archive) -> None:
    result = run_wirediff("history", STORY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{STORY}: 6 captures in {archive.url()}, 5 versions",
        "   1  2024-06-03 09:00 UTC  200  D0            seen 2 times, to 2024-06-03 10:00 UTC",
        "   2  2024-06-03 12:00 UTC  200  D1",
        "   3  2024-06-03 15:00 UTC  200  D2",
        "   4  2024-06-04 09:00 UTC  200  D3",
        "   5  2024-06-05 09:00 UTC  200  D4",
    ]
    assert not any("/web/" in request for request in archive.requests)


def test_history_collate_opens_five_captures_as_five_versions(run_wirediff, archive) -> None:
    result = run_wirediff("history", STORY, "--collate", "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["name"] for d in data["documents"]] == [
        f"news.example/2024/06/story · {t[:4]}-{t[4:6]}-{t[6:8]} {t[8:10]}:00 UTC" for t in TIMES
    ]
    assert {d["path"] for d in data["documents"]} == {STORY}
    # Read as the story on each page, not as markup.
    assert [d["paragraphs"] for d in data["documents"]] == [list(texts) for texts in TEXTS]
    talks = [r for r in data["sentences"] if "Talks resume on Monday." in json.dumps(r)]
    assert [cell["kind"] for cell in talks[0]["cells"]][:3] == ["absent"] * 3
    assert all(archive.hits(f"/web/{t}id_/{STORY}") == 1 for t in TIMES)
    # Fetched once: a second run reads the captures from the cache.
    assert run_wirediff("history", STORY, "--collate").returncode == 0
    assert all(archive.hits(f"/web/{t}id_/{STORY}") == 1 for t in TIMES)
    listed = run_wirediff("history", STORY, "--local")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0] == f"{STORY}: 5 versions in the local history"


def test_history_compare_fetches_only_the_two_versions(run_wirediff, archive) -> None:
    result = run_wirediff("history", STORY, "--compare", "2", "5", "--json", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["left"]["path"], data["right"]["path"]) == (STORY, STORY)
    assert {row["kind"] for row in data["rows"]} != {"equal"}
    assert [archive.hits(f"/web/{t}id_/{STORY}") for t in TIMES] == [0, 1, 0, 0, 1]


def test_history_passes_its_range_and_limit(run_wirediff, archive) -> None:
    result = run_wirediff(
        "history", STORY, "--from", "2024-06-03", "--to", "2024-06", "--limit", "3"
    )
    assert result.returncode == 0, result.stderr
    assert "&from=20240603&to=202406&limit=3" in archive.requests[0]
    assert result.stdout.splitlines()[0] == f"{STORY}: 3 captures in {archive.url()}, 2 versions"


def test_history_retries_after_429(run_wirediff, archive) -> None:
    listing = archive.routes["/cdx/search/cdx"]
    archive.serve("/cdx/search/cdx", [Answer(429, headers={"Retry-After": "0"}), listing])
    result = run_wirediff("history", STORY)
    assert result.returncode == 0, result.stderr
    assert archive.hits("/cdx/search/cdx") == 2


@pytest.mark.parametrize(
    ("arguments", "line"),
    [
        (("--compare", "1", "9"), "wirediff: no version 9: there are 5"),
        (
            ("--from", "June"),
            "wirediff: June: not a time (write 2024, 2024-06, 2024-06-03 or 20240603142500)",
        ),
        (("--local",), f"wirediff: {STORY}: no version of this page in the local history"),
    ],
)
def test_history_usage_errors(run_wirediff, archive, arguments, line) -> None:
    result = run_wirediff("history", STORY, *arguments)
    assert (result.returncode, result.stderr) == (2, line + "\n")


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        (Answer(body=b"[]"), "the archive holds no capture of this page"),
        (
            Answer(body=b"<html>down</html>"),
            "the archive's answer is not the capture list expected (malformed CDX JSON)",
        ),
    ],
)
def test_history_bad_archive_answers(run_wirediff, archive, answer, line) -> None:
    archive.serve("/cdx/search/cdx", answer)
    result = run_wirediff("history", STORY)
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        f"wirediff: {STORY}: {line}\n",
    )


def test_history_with_a_missing_capture_stores_nothing(run_wirediff, archive, tmp_path) -> None:
    archive.serve(f"/web/{TIMES[4]}id_/{STORY}", Answer(404))
    result = run_wirediff("history", STORY, "--collate")
    capture = archive.url(f"/web/{TIMES[4]}id_/{STORY}")
    assert result.stderr == (
        f"wirediff: {capture}: the server answered 404 Not Found (no page at this address)\n"
    )
    assert result.returncode == 2
    assert not (Path(_data_dir()) / "history.sqlite3").exists()


def test_compare_two_web_pages_and_keep_them(run_wirediff, web_server) -> None:
    left = web_server.serve("/v1", Answer(body=page("Kyiv said yes.")))
    right = web_server.serve("/v2", Answer(body=page("Kyiv said no.")))
    result = run_wirediff("compare", left, right)
    assert result.returncode == 0, result.stderr
    assert "1 changed" in result.stdout or "changed" in result.stdout
    listed = run_wirediff("history", left, "--local")
    assert listed.stdout.splitlines()[0] == f"{left}: 1 version in the local history"
    assert run_wirediff("compare", left, right, "--no-store").returncode == 0
    assert run_wirediff("history", left, "--local").stdout.count("seen ") == 1


def test_collate_reads_pages_and_files(run_wirediff, web_server, tmp_path) -> None:
    local = tmp_path / "copy.txt"
    local.write_text("Kyiv said yes.\n", encoding="utf-8")
    url = web_server.serve("/v1", Answer(body=page("Kyiv said yes.")))
    result = run_wirediff("collate", local, url, "--json", "-", "--no-store")
    assert result.returncode == 0, result.stderr
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == [str(local), url]


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        (Answer(404), "the server answered 404 Not Found (no page at this address)"),
        (Answer(410), "the server answered 410 Gone (the page was removed for good)"),
        (Answer(502), "the server answered 502 Bad Gateway (a server error)"),
        (
            Answer(body=b"{}", content_type="application/json"),
            "the server sent application/json, not a web page",
        ),
        (
            Answer(302, headers={"Location": "/page"}),
            "more than 10 redirects (the site sends it in a loop)",
        ),
    ],
)
def test_compare_with_a_failing_page(run_wirediff, web_server, tmp_path, answer, line) -> None:
    url = web_server.serve("/page", answer)
    local = tmp_path / "copy.txt"
    local.write_text("Kyiv said yes.\n", encoding="utf-8")
    result = run_wirediff("compare", local, url)
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        f"wirediff: {url}: {line}\n",
    )
    assert not (Path(_data_dir()) / "history.sqlite3").exists() or _stored() == 0


def _data_dir() -> str:
    import os

    return os.environ["WIREDIFF_DATA_DIR"]


def _stored() -> int:
    with sqlite3.connect(Path(_data_dir()) / "history.sqlite3") as connection:
        return connection.execute("SELECT COUNT(*) FROM versions").fetchone()[0]


def test_compare_with_an_address_that_is_not_http(run_wirediff, tmp_path) -> None:
    local = tmp_path / "copy.txt"
    local.write_text("Kyiv said yes.\n", encoding="utf-8")
    result = run_wirediff("compare", "ftp://news.example/story", local)
    assert result.returncode == 2
    assert result.stderr == (
        "wirediff: ftp://news.example/story: not a web address "
        "(only http:// and https:// pages can be fetched)\n"
    )


# -- warc -------------------------------------------------------------------------------------

A = "https://news.example/a"
B = "https://news.example/b"


@pytest.fixture
def crawl(tmp_path) -> Path:
    return write_warc(
        tmp_path / "crawl.warc.gz",
        [
            Response(A, "2024-06-03T09:00:00Z", page("Kyiv said yes.")),
            Response(B, "2024-06-03T10:00:00Z", page("Another story.")),
            Response(A, "2024-06-04T09:00:00Z", page("Kyiv said yes.", "Moscow said no.")),
        ],
    )


def test_warc_lists_both_pages(run_wirediff, crawl) -> None:
    result = run_wirediff("warc", crawl, "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{crawl}: 3 captures of 2 pages"
    assert [line.split()[:4] for line in lines[1:]] == [
        [A],
        ["1", "2024-06-03", "09:00", "UTC"],
        ["2", "2024-06-04", "09:00", "UTC"],
        [B],
        ["1", "2024-06-03", "10:00", "UTC"],
    ]


def test_warc_opens_either_page(run_wirediff, crawl) -> None:
    both = run_wirediff("warc", crawl, "--url", A, "--collate", "--json", "-")
    assert both.returncode == 0, both.stderr
    assert [d["name"] for d in json.loads(both.stdout)["documents"]] == [
        "news.example/a · 2024-06-03 09:00 UTC",
        "news.example/a · 2024-06-04 09:00 UTC",
    ]
    compared = run_wirediff("warc", crawl, "--url", A, "--compare", "1", "2", "--json", "-")
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)["left"]["path"] == A
    single = run_wirediff("warc", crawl, "--url", B)
    assert single.returncode == 0, single.stderr
    assert single.stdout.splitlines()[0] == B
    alone = run_wirediff("warc", crawl, "--url", B, "--collate")
    assert (alone.returncode, alone.stderr) == (
        2,
        "wirediff: only one version: nothing to line up\n",
    )


def test_warc_cut_off_warns_and_uses_what_came_before(run_wirediff, crawl) -> None:
    data = crawl.read_bytes()
    crawl.write_bytes(data[: len(data) - 30])
    result = run_wirediff("warc", crawl)
    assert result.returncode == 1
    assert result.stderr == (
        f"wirediff: {crawl}: the web archive is cut off; "
        "the 2 page captures before the cut are used\n"
    )
    assert result.stdout.splitlines()[0] == f"{crawl}: 2 captures of 2 pages"


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (b"Just some notes.\n", "not a web archive (WARC) file"),
        (b"", "the file is empty, not a web archive (WARC) file"),
    ],
)
def test_warc_that_is_not_one(run_wirediff, tmp_path, content, line) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(content)
    result = run_wirediff("warc", path, "--list")
    assert (result.returncode, result.stderr) == (2, f"wirediff: {path}: {line}\n")


def test_warc_page_not_in_the_file(run_wirediff, crawl) -> None:
    result = run_wirediff("warc", crawl, "--url", "https://news.example/c")
    assert (result.returncode, result.stderr) == (
        2,
        f"wirediff: {crawl}: no HTML capture of https://news.example/c\n",
    )
