"""Alignment of two versions: sentence units, anchors and moves, rewording pairs, display rows.

Imports `core.segment` and `core.diff`; never Qt.
"""
