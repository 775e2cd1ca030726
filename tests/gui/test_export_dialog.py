"""Pins the export dialog and the window's export actions on seeds 000 vs 001: the preview is
the export at 1200 px and follows "changes only"; Save… writes PNG, PDF and HTML where the user
chose, in the format the typed extension names (or with the chosen format's extension added);
a too-tall image is saved as numbered parts and the dialog says so; an unwritable place
gives one line, not a crash; Copy Image puts the PNG on the clipboard (and refuses one that
would need parts); Export… (Ctrl+E) and Copy Image (Ctrl+Shift+C) work on a main window and
say so when there is nothing to export. A save that fails (a full disk) leaves the previous
file as it was, and files whose names are not UTF-8 are exported, their names spelled as
bytes (`\\xNN`)."""

from __future__ import annotations

import contextlib
import os
import re
import resource
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QMainWindow

import wirediff.gui.export.image
from wirediff.core.compare import compare_files
from wirediff.gui.export.layout import ExportStyle
from wirediff.gui.models.settings import DEFAULT_POINT_SIZE, text_font
from wirediff.gui.render.theme import theme_for
from wirediff.gui.widgets.export.dialog import (
    ExportChoices,
    ExportDialog,
    ExportFormat,
    image_export,
)
from wirediff.gui.window.export_actions import ExportCommands, export_actions


@pytest.fixture(scope="module")
def demo(seeds):
    return compare_files(seeds["000"], seeds["001"])


@pytest.fixture
def style(qapp) -> ExportStyle:
    return ExportStyle(text_font("sans", DEFAULT_POINT_SIZE), theme_for("light"), window_width=1000)


@pytest.fixture
def dialog(qtbot, demo, style) -> ExportDialog:
    export_dialog = ExportDialog(None, demo, style, lambda: range(4, 9))
    qtbot.addWidget(export_dialog)
    export_dialog.show()
    return export_dialog


def choose(dialog: ExportDialog, export_format: ExportFormat) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(export_format))
    dialog.refresh_preview()


def save_as(dialog: ExportDialog, monkeypatch, path: Path) -> list[Path]:
    monkeypatch.setattr(dialog, "ask_save_path", lambda _suggested, _filter: str(path))
    return dialog.save()


def test_preview_is_the_export_and_follows_changes_only(qtbot, dialog):
    whole = dialog.preview_image()
    assert whole is not None
    assert (whole.width(), whole.devicePixelRatio()) == (1200, 1.0)
    assert dialog.info_label.text() == f"1200 × {whole.height()} pixels."
    dialog.changes_only_box.click()
    qtbot.waitUntil(lambda: dialog.preview_image().height() < 0.7 * whole.height())


def test_rows_in_view_export_only_those_rows(qtbot, dialog):
    whole_height = dialog.preview_image().height()
    choose(dialog, ExportFormat.VISIBLE)
    assert not dialog.changes_only_box.isEnabled()
    assert dialog.preview_image().height() < whole_height / 2


def test_save_png_where_the_user_chose(qtbot, dialog, monkeypatch, tmp_path: Path):
    with qtbot.waitSignal(dialog.saved) as saved:
        written = save_as(dialog, monkeypatch, tmp_path / "story")
    assert written == [tmp_path / "story.png"]
    assert saved.args == [written]
    assert QImage(str(written[0])).width() == 1200
    assert dialog.status_label.text() == "Saved story.png, a PNG image."


def test_an_image_in_parts_can_be_stopped_keeping_what_was_written(
    qtbot, dialog, monkeypatch, tmp_path
):
    monkeypatch.setattr(wirediff.gui.export.image, "MAX_PART_HEIGHT_PX", 400)
    dialog.refresh_preview()
    assert save_as(dialog, monkeypatch, tmp_path / "long.png") == []
    dialog.saving.cancel()
    qtbot.waitUntil(lambda: not dialog.saving.is_busy(), timeout=60_000)
    written = sorted(tmp_path.glob("long-*.png"))
    status = dialog.status_label.text()
    if written:  # parts finished before the request to stop are kept and said
        # Stopped part-way, or every part was drawn before the request arrived.
        assert status.startswith(f"Stopped after {len(written)} of ") or status.startswith(
            f"The image is too tall for one file, so it was saved as {len(written)} images"
        )
        assert status.endswith(f"long-1.png to long-{len(written)}.png.") or status.endswith(
            f"long-1.png to long-{len(written)}.png were saved."
        )
    else:
        assert status == "Export cancelled."
    assert not (tmp_path / "long.png").exists()


