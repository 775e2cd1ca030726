"""Pins how wire XML is read: NITF's headline, byline, dateline, body paragraphs, subheads,
lists and tagline, captions and notes set aside, its dates, outlet, version and urgency;
NewsML-G2 items with NITF, XHTML or plain text inside, pictures skipped; DTD entities read as
characters; and damaged or empty files as one line."""

from __future__ import annotations

import pytest

from wirediff.core.compare import load_document
from wirediff.core.errors import CorruptInput, EmptyInput
from wirediff.core.formats.read import read_story

NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-5.dtd">
<nitf version="-//IPTC//DTD NITF 3.5//EN">
  <head>
    <title>Storm hits coast</title>
    <docdata management-status="usable">
      <doc-id regsrc="AP" id-string="a1b2c3"/>
      <urgency ed-urg="3"/>
      <date.issue norm="20240603T140200Z"/>
      <du-key version="2" key="storm-coast"/>
      <doc.copyright holder="The Associated Press"/>
    </docdata>
    <pubdata type="web" name="The Daily Example"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Storm hits the coast, thousands without power</hl1></hedline>
      <byline>By <person>JANE ROE</person> <byttl>Associated Press</byttl></byline>
      <distributor>The Associated Press</distributor>
      <dateline><location>PORTTOWN, Maine</location> (AP) &mdash;</dateline>
      <abstract><p>A storm cut power to thousands.</p></abstract>
    </body.head>
    <body.content>
      <p>A powerful storm struck the coast on Monday, cutting power to 40,000 homes.</p>
      <media media-type="image">
        <media-reference source="storm.jpg"/>
        <media-caption>Waves break over the sea wall in Porttown.</media-caption>
      </media>
      <p>&ldquo;We have never seen anything like it,&rdquo; the mayor said.</p>
      <hl2>Schools closed</hl2>
      <block>
        <p>Schools will stay closed until Thursday.</p>
        <ul><li>Roads closed: 12</li><li>Shelters open: 3</li></ul>
      </block>
      <note><p>Editors: this story will be updated.</p></note>
    </body.content>
    <body.end><tagline>Sam Poe contributed from Harbor City.</tagline></body.end>
  </body>
