"""`AboutDialog`: Help > About wirediff: its version, Qt's, and the libraries it runs on.

The libraries, versions and licences come from the installed packages' metadata
(`gui.presentation.about`), never from a list kept by hand.

May import `gui.presentation`, PySide6 and the standard library.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirediff.gui.presentation.about import Library

ABOUT_WIDTH_PX = 560
PROJECT_LICENCE = "MIT"


def about_html(version: str, libraries: Sequence[Library]) -> str:
    """The dialog's text: what wirediff is, its version and licence, then each library."""
    rows = "".join(
        f"<tr><td>{html.escape(library.name)}</td><td>{html.escape(library.version)}</td>"
        f"<td>{html.escape(library.licence)}</td></tr>"
        for library in libraries
    )
    return (
        f"<h2>wirediff {html.escape(version)}</h2>"
        "<p>See what changed between versions of a news article.</p>"
        f"<p>Licence: {PROJECT_LICENCE}. Runs on Qt {html.escape(qVersion())} through PySide6, "
        "and these libraries, each under its own licence:</p>"
        '<table cellspacing="0" cellpadding="3">'
        "<tr><th align='left'>Library</th><th align='left'>Version</th>"
        f"<th align='left'>Licence</th></tr>{rows}</table>"
    )


class AboutDialog(QDialog):
    """wirediff's version and licence, and the libraries it runs on with theirs."""

    def __init__(
        self, version: str, libraries: Sequence[Library], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("About wirediff")
        self.text = QLabel(about_html(version, libraries), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(ABOUT_WIDTH_PX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
