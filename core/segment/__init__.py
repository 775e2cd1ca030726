"""Paragraphs, sentences and words: how an article is cut into the units the aligner compares.

Imports the standard library only; never Qt.
"""
