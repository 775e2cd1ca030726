"""JSON, CSV, HTML and readable text built from a `Collation` (the version matrix).

The `wirediff collate` contract (version 1) is defined here and nowhere else:
`collation_to_json` for `--json`, `collation_to_csv` for `--csv`, `collation_to_html` for
`--html`, and `describe_collation` for the table the command prints. JSON always holds every
row, so every sentence of every version is in it exactly once; the CSV, HTML and text views
take a list of row indices (`Collation.filtered_rows`) to show a filtered matrix.

The HTML page is one self-contained file: inline CSS, no scripts, no external requests, so it
can be mailed or printed as it is. Colour is never the only signal: every cell also carries a
word for its kind.

Imports the standard library and `core` only.
"""

from __future__ import annotations

import csv
import html
import io
from collections import Counter
from collections.abc import Sequence
from typing import Any

from wirediff.core.collate.collation import Cell, CellKind, Collation, CollationRow
from wirediff.core.report.comparison import (
    JSON_VERSION,
    fix_to_json,
    furniture_to_json,
    inline_diff,
    ops_to_json,
    render_ops,
)
from wirediff.core.result import Document, Furniture, SentenceKind, SentencePair

# One character per cell kind for the plain-text table.
KIND_MARKS = {
    CellKind.EQUAL: "=",
    CellKind.MINOR: "≈",
    CellKind.CHANGED: "~",
    CellKind.ABSENT: "·",
}
# Words for the kinds, in the CSV, the HTML cells and the legends.
KIND_WORDS = {
    CellKind.EQUAL: "same",
    CellKind.MINOR: "restyled",
    CellKind.CHANGED: "reworded",
    CellKind.ABSENT: "absent",
}
# Width of the sentence column in the plain-text table, in characters.
TEXT_WIDTH_CHARS = 90


def version_labels(collation: Collation) -> tuple[str, ...]:
    """Column titles: the file names, numbered where two versions share a name.

    >>> from wirediff.core.result import Document
    >>> def document(name):
    ...     return Document(None, name, b"", "utf-8", 1.0, "", "", (), ())
    >>> version_labels(Collation((document("a.txt"), document("a.txt"), document("b")), ()))
    ('a.txt (1)', 'a.txt (2)', 'b')
    """
    counts = Counter(document.name for document in collation.documents)
    seen: Counter[str] = Counter()
    labels = []
    for document in collation.documents:
        if counts[document.name] > 1:
            seen[document.name] += 1
            labels.append(f"{document.name} ({seen[document.name]})")
        else:
            labels.append(document.name)
    return tuple(labels)


def _document_to_json(document: Document, sentences: int, furniture: Furniture) -> dict[str, Any]:
    return {
        "path": document.path,
        "name": document.name,
        "encoding": document.encoding,
        "confidence": round(document.confidence, 3),
        "fixes": len(document.fixes),
        "repairs": [fix_to_json(fix) for fix in document.fixes],
        "paragraphs": list(document.paragraphs),
        "sentences": sentences,
        **furniture_to_json(furniture),
    }


def _row_to_json(row: CollationRow, *, furniture: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "reference": row.reference,
        "cells": [_cell_to_json(cell) for cell in row.cells],
    }
    if furniture:
        data["furniture"] = True
    return data


def _cell_to_json(cell: Cell) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": cell.kind.value,
        "text": cell.text,
        "paragraph": cell.paragraph,
    }
    if cell.is_present:
        data["indices"] = list(cell.sentences)
    if cell.kind in (CellKind.MINOR, CellKind.CHANGED):
        data["ops"] = ops_to_json(cell.ops)
    return data


def collation_to_json(collation: Collation) -> dict[str, Any]:
    """The `wirediff collate --json` document.

    Per version: path, name, encoding, repairs, paragraphs, its number of sentences, and its
    page furniture (`furniture`, `furniture_reasons`, as in `compare --json`). Per row
    (`sentences`): the reference version and one cell per version with kind, text, paragraph,
    `indices` (the version's sentence numbers) and, for minor and changed cells, `ops`
    rebuilding the reference wording (`=`, `-`) and the cell's (`=`, `+`); a row whose every
    present cell is page furniture has `"furniture": true`. Every row is listed, furniture too.
    """
    furniture = collation.furniture or tuple(Furniture() for _ in collation.documents)
    return {
        "version": JSON_VERSION,
        "strict": collation.strict,
        "documents": [
            _document_to_json(document, collation.sentence_count(index), furniture[index])
            for index, document in enumerate(collation.documents)
        ],
        "sentences": [
            _row_to_json(row, furniture=collation.is_furniture_row(index))
            for index, row in enumerate(collation.rows)
        ],
        "summary": {
            "rows": len(collation.rows),
            "not_in_every_version": len(collation.rows_not_in_every_version()),
            "unique_to_one_version": len(collation.rows_unique_to_one_version()),
            "furniture_rows": len(collation.furniture_rows),
        },
    }


