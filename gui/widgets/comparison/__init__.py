"""The comparison view: rows of both versions in one scroll area, its input handling, text
selection, overview strip, headers, message bar and repair panel.
"""
