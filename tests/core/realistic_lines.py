"""Realistic lines of news text, for the repair stage's property tests and benchmarks.

A line is a handful of real words of one or two languages (Latin-script European, Welsh,
Cyrillic, Greek, CJK) with the symbols and typography news copy carries (×, ¼, µ, °, „“, ‘’,
…, ÿ, a capital Â standing alone in Welsh), in any order. Correct text made of these must come
out of `core.text.repair.repair_text` unchanged, and the same text encoded as UTF-8 and read as
cp1252 or Latin-1 must come back as it was. `sample_line` draws one from a `random.Random`, so a
benchmark can count failures over thousands of lines with a fixed seed; the tests draw the same
lines through hypothesis.

Imports the standard library only.
"""

from __future__ import annotations

import random

# Each entry: words of one language or kind, separated by spaces.
VOCABULARY: dict[str, str] = {
    "english": "The council said on Tuesday that prices rose sharply in March after talks failed "
    "Mix cup of flour Score grades race mile sugar Add recent report officials warned",
    "typography": "“quoted” ‘single’ — – … «guillemets» „unten“ ‹one› • © ® ™ € £ ¥ § ¶ † ‡ ‰",
    "symbols": "× ¼ ½ ¾ µ ° ± ² ³ ¹ · ¬ ¦ ¨ ¯ ´ ¸ ª º ¿ ¡ ¢ ¤ ÷ ÿ 2×4 3×“A” „×“ µg 25°C ±0.5",
    "french": "âge été où ça élève crème brûlée naïve Noël façade CHÂTEAU ÂGE Œuvre cœur Ÿvonne",
    "german": "Größe Übermäßig Äußerung schön Straße Müll Bär Antwort lautete",
    "nordic": "Þjóðin ætíð smørrebrød Åland Årsta Hämeenlinna Ørsted",
    "central": "Příliš žluťoučký kůň úpěl ďábelské Árvíztűrő tükörfúrógép Łódź Škoda Žilina",
    "welsh": "Cwmni Buddsoddi Â Chyfalaf Newidiol â’r ŵyr ŷd Llŷn",
    "iberian": "São Paulo IRMÃOS NÃO AÇÃO informações ¿Qué pasó? ¡Señor Núñez! niño año Ùltimo",
    "russian": "Москва столица России правительство ОАО «РЖД» ёлка мир Привет",
    "greek": "Η Αθήνα είναι πρωτεύουσα της Ελλάδας ΑΘΗΝΑ",
    "cjk": "中华人民共和国 北京 臺灣 東京都 ニュース 日本語 「こんにちは」 대한민국 정부는",
}

_WORDS = {name: tuple(words.split()) for name, words in VOCABULARY.items()}
_LANGUAGES = tuple(sorted(_WORDS))
SEPARATORS = (" ", " ", " ", ", ", " — ", ": ", "; ", "\u00a0")


def sample_line(rng: random.Random) -> str:
    """One line: 2 to 14 words from one or two vocabularies (English mixed in), with separators.

    >>> line = sample_line(random.Random(3))
    >>> bool(line) and "\\n" not in line
    True
    """
    kinds = ["english", rng.choice(_LANGUAGES), rng.choice(_LANGUAGES)]
    words: list[str] = []
    for _ in range(rng.randint(2, 14)):
        vocabulary = _WORDS[rng.choice(kinds)]
        index = rng.randrange(len(vocabulary))
        if words and vocabulary[index] == words[-1]:  # "the the" is a typo, not news copy
            index = (index + 1) % len(vocabulary)
        words.append(vocabulary[index])
    pieces = [words[0]]
    for word in words[1:]:
        separator = rng.choice(SEPARATORS)
        if separator == "\u00a0" and (pieces[-1] == "Â" or pieces[-1].isupper()):
            # Riddles no reader can answer, so lines do not pose them: "Â" + no-break space is
            # exactly how a misread no-break space looks, and so is the "Â" ending an all-caps
            # word ("CHÂTEAU\u00a0" misread, repaired, ends like "MISUTÂ\u00a0AJIKKO").
            separator = " "
        pieces.append(separator)
        pieces.append(word)
    end = rng.choice(("", ".", ".", "!", "?", "…"))
    return "".join(pieces) + end


# cp1252 as a sloppy reader applies it: its five undefined bytes become the C1 control of the
# same number, as browsers show them.
_SLOPPY_CP1252 = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)
)


def misread(text: str, codec: str) -> str:
    """`text` encoded as UTF-8 and read back as `codec` ("cp1252" read sloppily, or "latin-1").

    >>> misread("café ’", "cp1252")
    'cafÃ© â€™'
    """
    data = text.encode("utf-8")
    if codec == "cp1252":
        return "".join(_SLOPPY_CP1252[byte] for byte in data)
    return data.decode(codec)
