"""What one paragraph's own text says about it: page furniture, story, or nothing yet.

The first half of furniture classification (`core.furniture.classify` adds position and the
other versions). `find_evidence` recognises interface phrases (`core.furniture.phrases`),
counters ("0 comment", "View All (3)"), rules ("___"), photo captions (an agency credit in
parentheses or after "Photo:", a "FILE -" opening) and, for the edges of the page only,
disclaimers, topic tags, boxes of other stories and site names. The predicates below it say how
a paragraph reads: as prose sentences, as a headline, as a dateline, byline or credit line (story
whatever else is around them).

Imports the standard library and `core.furniture.phrases` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Final, NamedTuple

from wirediff.core.furniture import phrases

# Longest paragraph, in words, of a byline or comment heading, and in characters of any
# whole-paragraph interface phrase (the longest, a reply form's "Save my name...", is 78).
MAX_PHRASE_WORDS: Final = 12
MAX_PHRASE_CHARS: Final = 90
# A box heading is a few words: "CTVNews.ca Top Stories", "More from Reuters".
MAX_HEADING_WORDS: Final = 6
# A site name or section label is a very short line: "BBC News", "CTVNews.ca".
MAX_SHORT_LINE_WORDS: Final = 4
MAX_SHORT_LINE_CJK_CHARS: Final = 8
# Prose is a paragraph of sentences: it ends like one and has this many words (or CJK characters).
MIN_PROSE_WORDS: Final = 5
MIN_PROSE_CJK_CHARS: Final = 10
# A headline in a list of other stories: a line without final punctuation of this many words.
MIN_HEADLINE_WORDS: Final = 3
MAX_HEADLINE_WORDS: Final = 25

# The longest opening looked for (a disclaimer's "this article has been auto-published").
OPENING_CHARS: Final = 60
# How far from a caption's end its photo credit starts.
CREDIT_SPAN_CHARS: Final = 100

_SENTENCE_END: Final = ".!?…。！？"
_CLOSERS: Final = "\"'”’»)]）」』"
# Words for phrase lookup are runs of letters, digits, apostrophes and hyphens; everything
# else separates them.
_WORD_TOKEN = re.compile(r"[\w'-]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_NUMBER = re.compile(r"^\d[\d.,]*[km]?$")
_GALLERY_COUNTER = re.compile(r"^\s*\d+\s*(?:of|/|de|von|di|из)\s*\d+\s*$", re.IGNORECASE)
_CREDIT_IN_PARENTHESES = re.compile(r"[(（]([^()（）]{2,90})[)）]\s*$")
_CREDIT_WORDS = re.compile(
    r"\b(?:photos?|photograph|photographer|foto|fotografía|pictures?|images?|getty|"
    r"shutterstock|pool|courtesy|file)\b",
    re.IGNORECASE,
)
# "AP Photo/Evan Vucci", "REUTERS/Gleb Garanich", "EPA-EFE/Name": an agency, a slash, a name.
_AGENCY_SLASH = re.compile(r"^[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*\s?/\s?[A-Z]")
# The same credit closing a caption sentence: "... in Piraeus. REUTERS/Louiza Vradi".
_TRAILING_AGENCY = re.compile(
    r"[.!?][\"”’]?\s+[A-Z][A-Z&-]+(?: (?:Photo|PHOTO|[A-Z][A-Z&-]+))*\s?/\s?[A-Z][^/.!?]{1,40}"
    r"(?:/[^/.!?]{1,40})*$"
)
# "2 Replies to ...", "14 thoughts on ...": the heading of a comment section.
_COMMENT_HEADING = re.compile(
    r"^\d+\s+(?:replies|responses?|thoughts|comments?)\s+(?:to|on)\b", re.IGNORECASE
)
_DISCLAIMER_LABEL = re.compile(
    "^(?:" + "|".join(map(re.escape, phrases.DISCLAIMER_LABELS)) + r")\s*[:：\-–—]"
)
# "... Photograph: Sergey Bobok/AFP/Getty Images": the word before the last colon, then a credit.
_CREDIT_LABELS: Final = frozenset(
    ("photo", "photograph", "picture", "image", "credit", "foto", "fotografía", "crédito")
)
_SENTENCE_PUNCTUATION = re.compile(r"[.:;!?]")
_CREDIT_MARKS = re.compile(r"[(/:（：]")
_DOMAIN = re.compile(
    r"\b[\w-]+\.(?:com|net|org|ca|co\.uk|uk|de|fr|es|it|ru|cn|jp|in|au|br|mx|news|info|tv)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s[\w.]+){0,3})?"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—:]"
)
_BYLINE = re.compile(r"^(?:by|von|par|por|di|da|de|от|بقلم|記者|记者)\s+\S", re.IGNORECASE)
# Words of the credit line that closes a story; substring tests, cheaper than one alternation.
_CREDIT_LINE_WORDS: Final = (
    "contributed to this report", "contributed reporting", "contributed to this story",
    "additional reporting", "reporting by", "writing by", "editing by", "compiled by",
    "with files from", "avec afp", "avec reuters", "mit material von", "con información de",
    "com informações", "con informazioni", "при участии", "بمشاركة",
)  # fmt: skip
_CREDIT_LINE: Final = re.compile("|".join(map(re.escape, _CREDIT_LINE_WORDS)))


class Scope(Enum):
    """Where a piece of evidence counts."""

    ANYWHERE = "anywhere"  # no story sentence reads like this (a lone "Share", a credited caption)
    OUTSIDE_STORY = "outside"  # only before the story's first prose paragraph or after its last


@dataclass(frozen=True, slots=True)
class Evidence:
    reason: str
    scope: Scope
    opens_list: bool = False


def normalize_line(text: str) -> tuple[str, bool]:
    """A paragraph folded for phrase lookup, and whether it carried a count.

    >>> normalize_line("View All (3)")
    ('view all', True)
    >>> normalize_line("  Share:  ")
    ('share', False)
    >>> normalize_line("Leave a Reply")
    ('leave a reply', False)
    """
    return _fold_tokens(_tokens(text))


def _tokens(text: str) -> list[str]:
    return _WORD_TOKEN.findall(text.casefold().replace("’", "'"))


def _fold_tokens(tokens: list[str]) -> tuple[str, bool]:
    kept = []
    counted = False
    for token in tokens:
        word = token.strip("'-_")
        if not word:
            continue
        if word[0].isdigit() and _NUMBER.match(word):
            counted = True
        else:
            kept.append(word)
    return " ".join(kept), counted


def _edge_word(tokens: Iterable[str]) -> str:
    """The first word of `tokens` that `normalize_line` keeps, or "" when it keeps none."""
    for token in tokens:
        word = token.strip("'-_")
        if word and not (word[0].isdigit() and _NUMBER.match(word)):
            return word
    return ""


def _phrase_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for reason, entries in phrases.INTERFACE_PHRASES.items():
        for entry in entries:
            table.setdefault(normalize_line(entry)[0], reason)
    return table


_PHRASES: Final = _phrase_table()
_HEADINGS: Final = frozenset(normalize_line(entry)[0] for entry in phrases.LIST_HEADINGS)
# Every caption and disclaimer opening is at least this long; a set of their first characters
# turns away nearly every paragraph before the tuples of openings are tried one by one.
OPENING_PREFIX_CHARS: Final = 3
_OPENING_PREFIXES: Final = frozenset(
    opening[:OPENING_PREFIX_CHARS]
    for opening in (
        *phrases.CAPTION_OPENINGS,
        *phrases.DISCLAIMER_SENTENCES,
        *phrases.DISCLAIMER_LABELS,
    )
)
# A phrase or a box heading at the start of a line begins with one of these words, a heading at
# its end ends with one of those: a line whose first and last words are in neither is no phrase,
# and most short story lines are turned away here before all their words are folded.
_FIRST_WORDS: Final = frozenset(line.split()[0] for line in (*_PHRASES, *_HEADINGS) if line)
_LAST_HEADING_WORDS: Final = frozenset(line.split()[-1] for line in _HEADINGS if line)
_COUNTED: Final = frozenset(
    normalize_line(entry)[0]
    for reason in (phrases.COMMENT_COUNT, phrases.COUNTER)
    for entry in phrases.INTERFACE_PHRASES[reason]
)


def count_words(text: str) -> int:
    """Words, counting each CJK character as one (Chinese and Japanese use no spaces)."""
    return len(text.split()) + _cjk_count(text)


def _has_words(text: str, count: int) -> bool:
    """Whether `text` has at least `count` words, without splitting all of a long paragraph."""
    return len(text.split(maxsplit=count)) >= count


def _cjk_count(text: str) -> int:
    return len(_CJK_CHARACTER.findall(text))


def ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_prose(text: str) -> bool:
    """Whether a paragraph reads as sentences: it ends like one and is not a few words.

    >>> is_prose("Rounds said he agreed with the decision.")
    True
    >>> is_prose("Weapons reportedly to be used in defense of Kharkiv")
    False
    """
    return _is_prose(text, ends=ends_like_sentence(text))


def _is_prose(text: str, *, ends: bool) -> bool:
    return ends and (_has_words(text, MIN_PROSE_WORDS) or _cjk_count(text) >= MIN_PROSE_CJK_CHARS)


def is_short_line(text: str) -> bool:
    """A few words without final punctuation: a site name, a section label, a button."""
    return _is_short_line(text, ends=ends_like_sentence(text))


def _is_short_line(text: str, *, ends: bool) -> bool:
    if ends:
        return False
    cjk = _cjk_count(text)
    if cjk:
        return cjk <= MAX_SHORT_LINE_CJK_CHARS and not _has_words(text, MAX_SHORT_LINE_WORDS + 1)
    return not _has_words(text, MAX_SHORT_LINE_WORDS + 1)


def is_headline_like(text: str) -> bool:
    """A line of a few words without final punctuation, as headlines are written."""
    if ends_like_sentence(text) or not any(character.isalpha() for character in text):
        return False
    return MIN_HEADLINE_WORDS <= count_words(text) <= MAX_HEADLINE_WORDS


def is_dateline_or_byline(text: str) -> bool:
    """ "WASHINGTON (AP) —", "By Jane Doe": story, however short.

    >>> is_dateline_or_byline("WASHINGTON -"), is_dateline_or_byline("By Tara Copp")
    (True, True)
    >>> is_dateline_or_byline("Skip to main content")
    False
    """
    stripped = text.strip()
    if _BYLINE.match(stripped) and not _has_words(stripped, MAX_PHRASE_WORDS + 1):
        return True
    return bool(_DATELINE.match(stripped))


def is_credit_line(text: str) -> bool:
    """ "Associated Press writers ... contributed to this report": the story's last line."""
    most = 3 * MAX_PHRASE_WORDS
    # A text shorter than this cannot hold more words than a credit line has.
    if len(text) > 2 * most and _has_words(text, most + 1):
        return False
    return _CREDIT_LINE.search(text.casefold()) is not None


