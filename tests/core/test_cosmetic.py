"""The cosmetic key of a sentence (`core.diff.cosmetic.fold_text`), written out whole.

Two wordings are "minor" variants exactly when their keys are equal, so each style rule is shown
by the key it gives: quotes, dashes, spaces, initialisms, British spelling in every letter case.
"""

from __future__ import annotations

import pytest

from wirediff.core.diff.cosmetic import fold_text


@pytest.fixture(autouse=True)
def _fold_afresh() -> None:
    # Keys are cached: an earlier test's key for the same text would answer without folding.
    fold_text.cache_clear()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # British spellings become American whatever their case, other words are kept.
        ("The Colour of LABOUR, colour", "the color of labor, color"),
        ("ORGANISE the Centre", "organize the center"),
        ("Grey tyres", "gray tires"),
        ("An Aeroplane", "an airplane"),
        ("Axe", "ax"),
        ("NATO\N{RIGHT SINGLE QUOTATION MARK}s defence", "nato's defense"),
        # Quotes, guillemets, dashes and the ellipsis.
        (
            "\N{LEFT DOUBLE QUOTATION MARK}Kyiv\N{RIGHT DOUBLE QUOTATION MARK} \N{EM DASH} "
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}non"
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{HORIZONTAL ELLIPSIS}",
            '"kyiv" - "non"...',
        ),
        ("pre-war  long-range -- x - y \N{EN DASH}z", "pre-war long-range - x - y - z"),
        # Spaces that typography decides.
        ("Airbus / Safran said : yes ( maybe )", "airbus/safran said: yes (maybe)"),
        ("a\N{NO-BREAK SPACE}b\N{THIN SPACE}c", "a b c"),
        # The final dot of an initialism.
        ("U.S. and U.K. officials", "u.s and u.k officials"),
        ("U.S.A. talks", "u.s.a talks"),
    ],
)
def test_fold_text_key(text: str, key: str) -> None:
    assert fold_text(text) == key
