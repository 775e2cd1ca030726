"""Pins how an RTF file is read: `\\par` and `\\line` paragraphs, `\\uN` escapes with their
fallbacks skipped (surrogate pairs made whole), `\\'hh` bytes in the code page of `\\ansicpg`
or of the font's charset, destinations (fonts, styles, footnotes) left out, a link's shown
text, the `\\info` metadata, and files cut short or holding no text."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.compare import holds_two_versions, load_document, load_versions
from wirediff.core.errors import EmptyInput
from wirediff.core.formats.read import read_story
from wirediff.core.formats.rtf import CUT_SHORT_NOTICE
from wirediff.core.formats.rtf_revisions import DELETED, without_marked

# The header Word writes (abridged), and its habit of breaking long lines next to a space (a line
# end in RTF is no space of its own): code page, font and colour tables, a style sheet, the
# generator and an \info group.
WORD_RTF = rb"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\deflang2057
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}
{\f1\fbidi \fswiss\fcharset0\fprq2{\*\panose 020b0604020202020204}Arial;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}
{\stylesheet{\ql \li0\ri0\widctlpar\wrapdefault \fs22\lang2057 \snext0 \sqformat Normal;}
{\s1\ql \keepn\outlinelevel0 \b\fs32 \sbasedon0 \snext0 heading 1;}}
{\*\rsidtbl \rsid1445431}{\*\generator Microsoft Word 16.0;}
{\info{\title Storm hits the caf\'e9s}{\author Jane Ro\'e9}{\operator Jane}
{\creatim\yr2024\mo6\dy3\hr14\min2}{\revtim\yr2024\mo6\dy3\hr15\min10}{\version2}}
\paperw11906\paperh16838\margl1440\margr1440
\pard\plain \ltrpar\s1\ql \keepn\outlinelevel0 \b\fs32 {\insrsid1445431 Storm hits the caf\'e9s}
{\insrsid1445431 \par }\pard\plain \ltrpar\ql \widctlpar {\insrsid1445431 A powerful storm
 struck the caf\'e9 district on Monday, said \u8220\'93Ren\'e9e\u8221\'94 Dupont.}
{\insrsid1445431 {\super\chftn}{\footnote \pard\plain {\super\chftn} Figures from the county.}
\par }{\insrsid1445431 Damage: 5\~million \u8364\'80, see {\field{\*\fldinst{HYPERLINK
"https://example.com/storm"}}{\fldrslt{\ul\cf2 the county site}}}.\par }
{\insrsid1445431 Officials said repairs could take until Thursday.\line Schools\tab stay closed.
\par }{\insrsid1 Residents sent photos \u-10179?\u-8704? online.\par }}"""

# The header LibreOffice writes (abridged): no \ansicpg, a Cyrillic font (\fcharset204) and
# text as \'hh bytes in that font, and \uN escapes in \info.
LIBREOFFICE_RTF = rb"""{\rtf1\ansi\deff4\adeflang1025
{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}
{\f4\froman\fprq2\fcharset204 Liberation Serif;}}
{\colortbl;\red0\green0\blue0;}
{\stylesheet{\s0\snext0\dbch\af5\langfe2052\loch\f4\fs24\lang1049 Normal;}}
{\*\generator LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88}
{\info{\title \u1064\'3f\u1090\'3f\u1086\'3f\u1088\'3f\u1084\'3f}
{\author \u1048\'3f\u1074\'3f\u1072\'3f\u1085\'3f}
{\creatim\yr2024\mo6\dy3\hr9\min5}{\vern67306242}}\deftab709
\pard\plain \s0\nowidctlpar\loch\f4\fs24\lang1049{\loch\f4
\'d8\'f2\'ee\'f0\'ec \'ed\'e0 \'ef\'ee\'e1\'e5\'f0\'e5\'e6\'fc\'e5.}
\par \pard\plain \s0\loch\f4 {\loch\f4 \'c2\'f2\'ee\'f0\'ee\'e9 \'e0\'e1\'e7\'e0\'f6.}
\par }"""


def test_word_rtf_paragraphs_escapes_links_and_metadata() -> None:
    story = read_story(WORD_RTF, name="storm.rtf")
    assert story.text.split("\n\n") == [
        "Storm hits the cafés",
        "A powerful storm struck the café district on Monday, said “Renée” Dupont.",
        "Damage: 5 million €, see the county site.",
        "Officials said repairs could take until Thursday.",
        "Schools stay closed.",
        "Residents sent photos 😀 online.",
    ]
    assert story.meta.as_json() == {
        "title": "Storm hits the cafés",
        "byline": "Jane Roé",
        "date": "2024-06-03T14:02",
        "site": None,
        "url": None,
        "format": "rtf",
    }
    assert story.encoding == "cp1252"
    assert story.notices == ()


