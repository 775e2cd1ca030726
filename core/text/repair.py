"""Repair stage: undo wrong decodings (mojibake) and record each repair as a `Fix`.

Second stage of the engine (bytes → decode → repair → ...). Two repairers look at each line:
ftfy, with the encoding-only settings of `core.text.ftfy_config`, for UTF-8 that was read as cp1252
or Latin-1 (`cafÃ©`), and `core.text.legacy_mojibake` for legacy multi-byte or Cyrillic/Greek bytes
read in the wrong codec (`Â鶹´«Ã½`). Correct text must never change, and most text is correct,
so a compiled regex first finds the few lines with characters a misreading produces; only those
reach the repairers. A clean article passes through at the speed of that regex search.

When both repairers change a line, the result `core.text.plausibility` finds likelier wins. Each
changed stretch of a line becomes one `Fix` whose offsets refer to the text given, so
`core.text.fixes.revert_fixes` gives back exactly the decoded text.

Imports the standard library, ftfy and `core`; never PySide6 or `gui`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirediff.core.progress import Checkpoint
from wirediff.core.result import Fix
from wirediff.core.text.fixes import apply_fixes
from wirediff.core.text.misread_chars import MISREAD_CHAR

# A UTF-8 lead byte read as cp1252/Latin-1 (Â..ô) followed by a continuation byte read the same
# way (U+0080..U+00BF, or cp1252's letters and punctuation for 0x80..0x9F), or by a space (a
# lost no-break space, "Ã " for "à"): the mark of UTF-8 read in a single-byte codec.
UTF8_MISREAD = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122 ]"
)
# What else ftfy knows how to undo: C1 controls (cp1252 bytes read as Latin-1), UTF-8 read as
# cp1251 (a lead byte, "В".."я", then a continuation byte other than quotes and dashes), as
# cp1250 (a Latin-1 lead, then a letter cp1250 has at 0x80..0xbf), as cp437 (box drawing) or as
# MacRoman ("√" and "◊" are its readings of the lead bytes c3 and d7).
_CP1251_CONTINUATION = "".join(
    char
    for char in bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore")
    if char not in "«»“”‘’–—\N{NO-BREAK SPACE}"
)
_CP1250_CONTINUATION = "ŚŤŹśťźˇ˘ŁĄŞŻ˛łąşĽ˝ľż"
FTFY_TRIGGER = re.compile(
    f"{UTF8_MISREAD.pattern}|[\u0080-\u009f\u2500-\u257f\u221a\u25ca]"
    f"|[\u0412-\u044f][{re.escape(_CP1251_CONTINUATION)}]"
    f"|[\u00c2-\u00f4][{_CP1250_CONTINUATION}]"
)
# Every character either trigger above can start with, as one class: a character class scans
# a megabyte in well under a millisecond, where the alternation of both triggers takes fifteen.
_SUSPICIOUS_CHAR = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u0412-\u044f\u2500-\u257f\u221a\u25ca]"
)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]+")

MAX_FTFY_PASSES = 3
"""ftfy passes over one line; three undo UTF-8 misread three times, more is not seen."""

MAX_REPAIR_LAYERS = 3
"""Repairs of one line on top of each other (a misread file read again in a forced codec)."""

DIFF_LIMIT_CHARS = 2_000
"""A changed stretch (between unchanged ASCII words) longer than this becomes one fix instead of
being diffed character-wise, which costs the square of its length."""

# ftfy's names for the codecs of its explanation steps, shortened for `Fix.method`.
_CODEC_NAMES = {
    "latin-1": "latin1",
    "sloppy-windows-1252": "cp1252",
    "windows-1252": "cp1252",
    "sloppy-windows-1251": "cp1251",
    "sloppy-windows-1250": "cp1250",
    "iso-8859-2": "latin2",
    "macroman": "macroman",
    "cp437": "cp437",
    "utf-8": "utf8",
    "utf-8-variants": "utf8",
    # steps that are not a codec
    "decode_inconsistent_utf8": "inconsistent-utf8",
    "restore_byte_a0": "nbsp-restored",
    "fix_c1_controls": "c1-as-cp1252",
    "fix_surrogates": "surrogates-joined",
}


@dataclass(frozen=True, slots=True)
class Repaired:
    """The repaired text and the fixes that made it from the text given."""

    text: str
    fixes: tuple[Fix, ...]


def repair_text(text: str, checkpoint: Checkpoint | None = None) -> Repaired:
    """Undo mojibake in `text`, one `Fix` per changed stretch.

    >>> repaired = repair_text("Café crème: cafÃ© crÃ¨me")
    >>> repaired.text
    'Café crème: café crème'
    >>> [(fix.start, fix.before, fix.after, fix.method) for fix in repaired.fixes]
    [(15, 'Ã©', 'é', 'ftfy:inconsistent-utf8'), (20, 'Ã¨', 'è', 'ftfy:inconsistent-utf8')]
    >>> repair_text("Already “correct” text, 東京 and ＡＢＣ.").fixes
    ()
    """
    fixes: list[Fix] = []
    pieces: list[str] = []
    copied = 0  # end of the text already copied to `pieces`
    position = 0
    while True:
        if checkpoint is not None:
            checkpoint.check()  # a file of broken lines takes a while; its reader may go
        suspicious = _SUSPICIOUS_CHAR.search(text, position)
        if suspicious is None:
            break
        line_start = text.rfind("\n", 0, suspicious.start()) + 1
        line_end = text.find("\n", suspicious.end())
        line_end = len(text) if line_end < 0 else line_end
        position = line_end + 1
        line = text[line_start:line_end]
        if not (FTFY_TRIGGER.search(line) or len(MISREAD_CHAR.findall(line)) >= 2):
            continue
        repaired_line, line_fixes = _repair_around_surrogates(line, line_start)
        if line_fixes:
            pieces.append(text[copied:line_start])
            pieces.append(repaired_line)
            copied = line_end
            fixes.extend(line_fixes)
    if not fixes:
        return Repaired(text, ())
    pieces.append(text[copied:])
    return Repaired("".join(pieces), tuple(fixes))


def _repair_around_surrogates(line: str, offset: int) -> tuple[str, list[Fix]]:
    """`_repair_line` on each stretch of the line between lone surrogates, which stay as they are.

    A surrogate is not a character any codec encodes (text from `os.fsdecode` or a broken
    UTF-16 holds them); the repairers rebuild bytes, so they see only the stretches around it.

    >>> _repair_around_surrogates("caf\\udce9 cafÃ©", 0)[0] == "caf\\udce9 café"
    True
    """
    if not _LONE_SURROGATE.search(line):
        return _repair_line(line, offset)
    pieces: list[str] = []
    fixes: list[Fix] = []
    start = 0
    for surrogate in [*_LONE_SURROGATE.finditer(line), None]:
        end = surrogate.start() if surrogate else len(line)
        repaired, stretch_fixes = _repair_line(line[start:end], offset + start)
        pieces.append(repaired)
        fixes.extend(stretch_fixes)
        if surrogate:
            pieces.append(surrogate.group())
            start = surrogate.end()
    return "".join(pieces), fixes


def _repair_line(line: str, offset: int) -> tuple[str, list[Fix]]:
    """The line with its damage undone, and the fixes at `offset`.

    Damage can come in layers: GB18030 bytes misread as UTF-8 and Latin-1, then the whole file
    read as cp1252 (a user forcing that codec) leaves ftfy's undoing of the outer layer showing
    the inner one. So the repaired line is repaired again until nothing changes; when more
    than one layer came off, each changed stretch is one fix from the line given to its final
    text, naming every method used, so the count and the text agree.
    """
    repaired, fixes = _repair_layer(line)
    if not fixes:
        return line, []
    methods = [fix.method for fix in fixes]
    for _ in range(MAX_REPAIR_LAYERS - 1):
        if not (FTFY_TRIGGER.search(repaired) or len(MISREAD_CHAR.findall(repaired)) >= 2):
            break
        again, inner = _repair_layer(repaired, repaired_before=True)
        if not inner:
            break
        methods += [fix.method for fix in inner]
        repaired = again
    if repaired != apply_fixes(line, fixes):
        method = "+".join(dict.fromkeys(methods))
        fixes = _diff_fixes(line, repaired, 0, method)
    return repaired, [
        Fix(fix.start + offset, fix.end + offset, fix.before, fix.after, fix.method)
        for fix in fixes
    ]


def _repair_layer(line: str, *, repaired_before: bool = False) -> tuple[str, list[Fix]]:
    """One pass of both repairers over a line: the line repaired and its fixes.

    Where the two repairers touch the same stretch, the reading `core.text.plausibility` finds
    likelier wins: ftfy may half-decode legacy bytes that happen to look like UTF-8, and the
    legacy search has no answer for UTF-8 whose no-break spaces a scraper turned into spaces.
    `repaired_before`: the line is an earlier layer's result, so its fixes read deeper still.
    """
    # Imported here, as in the helpers below: clean text, most of what wirediff reads, never
    # reaches a repairer, and start-up should not load them.
    from wirediff.core.text.doubtful_repairs import drop_doubtful
    from wirediff.core.text.legacy_mojibake import legacy_repairs_in_line

    legacy = [
        Fix(repair.start, repair.end, line[repair.start : repair.end], repair.after, repair.method)
        for repair in legacy_repairs_in_line(line)
    ]
    by_ftfy = _ftfy_fixes(line) if FTFY_TRIGGER.search(line) else []
    # Each repairer's weak readings go before the two are weighed: a doubtful legacy reading
    # must not push out ftfy's plain one ("Â¼" is "¼", not "录").
    legacy = drop_doubtful(line, legacy, repaired_before=repaired_before)
    by_ftfy = drop_doubtful(line, by_ftfy, repaired_before=repaired_before)
    fixes = _resolve_overlaps(line, by_ftfy, legacy) if legacy and by_ftfy else legacy or by_ftfy
    fixes = _with_plain_sequences(line, fixes)
    if not fixes:
        return line, []
    return apply_fixes(line, fixes), fixes


# One UTF-8 character read as cp1252 or Latin-1 that ftfy leaves when its cp1252 reading looks
# like punctuation ("Ã…rsta", "Å\N{NO-BREAK SPACE}koda", "LlÅ·n", "â„¢"): a two-byte sequence
# inside a word or a three-byte one.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
_PLAIN_SEQUENCE = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}](?=[A-Za-z])|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
)


def _with_plain_sequences(line: str, fixes: list[Fix]) -> list[Fix]:
    """`fixes`, and a fix for each plain misread UTF-8 character no fix covers.

    >>> [f.after for f in _with_plain_sequences("Ã…rsta, LlÅ·n, Å\N{NO-BREAK SPACE}koda, â„¢", [])]
    ['Å', 'ŷ', 'Š', '™']
    >>> _with_plain_sequences("Cwmni Â Chyfalaf, 2 × ¼ cup", [])
    []
    """
    from wirediff.core.text.doubtful_repairs import script_of
    from wirediff.core.text.misread_bytes import rebuild_bytes

    found = []
    for match in _PLAIN_SEQUENCE.finditer(line):
        data = rebuild_bytes(match.group(), utf8_rest=False)
        if data is None:
            continue
        try:
            char = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        two_byte = len(data) == 2
        if two_byte and not (char.isalpha() and script_of(char) == "LATIN"):
            continue
        if not two_byte and (char.isalnum() or not char.isprintable()):
            continue
        if any(fix.start < match.end() and match.start() < fix.end for fix in fixes):
            continue
        found.append(Fix(match.start(), match.end(), match.group(), char, "utf8-as-cp1252"))
    if not found:
        return fixes
    return sorted([*fixes, *found], key=lambda fix: fix.start)


def _ftfy_fixes(line: str) -> list[Fix]:
    """ftfy's repairs of one line, repeated until they settle (UTF-8 misread twice in a line
    of mixed damage is undone one layer per pass)."""
    # Imported on first use: ftfy takes a third of the command's start-up, and clean text,
    # most of what wirediff reads, never gets here.
    import ftfy

    from wirediff.core.text.ftfy_config import ENCODING_ONLY

    text = line
    steps: list[tuple[str, str]] = []
    for _ in range(MAX_FTFY_PASSES):
        fixed = ftfy.fix_and_explain(text, config=ENCODING_ONLY)
        if fixed.text == text:
            break
        settled = False
        # Replayed step by step, so a doubtful last step ("„×“" read once more into "„ד") is
        # dropped while the plain undoing before it is kept.
        for group in _step_groups(
            [(action, argument) for action, argument in fixed.explanation or []]
        ):
            after = ftfy.apply_plan(text, group)
            changes = _diff_fixes(text, after, 0, "")
            kept = _guarded(text, changes)
            if kept == changes:
                # One step may take a Welsh "Â" for a no-break space and read "×“" as "ד" a
                # character apart ("Â „×“"): merged into one change, neither guard sees its
                # case, so such a step is guarded change by change.
                pieces = _diff_fixes(text, after, 0, "", merge=False)
                if len(pieces) > len(changes) and any(
                    _is_real_capital(text, piece) for piece in pieces
                ):
                    changes, kept = pieces, _guarded(text, pieces)
            if kept != changes:
                text = apply_fixes(text, kept)
                steps.extend(group)
                settled = True
                break
            text = after
            steps.extend(group)
        if settled:
            break
    if text == line:
        return []
    method = _ftfy_method(steps)
    return _diff_fixes(line, text, 0, method)


def _guarded(text: str, fixes: list[Fix]) -> list[Fix]:
    """`fixes` without the doubtful ones (`core.text.doubtful_repairs`) and with a real "Â"
    kept where ftfy would drop it."""
    from wirediff.core.text.doubtful_repairs import drop_doubtful

    kept = []
    for fix in drop_doubtful(text, fixes):
        if _is_real_capital(text, fix):
            continue
        kept.append(_keep_welsh_capital(text, fix))
    return kept


def _step_groups(plan: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """ftfy's plan cut into steps that each take text to text (an encode, what it does to the
    bytes, and its decode)."""
    groups: list[list[tuple[str, str]]] = []
    pending: list[tuple[str, str]] = []
    in_bytes = False
    for step in plan:
        pending.append(step)
        in_bytes = (in_bytes or step[0] == "encode") and step[0] != "decode"
        if not in_bytes:
            groups.append(pending)
            pending = []
    if pending:
        groups.append(pending)
    return groups


def _resolve_overlaps(line: str, first: list[Fix], second: list[Fix]) -> list[Fix]:
    """Both lists of fixes, where they overlap only the likelier group's (the first on a tie)."""
    tagged = sorted(
        [(fix, 0) for fix in first] + [(fix, 1) for fix in second], key=_start_of_tagged
    )
    kept: list[Fix] = []
    group: list[tuple[Fix, int]] = []
    group_end = -1
    for fix, source in [*tagged, (Fix(len(line) + 1, len(line) + 1, "", "", ""), 2)]:
        if group and fix.start >= group_end:
            kept.extend(_likelier(line, group))
            group = []
        group.append((fix, source))
        group_end = max(group_end, fix.end) if len(group) > 1 else fix.end
    return kept


