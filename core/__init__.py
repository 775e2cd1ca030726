"""wirediff's engine: bytes in, one immutable `Comparison` out.

Pure Python. Modules here may import the standard library and the engine's libraries
(diff-match-patch, chardet, ftfy, breame) and each other, never `gui` nor PySide6: the command
line and tests use the engine without loading Qt. An import-linter contract in pyproject.toml
and tests/core/test_layering.py enforce this.
"""
