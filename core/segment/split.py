"""Cut an article into paragraphs and paragraphs into sentences, the units the aligner compares.

This is the `segment` stage: it takes decoded, repaired text with LF line endings and returns
plain strings; `core.align.anchors` pairs them up between two versions. Both functions are
rule-based and tuned on news copy (the five seeds): datelines, titles such as "Sen.", "U.S.", photo
credits in parentheses, curly and straight quotes, spaced ellipses; Chinese and Japanese
sentences, which no space separates, end at their own full stops. Neither function drops a
character: `split_sentences` pieces concatenate back to their paragraph exactly, and
`split_paragraphs` keeps every non-whitespace character in order.

Pure Python: imports the standard library and `core.segment.abbreviations` only, never `gui` nor
PySide6 (see core/__init__.py).

Why hand-written: bench/bench_segment.py measured sentencex 1.0.32, pysbd 0.3.4, nupunkt 0.8.0
and syntok 1.4.4 on 41 tricky paragraphs (26 from the seeds) and, called once per paragraph, on
1 MB of the seeds' prose. They got 31, 33, 35 and 36 paragraphs right, at 115, 0.5, 32 and 1.6
MB/s; these rules get all 41 at 58 MB/s, about 0.02 s per megabyte for both functions
together. Every library cuts photo credits off their caption and splits '"Why now?" Kirby
asked.'; sentencex, the only faster one, also misses sentence ends inside quotations and after
a spaced ellipsis, and once hands an opening straight quote to the sentence before. The cases
were written alongside the rules, so read the 41 as "covers what it was shown", not as a
held-out score.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from wirediff.core.segment.abbreviations import (
    ABBREVIATIONS_MAYBE_FINAL,
    ABBREVIATIONS_NEVER_FINAL,
    SENTENCE_STARTERS,
)

__all__ = ["split_paragraphs", "split_sentences"]

# --- Paragraphs -------------------------------------------------------------------------------

# Hard-wrapped text is wrapped at 60 to 80 columns (AP's wire format at 69). A line longer than
# this was not wrapped, so its line break is deliberate.
MAX_WRAP_WIDTH_CHARS: Final = 100
# Below this the "wrap width" is just a few short lines (a "Share" button, a "___" rule).
MIN_WRAP_WIDTH_CHARS: Final = 40
# A greedy wrapper fills each line to within about one long word of the width.
WRAP_SLACK_CHARS: Final = 25
# A line this much longer than the estimated width was not produced by the wrapper.
WRAP_OVERFLOW_CHARS: Final = 10
# How many lines that end inside a block (a line break, not a blank line, follows them) it takes
# to call a block or a file hard-wrapped, and which share of them must be wrap-sized.
MIN_WRAPPED_LINES: Final = 2
# A line without final punctuation this much shorter than the wrap width is a heading.
HEADING_SHARE_OF_WIDTH: Final = 0.8
# What a line ends with when it closes a paragraph of hard-wrapped prose.
_PARAGRAPH_END: Final = (".", "!", "?", ":", "…", '"', "”", "’", "'", ")")
MIN_LINES_FOR_BLOCK_DECISION: Final = 4
WRAPPED_SHARE: Final = 0.75


def _wrap_width(lengths: list[int]) -> int:
    """Return the width these line lengths were hard-wrapped at, or 0 if they were not wrapped.

    `lengths` are the lengths of lines that a single line break follows. The width is a high
    percentile rather than the maximum so that one odd line cannot inflate it: too wide an
    estimate makes `_is_paragraph_break` see breaks that are not there, while one a little too
    narrow only hides a few (and WRAP_OVERFLOW_CHARS absorbs the lines longer than it).
    """
    wrapped = sorted(length for length in lengths if length <= MAX_WRAP_WIDTH_CHARS)
    if len(wrapped) < MIN_WRAPPED_LINES:
        return 0
    width = wrapped[int(0.9 * (len(wrapped) - 1))]
    if width < MIN_WRAP_WIDTH_CHARS:
        return 0
    full = sum(1 for length in wrapped if length >= width - WRAP_SLACK_CHARS)
    return width if full >= WRAPPED_SHARE * len(lengths) else 0


def _is_paragraph_break(line: str, next_line: str, width: int, indent: int) -> bool:
    """Tell whether the single line break between two lines of a block ends a paragraph.

    `width` is the block's hard-wrap width, 0 when the block is one paragraph per line;
    `indent` is the smallest indent in the block, that of its continuation lines.
    """
    if width == 0:
        return True
    stripped_next = next_line.lstrip()
    if line.strip() == stripped_next:
        # A repeated line: pages repeat headlines and photo captions.
        return True
    if len(next_line) - len(stripped_next) > indent:
        # An indented first line opens a paragraph, as in wire copy ("   WASHINGTON (AP) -").
        return True
    # Inside hard-wrapped text a paragraph ends at the end of a sentence. Width estimates are
    # rough (double spaces after full stops, texts wrapped at several widths), and a false
    # paragraph break cuts a sentence in two, which is far worse than a missed one.
    length = len(line.rstrip())
    # Only a clearly short line (a heading, a dateline) ends a paragraph without a stop.
    if not line.rstrip().endswith(_PARAGRAPH_END) and (
        length >= HEADING_SHARE_OF_WIDTH * width or stripped_next[:1].islower()
    ):
        return False
    if length > width + WRAP_OVERFLOW_CHARS:
        return True
    if stripped_next[:1].islower():
        return False
    # A greedy wrapper breaks a line only when the next word does not fit; if it would have fit,
    # the author broke the line (the end of a paragraph, a heading, a caption).
    # Only spaces and tabs are break points: a no-break space binds
    # "Biden\N{NO-BREAK SPACE}from" into one word.
    next_word = stripped_next.partition(" ")[0].partition("\t")[0]
    return length + 1 + len(next_word) <= width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _wrapped_line_lengths(block: list[str]) -> list[int]:
    """The lengths of a block's lines that may have been wrapped: all but the last, and but
    those before a line indented deeper than the block's least indented line."""
    least = min(_indent(line) for line in block)
    return [
        len(line.rstrip()) for line, following in pairwise(block) if _indent(following) <= least
    ]


