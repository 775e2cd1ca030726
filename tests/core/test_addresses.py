"""Pins how an input is told to be a web address, and how an address is shown to people."""

from __future__ import annotations

import pytest

from wirediff.core.sources.addresses import is_address, short_address


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("https://www.example.com/", "example.com"),
        ("https://www.example.com", "example.com"),
        ("http://example.com/a/b?x=1", "example.com/a/b?x=1"),
        ("https://news.example.org/world/", "news.example.org/world/"),
        ("https://example.com/?page=2", "example.com?page=2"),
        ("https://news.example/?page=2", "news.example?page=2"),
        ("https://wwwexample.com/www.", "wwwexample.com/www."),
    ],
)
def test_short_address(address: str, shown: str) -> None:
    assert short_address(address) == shown


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("https://example.com/a", True),
        ("  http://example.com  ", True),
        ("ftp://files.example.com", True),
        ("svn+ssh://host/repo", True),
        ("a/b.txt", False),
        ("C:\\news\\story.txt", False),
        ("://example.com", False),
        ("1http://example.com", False),
        ("story.txt https://example.com", False),
        ("notes://", True),
        ("mailto:someone@example.com", False),
    ],
)
def test_is_address(text: str, answer: bool) -> None:
    assert is_address(text) is answer
