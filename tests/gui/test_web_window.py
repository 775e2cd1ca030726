"""Pins the window's web commands against the local server on 127.0.0.1: a page opened on a
side is fetched off the GUI thread, Reload says whether it changed, a failing page leaves the
other side and the comparison on screen, Stop cancels a slow fetch, and the archive's history
and a WARC file open as versions through the capture picker."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.gui.helpers import COMPARE_TIMEOUT_MS
from tests.warc_files import Response, write_warc
from tests.web_server import Answer, cdx_answer, page
from wirediff.core.result import Side
from wirediff.gui.widgets.comparison.message_bar import Level
from wirediff.gui.window.menus import FILE_MENU, menu_named

STORY = "https://news.example/story"


def open_url(qtbot, window, side: Side, url: str) -> None:
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        window.web.open_url(side, url)


def test_open_url_fetches_the_page_and_reload_says_if_it_changed(qtbot, demo, web_server) -> None:
    url = web_server.serve(
        "/story",
        [
            Answer(body=page("The first version.")),
            Answer(body=page("The first version.")),
            Answer(body=page("The second version.")),
        ],
    )
    open_url(qtbot, demo, Side.RIGHT, url)
    document = demo.comparison().document(Side.RIGHT)
    assert document.raw == page("The first version.")
    # The header names the story and where it came from, as for any web page.
    header = demo.headers[Side.RIGHT]._name.text()
    assert document.meta.title
    assert header.startswith(f"{document.meta.title} — Web page · 127.0.0.1:")
    with qtbot.waitSignal(demo.controller.pages_reloaded, timeout=COMPARE_TIMEOUT_MS) as same:
        demo.files.reload()
    assert same.args == ["Reloaded: the right page has not changed"]
    with qtbot.waitSignal(demo.controller.pages_reloaded, timeout=COMPARE_TIMEOUT_MS) as new:
        demo.files.reload()
    assert new.args == ["Reloaded: the right page has changed since it was fetched"]
    assert demo.comparison().document(Side.RIGHT).raw == page("The second version.")
    assert demo.message_bar.text() == new.args[0]
    assert web_server.hits("/story") == 3


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        (Answer(404), "the server answered 404 Not Found (no page at this address)"),
        (
            Answer(body=b"%PDF-1.7", content_type="application/pdf"),
            "the server sent application/pdf, not a web page",
        ),
    ],
)
def test_failing_page_keeps_the_comparison_on_screen(qtbot, demo, web_server, answer, line) -> None:
    before = demo.comparison()
    url = web_server.serve("/page", answer)
    with qtbot.waitSignal(demo.controller.comparison_failed, timeout=COMPARE_TIMEOUT_MS):
        demo.web.open_url(Side.RIGHT, url)
    assert demo.message_bar.text() == f"{url}: {line}"
    assert demo.message_bar.level() is Level.ERROR
    assert demo.comparison() is before
    assert demo.controller.sources[Side.RIGHT].path == before.right.path


def test_address_that_is_not_http(qtbot, demo) -> None:
    with qtbot.waitSignal(demo.controller.comparison_failed, timeout=COMPARE_TIMEOUT_MS):
        demo.web.open_url(Side.LEFT, "ftp://news.example/story")
    assert demo.message_bar.text() == (
        "ftp://news.example/story: not a web address "
        "(only http:// and https:// pages can be fetched)"
    )


def test_pasting_an_address_fetches_the_page(qtbot, demo, web_server) -> None:
    url = web_server.serve("/story", Answer(body=page("Pasted by address.")))
    QGuiApplication.clipboard().setText(f"  {url}\n")
    with qtbot.waitSignal(demo.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        demo.files.paste_as(Side.LEFT)
    assert demo.comparison().document(Side.LEFT).raw == page("Pasted by address.")


def test_stop_cancels_a_slow_fetch_and_keeps_the_comparison(qtbot, demo, web_server) -> None:
    before = demo.comparison()

    def slow(handler) -> None:
        web_server.release.wait(20)
        handler.close_connection = True  # no answer at all: the connection just ends

    url = web_server.serve("/slow", slow)
    demo.web.open_url(Side.RIGHT, url)
    qtbot.waitUntil(lambda: web_server.hits("/slow") == 1, timeout=COMPARE_TIMEOUT_MS)
    assert demo.progress.isVisible()
    demo.web.stop()
    web_server.release.set()  # the server answers nothing; the fetch sees the cancel and ends
    qtbot.waitUntil(lambda: not demo.controller.is_busy(), timeout=COMPARE_TIMEOUT_MS)
    assert demo.comparison() is before
    assert demo.message_bar.level() is not Level.ERROR or not demo.message_bar.isVisible()


def test_history_opens_the_picked_versions_in_the_versions_panel(
    qtbot, window, web_server, monkeypatch
) -> None:
    times = ["20240603090000", "20240604090000", "20240605090000"]
    rows = [(t, STORY, "text/html", "200", f"D{i}") for i, t in enumerate(times)]
    rows.insert(1, ("20240603120000", STORY, "text/html", "302", "R"))
    web_server.serve("/cdx/search/cdx", Answer(body=cdx_answer(rows), content_type="text/plain"))
    for number, time in enumerate(times):
        web_server.serve(f"/web/{time}id_/{STORY}", Answer(body=page(f"Version {number}.")))
    monkeypatch.setenv("WIREDIFF_ARCHIVE_URL", web_server.url())
    window.web.open_history(STORY)
    qtbot.waitUntil(lambda: window.web.history_picker is not None, timeout=COMPARE_TIMEOUT_MS)
    picker = window.web.history_picker
    assert [picker.items.item(r).text() for r in range(picker.items.count())] == [
        "1. 2024-06-03 09:00 UTC",
        "2. 2024-06-03 12:00 UTC (status 302: not a page)",
        "3. 2024-06-04 09:00 UTC",
        "4. 2024-06-05 09:00 UTC",
    ]
    assert picker.checked_rows() == [0, 2, 3]
    assert not picker.compare_button.isEnabled()
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        picker.versions_button.click()
    names = [d.name for d in window.versions.panel.documents()]
    assert names == [
        "news.example/story · 2024-06-03 09:00 UTC",
        "news.example/story · 2024-06-04 09:00 UTC",
        "news.example/story · 2024-06-05 09:00 UTC",
    ]
    assert window.comparison().document(Side.LEFT).raw == page("Version 0.")


def test_web_archive_opens_either_page(qtbot, window, tmp_path) -> None:
    a, b = "https://news.example/a", "https://news.example/b"
    path = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            Response(a, "2024-06-03T09:00:00Z", page("Kyiv said yes.")),
            Response(b, "2024-06-03T10:00:00Z", page("Another story.")),
            Response(a, "2024-06-04T09:00:00Z", page("Kyiv said no.")),
        ],
    )
    window.web.open_archive(path)
    qtbot.waitUntil(lambda: window.web.archive_picker is not None, timeout=COMPARE_TIMEOUT_MS)
    picker = window.web.archive_picker
    assert [picker.page_list.itemText(i) for i in range(picker.page_list.count())] == [a, b]
    assert picker.items.count() == 2
    with qtbot.waitSignal(window.controller.comparison_ready, timeout=COMPARE_TIMEOUT_MS):
        picker.compare_button.click()
    comparison = window.comparison()
    assert (comparison.left.raw, comparison.right.raw) == (
        page("Kyiv said yes."),
        page("Kyiv said no."),
    )
    picker.page_list.setCurrentText(b)
    assert picker.items.count() == 1
    assert not picker.compare_button.isEnabled()


def test_file_that_is_not_a_web_archive(qtbot, demo, tmp_path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("Just notes.\n", encoding="utf-8")
    before = demo.comparison()
    with qtbot.waitSignal(demo.web.runner.failed, timeout=COMPARE_TIMEOUT_MS):
        demo.web.open_archive(path)
    assert demo.message_bar.text() == f"{path}: not a web archive (WARC) file"
    assert demo.comparison() is before


def test_open_url_dialog_and_menu(qtbot, demo) -> None:
    texts = [action.text() for action in menu_named(demo, FILE_MENU).actions()]
    assert texts[texts.index("Open &Right…") + 1 : texts.index("Open &Right…") + 5] == [
        "Open &URL…",
        "Open &History of URL…",
        "Open &Web Archive…",
        "&Stop",
    ]
    assert demo.web_actions[0].shortcut().toString() == "Ctrl+L"
