"""Pins what the window shows of files that are not plain text: the header's headline, format,
outlet and date with the path in its tooltip (Word, OpenDocument and RTF files, and wire
stories with their version and urgency), the Versions list naming versions by headline and
outlet, a Word file with tracked changes listed as its two versions (and, opened alone,
compared as written against accepted), the open dialogs' filter, and a damaged PDF refused in
the message bar with the other side kept."""

from __future__ import annotations

from tests.core.test_formats_docx import TRACKED, hand_made_docx, word_file
from tests.core.test_formats_html import PAGE
from tests.core.test_formats_odt import odt_file
from tests.core.test_formats_rtf import WORD_RTF
from tests.core.test_formats_wire import NEWSML, NITF
from tests.gui.helpers import COMPARE_TIMEOUT_MS, open_pair
from tests.pdf_pages import article_pdf
from wirediff.core.compare import load_versions
from wirediff.core.result import Side
from wirediff.gui.models.versions_model import VersionsModel
from wirediff.gui.presentation.version_facts import open_file_filter
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.widgets.versions.panel import VersionsPanel
from wirediff.gui.window.app import open_initial_files


def test_header_names_the_story_its_format_outlet_and_date(qtbot, window, tmp_path):
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "storm.docx").write_bytes(word_file())
    open_pair(qtbot, window, tmp_path / "storm.html", tmp_path / "storm.docx")
    left, right = window.headers[Side.LEFT], window.headers[Side.RIGHT]
    assert left.name() == (
        "Storm hits the coast, thousands without power — Web page · The Daily Example · "
        "3 Jun 2024 14:02"
    )
    assert left._name.toolTip() == str(tmp_path / "storm.html")
    assert right.name() == "Storm hits the coast — Word document · 3 Jun 2024 14:02"


def test_headers_name_opendocument_and_rtf_files(qtbot, window, tmp_path):
    (tmp_path / "storm.odt").write_bytes(odt_file())
    (tmp_path / "storm.rtf").write_bytes(WORD_RTF)
    open_pair(qtbot, window, tmp_path / "storm.odt", tmp_path / "storm.rtf")
    assert window.headers[Side.LEFT].name() == (
        "Storm hits the coast — OpenDocument text · 3 Jun 2024 14:02"
    )
    assert (
        window.headers[Side.RIGHT].name()
        == "Storm hits the cafés — RTF document · 3 Jun 2024 14:02"
    )


def test_headers_name_wire_stories_with_version_and_urgency(qtbot, window, tmp_path):
    (tmp_path / "storm.xml").write_bytes(NITF)
    (tmp_path / "storm.newsml").write_bytes(NEWSML)
    open_pair(qtbot, window, tmp_path / "storm.xml", tmp_path / "storm.newsml")
    assert window.headers[Side.LEFT].name() == (
        "Storm hits the coast, thousands without power — NITF wire story · The Daily Example · "
        "3 Jun 2024 14:02 · version 2 · urgency 3"
    )
    assert window.headers[Side.RIGHT].name() == (
        "Storm hits the coast — NewsML-G2 wire story · REUTERS · 3 Jun 2024 15:30 · "
        "version 4 · urgency 2"
    )


def test_one_word_file_with_tracked_changes_opens_as_its_two_versions(qtbot, window, tmp_path):
    (tmp_path / "draft.docx").write_bytes(hand_made_docx(TRACKED))
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        open_initial_files(window, [str(tmp_path / "draft.docx")])
    comparison = window.comparison()
    assert (comparison.left.name, comparison.right.name) == (
        "draft.docx (as written)",
        "draft.docx (changes accepted)",
    )
    assert comparison.left.paragraphs[0] == "The mayor said forty homes were lost."
    assert comparison.right.paragraphs[0] == "The mayor said fifty homes were lost."
    assert [row.kind.value for row in comparison.rows] == ["changed", "equal", "added"]
    # Both readings share the file's title, format and date: each header says which it is
    # first, where a narrow header's middle ellipsis cannot hide it.
    assert window.headers[Side.LEFT].name() == "As written: draft.docx — Word document"
    assert window.headers[Side.RIGHT].name() == "Changes accepted: draft.docx — Word document"
    panel = window.versions.panel
    qtbot.waitUntil(lambda: len(panel.documents()) == 2, timeout=COMPARE_TIMEOUT_MS)
    assert [document.name for document in panel.documents()] == [
        "draft.docx (as written)",
        "draft.docx (changes accepted)",
    ]


def test_damaged_pdf_is_a_message_and_the_other_side_stays(qtbot, window, tmp_path):
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "storm.docx").write_bytes(word_file())
    (tmp_path / "broken.pdf").write_bytes(article_pdf(["One paragraph."])[:300])
    open_pair(qtbot, window, tmp_path / "storm.html", tmp_path / "storm.docx")
    with qtbot.waitSignal(window.controller.comparison_failed, timeout=COMPARE_TIMEOUT_MS):
        window.files.open_files(str(tmp_path / "storm.html"), str(tmp_path / "broken.pdf"))
    assert window.message_bar.level() is Level.ERROR
    assert "the PDF is damaged" in window.message_bar.text()
    assert window.comparison().right.meta.format == "docx"


def test_versions_list_names_versions_by_headline_and_outlet(qtbot, tmp_path):
    (tmp_path / "storm.html").write_text(PAGE, encoding="utf-8")
    documents = [
        *load_versions(tmp_path / "storm.html"),
        *load_versions(raw=hand_made_docx(TRACKED), name="draft.docx"),
    ]
    panel = VersionsPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.collation_ready, timeout=COMPARE_TIMEOUT_MS):
        panel.set_documents(documents)
    model = panel.versions_model
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    assert rows[0].data() == "Storm hits the coast, thousands without power"
    assert (
        rows[0]
        .data(VersionsModel.DetailsRole)
        .startswith("storm.html · Web page · The Daily Example · 3 Jun 2024 14:02 · ")
    )
    assert [index.data(VersionsModel.DetailsRole).split(" · ")[0] for index in rows[1:]] == [
        "draft.docx (as written)",
        "draft.docx (changes accepted)",
    ]
    assert str(tmp_path / "storm.html") in rows[0].data(0x0003)  # Qt.ToolTipRole
    panel.shutdown()


def test_open_dialogs_offer_every_readable_format():
    assert open_file_filter().split(";;") == [
        "Stories (*.txt *.text *.html *.htm *.xhtml *.shtml *.docx *.odt *.rtf *.pdf *.eml "
        "*.msg *.xml *.nitf *.newsml)",
        "Plain text (*.txt *.text)",
        "Web page (*.html *.htm *.xhtml *.shtml)",
        "Word document (*.docx)",
        "OpenDocument text (*.odt)",
        "RTF document (*.rtf)",
        "PDF (*.pdf)",
        "E-mail (*.eml)",
        "Outlook message (*.msg)",
        "NITF wire story (*.xml *.nitf)",
        "NewsML-G2 wire story (*.xml *.newsml)",
        "All files (*)",
    ]