def _likelier(line: str, group: list[tuple[Fix, int]]) -> list[Fix]:
    from wirediff.core.text.plausibility import best_cost

    sources = {source for _, source in group}
    if len(sources) == 1:
        return [fix for fix, _ in group]
    # Each reading is weighed with the rest of the words it touches: "×\u00a0" undone once more
    # into the Hebrew "נ" looks fine alone and wrong glued to "council".
    start = _word_start(line, min(fix.start for fix, _ in group))
    end = _word_end(line, max(fix.end for fix, _ in group))
    options = []
    for wanted in sources:
        fixes = [fix for fix, source in group if source == wanted]
        shifted = [
            Fix(fix.start - start, fix.end - start, fix.before, fix.after, "") for fix in fixes
        ]
        options.append((best_cost(apply_fixes(line[start:end], shifted))[0], wanted, fixes))
    return min(options, key=lambda option: (option[0], option[1]))[2]


# How far a group of fixes is widened to the words it touches: a word, not a line of
# run-together text, so the weighing stays linear in the line's length.
CONTEXT_CHARS = 32


def _word_start(line: str, position: int) -> int:
    """Where the word holding `position` starts (at most `CONTEXT_CHARS` back).

    >>> _word_start("the council", 6)
    4
    """
    limit = max(0, position - CONTEXT_CHARS)
    while position > limit and line[position - 1].isalnum():
        position -= 1
    return position


