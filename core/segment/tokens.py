"""How prose is cut into words, shared by the aligner's overlap scores and the word diff.

A word is a run of letters and digits, except in Chinese and Japanese, which are written
without spaces: there each ideograph or kana is a word of its own, so that one changed character
is one changed word rather than a changed clause.

Imports the standard library only.
"""

from __future__ import annotations

import re

# Han ideographs (with extension A and compatibility forms) and both kana scripts.
CJK_CHARACTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# One CJK character, or a run of other word characters.
WORD = re.compile(f"[{CJK_CHARACTERS}]|[^\\W{CJK_CHARACTERS}]+")

# Word-diff tokens: words as above, runs of spaces, and punctuation, where a run of one repeated
# mark (`-----`, `...`) is one token: ASCII tables and rules would otherwise become thousands
# of tokens and make the diff quadratic.
DIFF_TOKEN = re.compile(f"[{CJK_CHARACTERS}]|[^\\W{CJK_CHARACTERS}]+|\\s+|([^\\w\\s])\\1*")


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased.

    >>> words("Kyiv’s 20 kilometres")
    ['kyiv', 's', '20', 'kilometres']
    >>> words("今天下雨")
    ['今', '天', '下', '雨']
    """
    return WORD.findall(text.lower())
