"""Read the parts of a ZIP-packaged document (Word, OpenDocument) and its XML, safely.

A .docx or .odt is a ZIP archive of XML files. A damaged archive, a missing part or broken XML
becomes `CorruptInput`; a part that inflates beyond `MAX_PART_BYTES` (a "zip bomb": a few KB
that unpack to gigabytes) becomes `InputTooLarge` before it is inflated in full, whatever size
the archive's directory claims; XML is parsed without fetching anything or expanding entities.

Imports the standard library, lxml and `core.errors` only.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from wirediff.core.errors import CorruptInput, InputError, InputTooLarge

MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest uncompressed part read: a 1,000-page novel's document.xml is about 20 MB."""

MAX_PACKAGE_BYTES = 256 * 1024 * 1024
"""Largest total of the parts read from one package."""

_CHUNK_BYTES = 1024 * 1024


class Package:
    """An open ZIP package; `kind` names it in messages ("Word file")."""

    def __init__(self, archive: zipfile.ZipFile, kind: str) -> None:
        self.archive = archive
        self.kind = kind
        self.names = frozenset(archive.namelist())
        self._inflated = 0

    def read(self, name: str) -> bytes:
        """The bytes of part `name`, inflated at most up to the limits."""
        try:
            with self.archive.open(name) as member:
                chunks = []
                size = 0
                while chunk := member.read(_CHUNK_BYTES):
                    size += len(chunk)
                    self._inflated += len(chunk)
                    if size > MAX_PART_BYTES or self._inflated > MAX_PACKAGE_BYTES:
                        raise InputTooLarge(
                            f"the {self.kind} unpacks to more than "
                            f"{MAX_PART_BYTES // 2**20} MiB of text: not read (a zip bomb?)"
                        )
                    chunks.append(chunk)
        except KeyError:
            raise CorruptInput(f"the {self.kind} is damaged: it has no {name}") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
            raise CorruptInput(f"the {self.kind} is damaged ({error})") from None
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element:
        """Part `name` parsed as XML."""
        return parse_xml(self.read(name), self.kind, name)


def tag_name(element: etree._Element) -> str:
    """An XML element's name without its namespace, case kept ("" for comments).

    >>> tag_name(etree.fromstring('<w:delText xmlns:w="urn:w"/>'))
    'delText'
    """
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_xml(data: bytes, kind: str, name: str = "its XML") -> etree._Element:
    """Parse XML without network access or entity expansion; `CorruptInput` when broken.

    >>> parse_xml(b"<a><b>x</b></a>", "file").findtext("b")
    'x'
    >>> parse_xml(b"<a><b>", "NITF file", "the story")
    Traceback (most recent call last):
    wirediff.core.errors.CorruptInput: the NITF file is damaged: the story is not valid XML
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise CorruptInput(f"the {kind} is damaged: {name} is not valid XML") from None
    if root is None:
        raise CorruptInput(f"the {kind} is damaged: {name} is empty")
    return root


@contextmanager
def open_package(raw: bytes, kind: str) -> Iterator[Package]:
    """Open `raw` as a ZIP package, or raise `CorruptInput` naming `kind`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise CorruptInput(f"the {kind} is damaged: it is not a readable ZIP package") from None
    with archive:
        yield Package(archive, kind)


def part_matches(raw: bytes, kind: str, part: str, pattern: re.Pattern[bytes]) -> bool:
    """Whether part `part` of the package `raw` holds `pattern`, told from its bytes without
    parsing them; False for a damaged package (reading it says what is wrong).

    >>> part_matches(b"not a zip", "Word file", "word/document.xml", re.compile(rb"<w:ins"))
    False
    """
    try:
        with open_package(raw, kind) as package:
            return bool(pattern.search(package.read(part)))
    except InputError:
        return False
