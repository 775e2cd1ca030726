"""Build the letter-frequency tables in resources/charfreq/ from the wordfreq package's data.

    pip install wordfreq msgpack   # in any Python 3.11+ environment; wirediff does not need it
    python bench/make_charfreq.py [--out resources/charfreq]

`core.text.plausibility` scores candidate readings of a run of text with these tables: how often
each letter, and for alphabets each pair of letters ("^" and "$" standing for the start and
end of a word), occurs in running text of a language (wirediff scores digits, punctuation and
symbols by their Unicode class). Each count is the sum, over wordfreq's word list for the
language, of the word's frequency for every letter (or pair) of the word, normalized and kept
down to one occurrence in ten million. Alphabets also list their common words of up to three
letters, which `core.text.legacy_mojibake` asks of a short run before it repairs it.

wordfreq folds Traditional Chinese into Simplified, so the zh-Hant table maps its Simplified
frequencies back through wordfreq's own Traditional→Simplified table; Simplified-only forms are
left out of it. Latin-script languages are pooled in a few tables by the letters they add to
ASCII (Western with English counted twice, Central European, Turkish, Vietnamese), because the
question the tables answer is only "is this plausible text at all".

Run by hand when the tables should change; the output is committed, the script is not imported.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

SCRIPT_LANGUAGES = ("zh", "ja", "ko", "ru", "uk", "bg", "mk", "el", "he", "ar", "fa")
# Latin-script languages, pooled by the letters they add to ASCII: a table per group keeps
# Turkish "ı", "ş" or Polish "ł" as common as they are in their own texts.
LATIN_GROUPS = {
    "latin": ("en", "en", "fr", "de", "es", "pt", "it", "nl", "ca", "sv", "da", "nb", "fi", "is",
              "id"),
    "latin-central": ("pl", "cs", "sk", "sl", "sh", "hu", "ro", "lt", "lv"),
    "tr": ("tr",),
    "vi": ("vi",),
}  # fmt: skip
IDEOGRAPHIC = ("zh", "ja", "ko")
SHORT_WORD_LETTERS = 3
SHORT_WORD_MIN_FREQUENCY = 2e-5  # common words like "на", "или", "οι"; not "нм" or "эр"
MIN_SHARE = 1e-7
SCALE = 10**9  # stored values are occurrences per billion letters


def letter_counts(language: str) -> tuple[Counter[str], Counter[str]]:
    """Letter and letter-pair frequencies; "^" and "$" mark the start and end of a word."""
    from wordfreq import get_frequency_dict

    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for word, frequency in get_frequency_dict(language, wordlist="best").items():
        previous = "^"
        for char in word:
            if char.isalpha():
                counts[char] += frequency
                pairs[previous + char] += frequency
                previous = char
            else:
                if previous != "^":
                    pairs[previous + "$"] += frequency
                previous = "^"
        if previous != "^":
            pairs[previous + "$"] += frequency
    return counts, pairs


def normalized(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {char: count / total for char, count in counts.items()}


def traditional_from_simplified(simplified: dict[str, float]) -> dict[str, float]:
    import msgpack
    import wordfreq

    mapping_path = Path(wordfreq.__file__).parent / "data" / "_chinese_mapping.msgpack.gz"
    with gzip.open(mapping_path) as handle:
        to_simplified: dict[int, str] = msgpack.load(handle, raw=False, strict_map_key=False)
    simplified_only = set(to_simplified.values()) - {chr(code) for code in to_simplified}
    traditional = {char: share for char, share in simplified.items() if char not in simplified_only}
    for code, target in to_simplified.items():
        if len(target) == 1 and target in simplified:
            traditional[chr(code)] = max(traditional.get(chr(code), 0.0), simplified[target])
    total = sum(traditional.values())
    return {char: share / total for char, share in traditional.items()}


def short_words(language: str) -> list[str]:
    """Common words of up to three letters: a run of a single-byte alphabet that short is
    repaired only when it reads as one of them."""
    from wordfreq import get_frequency_dict

    return sorted(
        word
        for word, frequency in get_frequency_dict(language, wordlist="best").items()
        if len(word) <= SHORT_WORD_LETTERS
        and word.isalpha()
        and frequency >= SHORT_WORD_MIN_FREQUENCY
    )


def kept(shares: dict[str, float]) -> dict[str, int]:
    return {
        key: max(1, round(share * SCALE))
        for key, share in sorted(shares.items(), key=lambda item: -item[1])
        if share >= MIN_SHARE
    }


def write_table(
    out: Path,
    name: str,
    shares: dict[str, float],
    source: str,
    pair_shares: dict[str, float] | None = None,
    words: list[str] | None = None,
) -> None:
    data: dict[str, object] = {"language": name, "source": source, "per": SCALE}
    data["letters"] = kept(shares)
    if pair_shares is not None:
        data["pairs"] = kept(pair_shares)
    if words is not None:
        data["short_words"] = words
    path = out / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    counts = ", ".join(
        f"{len(data.get(key, ()))} {key}" for key in ("letters", "pairs", "short_words")
    )
    print(f"{path}: {counts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("resources/charfreq"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in SCRIPT_LANGUAGES:
        counts, pairs = letter_counts(language)
        shares = normalized(counts)
        name = "zh-Hans" if language == "zh" else language
        # Letter pairs only for alphabets: CJK has too many and gains little from them.
        pair_shares = None if language in IDEOGRAPHIC else normalized(pairs)
        words = None if language in IDEOGRAPHIC else short_words(language)
        source = f"wordfreq best wordlist '{language}'"
        write_table(args.out, name, shares, source, pair_shares, words)
        if language == "zh":
            write_table(
                args.out,
                "zh-Hant",
                traditional_from_simplified(shares),
                "wordfreq 'zh' through wordfreq's Traditional-to-Simplified table",
            )
    for name, languages in LATIN_GROUPS.items():
        pooled: Counter[str] = Counter()
        pooled_pairs: Counter[str] = Counter()
        for language in languages:
            counts, pairs = letter_counts(language)
            for char, share in normalized(counts).items():
                pooled[char] += share
            for pair, share in normalized(pairs).items():
                pooled_pairs[pair] += share
        write_table(
            args.out,
            name,
            normalized(pooled),
            "wordfreq best wordlists, pooled: " + " ".join(languages),
            normalized(pooled_pairs),
        )


if __name__ == "__main__":
    main()
