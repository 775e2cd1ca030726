"""What every item model here shares: the flags of a plain item and role names for QML and tests.

The comparison, versions and matrix models each show read-only items that can be selected and
have no children; `ITEM_FLAGS` says so once. `role_names` adds a model's own roles to Qt's.

May import `PySide6.QtCore` and the standard library.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, Qt

# An item that can be selected, is never edited and never has children.
ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def role_names(
    inherited: Mapping[int, QByteArray], own: Mapping[int, str]
) -> dict[int, QByteArray]:
    """Qt's role names with the model's own added (`roleNames` of a model).

    >>> names = role_names({0: QByteArray(b"display")}, {256: "row"})
    >>> {role: bytes(name.data()) for role, name in names.items()}
    {0: b'display', 256: b'row'}
    """
    names = dict(inherited)
    names.update({role: QByteArray(name.encode()) for role, name in own.items()})
    return names
