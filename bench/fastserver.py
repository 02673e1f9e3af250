"""A server that answers every request at once, for the overhead scenario.

`python -m bench.fastserver --limit N` prints `listening on http://127.0.0.1:PORT/v1` and answers
every GET with an empty meeting page and X-RateLimit headers saying the whole budget is left,
so a paced client never has a reason to wait. It runs in its own process so that the client's
`time.process_time()` counts the client alone.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = b'{"results": [], "cursor": null}'


def make_handler(limit: int) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real API
        disable_nagle_algorithm = True  # headers and body in separate writes must not wait for an ACK

        def do_GET(self) -> None:
            reset = (datetime.now(UTC) + timedelta(seconds=60)).isoformat(timespec="milliseconds")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(BODY)))
            self.send_header("X-RateLimit-Limit", str(limit))
            self.send_header("X-RateLimit-Remaining", str(limit))
            self.send_header("X-RateLimit-Reset", reset.replace("+00:00", "Z"))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fastserver")
    parser.add_argument("--limit", type=int, default=1_000_000_000)
    args = parser.parse_args(argv)
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(args.limit))
    host, port = server.server_address[:2]
    print(f"listening on http://{host!s}:{port}/v1", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
