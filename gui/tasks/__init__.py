"""Work off the GUI thread: the background-task runner, compare and collate workers, the
compare controller and the file watcher.

Imports `wirediff.core` and QtCore; never widgets.
"""
