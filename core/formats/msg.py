"""Read an Outlook message (.msg): the story in its text body, else in its HTML body read as a
web page; subject, sender and sending time as metadata, as for an .eml.

A .msg is an OLE compound file whose MAPI properties are streams with fixed names (MS-OXMSG):
`__substg1.0_0037001F` is the subject in UTF-16, `..._001E` the same in the message's code
page (PR_MESSAGE_CODEPAGE, else cp1252), and fixed-size values such as the sending time sit in
`__properties_version1.0`. olefile reads the compound file; the few properties a story needs
are read here, which spares the nineteen packages extract-msg brings (oletools, cryptography,
msoffcrypto-tool, easygui...) for features a comparison never uses. A message whose text is
kept only as compressed RTF says so in one line.

Imports the standard library, olefile (on first use) and `core` only.
"""

from __future__ import annotations

import codecs
import io
import struct
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from wirediff.core.errors import CorruptInput, EmptyInput
from wirediff.core.formats.story import Format, Story
from wirediff.core.result import StoryMeta

if TYPE_CHECKING:
    from olefile import OleFileIO

KIND = "Outlook message"

_SUBJECT, _BODY, _HTML, _SENDER, _SENDER_ADDRESS = 0x0037, 0x1000, 0x1013, 0x0C1A, 0x0C1F
_RTF_COMPRESSED = "__substg1.0_10090102"
_SUBMIT_TIME, _DELIVERY_TIME = 0x0039, 0x0E06
_CODE_PAGE, _INTERNET_CODE_PAGE = 0x3FFD, 0x3FDE
_PROPERTIES = "__properties_version1.0"
_HEADER_BYTES = 32  # the top-level property stream's header, before its 16-byte entries
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def read_msg(raw: bytes) -> Story:
    """The story of an Outlook .msg; `CorruptInput` when damaged, `EmptyInput` without text."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(raw)) as ole:
            return _story(ole)
    except (OSError, struct.error, ValueError, IndexError, KeyError) as error:
        raise CorruptInput(f"the {KIND} is damaged ({error})") from None


def _story(ole: OleFileIO) -> Story:
    fixed = _fixed_properties(ole)
    code_page = _code_page(fixed.get(_CODE_PAGE) or fixed.get(_INTERNET_CODE_PAGE))
    sender = _string(ole, _SENDER, code_page)
    address = _string(ole, _SENDER_ADDRESS, code_page)
    byline = f"{sender} <{address}>" if sender and address and "@" in address else sender
    sent = fixed.get(_SUBMIT_TIME) or fixed.get(_DELIVERY_TIME)
    meta = StoryMeta(
        Format.MSG.value,
        title=" ".join((_string(ole, _SUBJECT, code_page) or "").split()) or None,
        byline=byline or address or None,
        date=_iso_time(sent) if sent else None,
    )
    body = _string(ole, _BODY, code_page)
    if body and body.strip():
        return Story(body.replace("\r\n", "\n").strip("\n"), meta, encoding=code_page)
    page = _binary(ole, _HTML)
    if page:
        from wirediff.core.formats.html import read_html

        internet = _code_page(fixed.get(_INTERNET_CODE_PAGE))
        story = read_html(page, content_type=f"text/html; charset={internet}")
        return Story(
            story.text, meta, story.encoding, story.confidence, story.set_aside, story.notices
        )
    if ole.exists(_RTF_COMPRESSED):
        raise EmptyInput(
            f"the {KIND} keeps its text only as RTF: save it from Outlook as .eml or .txt"
        )
    raise EmptyInput(f"the {KIND} holds no text")


def _string(ole: OleFileIO, property_id: int, code_page: str) -> str | None:
    unicode_name = f"__substg1.0_{property_id:04X}001F"
    if ole.exists(unicode_name):
        data: bytes = ole.openstream(unicode_name).read()
        return data.decode("utf-16-le", errors="replace").rstrip("\0")
    eight_bit = f"__substg1.0_{property_id:04X}001E"
    if ole.exists(eight_bit):
        data = ole.openstream(eight_bit).read()
        return data.decode(code_page, errors="replace").rstrip("\0")
    return None


def _binary(ole: OleFileIO, property_id: int) -> bytes | None:
    name = f"__substg1.0_{property_id:04X}0102"
    if not ole.exists(name):
        return None
    data: bytes = ole.openstream(name).read()
    return data


def _fixed_properties(ole: OleFileIO) -> dict[int, int]:
    """The message's fixed-size property values by property id (their 8 bytes as a number)."""
    if not ole.exists(_PROPERTIES):
        return {}
    data: bytes = ole.openstream(_PROPERTIES).read()
    values: dict[int, int] = {}
    for offset in range(_HEADER_BYTES, len(data) - 15, 16):
        tag, _flags, value = struct.unpack_from("<IIQ", data, offset)
        values[tag >> 16] = value
    return values


def _code_page(number: int | None) -> str:
    """The codec of a Windows code page number (cp1252 when unknown).

    >>> _code_page(1251), _code_page(65001), _code_page(None), _code_page(99999)
    ('cp1251', 'utf-8', 'cp1252', 'cp1252')
    """
    if not number:
        return "cp1252"
    name = "utf-8" if number == 65001 else f"cp{number}"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


def _iso_time(filetime: int) -> str:
    """A MAPI time (100-nanosecond ticks since 1601, UTC) in ISO 8601.

    >>> _iso_time(133618969200000000)
    '2024-06-03T14:02:00+00:00'
    """
    return (_FILETIME_EPOCH + timedelta(microseconds=filetime // 10)).isoformat()