def test_libreoffice_rtf_bytes_are_read_in_the_fonts_code_page() -> None:
    story = read_story(LIBREOFFICE_RTF, name="storm.rtf")
    assert story.text == "Шторм на побережье.\n\nВторой абзац."
    assert (story.meta.title, story.meta.byline, story.meta.date) == (
        "Шторм",
        "Иван",
        "2024-06-03T09:05",
    )


def test_ansicpg_decides_the_code_page_of_bytes() -> None:
    rtf = rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fnil Arial;}}\f0 \'cc\'e8\'f0.\par}"
    story = read_story(rtf, name="mir.rtf")
    assert (story.text, story.encoding) == ("Мир.", "cp1251")


def test_rtf_named_doc_is_still_read_as_rtf() -> None:
    assert read_story(WORD_RTF, name="storm.doc").meta.format == "rtf"


def test_a_file_cut_short_is_read_as_far_as_it_goes_with_a_notice() -> None:
    cut = WORD_RTF[: WORD_RTF.index(b"Officials")]
    story = read_story(cut, name="storm.rtf")
    assert story.text.split("\n\n")[-1] == "Damage: 5 million €, see the county site."
    assert story.notices == (CUT_SHORT_NOTICE,)


def test_rtf_without_text_is_one_line() -> None:
    with pytest.raises(EmptyInput, match=r"^empty\.rtf: the RTF file holds no text$"):
        load_document(raw=rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}", name="empty.rtf")


TRACKED_RTF = (
    # No \ansicpg: cp1252, the default, reads its escapes.
    rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\revtbl{Unknown;}{Ed;}}\f0 "
    rb"The mayor said {\deleted\revauthdel1\revdttmdel1 forty }"
    rb"{\revised\revauth1\revdttm1 fifty }homes were lost.\par "
    # A deleted paragraph mark: as accepted, the two paragraphs are one.
    rb"Rain fell{\deleted\revauthdel1 \par }all night.\par "
    # An inserted paragraph, with a character written as an escape and a \uN with its fallback.
    rb"{\revised\revauth1 Caf\'e9s will reopen on Friday \u8212? officials said.\par }"
    # \plain ends a marked run; \deleted0 ends one too.
    rb"Roads {\deleted were \plain are }closed, \deleted then\deleted0  police said.\par}"
)


def test_tracked_changes_read_as_accepted_and_as_written() -> None:
    story = read_story(TRACKED_RTF, name="draft.rtf")
    assert story.text.split("\n\n") == [
        "The mayor said fifty homes were lost.",
        "Rain fell all night.",
        "Cafés will reopen on Friday — officials said.",
        "Roads are closed, police said.",
    ]
    assert story.original is not None
    assert story.original.split("\n\n") == [
        "The mayor said forty homes were lost.",
        "Rain fell",
        "all night.",
        "Roads were are closed, then police said.",
    ]


def test_a_draft_rtf_opens_as_two_versions(tmp_path: Path) -> None:
    draft = tmp_path / "draft.rtf"
    draft.write_bytes(TRACKED_RTF)
    assert holds_two_versions(draft)
    written, accepted = load_versions(draft)
    assert written.name == "draft.rtf (as written)"
    assert written.paragraphs[0] == "The mayor said forty homes were lost."
    assert accepted.name == "draft.rtf (changes accepted)"
    assert accepted.paragraphs[0] == "The mayor said fifty homes were lost."


def test_marks_turned_off_only_leave_one_version(tmp_path: Path) -> None:
    plain = tmp_path / "plain.rtf"
    plain.write_bytes(rb"{\rtf1\ansi \deleted0 Rain fell.\revised0 \par}")
    assert read_story(plain.read_bytes(), name="plain.rtf").original is None
    assert not holds_two_versions(plain)


