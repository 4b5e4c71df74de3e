"""The errors xiaoer raises, as one small hierarchy.

    XiaoerError                 anything xiaoer raises on purpose
    ├── ShopError               a shop file that cannot be served
    │   ├── ShopFileError       the file is missing, unreadable or not YAML
    │   └── ShopValidationError the YAML is read but a field is wrong
    ├── ScriptError             a reply template or a matcher's data is broken
    ├── SettingsError           a server setting (flag or XIAOER_... variable) is wrong
    ├── StateConflict           a stored record changed under an update (retry it)
    ├── InputError              a buyer message or event the engine cannot take
    └── EditRejected            an edit of a shop (admin API) that cannot be served

Every message says what is wrong, where (field, value, file) and how to fix it, in
Chinese, because shop owners read them. The original exception is kept as ``__cause__``.
"""

from __future__ import annotations

__all__ = [
    "EditRejected",
    "InputError",
    "ScriptError",
    "SettingsError",
    "ShopError",
    "ShopFileError",
    "ShopValidationError",
    "StateConflict",
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

    def __init__(self, path: str, problems: list[tuple[str, str]], codes: list[str] | None = None) -> None:
        self.path = path
        self.problems = problems
        self.codes = codes or ["invalid_value"] * len(problems)
        lines = [f"店铺文件 {path} 有 {len(problems)} 处需要修改:"]
        lines += [f"  - {field}: {message}" for field, message in problems]
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


class InputError(XiaoerError):
    """A message or event the engine cannot take (wrong type, too long ...)."""


class EditRejected(XiaoerError):
    """An edit of a shop that would break it; nothing was changed.

    ``problems`` holds one ``(field, code, message)`` per problem: where (``products[0].stock.黑色.S``,
    ``stock.csv line 7``), a stable code (``negative_stock``) and what to do, in Chinese.
    """

    def __init__(self, problems: list[tuple[str, str, str]]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{field}: {message}" for field, _, message in problems))
