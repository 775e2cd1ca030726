"""Outlook .msg files built in code: a small writer of compound files (the OLE format Outlook
keeps messages in, MS-CFB version 3) and of the MAPI properties a message holds (MS-OXMSG).

Streams under 4 KB live in the mini stream, as Outlook writes them; the directory is one chain
of right siblings under each storage, which readers accept. Enough for tests, not a general
writer.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF
SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    start: int = END_OF_CHAIN
    size: int = 0
    index: int = 0
    right: int = NO_STREAM


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file holding `streams`, named by paths ("storage/stream")."""
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        parent = root
        *storages, name = path.split("/")
        for storage in storages:
            found = next((c for c in parent.children if c.name == storage), None)
            if found is None:
                found = _Entry(storage, 1)
                parent.children.append(found)
            parent = found
        parent.children.append(_Entry(name, 2, data))
    entries: list[_Entry] = []

    def number(entry: _Entry) -> None:
        entry.index = len(entries)
        entries.append(entry)
        for child in entry.children:
            number(child)

    number(root)
    for entry in entries:
        for child, following in zip(entry.children, entry.children[1:], strict=False):
            child.right = following.index

    # Small streams go into the mini stream, 64-byte mini sectors chained by the mini FAT.
    mini_stream = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size == 0:
            entry.start = END_OF_CHAIN
        elif entry.size < MINI_CUTOFF:
            count = -(-entry.size // MINI_SECTOR)
            entry.start = len(mini_fat)
            mini_fat += [entry.start + i + 1 for i in range(count - 1)] + [END_OF_CHAIN]
            mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")
        else:
            big.append(entry)

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        count = max(1, -(-len(data) // SECTOR))
        start = len(sectors)
        for i in range(count):
            sectors.append(data[i * SECTOR : (i + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(start + i + 1 if i < count - 1 else END_OF_CHAIN)
        return start

    for entry in big:
        entry.start = place(entry.data)
    root.size = len(mini_stream)
    root.start = place(bytes(mini_stream)) if mini_stream else END_OF_CHAIN
    mini_fat_bytes = b"".join(struct.pack("<I", value) for value in mini_fat)
    mini_fat_start = place(mini_fat_bytes) if mini_fat else END_OF_CHAIN
    mini_fat_count = -(-len(mini_fat_bytes) // SECTOR) if mini_fat else 0
    directory_start = place(b"".join(_directory_entry(entry) for entry in entries))

    # The FAT describes every sector, its own included.
    fat_count = 1
    while (len(sectors) + fat_count) * 4 > fat_count * SECTOR:
        fat_count += 1
    fat_start = len(sectors)
    fat += [FAT_SECTOR] * fat_count
    fat += [FREE] * (fat_count * SECTOR // 4 - len(fat))
    table = b"".join(struct.pack("<I", value) for value in fat)
    sectors += [table[i * SECTOR : (i + 1) * SECTOR] for i in range(fat_count)]
    difat = [fat_start + i for i in range(fat_count)] + [FREE] * (109 - fat_count)

    header = (
        SIGNATURE
        + bytes(16)
        + struct.pack(
            "<HHHHH6sIIIIIIIII",
            0x3E,
            3,
            0xFFFE,
            9,
            6,
            bytes(6),
            0,
            fat_count,
            directory_start,
            0,
            MINI_CUTOFF,
            mini_fat_start,
            mini_fat_count,
            END_OF_CHAIN,
            0,
        )
    )
    header += b"".join(struct.pack("<I", value) for value in difat)
    return header + b"".join(sectors)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    child = entry.children[0].index if entry.children else NO_STREAM
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        entry.kind,
        1,  # black
        NO_STREAM,
        entry.right,
        child,
        bytes(16),
        0,
        0,
        0,
        entry.start,
        entry.size,
    )


def _filetime(moment: datetime) -> int:
    """100-nanosecond ticks since 1601, the time MAPI stores."""
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def outlook_message(
    subject: str,
    *,
    body: str | None = None,
    html: bytes | None = None,
    sender: str | None = None,
    sent: datetime | None = None,
    codepage: int | None = None,
) -> bytes:
    """A .msg holding these properties. With `codepage` its strings are 8-bit (PT_STRING8, as
    older Outlook writes them) in that code page; otherwise UTF-16 (PT_UNICODE)."""

    def string(property_id: int, text: str) -> tuple[str, bytes]:
        if codepage is None:
            return f"__substg1.0_{property_id:04X}001F", text.encode("utf-16-le")
        return f"__substg1.0_{property_id:04X}001E", text.encode(f"cp{codepage}")

    streams = dict([string(0x001A, "IPM.Note"), string(0x0037, subject)])
    if body is not None:
        streams.update([string(0x1000, body)])
    if html is not None:
        streams["__substg1.0_10130102"] = html
    if sender is not None:
        streams.update([string(0x0C1A, sender)])
    fixed = b""
    if sent is not None:
        fixed += struct.pack("<IIQ", (0x0039 << 16) | 0x0040, 6, _filetime(sent))
    # PR_STORE_SUPPORT_MASK says whether strings are Unicode (STORE_UNICODE_OK).
    fixed += struct.pack("<IIQ", (0x340D << 16) | 0x0003, 6, 0 if codepage else 0x40000)
    if codepage is not None:
        fixed += struct.pack("<IIQ", (0x3FFD << 16) | 0x0003, 6, codepage)
    streams["__properties_version1.0"] = bytes(32) + fixed
    # One recipient, as every sent message has: its display name and (empty) property stream.
    recipient = "__recip_version1.0_#00000000"
    streams[f"{recipient}/__substg1.0_3001001F"] = "News desk".encode("utf-16-le")
    streams[f"{recipient}/__properties_version1.0"] = bytes(8)
    return compound_file(streams)
