"""JSON documents and readable text built from engine results.

The command-line contract (version 1) is defined here and nowhere else: `comparison_to_json`
for `wirediff compare --json`, `repair_report` for `wirediff repair --report`, and
`describe_comparison` for the plain summary `wirediff compare` prints. Page furniture
(`core.furniture`) appears as each side's `furniture` and `furniture_reasons`, rows made only of
it carry `"furniture": true`, the summary's counts match the rows listed (furniture included),
and `summary.story` counts the story's changes alone.

Imports the standard library and `core` only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from wirediff.core.result import (
    Comparison,
    Document,
    Fix,
    Furniture,
    Op,
    OpKind,
    Row,
    RowKind,
    SentenceKind,
    SentencePair,
    Summary,
)

JSON_VERSION = 1
_WHITESPACE = re.compile(r"\s+")


def fix_to_json(fix: Fix) -> dict[str, Any]:
    return {
        "start": fix.start,
        "end": fix.end,
        "before": fix.before,
        "after": fix.after,
        "method": fix.method,
    }


def _document_to_json(document: Document, furniture: Furniture) -> dict[str, Any]:
    return {
        "path": document.path,
        "encoding": document.encoding,
        "confidence": round(document.confidence, 3),
        "fixes": len(document.fixes),
        "repairs": [fix_to_json(fix) for fix in document.fixes],
        "paragraphs": list(document.paragraphs),
        "meta": document.meta.as_json(),
        **furniture_to_json(furniture),
    }


def furniture_to_json(furniture: Furniture) -> dict[str, Any]:
    """One version's page furniture: its paragraph indices, and each one's reason."""
    return {
        "furniture": list(furniture.paragraphs),
        "furniture_reasons": {str(index): reason for index, reason in furniture.reasons.items()},
    }


def ops_to_json(ops: Iterable[Op]) -> list[list[str]]:
    """A word diff as JSON: `[kind, text]` pairs, the kind `=`, `-` or `+`."""
    return [[op.kind.value, op.text] for op in ops]


def _sentence_to_json(sentence: SentencePair) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": sentence.kind.value,
        "left": sentence.left,
        "right": sentence.right,
    }
    if sentence.kind in (SentenceKind.CHANGED, SentenceKind.MINOR):
        data["ops"] = ops_to_json(sentence.ops)
    return data


def _row_to_json(row: Row, *, furniture: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": row.kind.value,
        "left": list(row.left),
        "right": list(row.right),
        "sentences": [_sentence_to_json(sentence) for sentence in row.sentences],
    }
    if row.kind is RowKind.MOVED:
        data["moved_from_row"] = row.moved_from
    if row.layout is not None:
        data["layout"] = row.layout.value
    if furniture:
        data["furniture"] = True
    return data


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    """The `wirediff compare --json` document.

    The summary's counts are those of the rows listed, furniture rows included, as they have
    been since version 1 (a reader may check one against the other); `summary.story` holds
    the counts without page furniture, which is what the window and the text summary show
    unless furniture is shown.
    """
    every = comparison.with_furniture_shown(True).summary
    story = comparison.summary
    return {
        "version": JSON_VERSION,
        "left": _document_to_json(comparison.left, comparison.left_furniture),
        "right": _document_to_json(comparison.right, comparison.right_furniture),
        "strict": comparison.strict,
        "rows": [
            _row_to_json(row, furniture=comparison.is_furniture_row(index))
            for index, row in enumerate(comparison.rows)
        ],
        "summary": {
            **_counts_to_json(every),
            "furniture_left": every.furniture_left,
            "furniture_right": every.furniture_right,
            "story": _counts_to_json(story),
        },
    }


def _counts_to_json(summary: Summary) -> dict[str, int]:
    return {
        "paragraphs_added": summary.paragraphs_added,
        "paragraphs_removed": summary.paragraphs_removed,
        "paragraphs_moved": summary.paragraphs_moved,
        "sentences_added": summary.sentences_added,
        "sentences_removed": summary.sentences_removed,
        "sentences_changed": summary.sentences_changed,
        "sentences_minor": summary.sentences_minor,
        "paragraphs_split": summary.paragraphs_split,
        "paragraphs_merged": summary.paragraphs_merged,
    }


def repair_entry(path: str, document: Document) -> dict[str, Any]:
    """One file's record in the `wirediff repair --report` document."""
    return {
        "path": path,
        "encoding": document.encoding,
        "confidence": round(document.confidence, 3),
        "fixes": [fix_to_json(fix) for fix in document.fixes],
    }


