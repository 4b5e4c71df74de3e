"""The shop's own keyword replies (千牛 关键词回复), compiled once when the engine loads.

They come before the intents: a message holding a rule's keywords gets the rule's
reply. Keywords are read as messages are (full-width, traditional characters, case), and one
automaton finds every keyword in one pass, whatever the number of rules;
the first rule (in the shop's order) whose keywords are all there wins.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick

from botcore.errors import ScriptError
from botcore.shop import KeywordRule, QuickPhrase
from botcore.stages.normalise import normalise
from botcore.yamltext import parse_yaml
from replies.library import COMMON_FIELDS
from replies.templates import Template

__all__ = ["KeywordRules", "QuickPhrases", "RuleMatch"]


@dataclass(frozen=True)
class RuleMatch:
    """Rule ``index`` (0-based, in the shop's order) matched on ``found`` at ``[start, end)``."""

    index: int
    intent: str
    template: Template
    found: tuple[str, ...]
    start: int
    end: int


def _keyword(word: str, where: str, field: str) -> str:
    """A keyword as messages are read (full-width, traditional, case folded), so it can match."""
    key = normalise(word).text.lower()
    if not key:
        raise ScriptError(f"{where}: 关键词「{word}」去掉表情和符号后什么都不剩,请换成文字", "empty_keyword", field)
    return key


def _check_intent(intent: str, where: str, intents: Collection[str], field: str) -> None:
    if intent not in intents:
        raise ScriptError(f"{where}: 没有「{intent}」这个意图;可用: {', '.join(sorted(intents))}", "unknown_intent",
                          field)


@cache
def _two_meanings() -> dict[str, str]:
    """Words buyers say meaning two things, and the other one (``engine/data/two_meanings.yaml``)."""
    data = parse_yaml((resources.files("engine") / "data" / "two_meanings.yaml").read_text("utf-8")) or {}
    return {str(word): str(note) for word, note in data.items()}


class KeywordRules:
    def __init__(self, rules: Sequence[KeywordRule], intents: Collection[str], source: str = "店铺文件") -> None:
        self._rules: list[tuple[KeywordRule, Template, frozenset[str]]] = []
        owners: dict[str, set[int]] = {}
        for n, rule in enumerate(rules):
            where = f"{source} 的 keyword_rules[{n}]"
            _check_intent(rule.intent, where, intents, f"keyword_rules[{n}].intent")
            template = Template.compile(f"keyword_rules[{n}]", rule.reply, COMMON_FIELDS, where,
                                        f"keyword_rules[{n}].reply")
            words = frozenset(_keyword(word, where, f"keyword_rules[{n}].keywords") for word in rule.keywords)
            self._rules.append((rule, template, words))
            for word in words:
                owners.setdefault(word, set()).add(n)
        self._automaton = ahocorasick.Automaton()
        for word, indexes in owners.items():
            self._automaton.add_word(word, (word, frozenset(indexes)))
        if owners:
            self._automaton.make_automaton()
        self._empty = not owners

    def __len__(self) -> int:
        return len(self._rules)

    def template(self, index: int) -> Template:
        return self._rules[index][1]

    def of_two_meanings(self) -> list[tuple[int, str, str]]:
        """The rules' keywords buyers also say meaning something else (保价 of shipping insurance, also asked of
        a price that fell), each with its rule's index and the other meaning: one rule answers both."""
        other = _two_meanings()
        return [(n, word, other[word]) for n, (rule, _, _) in enumerate(self._rules)
                for word in rule.keywords if word in other]

    def match(self, text: str) -> RuleMatch | None:
        """The first rule whose keywords the (normalised) text holds, if any."""
        if self._empty:
            return None
        spans: dict[str, tuple[int, int]] = {}
        candidates: set[int] = set()
        for end, (word, indexes) in self._automaton.iter(text.lower()):
            spans.setdefault(word, (end + 1 - len(word), end + 1))
            candidates |= indexes
        for index in sorted(candidates):
            rule, template, words = self._rules[index]
            found = words & spans.keys()
            if rule.match == "all" and found != words:
                continue
            ordered = tuple(sorted(found, key=lambda w: spans[w]))
            return RuleMatch(index, rule.intent, template, ordered, min(spans[w][0] for w in found),
                             max(spans[w][1] for w in found))
        return None


class QuickPhrases:
    """The agents' quick phrases, offered in suggest mode by the question's intent."""

    def __init__(self, phrases: Sequence[QuickPhrase], intents: Collection[str], source: str = "店铺文件") -> None:
        self._phrases: list[tuple[QuickPhrase, Template]] = []
        for n, phrase in enumerate(phrases):
            where = f"{source} 的 quick_phrases[{n}]"
            for intent in phrase.intents:
                _check_intent(intent, where, intents, f"quick_phrases[{n}].intents")
            template = Template.compile(f"quick_phrases[{n}]", phrase.text, COMMON_FIELDS, where,
                                        f"quick_phrases[{n}].text")
            self._phrases.append((phrase, template))

    def offer(self, intents: Sequence[str], limit: int = 5) -> list[tuple[QuickPhrase, Template]]:
        """Phrases for these intents first, then the ones for every question."""
        tagged = [(p, t) for p, t in self._phrases if set(p.intents) & set(intents)]
        general = [(p, t) for p, t in self._phrases if not p.intents]
        return (tagged + general)[:limit]
