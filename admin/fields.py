"""Chinese names of the shop file's fields and of their values, for the shop owner (data in
``admin/fields.yaml``; a field missing there is called by its path)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from admin.cases import page_data

__all__ = ["FieldNames", "ListKind", "field_names"]


@dataclass(frozen=True)
class ListKind:
    """How the items of a list field are told apart (``key``) and named (``title``)."""

    key: str | None = None
    title: str | None = None
    item: str = "{label}「{title}」"


@dataclass(frozen=True)
class FieldNames:
    names: Mapping[str, str]  # path -> name
    values: Mapping[str, Mapping[str, str]]  # path -> value as written -> how it is said
    lists: Mapping[str, ListKind]
    ranges: frozenset[str]
    maps: frozenset[str]  # fields whose keys are names the shop gives

    def known(self, path: str) -> bool:
        return path in self.names

    def name(self, path: str) -> str:
        """The field's Chinese name; one without a name is called by its path."""
        return self.names.get(path, path)

    def value(self, path: str, value: object) -> str | None:
        """How ``value`` of this field is said, when the field names its values."""
        key = str(value).lower() if isinstance(value, bool) else str(value)
        return self.values.get(path, {}).get(key)


@lru_cache(maxsize=1)
def field_names() -> FieldNames:
    data = page_data("fields.yaml", "字段名称文件")
    lists = {str(name): ListKind(key=entry.get("key"), title=entry.get("title") or entry.get("key"),
                                 item=str(entry.get("item", ListKind.item)))
             for name, entry in (data.get("lists") or {}).items()}
    return FieldNames(
        names={str(k): str(v) for k, v in (data.get("fields") or {}).items()},
        values={str(field): {str(k).lower() if isinstance(k, bool) else str(k): str(v) for k, v in said.items()}
                for field, said in (data.get("values") or {}).items()},
        lists=lists,
        ranges=frozenset(str(p) for p in data.get("ranges") or ()),
        maps=frozenset(str(p) for p in data.get("maps") or ()),
    )
