"""Generated collections of stories for the batch tests and the batch benchmark.

Each story is a folder of 3-5 versions; each version edits the one before the way wire copy is
edited (a sentence added, one reworded, a paragraph dropped), from a seeded random generator, so
a collection is the same on every run.
"""

from __future__ import annotations

import random
from pathlib import Path

SUBJECTS = ["The council", "The minister", "Rescue teams", "The company", "Officials", "Residents"]
VERBS = ["said", "confirmed", "announced", "warned", "denied", "reported"]
OBJECTS = [
    "that the bridge would reopen on Monday",
    "a new budget for the harbour",
    "that talks would continue next week",
    "the closure of two schools",
    "plans to expand the rail line",
    "that the storm had passed",
    "a rise in prices over the summer",
    "that nobody was hurt in the fire",
]


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."


def first_version(rng: random.Random, paragraphs: int) -> list[list[str]]:
    return [[sentence(rng) for _ in range(rng.randint(1, 3))] for _ in range(paragraphs)]


def next_version(rng: random.Random, story: list[list[str]]) -> list[list[str]]:
    edited = [list(paragraph) for paragraph in story]
    target = rng.randrange(len(edited))
    edit = rng.choice(["add", "reword", "drop"])
    if edit == "add":
        edited[target].insert(rng.randint(0, len(edited[target])), sentence(rng))
    elif edit == "reword":
        old = edited[target][0]
        edited[target][0] = old.replace(" said ", " stated ").replace(" the ", " a ", 1)
    elif len(edited) > 1:
        del edited[target]
    return edited


def write_collection(folder: Path, stories: int, *, seed: int = 7, paragraphs: int = 6) -> Path:
    """`stories` story folders of 3-5 versions each under `folder`; returns `folder`."""
    rng = random.Random(seed)
    for number in range(stories):
        story_folder = folder / f"story-{number:05d}"
        story_folder.mkdir(parents=True)
        version = first_version(rng, paragraphs)
        for index in range(rng.randint(3, 5)):
            if index:
                version = next_version(rng, version)
            text = "\n\n".join(" ".join(paragraph) for paragraph in version) + "\n"
            (story_folder / f"v{index}.txt").write_text(text, encoding="utf-8")
    return folder
