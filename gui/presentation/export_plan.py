"""What an export shows, before anything is drawn: its items and its title band's words.

Every export (PNG, PDF, HTML) reads a `Comparison` through this module, so they agree on which
rows appear, how a run of unchanged paragraphs is collapsed ("7 unchanged paragraphs"), and what
the title band says (both file names, encodings, repair counts, the date); its legend comes from
`gui.presentation.gutter_marks`, as the window's does. The drawing exports
turn the plan into pixels or PDF pages (`gui.export.layout`); the HTML export into markup.

May import `core` and the standard library; never Qt, so the HTML export starts without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wirediff.core.file_names import encodable
from wirediff.core.result import Comparison, Document, describe_hidden


@dataclass(frozen=True, slots=True)
class RowItem:
    """One comparison row, drawn as the window draws it."""

    index: int


@dataclass(frozen=True, slots=True)
class GapItem:
    """A run of rows `first..last` (inclusive) left out of a "changes only" export.

    `minor` counts the paragraphs among them whose only differences are minor (restyled
    quotes, dashes, spellings), where the export marks minor differences. A run of page
    furniture folded away, as the window folds it, lists its reasons in `furniture`.
    """

    first: int
    last: int
    paragraphs: int
    minor: int = 0
    furniture: tuple[str, ...] = ()

    def caption(self) -> str:
        """The gap's line, such as "7 unchanged paragraphs".

        >>> GapItem(0, 6, 7).caption()
        '7 unchanged paragraphs'
        >>> GapItem(3, 3, 1).caption()
        '1 unchanged paragraph'
        >>> GapItem(0, 1, 2, minor=2).caption()
        '2 paragraphs with minor differences only'
        >>> GapItem(0, 4, 5, minor=2).caption()
        '5 paragraphs not shown: 3 unchanged, 2 with minor differences only'
        >>> GapItem(2, 5, 4, furniture=("share button", "photo caption")).caption()
        '4 page parts hidden: share button, photo caption'
        """
        if self.furniture:
            return f"{describe_hidden(self.last - self.first + 1)}: {', '.join(self.furniture)}"
        unchanged = self.paragraphs - self.minor
        if self.minor == 0:
            noun = "paragraph" if self.paragraphs == 1 else "paragraphs"
            return f"{self.paragraphs} unchanged {noun}"
        if unchanged == 0:
            noun = "paragraph" if self.minor == 1 else "paragraphs"
            return f"{self.minor} {noun} with minor differences only"
        return (
            f"{self.paragraphs} paragraphs not shown: {unchanged} unchanged, "
            f"{self.minor} with minor differences only"
        )


ExportItem = RowItem | GapItem


def export_items(
    comparison: Comparison, *, changes_only: bool, show_minor: bool = True
) -> tuple[ExportItem, ...]:
    """The rows an export shows, in order; with `changes_only`, unchanged runs become gaps.

    "Changes only" keeps every row that adds, removes, rewords or moves text. Rows whose only
    differences are minor are left out with the unchanged ones (a restyled quote is not news),
    but the gap says how many there were when minor differences are shown (`show_minor`, the
    window's toggle); rows that are kept still show their minor marks. Page furniture the
    comparison hides is folded into its own gaps, in either mode, as the window folds it.
    """
    changes = set(comparison.change_rows(include_minor=False))
    items: list[ExportItem] = []
    run: list[int] = []
    run_is_furniture = False

    def close_run() -> None:
        if run:
            rows = [comparison.rows[index] for index in run]
            paragraphs = sum(max(len(row.left), len(row.right), 1) for row in rows)
            if run_is_furniture:
                reasons = comparison.furniture_reasons(run)
                items.append(GapItem(run[0], run[-1], paragraphs, furniture=reasons))
            else:
                minor = sum(max(len(row.left), len(row.right), 1) for row in rows if row.has_minor)
                items.append(GapItem(run[0], run[-1], paragraphs, minor if show_minor else 0))
            run.clear()

    for index in range(len(comparison.rows)):
        hidden = comparison.is_hidden_row(index)
        if not hidden and (index in changes or not changes_only):
            close_run()
            items.append(RowItem(index))
            continue
        if hidden != run_is_furniture:
            close_run()
            run_is_furniture = hidden
        run.append(index)
    close_run()
    return tuple(items)


def fold_captions(comparison: Comparison) -> dict[int, str]:
    """Rows of page furniture folded away: the first of each run maps to its strip's caption
    ("4 page parts hidden: share button, photo caption"), the others to "" (drawn as nothing).
    The window folds exactly what the exports fold."""
    folds: dict[int, str] = {}
    if not comparison.furniture_rows or comparison.furniture_shown:
        return folds
    for item in export_items(comparison, changes_only=False):
        if isinstance(item, GapItem) and item.furniture:
            folds[item.first] = item.caption()
            folds.update(dict.fromkeys(range(item.first + 1, item.last + 1), ""))
    return folds


def repairs_caption(count: int) -> str:
    """ "no repairs", "1 repair" or "3 repairs".

    >>> [repairs_caption(n) for n in (0, 1, 3)]
    ['no repairs', '1 repair', '3 repairs']
    """
    if count == 0:
        return "no repairs"
    return f"{count} repair" if count == 1 else f"{count} repairs"


@dataclass(frozen=True, slots=True)
class SideHeading:
    """The words above one half: "OLD"/"NEW", the file name, its encoding and repairs."""

    caption: str
    name: str
    details: str


def side_heading(document: Document, caption: str) -> SideHeading:
    details = f"{document.encoding.upper()} · {repairs_caption(len(document.fixes))}"
    return SideHeading(caption=caption, name=encodable(document.name), details=details)


@dataclass(frozen=True, slots=True)
class Heading:
    """Everything the title band says."""

    title: str
    date: str
    summary: str
    left: SideHeading
    right: SideHeading


def export_heading(comparison: Comparison, compared_at: datetime | None = None) -> Heading:
    """The title band's words; `compared_at` defaults to now, in local time."""
    when = compared_at or datetime.now().astimezone()
    return Heading(
        # A file name that is not UTF-8 is spelled as the JSON and HTML spell it: Qt would
        # draw a replacement mark in the title and drop the byte from the column heading.
        title=encodable(f"{comparison.left.name} → {comparison.right.name}"),
        date=f"Compared {when:%Y-%m-%d %H:%M}",
        summary=comparison.summary.describe(),
        left=side_heading(comparison.left, "OLD"),
        right=side_heading(comparison.right, "NEW"),
    )


def part_names(stem: str, suffix: str, count: int) -> list[str]:
    """File names of an image split into `count` parts: OUT.png, or OUT-1.png, OUT-2.png...

    >>> part_names("out", ".png", 1)
    ['out.png']
    >>> part_names("out", ".png", 3)
    ['out-1.png', 'out-2.png', 'out-3.png']
    """
    if count == 1:
        return [f"{stem}{suffix}"]
    return [f"{stem}-{number}{suffix}" for number in range(1, count + 1)]
