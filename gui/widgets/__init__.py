"""The window's widgets, grouped by what they show.

Imports models, render, export, tasks and presentation; never the window or the CLI.
"""
