"""Reply templates: ``{placeholder}`` text checked once, at load.

Only plain names are allowed inside braces. Attribute or index access
(``{x.__class__}``, ``{x[0]}``), conversions (``{x!r}``) and format specs
(``{x:>999}``) are rejected, so a template can never reach into Python objects,
and a placeholder the case does not provide is an error naming the template.

A fact given as None is one the shop's file does not say: the clause holding its placeholder
is left out, with the punctuation before it (「{region}是包邮的哦，发货后大概{days}天到～」 with no
days known: 「…是包邮的哦～」), so no wording states what nobody wrote.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from botcore.errors import ScriptError

__all__ = ["Template"]

_FORMATTER = string.Formatter()


#: Placeholders that hold a sentence of the shop's own (a note, its conditions, a promotion's
#: terms): one that the wording goes straight on from (「{note}质量问题随时联系我们」) is closed
#: with a full stop when the shop wrote none, so the two sentences do not run together.
SENTENCES = frozenset({"note", "conditions", "promotion", "statement", "ship_time", "area", "address_note",
                       "fit_note", "care", "selling_points", "facts"})
_ENDS = "。．.！!？?；;～~…」』）)"
#: A comma or a stop after a sentence, and the stops it takes the place of.
_PUNCTUATED = re.compile(r"[，,。；;！!？?]")
_STOPS = "。．.；;"
#: A name ending in a letter or a digit, which a number written right after would run into.
_RUNS_ON = re.compile(r"[A-Za-z0-9]$")
#: What may follow a sentence without a stop: punctuation, or a particle that ends it (哦, 呢).
_GOES_ON = re.compile(r"[\u4e00-\u9fffA-Za-z0-9](?<![哦呢哈啦呀吧嘛啊噢])")


@dataclass(frozen=True)
class Template:
    """One wording of a reply. ``id`` is ``intent.case#n``; ``closed`` are the sentence
    placeholders the wording goes straight on from, ``clipped`` those it follows with a comma or
    a stop of its own (a shop's 「…当天发。」 before 「，拍下后…」 loses its stop)."""

    id: str
    text: str
    fields: tuple[str, ...]
    closed: frozenset[str] = frozenset()
    clipped: frozenset[str] = frozenset()
    #: Two placeholders written back to back (「{model}{year}」): a space parts them where a name that ends
    #: in a letter or a digit runs into a number (特斯拉Model3 2021款, not Model32021款).
    adjoining: tuple[tuple[str, str], ...] = ()

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
        text = text.strip()
        closed = frozenset(name for name in fields if _followed(text, name, _GOES_ON))
        clipped = frozenset(name for name in fields if _followed(text, name, _PUNCTUATED))
        adjoining = tuple((m[1], m[2]) for m in re.finditer(r"\{(\w+)\}(?=\{(\w+)\})", text))
        return cls(template_id, text, tuple(dict.fromkeys(fields)), closed, clipped, adjoining)

    def render(self, facts: Mapping[str, object]) -> str:
        text = self.text
        for name in self.fields:
            if name in facts and facts[name] is None:
                text = _without_clause(text, name)
        values = {name: _text(facts.get(name, "")) for name in self.fields}
        for name in self.closed:
            if values[name] and values[name][-1] not in _ENDS:
                values[name] += "。"
        for name in self.clipped:
            values[name] = values[name].rstrip(_STOPS)
        for first, second in self.adjoining:
            if _RUNS_ON.search(values[first]) and values[second][:1].isdigit():
                text = text.replace(f"{{{first}}}{{{second}}}", f"{{{first}}} {{{second}}}")
        return text.format_map(values)


#: What parts the clauses of a wording.
_CLAUSE_ENDS = "，,。；;！!？?～~：:"


def _without_clause(text: str, name: str) -> str:
    """``text`` less each clause holding ``{name}``, and the punctuation before it (the one after it,
    where it comes first)."""
    while (at := text.find(f"{{{name}}}")) >= 0:
        start = max(text.rfind(c, 0, at) for c in _CLAUSE_ENDS)
        ends = [i for c in _CLAUSE_ENDS if (i := text.find(c, at)) >= 0]
        end = min(ends, default=len(text))
        text = text[:start] + text[end:] if start >= 0 else text[end + 1:]
    return text


def _followed(text: str, name: str, by: re.Pattern[str]) -> bool:
    """Whether ``text`` puts what ``by`` matches right after a sentence placeholder ``name``."""
    return name in SENTENCES and any(by.match(text, m.end()) for m in re.finditer(re.escape(f"{{{name}}}"), text))


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