def _shown(collation: Collation, rows: Sequence[int] | None) -> Sequence[int]:
    return range(len(collation.rows)) if rows is None else rows


# A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """`text` as a CSV cell a spreadsheet shows as text, never runs as a formula.

    A leading apostrophe, as OWASP recommends: spreadsheets hide it and show the text.

    >>> print(spreadsheet_safe('=HYPERLINK("http://x.example","Click")'))
    '=HYPERLINK("http://x.example","Click")
    >>> spreadsheet_safe("-3 degrees, said the forecaster."), spreadsheet_safe("Plain.")
    ("'-3 degrees, said the forecaster.", 'Plain.')
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def collation_to_csv(collation: Collation, rows: Sequence[int] | None = None) -> str:
    """The matrix as CSV: row number, versions carrying it, then kind and text per version.

    >>> from wirediff.core.result import Document
    >>> document = Document(None, "a", b"", "utf-8", 1.0, "", "", (), ())
    >>> row = CollationRow(0, (Cell(CellKind.EQUAL, "Hi.", 0, (0,)),))
    >>> print(collation_to_csv(Collation((document,), (row,))), end="")
    row,versions,a: kind,a: text
    1,1,same,Hi.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    header = ["row", "versions"]
    for label in version_labels(collation):
        header += [spreadsheet_safe(f"{label}: kind"), spreadsheet_safe(f"{label}: text")]
    writer.writerow(header)
    for index in _shown(collation, rows):
        row = collation.rows[index]
        line: list[str | int] = [index + 1, len(row.versions)]
        for cell in row.cells:
            line += [KIND_WORDS[cell.kind], spreadsheet_safe(cell.text or "")]
        writer.writerow(line)
    return buffer.getvalue()


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _inline(row: CollationRow, cell: Cell) -> str:
    pair = SentencePair(SentenceKind.CHANGED, row.text, cell.text, None, None, cell.ops)
    return inline_diff(pair)


def describe_collation(collation: Collation, rows: Sequence[int] | None = None) -> str:
    """A readable table: the versions, the totals, one line per row, rewordings below it."""
    labels = version_labels(collation)
    tags = [f"V{index + 1}" for index in range(len(labels))]
    lines = ["Versions:"]
    for index, (tag, label, document) in enumerate(
        zip(tags, labels, collation.documents, strict=True)
    ):
        summary = collation.version_summary(index)
        repairs = f", {len(document.fixes)} repaired" if document.fixes else ""
        lines.append(
            f"  {tag:>4}  {label}  ({document.encoding}{repairs}, {summary.sentences} sentences, "
            f"{summary.unique} only here)"
        )
    lines.append(
        f"{len(collation.rows)} sentences in all: "
        f"{len(collation.rows) - len(collation.rows_not_in_every_version())} in every version, "
        f"{len(collation.rows_not_in_every_version())} not in every version, "
        f"{len(collation.rows_unique_to_one_version())} unique to one version"
    )
    if rows is not None and collation.furniture_rows:
        hidden = len(collation.furniture_rows.difference(rows))
        if hidden:
            lines.append(f"Page furniture: {hidden} row{'' if hidden == 1 else 's'} not shown")
    lines.append(
        "Cells: " + ", ".join(f"{KIND_MARKS[kind]} {KIND_WORDS[kind]}" for kind in CellKind)
    )
    lines.append("")
    number_width = len(str(len(collation.rows)))
    tag_width = max(len(tag) for tag in tags)
    lines.append(
        f"{'#':>{number_width}}  " + " ".join(f"{tag:<{tag_width}}" for tag in tags) + "  sentence"
    )
    for index in _shown(collation, rows):
        row = collation.rows[index]
        marks = " ".join(f"{KIND_MARKS[cell.kind]:<{tag_width}}" for cell in row.cells)
        lines.append(f"{index + 1:>{number_width}}  {marks}  {_clip(row.text, TEXT_WIDTH_CHARS)}")
        for tag, cell in zip(tags, row.cells, strict=True):
            if cell.kind is CellKind.CHANGED:
                lines.append(f"{'':>{number_width}}  {tag:>{tag_width}} ~ {_inline(row, cell)}")
    return "\n".join(lines) + "\n"


_STYLE = """
body { font: 15px/1.45 Georgia, "Times New Roman", serif; color: #1c1c1c; background: #fff;
       margin: 1.5em; }
