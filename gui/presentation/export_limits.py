"""The limits of an image export: widths, scales and the tallest part written as one file.

Shared by the drawing (`gui.export.image`), the export dialog and the command line
(`gui.cli.export`), which checks `--width` and `--scale` while building its parser, before
Qt is loaded; hence a module of its own.

Pure Python: may import the standard library only; never Qt.
"""

from __future__ import annotations

# Many viewers, browsers and social sites refuse or shrink images taller than this, and Qt's
# raster images top out not far above it at 2x width; longer exports are split into parts.
MAX_PART_HEIGHT_PX = 16_000
DEFAULT_WIDTH_PX = 1200  # wide enough for two readable columns, the common social-media width
MIN_WIDTH_PX = 480
MAX_WIDTH_PX = 8000
MIN_SCALE = 1.0
MAX_SCALE = 4.0