def split_paragraphs(text: str) -> list[str]:
    """Split text with LF line endings into its paragraphs, each stripped of surrounding space.

    Blank lines always separate paragraphs. Within a block of consecutive lines, each line is
    its own paragraph unless the block (or, for a small block, the whole file) looks
    hard-wrapped; then only breaks that the wrapper would not have made start a new paragraph
    (a line short enough to have taken the next word, a repeated line, a deeper indent). Lines
    inside a hard-wrapped paragraph keep their line breaks. No paragraph is empty and every
    non-whitespace character of `text` is kept, in order.

    >>> split_paragraphs("Headline\\nFirst paragraph.\\nSecond paragraph.\\n\\nThird.")
    ['Headline', 'First paragraph.', 'Second paragraph.', 'Third.']
    >>> wrapped = (
    ...     "Ukraine has used U.S. weapons to strike inside Russia in recent days,\\n"
    ...     "according to a U.S. senator and a Western official familiar with the\\n"
    ...     "matter.\\n\\nThe weapons were used under recently approved guidance.\\n"
    ... )
    >>> [paragraph.replace("\\n", " ")[:40] for paragraph in split_paragraphs(wrapped)]
    ['Ukraine has used U.S. weapons to strike ', 'The weapons were used under recently app']
    """
    blocks: list[list[str]] = []
    block: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)

    # Lines followed by another line of the same block: the only line breaks there is to judge.
    # A line followed by a deeper-indented one ends its paragraph (wire copy indents each
    # paragraph's first line), so its length says nothing of the wrap width: left out.
    inner_lengths = [_wrapped_line_lengths(block) for block in blocks]
    file_width = _wrap_width([length for lengths in inner_lengths for length in lengths])

    paragraphs: list[str] = []
    for block, lengths in zip(blocks, inner_lengths, strict=True):
        if len(block) == 1:
            paragraphs.append(block[0].strip())
            continue
        width = _wrap_width(lengths) if len(lengths) >= MIN_LINES_FOR_BLOCK_DECISION else file_width
        indent = min(_indent(line) for line in block)
        start = 0
        for index in range(1, len(block)):
            if _is_paragraph_break(block[index - 1], block[index], width, indent):
                paragraphs.append("\n".join(block[start:index]).strip())
                start = index
        paragraphs.append("\n".join(block[start:]).strip())
    return paragraphs


# --- Sentences --------------------------------------------------------------------------------

