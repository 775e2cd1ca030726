"""The main window, its actions and commands, its style sheet, and the application start.

Imports every other `wirediff.gui` package except the CLI.
"""
