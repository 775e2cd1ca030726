"""A small web server on 127.0.0.1 for the web-source tests: no test touches the internet.

Runs the standard library's threading HTTP server in a thread. Each path answers with an
`Answer` (a list of them answers successive requests in turn, the last one repeating) or with a
function that writes the raw answer itself (slow, broken, or not HTTP at all). It records every
request and the most requests it ever had in flight at once, which is how the tests see that
the archive client asks one thing at a time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HTML = "text/html; charset=utf-8"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # the server thinks this long before answering


Route = Answer | list[Answer] | Callable[[BaseHTTPRequestHandler], None]


def page(*paragraphs: str, title: str = "Story") -> bytes:
    """A small HTML page holding these paragraphs."""
    body = "".join(f"<p>{text}</p>\n" for text in paragraphs)
    return f"<html><head><title>{title}</title></head><body>\n{body}</body></html>\n".encode()


class WebServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.request_headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.release = threading.Event()  # lets handlers that wait return at teardown
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._handle(self)

            def log_message(self, *_args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def hits(self, path: str) -> int:
        """How many requests asked for `path` (without its query)."""
        return sum(1 for request in self.requests if urlsplit(request).path == path)

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(handler.path)
            self.request_headers.append(dict(handler.headers.items()))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        finished = threading.Event()

        def finish() -> None:
            # Counted as finished just before the body's last bytes go out: once they are read,
            # a client may send its next request before this thread runs again, and counting
            # that as two at once would blame a client that waited its turn.
            if not finished.is_set():
                finished.set()
                with self._lock:
                    self.in_flight -= 1

        try:
            # A proxy is asked for the whole address; anything else for a path.
            path = urlsplit(handler.path).path
            route = self.routes.get(path)
            if route is None:
                self._write(handler, Answer(404, b"<p>Not here</p>"), finish)
            elif callable(route):
                route(handler)
            elif isinstance(route, list):
                answer = route.pop(0) if len(route) > 1 else route[0]
                self._write(handler, answer, finish)
            else:
                self._write(handler, route, finish)
        finally:
            finish()

    def _write(
        self, handler: BaseHTTPRequestHandler, answer: Answer, finish: Callable[[], None]
    ) -> None:
        if answer.delay_s:
            time.sleep(answer.delay_s)
        handler.send_response(answer.status)
        if answer.content_type is not None:
            handler.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers.items():
            handler.send_header(name, value)
        if "Content-Length" not in answer.headers:
            handler.send_header("Content-Length", str(len(answer.body)))
        handler.end_headers()
        finish()
        handler.wfile.write(answer.body)

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()


def cdx_answer(rows: list[tuple[str, str, str, str, str]]) -> bytes:
    """A CDX JSON answer from (timestamp, original, mimetype, statuscode, digest) rows."""
    import json

    header = ["timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    return json.dumps([header, *[[*row, "100"] for row in rows]]).encode()
