"""Whole-comparison exports (PNG, PDF) laid out in bands and drawn through the row painter.

Imports `gui.render` and below; never QtWidgets, so the command line exports with no display.
"""
