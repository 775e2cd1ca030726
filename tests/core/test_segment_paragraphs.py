"""Pins `core.segment.split`'s paragraphs: counts per seed (000 one paragraph per line, 001 to 004
blank-line separated paragraphs mixed with runs of single lines), and hard-wrapped text (the
seeds re-wrapped at 60 to 79 columns, with blank lines or wire indents) giving back the seeds'
paragraphs. Never imports Qt.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import pytest

from tests.core.seed_text import normalize_space, read_seed
from wirediff.core.segment.split import split_paragraphs

if TYPE_CHECKING:
    from pathlib import Path

# Paragraph counts as a reader sees them. 000 is one paragraph per line; 001 has blank-line
# separated paragraphs and a run of single lines (caption, the same caption, "View All (3)").
SEED_PARAGRAPH_COUNTS = {"000": 19, "001": 19, "002": 35, "003": 20, "004": 28}


@pytest.mark.parametrize(("seed", "count"), sorted(SEED_PARAGRAPH_COUNTS.items()))
def test_seed_paragraph_counts(seeds: dict[str, Path], seed: str, count: int) -> None:
    assert len(split_paragraphs(read_seed(seeds, seed))) == count


def test_one_paragraph_per_line(seeds: dict[str, Path]) -> None:
    text = read_seed(seeds, "000")
    assert "\n\n" not in text
    assert split_paragraphs(text) == [line.strip() for line in text.split("\n") if line.strip()]


def test_single_lines_inside_blank_line_separated_file(seeds: dict[str, Path]) -> None:
    paragraphs = split_paragraphs(read_seed(seeds, "001"))
    caption = paragraphs[1]
    assert caption.startswith("Firefighters put out a fire")
    assert caption.endswith("(AP Photo/Andrii Marienko)")
    assert paragraphs[2] == caption
    assert paragraphs[3] == "View All (3)"
    assert paragraphs[4].startswith("WASHINGTON (AP) — Ukraine has used U.S. weapons")


def test_repeated_headline_lines_stay_apart(seeds: dict[str, Path]) -> None:
    paragraphs = split_paragraphs(read_seed(seeds, "003"))
    assert (
        paragraphs[1]
        == paragraphs[2]
        == "Biden allows Ukraine's use of US arms to hit Russia: reports"
    )


@pytest.mark.parametrize("seed", ["000", "001", "004"])
@pytest.mark.parametrize("width", [60, 70, 72, 79])
def test_hard_wrapped_prose_stays_one_paragraph(
    seeds: dict[str, Path], seed: str, width: int
) -> None:
    paragraphs = split_paragraphs(read_seed(seeds, seed))
    wrapped = "\n\n".join(
        textwrap.fill(paragraph, width, break_on_hyphens=False) for paragraph in paragraphs
    )
    assert [normalize_space(p) for p in split_paragraphs(wrapped)] == [
        normalize_space(p) for p in paragraphs
    ]


@pytest.mark.parametrize("width", [65, 69, 72])
def test_wire_copy_with_indented_paragraphs(seeds: dict[str, Path], width: int) -> None:
    # Wire copy: no blank lines, each paragraph's first line indented.
    paragraphs = split_paragraphs(read_seed(seeds, "004"))
    wrapped = "\n".join(
        textwrap.fill(paragraph, width, initial_indent="   ", break_on_hyphens=False)
        for paragraph in paragraphs
    )
    assert [normalize_space(p) for p in split_paragraphs(wrapped)] == [
        normalize_space(p) for p in paragraphs
    ]


def test_wrapped_prose_next_to_one_line_captions(seeds: dict[str, Path]) -> None:
    caption = split_paragraphs(read_seed(seeds, "001"))[1]
    prose = split_paragraphs(read_seed(seeds, "004"))[1:6]
    text = "\n\n".join(
        [
            f"{caption}\n{caption}\nView All (3)",
            *(textwrap.fill(p, 70, break_on_hyphens=False) for p in prose),
        ]
    )
    assert [normalize_space(p) for p in split_paragraphs(text)] == [
        caption,
        caption,
        "View All (3)",
        *(normalize_space(p) for p in prose),
    ]


def test_short_heading_above_wrapped_paragraph() -> None:
    body = textwrap.fill(
        "The cited US officials are reported to have said that the measure would be for the"
        " limited purpose of defending Kharkiv, a city of more than a million people close to"
        " the Russian border.",
        70,
    )
    text = f"Weapons reportedly to be used in defense of Kharkiv\n{body}\n\nNext paragraph here."
    assert [normalize_space(p) for p in split_paragraphs(text)] == [
        "Weapons reportedly to be used in defense of Kharkiv",
        normalize_space(body),
        "Next paragraph here.",
    ]


def test_wrapped_line_without_a_stop_never_ends_a_paragraph() -> None:
    text = (
        "The program is provided under the terms below, which apply to every copy\n"
        "11. BECAUSE THE PROGRAM IS LICENSED FREE OF CHARGE, THERE IS NO\n"
        "WARRANTY FOR THE PROGRAM, TO THE EXTENT PERMITTED BY APPLICABLE LAW.  EXCEPT\n"
        "WHEN OTHERWISE STATED IN WRITING THE COPYRIGHT HOLDERS PROVIDE THE PROGRAM\n"
        "next to the object code saying where to find the Corresponding Source.  Regardless\n"
        "of what server hosts the Corresponding Source, you remain obligated to.\n"
        "\n"
        "Next paragraph."
    )
    assert len(split_paragraphs(text)) == 2


def test_wire_story_of_short_indented_paragraphs_under_a_slug_and_byline() -> None:
    # Two- and three-line paragraphs: their short last lines are half the wrapped lines, so the
    # lines that close a paragraph (the next one is indented) must not count against the width.
    story = [
        "PORTTOWN, Maine (AP) -- A powerful storm struck the coast on Monday, cutting power to"
        " 40,000 homes and closing a dozen roads, officials said.",
        'The mayor, Ann Lee, said crews would work through the night. "We have never seen'
        ' anything like it," she told reporters at City Hall.',
        "Schools will stay closed until Thursday.",
        "Forecasters at the National Weather Service in Gray said the storm would move out to"
        " sea by Tuesday morning, but warned that rivers could keep rising for days as snowmelt"
        " from the mountains runs off.",
        "Shelters are open in Porttown, Harbor City and Lakeside.",
    ]
    head = ["BC-US--Storm-Coast,0312", "Storm hits the coast, thousands without power"]
    head += ["By JANE ROE", "Associated Press Writer"]
    text = "\n".join(
        head + [textwrap.fill(paragraph, 69, initial_indent="   ") for paragraph in story]
    )
    assert text.count("\n") == 13  # 4 heading lines, then 2, 2, 1, 3 and 1 wrapped lines
    assert [normalize_space(p) for p in split_paragraphs(text)] == head + story
