"""Exact blocks of text read from markup (`core.formats.blocks`): what a page hides from every
reader (the `hidden` attribute, `aria-hidden`, `display: none` written any way), comments and
processing instructions inside a paragraph, and lines kept apart when asked."""

from __future__ import annotations

from lxml import etree, html

from wirediff.core.formats.blocks import is_hidden, local_name, text_blocks

PAGE = html.document_fromstring(
    "<html><body><div>One <!-- note --> two<?pi x?> three</div>"
    "<p hidden>Gone</p><p aria-hidden='true'>Gone too</p><p aria-hidden='false'>Kept</p>"
    "<p style='color: red; DISPLAY : NONE'>Hidden by style</p>"
    "<p style='visibility:hidden'>Still here</p><p style=''>Plain</p>"
    "<pre>Line one\nLine two</pre></body></html>"
)


def test_hidden_parts_are_left_out_and_comments_do_not_split_a_paragraph() -> None:
    assert text_blocks(PAGE) == [
        "One two three",
        "Kept",
        "Still here",
        "Plain",
        "Line one Line two",
    ]


def test_hidden_parts_can_be_kept() -> None:
    assert text_blocks(PAGE, skip_hidden=False) == [
        "One two three",
        "Gone",
        "Gone too",
        "Kept",
        "Hidden by style",
        "Still here",
        "Plain",
        "Line one Line two",
    ]


def test_line_breaks_in_the_text_can_end_blocks() -> None:
    assert text_blocks(PAGE, newline_breaks=True)[-2:] == ["Line one", "Line two"]


def test_what_counts_as_hidden() -> None:
    def hidden(attributes: str) -> bool:
        return is_hidden(etree.fromstring(f"<p {attributes}>x</p>"))

    assert [
        hidden(attributes)
        for attributes in (
            "hidden=''",
            "aria-hidden='true'",
            "aria-hidden='TRUE'",
            "aria-hidden='false'",
            "style='display:none'",
            "style='Display : None ;'",
            "style='display:block'",
            "style=''",
            "class='hidden'",
        )
    ] == [True, True, False, False, True, True, False, False, False]


def test_names_are_lower_case_without_namespace() -> None:
    root = etree.fromstring("<Root xmlns:a='urn:a'><a:Para>Hi</a:Para><!--c--><?pi x?></Root>")
    assert [local_name(element) for element in root.iter()] == ["root", "para", "", ""]
