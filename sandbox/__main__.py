"""`python -m sandbox`: serve the v1 contract on loopback until Ctrl-C.

The first line printed is `sandbox listening on <base URL>`, after the socket is bound, so a
test or script can start it with `--port 0` and read where it landed.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .app import DEV_TOKEN, DroppedConnection, SandboxConfig, create_app
from .contract import DEFAULT_SPEC, RequestInvalid
from .faults import FaultSettings, check
from .launcher import BANNER
from .webhooks import WEBHOOK_DEV_SECRET


class _QuietDrops(logging.Filter):
    """Dropped connections are injected on purpose; they are not server errors worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


def _fault(name: str, parse: Callable[[str], float]) -> Callable[[str], Any]:
    """A flag's value, checked by the same rule as the admin API's fault setting `name`."""

    def convert(text: str) -> Any:
        try:
            return check(name, parse(text))
        except RequestInvalid as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    convert.__name__ = parse.__name__  # what argparse calls the type when `parse` itself refuses
    return convert


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m sandbox", description="Local server for the Whereby v1 contract.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port to bind; 0 picks a free one (default 8080)")
    p.add_argument("--token", action="append", default=[], help="an accepted API key; repeat for more keys")
    p.add_argument("--budget", type=int, default=1000, help="points per window for the organisation (default 1000)")
    p.add_argument("--window", type=float, default=60.0, help="window length in seconds (default 60)")
    p.add_argument("--window-kind", choices=("fixed", "sliding"), default="fixed")
    p.add_argument("--seed", type=int, default=None, help="seed for the data set and the faults")
    p.add_argument("--processing-delay", type=float, default=2.0, help="seconds until transcripts/summaries are ready")
    p.add_argument("--reset-format", choices=("iso", "http-date", "epoch"), default="iso")
    p.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the contract to serve")
    faults = p.add_argument_group("faults")
    faults.add_argument(
        "--error-rate", type=_fault("error_rate", float), default=0.0, help="share of 500/502/503 replies"
    )
    faults.add_argument(
        "--drop-before-rate",
        type=_fault("drop_before_rate", float),
        default=0.0,
        help="share of connections dropped unprocessed",
    )
    faults.add_argument(
        "--drop-after-rate", type=_fault("drop_after_rate", float), default=0.0, help="share dropped after processing"
    )
    faults.add_argument("--slow-rate", type=_fault("slow_rate", float), default=0.0, help="share of slow replies")
    faults.add_argument("--slow-ms", type=_fault("slow_ms", int), default=0, help="delay of a slow reply")
    faults.add_argument(
        "--storm-rate", type=_fault("storm_rate", float), default=0.0, help="share of 429s regardless of the budget"
    )
    faults.add_argument("--text-429", action="store_true", help="429 bodies as text/plain, as a proxy sends")
    faults.add_argument("--future", action="store_true", help="replies carry fields and values from a newer v1.x")
    faults.add_argument(
        "--deprecated",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="answer with Deprecation/Sunset headers",
    )
    hooks = p.add_argument_group("webhooks")
    hooks.add_argument("--webhook-url", default=None, help="post signed webhook events to this URL")
    hooks.add_argument(
        "--webhook-secret", default=None, help=f"signing secret for the events (default {WEBHOOK_DEV_SECRET!r})"
    )
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    import uvicorn

    if args.budget < 1 or not math.isfinite(args.window) or args.window <= 0:
        print("error: --budget must be at least 1 and --window positive (a finite number of seconds)", file=sys.stderr)
        return 2
    if not 0 <= args.processing_delay < math.inf:  # NaN compares false: refused as well
        print("error: --processing-delay must be a finite number of seconds, 0 or more", file=sys.stderr)
        return 2
    settings = FaultSettings(
        error_rate=args.error_rate,
        drop_before_rate=args.drop_before_rate,
        drop_after_rate=args.drop_after_rate,
        slow_rate=args.slow_rate,
        slow_ms=args.slow_ms,
        storm_rate=args.storm_rate,
        text_429=args.text_429,
        future=args.future,
    )
    tokens = tuple(args.token) or (DEV_TOKEN,)
    config = SandboxConfig(
        tokens=tokens,
        budget=args.budget,
        window=args.window,
        window_kind=args.window_kind,
        seed=args.seed,
        processing_delay=args.processing_delay,
        reset_format=args.reset_format,
        faults=settings,
        spec=args.spec,
        deprecated=tuple(args.deprecated),
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
    )
    try:
        app = create_app(config)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot load the contract {args.spec}: {exc}", file=sys.stderr)
        return 2

    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only for such sockets,
    # and without it every reply waits on Nagle's algorithm (about 40 ms on loopback).
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 2
    # Listen before saying so: whoever reads the line may connect at once, and is queued until served.
    sock.listen(2048)
    host, port = sock.getsockname()[:2]
    base = f"http://{host}:{port}{app.sandbox.contract.base_path}"
    print(f"{BANNER}{base}", flush=True)  # what the launcher reads
    print(f"  API keys: {', '.join(tokens)}", flush=True)
    print(
        f"  budget: {args.budget} points per {args.window:g}s ({args.window_kind} window); admin API at "
        f"http://{host}:{port}/_sandbox/",
        flush=True,
    )
    if args.webhook_url:
        secret = "the one given" if args.webhook_secret else repr(WEBHOOK_DEV_SECRET)
        print(f"  webhooks: signed events to {args.webhook_url} (secret: {secret})", flush=True)
    logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level, access_log=False, lifespan="off"))
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
