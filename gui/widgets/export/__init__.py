"""The export dialog: its choices and live preview."""
