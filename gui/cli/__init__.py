"""The `wirediff` console command. Imports Qt only inside the drawing subcommands and the
window start, so `compare --json` and `repair` start fast anywhere.
"""