h1 { font: 600 1.3em system-ui, sans-serif; margin: 0 0 .3em; }
p.totals, p.legend { font: .9em system-ui, sans-serif; color: #444; margin: .2em 0 .8em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #c9c9c9; padding: .4em .55em; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
thead th { background: #efefef; font: 600 .85em system-ui, sans-serif; position: sticky; top: 0; }
thead th small { font-weight: 400; color: #555; display: block; }
th.number, td.number { width: 3.2em; text-align: right; color: #666;
                       font: .8em system-ui, sans-serif; }
.kind { display: block; font: 600 .68em system-ui, sans-serif; letter-spacing: .04em;
        text-transform: uppercase; color: #555; margin-bottom: .15em; }
td.equal .text { color: #3a3a3a; }
td.reference .kind::after { content: " · first wording"; font-weight: 400; }
td.minor { background: #eef4ff; }
td.changed { background: #fff5df; }
td.absent { background: #f6f6f6; color: #8a8a8a; }
tr.unique td.number { font-weight: 700; color: #1c1c1c; }
ins { background: #c9efcf; text-decoration: underline; }
del { background: #f8d3d3; text-decoration: line-through; }
ins.restyled { background: none; text-decoration: underline dotted; }
@media print {
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  td, th, ins, del { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def _cell_html(cell: Cell, is_reference: bool) -> str:
    classes = [cell.kind.value] + (["reference"] if is_reference else [])
    kind = f'<span class="kind">{KIND_WORDS[cell.kind]}</span>'
    if not cell.is_present:
        return f'<td class="{" ".join(classes)}">{kind}</td>'
    if cell.kind in (CellKind.MINOR, CellKind.CHANGED):
        body = render_ops(
            cell.ops,
            equal=html.escape,
            deleted=lambda text: f"<del>{html.escape(text)}</del>",
            inserted=lambda text: f"<ins>{html.escape(text)}</ins>",
            restyled=lambda text: f'<ins class="restyled">{html.escape(text)}</ins>',
        )
    else:
        body = html.escape(cell.text or "")
    return f'<td class="{" ".join(classes)}">{kind}<span class="text">{body}</span></td>'


def collation_to_html(
    collation: Collation, rows: Sequence[int] | None = None, *, title: str = "Version matrix"
) -> str:
    """The matrix as one self-contained HTML page (inline CSS, no scripts, no requests)."""
    labels = version_labels(collation)
    shown = _shown(collation, rows)
    head = ['<th class="number">#</th>']
    for index, (label, document) in enumerate(zip(labels, collation.documents, strict=True)):
        summary = collation.version_summary(index)
        head.append(
            f"<th>V{index + 1} · {html.escape(label)}<small>{html.escape(document.encoding)}, "
            f"{summary.sentences} sentences, {summary.unique} only here</small></th>"
        )
    body = []
    for index in shown:
        row = collation.rows[index]
        row_class = (
            "unique" if row.is_unique else "common" if row.is_in_every_version else "partial"
        )
        cells = "".join(
            _cell_html(cell, document == row.reference) for document, cell in enumerate(row.cells)
        )
        body.append(f'<tr class="{row_class}"><td class="number">{index + 1}</td>{cells}</tr>')
    totals = (
        f"{len(collation.documents)} versions · {len(collation.rows)} sentences in all · "
        f"{len(collation.rows_not_in_every_version())} not in every version · "
        f"{len(collation.rows_unique_to_one_version())} unique to one version"
    )
    if len(shown) != len(collation.rows):
        totals += f" · showing {len(shown)}"
    legend = (
        "Each cell compares a version with the first version that carries the sentence: "
        "<del>removed words</del>, <ins>added words</ins>, "
        '<ins class="restyled">restyled characters</ins>.'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        f'<p class="totals">{totals}</p>\n<p class="legend">{legend}</p>\n'
        f"<table>\n<thead><tr>{''.join(head)}</tr></thead>\n<tbody>\n"
        + "\n".join(body)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
