"""What Help > About says: wirediff's version, and the libraries it runs on with their licences.

The list is read from the installed metadata (`importlib.metadata`), never typed in: the
libraries are wirediff's own requirements (extras left out), each with its version and the
licence its package declares (the SPDX `License-Expression`, else the `License` field, else a
"License ::" classifier), so a new dependency or a relicensed one shows without a code change.

Pure Python: may import the standard library; never PySide6.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata, requires, version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.metadata import PackageMetadata

PACKAGE = "wirediff"
UNKNOWN = "unknown"
# A requirement's project name: what comes before extras, versions, markers or spaces.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# A `License` field longer than this is the licence's whole text, not its name.
MAX_LICENCE_NAME_CHARS = 60


@dataclass(frozen=True, slots=True)
class Library:
    """One library wirediff runs on: its project name, installed version and licence."""

    name: str
    version: str
    licence: str


def package_version() -> str:
    """The installed version of wirediff ("unknown" when run from an uninstalled tree)."""
    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        return UNKNOWN


def _field(fields: PackageMetadata, name: str) -> str:
    values = fields.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(fields: PackageMetadata) -> str:
    """The licence a package's metadata declares, in its shortest faithful form.

    >>> from email.message import Message
    >>> fields = Message()
    >>> fields["License"] = "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
    >>> licence_of(fields)
    'LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only'
    >>> fields = Message()
    >>> fields["Classifier"] = "License :: OSI Approved :: Apache Software License"
    >>> licence_of(fields)
    'Apache Software License'
    >>> fields["License-Expression"] = "Apache-2.0"
    >>> licence_of(fields)
    'Apache-2.0'
    >>> licence_of(Message())
    'unknown'
    """
    expression = _field(fields, "License-Expression")
    if expression:
        return expression
    declared = _field(fields, "License")
    if declared and "\n" not in declared and len(declared) <= MAX_LICENCE_NAME_CHARS:
        return declared
    for classifier in fields.get_all("Classifier") or []:
        parts = [part.strip() for part in str(classifier).split("::")]
        if parts[0] == "License" and len(parts) > 1:
            return parts[-1]
    return UNKNOWN


def requirement_names(requirements: list[str]) -> list[str]:
    """The project names of the requirements that are always installed (no extras).

    >>> requirement_names(['PySide6-Essentials<6.12,>=6.6', 'httpx[brotli]>=0.27',
    ...                    'pytest>=8; extra == "test"'])
    ['PySide6-Essentials', 'httpx']
    """
    names = []
    for requirement in requirements:
        if "extra ==" in requirement.replace('"', "").replace("'", ""):
            continue
        match = _NAME.match(requirement.strip())
        if match:
            names.append(match.group())
    return names


def bundled_libraries() -> list[Library]:
    """Every library wirediff requires, as installed, sorted by name (case apart)."""
    try:
        names = requirement_names(requires(PACKAGE) or [])
    except PackageNotFoundError:
        return []
    libraries = []
    for name in names:
        try:
            fields = metadata(name)
        except PackageNotFoundError:
            continue
        libraries.append(
            Library(_field(fields, "Name"), _field(fields, "Version"), licence_of(fields))
        )
    return sorted(libraries, key=lambda library: library.name.lower())