def test_too_tall_image_is_saved_in_parts_and_said(qtbot, dialog, monkeypatch, tmp_path):
    monkeypatch.setattr(wirediff.gui.export.image, "MAX_PART_HEIGHT_PX", 800)
    dialog.refresh_preview()
    assert "saved as" in dialog.info_label.text()
    # Several parts are drawn off the GUI thread: save returns at once, `saved` follows.
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        assert save_as(dialog, monkeypatch, tmp_path / "long.png") == []
        assert dialog.saving.is_busy()
    (written,) = saved.args
    assert len(written) > 2
    assert [path.name for path in written] == [f"long-{n}.png" for n in range(1, len(written) + 1)]
    assert all(QImage(str(path)).height() <= 800 for path in written)
    assert not (tmp_path / "long.png").exists()
    status = dialog.status_label.text()
    assert "too tall" in status
    assert f"long-1.png to long-{len(written)}.png" in status


def test_save_pdf_off_the_gui_thread_and_html(qtbot, dialog, monkeypatch, tmp_path: Path):
    choose(dialog, ExportFormat.PDF)
    assert re.match(r"\d+ pages, A4 landscape", dialog.info_label.text())
    assert not dialog.width_box.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        assert save_as(dialog, monkeypatch, tmp_path / "story.pdf") == []
        assert dialog.status_label.text() == "Saving story.pdf…"
    (pdf,) = saved.args[0]
    assert dialog.status_label.text() == "Saved story.pdf, a PDF document."
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Germany" in text
    choose(dialog, ExportFormat.HTML)
    (page,) = save_as(dialog, monkeypatch, tmp_path / "story.html")
    assert "<ins" in page.read_text(encoding="utf-8")


def test_typed_extension_decides_the_format(qtbot, dialog, monkeypatch, tmp_path: Path):
    choose(dialog, ExportFormat.PDF)
    (page,) = save_as(dialog, monkeypatch, tmp_path / "whole.html")
    assert page == tmp_path / "whole.html"
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert dialog.status_label.text() == "Saved whole.html, an HTML page."
    assert dialog.format_box.currentData() == ExportFormat.HTML
    (image,) = save_as(dialog, monkeypatch, tmp_path / "mismatch.png")
    assert image.read_bytes().startswith(b"\x89PNG")
    assert dialog.status_label.text() == "Saved mismatch.png, a PNG image."
    choose(dialog, ExportFormat.PDF)
    with qtbot.waitSignal(dialog.saved) as saved:
        save_as(dialog, monkeypatch, tmp_path / "notes.v2")
    (pdf,) = saved.args[0]
    assert pdf == tmp_path / "notes.v2.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_unwritable_place_is_one_line(qtbot, dialog, monkeypatch, tmp_path: Path):
    written = save_as(dialog, monkeypatch, tmp_path / "missing" / "story.png")
    assert written == []
    assert dialog.status_label.text() == "Could not save story.png: No such file or directory"
    choose(dialog, ExportFormat.PDF)
    with qtbot.waitSignal(dialog.saving.failed):
        save_as(dialog, monkeypatch, tmp_path / "missing" / "story.pdf")
    assert dialog.status_label.text() == "Could not save story.pdf: No such file or directory"


def test_copy_image(dialog, monkeypatch):
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    assert dialog.copy_image()
    assert clipboard.image().width() == 1200
    monkeypatch.setattr(wirediff.gui.export.image, "MAX_PART_HEIGHT_PX", 800)
    assert not dialog.copy_image()
    assert dialog.status_label.text().startswith("Too tall to copy")