def repair_report(entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {"version": JSON_VERSION, "files": list(entries)}


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def describe_comparison(comparison: Comparison) -> str:
    """A readable summary: the two inputs, the totals, then every change in order."""
    lines = []
    for label, document in (("left ", comparison.left), ("right", comparison.right)):
        repairs = f", {len(document.fixes)} repaired" if document.fixes else ""
        lines.append(
            f"{label}: {document.name} ({document.encoding}{repairs}, "
            f"{len(document.paragraphs)} paragraphs)"
        )
    lines.append(comparison.summary.describe())
    hidden = hidden_parts_line(comparison)
    if hidden:
        lines.append(hidden)
    markers = {
        SentenceKind.ADDED: "+",
        SentenceKind.REMOVED: "-",
        SentenceKind.CHANGED: "~",
        SentenceKind.MINOR: "·",
    }
    for index in comparison.change_rows(include_minor=False):
        row = comparison.rows[index]
        lines.append("")
        lines.append(
            f"[{row.kind.value}] left ¶{_numbers(row.left)} → right ¶{_numbers(row.right)}"
        )
        for sentence in row.sentences:
            marker = markers.get(sentence.kind)
            if marker is None or sentence.kind is SentenceKind.MINOR:
                continue
            if sentence.kind is SentenceKind.CHANGED:
                lines.append(f"  {marker} {inline_diff(sentence)}")
            else:
                lines.append(f"  {marker} {_clip(sentence.left or sentence.right or '')}")
    return "\n".join(lines) + "\n"


def hidden_parts_line(comparison: Comparison) -> str:
    """One line naming the kinds of page parts folded away, or "" when none are.

    The summary line above it gives their number.
    """
    if not comparison.hidden_changes:
        return ""
    reasons = ", ".join(comparison.furniture_reasons(comparison.hidden_changes))
    return f"Page parts hidden, not the story: {reasons} (--furniture show lists them)"


def render_ops(
    ops: Iterable[Op],
    *,
    equal: Callable[[str], str],
    deleted: Callable[[str], str],
    inserted: Callable[[str], str],
    restyled: Callable[[str], str],
) -> str:
    """A word diff as one text, each kind of piece formatted by its function.

    Restyling is shown as the newer text prints it (`restyled` of the inserted form) and its
    deleted form is left out: striking out a straight quote only clutters a reworded sentence.
    Every one-line or marked-up rendering of ops (summary, HTML, tooltips) goes through here.

    >>> from wirediff.core.diff.worddiff import diff_words
    >>> render_ops(diff_words("Kyiv’s arms", "Kyiv's weapons"), equal=str,
    ...            deleted="[-{}-]".format, inserted="{{+{}+}}".format, restyled=str)
    "Kyiv's [-arms-]{+weapons+}"
    """
    parts = []
    for op in ops:
        if op.cosmetic:
            if op.kind is OpKind.INSERT:
                parts.append(restyled(op.text))
        elif op.kind is OpKind.DELETE:
            parts.append(deleted(op.text))
        elif op.kind is OpKind.INSERT:
            parts.append(inserted(op.text))
        else:
            parts.append(equal(op.text))
    return "".join(parts)


def inline_diff(sentence: SentencePair) -> str:
    """A changed sentence as one line, wdiff style: `[-deleted-]{+inserted+}`.

    >>> from wirediff.core.diff.worddiff import diff_words
    >>> pair = SentencePair(SentenceKind.CHANGED, "hit targets in Russia", "strike in Russia",
    ...                     0, 0, diff_words("hit targets in Russia", "strike in Russia"))
    >>> inline_diff(pair)
    '[-hit targets-]{+strike+} in Russia'
    """

    def flat(text: str) -> str:
        return _WHITESPACE.sub(" ", text)

    return render_ops(
        sentence.ops,
        equal=flat,
        deleted=lambda text: f"[-{flat(text)}-]",
        inserted=lambda text: f"{{+{flat(text)}+}}",
        restyled=flat,
    )


def _numbers(paragraphs: tuple[int, ...]) -> str:
    return ",".join(str(p + 1) for p in paragraphs) if paragraphs else "—"
