"""Formats a story arrives in, read as the story a reader sees: the text, its metadata, and
what the page around it held.

The one public entry is `core.formats.read.read_story`:

    read_story(raw: bytes, *, name: str | None = None, content_type: str | None = None,
               encoding: str | None = None) -> Story

`raw` is the file's (or the HTTP response's) bytes; `name` a file name or URL, used for its
extension only as a hint; `content_type` a declared MIME type (an HTTP `Content-Type` header,
charset included); `encoding` a codec the user forced. It detects the format by content first
(`core.formats.detect`), reads it, and returns a `Story` (`core.formats.story`): the story
text before mojibake repair (paragraphs separated by blank lines), its `StoryMeta` (title,
byline, date, site, url, format), `set_aside` (the page furniture the reader left out, in page
order), the encoding used, and `notices` for the user. Bad input raises `core.errors.InputError`
subclasses with one line for the user. `core.compare.load_document` calls it, so the command
line, the window and anything that fetches pages read every format the same way.

Imports the standard library, `core.errors`, `core.result`, `core.text` and the format
libraries (each imported on first use, so plain text never loads them); never Qt or `gui`.
"""
