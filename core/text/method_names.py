"""Readable names of repair methods: "GB18030 text read as UTF-8 and Latin-1" for the
identifier `legacy:gb18030-as-utf8-else-latin1` a `Fix` carries.

`Fix.method` stays a stable identifier (it is in the JSON reports); this module is the one place
that says it in words, for the window's repair panel, tooltips and text reports. Identifiers are
built by `core.text.repair` (ftfy's steps, `ftfy:<codec>-as-<codec>` joined with "+") and
`core.text.legacy_mojibake` (`legacy:<codec>-as-<misreading>`); one it does not know is
returned as it is rather than guessed at.

Imports only the standard library.
"""

from __future__ import annotations

# Codecs and misreadings as a reader knows them.
CODEC_NAMES = {
    "utf8": "UTF-8",
    "latin1": "Latin-1",
    "latin2": "Latin-2",
    "cp1252": "Windows-1252",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1250": "Windows-1250",
    "cp437": "DOS code page 437",
    "macroman": "Mac Roman",
    "gb18030": "GB18030 (Simplified Chinese)",
    "cp950": "Big5 (Traditional Chinese)",
    "cp932": "Shift_JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)",
    "eucjp": "EUC-JP (Japanese)",
    "cp949": "EUC-KR (Korean)",
    "koi8_r": "KOI8-R (Russian)",
    "koi8r": "KOI8-R (Russian)",
    "koi8_u": "KOI8-U (Ukrainian)",
    "koi8u": "KOI8-U (Ukrainian)",
    "iso8859_5": "ISO 8859-5 (Cyrillic)",
    "iso88595": "ISO 8859-5 (Cyrillic)",
    "iso8859_7": "ISO 8859-7 (Greek)",
    "iso88597": "ISO 8859-7 (Greek)",
    "utf8-else-latin1": "UTF-8 and Latin-1",
}
# ftfy steps that are not a codec misreading, by the short names `core.text.repair` gives them.
STEP_NAMES = {
    "inconsistent-utf8": "UTF-8 misread in places",
    "nbsp-restored": "non-breaking space restored",
    "c1-as-cp1252": "control characters read as Windows-1252",
    "surrogates-joined": "surrogate pairs joined",
    "unexplained": "repaired",
}


def _codec(name: str) -> str:
    return CODEC_NAMES.get(name, name)


def _step(step: str) -> str | None:
    if step in STEP_NAMES:
        return STEP_NAMES[step]
    encoded, separator, read_as = step.partition("-as-")
    if not separator or not encoded or not read_as:
        return None
    return f"{_codec(encoded)} text read as {_codec(read_as)}"


def describe_method(method: str) -> str:
    """The repair method `method` (a `Fix.method`) in words; unknown identifiers unchanged.

    >>> describe_method("legacy:gb18030-as-utf8-else-latin1")
    'GB18030 (Simplified Chinese) text read as UTF-8 and Latin-1'
    >>> describe_method("ftfy:utf8-as-cp1252")
    'UTF-8 text read as Windows-1252'
    >>> describe_method("ftfy:utf8-as-cp1252+nbsp-restored")
    'UTF-8 text read as Windows-1252, then non-breaking space restored'
    >>> describe_method("ftfy:utf8-as-latin1+legacy:cp1251-as-latin1")
    'UTF-8 text read as Latin-1, then Windows-1251 (Cyrillic) text read as Latin-1'
    >>> describe_method("something-new")
    'something-new'
    """
    words: list[str] = []
    for part in method.split("+"):
        _source, colon, step = part.partition(":")
        described = _step(step if colon else part)
        if described is None:
            return method
        words.append(described)
    return ", then ".join(words) if words else method
