"""Pins how an e-mail is read: the text part as the story, the HTML part read as a page when
there is no text part, and subject, sender and date as metadata."""

from __future__ import annotations

from email.message import EmailMessage

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
