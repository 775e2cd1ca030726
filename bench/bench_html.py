"""Measure article extractors on web pages built here: precision and recall of story paragraphs.

    .venv/bin/python bench/bench_html.py

Builds 32 article pages from the seeds' paragraphs in 8 site layouts (navigation, cookie
banner, ads, share bars, captions, related lists, comments, <br>-separated paragraphs, lists in
the story, tables of links) and 4 encodings (UTF-8, cp1252 with and without a meta charset,
UTF-8 declared as Latin-1). Each extractor's output is cut into paragraphs, white space
folded, and matched to the page's story paragraphs: precision is the share of its paragraphs
that are story, recall the share of story paragraphs it found. Extractors: wirediff's reader
(trafilatura plus the page's headline), trafilatura alone, readability-lxml and jusText, each
when installed (`pip install readability-lxml`; jusText comes with trafilatura). First it
times wirediff's reader on a page of 1 MB (the issue's budget: 1 s).
"""

from __future__ import annotations

import html
import importlib.util
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from wirediff.core.formats.blocks import HTML_BLOCK_TAGS, text_blocks  # noqa: E402
from wirediff.core.formats.html import decode_page  # noqa: E402
from wirediff.core.formats.read import read_story  # noqa: E402

FURNITURE = {
    "nav": '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>',
    "cookie": '<div class="cookie-banner">We use cookies to improve your experience. '
    "<button>Accept all</button> <button>Manage settings</button></div>",
    "ad": '<div class="ad">Advertisement</div><div class="ad-slot">Sponsored: Best credit cards '
    "of 2024</div>",
    "share": '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>',
    "caption": "<figure><img src='a.jpg'><figcaption>Smoke rises over the city on Friday. "
    "(Photo: Staff)</figcaption></figure>",
    "related": "<aside><h3>Related stories</h3><ul><li><a>Markets close higher</a></li>"
    "<li><a>Heatwave grips the south</a></li><li><a>New stadium opens</a></li></ul></aside>",
    "comments": '<section id="comments"><h3>12 comments</h3><div class="comment"><p>Great '
    "article, thanks!</p><span>by reader42</span></div><form><label>Leave a reply</label>"
    "<textarea></textarea><button>Post</button></form></section>",
    "footer": "<footer><p>© 2024 The Daily Example. All rights reserved.</p><p>Privacy policy · "
    "Terms of use · Contact</p></footer>",
}
LAYOUTS = [
    ("nav", "cookie", "caption", "share", "related", "footer"),
    ("nav", "ad", "share", "comments", "footer"),
    ("cookie", "caption", "related", "comments"),
    ("nav", "share", "ad", "related", "footer"),
    ("nav", "cookie", "ad", "caption", "share", "related", "comments", "footer"),
    ("nav", "footer"),
    ("caption", "share", "footer"),
    ("nav", "related", "comments", "footer"),
]
ENCODINGS = [
    ("utf-8", '<meta charset="utf-8">'),
    ("cp1252", '<meta charset="windows-1252">'),
    ("cp1252", ""),
    ("utf-8", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
]


def seed_paragraphs() -> list[list[str]]:
    stories = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
        stories.append([line for line in lines if len(line) > 80][:12])
    return stories


def build_page(story: list[str], layout: tuple[str, ...], index: int) -> tuple[str, list[str]]:
    """A page and its story paragraphs (headline first), as a reader would list them."""
    headline = f"Ukraine update {index}: what we know about the strikes"
    parts = []
    truth = [headline]
    body = []
    for number, paragraph in enumerate(story):
        if index % 4 == 1 and number % 3 == 2 and number + 1 < len(story):
            continue  # joined into the previous one with <br> below
        if index % 4 == 1 and number % 3 == 1 and number + 1 < len(story):
            following = story[number + 1]
            body.append(f"<p>{html.escape(paragraph)}<br><br>{html.escape(following)}</p>")
            truth += [paragraph, following]
            continue
        body.append(f"<p>{html.escape(paragraph)}</p>")
        truth.append(paragraph)
        if number == 3 and index % 3 == 0:
            items = ["Strikes reported: 4", "Regions affected: Kharkiv, Belgorod"]
            body.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            truth += items
        if number == 2 and "caption" in layout:
            body.append(FURNITURE["caption"])
        if number == 4 and "ad" in layout:
            body.append(FURNITURE["ad"])
        if number == 5 and "share" in layout:
            body.append(FURNITURE["share"])
    top = "".join(FURNITURE[name] for name in ("nav", "cookie") if name in layout)
    bottom = "".join(
        FURNITURE[name] for name in ("related", "comments", "footer") if name in layout
    )
    wrapper = ("article", "div class='story-body'", "main", "div id='content'")[index % 4]
    close = wrapper.split()[0]
    parts.append(
        f"<body>{top}<{wrapper}><h1>{html.escape(headline)}</h1><p class='byline'>By Staff "
        f"Writer</p>{''.join(body)}</{close}>{bottom}</body></html>"
    )
    return "".join(parts), truth


def pages() -> list[tuple[bytes, list[str], str]]:
    built = []
    stories = seed_paragraphs()
    index = 0
    for layout in LAYOUTS:
        for codec, meta in ENCODINGS:
            story = stories[index % len(stories)]
            body, truth = build_page(story, layout, index)
            head = f"<!DOCTYPE html><html><head>{meta}<title>Story {index}</title></head>"
            data = (head + body).encode(codec, errors="xmlcharrefreplace")
            built.append((data, truth, f"layout {LAYOUTS.index(layout)} {codec} {meta[:20]!r}"))
            index += 1
    return built


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(line.split()) for line in re.split(r"\n+", text) if line.strip()]