@pytest.mark.parametrize(
    ("info", "date", "byline"),
    [
        (r"{\creatim\yr2024}", "2024-01-01", None),
        (r"{\creatim\yr2024\mo6\dy3\min5}", "2024-06-03T00:05", None),
        (r"{\creatim\yr2024\mo6\dy3\hr7}", "2024-06-03T07:00", None),
        (r"{\creatim\mo6\dy3}", None, None),
        (r"{\author Jane {\i Roe}}", None, "Jane Roe"),
    ],
)
def test_the_info_groups_creation_time_and_author(
    info: str, date: str | None, byline: str | None
) -> None:
    source = r"{\rtf1\ansi{\info{\title Storm}" + info + r"}Body text.\par}"
    story = read_story(source.encode("ascii"), name="storm.rtf")
    assert (story.text, story.encoding) == ("Body text.", "cp1252")
    assert story.meta.as_json() == {
        "title": "Storm",
        "byline": byline,
        "date": date,
        "site": None,
        "url": None,
        "format": "rtf",
    }


@pytest.mark.parametrize(
    ("source", "accepted"),
    [
        # A group inside a deleted run is deleted too, and the run goes on after it.
        (r"{\rtf1 x {\deleted a{\b b}c} y}", r"{\rtf1 x {\deleted {\b }} y}"),
        # A brace that closes nothing leaves the text after it alone.
        (r"a}b", r"a}b"),
        # Escaped characters are text; other control symbols are not.
        (r"{\deleted a\{b\}\\c\~d\-e\_f\:g}", r"{\deleted \:}"),
        # A backslash before a line end is a paragraph break: a space when deleted.
        ("{\\deleted a\\\nb}x\\\ny", "{\\deleted  }x\\\ny"),
        # \plain and \deleted0 end a run; \deleted1 starts one like \deleted.
        (r"\deleted1 a\plain b\deleted c\deleted0 d", r"\deleted1 \plain b\deleted \deleted0 d"),
    ],
)
def test_deleted_runs_are_taken_out_of_the_source_exactly(source: str, accepted: str) -> None:
    assert without_marked(source, DELETED) == accepted


def test_bytes_outside_escapes_are_read_in_the_declared_code_page() -> None:
    raw = b"{\\rtf1\\ansi\\ansicpg1251 \xcf\xf0\xe8\xe2\xe5\xf2 \\'98 \x98\\par}"
    story = read_story(raw, name="ru.rtf")
    assert (story.text, story.encoding) == ("Привет \ufffd \ufffd", "cp1251")


def test_without_a_code_page_the_file_is_cp1252_and_a_compact_link_keeps_its_text() -> None:
    raw = (
        b'{\\rtf1\\ansi See {\\field{\\*\\fldinst{HYPERLINK "https://example.com/a"}}'
        b"{\\fldrslt{the caf\xe9 site}}} (caf\\'e9s).\\par}"
    )
    story = read_story(raw, name="link.rtf")
    assert (story.text, story.encoding, story.meta.format) == (
        "See the café site (cafés).",
        "cp1252",
        "rtf",
    )
    assert story.meta.title is None


def test_info_fields_in_the_code_page_with_escaped_braces() -> None:
    raw = (
        b"{\\rtf1\\ansi\\ansicpg1251{\\info{\\title \\'cf\\'ee\\'e6\\'e0\\'f0 \\{1\\} \\'98}"
        b"{\\author Ed}{\\creatim\\yr2024\\mo6\\dy3\\hr14}}Text.\\par}"
    )
    meta = read_story(raw, name="ru.rtf").meta
    assert (meta.title, meta.byline, meta.date) == ("Пожар {1} \ufffd", "Ed", "2024-06-03T14:00")


@pytest.mark.parametrize(
    ("creatim", "date"),
    [
        (r"\yr2024\mo6\dy3\hr14\min2", "2024-06-03T14:02"),
        (r"\yr2024\mo6\dy3\min7", "2024-06-03T00:07"),
        (r"\yr2024\mo6\dy3", "2024-06-03"),
        (r"\yr2024", "2024-01-01"),
        (r"\mo6\dy3\hr14", None),
    ],
)
def test_creation_time(creatim: str, date: str | None) -> None:
    raw = b"{\\rtf1\\ansi{\\info{\\creatim" + creatim.encode() + b"}}Text.\\par}"
    assert read_story(raw, name="t.rtf").meta.date == date


def test_an_info_group_cut_short_is_read_as_far_as_it_goes() -> None:
    story = read_story(b"{\\rtf1\\ansi Text.\\par{\\info{\\title Storm}{\\author Ed", name="c.rtf")
    assert (story.text, story.meta.title, story.meta.byline) == ("Text.", "Storm", "Ed")
