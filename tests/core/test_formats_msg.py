"""Pins how an Outlook .msg is read: subject, sender and sending time as metadata, the text
body (UTF-16 or in the message's code page), else the HTML body read as a page; told from an
old Word .doc by its content whatever its name; damaged files and messages without text as one
line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.msg_files import compound_file, outlook_message
from wirediff.core.compare import load_document
from wirediff.core.errors import BinaryInput, CorruptInput, EmptyInput
from wirediff.core.formats.read import read_story

SENT = datetime(2024, 6, 3, 14, 2, tzinfo=UTC)
BODY = "Storm hits the coast\r\n\r\nA powerful storm struck the coast on Monday.\r\n"


def test_subject_sender_date_and_text_body() -> None:
    story = read_story(outlook_message("Storm hits", body=BODY, sender="Jane Roe", sent=SENT))
    assert story.text == "Storm hits the coast\n\nA powerful storm struck the coast on Monday."
    assert story.encoding == "cp1252"  # the message names no code page
    assert story.meta.as_json() == {
        "title": "Storm hits",
        "byline": "Jane Roe",
        "date": "2024-06-03T14:02:00+00:00",
        "site": None,
        "url": None,
        "format": "msg",
    }


def test_eight_bit_strings_are_read_in_the_messages_code_page() -> None:
    message = outlook_message("Шторм", body="Шторм на побережье.", codepage=1251)
    story = read_story(message, name="storm.msg")
    assert (story.meta.title, story.text, story.encoding) == (
        "Шторм",
        "Шторм на побережье.",
        "cp1251",
    )


def test_without_a_text_body_the_html_body_is_read_as_a_page() -> None:
    page = (
        b"<html><body><nav>Home World</nav><article><h1>Storm hits</h1>"
        b"<p>A powerful storm struck the coast on Monday, officials said.</p>"
        b"<p>Schools will stay closed until Thursday, the mayor said.</p></article></body></html>"
    )
    story = read_story(outlook_message("Storm hits", html=page), name="storm.msg")
    assert story.text.split("\n\n") == [
        "Storm hits",
        "A powerful storm struck the coast on Monday, officials said.",
        "Schools will stay closed until Thursday, the mayor said.",
    ]
    assert story.set_aside == ("Home World",)
    assert story.meta.format == "msg"


def test_a_msg_named_doc_is_still_read_as_a_message() -> None:
    assert read_story(outlook_message("Storm", body="Text."), name="x.doc").meta.format == "msg"


def test_an_old_word_doc_is_one_line() -> None:
    document = compound_file({"WordDocument": bytes(600), "1Table": bytes(100)})
    with pytest.raises(BinaryInput, match=r"^old\.doc: the file is an old Office file \(Word"):
        load_document(raw=document, name="old.doc")


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (
            outlook_message("Storm", body=BODY * 200)[:3000],
            CorruptInput,
            r"^storm\.msg: the Outlook message is damaged",
        ),
        (outlook_message("Storm"), EmptyInput, r"^storm\.msg: the Outlook message holds no text$"),
    ],
)
def test_damaged_or_empty_message_is_one_line(data: bytes, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        load_document(raw=data, name="storm.msg")
