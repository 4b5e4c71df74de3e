"""Chinese names for intents, reply cases, placeholders, kinds of evidence and modes, for the /admin page
(data in ``admin/labels.yaml``; a name missing there shows as its key)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from botcore.errors import ScriptError
from botcore.yamltext import YAMLError, parse_yaml

__all__ = ["CaseLabels", "case_labels", "page_data"]


@dataclass(frozen=True)
class CaseLabels:
    intents: Mapping[str, str]
    cases: Mapping[str, Mapping[str, str]]
    placeholders: Mapping[str, str]
    evidence: Mapping[str, str]  # the kinds of `intents.evidence.Evidence`
    modes: Mapping[str, str]

    def title(self, intent: str) -> str:
        return self.intents.get(intent, intent)

    def case(self, intent: str, case: str) -> str:
        return self.cases.get(intent, {}).get(case, case)

    def placeholder(self, name: str) -> str:
        return self.placeholders.get(name, name)


def page_data(name: str, what: str) -> dict[str, Any]:
    """One of the page's name files in the ``admin`` package (``what`` it is, for the error)."""
    path = resources.files("admin") / name
    try:
        data = parse_yaml(path.read_text("utf-8")) or {}
    except (OSError, YAMLError) as e:
        raise ScriptError(f"{what} {path} 读不了:{e}") from e
    if not isinstance(data, dict):
        raise ScriptError(f"{what} {path} 应该是一张表(名字: 中文名)")
    return data


@lru_cache(maxsize=1)
def case_labels() -> CaseLabels:
    data = page_data("labels.yaml", "页面名称文件")
    intents = data.get("intents", {})
    return CaseLabels(
        intents={name: str(entry.get("title", name)) for name, entry in intents.items()},
        cases={name: {str(k): str(v) for k, v in (entry.get("cases") or {}).items()}
               for name, entry in intents.items()},
        placeholders={str(k): str(v) for k, v in (data.get("placeholders") or {}).items()},
        evidence={str(k): str(v) for k, v in (data.get("evidence") or {}).items()},
        modes={str(k): str(v) for k, v in (data.get("modes") or {}).items()},
    )