</nitf>
"""

NITF_STORY = [
    "Storm hits the coast, thousands without power",
    "By JANE ROE Associated Press",
    "PORTTOWN, Maine (AP) —",
    "A powerful storm struck the coast on Monday, cutting power to 40,000 homes.",
    "“We have never seen anything like it,” the mayor said.",
    "Schools closed",
    "Schools will stay closed until Thursday.",
    "Roads closed: 12",
    "Shelters open: 3",
    "Sam Poe contributed from Harbor City.",
]

NEWSML = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-06-03T14:05:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:newsml:example.com:20240603:photo1" version="1">
      <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
      <contentSet><remoteContent href="storm.jpg" contenttype="image/jpeg"/></contentSet>
    </newsItem>
    <newsItem guid="urn:newsml:example.com:20240603:storm" version="4" standard="NewsML-G2">
      <itemMeta>
        <itemClass qcode="ninat:text"/>
        <provider qcode="nprov:REUTERS"/>
        <versionCreated>2024-06-03T15:30:00Z</versionCreated>
        <firstCreated>2024-06-03T12:00:00Z</firstCreated>
      </itemMeta>
      <contentMeta>
        <urgency>2</urgency>
        <headline role="hdltype:sub">Thousands without power</headline>
        <headline>Storm hits the coast</headline>
        <by>Jane Roe</by>
        <dateline>PORTTOWN, Maine, June 3 (Reuters) -</dateline>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml">
          <html xmlns="http://www.w3.org/1999/xhtml">
            <head><title>Storm hits the coast</title></head>
            <body>
              <h1>Storm hits the coast</h1>
              <p>A powerful storm struck the coast on Monday.</p>
              <p>Schools will stay closed
                 until Thursday.</p>
              <figure><figcaption>Waves over the sea wall.</figcaption></figure>
            </body>
          </html>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""


def test_nitf_headline_byline_dateline_body_and_tagline() -> None:
    story = read_story(NITF, name="storm.xml")
    assert story.text.split("\n\n") == NITF_STORY
    assert story.set_aside == (
        "A storm cut power to thousands.",
        "Waves break over the sea wall in Porttown.",
        "Editors: this story will be updated.",
    )
    assert story.meta.as_json() == {
        "title": "Storm hits the coast, thousands without power",
        "byline": "JANE ROE",
        "date": "2024-06-03T14:02:00Z",
        "site": "The Daily Example",
        "url": None,
        "format": "nitf",
        "version": "2",
        "urgency": "3",
    }


def test_newsml_reads_the_text_item_with_its_xhtml_body() -> None:
    story = read_story(NEWSML, name="storm.newsml")
    assert story.text.split("\n\n") == [
        "Storm hits the coast",
        "Jane Roe",
        "PORTTOWN, Maine, June 3 (Reuters) -",
        "A powerful storm struck the coast on Monday.",
        "Schools will stay closed until Thursday.",
    ]
    assert story.set_aside == ("Waves over the sea wall.",)
    assert story.meta.as_json() == {
        "title": "Storm hits the coast",
        "byline": "Jane Roe",
        "date": "2024-06-03T15:30:00Z",
        "site": "REUTERS",
        "url": None,
        "format": "newsml",
        "version": "4",
        "urgency": "2",
    }


def test_newsml_with_nitf_inside_reads_it_once() -> None:
    nitf = NITF.split(b"?>", 1)[1].split(b"]>", 1)[-1].replace(b"<!DOCTYPE nitf SYSTEM", b"")
    nitf = nitf.replace(b' "nitf-3-5.dtd">', b"").replace(b"&mdash;", b"\xe2\x80\x94")
    nitf = nitf.replace(b"&ldquo;", "“".encode()).replace(b"&rdquo;", "”".encode())
    item = (
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" version="7"><contentMeta>'
        b"<headline>Storm hits the coast, thousands without power</headline>"
        b"<creditline>AP</creditline></contentMeta><contentSet>"
        b'<inlineXML contenttype="application/nitf+xml">' + nitf + b"</inlineXML>"
        b"</contentSet></newsItem>"
    )
    story = read_story(item, name="item.xml")
    assert story.text.split("\n\n") == NITF_STORY
    assert (story.meta.format, story.meta.site, story.meta.version) == ("newsml", "AP", "7")


def test_newsml_plain_text_item() -> None:
    item = (
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" version="1"><contentMeta>'
        b"<headline>Storm</headline></contentMeta><contentSet>"
        b'<inlineData contenttype="text/plain">First paragraph.\r\n\r\nSecond one.</inlineData>'
        b"</contentSet></newsItem>"
    )
    assert read_story(item).text == "Storm\n\nFirst paragraph.\n\nSecond one."


def test_a_newsml_message_of_pictures_only_is_one_line() -> None:
    pictures = NEWSML.split(b'<newsItem guid="urn:newsml:example.com:20240603:storm"')[0]
    pictures += b"</itemSet></newsMessage>"
    with pytest.raises(EmptyInput, match=r"^photos\.xml: the NewsML-G2 file holds no text item"):
        load_document(raw=pictures, name="photos.xml")


def test_damaged_wire_xml_is_one_line() -> None:
    with pytest.raises(
        CorruptInput, match=r"^storm\.xml: the NITF file is damaged: the story is not valid XML$"
    ):
        load_document(raw=NITF[:900], name="storm.xml")


def test_entities_are_never_expanded_from_the_file() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<nitf><body><body.content><p>Text &b; end.</p></body.content></body></nitf>"
    )
    assert read_story(bomb).text == "Text &b; end."
