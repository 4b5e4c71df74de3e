"""The reply library: every wording per intent and case, from the default scripts in
``replies/scripts/<intent>.yaml`` and the shop's own overrides (``replies:`` in the
shop file, keyed ``intent.case``). Compiled and checked once, when the engine loads.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from importlib import resources

from botcore.errors import ScriptError
from botcore.yamltext import YAMLError, parse_yaml
from replies.templates import Template

__all__ = ["COMMON_FIELDS", "Library"]

#: Placeholders every template may use, whatever its case.
COMMON_FIELDS = ("shop_name", "agent")


class Library:
    def __init__(
        self,
        wordings: Mapping[str, tuple[Template, ...]],
        defaults: Mapping[str, tuple[Template, ...]] | None = None,
        cases: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
    ) -> None:
        self._wordings = dict(wordings)
        self._defaults = dict(defaults or wordings)
        self._cases = {intent: dict(fields) for intent, fields in (cases or {}).items()}

    @classmethod
    def load(
        cls,
        cases: Mapping[str, Mapping[str, tuple[str, ...]]],
        overrides: Mapping[str, list[str]] | None = None,
        overrides_source: str = "shop.replies",
    ) -> Library:
        """``cases`` maps intent -> case -> the placeholders that case provides."""
        wordings: dict[str, tuple[Template, ...]] = {}
        for intent, intent_cases in cases.items():
            path = resources.files("replies") / "scripts" / f"{intent}.yaml"
            try:
                data = parse_yaml(path.read_text("utf-8")) or {}
            except (OSError, YAMLError) as e:
                raise ScriptError(f"默认话术文件 {path} 读不了:{e}") from e
            unknown = set(data) - set(intent_cases)
            if unknown:
                raise ScriptError(f"{path}: 没有这些情形 {sorted(unknown)};{intent} 的情形有 {sorted(intent_cases)}")
            for case, fields in intent_cases.items():
                key = f"{intent}.{case}"
                texts = data.get(case)
                if not texts:
                    raise ScriptError(f"{path}: 情形 {case} 没有默认话术,请至少写一条")
                wordings[key] = cls._compile(key, texts, fields, str(path), "")
        defaults = dict(wordings)
        for key, texts in (overrides or {}).items():
            intent, _, case = key.partition(".")
            if intent not in cases or case not in cases[intent]:
                known = ", ".join(f"{i}.{c}" for i in cases for c in cases[i])
                raise ScriptError(f"{overrides_source}: 没有 {key} 这个话术位置;可用的有: {known}", "unknown_reply_key",
                                  f"replies.{key}")
            if not texts:
                raise ScriptError(f"{overrides_source}.{key}: 至少要写一条话术", "empty_template", f"replies.{key}")
            wordings[key] = cls._compile(key, texts, cases[intent][case], overrides_source, f"replies.{key}")
        return cls(wordings, defaults, cases)

    @staticmethod
    def _compile(key: str, texts: object, fields: tuple[str, ...], source: str, field: str) -> tuple[Template, ...]:
        if isinstance(texts, str):
            texts = [texts]
        if not isinstance(texts, list):
            raise ScriptError(f"{source}: {key} 应该是一条或几条话术的列表", "wrong_type", field)
        allowed = (*COMMON_FIELDS, *fields)
        return tuple(Template.compile(f"{key}#{n}", t, allowed, source, f"{field}[{n - 1}]" if field else "")
                     for n, t in enumerate(texts, 1))

    def choose(self, key: str, recent: Sequence[str], rng: random.Random) -> Template:
        """A wording for ``intent.case``, avoiding the ones used recently where possible."""
        options = self._wordings[key]
        fresh = [t for t in options if t.id not in recent]
        if not fresh:  # all used lately: take the one used longest ago, never the last one
            return min(options, key=lambda t: max(i for i, used in enumerate(recent) if used == t.id))
        return fresh[0] if len(fresh) == 1 else rng.choice(fresh)

    def keys(self) -> list[str]:
        return sorted(self._wordings)

    def cases(self, intent: str) -> dict[str, tuple[str, ...]]:
        """The cases of an intent, each with the placeholders its wordings may use (besides COMMON_FIELDS)."""
        return dict(self._cases.get(intent, {}))

    def defaults(self, key: str) -> tuple[Template, ...]:
        """The bundled wordings of ``intent.case``, whatever the shop overrides."""
        return self._defaults[key]
