"""What Help > Colours and Marks says: a sample comparison and one line per mark it shows.

The sample is two short versions of a made-up story, compared by the engine itself, so the
picture the guide shows is drawn exactly as the window draws a real comparison (a reworded
word, a sentence added, a sentence cut, restyled quotes, a moved paragraph). The entries name
each mark with its gutter symbol and the theme kind whose colours it is drawn in; the help
dialog fills in the colours from the palette in use.

Pure Python: may import `core`, `gui.presentation` and the standard library; never PySide6.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirediff.core.result import RowKind, SentenceKind
from wirediff.gui.presentation.gutter_marks import (
    ADDED_SYMBOL,
    CHANGED_SYMBOL,
    LAYOUT_MARK,
    LAYOUT_SYMBOL,
    MINOR_SYMBOL,
    MOVED_SYMBOL,
    REMOVED_SYMBOL,
)
from wirediff.gui.presentation.reading_order import in_reading_order

if TYPE_CHECKING:
    from wirediff.core.result import Comparison

SAMPLE_OLD = """\
Council approves budget after long debate

The city council voted 7-2 on Monday to approve next year's budget of $41 million.

The mayor called the plan "balanced" and said taxes would not rise.

Critics said the vote had been rushed through before the summer recess.

The library will open in the old post office on Main Street.

Its collection of 80,000 books is being moved from three branches.

Officials will meet again in June to set the schedule for the move.
"""

SAMPLE_NEW = """\
Council approves budget after long debate

Officials will meet again in June to set the schedule for the move.

The city council voted 7-2 on Tuesday to approve next year's budget of $41 million.

The mayor called the plan “balanced” \
and said taxes would not rise. The budget takes effect in July.

The library will open in the old post office on Main Street.

Its collection of 80,000 books is being moved from three branches.
"""


@dataclass(frozen=True, slots=True)
class GuideEntry:
    """One mark of the guide: its symbol, the theme kind of its colours, its name and meaning."""

    kind: str
    symbol: str
    name: str
    meaning: str


GUIDE_ENTRIES = (
    GuideEntry(
        RowKind.ADDED.value,
        ADDED_SYMBOL,
        "Added",
        "Only in the new version. Added sentences are tinted, added words tinted more "
        "strongly and underlined; a whole sentence added to a reworded paragraph is "
        "underlined too, with a tick at the gutter's edge.",
    ),
    GuideEntry(
        RowKind.REMOVED.value,
        REMOVED_SYMBOL,
        "Removed",
        "Only in the old version. Cut sentences are tinted, cut words tinted more strongly "
        "and struck through; a whole sentence cut from a reworded paragraph is struck "
        "through too, with a tick at the gutter's edge.",
    ),
    GuideEntry(
        RowKind.CHANGED.value,
        CHANGED_SYMBOL,
        "Reworded",
        "The same sentence in other words: the changed words are marked on both sides.",
    ),
    GuideEntry(
        SentenceKind.MINOR.value,
        MINOR_SYMBOL,
        "Minor",
        "Only restyled: curly or straight quotes, dashes, British or American spelling, "
        "spacing, capitals. Marked while View > Show Minor Differences is on.",
    ),
    GuideEntry(
        RowKind.MOVED.value,
        MOVED_SYMBOL,
        "Moved",
        "A paragraph that changed places shows at both: where it stood (“Moved from here”) and "
        "where it arrived (“Moved here”); click a label, or press Enter on it, to go to the "
        "other place.",
    ),
    GuideEntry(
        LAYOUT_MARK,
        LAYOUT_SYMBOL,
        "Split or merged",
        "A paragraph split in two, or two joined into one, with the same words; counted in "
        "the summary, and marked while View > Show Minor Differences is on.",
    ),
)

OTHER_NOTES = (
    "A dashed strip (“3 page parts hidden”) folds away what surrounds the story on a web "
    "page: share buttons, captions, other stories. View > Show Page Furniture shows them.",
    "“1 repair” beside a file name means broken characters were repaired as the file was "
    "read; the repair panel lists each one and can show the text unrepaired.",
    "Find (Ctrl+F) highlights every match; the match you are on has the stronger colour.",
    "The strip at the right edge maps the whole comparison: each change is a mark there, and "
    "a click scrolls to it.",
)


def sample_comparison() -> Comparison:
    """The guide's sample: `SAMPLE_OLD` against `SAMPLE_NEW`, in the window's reading order."""
    from wirediff.core.compare import compare_documents, load_document

    return in_reading_order(
        compare_documents(
            load_document(raw=SAMPLE_OLD.encode(), name="Monday"),
            load_document(raw=SAMPLE_NEW.encode(), name="Tuesday"),
        )
    )