def _word_end(line: str, position: int) -> int:
    """Where the word holding `position` ends (at most `CONTEXT_CHARS` on).

    >>> _word_end("x council, y", 2)
    9
    """
    limit = min(len(line), position + CONTEXT_CHARS)
    while position < limit and line[position].isalnum():
        position += 1
    return position


def _start_of_tagged(tagged: tuple[Fix, int]) -> int:
    return tagged[0].start


def _is_real_capital(line: str, fix: Fix) -> bool:
    """Whether a fix would drop a real "Â" before a space or no-break space.

    "Â" + U+00A0 is how a UTF-8 no-break space looks in cp1252, and ftfy removes the "Â"; but
    in "MISUTÂ\N{NO-BREAK SPACE}AJIKKO" or "ROMÂ\N{NO-BREAK SPACE}..." the capital belongs to the
    word before it, and in Welsh "Buddsoddi Â Chyfalaf" it is a word of its own.
    """
    if (
        fix.before.rstrip(" ") != "Â"
        or line[fix.start + 1 : fix.start + 2] not in " \N{NO-BREAK SPACE}"
    ):
        return False
    before = line[fix.start - 1 : fix.start]
    after = line[fix.start + 2 : fix.start + 3]
    if before in ("", " ") and after and not after.isspace():
        return True  # "Â" as a word of its own: Welsh "â" (with, and), "Buddsoddi Â Chyfalaf"
    return bool(fix.after == "" and before.isupper() and (not after or after.isupper()))