def _is_credit(text: str) -> bool:
    if _CREDIT_WORDS.search(text) or _AGENCY_SLASH.match(text):
        return True
    folded = text.casefold()
    return any(word in folded for word in phrases.CREDIT_WORDS_UNSPACED)


def _closes_with_credit(stripped: str, *, ends: bool) -> bool:
    """Whether a photo credit closes the paragraph, as it closes a caption."""
    ending = stripped[-CREDIT_SPAN_CHARS:]
    # A credit closes a caption without a full stop, and has one of these marks near the end;
    # most prose paragraphs fail both tests, so they cost no regular expression.
    last = ending.rstrip(_CLOSERS)[-1:]
    if (last and last in _SENTENCE_END) or not _CREDIT_MARKS.search(ending):
        return False
    if ending.endswith((")", "）")):
        credit = _CREDIT_IN_PARENTHESES.search(ending)
        if credit and _is_credit(credit.group(1)):
            return True
    colon = max(ending.rfind(":"), ending.rfind("："))
    if colon > 0:
        label = ending[:colon].rstrip().rsplit(maxsplit=1)[-1:]
        after = ending[colon + 1 :].strip()
        if (
            label
            and label[0].casefold() in _CREDIT_LABELS
            and len(after) >= 2
            and not _SENTENCE_PUNCTUATION.search(after)
        ):
            return True
    if "/" in ending and _TRAILING_AGENCY.search(ending):
        return True
    # A credit on its own line: "REUTERS/Gleb Garanich", "AP Photo/Evan Vucci".
    return (
        not ends
        and not _has_words(stripped, MAX_SHORT_LINE_WORDS + 3)
        and (bool(_AGENCY_SLASH.match(stripped)))
    )


