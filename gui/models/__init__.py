"""Qt item models over the engine's results, and the application settings.

Imports `gui.render` and below; no widgets.
"""
