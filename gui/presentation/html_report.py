"""HTML export: the comparison as one self-contained page with the window's rows and colours.

The page is a table with one row per comparison row, old text left, gutter mark in the middle,
new text right, exactly as the window pairs them, so the two versions of a paragraph always sit
level. Changed words are semantic `<ins>`/`<del>`, whole added or removed sentences and
paragraphs too (`<ins class="sentence">`...); minor differences are `<span class="minor">`.
Every mark also has a non-colour signal: underline, strike-through, dotted underline, and the
gutter symbol (+ − ± ⇅ · ¶) with a title saying what the row holds, and ticks for whole
sentences added or cut.

One file, nothing fetched: CSS inline, no scripts, no fonts or images to load, so it can be
mailed, archived and opened offline. Colours come from the same palette files as the window
(`resources/themes/*.json`): light by default, dark when the reader's system prefers it, light
again in print. Print CSS repeats the OLD/NEW header on each page and keeps the tints.

The marks are read from rows by `gui.presentation.row_text`, as the row painter reads them.

May import `core`, `gui.presentation.export_plan`, `gui.presentation.row_text` and the standard
library; never Qt (the command line writes HTML without loading it).
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

from wirediff.core.result import Comparison, Row, RowKind, Side
from wirediff.gui.presentation.export_plan import (
    GapItem,
    Heading,
    SideHeading,
    export_heading,
    export_items,
)
from wirediff.gui.presentation.gutter_marks import (
    GUTTER_SYMBOLS,
    GUTTER_TITLES,
    SENTENCE_TICK,
    SENTENCE_TICK_TIPS,
    LegendEntry,
    legend_entries,
    row_tooltip,
)
from wirediff.gui.presentation.row_text import (
    Mark,
    Paragraph,
    moved_from_text,
    row_mark,
    side_paragraphs,
)

THEMES_DIR = resources.files("wirediff.resources") / "themes"
# The window's sans-serif faces (wirediff.gui.models.settings), then the reader's own.
FONT_STACK = (
    'Inter, "Source Sans 3", "Segoe UI", "Helvetica Neue", "Noto Sans", Arial, '
    '"DejaVu Sans", "Noto Sans CJK SC", system-ui, sans-serif'
)
# Opening and closing markup of each mark.
MARK_TAGS = {
    Mark.INSERTED: ("<ins>", "</ins>"),
    Mark.DELETED: ("<del>", "</del>"),
    Mark.ADDED: ('<ins class="sentence">', "</ins>"),
    Mark.REMOVED: ('<del class="sentence">', "</del>"),
    Mark.MINOR: ('<span class="minor" title="minor difference">', "</span>"),
}


@cache
def palette(name: str) -> dict[str, Any]:
    """The palette file `name` ("light" or "dark"), as data."""
    data: dict[str, Any] = json.loads((THEMES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _variables(name: str) -> str:
    data = palette(name)
    lines = [f"--{key.replace('_', '-')}: {value};" for key, value in data["base"].items()]
    for kind, colors in data["kinds"].items():
        for part in ("background", "word", "mark"):
            value = colors.get(part) or "transparent"
            lines.append(f"--{kind}-{part}: {value};")
    return " ".join(lines)


def _style() -> str:
    light, dark = _variables("light"), _variables("dark")
    return f"""
:root {{ {light} color-scheme: light dark; }}
@media (prefers-color-scheme: dark) {{ :root {{ {dark} }} }}
@media print {{ :root {{ {light} }} }}
* {{ box-sizing: border-box; print-color-adjust: exact; -webkit-print-color-adjust: exact; }}
body {{ margin: 0; background: var(--background); color: var(--text);
  font: 15px/1.45 {FONT_STACK}; }}
