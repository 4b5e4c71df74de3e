"""All intents' keywords and example questions, matched in one pass.

One Aho-Corasick automaton holds every keyword of every intent; one rapidfuzz call
scores the message against the example questions that share a word with it
(``fuzz.ratio`` on sorted words, i.e. ``token_sort_ratio`` with the word forms
computed once), so a thousand examples cost little more than ten. The result is each
intent's keyword and example evidence; patterns and exclusions stay with each
intent's matcher.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick
from rapidfuzz import fuzz, process

from intents.base import FUZZY_CUTOFF, FUZZY_WEIGHT, Evidence, Message
from intents.rules import Rules

__all__ = ["Catalogue"]

# Words too common to say which examples are worth scoring.
_FUNCTION_WORDS = frozenset("吗呢吧啊呀哦哈嘛么的了着过我你您他她它是在有能要会就都也还这那个亲,.?!~")


class Catalogue:
    def __init__(self, rules: Iterable[Rules]) -> None:
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, float]]] = {}
        examples: list[str] = []
        self._owners: list[tuple[str, str]] = []  # (intent, example text) per example
        for item in rules:
            for key, weight in item.keywords:
                owners = entries.setdefault(key, [])
                owners[:] = [(i, w) for i, w in owners if i != item.intent] + [(item.intent, weight)]
            examples += item.examples
            self._owners += [(item.intent, text) for text in item.example_texts]
        for key, owners in entries.items():
            self._automaton.add_word(key, (len(key), tuple(owners)))
        self._has_keywords = bool(entries)
        if self._has_keywords:
            self._automaton.make_automaton()
        self._examples = examples
        self._by_word: dict[str, list[int]] = {}
        for index, example in enumerate(examples):
            for word in set(example.split()) - _FUNCTION_WORDS:
                self._by_word.setdefault(word, []).append(index)

    def find(self, message: Message) -> dict[str, list[Evidence]]:
        """Keyword and closest-example evidence, by intent."""
        found: dict[str, list[Evidence]] = {}
        text = message.text
        if self._has_keywords:
            for end, (length, owners) in self._automaton.iter(text):
                start = end + 1 - length
                key = text[start:end + 1]
                for intent, weight in owners:
                    found.setdefault(intent, []).append(Evidence("keyword", key, weight, start, end + 1))
        candidates = sorted({i for word in set(message.tokens) for i in self._by_word.get(word, ())})
        if candidates:
            best: dict[str, tuple[float, str]] = {}
            choices = [self._examples[i] for i in candidates]
            for _, score, position in process.extract(
                message.words, choices, scorer=fuzz.ratio, processor=None,
                score_cutoff=FUZZY_CUTOFF, limit=None,
            ):
                intent, example = self._owners[candidates[position]]
                if score > best.get(intent, (0.0, ""))[0]:
                    best[intent] = (score, example)
            for intent, (score, example) in best.items():
                found.setdefault(intent, []).append(
                    Evidence("example", example, round(FUZZY_WEIGHT * score / 100, 3))
                )
        return found