def _keep_welsh_capital(line: str, fix: Fix) -> Fix:
    """`fix`, or its plain reading where ftfy took a misread "Â" standing as a word for a
    misread no-break space ("Buddsoddi Ã‚ Chyfalaf" is "Buddsoddi Â Chyfalaf").

    >>> line = "Buddsoddi Ã‚ Chyfalaf"
    >>> _keep_welsh_capital(line, Fix(10, 13, "Ã‚ ", "\N{NO-BREAK SPACE}", "m")).after
    'Â '
    """
    if fix.before[:2] not in ("Ã‚", "Ã\x82") or fix.before[2:3] not in (" ", "\N{NO-BREAK SPACE}"):
        return fix
    if fix.after[:1] not in (" ", "\N{NO-BREAK SPACE}"):
        return fix
    before = line[fix.start - 1 : fix.start]
    after = line[fix.start + 3 : fix.start + 4]
    if before in ("", " ") and after and not after.isspace():
        plain = "Â" + fix.before[2] + fix.after[1:]
        return Fix(fix.start, fix.end, fix.before, plain, fix.method)
    return fix


def _ftfy_method(explanation: list[tuple[str, str]]) -> str:
    """A readable name for ftfy's steps, e.g. "ftfy:utf8-as-cp1252"."""
    names = []
    encoded = ""
    for action, argument in explanation:
        if action == "encode":
            encoded = _CODEC_NAMES.get(argument, argument)
        elif action == "decode":
            names.append(f"{_CODEC_NAMES.get(argument, argument)}-as-{encoded or '?'}")
            encoded = ""
        else:
            names.append(_CODEC_NAMES.get(argument, argument))
    return "ftfy:" + "+".join(names or ["unexplained"])


