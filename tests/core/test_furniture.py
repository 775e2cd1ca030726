"""Pins page-furniture decisions: text evidence, position, the other version, and the demo.

Exact outputs for small pages (which paragraph is furniture and why), the seeds' acceptance
(000 → 001 counts only the headline and the Germany/Putin passage as added; 001 → 002 folds the
site name, skip link, share button and list of other stories), and the precision invariant:
prose paragraphs between the story's first and last are never furniture.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.compare import compare_files
from wirediff.core.furniture.classify import classify_paragraphs
from wirediff.core.furniture.evidence import find_evidence, is_dateline_or_byline, is_prose
from wirediff.core.result import MARKED_BY_USER, Side


def reasons(paragraphs: list[str], **options) -> dict[int, str]:
    return dict(classify_paragraphs(paragraphs, **options).reasons)


STORY = [
    "Storm closes schools across the north",
    "OSLO (AP) — A storm closed schools across the north on Monday, officials said.",
    "Winds reached 140 km/h on the coast, the weather office said.",
    "Ferries stayed in port and two bridges were shut.",
    "Associated Press writer Ola Berg contributed to this report.",
]


def test_interface_phrases_in_ten_languages() -> None:
    found = {
        text: find_evidence(text).reason  # type: ignore[union-attr]
        for text in (
            "Skip to main content",
            "Partager",
            "Zum Inhalt springen",
            "Deja una respuesta",
            "Compartilhar",
            "Lascia un commento",
            "分享到：",
            "本文へスキップ",
            "Поделиться",
            "اترك تعليقاً",
            "0 comment",
            "View All (3)",
            "------",
        )
    }
    assert found == {
        "Skip to main content": "skip link",
        "Partager": "share button",
        "Zum Inhalt springen": "skip link",
        "Deja una respuesta": "reply form",
        "Compartilhar": "share button",
        "Lascia un commento": "reply form",
        "分享到：": "share button",
        "本文へスキップ": "skip link",
        "Поделиться": "share button",
        "اترك تعليقاً": "reply form",
        "0 comment": "comment count",
        "View All (3)": "counter",
        "------": "rule",
    }


def test_captions_by_their_credits() -> None:
    captions = [
        "Firefighters at work in Kharkiv, Friday, May 31, 2024. (AP Photo/Andrii Marienko)",
        "FILE - Lloyd Austin speaks in Brussels, Feb. 14, 2024.",
        "A soldier in Kharkiv. REUTERS/Valentyn Ogirenko",
        "Smoke over the city. Photograph: Sergey Bobok/AFP/Getty Images",
        "被洪水淹没的街道（图/新华社）",
    ]
    assert [find_evidence(text).reason for text in captions] == ["photo caption"] * 5  # type: ignore[union-attr]
    prose = "The weapons were used under guidance from President Joe Biden (a change of policy)."
    assert find_evidence(prose) is None


def test_headline_dateline_byline_and_short_story_lines_stay_story() -> None:
    page = ["By Tara Copp", "WASHINGTON -", *STORY[2:], "Why now?", "Kirby said."]
    assert reasons(page) == {}
    assert is_dateline_or_byline("WASHINGTON (AP) — Ukraine has used U.S. weapons.")
    assert not is_prose("Weapons reportedly to be used in defense of Kharkiv")


def test_short_line_before_the_headline_is_the_site_name() -> None:
    page = ["The Daily Post", "Skip to content", *STORY, "Leave a Reply"]
    assert reasons(page) == {0: "site name", 1: "skip link", 7: "reply form"}
    # The same line shared with the other version is story evidence.
    assert reasons(page, shared={0}) == {1: "skip link", 7: "reply form"}


def test_box_of_other_stories_after_the_end() -> None:
    page = [
        *STORY,
        "CityNews Top Stories",
        "A pizza chain claims to bake the largest pizza.",
        "Singer returns to her hometown for a concert.",
        "Local Spotlight",
    ]
    assert reasons(page) == {
        5: "list of other stories",
        6: "list of other stories",
        7: "list of other stories",
        8: "list of other stories",
    }
    # When an item is shared with the other version the box is the story after all; only the
    # short line the other version lacks is left outside the story.
    assert reasons(page, shared={0, 1, 2, 3, 4, 7}) == {
        8: "only in this version, outside the story"
    }


def test_heading_followed_by_more_of_the_story_is_not_a_box() -> None:
    page = [
        *STORY[:3],
        "Related",
        "Ferries stayed in port on Monday and the storm closed two bridges in the north.",
        "Schools in the north will reopen on Wednesday, officials said.",
    ]
    assert reasons(page) == {3: "list of other stories"}


def test_trailing_headlines_without_a_heading() -> None:
    page = [
        *STORY,
        "Police search for driver after crash",
        "Band wins state title",
        "Bakery celebrates 100 years on Main Street",
    ]
    assert reasons(page) == {
        5: "list of other stories",
        6: "list of other stories",
        7: "list of other stories",
    }
    assert reasons(page, shared={6}) == {}


def test_unshared_short_line_after_the_story_with_another_version() -> None:
    page = [*STORY, "Latest"]
    assert reasons(page) == {}
    assert reasons(page, shared={1, 2, 3, 4}) == {5: "only in this version, outside the story"}


def test_disclaimer_counts_only_outside_the_story() -> None:
    disclaimer = "Disclaimer: This post was published from an agency feed without changes."
    assert reasons([*STORY, disclaimer]) == {5: "disclaimer"}
    assert reasons([*STORY[:2], disclaimer, *STORY[2:]]) == {}


def test_reader_marks_are_kept() -> None:
    assert reasons(STORY, marks={0: "navigation"}) == {0: "navigation"}


WORDS = st.sampled_from(
    [
        *("the", "minister", "said", "share", "prices", "comments", "related", "top"),
        *("stories", "advertising", "on", "monday", "officials", "photo", "file", "reply"),
        *("view", "all", "weapons", "image", "caption", "source", "by", "disclaimer"),
    ]
)
PROSE = st.lists(WORDS, min_size=5, max_size=20).map(
    lambda words: " ".join(words).capitalize() + "."
)
FURNITURE = st.sampled_from(
    [
        "Share",
        "Comments",
        "0 comment",
        "___",
        "Skip to main content",
        "Leave a Reply",
        "Advertisement",
    ]
)


@given(
    st.lists(FURNITURE, max_size=3),
    st.lists(PROSE, min_size=1, max_size=8),
    st.lists(FURNITURE, max_size=3),
)
def test_prose_is_never_furniture(before: list[str], story: list[str], after: list[str]) -> None:
    page = [*before, *story, *after]
    found = reasons(page)
    assert not any(len(before) <= index < len(before) + len(story) for index in found)
    assert all(index in found for index in range(len(before)))


def test_seed_000_to_001_counts_only_the_story(seeds: dict[str, Path]) -> None:
    comparison = compare_files(seeds["000"], seeds["001"])
    added = [
        sentence.right
        for index in comparison.change_rows()
        for sentence in comparison.rows[index].sentences
        if sentence.kind.value == "added"
    ]
    assert [text[:40] for text in added] == [  # type: ignore[index]
        "Ukraine Uses Us Weapons To Strike Inside",
        "Germany announced soon after the White H",
        "Russian President Vladimir Putin warned ",
    ]
    assert comparison.summary.sentences_added == 3
    assert comparison.summary.sentences_removed == 0
    assert comparison.summary.page_parts_hidden == 8


def test_seed_001_to_002_folds_the_page_around_the_story(seeds: dict[str, Path]) -> None:
    comparison = compare_files(seeds["001"], seeds["002"])
    right = comparison.right_furniture.reasons
    assert {index: right[index] for index in (0, 1, 4, 16, 18, 34)} == {
        0: "site name",
        1: "skip link",
        4: "share button",
        16: "rule",
        18: "list of other stories",
        34: "list of other stories",
    }
    assert sorted(right) == [0, 1, 3, 4, 16, *range(18, 35)]
    assert comparison.summary.paragraphs_added == 0


def test_germany_paragraph_is_never_furniture(seeds: dict[str, Path]) -> None:
    for first, second in itertools.permutations(sorted(seeds), 2):
        comparison = compare_files(seeds[first], seeds[second])
        for side in Side:
            document = comparison.document(side)
            germany = [
                i for i, text in enumerate(document.paragraphs) if text.startswith("Germany")
            ]
            assert not any(comparison.furniture(side).is_furniture(i) for i in germany)


def test_user_override_and_show(seeds: dict[str, Path]) -> None:
    comparison = compare_files(seeds["000"], seeds["001"])
    story = comparison.with_furniture_override(Side.RIGHT, 3, as_furniture=False)
    assert story.summary.sentences_added == 4
    hidden = story.with_furniture_override(Side.RIGHT, 0, as_furniture=True)
    assert hidden.right_furniture.reasons[0] == MARKED_BY_USER
    assert hidden.summary.sentences_added == 3
    shown = comparison.with_furniture_shown(True)
    assert shown.summary.sentences_added == 6
    assert shown.summary.page_parts_hidden == 0
    assert len(shown.change_rows()) > len(comparison.change_rows())
