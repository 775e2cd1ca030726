"""What one paragraph's own text says (`core.furniture.evidence`), case by case.

Interface phrases, counters, comment headings, rules, boxes of other stories, photo captions
with their credits (in parentheses, after a label, after an agency slash, on their own line),
disclaimers, tags and site names, each with its reason and where it counts; and how the
predicates the classifier leans on read story lines: prose, short lines, headlines, datelines
and bylines, credit lines. Paragraphs that are story give no evidence.
"""

from __future__ import annotations

import pytest

from wirediff.core.furniture.evidence import (
    count_words,
    find_evidence,
    is_credit_line,
    is_dateline_or_byline,
    is_headline_like,
    is_prose,
    is_short_line,
    normalize_line,
)

# Paragraph, then (reason, where it counts, whether it opens a box of other stories) or None.
EVIDENCE = [
    ("Share", ("share button", "anywhere", False)),
    ("___", ("rule", "anywhere", False)),
    ("  ", ("rule", "anywhere", False)),
    ("0 comment", ("comment count", "anywhere", False)),
    ("View All (3)", ("counter", "anywhere", False)),
    ("Comments (12)", ("comment count", "anywhere", False)),
    ("2 Replies to “Storm hits”", ("comment count", "anywhere", False)),
    ("14 thoughts on this story", ("comment count", "anywhere", False)),
    ("3 of 12", ("counter", "anywhere", False)),
    ("3 / 12", ("counter", "anywhere", False)),
    ("12 de 30", ("counter", "anywhere", False)),
    ("Top Stories", ("list of other stories", "anywhere", True)),
    ("CTVNews.ca Top Stories", ("list of other stories", "outside", True)),
    ("More from Reuters", ("list of other stories", "outside", True)),
    ("Related Articles", ("list of other stories", "anywhere", True)),
    (
        "A man walks past a flooded street in Kyiv, Ukraine. (AP Photo/Evan Vucci)",
        ("photo caption", "anywhere", False),
    ),
    ("FILE - A man walks past a flooded street.", ("photo caption", "anywhere", False)),
    (
        "Firefighters work at the site. Photograph: Sergey Bobok/AFP/Getty Images",
        ("photo caption", "anywhere", False),
    ),
    ("Ships at the port in Piraeus. REUTERS/Louiza Vradi", ("photo caption", "anywhere", False)),
    ("REUTERS/Gleb Garanich", ("photo caption", "anywhere", False)),
    ("AP Photo/Evan Vucci", ("photo caption", "anywhere", False)),
    ("The minister (left) spoke.", None),
    ("The mayor spoke (in French)", None),
    ("This article was auto-generated from a feed.", None),
    ("Disclaimer: views are the author's own.", ("disclaimer", "outside", False)),
    ("Tags: Ukraine, Russia", ("topic tags", "outside", False)),
    ("Topics: war", ("topic tags", "outside", False)),
    ("CTVNews.ca", ("site name", "outside", False)),
    ("BBC News", None),
    ("news.example.com", ("site name", "outside", False)),
    ("Kirby said the weapons were used.", None),
    ("Skip to main content", ("skip link", "anywhere", False)),
    ("Leave a Reply", ("reply form", "anywhere", False)),
    (
        "Save my name, email, and website in this browser for the next time I comment.",
        ("reply form", "anywhere", False),
    ),
    ("1.2k shares", ("counter", "anywhere", False)),
    ("Photo: Jane Doe", ("photo caption", "anywhere", False)),
    ("Credit: AFP", ("photo caption", "anywhere", False)),
    ("The storm (Getty Images)", ("photo caption", "anywhere", False)),
    ("Image: a very long caption. With a sentence.", None),
    ("记者 张三", None),
    ("（新华社记者 张三 摄）", ("photo caption", "anywhere", False)),
    ("图为现场。（新华社）", None),
]
# Paragraph, then (prose, short line, headline-like, dateline or byline, credit line, words).
READINGS = [
    ("Rounds said he agreed with the decision.", (True, False, False, False, False, 7)),
    ("Weapons reportedly to be used in defense of Kharkiv", (False, False, True, False, False, 9)),
    ("WASHINGTON -", (False, True, False, True, False, 2)),
    ("By Tara Copp", (False, True, True, True, False, 3)),
    ("WASHINGTON (AP) —", (False, True, True, True, False, 3)),
    ("KYIV, Ukraine (AP) —", (False, True, True, True, False, 4)),
    ("Skip to main content", (False, True, True, False, False, 4)),
    ("BBC News", (False, True, False, False, False, 2)),
    ("One two three four", (False, True, True, False, False, 4)),
    ("One two three four five", (False, False, True, False, False, 5)),
    ("中国新闻", (False, True, True, False, False, 5)),
    ("中国新闻网今天报道了这条消息。", (True, False, False, False, False, 15)),
    (
        "Associated Press writers Jane Doe contributed to this report.",
        (True, False, False, False, True, 9),
    ),
    ("Reporting by Jane Doe; Editing by John Roe", (False, False, True, False, True, 8)),
    ("He said “yes.”", (False, False, False, False, False, 3)),
    ("Short.", (False, False, False, False, False, 1)),
    ("Five words end like this.", (True, False, False, False, False, 5)),
    ("东京天气很好，明天会下雨。", (True, False, False, False, False, 12)),
]


@pytest.mark.parametrize(("text", "evidence"), EVIDENCE)
def test_what_a_paragraph_alone_says(text: str, evidence: tuple[str, str, bool] | None) -> None:
    found = find_evidence(text)
    assert (None if found is None else (found.reason, found.scope.value, found.opens_list)) == (
        evidence
    )


@pytest.mark.parametrize(("text", "reading"), READINGS)
def test_how_a_line_reads(text: str, reading: tuple[bool, bool, bool, bool, bool, int]) -> None:
    assert (
        is_prose(text),
        is_short_line(text),
        is_headline_like(text),
        is_dateline_or_byline(text),
        is_credit_line(text),
        count_words(text),
    ) == reading


def test_lines_are_folded_for_phrase_lookup_with_counts_set_apart() -> None:
    assert normalize_line("View All (3)") == ("view all", True)
    assert normalize_line("  Share:  ") == ("share", False)
    assert normalize_line("Don’t miss") == ("don't miss", False)
    assert normalize_line("1,234 views 5k") == ("views", True)
    assert normalize_line("--- __a__ ---") == ("a", False)
