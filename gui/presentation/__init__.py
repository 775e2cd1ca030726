"""What the window, the command line and the exports show, as plain data: row text, version
facts, the export plan and its limits, the HTML report.

Imports `wirediff.core` and the standard library; never PySide6.
"""
