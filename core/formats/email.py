"""Read an e-mail (.eml): the story in its text part, else in its HTML part read as a web page.

The standard library's `email` parses the message (MIME parts, transfer encodings, charsets);
the subject becomes the headline, the sender the byline and the Date header the date. A
message whose text cannot be found is `EmptyInput`.

Imports the standard library and `core` only.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from wirediff.core.errors import EmptyInput
from wirediff.core.formats.story import Format, Story
from wirediff.core.result import StoryMeta


def read_email(raw: bytes) -> Story:
    """The story of an e-mail message; raises `EmptyInput` when it holds no text part."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # the default policy builds EmailMessage
    meta = StoryMeta(
        Format.EMAIL.value,
        title=_header(message, "subject"),
        byline=_header(message, "from"),
        date=_date(_header(message, "date")),
    )
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        text = plain.get_content().replace("\r\n", "\n")
        if text.strip():
            return Story(text.strip("\n"), meta)
    page = message.get_body(preferencelist=("html",))
    if page is not None:
        from wirediff.core.formats.html import read_html

        charset = page.get_content_charset() or "utf-8"
        payload = page.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        story = read_html(data, content_type=f"text/html; charset={charset}")
        return Story(
            story.text, meta, story.encoding, story.confidence, story.set_aside, story.notices
        )
    raise EmptyInput("the e-mail holds no text part")


def _header(message: EmailMessage, name: str) -> str | None:
    value = message.get(name)
    return " ".join(str(value).split()) or None if value is not None else None


def _date(value: str | None) -> str | None:
    """An e-mail Date header in ISO 8601, or as written when it cannot be read.

    >>> _date("Mon, 03 Jun 2024 14:02:00 +0000")
    '2024-06-03T14:02:00+00:00'
    """
    if value is None:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value
