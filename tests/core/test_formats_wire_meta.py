"""Exact readings of small NITF and NewsML-G2 files (`core.formats.wire`) for the fallbacks a
wire's metadata takes: where the date, the outlet, the headline and the byline come from when
the first choice is missing, dates with offsets and seconds, NITF wrapped in another element,
and NewsML-G2 items whose text sits in plain data or in XHTML with a page title.

Each case writes out the whole reading: the paragraphs, what was set aside and every fact.
"""

from __future__ import annotations

from wirediff.core.formats.read import read_story

NEWSML = b'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def reading(raw: bytes) -> tuple[list[str], tuple[str, ...], dict[str, str | None]]:
    story = read_story(raw, name="wire.xml")
    return story.text.split("\n\n"), story.set_aside, story.meta.as_json()


def nitf_meta(**facts: str | None) -> dict[str, str | None]:
    meta: dict[str, str | None] = dict.fromkeys(("title", "byline", "date", "site", "url"))
    return {**meta, **facts, "format": "nitf"}


def test_nitf_inside_another_element_takes_the_story_date_and_the_distributor() -> None:
    raw = b"""<wire><nitf><head><title>Head title</title><pubdata type="web"/>
    <docdata><doc.copyright holder="Copy Holder"/></docdata></head>
    <body><body.head><byline>By Jane Roe</byline><distributor>Wire Co</distributor>
    <story.date norm="20240603T1402-0500"/></body.head>
    <body.content><p>Body one.</p></body.content></body></nitf></wire>"""
    assert reading(raw) == (
        ["Head title", "By Jane Roe", "Body one."],
        (),
        nitf_meta(
            title="Head title",
            byline="By Jane Roe",
            date="2024-06-03T14:02:00-05:00",
            site="Wire Co",
        ),
    )


def test_nitf_release_date_with_seconds_and_the_copyright_holder_as_outlet() -> None:
    raw = b"""<nitf><head><docdata><date.release norm="20240603T140259"/>
    <doc.copyright holder="Copy Holder"/></docdata></head>
    <body><body.head><hedline><hl1>Main</hl1></hedline><byline><person> </person>By Desk</byline>
    </body.head><body.content><p>Body one.</p></body.content></body></nitf>"""
    assert reading(raw) == (
        ["Main", "By Desk", "Body one."],
        (),
        nitf_meta(title="Main", byline="By Desk", date="2024-06-03T14:02:59", site="Copy Holder"),
    )


def test_nitf_byline_of_several_people_and_a_date_without_time() -> None:
    raw = b"""<nitf><body><body.head><byline><person>Ann One</person> and
    <person>Bob Two</person></byline><story.date norm=" 20240603 "/></body.head>
    <body.content><p>Body.</p></body.content></body></nitf>"""
    assert reading(raw) == (
        ["Ann One and Bob Two", "Body."],
        (),
        nitf_meta(byline="Ann One, Bob Two", date="2024-06-03"),
    )


def test_newsml_item_main_headline_by_role_literal_provider_and_content_date() -> None:
    raw = (
        b"<newsItem " + NEWSML + b' version="3"><itemMeta><provider literal="Lit Wire"/>'
        b"<firstCreated>20240603T0900Z</firstCreated></itemMeta><contentMeta>"
        b'<headline role="hdltype:sub">Sub</headline>'
        b'<headline role="hdltype:main">Main one</headline>'
        b"<contentCreated>2024-06-02</contentCreated></contentMeta><contentSet>"
        b'<inlineXML contenttype="application/xhtml+xml"><p>Main one</p><p>Para.</p></inlineXML>'
        b"</contentSet></newsItem>"
    )
    assert reading(raw) == (
        ["Main one", "Para."],
        (),
        {
            "title": "Main one",
            "byline": None,
            "date": "2024-06-02",
            "site": "Lit Wire",
            "url": None,
            "format": "newsml",
            "version": "3",
        },
    )


def test_newsml_without_a_main_headline_takes_the_first_and_reads_plain_data() -> None:
    raw = (
        b"<newsItem " + NEWSML + b'><itemMeta><provider qcode="nprov:a:AFP"><name>Agence</name>'
        b"</provider><firstCreated>20240603T0900Z</firstCreated></itemMeta><contentMeta>"
        b'<headline role="sub">Only sub</headline><headline role="other">Other</headline>'
        b'</contentMeta><contentSet><inlineData contenttype="TEXT/plain">'
        b"One.\r\n\r\nTwo.\n\nThree.</inlineData></contentSet></newsItem>"
    )
    assert reading(raw) == (
        ["Only sub", "One.", "Two.", "Three."],
        (),
        {
            "title": "Only sub",
            "byline": None,
            "date": "2024-06-03T09:00:00Z",
            "site": "Agence",
            "url": None,
            "format": "newsml",
        },
    )


def test_newsml_skips_data_that_is_not_text_and_names_the_provider_by_its_code() -> None:
    raw = (
        b"<newsItem " + NEWSML + b'><itemMeta><provider qcode="nprov:a:AFP"/></itemMeta>'
        b'<contentSet><inlineData contenttype="image/png">x</inlineData>'
        b'<inlineData contenttype="text/plain">Just text.</inlineData></contentSet></newsItem>'
    )
    assert reading(raw) == (
        ["Just text."],
        (),
        {
            "title": None,
            "byline": None,
            "date": None,
            "site": "AFP",
            "url": None,
            "format": "newsml",
        },
    )


def test_newsml_with_an_empty_provider_names_no_outlet() -> None:
    raw = (
        b"<newsItem " + NEWSML + b"><itemMeta><provider/></itemMeta>"
        b'<contentSet><inlineData contenttype="text/plain">Just text.</inlineData></contentSet>'
        b"</newsItem>"
    )
    assert reading(raw)[2]["site"] is None


def test_newsml_xhtml_reads_the_body_not_the_page_title() -> None:
    raw = (
        b"<newsItem " + NEWSML + b"><contentMeta><headline>Storm</headline></contentMeta>"
        b'<contentSet><inlineXML contenttype="application/xhtml+xml">'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Page title</title></head>'
        b"<body><p>Storm</p><p>Rain fell.</p></body></html></inlineXML></contentSet></newsItem>"
    )
    assert reading(raw)[0] == ["Storm", "Rain fell."]