def _diff_fixes(
    before: str, after: str, offset: int, method: str, *, merge: bool = True
) -> list[Fix]:
    """The changed stretches between two versions of a line, as fixes at `offset`.

    Changes separated by at most three unchanged characters of one word are one fix (unless
    `merge` is false), so a word with two broken letters is reported once.

    Repairs rewrite non-ASCII text and never touch ASCII letters and digits, so both versions
    are cut at the same runs of those (when their sequences agree) and only the stretches
    between are diffed character by character: linear in the line's length, where one
    character diff of a 20,000-character line took half a minute. A stretch longer than
    `DIFF_LIMIT_CHARS` becomes one fix.

    >>> [(f.start, f.before, f.after) for f in _diff_fixes("cafÃ© x rÃ©sumÃ©", "café x résumé", 0, "")]
    [(3, 'Ã©', 'é'), (9, 'Ã©sumÃ©', 'ésumé')]
    """  # noqa: E501
    spans: list[tuple[int, int, int, int]] = []
    for old_start, old_end, new_start, new_end in _unanchored_stretches(before, after):
        for span in _changed_spans(before[old_start:old_end], after[new_start:new_end]):
            spans.append(
                (old_start + span[0], old_start + span[1], new_start + span[2], new_start + span[3])
            )
    merged: list[tuple[int, int, int, int]] = []
    for span in spans:
        if merged:
            last = merged[-1]
            gap = before[last[1] : span[0]]
            if merge and len(gap) <= 3 and not any(char.isspace() for char in gap):
                merged[-1] = (last[0], span[1], last[2], span[3])
                continue
        merged.append(span)
    return [
        Fix(
            offset + old_start,
            offset + old_end,
            before[old_start:old_end],
            after[new_start:new_end],
            method,
        )
        for old_start, old_end, new_start, new_end in merged
    ]


