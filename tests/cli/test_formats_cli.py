"""Pins the command line on formats other than text: `extract` (its JSON and its one-line
errors; OpenDocument, RTF and Outlook files too), `compare` of a web page against a Word file
and a PDF, of a Word file against its OpenDocument copy, of two versions of a wire story and of
one Word file's tracked changes, and `repair` writing the extracted story as .txt."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_formats_docx import TRACKED, hand_made_docx, word_file
from tests.core.test_formats_html import PAGE, STORY
from tests.core.test_formats_odt import odt_file
from tests.core.test_formats_rtf import WORD_RTF
from tests.core.test_formats_wire import NITF
from tests.msg_files import outlook_message
from tests.pdf_pages import article_pdf


def test_extract_json_lists_each_file(run_wirediff, tmp_path: Path) -> None:
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "storm.docx").write_bytes(word_file())
    result = run_wirediff(
        "extract", tmp_path / "storm.html", tmp_path / "storm.docx", "--json", "-"
    )
    assert result.returncode == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert [entry["format"] for entry in files] == ["html", "docx"]
    assert files[0]["paragraphs"] == STORY
    assert files[0]["furniture"][:2] == [
        "Home World Sport",
        "We use cookies to improve your experience. Accept all cookies",
    ]
    assert files[0]["meta"]["site"] == "The Daily Example"
    assert files[1]["furniture"] == ["THE DAILY EXAMPLE — DRAFT"]


def test_extract_names_an_unreadable_file_and_reads_the_others(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(article_pdf(STORY)[:300])
    result = run_wirediff("extract", tmp_path / "broken.pdf", tmp_path / "storm.html")
    assert result.returncode == 1
    assert result.stderr == (
        f"wirediff: {tmp_path / 'broken.pdf'}: the PDF is damaged: no PDF reader can open it\n"
    )
    assert "== " + str(tmp_path / "storm.html") + " (html) ==" in result.stdout


def test_compare_a_web_page_with_a_pdf_of_the_same_story(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "storm.pdf").write_bytes(article_pdf(STORY, header=""))
    result = run_wirediff("compare", tmp_path / "storm.html", tmp_path / "storm.pdf", "--json", "-")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["left"]["meta"]["format"], document["right"]["meta"]["format"]) == (
        "html",
        "pdf",
    )
    assert all(row["kind"] == "equal" for row in document["rows"])


def test_repair_writes_the_story_of_a_page_as_text(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    result = run_wirediff("repair", tmp_path / "storm.html", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "storm.txt").read_text(encoding="utf-8") == "\n\n".join(STORY)
    assert "story extracted from the web page" in result.stdout


def test_extract_reads_opendocument_and_rtf(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.odt").write_bytes(odt_file())
    (tmp_path / "storm.rtf").write_bytes(WORD_RTF)
    result = run_wirediff("extract", tmp_path / "storm.odt", tmp_path / "storm.rtf", "--json", "-")
    assert result.returncode == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    # The .odt holds tracked changes: both its readings are listed, as written first.
    assert [(entry["format"], entry["meta"]["title"]) for entry in files] == [
        ("odt", "Storm hits the coast"),
        ("odt", "Storm hits the coast"),
        ("rtf", "Storm hits the cafés"),
    ]
    assert files[0]["furniture"] == files[1]["furniture"] == ["THE DAILY EXAMPLE — DRAFT"]
    assert "The mayor said forty homes were lost." in files[0]["paragraphs"]
    assert "The mayor said fifty homes were lost." in files[1]["paragraphs"]
    assert files[2]["paragraphs"][-1] == "Residents sent photos 😀 online."


def test_compare_json_carries_a_wire_storys_version_and_urgency(run_wirediff, tmp_path) -> None:
    (tmp_path / "v2.xml").write_bytes(NITF)
    (tmp_path / "v3.xml").write_bytes(
        NITF.replace(b'version="2"', b'version="3"').replace(b"40,000", b"50,000")
    )
    result = run_wirediff("compare", tmp_path / "v2.xml", tmp_path / "v3.xml", "--json", "-")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["left"]["meta"]["version"], document["right"]["meta"]["version"]) == (
        "2",
        "3",
    )
    assert [row["kind"] for row in document["rows"]].count("changed") == 1


def test_compare_a_word_file_with_its_opendocument_copy(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.docx").write_bytes(word_file())
    (tmp_path / "storm.odt").write_bytes(odt_file())
    result = run_wirediff("compare", tmp_path / "storm.docx", tmp_path / "storm.odt", "--json", "-")
    assert result.returncode == 0, result.stderr
    rows = [(row["kind"], row["left"], row["right"]) for row in json.loads(result.stdout)["rows"]]
    # Same headline, lists, table and last line; the .odt rewords the first paragraph, adds
    # the mayor's line, a text box and a footnote, and moves the repairs after the schools.
    assert rows == [
        ("equal", [0], [0]),
        ("changed", [1], [1]),
        ("equal", [2], [2]),
        ("equal", [3], [3]),
        ("equal", [4], [4]),
        ("equal", [5], [5]),
        ("added", [], [6]),
        ("equal", [7], [7]),
        ("moved", [6], [8]),
        ("added", [], [9]),
        ("added", [], [10]),
    ]


def test_a_damaged_rtf_or_opendocument_file_is_one_line(run_wirediff, tmp_path) -> None:
    (tmp_path / "broken.odt").write_bytes(odt_file()[:2000])
    result = run_wirediff("extract", tmp_path / "broken.odt")
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"wirediff: {tmp_path / 'broken.odt'}: the OpenDocument file is damaged"
    )
    assert result.stderr.count("\n") == 1


def test_compare_one_word_file_with_tracked_changes(run_wirediff, tmp_path) -> None:
    (tmp_path / "draft.docx").write_bytes(hand_made_docx(TRACKED))
    result = run_wirediff("compare", tmp_path / "draft.docx", "--json", "-")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["left"]["paragraphs"] == [
        "The mayor said forty homes were lost.",
        "Rain fell",
        "all night.",
    ]
    assert document["right"]["paragraphs"] == [
        "The mayor said fifty homes were lost.",
        "Rain fell all night.",
        "Schools will reopen on Friday.",
    ]
    assert [row["kind"] for row in document["rows"]] == ["changed", "equal", "added"]


def test_compare_one_opendocument_file_with_tracked_changes(run_wirediff, tmp_path) -> None:
    (tmp_path / "draft.odt").write_bytes(odt_file())
    result = run_wirediff("compare", tmp_path / "draft.odt", "--json", "-")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert "The mayor said forty homes were lost." in document["left"]["paragraphs"]
    assert "The mayor said fifty homes were lost." in document["right"]["paragraphs"]
    changed = [row for row in document["rows"] if row["kind"] == "changed"]
    assert [sentence["ops"] for row in changed for sentence in row["sentences"]] == [
        [["=", "The mayor said "], ["-", "forty"], ["+", "fifty"], ["=", " homes were lost."]]
    ]


def test_compare_one_file_without_tracked_changes_is_one_line(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.docx").write_bytes(word_file())
    result = run_wirediff("compare", tmp_path / "storm.docx")
    assert result.returncode == 2
    assert result.stderr == (
        f"wirediff: {tmp_path / 'storm.docx'}: holds one version (no tracked changes): "
        "name the version to compare it with\n"
    )


def test_extract_reads_an_outlook_message(run_wirediff, tmp_path) -> None:
    (tmp_path / "storm.msg").write_bytes(
        outlook_message("Storm hits", body="Storm hits the coast\r\n\r\nRoads closed.")
    )
    result = run_wirediff("extract", tmp_path / "storm.msg", "--json", "-")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads(result.stdout)["files"]
    assert (entry["format"], entry["meta"]["title"], entry["paragraphs"]) == (
        "msg",
        "Storm hits",
        ["Storm hits the coast", "Roads closed."],
    )
