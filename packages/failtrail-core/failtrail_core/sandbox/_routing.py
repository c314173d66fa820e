"""Method and path-template dispatch, and the exception a handler raises to answer early."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote

import httpx

Handler = Callable[[httpx.Request, dict[str, str]], httpx.Response]


class Refused(Exception):
    """Raised anywhere under :meth:`Sandbox.route` to answer with ``response`` instead (auth, validation)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


class Router:
    """Method + path-template dispatch (``/zones/{zoneId}/x``), telling 404 from 405."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(template))
        self._routes.append((method.upper(), re.compile(f"^{pattern}$"), handler))

    def match(self, request: httpx.Request) -> tuple[Handler, dict[str, str]] | list[str]:
        """The handler and decoded path parameters, or the methods the path allows (empty: 404)."""
        allowed: list[str] = []
        path = request.url.raw_path.split(b"?")[0].decode("ascii", "replace")  # raw: "%2F" stays in its segment
        for method, pattern, handler in self._routes:
            found = pattern.match(path)
            if found is None:
                continue
            if method == request.method or (method, request.method) == ("GET", "HEAD"):
                return handler, {k: unquote(v) for k, v in found.groupdict().items()}
            allowed.append(method)
        return allowed