_ANCHOR = re.compile("[A-Za-z0-9]+")


def _unanchored_stretches(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """(old start, old end, new start, new end) of the stretches between the runs of ASCII
    letters and digits both versions share in the same order; the whole lines when they do
    not share them exactly."""
    old_anchors = list(_ANCHOR.finditer(before))
    new_anchors = list(_ANCHOR.finditer(after))
    if [m.group() for m in old_anchors] != [m.group() for m in new_anchors]:
        return [(0, len(before), 0, len(after))]
    stretches = []
    old_position = new_position = 0
    for old_anchor, new_anchor in [*zip(old_anchors, new_anchors, strict=True), (None, None)]:
        old_stop = old_anchor.start() if old_anchor else len(before)
        new_stop = new_anchor.start() if new_anchor else len(after)
        if before[old_position:old_stop] != after[new_position:new_stop]:
            stretches.append((old_position, old_stop, new_position, new_stop))
        if old_anchor and new_anchor:
            old_position, new_position = old_anchor.end(), new_anchor.end()
    return stretches


def _changed_spans(before: str, after: str) -> list[tuple[int, int, int, int]]:
    """The changed spans between two short stretches (common ends trimmed, then difflib)."""
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    old_middle = before[prefix : len(before) - suffix]
    new_middle = after[prefix : len(after) - suffix]
    if max(len(old_middle), len(new_middle)) > DIFF_LIMIT_CHARS:
        return [(prefix, prefix + len(old_middle), prefix, prefix + len(new_middle))]
    # Imported here: only a repaired line gets this far, and start-up should not pay for it.
    import difflib

    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    return [
        (prefix + old_start, prefix + old_end, prefix + new_start, prefix + new_end)
        for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes()
        if tag != "equal"
    ]