def decoded(data: bytes) -> str:
    """The page as text, decoded as wirediff decodes it, so every extractor gets the same text."""
    return decode_page(data, None, None).text


def with_wirediff(data: bytes) -> list[str]:
    return read_story(data, name="page.html").text.split("\n\n")


def with_trafilatura(data: bytes) -> list[str]:
    import trafilatura

    text = trafilatura.extract(decoded(data), include_comments=False)
    return paragraphs_of(text or "")


def with_readability(data: bytes) -> list[str]:
    from lxml import html as lxml_html
    from readability import Document

    summary = Document(decoded(data)).summary(html_partial=True)
    return text_blocks(
        lxml_html.fragment_fromstring(summary, create_parent="div"), block_tags=HTML_BLOCK_TAGS
    )


def with_justext(data: bytes) -> list[str]:
    import justext

    found = justext.justext(decoded(data), justext.get_stoplist("English"))
    return [" ".join(p.text.split()) for p in found if not p.is_boilerplate]


def large_page(size: int = 1_000_000) -> bytes:
    """A page of about `size` bytes: the seeds' paragraphs over and over in one article, a
    caption every 20 paragraphs and a share bar every 30, furniture around it."""
    paragraphs = [paragraph for story in seed_paragraphs() for paragraph in story]
    body: list[str] = []
    total = index = 0
    while total < size:
        body.append(f"<p>{html.escape(paragraphs[index % len(paragraphs)])} ({index})</p>")
        if index % 20 == 5:
            body.append(FURNITURE["caption"])
        if index % 30 == 7:
            body.append(FURNITURE["share"])
        total += len(body[-1])
        index += 1
    top = FURNITURE["nav"] + FURNITURE["cookie"]
    bottom = FURNITURE["related"] + FURNITURE["comments"] + FURNITURE["footer"]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Big story</title></head>"
        f"<body>{top}<article><h1>Big story</h1>{''.join(body)}</article>{bottom}</body></html>"
    ).encode()


def time_large_page() -> None:
    """wirediff's reader on a 1 MB page: the best and the median of five runs."""
    data = large_page()
    read_story(data[:4096], name="page.html")  # imports trafilatura and its tables
    times = []
    for _ in range(5):
        start = time.perf_counter()
        read_story(data, name="page.html")
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"1 MB page ({len(data):,} bytes): best {times[0]:.2f} s, median {times[2]:.2f} s")


def main() -> None:
    time_large_page()
    built = pages()
    extractors = {
        "wirediff": (with_wirediff, None),
        "trafilatura": (with_trafilatura, "trafilatura"),
        "readability": (with_readability, "readability"),
        "jusText": (with_justext, "justext"),
    }
    print(f"{len(built)} pages, {sum(len(truth) for _, truth, _ in built)} story paragraphs")
    for name, (extract, module) in extractors.items():
        if module and importlib.util.find_spec(module) is None:
            print(f"{name:12} not installed")
            continue
        found = correct = wanted = 0
        start = time.perf_counter()
        for data, truth, _label in built:
            got = extract(data)
            story = set(truth)
            found += len(got)
            correct += sum(paragraph in story for paragraph in got)
            wanted += len(truth)
        elapsed = time.perf_counter() - start
        recall = correct / wanted
        precision = correct / found if found else 0.0
        print(f"{name:12} precision {precision:.3f}  recall {recall:.3f}  ({elapsed:.1f} s)")


if __name__ == "__main__":
    sys.exit(main())
