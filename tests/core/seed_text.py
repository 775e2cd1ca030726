"""Helpers the segmentation tests share: reading a seed and comparing text loosely."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def normalize_space(text: str) -> str:
    """Collapse every whitespace run, no-break and thin spaces included, to one space."""
    return " ".join(text.split())


def read_seed(seeds: dict[str, Path], seed: str) -> str:
    return seeds[seed].read_text(encoding="utf-8")
