"""What changed between two versions of a shop, in words a shop owner reads:

    把满99包邮改成满199包邮
    把「法式碎花长袖连衣裙」的价格从 129 改成 119
    库存:法式碎花长袖连衣裙 黑色 M 从 3 改成 0
    加了商品「羊绒围巾」
    改了 2 条「打招呼」的说法:买家当天第一次打招呼,欢迎(当前没活动)
    删了 1 条关键词回复

Fields are called by their Chinese names (``admin/fields.yaml``), intents and reply cases
by theirs (``admin/labels.yaml``); a field without a name is called by its path, so a new
field is still described. Items of a list are matched by their key where they have one (a
product by its id, a courier by its name), else counted. `describe` works on any two shop
data dicts; `shop_words` compares two validated drafts with every default filled in, so a
setting put back to its default still says what it was and is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from admin.cases import CaseLabels, case_labels
from admin.fields import FieldNames, field_names
from botcore.errors import EditRejected
from botcore.shop.editing import Draft, from_yaml
from botcore.yamltext import YAMLError, parse_yaml

__all__ = ["LIMIT", "SUMMARY_LINES", "change_summary", "describe", "revision_words", "shop_words"]

#: At most this many lines; the rest are counted (「还有 N 处改动」).
LIMIT = 20
#: A revision's summary says at most this many changes.
SUMMARY_LINES = 4
_STOCK_LINES = 4  # a product with more stock changes than this gets one line for them
_NAMED = 3  # items added or removed are named up to this many, else counted
_SHORT = 24  # a text value is cut to this many characters
_SPACES = re.compile(r" {2,}")


class _Missing:
    def __repr__(self) -> str:
        return "(没写)"


_ABSENT = _Missing()


def describe(old: Mapping[str, Any], new: Mapping[str, Any], limit: int = LIMIT) -> list[str]:
    """What changed from shop data ``old`` to ``new``, one line per change, at most ``limit``
    lines and a last one counting the rest."""
    words = _Words(field_names(), case_labels())
    for section in dict.fromkeys([*old, *new]):
        words.section(section, old.get(section, _ABSENT), new.get(section, _ABSENT))
    lines = list(dict.fromkeys(words.lines))
    if len(lines) > limit:
        return [*lines[:limit], f"还有 {len(lines) - limit} 处改动"]
    return lines


def shop_words(old: Draft, new: Draft, limit: int = LIMIT) -> list[str]:
    """`describe` for two drafts, each changed section with its defaults filled in."""
    return describe(_filled(old, new.data), _filled(new, old.data), limit)


def change_summary(old: Draft, new: Draft) -> str:
    """A revision's summary: its first changes in words, joined (empty when none is seen)."""
    return ";".join(shop_words(old, new, SUMMARY_LINES))


def revision_words(old: str, new: str, limit: int = LIMIT) -> list[str]:
    """`shop_words` between two revisions' YAML texts; a revision the shop model no longer
    takes is compared as it is written."""
    try:
        return shop_words(from_yaml(old), from_yaml(new), limit)
    except EditRejected:
        return describe(_written(old), _written(new), limit)


def _written(text: str) -> dict[str, Any]:
    try:
        data = parse_yaml(text)
    except YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _filled(draft: Draft, other: Mapping[str, Any]) -> dict[str, Any]:
    """The draft's data, with every section that differs from ``other`` dumped in full
    (the products one by one: only the changed ones are)."""
    out = dict(draft.data)
    for section in type(draft.shop).model_fields:
        mine = draft.data.get(section)
        if mine == other.get(section):
            continue
        if section == "products":
            theirs = {p.get("id"): p for p in other.get("products", [])}
            out[section] = [model.model_dump(mode="json") if theirs.get(p["id"]) != p else p
                            for p, model in zip(draft.data.get("products", []), draft.shop.products, strict=True)]
        else:
            out[section] = draft.shop.model_dump(mode="json", include={section}).get(section)
    return out


@dataclass(frozen=True)
class _At:
    """Where a value sits: ``owner`` is what it belongs to in words (「法式碎花长袖连衣裙」,
    快递「顺丰」; empty at a section's top), ``title`` the bare name of the product it is of."""

    owner: str = ""
    title: str = ""

    def of(self, name: str) -> str:
        return f"{self.owner}的{name}" if self.owner else name


