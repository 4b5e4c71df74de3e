"""The /admin page: three static files (HTML, JS, CSS) from ``admin/page/``, nothing from
another host, sent with a Content-Security-Policy that allows only this server's own
scripts and styles (the page builds every element with textContent, never innerHTML)."""

from __future__ import annotations

from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

__all__ = ["CSP", "AdminPage"]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class AdminPage(StaticFiles):
    def __init__(self) -> None:
        super().__init__(packages=[("admin", "page")], html=True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_policy(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      (b"content-security-policy", CSP.encode()),
                                      (b"x-content-type-options", b"nosniff"),
                                      (b"cache-control", b"no-cache")]
            await send(message)
        await super().__call__(scope, receive, send_with_policy)
