"""All intents' keywords, patterns and example questions, matched in one pass.

One Aho-Corasick automaton holds every keyword of every intent and the literal anchors
of every way round of every pattern (`intents.anchors`): one pass over the message gives
the keyword evidence and says which few ways round can match at all, so only those are
searched. One rapidfuzz call scores the message against the example questions that
share a word with it (``fuzz.ratio`` on sorted words, i.e. ``token_sort_ratio`` with
the word forms computed once), so a thousand examples cost little more than ten. The
result is each intent's evidence; exclusions stay with each intent's matcher.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick
from rapidfuzz import fuzz, process

from intents.evidence import Evidence, Message
from intents.rules import Rules

__all__ = ["FUZZY_CUTOFF", "FUZZY_WEIGHT", "Catalogue"]

#: Below this similarity (0-100) an example question is no evidence at all.
FUZZY_CUTOFF = 62.0
#: A perfect example match is worth this much; keyword rules can say more.
FUZZY_WEIGHT = 0.9

# Words too common to say which examples are worth scoring: 「女生喝可以吗」 shares only 可以 with
# 「可以开发票吗」, and no example is near a message for its function words.
_FUNCTION_WORDS = frozenset("吗呢吧啊呀哦哈嘛么的了着过我你您他她它是在有能要会就都也还这那个亲,.?!~") | {
    "可以", "能不能", "可不可以", "这个", "那个", "一个", "一下", "请问", "什么", "怎么"}


#: A pattern regex: (index of its `Rules`, index of the regex in `Rules.patterns`).
_Group = tuple[int, int]
#: One alternative of a pattern regex: its group and its index among `Rules.alternatives`.
_Alternative = tuple[int, int, int]


class Catalogue:
    def __init__(self, rules: Iterable[Rules]) -> None:
        self._rules = tuple(rules)
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, float]]] = {}
        anchored: dict[str, list[_Alternative]] = {}
        always: list[_Alternative] = []  # alternatives without a literal anchor: searched every time
        examples: list[str] = []
        self._owners: list[tuple[str, str]] = []  # (intent, example text) per example
        for number, item in enumerate(self._rules):
            for key, weight in item.keywords:
                owners = entries.setdefault(key, [])
                owners[:] = [(i, w) for i, w in owners if i != item.intent] + [(item.intent, weight)]
            for index, each in enumerate(item.anchors):
                for alternative, literals in enumerate(each):
                    for literal in literals if literals is not None else ():
                        anchored.setdefault(literal, []).append((number, index, alternative))
                    if literals is None:
                        always.append((number, index, alternative))
            examples += item.examples
            self._owners += [(item.intent, text) for text in item.example_texts]
        for key in entries.keys() | anchored.keys():
            self._automaton.add_word(key, (len(key), tuple(entries.get(key, ())), tuple(anchored.get(key, ()))))
        self._always = frozenset(always)
        self._scan = bool(entries or anchored)
        if self._scan:
            self._automaton.make_automaton()
        self._examples = examples
        self._by_word: dict[str, list[int]] = {}
        for index, example in enumerate(examples):
            for word in set(example.split()) - _FUNCTION_WORDS:
                self._by_word.setdefault(word, []).append(index)

    def find(self, message: Message) -> dict[str, list[Evidence]]:
        """Keyword, closest-example and pattern evidence, by intent."""
        found: dict[str, list[Evidence]] = {}
        text = message.text
        entities = message.entities
        alternatives = set(self._always)
        if self._scan:
            hits: list[tuple[int, int, str, float]] = []
            for end, (length, owners, anchored) in self._automaton.iter(text):
                alternatives.update(anchored)
                start = end + 1 - length
                if (entities.named or entities.variant_names) and entities.inside_a_name(start, end + 1):
                    continue  # part of a product's name (纯棉 of 纯棉T恤): names the goods, asks nothing
                hits += [(start, end + 1, intent, weight) for intent, weight in owners]
            for start, end, intent, weight in hits:
                if not _inside_another(start, end, intent, hits):
                    found.setdefault(intent, []).append(Evidence("keyword", text[start:end], weight, start, end))
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
        groups: dict[_Group, list[int]] = {}
        for number, index, alternative in alternatives:
            groups.setdefault((number, index), []).append(alternative)
        for (number, index), among in sorted(groups.items()):
            rules = self._rules[number]
            evidence = rules.pattern_evidence(index, text, among)
            if evidence is not None and not ((entities.named or entities.variant_names)
                                             and entities.inside_a_name(evidence.start, evidence.end)):
                found.setdefault(rules.intent, []).append(evidence)
        return found


def _inside_another(start: int, end: int, intent: str, hits: list[tuple[int, int, str, float]]) -> bool:
    """Whether a keyword found at ``[start, end)`` lies inside a longer keyword of another
    intent: 尺码 of 改尺码 is the order change said, not a sizing question."""
    return any(other != intent and s <= start and end <= e and e - s > end - start for s, e, other, _ in hits)
