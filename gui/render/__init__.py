"""Drawing a comparison row, its theme and icons, with `QtGui` only: the view, the PNG and the
PDF exports all draw through these.

Imports `wirediff.core`, `gui.presentation` and PySide6's QtCore/QtGui; never QtWidgets.
"""