header.band {{ padding: 16px 24px 12px; }}
header.band h1 {{ font-size: 1.3em; margin: 0 12em 0 0; overflow-wrap: anywhere; }}
header.band .date {{ float: right; margin: 0.2em 0 0; color: var(--subdued-text); }}
header.band .summary {{ margin: 0.3em 0 0.7em; }}
ul.legend {{ list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: 0.4em 1.8em; }}
ul.legend li {{ display: flex; align-items: center; gap: 0.4em; white-space: nowrap; }}
table.comparison {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
col.gutter {{ width: 2.4em; }}
thead th {{ background: var(--header); color: var(--header-text); text-align: left;
  font-weight: 600; padding: 0.45em 0.9em; border-top: 1px solid var(--rule);
  border-bottom: 1px solid var(--rule); }}
thead th.gutter {{ padding: 0; }}
thead .caption {{ font-size: 0.72em; font-weight: 700; letter-spacing: 1px;
  border: 1px solid; border-radius: 3px; padding: 0 0.4em; margin-right: 0.5em;
  vertical-align: 0.15em; }}
thead .old .caption {{ color: var(--removed-mark); }}
thead .new .caption {{ color: var(--added-mark); }}
thead .details {{ float: right; font-weight: normal; font-size: 0.85em;
  color: var(--subdued-text); }}
tbody td {{ vertical-align: top; padding: 0.45em 0.9em; border-bottom: 1px solid var(--rule);
  overflow-wrap: anywhere; }}
tbody td p {{ margin: 0; }}
tbody td p + p {{ margin-top: 0.55em; }}
td.gutter {{ padding: 0.45em 0; text-align: center; background: var(--gutter); }}
tr.added td.gutter, tr.removed td.gutter, tr.changed td.gutter, tr.moved td.gutter {{
  background-image: linear-gradient(var(--bar), var(--bar)); background-size: 3px 100%;
  background-position: center; background-repeat: no-repeat; }}
tr.added {{ --bar: var(--added-mark); }}
tr.removed {{ --bar: var(--removed-mark); }}
tr.changed {{ --bar: var(--changed-mark); }}
tr.moved {{ --bar: var(--moved-mark); }}
.badge {{ display: inline-block; width: 1.3em; height: 1.3em; line-height: 1.3em;
  border-radius: 50%; color: var(--background); font-weight: 700; text-align: center; }}
.badge.added {{ background: var(--added-mark); }}
.badge.removed {{ background: var(--removed-mark); }}
.badge.changed {{ background: var(--changed-mark); }}
.badge.moved {{ background: var(--moved-mark); }}
.badge.minor {{ background: var(--gutter); color: var(--minor-mark); }}
.badge.layout {{ background: var(--gutter); color: var(--layout-mark);
  box-shadow: inset 0 0 0 1px var(--layout-mark); }}
.tick {{ display: inline-block; width: 4px; height: 1.2em; vertical-align: middle;
  margin: 0 1px; }}
.tick.removed {{ background: var(--removed-mark); }}
.tick.added {{ background: var(--added-mark); }}
td.gutter .tick {{ display: block; margin: 0.3em auto 0; }}
tr.added td.right {{ background: var(--added-background); }}
tr.removed td.left {{ background: var(--removed-background); }}
tr.added td.left, tr.removed td.right {{ background-color: var(--alternate);
  background-image: repeating-linear-gradient(135deg, var(--alternate) 0, var(--alternate) 7px,
  var(--rule) 7px, var(--rule) 8px); }}
tr.moved td.left, tr.moved td.right {{ background: var(--moved-background); }}
ins, del {{ text-decoration-thickness: 1px; }}
ins {{ background: var(--added-word); text-decoration-color: var(--added-mark); }}
del {{ background: var(--removed-word); }}
ins.paragraph, del.paragraph {{ background: none; text-decoration: none; }}
span.minor {{ background: var(--minor-word); color: var(--subdued-text);
  text-decoration: underline dotted var(--minor-mark); }}
.moved-label {{ display: inline-block; font-size: 0.85em; font-weight: 600;
  color: var(--label-text); border: 1px solid var(--moved-mark); border-radius: 1em;
  padding: 0 0.7em; margin-bottom: 0.45em; background: var(--background); }}
.moved-label a {{ color: inherit; }}
tr.gap td {{ text-align: center; color: var(--subdued-text); background: var(--alternate);
  font-size: 0.85em; padding: 0.3em; }}
footer {{ padding: 12px 24px; color: var(--subdued-text); font-size: 0.8em; }}
@media print {{
  @page {{ size: A4 landscape; margin: 12mm; }}
  body {{ font-size: 10pt; }}
  thead {{ display: table-header-group; }}
  tr {{ break-inside: avoid; }}
}}
"""


def _marked(paragraph: Paragraph) -> str:
    """A paragraph's text with its marks as markup."""
    pieces = []
    position = 0
    for span in paragraph.spans:
        pieces.append(html.escape(paragraph.text[position : span.start]))
        opening, closing = MARK_TAGS[span.mark]
        pieces.append(f"{opening}{html.escape(paragraph.text[span.start : span.end])}{closing}")
        position = span.end
    pieces.append(html.escape(paragraph.text[position:]))
    return "".join(pieces)


def _cell(row: Row, side: Side, *, show_minor: bool) -> str:
    whole = {(RowKind.ADDED, Side.RIGHT): "ins", (RowKind.REMOVED, Side.LEFT): "del"}
    tag = whole.get((row.kind, side))
    paragraphs = []
    for paragraph in side_paragraphs(row, side, show_minor=show_minor):
        text = _marked(paragraph)
        if tag is not None:
            # The whole paragraph is new or gone; the tinted cell shows it, the tag says it.
            text = f'<{tag} class="paragraph">{text}</{tag}>'
        paragraphs.append(f'<p dir="auto">{text}</p>')
    return "".join(paragraphs)


def _moved_label(row: Row, index: int, shown: set[int]) -> str:
    words = html.escape(moved_from_text(row, index))
    if row.moved_from is not None and row.moved_from in shown:
        words = f'{words} · <a href="#row-{row.moved_from}">where it stood</a>'
    elif row.moved_to is not None and row.moved_to in shown:
        words = f'{words} · <a href="#row-{row.moved_to}">where it is now</a>'
    return f'<span class="moved-label">{words}</span>'


def _ticks(row: Row, side: Side) -> str:
    """The gutter ticks of whole sentences added to or cut from the row's paragraphs."""
    marks = {span.mark for paragraph in side_paragraphs(row, side) for span in paragraph.spans}
    ticks = []
    for mark, kind in ((Mark.REMOVED, "removed"), (Mark.ADDED, "added")):
        if mark in marks:
            tip = html.escape(SENTENCE_TICK_TIPS[mark])
            ticks.append(f'<span class="tick {kind}" title="{tip}" aria-label="{tip}"></span>')
    return "".join(ticks)


def _row_html(
    row: Row, index: int, rows: tuple[Row, ...], shown: set[int], *, show_minor: bool
) -> str:
    mark = row_mark(row, show_minor=show_minor)
    kind = row.kind.value if row.kind is not RowKind.EQUAL else (mark or "equal")
    gutter = ""
    if mark is not None:
        tip = html.escape(row_tooltip(row, rows, mark))
        gutter = (
            f'<span class="badge {mark}" title="{tip}" '
            f'aria-label="{GUTTER_TITLES[mark]}">{GUTTER_SYMBOLS[mark]}</span>'
        )
        if row.kind not in (RowKind.ADDED, RowKind.REMOVED):
            gutter += _ticks(row, Side.LEFT) + _ticks(row, Side.RIGHT)
    left = _cell(row, Side.LEFT, show_minor=show_minor)
    right = _cell(row, Side.RIGHT, show_minor=show_minor)
    if row.kind is RowKind.MOVED:
        right = _moved_label(row, index, shown) + right
    return (
        f'<tr class="{kind}" id="row-{index}"><td class="left">{left}</td>'
        f'<td class="gutter">{gutter}</td><td class="right">{right}</td></tr>'
    )


def _side_heading(heading: SideHeading, css_class: str) -> str:
    return (
        f'<th class="{css_class}"><span class="caption">{html.escape(heading.caption)}</span>'
        f"{html.escape(heading.name)}"
        f'<span class="details">{html.escape(heading.details)}</span></th>'
    )


def _legend(entries: tuple[LegendEntry, ...]) -> str:
    items = []
    for entry in entries:
        sample = ""
        if entry.sample is not None and entry.mark is not None:
            opening, closing = MARK_TAGS[Mark(entry.mark)]
            sample = f" {opening}{html.escape(entry.sample)}{closing}"
        if entry.kind == SENTENCE_TICK:
            badge = '<span class="tick removed"></span><span class="tick added"></span>'
        else:
            badge = f'<span class="badge {entry.kind}">{entry.symbol}</span>'
        items.append(f"<li>{badge}{html.escape(entry.label)}{sample}</li>")
    return f'<ul class="legend">{"".join(items)}</ul>'


def _band(heading: Heading, legend: tuple[LegendEntry, ...]) -> str:
    return (
        '<header class="band">'
        f'<p class="date">{html.escape(heading.date)}</p>'
        f"<h1>{html.escape(heading.title)}</h1>"
        f'<p class="summary">{html.escape(heading.summary)}</p>'
        f"{_legend(legend)}</header>"
    )


def comparison_to_html(
    comparison: Comparison,
    *,
    changes_only: bool = False,
    show_minor: bool = True,
    compared_at: datetime | None = None,
) -> str:
    """The whole page; `changes_only` collapses unchanged runs as the drawn exports do."""
    heading = export_heading(comparison, compared_at)
    legend = legend_entries(comparison, include_minor=show_minor)
    items = export_items(comparison, changes_only=changes_only, show_minor=show_minor)
    shown = {item.index for item in items if not isinstance(item, GapItem)}
    body = []
    for item in items:
        if isinstance(item, GapItem):
            body.append(f'<tr class="gap"><td colspan="3">{html.escape(item.caption())}</td></tr>')
        else:
            row = comparison.rows[item.index]
            body.append(_row_html(row, item.index, comparison.rows, shown, show_minor=show_minor))
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wirediff">
<title>{html.escape(heading.title)}</title>
<style>{_style()}</style>
</head>
<body>
{_band(heading, legend)}
<table class="comparison">
<colgroup><col class="half"><col class="gutter"><col class="half"></colgroup>
<thead><tr>{_side_heading(heading.left, "old")}<th class="gutter"></th>\
{_side_heading(heading.right, "new")}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<footer>{html.escape(heading.summary)} · made with wirediff</footer>
</body>
</html>
"""
