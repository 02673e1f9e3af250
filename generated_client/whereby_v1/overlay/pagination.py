"""The pager behind the generated `iterate` and `aiterate`, for code that imported it from here.

It lives in the generated `whereby_v1._pagination` (the generated functions must not depend on
the overlay); this module re-exports it.
"""

from .._pagination import AsyncFetch, Fetch, Parse, aiterate, check_cap, iterate, read_page, start

__all__ = ["AsyncFetch", "Fetch", "Parse", "aiterate", "check_cap", "iterate", "read_page", "start"]
