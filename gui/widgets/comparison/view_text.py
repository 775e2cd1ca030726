"""Plain text out of and file paths into the comparison view: copy and drop helpers.

`copied_text` is what Ctrl+C puts on the clipboard for selected rows: each version's name,
then its paragraphs of those rows, so a pasted excerpt says which version said what.
`local_paths` reads the files of a drag-and-drop or paste.

May import `core`, `gui.presentation.row_text` and the standard library; Qt types only for hints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirediff.core.result import Side
from wirediff.gui.presentation.row_text import side_text

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from wirediff.core.result import Comparison


def copied_text(comparison: Comparison, rows: range) -> str:
    """Both sides of `rows`: the left version's name and text, then the right's."""
    blocks = []
    for side in (Side.LEFT, Side.RIGHT):
        texts = [side_text(comparison.rows[index], side) for index in rows]
        texts = [text for text in texts if text]
        if texts:
            name = comparison.document(side).name
            blocks.append(f"{name}:\n" + "\n\n".join(texts))
    return "\n\n".join(blocks) + "\n"


def local_paths(mime: QMimeData) -> list[str]:
    """The local files named by a drag or paste (URLs that are not files are ignored)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
