"""The one ftfy configuration wirediff uses: encoding repair and nothing else.

wirediff shows archival news text as it was published. ftfy by default also "cleans" text:
it straightens curly quotes, folds full-width characters, splits ligatures, normalizes Unicode
and line breaks. Each of those would rewrite correct text and show up as a change between two
versions of an article, so every such option is off here. Only the options that undo a wrong
decoding (UTF-8 bytes read as cp1252 or Latin-1) stay on. `core.text.repair` is the only user.

Imports ftfy and the standard library; never PySide6 or `gui`.
"""

from __future__ import annotations

from ftfy import TextFixerConfig

ENCODING_ONLY = TextFixerConfig(
    # Off: an article may quote HTML or print "&amp;" on purpose; decoding entities is not
    # undoing a wrong decoding, and the input is plain text already.
    unescape_html=False,
    # Off: escape sequences are control characters the decode stage keeps as they are; removing
    # them would make the shown text differ from the file.
    remove_terminal_escapes=False,
    # On: the whole point of this stage (UTF-8 read as cp1252, Latin-1 or MacRoman).
    fix_encoding=True,
    # On: "Ã " for "à" is UTF-8 read as cp1252 whose U+00A0 a scraper turned into a space. ftfy
    # applies it only inside a sequence that then decodes; the benchmark's nbsp-lost cases need it.
    restore_byte_a0=True,
    # Off: it replaces undecodable mojibake with U+FFFD, destroying the evidence a reader could
    # still use (and which `core.text.legacy_mojibake` may decode).
    replace_lossy_sequences=False,
    # On: a word of UTF-8 mojibake inside otherwise good text (the common case in scraped
    # articles) is fixed only by this; ftfy requires a distinctive mojibake pattern first.
    decode_inconsistent_utf8=True,
    # On: a C1 control in text is never meant; it is a cp1252 byte (curly quote, dash, ellipsis)
    # read as Latin-1, and HTML5 reads it as cp1252 too. Legacy runs full of C1 controls are
    # claimed first by `core.text.legacy_mojibake`, whose repair wins where both touch a run.
    fix_c1_controls=True,
    # Off: "ﬁ" in the source is what was published; splitting it is a cosmetic rewrite.
    fix_latin_ligatures=False,
    # Off: full-width digits and letters are correct CJK typography; folding them rewrites
    # correct text.
    fix_character_width=False,
    # Off: curly quotes are correct; straightening them would change archival text.
    uncurl_quotes=False,
    # Off: the decode stage already turned CRLF and CR into LF; other separators (U+2028, NEL)
    # are in the file on purpose or are not ours to change.
    fix_line_breaks=False,
    # On: pairs of surrogates only come from a wrong (UCS-2) decoding and are not valid text.
    fix_surrogates=True,
    # Off: control and formatting characters (soft hyphens, bidi marks) are kept as published.
    remove_control_chars=False,
    # Off (None): NFC would silently recompose decomposed accents, a change of code points the
    # diff would show and that no decoding error caused.
    normalization=None,
    # Larger segments are left alone: a line this long is not prose that mojibake repair helps.
    max_decode_length=1_000_000,
    # On: `core.text.repair` turns ftfy's explanation into the method name of each `Fix`.
    explain=True,
)
"""Encoding-only ftfy settings; see each option's comment for why it is on or off."""
