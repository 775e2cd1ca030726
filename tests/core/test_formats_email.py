"""Pins how an e-mail is read: the text part as the story, the HTML part read as a page when
there is no text part, and subject, sender and date as metadata."""

from __future__ import annotations

from email.message import EmailMessage

from wirediff.core.formats.html import NO_ARTICLE_NOTICE
from wirediff.core.formats.read import read_story


def message(*, html: bool) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Jane Roe <jane@example.com>"
    mail["To"] = "desk@example.com"
    mail["Subject"] = "Storm hits the coast"
    mail["Date"] = "Mon, 03 Jun 2024 14:02:00 +0000"
    if html:
        mail.set_content(
            "<html><body><nav><a>Unsubscribe</a></nav><article><h1>Storm hits the coast</h1>"
            "<p>A powerful storm struck the coast on Monday, leaving thousands of homes without "
            "power and closing the main highway for several hours.</p></article></body></html>",
            subtype="html",
        )
    else:
        mail.set_content("A powerful storm struck the coast on Monday.\n\nSchools are closed.\n")
    return bytes(mail)


def test_text_part_is_the_story_with_subject_sender_and_date() -> None:
    story = read_story(message(html=False), name="storm.eml")
    assert story.text == "A powerful storm struck the coast on Monday.\n\nSchools are closed."
    assert story.meta.as_json() == {
        "title": "Storm hits the coast",
        "byline": "Jane Roe <jane@example.com>",
        "date": "2024-06-03T14:02:00+00:00",
        "site": None,
        "url": None,
        "format": "email",
    }


def test_html_part_is_read_as_a_page() -> None:
    story = read_story(message(html=True), name="storm.eml")
    assert story.text.split("\n\n") == [
        "Storm hits the coast",
        "A powerful storm struck the coast on Monday, leaving thousands of homes without power "
        "and closing the main highway for several hours.",
    ]
    assert story.set_aside == ("Unsubscribe",)
    assert story.meta.format == "email"


def headed(content_type: str, body: bytes, *, date: str = "") -> bytes:
    head = f"From: Jane Roe <jane@example.com>\r\nSubject: Storm\r\n{date}"
    head += f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    return head.encode("ascii") + body


def test_a_text_part_sent_with_crlf_line_ends_reads_as_paragraphs() -> None:
    raw = headed("text/plain; charset=utf-8", b"Line one.\r\nLine two.\r\n\r\nPara two.\r\n")
    story = read_story(raw, name="storm.eml")
    assert story.text == "Line one.\nLine two.\n\nPara two."
    assert story.meta.as_json() == {
        "title": "Storm",
        "byline": "Jane Roe <jane@example.com>",
        "date": None,
        "site": None,
        "url": None,
        "format": "email",
    }


def test_a_date_header_that_is_no_date_is_kept_as_written() -> None:
    raw = headed("text/plain", b"Text.", date="Date: the day after\r\n")
    assert read_story(raw, name="storm.eml").meta.date == "the day after"


def test_an_html_part_is_decoded_with_the_charset_the_mail_declares() -> None:
    page = "<html><body><p>Café déjà vu.</p></body></html>".encode("mac_roman")
    story = read_story(headed("text/html; charset=macintosh", page), name="storm.eml")
    assert (story.text, story.encoding) == ("Café déjà vu.", "mac-roman")


def test_an_html_part_without_an_article_keeps_the_pages_notice() -> None:
    page = b"<html><body><footer>Contact us</footer><footer>(c) 2024 Example</footer></body></html>"
    story = read_story(headed("text/html; charset=utf-8", page), name="storm.eml")
    assert story.text == "Contact us\n\n(c) 2024 Example"
    assert story.notices == (NO_ARTICLE_NOTICE,)
