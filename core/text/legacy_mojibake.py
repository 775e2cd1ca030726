"""Repair runs of legacy-encoded text that were read in the wrong codec.

Second half of the repair stage (`core.text.repair` runs ftfy first, for UTF-8 read as cp1252).
Here the bytes were in a legacy encoding (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, cp1251,
KOI8-R, ISO-8859-7, ...) and a sloppy reader turned them into Latin-1 or cp1252 characters, or
into "UTF-8 where the bytes happen to be valid, Latin-1 elsewhere": seed 002 opens with
`Â鶹´«Ã½`, the GB18030 bytes c2 e9 b6 b9 b4 ab c3 bd of 麻豆传媒 with e9 b6 b9 read as UTF-8.

For every run of non-ASCII text with Latin-1-range characters in it, the bytes are rebuilt under
each misreading (`core.text.misread_bytes`) and decoded with each candidate codec; a decoding
replaces the run only when `core.text.plausibility` finds it far more likely than the run as it
stands, with the whole words around the run scored too. A run too short to decide alone takes
the reading the rest of its line supports. Correct Latin, CJK or Cyrillic text is already the
likeliest reading of itself, which is what keeps it unchanged; a cheap regex keeps the search
away from lines that show no sign of a misreading at all.

Imports the standard library and `core` only; never PySide6 or `gui`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from wirediff.core.text.misread_bytes import decode_mixed, rebuild_readings, undo_repeated_utf8
from wirediff.core.text.misread_chars import MISREAD_CHAR
from wirediff.core.text.plausibility import NOISE_KINDS, best_cost, char_kind, is_common_short_word

ACCEPT_MARGIN_NATS = 10.0
"""How much likelier (in nats) a decoding must be than the text as it stands."""

POOLED_MARGIN_NATS = 2.0
"""The same, for a run whose line as a whole already passed `ACCEPT_MARGIN_NATS`."""

MIN_ALPHABET_LETTERS = 4
"""Letters a word read in a single-byte codec needs to be evidence on its own."""

SCORE_CACHE_RUNS = 4096
"""Distinct runs (with their word context) whose scores are kept."""

# Multi-byte legacy codecs: only they can be misaligned by reading a character as one byte
# where it was two.
MULTI_BYTE_CODECS = frozenset({"gb18030", "cp950", "cp932", "euc_jp", "cp949"})

SAME_READING_NATS = 3.0
"""A run that could go either way takes its line's reading when that is at most this worse."""

# Candidate codecs with the languages their text is scored in. Supersets are used where Python
# has them (GB18030 for GB2312/GBK, cp950 for Big5, cp932 for Shift_JIS, cp949 for EUC-KR).
CANDIDATE_CODECS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("gb18030", ("zh-Hans",)),
    ("cp950", ("zh-Hant",)),
    ("cp932", ("ja",)),
    ("euc_jp", ("ja",)),
    ("cp949", ("ko",)),
    ("cp1251", ("ru", "uk", "bg", "mk")),
    ("koi8_r", ("ru", "bg")),
    ("koi8_u", ("uk",)),
    ("iso8859_5", ("ru", "bg")),
    ("iso8859_7", ("el",)),
    ("utf-8", None),
)

