"""A checked shop (`botcore.shop.editing.Draft`) made ready to serve: its templates,
keyword rules and matching rules compiled into an `Engine`, or the edit rejected.

An edit is accepted only if this succeeds, so what is saved can always be served.
"""

from __future__ import annotations

from botcore.errors import EditRejected, ScriptError
from botcore.shop.editing import Draft
from engine.pipeline import Engine

__all__ = ["ready"]


def ready(draft: Draft, source: str = "这次修改") -> Engine:
    """The engine of ``draft``; `EditRejected` naming the broken template or rule."""
    try:
        return Engine(draft.shop, source=source)
    except ScriptError as e:
        message = str(e)
        if e.field and message.startswith(source):  # the field is named beside it: drop "这次修改 的 replies: "
            message = message.partition(": ")[2] or message
        raise EditRejected([(e.field or "(话术)", e.code, message)]) from e
