"""Pins page furniture in the version matrix: each version classified with every other version
as evidence (a paragraph sharing a sentence with another version is story), furniture rows (all
present cells in furniture), and `filtered_rows(..., hide_furniture=True)` on the five seeds.
"""

from __future__ import annotations

import pytest

from wirediff.core.collate.collation import RowFilter, collate_documents
from wirediff.core.compare import load_document

LIST = "list of other stories"
PUTIN = "Russian President Vladimir Putin warned Germany"


@pytest.fixture(scope="module")
def collation(seeds):
    documents = [load_document(seeds[prefix]) for prefix in ("000", "001", "002", "003", "004")]
    return collate_documents(documents)


def test_each_seed_versions_furniture_with_the_others_as_evidence(collation):
    assert [dict(furniture.reasons) for furniture in collation.furniture] == [
        {0: "counter", 14: "rule", 16: "disclaimer", 17: "comment count", 18: "comment count"},
        {1: "photo caption", 2: "photo caption", 3: "counter"},
        {
            0: "site name",
            1: "skip link",
            3: "photo caption",
            4: "share button",
            16: "rule",
            **dict.fromkeys(range(18, 35), LIST),
        },
        {17: "reply form", 18: "reply form", 19: LIST},
        {26: "source link", 27: "reply form"},
    ]


def test_furniture_rows_are_the_page_parts_and_never_the_germany_putin_passage(collation):
    rows = collation.furniture_rows
    assert len(rows) == 38
    texts = [collation.rows[index].text for index in sorted(rows)]
    assert texts[:4] == ["views", "麻豆传媒", "Skip to main content", texts[3]]
    assert texts[3].startswith("Firefighters put out a fire")
    assert texts[-4:] == ["Source link", "Leave a Reply", texts[-2], "Latest from Blog"]
    assert not any(PUTIN in text or "Germany" in text for text in texts)
    putin = [i for i, row in enumerate(collation.rows) if row.text.startswith(PUTIN)]
    assert len(putin) == 1
    assert not collation.is_furniture_row(putin[0])


def test_filtered_rows_leave_furniture_out_only_when_asked(collation):
    every = tuple(range(len(collation.rows)))
    assert collation.filtered_rows(RowFilter.ALL) == every
    story = collation.filtered_rows(RowFilter.ALL, hide_furniture=True)
    assert story == tuple(i for i in every if i not in collation.furniture_rows)
    assert len(story) == len(every) - 38
    unique = collation.filtered_rows(RowFilter.UNIQUE_TO_ONE_VERSION, hide_furniture=True)
    assert set(unique) == set(collation.rows_unique_to_one_version()) - collation.furniture_rows
    # The Germany/Putin passage is unique to 001 and stays in the story's unique rows.
    assert any(collation.rows[i].text.startswith(PUTIN) for i in unique)


def test_a_short_line_shared_with_another_version_is_story_and_a_lone_one_furniture():
    story = b"Kyiv said yes on Monday, officials said.\n\nThe talks go on in Geneva next week.\n\n"
    texts = [story + b"World desk", story + b"World desk", story + b"Editor's note"]
    documents = [load_document(raw=text, name=f"{k}.txt") for k, text in enumerate(texts)]
    collation = collate_documents(documents)
    assert [dict(furniture.reasons) for furniture in collation.furniture] == [
        {},
        {},
        {2: "only in this version, outside the story"},
    ]
    assert [collation.rows[i].text for i in sorted(collation.furniture_rows)] == ["Editor's note"]
    # Alone, with no other version to share it, the same line is no evidence either way.
    alone = collate_documents(documents[:1])
    assert dict(alone.furniture[0].reasons) == {}
