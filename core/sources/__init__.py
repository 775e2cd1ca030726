"""Where versions of a story live on the web: live pages, the Wayback Machine, WARC files.

`fetch` reads a page over HTTP, `wayback` lists and fetches a page's captures from a CDX
archive, `warc` reads web archive files, `store` keeps every version fetched in a local
SQLite history and `capture` is the record they all return. Pure Python: may import `core`,
httpx, warcio, platformdirs and the standard library; never Qt or `wirediff.gui`.
"""
