"""Pins the HTML export: the page parses, marks the added Germany and Putin sentences of seeds
000 vs 001 inside <ins> and deleted words inside <del>, has one table row per comparison row
with three cells (old, gutter, new), fetches nothing (no scripts, links, images or URLs), has
print CSS, collapses unchanged runs in "changes only", and imports without Qt."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from wirediff.core.compare import compare_files
from wirediff.gui.presentation.html_report import comparison_to_html

ROOT = Path(__file__).resolve().parents[2]
GERMANY = "Germany announced soon after the White House altered its policy"
PUTIN = "Russian President Vladimir Putin warned Germany on Wednesday"
VOID = {"meta", "br", "col", "img", "link", "hr", "input"}


class PageReader(HTMLParser):
    """Collects the text inside each tag kind, the rows and every attribute, checking nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.text_in: dict[str, list[str]] = {}
        self.rows: list[dict[str, str | None]] = []
        self.cells_per_row: list[int] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend(attrs)
        if tag == "tr":
            self.rows.append(dict(attrs))
            self.cells_per_row.append(0)
        if tag == "td" and self.cells_per_row:
            self.cells_per_row[-1] += 1
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open[-1:] == [tag], (tag, self.open[-5:])
        self.open.pop()

    def handle_data(self, data):
        for tag in set(self.open):
            self.text_in.setdefault(tag, []).append(data)

    def text(self, tag: str) -> str:
        return "".join(self.text_in.get(tag, []))


@pytest.fixture(scope="module")
def demo(seeds):
    return compare_files(seeds["000"], seeds["001"])


def read(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    assert reader.open == []
    return reader


def test_added_sentences_are_inserted_text(demo):
    reader = read(comparison_to_html(demo))
    inserted = reader.text("ins")
    assert GERMANY in inserted
    assert PUTIN in inserted
    assert "strike" in reader.text("del")
    assert "hit targets" in inserted


def test_one_table_row_per_comparison_row(demo):
    reader = read(comparison_to_html(demo.with_furniture_shown(True)))
    body_rows = [row for row in reader.rows if (row.get("id") or "").startswith("row-")]
    assert len(body_rows) == len(demo.rows)
    assert [row["class"] for row in body_rows] == [
        row.kind.value if row.kind.value != "equal" or not row.has_minor else "minor"
        for row in demo.rows
    ]
    assert set(reader.cells_per_row[1:]) == {3}


def test_page_furniture_is_folded_into_gap_lines(demo):
    reader = read(comparison_to_html(demo))
    body_rows = [row for row in reader.rows if (row.get("id") or "").startswith("row-")]
    assert len(body_rows) == len(demo.rows) - len(demo.furniture_rows)
    page = comparison_to_html(demo)
    assert "3 page parts hidden: photo caption, counter" in page
    assert "View All (3)" not in page


def test_page_is_self_contained_and_printable(demo):
    page = comparison_to_html(demo)
    reader = read(page)
    assert not reader.tags & {"script", "link", "img", "iframe", "object"}
    assert not [value for _name, value in reader.attributes if value and "//" in value]
    assert "url(" not in page
    assert "@media print" in page
    assert "000_75830fd113e7cabe.txt → 001_9779c6c5e7198efa.txt" in reader.text("h1")


def test_changes_only_collapses_unchanged_runs(demo):
    whole = read(comparison_to_html(demo))
    changes = read(comparison_to_html(demo, changes_only=True))
    gaps = [row for row in changes.rows if row.get("class") == "gap"]
    assert gaps
    assert len(changes.rows) < len(whole.rows)
    assert "unchanged paragraph" in changes.text("td")
    assert GERMANY in changes.text("ins")


def test_html_export_imports_without_qt():
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import wirediff.gui.presentation.html_report, wirediff.gui.cli.export\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", blocker], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
