"""A webhook endpoint: verify each delivery's signature, parse it into its typed event, act on it.

The whole round trip in one command, from the repository root: the receiver tells a throwaway
sandbox where it listens, has it play a short session, and prints the six events it receives.

    python -m sandbox.run -- python examples/webhook_receiver.py --port 0 --demo

As a long-running endpoint beside a sandbox (two terminals):

    WHEREBY_WEBHOOK_SECRET=sandbox-webhook-secret python examples/webhook_receiver.py --port 8001
    python -m sandbox --webhook-url http://127.0.0.1:8001/whereby

then make something happen: `curl -X POST localhost:8080/_sandbox/sessions -d '{"participants": 2}'`.
In production, serve the same handler behind HTTPS at the URL configured in the Whereby dashboard,
with that endpoint's signing secret. It uses only the standard library's HTTP server to stay short;
the three lines that matter are the same in any framework: read the raw body, `construct_event`,
reply 2xx quickly (Whereby retries a 5xx or a reply slower than 5 s).
"""

from __future__ import annotations

import argparse
import os
import secrets as random_secrets
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from whereby_v1.models import RecordingFinishedEvent, RoomClientJoinedEvent, TranscriptionFinishedEvent
from whereby_v1.overlay import webhooks

seen_ids: set[str] = set()  # deliveries may repeat: an event's id says whether it was handled


def handle(event: webhooks.Event) -> str:
    """What this app does with each event; here, a line describing it."""
    if isinstance(event, RoomClientJoinedEvent):
        return f"{event.data.display_name} joined {event.data.room_name} ({event.data.num_clients} in the room)"
    if isinstance(event, RecordingFinishedEvent):
        return f"recording {event.data.recording_id} of {event.data.room_name} is ready"
    if isinstance(event, TranscriptionFinishedEvent):
        return f"transcript {event.data.transcription_id} is ready"
    return f"{event.type_} for {getattr(event.data, 'room_name', '?')}"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("--port", type=int, default=8001, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--max-events", type=int, default=None, help="exit after this many events")
    parser.add_argument("--demo", action="store_true", help="have the sandbox (WHEREBY_SANDBOX_URL) play a session")
    args = parser.parse_args()
    secrets = [s for s in os.environ.get("WHEREBY_WEBHOOK_SECRET", "").split(",") if s]
    if args.demo:
        secrets = [random_secrets.token_hex(16)]  # the demo hands the sandbox a fresh secret
    if not secrets:
        print("error: set WHEREBY_WEBHOOK_SECRET (several, comma-separated, while rotating)", file=sys.stderr)
        return 2
    handled = 0

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            nonlocal handled
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                event = webhooks.construct_event(body, self.headers.get(webhooks.SIGNATURE_HEADER), secrets)
            except webhooks.WebhookError as exc:
                print(f"refused: {exc}", flush=True)
                self.send_response(400)
                self.end_headers()
                return
            self.send_response(204)
            self.end_headers()
            if event.id in seen_ids:
                print(f"duplicate {event.id} ignored", flush=True)
                return
            seen_ids.add(event.id)
            print(handle(event), flush=True)
            handled += 1

        def log_message(self, format: str, *args: object) -> None:  # one line per event is enough
            pass

    server = HTTPServer(("127.0.0.1", args.port), Endpoint)
    url = f"http://127.0.0.1:{server.server_address[1]}/whereby"
    print(f"receiver listening on {url}", flush=True)
    if args.demo:
        args.max_events = demo(url, secrets[0])
    try:
        while args.max_events is None or handled < args.max_events:
            server.handle_request()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


# -- Demo only ------------------------------------------------------------------------------------
def demo(url: str, secret: str) -> int:
    """Point the sandbox's webhooks here and have it play a session; returns how many events follow."""
    import httpx

    admin = os.environ.get("WHEREBY_SANDBOX_URL")
    if not admin:
        raise SystemExit("error: --demo needs a sandbox: python -m sandbox.run -- python examples/webhook_receiver.py")
    httpx.put(f"{admin}/_sandbox/webhooks", json={"url": url, "secret": secret}).raise_for_status()
    httpx.post(f"{admin}/_sandbox/sessions", json={"roomName": "/demo-room", "participants": 2}).raise_for_status()
    return 6  # session started, two joins, two leaves, session ended


# --------------------------------------------------------------------------------------------------

if __name__ == "__main__":
    sys.exit(main())
