"""The root of every exception this package raises, and the generated functions' own error.

`WherebyError` lives here, in the lowest layer, so that the generated functions, the overlay
and the resource client all raise under one root (the whole tree is drawn in
`whereby_v1.overlay.errors`).
"""


class WherebyError(Exception):
    """Base class of every exception this package raises on purpose."""


class UnexpectedStatus(WherebyError):
    """A status the contract does not document, raised by the generated functions when
    `Client.raise_on_unexpected_status` is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus", "WherebyError"]