# A sentence can end where terminal punctuation, then any closing quotes or brackets, then
# whitespace occur. Chinese and Japanese put no space between sentences, so after their full
# stops (ideographic and fullwidth) whitespace is optional. Everything else about the boundary
# is decided in `_sentence_start`.
# The lookahead lets the regex engine skip to candidate characters: twice as fast as without.
_CANDIDATE_END: Final = re.compile(
    r"(?=[.!?…。！？．])(?:(?P<terminal>[.!?…]+)(?P<closers>[\"'”’»)\]]*)\s+"
    r"|(?P<cjk_terminal>[。！？．]+)(?P<cjk_closers>[」』）”’]*)\s*)"
)
_CJK_TERMINALS: Final = frozenset("。！？．")
# After a closing corner bracket, the quotative particle "と" carries the sentence on:
# 「行きます。」と彼は言った。
_QUOTATIVE: Final = "と"
_OPENERS: Final = "\"'“‘«(["
_QUOTES: Final = frozenset("\"'”’»")
_TERMINALS: Final = frozenset(".!?…")
# Credits and notes in parentheses after a sentence, such as "(AP Photo/Andrii Marienko)", stay
# with that sentence; longer parentheses are read as text.
MAX_CREDIT_CHARS: Final = 200
# How far back to look for the word before a period: longer than any abbreviation.
_WORD_WINDOW_CHARS: Final = 40
_WORD: Final = re.compile(r"[^\W\d_]+")
# The word before a period, wherever it is glued on: "(Sen.", "—Sen.", "U.S.", "Kyiv’s.".
_TRAILING_WORD: Final = re.compile(r"[\w.’']+$")
# Dotted acronyms of one or two letters a piece, stored without the final period: U.S, D.C,
# a.m, Ph.D.
_DOTTED_ACRONYM: Final = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
# After "?" or "!" and a closing quote, a speech tag keeps the quote in its sentence:
# "Why now?" Kirby asked.
_SPEECH_TAG: Final = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,3}"
    r"(?:said|says|asked|asks|told|added|adds|wrote|writes|replied|recalled|continued|"
    r"shouted|tweeted|posted)\b"
)


def _word_before(text: str, end: int) -> str:
    """Return the word, inner periods and apostrophes included, that ends at `end`."""
    word = _TRAILING_WORD.search(text, max(0, end - _WORD_WINDOW_CHARS), end)
    return word.group().lstrip(".'’") if word else ""


def _is_ellipsis(text: str, terminal: str, start: int) -> bool:
    """Tell whether the terminal run at `start` closes an ellipsis ("...", "…", ". . .").

    Three dots mark words left out of a quote, not the end of a sentence; a fourth dot does.
    """
    if "…" in terminal:
        return True
    if terminal != ".":
        return len(terminal) == 3
    dots = 1
    position = start - 1
    while position >= 0:
        character = text[position]
        if character == ".":
            dots += 1
        elif not character.isspace():
            break
        position -= 1
    return dots == 3


def _is_dotted_or_initial(word: str) -> bool:
    """Tell whether `word` (without its final period) is an initial or a dotted acronym."""
    if len(word) == 1:
        return word.isalpha()
    return "." in word and _DOTTED_ACRONYM.fullmatch(word) is not None


def _skip_credit(text: str, position: int) -> int | None:
    """Return where the next sentence may start if a credit in parentheses opens at `position`.

    Returns `position` unchanged when no credit is there, and None when the credit ends the
    text or runs into the next word, which leaves no sentence after it.
    """
    if not text.startswith("(", position):
        return position
    close = text.find(")", position + 1, position + MAX_CREDIT_CHARS)
    if close == -1:
        return position
    inner = text[position + 1 : close].rstrip()
    if "(" in inner or not inner or inner[-1] in _TERMINALS:
        # A whole sentence in brackets, "(He returned later.)", starts a sentence of its own.
        return position
    after = close + 1
    while after < len(text) and text[after].isspace():
        after += 1
    if after == len(text) or after == close + 1:
        return None
    return after


def _cjk_sentence_start(text: str, match: re.Match[str]) -> int | None:
    """Return where a new sentence starts after a Chinese or Japanese full stop, or None."""
    start = match.end()
    if start == len(text):
        return None
    before = text[match.start() - 1 : match.start()]
    if match.group("cjk_terminal") == "．" and before.isdigit() and text[start].isdigit():
        return None  # a fullwidth decimal point: "３．５"
    if match.group("cjk_closers")[-1:] in ("」", "』") and text[start] == _QUOTATIVE:
        return None
    close = text.find("）", start + 1, start + MAX_CREDIT_CHARS) if text[start] == "（" else -1
    if close != -1 and text[close - 1] not in _CJK_TERMINALS:
        # A credit or note, "（完）", "（记者 张三）", stays with the sentence before it.
        start = close + 1
        while start < len(text) and text[start].isspace():
            start += 1
    return start if start < len(text) else None


