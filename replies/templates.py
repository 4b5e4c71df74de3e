"""Reply templates: ``{placeholder}`` text checked once, at load.

Only plain names are allowed inside braces. Attribute or index access
(``{x.__class__}``, ``{x[0]}``), conversions (``{x!r}``) and format specs
(``{x:>999}``) are rejected, so a template can never reach into Python objects,
and a placeholder the case does not provide is an error naming the template.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from botcore.errors import ScriptError

__all__ = ["Template"]

_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Template:
    """One wording of a reply. ``id`` is ``intent.case#n``."""

    id: str
    text: str
    fields: tuple[str, ...]

    @classmethod
    def compile(cls, template_id: str, text: object, allowed: Iterable[str], source: str, field: str = "") -> Template:
        """Check ``text`` once; ``field`` names where it sits in the shop, for error reports."""
        if not isinstance(text, str) or not text.strip():
            raise ScriptError(f"{source}: 话术 {_said(template_id)} 是空的,请写上回复内容或删掉这一条",
                              "empty_template", field)
        allowed = set(allowed)
        fields: list[str] = []
        try:
            parsed = list(_FORMATTER.parse(text))
        except ValueError as e:
            raise ScriptError(
                f"{source}: 话术 {_said(template_id)} 的大括号不成对(有 {{ 没有配对的 }},或反过来);"
                "占位符写成 {size} 这样,要显示大括号本身请写 {{ 或 }}",
                "unbalanced_braces",
                field,
            ) from e
        for _, name, spec, conversion in parsed:
            if name is None:
                continue
            if not name.isidentifier() or spec or conversion:
                raise ScriptError(
                    f"{source}: 话术 {_said(template_id)} 里的占位符 {{{name}{'!' + conversion if conversion else ''}"
                    f"{':' + spec if spec else ''}}} 不允许:只能写简单的名字,例如 {{size}}",
                    "attribute_placeholder",
                    field,
                )
            if name not in allowed:
                raise ScriptError(
                    f"{source}: 话术 {_said(template_id)} 用了未知的占位符 {{{name}}};"
                    f"这里可以用: {'、'.join('{' + a + '}' for a in sorted(allowed))}",
                    "unknown_placeholder",
                    field,
                )
            fields.append(name)
        return cls(template_id, text.strip(), tuple(dict.fromkeys(fields)))

    def render(self, facts: Mapping[str, object]) -> str:
        return self.text.format_map({name: _text(facts.get(name, "")) for name in self.fields})


def _said(template_id: str) -> str:
    """A wording's id as an owner finds it in the file: stock.sold_out 的第 1 条, keyword_rules 第 1 条."""
    if (m := re.fullmatch(r"(.+)#(\d+)", template_id)) is not None:
        return f"{m[1]} 的第 {m[2]} 条"
    if (m := re.fullmatch(r"(.+)\[(\d+)\]", template_id)) is not None:
        return f"{m[1]} 第 {int(m[2]) + 1} 条"
    return template_id


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
