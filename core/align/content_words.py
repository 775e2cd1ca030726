"""Content words: the words of a sentence that say what it is about.

Two sentences that share only "the", "of" and "said" are not one sentence reworded, and half of
a merged sentence must share words that carry meaning with the sentence it came from. Stop
words of the languages the news copy comes in (English, French, German, Spanish, Italian,
Portuguese, Dutch) are left out, and so are one- and two-letter words other than numbers.

Imports the standard library only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

_STOP_WORD_TEXT = """
    the and for are but not you all any can had her was one our out has his how its may new now
    old see two way who did get him let say she too use that with have this will your from they
    been more when were what said says also into than then them some such over only very just
    there their which would could should about after before other these those while where being
    does each most much many same here both few off per via yet ago upon onto
    les des une est pas que qui dans par sur pour avec son ses aux ont été sont mais plus
    der die das und den dem des ein eine einer eines nicht mit von für auf ist sich bei aus als
    auch wie wird sind war hat noch nach zum zur
    los las del una por con para que como más pero sus les fue son está han
    che per con non una della delle dei gli nel sono
    het een van voor zijn niet met ook maar
"""
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())


def content_words(words: Sequence[str]) -> Counter[str]:
    """The content words of lower-cased `words`, counted.

    >>> sorted(content_words(["the", "board", "kept", "its", "dividend", "at", "2", "cents"]))
    ['2', 'board', 'cents', 'dividend', 'kept']
    """
    return Counter(
        word
        for word in words
        if word not in STOP_WORDS and (len(word) > 2 or not word.isalpha() or ord(word[0]) > 0x2FFF)
    )