def _sentence_start(text: str, match: re.Match[str]) -> int | None:
    """Return where a new sentence starts after this candidate end, or None if none does."""
    if match.group("cjk_terminal"):
        return _cjk_sentence_start(text, match)
    start = _skip_credit(text, match.end())
    if start is None:
        return None
    first = start
    while first < len(text) and text[first] in _OPENERS:
        first += 1
    if first == len(text):
        return None
    character = text[first]
    if not (character.isupper() or character.isdigit()):
        return None
    terminal = match.group("terminal")
    closers = match.group("closers")
    if "?" in terminal or "!" in terminal:
        if _QUOTES.intersection(closers) and _SPEECH_TAG.match(text, first):
            return None
        return start
    if _is_ellipsis(text, terminal, match.start()):
        return None
    if closers or terminal != ".":
        return start
    word = _word_before(text, match.start())
    if word in ABBREVIATIONS_NEVER_FINAL:
        return None
    if word in ABBREVIATIONS_MAYBE_FINAL or _is_dotted_or_initial(word):
        if character.isdigit():
            return None
        if first > start:
            # A quotation opens: a new sentence far more often than not.
            return start
        next_word = _WORD.match(text, first)
        if next_word is None or next_word.group() not in SENTENCE_STARTERS:
            return None
        if next_word.end() - first == 1 and text.startswith(".", next_word.end()):
            # "J. A. Smith": the "A." is another initial, not the article.
            return None
    return start


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences that concatenate back to exactly `paragraph`.

    Each piece keeps the whitespace after it (leading whitespace goes with the first piece), so
    no piece is empty or only whitespace; an empty paragraph gives no piece and a paragraph of
    whitespace alone gives itself. A sentence ends at ".", "?" or "!" (with any closing quotes)
    followed by whitespace and a capital letter, a digit or an opening quote, except:

    - after a title that always precedes a name ("Sen.", "Gen.", "Dr.", "vs.");
    - after an ellipsis ("...", "…", ". . ."): three dots mark words left out, four end;
    - after an abbreviation that may end a sentence ("Jan.", "Inc.", "St."), a dotted acronym
      ("U.S.", "D.C.", "p.m.") or an initial ("W."), unless a common sentence starter ("The",
      "It", "But", ...) or an opening quote follows. "U.S. Secretary Lloyd Austin" and
      "George W. Bush" stay whole; "... in the U.S. The talks ..." splits. This misses a new
      sentence that opens with a name right after such a period, which news copy rarely does
      and which is the cheaper mistake: a missed split makes one longer unit to compare, a
      wrong one cuts a name in two;
    - after "?" or "!" and a closing quote when a speech tag follows ("Why?" Kirby asked.).

    A credit in parentheses that follows a sentence ("... 2024. (AP Photo/Andrii Marienko)")
    stays with it. Text without final punctuation, such as a headline, is one sentence.

    Chinese and Japanese sentences end at "。", "！", "？" or "．" (with any closing "」』）”’")
    whenever more text follows, space or not, except at a fullwidth decimal point ("３．５") and
    before the quotative "と" after a closing corner bracket (「行きます。」と言った。).

    >>> split_sentences("“We’re not firing,” Kirby said. “It’s tactical.” The U.S. Army agreed.")
    ['“We’re not firing,” Kirby said. ', '“It’s tactical.” ', 'The U.S. Army agreed.']
    >>> split_sentences("Sen. Mike Rounds spoke Jan. 5. (AP Photo/Jane Doe) He left.")
    ['Sen. Mike Rounds spoke Jan. 5. (AP Photo/Jane Doe) ', 'He left.']
    >>> split_sentences("他说：“走吧。”我们走了。")
    ['他说：“走吧。”', '我们走了。']
    """
    pieces: list[str] = []
    begin = 0
    for match in _CANDIDATE_END.finditer(paragraph):
        start = _sentence_start(paragraph, match)
        if start is not None and start > begin:
            pieces.append(paragraph[begin:start])
            begin = start
    if begin < len(paragraph):
        pieces.append(paragraph[begin:])
    return pieces
