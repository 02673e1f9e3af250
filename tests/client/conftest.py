"""Fixtures for the generated-client tests: a real loopback HTTP server and the contract itself."""

import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    target: str  # the request target exactly as it arrived on the wire, not decoded
    headers: dict[str, str]  # names lower-cased
    body: bytes


@dataclass(frozen=True)
class QueuedReply:
    status: int
    body: bytes
    content_type: str | None


class RecordingServer:
    """Records every request and answers each with the next reply a test queued."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._replies: deque[QueuedReply] = deque()
        self.requests: list[RecordedRequest] = []
        self.base_url = ""

    def reply_with(self, status: int, body: bytes = b"", content_type: str | None = None) -> None:
        with self._lock:
            self._replies.append(QueuedReply(status, body, content_type))

    def reset(self) -> None:
        with self._lock:
            self._replies.clear()
            self.requests.clear()

    def _record(self, request: RecordedRequest) -> QueuedReply:
        with self._lock:
            self.requests.append(request)
            if self._replies:
                return self._replies.popleft()
        return QueuedReply(500, b"no reply queued by the test", "text/plain")


def _handler_for(recorder: RecordingServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _read_body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks = []
                while size := int(self.rfile.readline().split(b";")[0], 16):
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
                self.rfile.readline()
                return b"".join(chunks)
            return self.rfile.read(int(self.headers.get("Content-Length", 0)))

        def _handle(self) -> None:
            request = RecordedRequest(
                method=self.command,
                target=self.path,
                headers={name.lower(): value for name, value in self.headers.items()},
                body=self._read_body(),
            )
            reply = recorder._record(request)
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            if reply.status not in (204, 304):
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if reply.status not in (204, 304):
                self.wfile.write(reply.body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture(scope="session")
def _running_server():
    recorder = RecordingServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(recorder))
    recorder.base_url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="recording-http-server", daemon=True
    )
    thread.start()
    try:
        yield recorder
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def http_server(_running_server: RecordingServer) -> RecordingServer:
    """The shared loopback server, with no recorded requests and no queued replies."""
    _running_server.reset()
    return _running_server


@pytest.fixture(scope="session")
def spec(spec_data: dict[str, Any]) -> dict[str, Any]:
    """openapi.yaml as plain data (here `spec` is the data, not the generator's Spec object)."""
    return spec_data
