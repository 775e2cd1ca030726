"""The characters a misreading leaves in text, shared by the repair stage's line filter and the
legacy repairer (`core.text.repair`, `core.text.legacy_mojibake`).

Kept apart from both so that `core.text.repair` can ask whether a line needs a repairer
without loading the repairers: most text is clean and never does.

Imports the standard library only.
"""

from __future__ import annotations

import re

# A line is worth a look only with two characters a misreading produces (Latin-1 letters and
# symbols, C1 controls, cp1252's letters); typographic quotes and dashes alone never trigger.
MISREAD_CHAR = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]")