def find_evidence(text: str) -> Evidence | None:
    """What a paragraph's text alone says it is, or None when it could be story.

    >>> find_evidence("Share")
    Evidence(reason='share button', scope=<Scope.ANYWHERE: 'anywhere'>, opens_list=False)
    >>> find_evidence("0 comment").reason, find_evidence("___").reason
    ('comment count', 'rule')
    >>> find_evidence("Kirby said the weapons were used.") is None
    True
    """
    stripped = text.strip()
    return _evidence(stripped, ends=ends_like_sentence(stripped))


class Reading(NamedTuple):
    """What a paragraph's text alone says: its evidence, and whether it reads as the story's
    own text (prose or a credit line, what marks where the story runs) when it has none."""

    evidence: Evidence | None
    is_story_text: bool


def read_paragraph(text: str) -> Reading:
    """A paragraph's evidence and whether it reads as the story's own text, in one pass.

    One pass for both answers, because this runs on every distinct paragraph of every version.

    >>> read_paragraph("Share").is_story_text
    False
    >>> read_paragraph("Officials said the bridge would reopen.")
    Reading(evidence=None, is_story_text=True)
    >>> read_paragraph("Weapons reportedly to be used in defense of Kharkiv")
    Reading(evidence=None, is_story_text=False)
    """
    stripped = text.strip()
    ends = ends_like_sentence(stripped)
    evidence = _evidence(stripped, ends=ends)
    if evidence is not None:
        return Reading(evidence, False)
    if _is_prose(stripped, ends=ends) or is_credit_line(stripped):
        return _STORY_TEXT
    return _NO_EVIDENCE


