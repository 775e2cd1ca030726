"""Repair methods said in words (`core.text.method_names.describe_method`), exactly."""

from __future__ import annotations

import pytest

from wirediff.core.text.method_names import describe_method


@pytest.mark.parametrize(
    ("method", "words"),
    [
        (
            "legacy:gb18030-as-utf8-else-latin1",
            "GB18030 (Simplified Chinese) text read as UTF-8 and Latin-1",
        ),
        ("ftfy:utf8-as-cp1252", "UTF-8 text read as Windows-1252"),
        ("ftfy:nbsp-restored", "non-breaking space restored"),
        ("ftfy:c1-as-cp1252", "control characters read as Windows-1252"),
        (
            "ftfy:utf8-as-latin1+legacy:koi8_r-as-latin1+ftfy:unexplained",
            "UTF-8 text read as Latin-1, then KOI8-R (Russian) text read as Latin-1, then repaired",
        ),
        # A step without its source prefix is read the same.
        (
            "inconsistent-utf8+surrogates-joined",
            "UTF-8 misread in places, then surrogate pairs joined",
        ),
        # A codec it has no name for keeps its identifier.
        ("legacy:cp874-as-latin1", "cp874 text read as Latin-1"),
        # Identifiers it cannot read are returned whole, not half described.
        ("something-new", "something-new"),
        ("ftfy:utf8-as-cp1252+mystery", "ftfy:utf8-as-cp1252+mystery"),
        ("legacy:-as-latin1", "legacy:-as-latin1"),
        ("legacy:cp1251-as-", "legacy:cp1251-as-"),
        ("", ""),
    ],
)
def test_describe_method(method: str, words: str) -> None:
    assert describe_method(method) == words
