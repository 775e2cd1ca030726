"""Pins how a web page is read: the story's paragraphs, its metadata, the furniture set aside,
the charset declaration taken as a hint, the fallback to visible text, and bad pages."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.errors import EmptyInput, InputTooLarge
from wirediff.core.formats.html import MAX_PAGE_BYTES, NO_ARTICLE_NOTICE, read_html
from wirediff.core.formats.read import read_story
from wirediff.core.report.comparison import comparison_to_json

STORY = [
    "Storm hits the coast, thousands without power",
    "A powerful storm struck the coast on Monday, leaving thousands of homes without power "
    "and closing the main highway for hours.",
    "“We have never seen anything like it,” said the mayor, Anna Smith, who toured the damage.",
    "Officials said repairs could take until Thursday.",
    "Schools will stay closed.",
    "Roads closed: 12",
    "Homes without power: 40,000",
    "The weather service expects calmer conditions by the weekend.",
]

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Storm hits coast | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://example.com/news/storm-hits-coast">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-06-03T14:02:00Z">
<script>var tracking = "Share this story";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>{STORY[0]}</h1>
<p class="byline">By Jane Roe</p>
<p>{STORY[1]}</p>
<figure><img src="a.jpg"><figcaption>Waves crash over the sea wall. (Photo: John Doe)</figcaption>
</figure>
<p>&ldquo;We have never seen anything like it,&rdquo; said the mayor, Anna Smith, who toured
the damage.</p>
<div class="share">Share on Facebook Share on Twitter Email</div>
<p>{STORY[3]}<br>{STORY[4]}</p>
<ul><li>{STORY[5]}</li><li>{STORY[6]}</li></ul>
<p>{STORY[7]}</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/x">Floods in the north</a></li>
<li><a href="/y">Heatwave ends</a></li></ul></aside>
<footer>© 2024 The Daily Example. All rights reserved.</footer>
</body></html>"""


def test_story_paragraphs_metadata_and_furniture() -> None:
    story = read_story(PAGE.encode("utf-8"), name="storm.html")
    assert story.text.split("\n\n") == STORY
    assert story.meta.as_json() == {
        "title": "Storm hits the coast, thousands without power",
        "byline": "Jane Roe",
        "date": "2024-06-03T14:02:00+0000",
        "site": "The Daily Example",
        "url": "https://example.com/news/storm-hits-coast",
        "format": "html",
    }
    assert story.set_aside == (
        "Home World Sport",
        "We use cookies to improve your experience. Accept all cookies",
        "By Jane Roe",
        "Waves crash over the sea wall. (Photo: John Doe)",
        "Share on Facebook Share on Twitter Email",
        "Related stories",
        "Floods in the north",
        "Heatwave ends",
        "© 2024 The Daily Example. All rights reserved.",
    )
    assert story.notices == ()


def test_page_saved_as_txt_is_read_as_a_page() -> None:
    document = load_document(raw=PAGE.encode("utf-8"), name="storm.txt")
    assert document.meta.format == "html"
    assert list(document.paragraphs) == STORY


def test_a_one_word_edit_is_one_changed_sentence() -> None:
    edited = PAGE.replace("calmer conditions", "milder conditions")
    comparison = compare_documents(
        load_document(raw=PAGE.encode(), name="old.html"),
        load_document(raw=edited.encode(), name="new.html"),
    )
    changed = [s for row in comparison.rows for s in row.sentences if s.is_change]
    assert [(s.left, s.right) for s in changed] == [
        (STORY[7], STORY[7].replace("calmer", "milder"))
    ]
    assert comparison_to_json(comparison)["right"]["meta"]["title"] == STORY[0]


CAFE_PAGE = (
    "<html><head>{meta}<title>Café</title></head><body><h1>Le café rouvre</h1>"
    "<p>Le café de la gare a rouvert ses portes lundi matin, après trois mois de travaux "
    "décidés par la mairie.</p><p>« C’est une renaissance », a déclaré la gérante, "
    "Hélène Dubœuf, devant une file d’habitués.</p></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ("", "cp1252"),
        # A page that declares Latin-1 but holds UTF-8: the bytes win over the declaration.
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "utf-8"),
    ],
)
def test_charset_declaration_is_a_hint(meta: str, codec: str) -> None:
    story = read_story(CAFE_PAGE.format(meta=meta).encode(codec), name="cafe.html")
    assert story.encoding == codec
    assert story.text.split("\n\n")[0] == "Le café rouvre"
    assert "Hélène Dubœuf" in story.text


def test_mojibake_inside_the_page_is_repaired_on_the_extracted_text() -> None:
    broken = CAFE_PAGE.format(meta="").replace("Hélène", "Hélène".encode().decode("cp1252"))
    document = load_document(raw=broken.encode("utf-8"), name="cafe.html")
    assert "Hélène Dubœuf" in document.text
    assert [(fix.before, fix.after) for fix in document.fixes] == [("Ã©lÃ¨", "élè")]


def test_page_without_an_article_falls_back_to_visible_text_with_a_notice() -> None:
    page = b"<html><body><footer>Contact us</footer><footer>(c) 2024 Example</footer></body></html>"
    story = read_story(page, name="menu.html")
    assert story.text == "Contact us\n\n(c) 2024 Example"
    assert story.notices == (NO_ARTICLE_NOTICE,)


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>",
        b"<!DOCTYPE html><html><body>   </body></html>",
    ],
)
def test_page_without_visible_text_is_refused_in_one_line(page: bytes) -> None:
    with pytest.raises(EmptyInput, match=r"^page\.html: the page holds no visible text$"):
        load_document(raw=page, name="page.html")


def test_enormous_page_is_refused_in_one_line() -> None:
    page = b"<html><body>" + b"<p>word</p>" * (MAX_PAGE_BYTES // 11 + 1) + b"</body></html>"
    with pytest.raises(
        InputTooLarge,
        match=r"^big\.html: the page is 16 MiB; wirediff reads web pages up to 16 MiB$",
    ):
        load_document(raw=page, name="big.html")


FLOOD_STORY = (
    "<p>"
    + "The river rose above its banks by the evening, officials said, and roads were shut. " * 3
    + "</p><p>Schools will stay closed on Tuesday while crews clear the mud from the town.</p>"
)


def test_a_headline_broken_over_lines_and_a_site_named_by_its_host() -> None:
    page = f"<html><body><article><h1>Flood<br>in town</h1>{FLOOD_STORY}</article></body></html>"
    story = read_html(page.encode(), url="https://www.news.example/flood")
    assert story.text.split("\n\n")[0] == "Flood in town"
    assert (story.meta.title, story.meta.site, story.meta.url) == (
        "Flood in town",
        "news.example",
        "https://www.news.example/flood",
    )


MAC_PAGE = "<html><body><p>Café déjà vu.</p></body></html>".encode("mac_roman")


def test_a_declared_charset_or_a_forced_codec_decides_a_short_page() -> None:
    # Too short for detection alone, which takes Central European Mac bytes for these.
    assert read_story(MAC_PAGE, name="x.html").text == "Café déją vu."
    declared = read_story(MAC_PAGE, name="x.html", content_type="text/html; charset=macintosh")
    assert (declared.text, declared.encoding) == ("Café déjà vu.", "mac-roman")
    forced = read_story(MAC_PAGE, name="x.html", encoding="mac_roman")
    assert (forced.text, forced.encoding) == ("Café déjà vu.", "mac_roman")