def test_window_actions(qtbot, demo, style):
    window = QMainWindow()
    qtbot.addWidget(window)
    shown = {"comparison": None}
    commands = ExportCommands(window, lambda: shown["comparison"], lambda: style)
    export, copy = export_actions(window, commands)
    assert export.shortcut() == QKeySequence("Ctrl+E")
    assert copy.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert export in window.actions()
    window.show()
    export.trigger()
    assert window.statusBar().currentMessage().startswith("Nothing to export")
    assert window.findChild(ExportDialog) is None
    shown["comparison"] = demo
    export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.changes_only_box.click()
    dialog.reject()
    QGuiApplication.clipboard().clear()
    copy.trigger()
    image = QGuiApplication.clipboard().image()
    assert image.width() == 1200
    # Copy Image follows the choices last made in the dialog: changes only.
    changes = image_export(demo, style, ExportChoices(changes_only=True))
    assert image.height() == changes.size(1)[1]
    assert window.statusBar().currentMessage() == "Image copied to the clipboard."


@contextlib.contextmanager
def nearly_full_disk(max_bytes: int) -> Iterator[None]:
    """No file of this process may grow past `max_bytes` (Python ignores SIGXFSZ, so a write
    past it fails with "File too large", as on a full disk)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@pytest.mark.parametrize("export_format", [ExportFormat.PNG, ExportFormat.HTML, ExportFormat.PDF])
def test_a_failed_save_keeps_the_previous_file(qtbot, dialog, monkeypatch, tmp_path, export_format):
    choose(dialog, export_format)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"story.{export_format.value}"
    target.write_bytes(b"previous export")
    with nearly_full_disk(1000):
        if export_format is ExportFormat.PDF:
            with qtbot.waitSignal(dialog.saving.failed):
                save_as(dialog, monkeypatch, target)
        else:
            assert save_as(dialog, monkeypatch, target) == []
    assert dialog.status_label.text() == f"Could not save {target.name}: File too large"
    assert target.read_bytes() == b"previous export"
    assert list(target.parent.iterdir()) == [target]


def test_png_pdf_and_html_of_files_named_in_latin1(qtbot, seeds, style, monkeypatch, tmp_path):
    """Names that are not UTF-8, of the inputs and of the exports, as `\\xNN` in what is shown."""
    tmp_path /= "out"
    tmp_path.mkdir()
    left = tmp_path / os.fsdecode(b"caf\xe9.txt")
    left.write_bytes(seeds["000"].read_bytes())
    latin1 = ExportDialog(None, compare_files(left, seeds["001"]), style, lambda: range(4, 9))
    qtbot.addWidget(latin1)
    title = f"caf\\xe9.txt → {seeds['001'].name}"
    (image,) = save_as(latin1, monkeypatch, tmp_path / os.fsdecode(b"r\xe9sum\xe9.png"))
    assert QImage.fromData(image.read_bytes()).text("Title") == title
    choose(latin1, ExportFormat.PDF)
    with qtbot.waitSignal(latin1.saved) as saved:
        save_as(latin1, monkeypatch, tmp_path / os.fsdecode(b"r\xe9sum\xe9.pdf"))
    (pdf,) = saved.args[0]
    reader = PdfReader(pdf)
    assert reader.metadata.title == title
    assert "caf\\xe9.txt" in reader.pages[0].extract_text()
    choose(latin1, ExportFormat.HTML)
    (page,) = save_as(latin1, monkeypatch, tmp_path / os.fsdecode(b"r\xe9sum\xe9.html"))
    assert f"<title>{title}</title>" in page.read_text(encoding="utf-8")
    assert sorted(os.fsencode(path.name) for path in tmp_path.iterdir()) == [
        b"caf\xe9.txt",
        b"r\xe9sum\xe9.html",
        b"r\xe9sum\xe9.pdf",
        b"r\xe9sum\xe9.png",
    ]
