"""Many versions of one story lined up in one matrix of sentences.

Imports the rest of `wirediff.core`; never Qt.
"""