# A run: non-ASCII characters with gaps of at most three printable ASCII characters (spaces and
# punctuation between words, or the ASCII trail bytes of double-byte codecs).
_RUN = re.compile(r"[^\x00-\x7f]+(?:[\x20-\x7e]{1,3}[^\x00-\x7f]+)*")
# Runs that real text makes (a lone "é", "çõ" in "informações", «quotes» around Greek, "příští")
# are not worth decoding: a misreading of legacy bytes shows a Latin-1 symbol or control that
# typography does not use (or cp1252's "Ÿ" and "ƒ", but not "š", "ž" and "œ", which are Czech
# and French letters), three misread characters in a row, or a character beyond the Latin
# blocks right next to a misread one (UTF-8 decoded amid Latin-1, as in "Â鶹´").
_RARE_LATIN1 = "\u0080-\u009f\u00a1-\u00aa\u00ac\u00af-\u00b6\u00b8-\u00ba\u00bc-\u00bf\u00d7\u00f7"
_CP1252_LETTERS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
_CP1252_PUNCTUATION = "\u02c6\u02dc\u2013-\u2022\u2026-\u203a\u20ac\u2122"
_WORTH_DECODING = re.compile(
    rf"[{_RARE_LATIN1}\u0178\u0192]"
    rf"|[\u0080-\u00ff{_CP1252_LETTERS}{_CP1252_PUNCTUATION}]{{3}}"
    rf"|[{_RARE_LATIN1}\u00c0-\u00ff][^\x00-\u024f\u2010-\u205f]"
    rf"|[^\x00-\u024f\u2010-\u205f][{_RARE_LATIN1}\u00c0-\u00ff]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_TYPOGRAPHIC = re.compile(r"[\u2010-\u205f]+")
_WORD_CHARS = re.compile(r"[A-Za-z0-9]*")
_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


@dataclass(frozen=True, slots=True)
class LegacyRepair:
    """`text[start:end]` read back as `after`, by the named misreading and codec."""

    start: int
    end: int
    after: str
    method: str


def legacy_repairs_in_line(line: str) -> list[LegacyRepair]:
    """Every run of one line (no "\\n") that decodes far more plausibly from rebuilt bytes.

    Offsets are into the line. Each run is weighed on its own first. A run too short to decide
    alone (the Greek "Οι", a one-letter Russian word) still follows the reading that the rest of
    its line clearly supports, because one line was written in one codec.

    >>> [(r.after, r.method) for r in legacy_repairs_in_line("Â鶹´«Ã½")]
    [('麻豆传媒', 'legacy:gb18030-as-utf8-else-latin1')]
    >>> legacy_repairs_in_line("IRMÃOS, Âge, 東京 ２０２４, “quoted”")
    []
    """
    if len(MISREAD_CHAR.findall(line)) < 2:
        return []
    runs = list(_RUN.finditer(line))
    worth = [run for run in runs if _is_worth_decoding(run.group())]
    # The other runs are scored only when one that looks misread has a better reading: real
    # Czech or French lines are full of runs like "í" and "ář" that are not worth the time.
    if not any(
        scored_run is not None
        and max(scored_run.original_cost - cost for cost, _ in scored_run.candidates.values())
        >= POOLED_MARGIN_NATS
        for scored_run in (_score_run(line, run.start(), run.end()) for run in worth)
    ):
        return []
    scored = [
        scored_run
        for run in runs
        if (scored_run := _score_run(line, run.start(), run.end())) is not None
    ]
    gains = [
        {reading: run.original_cost - cost for reading, (cost, _) in run.candidates.items()}
        for run in scored
    ]
    line_gains: dict[tuple[str, str], float] = {}
    for run_gains in gains:
        for reading, gain in run_gains.items():
            line_gains[reading] = line_gains.get(reading, 0.0) + gain
    line_reading = max(line_gains, key=line_gains.__getitem__)
    # Only runs that are evidence on their own can support the line's reading for the others.
    evidence = [
        run_gains.get(line_reading, 0.0)
        if line_reading in run.candidates and _is_decisive(run.candidates[line_reading][1], line)
        else 0.0
        for run, run_gains in zip(scored, gains, strict=True)
    ]
    total_evidence = sum(evidence)
    repairs = []
    for run, run_gains, own_evidence in zip(scored, gains, evidence, strict=True):
        repair: LegacyRepair | None = None
        line_gain = run_gains.get(line_reading)
        # The rest of the line, not this run, must make the case for the line's reading.
        supported = total_evidence - own_evidence >= ACCEPT_MARGIN_NATS
        if line_gain is not None and line_gain >= POOLED_MARGIN_NATS and supported:
            repair = run.candidates[line_reading][1]
        if repair is None:
            own_reading = max(run_gains, key=run_gains.__getitem__)
            if run_gains[own_reading] >= ACCEPT_MARGIN_NATS:
                repair = run.candidates[own_reading][1]
                close = run_gains[own_reading] - SAME_READING_NATS
                if line_gain is not None and line_gain >= close:
                    repair = run.candidates[line_reading][1]
                if repair is not None and not _is_decisive(repair, line):
                    repair = None
        if repair is not None:
            repairs.append(repair)
    return repairs


def _is_decisive(repair: LegacyRepair, line: str) -> bool:
    """Whether a run may be repaired on its own evidence.

    A single-byte alphabet (Cyrillic, Greek) maps each character to one character, so a short
    run says little: `Ôôô` in a Portuguese song title reads as Cyrillic `Ффф` just as well, and
    "åäö" as "едц". Up to three letters are enough only as a word of their own that reads as a
    common word of the alphabet's languages ("íà" for "на", "éÌÉ" for "Или"); other short runs
    need support from the rest of their line.
    """
    before = line[repair.start : repair.end]
    if len(repair.after) < len(before):
        return True  # a multi-byte codec: two or more characters became one
    words = _LETTERS.findall(repair.after)
    if any(len(word) >= MIN_ALPHABET_LETTERS for word in words):
        return True
    attached = line[repair.start - 1 : repair.start] + line[repair.end : repair.end + 1]
    if any(char.isalpha() for char in attached):
        return False  # part of a longer word
    return bool(words) and all(is_common_short_word(word) for word in words)


def _is_worth_decoding(run: str) -> bool:
    return len(MISREAD_CHAR.findall(run)) >= 2 and _WORTH_DECODING.search(run) is not None


@dataclass(slots=True)
class _ScoredRun:
    original_cost: float
    # (rebuild, codec) -> cost of the run so decoded, and the repair
    candidates: dict[tuple[str, str], tuple[float, LegacyRepair]]


def _score_run(line: str, start: int, end: int) -> _ScoredRun | None:
    """Costs of the run as it stands and under each reading that beats it, or None."""
    if not MISREAD_CHAR.search(line, start, end):
        return None
    # Walked back by hand: a regex anchored at the run's start still scans from the line's start,
    # which made a long line with many runs quadratic.
    context_start = start
    while context_start > 0 and line[context_start - 1] in _ASCII_WORD_CHARS:
        context_start -= 1
    context_end = _WORD_CHARS.match(line, end).end()  # type: ignore[union-attr]
    # Words repeat, so runs are scored once per distinct window (with the character after the
    # run, which a double-byte codec may need).
    scored = _score_window(
        line[context_start:context_end], start - context_start, end - context_start,
        line[end : end + 1],
    )  # fmt: skip
    if scored is None:
        return None
    original_cost, candidates = scored
    return _ScoredRun(
        original_cost,
        {
            reading: (cost, _shifted(repair, context_start))
            for reading, (cost, repair) in candidates.items()
        },
    )


def _shifted(repair: LegacyRepair, offset: int) -> LegacyRepair:
    return LegacyRepair(repair.start + offset, repair.end + offset, repair.after, repair.method)


@lru_cache(maxsize=SCORE_CACHE_RUNS)
def _score_window(
    window: str, start: int, end: int, following: str
) -> tuple[float, dict[tuple[str, str], tuple[float, LegacyRepair]]] | None:
    line = window + following
    context_end = len(window)
    original_cost, _ = best_cost(window)
    candidates: dict[tuple[str, str], tuple[float, LegacyRepair]] = {}
    non_ascii = [char.casefold() for char in window[start:end] if ord(char) > 0x7F]
    if len(non_ascii) > 1 and len(set(non_ascii)) == 1:
        return None  # "óóóóóó" or "Ôôô": one letter repeated reads as anything, or as itself
    for span_start, span_end in _spans(line, start, end):
        span = line[span_start:span_end]
        readings = rebuild_readings(span)
        single = readings[0][2] if readings[0][0] == "single" else None
        for rebuild, misreading, rebuilt in readings:
            for codec, languages in CANDIDATE_CODECS:
                reading = (rebuild, codec)
                limit = min(original_cost, candidates.get(reading, (math.inf, None))[0])
                if rebuild == "mixed" and codec not in MULTI_BYTE_CODECS and rebuilt == single:
                    continue  # the same bytes as the single-byte reading
                if rebuild == "mixed" and codec in MULTI_BYTE_CODECS and languages:
                    decoded = decode_mixed(span, codec, languages[0], limit)
                    if decoded is None:
                        continue
                else:
                    try:
                        decoded = rebuilt.decode(codec)
                    except UnicodeDecodeError:
                        continue
                if codec == "utf-8":
                    decoded = undo_repeated_utf8(decoded)
                if not is_clean_reading(decoded):
                    continue
                if decoded == span:
                    continue
                if span_end > context_end:  # the run took the character after the window
                    candidate = window[:span_start] + decoded
                else:
                    candidate = window[:span_start] + decoded + window[span_end:]
                cost, _ = best_cost(candidate, languages, limit=limit)
                if cost < limit:
                    method = f"legacy:{codec.replace('-', '')}-as-{misreading}"
                    candidates[reading] = (
                        cost,
                        LegacyRepair(span_start, span_end, decoded, method),
                    )
    return (original_cost, candidates) if candidates else None


def _spans(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the misread bytes of a run may start and end.

    A run can begin or end with typographic punctuation of the surrounding good text (the
    apostrophe of "Biden’s" three characters before the mojibake), and a double-byte codec's last
    trail byte may be an ASCII character just after the run.
    """
    starts = [start]
    pieces = list(_NON_ASCII.finditer(line, start, end))
    if len(pieces) > 1 and _TYPOGRAPHIC.fullmatch(pieces[0].group()):
        starts.append(pieces[1].start())
    ends = [end]
    if len(pieces) > 1 and _TYPOGRAPHIC.fullmatch(pieces[-1].group()):
        ends.append(pieces[-2].end())
    if end < len(line) and "\x40" <= line[end] <= "\x7e":
        ends.append(end + 1)
    return [(s, e) for s in starts for e in ends if s < e]


def is_clean_reading(text: str) -> bool:
    """Whether a decoding is made of text: one symbol or control in ten characters at most
    (or a single one in a short run, like the ◎ that opens a Korean list item).

    >>> is_clean_reading("麻豆传媒"), is_clean_reading("ΦΠ»ͺΘΛΓρΉ²ΊΝΉϊ")
    (True, False)
    """
    noise = sum(1 for char in text if char_kind(char) in NOISE_KINDS)
    return noise * 10 <= len(text) or (noise == 1 and len(text) >= 4)
