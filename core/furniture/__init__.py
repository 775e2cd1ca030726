"""Page furniture: which paragraphs of a version are the story and which are the page around it.

Site names, skip links, share buttons, photo captions, comment counts, reply forms, rules and
boxes of other stories travel with a story copied from a web page. This stage marks them, each
with a reason a user can read, so the comparison can fold them away and leave them out of its
counts. `phrases` holds the interface words (data), `evidence` reads one paragraph, `classify`
combines text, position and the other versions.

Imports the standard library, `core.result` and `core.segment`; never Qt.
"""
