"""Bytes to text: decoding, and repair of text read in the wrong codec, recorded as `Fix` data.

Imports the standard library, chardet and ftfy, and `wirediff.core` modules; never Qt.
"""
