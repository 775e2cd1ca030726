"""Differences inside a pair of sentences: cosmetic equivalence and the word diff.

Imports diff-match-patch, breame and `core.segment`; never Qt.
"""