@dataclass
class _Words:
    names: FieldNames
    labels: CaseLabels
    lines: list[str] = field(default_factory=list)

    def say(self, line: str) -> None:
        self.lines.append(_SPACES.sub(" ", line).replace(" (", "(").replace(" )", ")").strip())

    def name(self, path: str) -> str:
        """A field's name; one without a name is called by its path (spaced from the words around it)."""
        return self.names.name(path) if self.names.known(path) else f" {path} "

    # ------------------------------------------------------------------ sections

    def section(self, name: str, old: Any, new: Any) -> None:
        if _same(old, new):
            return
        if name == "replies" and _dicts(old, new):
            self.replies(_dict(old), _dict(new))
        elif name == "matching" and _dicts(old, new):
            self.matching(_dict(old), _dict(new))
        else:
            self.value(name, old, new, _At())

    def replies(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for key in dict.fromkeys([*old, *new]):
            before, after = old.get(key, _ABSENT), new.get(key, _ABSENT)
            if _same(before, after):
                continue
            intent, _, case = key.partition(".")
            what = f"「{self.labels.title(intent)}」"
            when = f":{self.labels.case(intent, case)}" if case else ""
            if not isinstance(before, list):
                self.say(f"给{what}写了 {_count(after)} 条自己的说法{when}")
            elif not isinstance(after, list):
                self.say(f"{what}的说法恢复成默认{when}")
            else:
                changed, added, removed = _tally(before, after)
                for verb, n in (("改了", changed), ("加了", added), ("删了", removed)):
                    if n:
                        self.say(f"{verb} {n} 条{what}的说法{when}")

    def matching(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for intent in dict.fromkeys([*old, *new]):
            before, after = _dict(old.get(intent)), _dict(new.get(intent))
            what = f"「{self.labels.title(intent)}」"
            changed, added, removed = _tally(_list(before.get("examples")), _list(after.get("examples")))
            if changed:
                self.say(f"改了{what}的 {changed} 个例句")
            if added:
                self.say(f"给{what}加了 {added} 个例句")
            if removed:
                self.say(f"删了{what}的 {removed} 个例句")
            words_before, words_after = _weights(before.get("keywords")), _weights(after.get("keywords"))
            gained = [w for w in words_after if w not in words_before]
            lost = [w for w in words_before if w not in words_after]
            if gained:
                self.say(f"给{what}加了关键词{_named(gained)}")
            if lost:
                self.say(f"去掉了{what}的关键词{_named(lost)}")
            for word in words_after:
                if word in words_before and words_before[word] != words_after[word]:
                    self.say(f"把{what}的关键词「{word}」的分量从 {words_before[word]} 改成 {words_after[word]}")

    # ------------------------------------------------------------------ any value

    def value(self, path: str, old: Any, new: Any, at: _At, subject: str = "") -> None:
        """Say how ``old`` became ``new`` (either may be absent); ``subject``: what it is called, when
        not ``at.of(its name)``."""
        if _same(old, new):
            return
        if _absent(old) and isinstance(new, Mapping | list):  # a whole part added: say what it holds
            old = type(new)()
        elif _absent(new) and isinstance(old, Mapping | list):
            new = type(old)()
        subject = subject or at.of(self.name(path))
        if path == "shipping.free_shipping_over":
            self.say(f"把{_free_shipping(old)}改成{_free_shipping(new)}")
        elif path == "shipping.free_shipping_items":
            self.say(f"把{_free_by_count(old)}改成{_free_by_count(new)}")
        elif path == "products.stock" and _dicts(old, new):
            self.stock(_dict(old), _dict(new), at)
        elif _scalar(old) or _scalar(new) or (path in self.names.ranges and not _dicts(old, new)):
            self.scalar(path, old, new, subject)
        elif isinstance(old, Mapping) and isinstance(new, Mapping):
            self.mapping(path, old, new, at if subject == at.of(self.name(path)) else _At(subject, at.title))
        elif isinstance(old, list) and isinstance(new, list):
            self.sequence(path, old, new, at, subject)
        else:
            self.say(f"改了{subject}")

    def scalar(self, path: str, old: Any, new: Any, subject: str) -> None:
        before, after = self.said(path, old), self.said(path, new)
        if before is None and after is None:
            self.say(f"改了{subject}")
        elif after is not None and before is None:
            self.say(f"把{subject}设成{_spaced(after)}")
        elif before is not None and after is None:
            self.say(f"去掉了{subject}(原来是{_spaced(before)})")
        elif before is not None and after is not None:
            self.say(f"把{subject}从{_spaced(before)}改成{_spaced(after)}")

    def mapping(self, path: str, old: Mapping[str, Any], new: Mapping[str, Any], at: _At) -> None:
        for key in dict.fromkeys([*old, *new]):
            child = f"{path}.{key}"
            before, after = old.get(key, _ABSENT), new.get(key, _ABSENT)
            if path in self.names.maps:  # a name the shop gives (a region, a category): the path stays the field's
                self.entry(path, before, after, at, at.of(f"{self.name(path)}「{self.names.value(path, key) or key}」"))
            else:  # a field (one without a name is called by its path)
                self.value(child, before, after, at)

    def entry(self, path: str, old: Any, new: Any, at: _At, subject: str) -> None:
        """One entry of a map field (类目议价「内衣」): its fields, or its value."""
        if _dicts(old, new) and not _same(old, new):
            before, after = _dict(old), _dict(new)
            for key in dict.fromkeys([*before, *after]):
                self.value(f"{path}.{key}", before.get(key, _ABSENT), after.get(key, _ABSENT), _At(subject, at.title))
        else:
            self.value(path, old, new, at, subject)

    def sequence(self, path: str, old: list[Any], new: list[Any], at: _At, collection: str) -> None:
        kind = self.names.lists.get(path)
        if all(isinstance(item, Mapping) for item in [*old, *new]):
            if kind is not None and kind.key is not None:
                self.keyed(path, old, new, at)
                return
            changed, added, removed = _tally(old, new)
            if not (changed or added or removed):
                self.say(f"调整了{collection}的顺序")
                return
            title = kind.title if kind is not None else None
            fresh = [item for item in new if item not in old]
            gone = [item for item in old if item not in new]
            if changed:
                self.say(f"改了{self.items(fresh[:changed], title, collection)}")
            if added:
                self.say(f"加了{self.items(fresh[changed:], title, collection)}")
            if removed:
                self.say(f"删了{self.items(gone[changed:], title, collection)}")
            return
        if any(isinstance(item, Mapping | list) for item in [*old, *new]):
            self.say(f"改了{collection}")
            return
        gained = [_plain(self.said(path, v)) for v in new if v not in old]
        lost = [_plain(self.said(path, v)) for v in old if v not in new]
        if gained:
            self.say(f"{collection}加了 {'、'.join(gained)}")
        if lost:
            self.say(f"{collection}去掉了 {'、'.join(lost)}")
        if not gained and not lost:
            self.say(f"调整了{collection}的顺序" if Counter(map(repr, old)) == Counter(map(repr, new))
                     else f"改了{collection}")

    def keyed(self, path: str, old: list[Any], new: list[Any], at: _At) -> None:
        kind = self.names.lists[path]
        key, title = kind.key or "", kind.title or kind.key or ""
        before = {_text(item.get(key)): item for item in old}
        after = {_text(item.get(key)): item for item in new}
        label = self.name(path)
        for name in dict.fromkeys([*before, *after]):
            item = after.get(name) or before[name]
            shown = _text(item.get(title)) or name
            one = kind.item.format(label=label, title=shown)
            if name not in before:
                self.say(f"{at.owner}的{label}加了「{shown}」" if at.owner else f"加了{label}「{shown}」")
            elif name not in after:
                self.say(f"{at.owner}的{label}删了「{shown}」" if at.owner else f"删了{label}「{shown}」")
            elif not _same(before[name], after[name]):
                owner = _At(at.of(one) if at.owner else one, shown if path == "products" else at.title)
                for part in dict.fromkeys([*before[name], *after[name]]):
                    self.value(f"{path}.{part}", before[name].get(part, _ABSENT), after[name].get(part, _ABSENT),
                               owner)
        if list(before) != list(after) and set(before) == set(after):
            self.say(f"调整了{at.of(label)}的顺序")

    @staticmethod
    def items(items: Sequence[Any], title: str | None, collection: str) -> str:
        """「 12 条快捷短语」 or 「快捷短语「发货时间」」 (named when few and named), after 加了/删了/改了."""
        names = [_short(_text(item.get(title))) for item in items] if title else []
        if names and len(items) <= _NAMED and all(names):
            return collection + "".join(f"「{name}」" for name in names)
        return f" {len(items)} 条{collection}"

    def stock(self, old: Mapping[str, Any], new: Mapping[str, Any], at: _At) -> None:
        changes: list[str] = []
        for colour in dict.fromkeys([*old, *new]):
            before, after = _dict(old.get(colour)), _dict(new.get(colour))
            for size in dict.fromkeys([*before, *after]):
                a, b = before.get(size, _ABSENT), after.get(size, _ABSENT)
                if _same(a, b):
                    continue
                variant = f"{at.title} {colour} {size}".strip()
                if _absent(a):
                    changes.append(f"库存:{variant} 设为 {_number(b)}")
                elif _absent(b):
                    changes.append(f"库存:{variant} 去掉了(原来是 {_number(a)})")
                else:
                    changes.append(f"库存:{variant} 从 {_number(a)} 改成 {_number(b)}")
        if len(changes) > _STOCK_LINES:
            self.say(f"库存:{at.title} 改了 {len(changes)} 个颜色尺码的数量")
        else:
            self.lines.extend(changes)

    def said(self, path: str, value: Any) -> str | None:
        """A value as the owner reads it; None when there is none."""
        if _absent(value):
            return None
        if path in self.names.ranges and isinstance(value, list) and len(value) == 2:
            return f"{_number(value[0])}-{_number(value[1])}"
        named = self.names.value(path, value)
        if named is not None:
            return named
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, int | float):
            return _number(value)
        if isinstance(value, list) and not any(isinstance(v, Mapping | list) for v in value):
            return "、".join(self.said(path, v) or "" for v in value) or "(空)"
        if isinstance(value, str):
            return _quoted(value)
        return None


# ---------------------------------------------------------------------- small helpers


def _plain(value: str | None) -> str:
    """A value in a list of values: without its quotes."""
    return (value or "").removeprefix("「").removesuffix("」")


def _spaced(value: str) -> str:
    """A value between words: 「quoted text」 as it is, a number or a name with spaces around."""
    return value if value.startswith("「") else f" {value} "


def _same(a: Any, b: Any) -> bool:
    return a == b or (_absent(a) and _absent(b)) or (_empty(a) and _absent(b)) or (_absent(a) and _empty(b))


def _absent(value: Any) -> bool:
    return value is None or value is _ABSENT


def _empty(value: Any) -> bool:
    return isinstance(value, list | dict | str) and not value


def _scalar(value: Any) -> bool:
    return not isinstance(value, Mapping | list)


def _dicts(*values: Any) -> bool:
    return all(isinstance(v, Mapping) or _absent(v) for v in values)


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _count(value: Any) -> int:
    return len(value) if isinstance(value, list) else 1


def _tally(old: Sequence[Any], new: Sequence[Any]) -> tuple[int, int, int]:
    """(changed, added, removed) items between two lists, order aside: an item gone and one
    come in its place count as one changed."""
    before, after = Counter(map(repr, old)), Counter(map(repr, new))
    gone, come = sum((before - after).values()), sum((after - before).values())
    changed = min(gone, come)
    return changed, come - changed, gone - changed


def _weights(keywords: Any) -> dict[str, str]:
    """matching keywords ({0.9: [words]}) as word -> weight."""
    return {str(word): _number(weight) for weight, words in _dict(keywords).items() for word in _list(words)}


def _named(words: Sequence[str]) -> str:
    shown = "".join(f"「{w}」" for w in words[:_NAMED])
    return shown + (f"等 {len(words)} 个" if len(words) > _NAMED else "")


def _free_shipping(value: Any) -> str:
    if _absent(value):
        return "不包邮"
    if isinstance(value, int | float) and value == 0:
        return "全场包邮"
    return f"满{_number(value)}包邮"


def _free_by_count(value: Any) -> str:
    return "不按件数包邮" if _absent(value) else f"满{_number(value)}件包邮"


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        try:
            return _number(float(value))
        except ValueError:
            return value
    return str(value)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(map(str, value))
    return "" if _absent(value) else str(value)


def _quoted(text: str) -> str:
    if re.fullmatch(r"[0-9]{1,2}:[0-9]{2}(:00)?", text):  # a time, as written (16:00) or dumped (16:00:00)
        return text[:-3] if text.count(":") == 2 else text
    if text[:4].isdigit() and text[4:5] == "-":  # a date
        return text
    return f"「{_short(text)}」"


def _short(text: str) -> str:
    short = " ".join(text.split())
    return short if len(short) <= _SHORT else short[:_SHORT - 1] + "…"
