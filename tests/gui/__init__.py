"""Test package (so test modules with the same name in different folders do not clash)."""