# Nearly every paragraph reads as one of these two; sharing them keeps the memo of a long
# document from allocating an object per paragraph (and the garbage collector from walking it).
_STORY_TEXT: Final = Reading(None, True)
_NO_EVIDENCE: Final = Reading(None, False)


def _evidence(stripped: str, *, ends: bool) -> Evidence | None:
    if not _LETTER_OR_DIGIT.search(stripped):
        return Evidence(phrases.RULE, Scope.ANYWHERE)
    if len(stripped) <= MAX_PHRASE_CHARS:
        found = _phrase_evidence(stripped, ends=ends)
        if found is not None:
            return found
    if stripped[0].isdigit():
        if _COMMENT_HEADING.match(stripped) and not _has_words(stripped, 3 * MAX_PHRASE_WORDS + 1):
            return Evidence(phrases.COMMENT_COUNT, Scope.ANYWHERE)
        if _GALLERY_COUNTER.match(stripped):
            return Evidence(phrases.COUNTER, Scope.ANYWHERE)
    # Openings are matched on the paragraph's head only: folding all of a long one costs time.
    head = stripped[:OPENING_CHARS].casefold()
    opening = head[:OPENING_PREFIX_CHARS] in _OPENING_PREFIXES
    if (opening and head.startswith(phrases.CAPTION_OPENINGS)) or _closes_with_credit(
        stripped, ends=ends
    ):
        return Evidence(phrases.PHOTO_CAPTION, Scope.ANYWHERE)
    if opening and (
        head.startswith(phrases.DISCLAIMER_SENTENCES)
        or (head.startswith(phrases.DISCLAIMER_LABELS) and _DISCLAIMER_LABEL.match(head))
    ):
        return Evidence(phrases.DISCLAIMER, Scope.OUTSIDE_STORY)
    if ":" in head and head.split(":", 1)[0].strip() in phrases.TAG_OPENINGS:
        return Evidence(phrases.TAGS, Scope.OUTSIDE_STORY)
    if not ends and _is_short_line(stripped, ends=ends) and _DOMAIN.search(stripped):
        return Evidence(phrases.SITE_NAME, Scope.OUTSIDE_STORY)
    return None


def _phrase_evidence(text: str, *, ends: bool) -> Evidence | None:
    tokens = _tokens(text)
    if (
        _edge_word(tokens) not in _FIRST_WORDS
        and _edge_word(reversed(tokens)) not in _LAST_HEADING_WORDS
    ):
        return None
    line, counted = _fold_tokens(tokens)
    reason = _PHRASES.get(line)
    if reason is not None:
        if counted and line in _COUNTED:
            is_comment = reason == phrases.COMMENT_COUNT
            return Evidence(
                phrases.COMMENT_COUNT if is_comment else phrases.COUNTER, Scope.ANYWHERE
            )
        return Evidence(reason, Scope.ANYWHERE)
    if line in _HEADINGS:
        return Evidence(phrases.LIST_OF_STORIES, Scope.ANYWHERE, opens_list=True)
    words = line.split()
    if len(words) <= MAX_HEADING_WORDS and not ends:
        for size in range(len(words) - 1, 0, -1):
            if " ".join(words[:size]) in _HEADINGS or " ".join(words[-size:]) in _HEADINGS:
                return Evidence(phrases.LIST_OF_STORIES, Scope.OUTSIDE_STORY, opens_list=True)
    return None
