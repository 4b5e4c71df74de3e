"""The errors xiaoer raises, as one small hierarchy.

    XiaoerError                 anything xiaoer raises on purpose
    ├── ShopError               a shop file that cannot be served
    │   ├── ShopFileError       the file is missing, unreadable or not YAML
    │   └── ShopValidationError the YAML is read but a field is wrong
    ├── ScriptError             a reply template or a matcher's data is broken
    ├── SettingsError           a server setting (flag or XIAOER_... variable) is wrong
    ├── StateConflict           a stored record changed under an update (retry it)
    ├── EditRejected            an edit of a shop that cannot be served, field by field
    └── Refused                 a request that cannot be done as asked (a stable ``code``)
        ├── InputError          what was sent cannot be taken (a message, an event, a body)
        ├── NotFound            it names something that is not there (a revision)
        ├── EditConflict        the shop changed since the revision an edit is based on
        ├── RevisionRequired    an edit that does not say which revision it is based on
        ├── RateLimited         too many messages in a minute
        ├── Busy                other requests kept changing the same record: send again
        └── StateUnavailable    the state store cannot be reached or written: send again soon

Every message says what is wrong, where (field, value, file) and how to fix it, in
Chinese, because shop owners read them. The original exception is kept as ``__cause__``.
These are domain errors: the HTTP edge maps each class to a status in one place
(`serving.httpapi.STATUS`).
"""

from __future__ import annotations

__all__ = [
    "Busy",
    "EditConflict",
    "EditRejected",
    "InputError",
    "NotFound",
    "RateLimited",
    "Refused",
    "RevisionRequired",
    "ScriptError",
    "SettingsError",
    "ShopError",
    "ShopFileError",
    "ShopValidationError",
    "StateConflict",
    "StateUnavailable",
    "XiaoerError",
]


class XiaoerError(Exception):
    """Base class of every error xiaoer raises on purpose."""


class ShopError(XiaoerError):
    """A shop file that cannot be served."""


class ShopFileError(ShopError):
    """The shop file is missing, unreadable or not valid YAML."""


class ShopValidationError(ShopError):
    """The shop file was read, but one or more fields are wrong.

    ``problems`` holds one ``(field, message)`` pair per problem, in file order, and
    ``codes`` a stable error code for each (``unknown_field``, ``size_chart_overlap`` ...).
    """

    def __init__(self, path: str, problems: list[tuple[str, str]], codes: list[str] | None = None,
                 places: list[str] | None = None) -> None:
        self.path = path
        self.problems = problems
        self.codes = codes or ["invalid_value"] * len(problems)
        # ``places`` say where each problem is as an owner finds it (第 2 个商品「puer」的 id); the
        # fields stay the paths programs map to inputs (products[1].id)
        said = places or [field for field, _ in problems]
        lines = [f"店铺文件 {path} 有 {len(problems)} 处需要修改:"]
        lines += [f"  - {place}: {message}" for place, (_, message) in zip(said, problems, strict=True)]
        super().__init__("\n".join(lines))


class ScriptError(XiaoerError):
    """A reply template, keyword rule or pattern that cannot be compiled.

    ``code`` is stable for programs (``unknown_placeholder``, ``empty_template`` ...);
    ``field`` is where in the shop the broken text is (``replies.sizing.recommend[0]``),
    empty for the bundled scripts.
    """

    def __init__(self, message: str, code: str = "invalid_script", field: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.field = field


class SettingsError(XiaoerError):
    """A server setting (a ``xiaoer serve`` flag or an ``XIAOER_...`` variable) is wrong."""


class StateConflict(XiaoerError):
    """Another process changed a conversation's record while this one was answering;
    the update was not written and should be done again."""


class Refused(XiaoerError):
    """A request that cannot be done as asked. ``code`` is stable for programs
    (``empty_text``, ``unknown_revision`` ...); the message says what to do instead."""

    default_code = "refused"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code or self.default_code


class InputError(Refused):
    """A message, event or request body that cannot be taken (wrong type, empty, unknown name ...)."""

    default_code = "invalid_request"


class NotFound(Refused):
    """The request names something that is not there (a revision, a product)."""

    default_code = "not_found"


class EditConflict(Refused):
    """The shop was changed since the revision an edit is based on; nothing was overwritten."""

    default_code = "revision_conflict"


class RevisionRequired(Refused):
    """An edit that does not say which revision it is based on (no If-Match)."""

    default_code = "if_match_required"


class RateLimited(Refused):
    """Too many messages in a minute, for a conversation or a shop."""

    default_code = "rate_limited"


class Busy(Refused):
    """Other requests kept changing the same record; the request was not done: send it again."""

    default_code = "busy"


class StateUnavailable(Refused):
    """The state store (SQLite file, Redis) did not answer in time or could not write; the
    request was not done and nothing was half-written: send it again in a moment."""

    default_code = "state_unavailable"


class EditRejected(XiaoerError):
    """An edit of a shop that would break it; nothing was changed.

    ``problems`` holds one ``(field, code, message)`` per problem: where (``products[0].stock.黑色.S``,
    ``stock.csv line 7``), a stable code (``negative_stock``) and what to do, in Chinese;
    ``what`` says what came of the edit (「没有保存」).
    """

    def __init__(self, problems: list[tuple[str, str, str]], what: str = "没有保存") -> None:
        self.problems = problems
        self.what = what  # what the owner is told happened: nothing saved, nothing tried ...
        super().__init__("\n".join(f"{field}: {message}" for field, _, message in problems))
