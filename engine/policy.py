"""Stage 5: choose the intent(s) to answer and the mode, as Starlette's ``Router``
chooses a route: the matchers said how sure they are; the policy decides.

Rules, in order:
1. A buyer who is angry or asks for a person is handed off, whatever else they ask.
2. Greeting, thanks and chit-chat yield to a real question in the same message. A
   greeting is not sent by itself when more follows it than words that frame a question
   (`engine/data/framing.txt`): in 「你好 我想维修」 what follows is what the buyer came
   for, so the likeliest real question leads, drafted for the agent with the greeting.
3. A short follow-up ("那L呢", "黑色的呢") with nothing of its own inherits the last
   question's intent, unless a rule of another intent is surer (what was learned from
   lone example questions does not count here); height/weight sent after the bot asked
   for them is sizing.
4. A second question in the same message (「有L码吗 包邮吗」) is answered too when it
   is sure on its own and rests on other words than the first; the first question
   answered is the surest, the others follow in the order they were asked.
5. Mode: auto at or above the shop's auto threshold, suggest between the two
   thresholds, handoff below (the engine does not guess); a case that needs a
   person hands off (`Decision.settle`). An answer that rests on what was learned
   alone, while a keyword or pattern of another intent fired, is only drafted: the
   examples and the rules disagree (「帮我改一下快递费吧」: 改 is learned as an order
   change, the pattern says a price change).
6. The agent on duty gets up to `DRAFTS` candidates even where few rules fired: after
   the hits come the intents the learned matcher finds likeliest next, if at least
   `DRAFT_MIN` likely (never chosen, only drafted).

Rules and what was learned from examples (`intents.learned`) meet here: a hit the
learned matcher finds unlikely for its message counts less (`damped`), and the score of
a decision is the chance that its intent is right (`engine.calibration`), so the shop's
thresholds read as precision. That chance leaves out an intent whose own rules refuse the
line (its ``exclude``: 「轴坏了能自己换吗」 is no exchange, though 坏了 and 换 were learned as one);
the drafts still show it.

What each intent is (soft, escalates, the fallback, what carries over) is read from
its class attributes (`intents.base.Intent`), gathered once into a `Roster`; no intent
is named here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from botcore.conversation import Conversation
from botcore.shop import Settings
from botcore.stages.numbers import COUNT_SAID
from engine.calibration import RULE_KINDS, Calibration, facts_of
from engine.mode import Mode
from intents import Evidence, Intent, IntentHit, Message
from intents.base import Ask
from intents.learned import LEARNED_WEIGHT

__all__ = ["Decision", "Roster", "decide"]

#: The least learned probability of an intent whose own rules' refusal of a line is weighed (`decide`'s
#: ``refuses``): below it, leaving the intent out moves no confidence, and looking costs a search.
REFUSAL_WEIGHED = 0.1

#: A second intent must be at least this sure to be answered in the same reply.
SECOND_INTENT_MIN = 0.75
#: A second question before buying is judged undamped only on a rule (or on what it names: 「170 130斤
#: 黑色有吗」, a body to size beside the stock) at least this strong.
SECOND_RULE_MIN = 0.9
#: A real question beats a greeting/thanks unless it is this much less sure.
SOFT_MARGIN = 0.2
#: Angry words hand off even when another intent scores higher.
HUMAN_OVERRIDE_MIN = 0.8
_FOLLOW_UP = re.compile(r"^(那|那么|还有|换成|要是).{0,10}$|^.{0,10}(呢|的话|怎么样)[?。!]*$")
_MAX_FOLLOW_UP = 14
#: How sure a short message in an intent's own words for going on with its last answer is
#: (above a keyword's 0.9: 「明天还有吗」 after the promotions asks of them, not of stock).
CONTINUED = 0.95
#: Entity kinds that name how goods are sent: a follow-up naming one asks of sending (a place may
#: still ask of a fact told place by place: 「能安装吗」 … 「我在成都呢」).
_SENDING = ("couriers",)
_BARE_FOLLOW_UP = 6  # "M码", "黑色的": short enough to need no 那/呢
#: A quality asked either way, 膻不膻, 厚不厚: a question in its own words, no follow-up (not 行不行, 可不可以, 是不是
#: of an offer or a choice going on).
_A_NOT_A = re.compile(r"([^行可能是要有对在会])不\1")
#: How the day feels, said in passing (「今天好冷啊」): no follow-up of a day's shipping, whatever day it names.
_SMALL_TALK = re.compile(r"(好|太|真|超|天)(冷|热|累|困|饿|烦|无聊|开心)(啊|呀|哦|了|死了|哈)?[!！~～。]*$")
#: A short line asking in its own words whether a variant is there (「酒红有吗」「L码还有没」): no follow-up.
_ASKS_IF_THERE = re.compile(r"有(吗|么|嘛|没|没有|不|货吗|货没|木有)[?？]*$|有没有")
#: A hit counts min(1, DAMP_FLOOR + DAMP_SLOPE * p) of its score, p being the learned
#: probability of its intent: a keyword the examples say is unlikely here counts half.
DAMP_FLOOR = 0.5
DAMP_SLOPE = 2.5
#: How many candidates the ranking offers an agent as drafts (rule 6).
DRAFTS = 3
#: A learned guess less likely than this is no draft: it would only crowd the agent's list.
DRAFT_MIN = 0.02
#: A follow-up (「那M呢」) or an answer to what the bot asked (「165 100斤」) is not a lone
#: message like those of the library, so its chance cannot be calibrated from it; the
#: narrow rules that recognise them are trusted this much: enough to answer by themselves
#: at the default threshold, as before scores became chances.
CONTEXT_CHANCE = 0.95


@dataclass(frozen=True)
class Roster:
    """What the policy needs to know of the intents, gathered once from their classes."""

    rank: Mapping[str, int]  # tie-break order: lower wins
    soft: frozenset[str]
    escalates: frozenset[str]
    openers: frozenset[str]
    fallback: str
    carries_over: Mapping[str, tuple[str, ...]]
    carries_after: Mapping[str, Mapping[str, tuple[str, ...]]]  # intent -> Conversation.asked -> kinds
    continues: Mapping[str, Callable[[str, str], bool]]  # intent -> whether (asked, text) goes on with it
    before_buying: frozenset[str]
    awaited: Mapping[str, tuple[str, Ask]]  # Conversation.awaiting -> (the intent asking, what it asked)
    refuses: Mapping[str, Callable[[str], bool]]  # intent -> whether its own rules say a text is not of it
    holding: frozenset[tuple[str, str]]  # (intent, case) whose wording is itself the holding line

    def refused(self, intent: str | None, text: str) -> bool:
        """Whether ``intent``'s own rules say ``text`` is not of it (no follow-up of its answer)."""
        refuses = self.refuses.get(intent or "")
        return refuses is not None and refuses(text)

    @classmethod
    def of(cls, intents: Iterable[Intent]) -> Roster:
        """The roster of ``intents``, given in tie-break order."""
        intents = tuple(intents)
        return cls(
            rank={intent.name: i for i, intent in enumerate(intents)},
            soft=frozenset(i.name for i in intents if i.soft),
            escalates=frozenset(i.name for i in intents if i.escalates),
            openers=frozenset(i.name for i in intents if i.opener),
            fallback=next(i.name for i in intents if i.fallback),
            carries_over={i.name: i.carries_over for i in intents if i.carries_over},
            carries_after={i.name: i.carries_after for i in intents if i.carries_after},
            continues={i.name: i.continues for i in intents if i.continued_by},
            before_buying=frozenset(i.name for i in intents if i.before_buying),
            awaited={key: (i.name, ask) for i in intents for key, ask in i.awaited.items()},
            refuses={i.name: i.refuses for i in intents},
            holding=frozenset((i.name, case) for i in intents for case in i.holding),
        )


@dataclass(frozen=True)
class Decision:
    chosen: tuple[IntentHit, ...]
    mode: Mode
    reason: str
    fallback: str  # the label when nothing was chosen
    ranked: tuple[IntentHit, ...] = ()  # every hit, best first (for suggestions and traces)
    rule: int | None = None  # the shop's keyword rule that answers instead of the intents
    confidence: float | None = None  # the chance the first intent is right, when calibrated
    learned: Mapping[str, float] | None = None  # the learned probabilities it weighed (`as_asked`, none refused)

    @property
    def score(self) -> float:
        """How sure the decision is: its calibrated confidence, else its first hit's score."""
        if self.confidence is not None:
            return self.confidence
        return self.chosen[0].score if self.chosen else 0.0

    @property
    def intents(self) -> tuple[str, ...]:
        return tuple(hit.intent for hit in self.chosen) or (self.fallback,)

    def settle(self, case_hands_off: bool) -> Mode:
        """The reply's mode once the chosen intents have answered: a case that needs a
        person (a complaint, tracking, an out-of-chart size) hands off whatever the score."""
        return "handoff" if case_hands_off else self.mode


def _separate(hit: IntentHit, chosen: Sequence[IntentHit]) -> bool:
    """True when ``hit`` rests on words of its own, apart from every chosen intent: its
    whole span does, or one of its strong rules does (「…多少钱 包邮不」: 包邮不 stands apart
    though a wider pattern of it reaches into 多少钱)."""
    taken = [span for other in chosen if (span := other.span()) is not None]
    facts = [span for other in chosen if other.evidence[0].kind == "attribute" and (span := other.span()) is not None]
    own = [hit.span()] + [(e.start, e.end) for e in hit.evidence
                          if e.kind in ("keyword", "pattern") and e.weight >= SECOND_RULE_MIN and e.start >= 0]
    return any(span is not None and not any(span[0] < b and a < span[1] for a, b in taken)
               and not _asks_of(hit, span, taken, facts) for span in own)


def _asks_of(hit: IntentHit, span: tuple[int, int], taken: Sequence[tuple[int, int]],
             facts: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether ``span`` holds only the words asking whether there is something, right after a
    chosen intent's subject (有吗 of 「侧撞保护有吗」, where 侧撞保护 is the product's fact), or whether
    it can be changed, right after a fact of the product (能换吗 of 「鞋垫能换吗」: the insole's, no
    exchange): no question of its own. (「拉链坏了」 says something happened: that is one.)"""
    said = {e.detail for e in hit.evidence if (e.start, e.end) == span and e.kind == "keyword"}
    if not said:
        return False
    return (said <= _WHETHER_THERE_IS and any(span[0] == end for _, end in taken)) or (
        said <= _WHETHER_IT_CHANGES | _WHETHER_IT_GOES and any(0 <= span[0] - end <= 4 for _, end in facts))
    # (换吗 of 可以更换吗; 寄 of 能寄吗)


#: Words asking whether there is something, which say nothing of what (有吗, 有没有).
_WHETHER_THERE_IS = frozenset({"有吗", "有么", "有嘛", "有没", "有没有", "有不", "还有吗"})
#: Words asking whether a thing can be sent, said of a part the product's facts name (气罐能寄吗).
_WHETHER_IT_GOES = frozenset({"能寄", "能寄吗", "寄", "可以寄", "可以寄吗", "能邮寄吗", "能发快递吗", "能发吗",
                              "可以发吗"})
#: Words asking whether a thing can be changed, said of a part the product's facts name (鞋垫能换吗).
_WHETHER_IT_CHANGES = frozenset({"能换吗", "换吗", "能换", "可以换", "可以换吗", "可换吗", "能不能换", "能换不",
                                 "可以换不", "可以更换吗", "能更换吗", "可更换吗"})


def as_asked(learned: Mapping[str, float], roster: Roster) -> dict[str, float]:
    """The learned probabilities, with a greeting, thanks or chit-chat in the message not
    counting against its real question (rule 2): a real intent's share among real intents."""
    real = 1.0 - sum(p for intent, p in learned.items() if intent in roster.soft)
    if real < 0.05:  # nothing real in the message
        return dict(learned)
    return {intent: p if intent in roster.soft else p / real for intent, p in learned.items()}


def damped(hits: Sequence[IntentHit], learned: Mapping[str, float], roster: Roster) -> list[IntentHit]:
    """Each hit with its score damped by how unlikely the learned matcher finds its intent;
    a request for a person, or a hit led by a fact the shop states, is never damped."""
    out = []
    for hit in hits:
        factor = min(1.0, DAMP_FLOOR + DAMP_SLOPE * learned.get(hit.intent, 0.0))
        # the learned matcher knows nothing of this shop's own facts: a hit led by one is not damped
        if factor < 1.0 and hit.intent not in roster.escalates and hit.evidence[0].kind != "attribute":
            hit = IntentHit(hit.intent, round(hit.score * factor, 3), hit.evidence, hit.missing)
        out.append(hit)
    return out


def _confidence(chosen: Sequence[IntentHit], learned: Mapping[str, float] | None,
                calibration: Calibration | None) -> float | None:
    """The calibrated chance that the decision is right (`CONTEXT_CHANCE` when it rests on
    the conversation); None when nothing was learned or there is no calibration."""
    if learned is None or calibration is None:
        return None
    if any(e.kind == "context" for e in chosen[0].evidence):
        return CONTEXT_CHANCE
    return calibration.chance(facts_of(chosen, learned))


def _framing() -> re.Pattern[str]:
    path = resources.files("engine") / "data" / "framing.txt"
    words = [w.strip() for w in path.read_text("utf-8").splitlines() if w.strip() and not w.startswith("#")]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


#: Words that frame a question without asking anything (longest first).
_FRAMING = _framing()
#: What is left of a message beyond its opener and framing words, to count as saying more.
_MORE = 2


def _asked_at(hit: IntentHit) -> int:
    """Where in the message ``hit``'s words start (a hit located nowhere: at the end)."""
    span = hit.span()
    return span[0] if span is not None else 1 << 30


def _says_more(hit: IntentHit, message: Message) -> bool:
    """Whether the message says more than ``hit``'s located words and framing words: at
    least `_MORE` letters, digits or Chinese characters besides."""
    span = hit.span()
    if span is None:
        return False
    rest = _FRAMING.sub("", message.text[:span[0]] + " " + message.text[span[1]:])
    return sum(ch.isalnum() for ch in rest) >= _MORE


def _names_any(message: Message, kinds: Sequence[str]) -> bool:
    return any(getattr(message.entities, kind) not in (None, ()) for kind in kinds)


def _contested(primary: IntentHit, found: Sequence[IntentHit], roster: Roster) -> bool:
    """Whether ``primary`` rests on what was learned alone while a strong rule (a keyword
    or pattern) of another intent fired: the examples and the rules disagree. A greeting
    before a real question disagrees with nothing (「你好 茶针是扁的吗」, rule 2); a word of
    thanks may be no thanks at all (「收到了里面没勺子」)."""
    if any(e.kind in RULE_KINDS or e.kind == "context" for e in primary.evidence):
        return False
    yielding = roster.openers if primary.intent not in roster.soft else frozenset()
    return any(hit.intent != primary.intent and hit.intent not in yielding
               and any(e.kind in ("keyword", "pattern") and e.weight >= SECOND_RULE_MIN for e in hit.evidence)
               for hit in found)


def _by_rules(hit: IntentHit) -> float:
    """How sure ``hit`` is on its rules alone (its score, at most its strongest rule): a
    follow-up is not a lone message like the examples', so what was learned does not count
    against it (rule 3)."""
    return min(hit.score, max((e.weight for e in hit.evidence if e.kind in RULE_KINDS), default=0.0))


def _context_hit(message: Message, conversation: Conversation, roster: Roster) -> IntentHit | None:
    asked = roster.awaited.get(conversation.awaiting or "")
    if asked is not None and _names_any(message, asked[1].answered_by):  # the bot asked, and here it is
        return IntentHit(asked[0], 0.9, (Evidence("context", asked[1].trace, 0.9),))
    if len(message.text) > _MAX_FOLLOW_UP:
        return None
    # 「加多少钱」 after 「能发顺丰吗」: in the intent's own words; the first intent's, else one that went on
    # beside it, where no entity said carries the last answer on (「那没拆封的呢」 after the product's 激活
    # fact and the return terms: the terms; 「那三件呢」 after a price and its postage: both, as carried)
    for i, last in enumerate(conversation.last_intents):
        if i == 1 and _carried_by(message, conversation, roster):  # (worked out once, at the first beside)
            break
        if roster.refused(last, message.text):
            continue  # (「那月子服什么时候买合适」 after a size: a time to buy, which sizing's rules say is not its)
        if _names_any(message, _SENDING) and not set(_SENDING) & set(_carried(roster, last, conversation)):
            continue  # (「发顺丰呢」 after the rush-order fact: sent by that courier, no fact of the goods)
        goes_on = roster.continues.get(last)
        if goes_on is not None and goes_on(conversation.asked_of(last) or "", message.text):
            return IntentHit(last, CONTINUED, (Evidence("context", f"接着上一句的{last}问题说", CONTINUED),))
    if not (_FOLLOW_UP.match(message.text) or len(message.text) <= _BARE_FOLLOW_UP) or (
            _ASKS_IF_THERE.search(message.text) and _names_any(message, ("colours", "sizes"))) \
            or _A_NOT_A.search(message.text) or _SMALL_TALK.search(message.text):
        return None  # (「酒红有吗」 after the price: whether that one is there, asked in its own words; not its
        # price. 「明天有吗」 after the promotions still asks of them. 「羊奶粉膻不膻」: a question of its own)
    carried = _carried_by(message, conversation, roster)
    return carried[0] if carried else None


def _carried_by(message: Message, conversation: Conversation, roster: Roster) -> tuple[IntentHit, ...]:
    """Each of the last answer's intents that a short follow-up naming one of its entity kinds
    goes on with, in the order they were answered: 「XL呢」 after 「可以预售吗 什么时候发」 continues the
    stock answer; 「两袋呢」 after 「多少钱 还有货吗」 both (the price of two, and whether two are there)."""
    hits = []
    for last in conversation.last_intents:
        if roster.refused(last, message.text):
            continue
        kinds = _carried(roster, last, conversation)
        if _names_any(message, ("colours",)) and "colours" not in kinds:
            continue  # 「白色4XL呢」 after a size for the buyer: that colour of it, which no size depends on
        if message.entities.quantity is not None and "quantity" not in kinds \
                and _names_any(message, ("colours", "sizes")):
            continue  # 「小熊粉要8卷」 after a fact of the product: so many of that colour, not the fact again
        if _names_any(message, kinds):
            hits.append(IntentHit(last, 0.8, (Evidence("context", f"接着上一句的{last}问题", 0.8),)))
    return tuple(hits)


def _carried(roster: Roster, last: str, conversation: Conversation) -> tuple[str, ...]:
    """The entity kinds with which a follow-up goes on with ``last``: always, and after what it
    last answered (`Conversation.asked`, 「together:…」 by its prefix)."""
    told = conversation.asked_of(last) or ""
    after = roster.carries_after.get(last, {}).get(told.partition(":")[0] + ":" if ":" in told else told)
    return (*roster.carries_over.get(last, ()), *(after or ()))


def _leading_follow_up(message: Message, conversation: Conversation, roster: Roster) -> IntentHit | None:
    """A short follow-up naming a variant, or how many, that begins a longer line (「那p70呢 有磁吸吗」 after the
    Mate60 was sold out; 「那我买两台呢 给我爸妈家也装一台」 after 不讲价): it goes on with the last answer's intent,
    located in its own words, the rest asked apart."""
    lead = _LEADING.match(message.text)
    if lead is None or not message.text[lead.end():].strip(" ,，。?？!！"):
        return None
    said = {"sizes", "colours"} if any(b <= lead.end() for _, b in message.entities.variant_names) else set()
    if message.entities.quantity is not None and COUNT_SAID.search(lead.group()):
        said.add("quantity")
    for last in conversation.last_intents[:1] if said else ():
        if not roster.refused(last, lead.group()) and said & set(_carried(roster, last, conversation)):
            return IntentHit(last, 0.8, (Evidence("context", f"接着上一句的{last}问题", 0.8, 0, lead.end()),))
    return None


#: A follow-up said first in a longer line: 「那p70呢」 of 「那p70呢 有磁吸吗」.
_LEADING = re.compile(r"^(?:那|那么)[^\s,，。?？!！]{1,8}?呢(?=[\s,，。?？!！])")


def shown(chance: float, threshold: float) -> str:
    """0.94, or 0.939 when two digits would make it look like the threshold it missed."""
    two = f"{chance:.2f}"
    return f"{chance:.3f}" if float(two) == threshold and chance < threshold else two


def decide(
    hits: Sequence[IntentHit],
    message: Message,
    conversation: Conversation,
    settings: Settings,
    roster: Roster,
    learned: Mapping[str, float] | None = None,
    calibration: Calibration | None = None,
    refuses: Callable[[str], bool] = lambda intent: False,
) -> Decision:
    """Pick the intents to answer and the mode. ``learned`` is the learned matcher's
    probability of each intent for this message (none: the hits' scores are taken as they are);
    ``refuses`` whether an intent's own rules say the message is none of its (「轴坏了能自己换吗」 is no
    exchange, however its words were learned): how sure the choice is leaves those out, the drafts do not."""
    rank, soft, fallback = roster.rank, roster.soft, roster.fallback
    as_found = hits
    if learned is not None:
        learned = as_asked(learned, roster)
        hits = damped(hits, learned, roster)
    ranked = sorted(hits, key=lambda h: (-h.score, rank.get(h.intent, len(rank))))
    strongest_real = max((h.score for h in ranked if h.intent not in soft), default=0.0)
    context = _context_hit(message, conversation, roster)
    also: tuple[IntentHit, ...] = ()  # the other questions the same follow-up goes on with
    if context is not None and context.score > max((_by_rules(h) for h in ranked if h.intent not in soft),
                                                   default=0.0):
        if (carried := _carried_by(message, conversation, roster)) and carried[0] == context:
            also = carried[1:]
        ranked = [context, *(h for h in ranked if h.intent != context.intent)]
        strongest_real = context.score
    elif (lead := _leading_follow_up(message, conversation, roster)) is not None \
            and all(h.score < lead.score for h in ranked if h.intent == lead.intent):
        # 「那p70呢 有磁吸吗」: the follow-up first, as a question of its own beside the other
        ranked = sorted([lead, *(h for h in ranked if h.intent != lead.intent)],
                        key=lambda h: (-h.score, rank.get(h.intent, len(rank))))
        strongest_real = max(strongest_real, lead.score)
    strongest_soft = max((h.score for h in ranked if h.intent in soft), default=0.0)
    if strongest_real >= max(settings.suggest_threshold, strongest_soft - SOFT_MARGIN):
        ranked = [h for h in ranked if h.intent not in soft]
    if not ranked:
        return Decision((), "handoff", "没有任何规则或例句命中", fallback, drafted(ranked, learned, roster),
                        learned=learned)
    human = next((h for h in ranked if h.intent in roster.escalates and h.score >= HUMAN_OVERRIDE_MIN), None)
    if human is not None:
        return Decision((human,), "handoff", "买家要人工或情绪不满", fallback, drafted(ranked, learned, roster))
    opened = ranked[0].intent in roster.openers and _says_more(ranked[0], message)
    if opened:  # 「你好 我想维修」: what follows the greeting is the question, however unsure
        asked = next((h for h in drafted(ranked, learned, roster) if h.intent not in soft), None)
        if asked is not None:
            ranked = [asked, *(h for h in ranked if h.intent != asked.intent)]
    primary = ranked[0]
    chosen = [primary, *(also if primary is context else ())]
    undamped: dict[str, IntentHit] | None = None
    going_on = primary is context and context.score == CONTINUED  # the whole short message goes on with it
    for hit in () if going_on else ranked[1:]:
        if primary.intent in roster.before_buying and _separate(hit, chosen):
            # a second question before buying, on its own words (「…有货吗 包邮不」), is judged by
            # its own rules: the learned matcher reads the whole message and finds the second unlikely
            if undamped is None:
                undamped = {h.intent: h for h in as_found if h.intent in roster.before_buying
                            and any(e.kind in ("keyword", "pattern", "entity", "attribute")
                                    and e.weight >= SECOND_RULE_MIN for e in h.evidence)}
            hit = undamped.get(hit.intent, hit)
        if len(chosen) == 3 or hit.score < SECOND_INTENT_MIN or hit.intent in soft:
            continue
        if _separate(hit, chosen):
            chosen.append(hit)
    chosen[1:] = sorted(chosen[1:], key=_asked_at)  # the other questions answered in the order asked
    # (「有运费险吗 L码还有吗」: stock's own refusal of one clause takes nothing from it; and what the other
    # intents refuse says what a line is not, never that it is small talk: 「汕头今天冷不冷」 stays unsure)
    weighed = _unrefused(learned, {hit.intent for hit in chosen}, refuses) if chosen[0].intent != fallback else learned
    confidence = _confidence(chosen, weighed, calibration)
    sure = primary.score if confidence is None else confidence
    if opened and sure >= settings.suggest_threshold:
        mode: Mode = "suggest"
        reason = "打招呼之后还说了别的,按最像的问题只给客服建议"
    elif sure >= settings.auto_threshold and _contested(primary, as_found, roster):
        mode = "suggest"
        reason = "例句和另一条规则说法不一,只给客服建议"
    elif sure >= settings.auto_threshold:
        mode = "auto"
        reason = f"把握 {shown(sure, settings.auto_threshold)} ≥ 自动回复门槛 {settings.auto_threshold}"
    elif sure >= settings.suggest_threshold:
        mode, reason = "suggest", f"把握 {shown(sure, settings.auto_threshold)} 不到自动回复门槛,只给客服建议"
    else:
        mode, reason = "handoff", f"把握 {shown(sure, settings.suggest_threshold)} 太低,交给人工"
    drafts = drafted(ranked, learned, roster)
    return Decision(tuple(chosen), mode, reason, fallback, _with_fallback(drafts, learned, roster) if mode == "handoff"
                    else drafts, confidence=confidence, learned=weighed)


def _unrefused(learned: Mapping[str, float] | None, answered: set[str],
               refuses: Callable[[str], bool]) -> Mapping[str, float] | None:
    """The learned probabilities without those of the intents not ``answered`` whose own rules refuse the line,
    looked at only where learned likely enough to matter (`REFUSAL_WEIGHED`)."""
    if learned is None:
        return None
    refused = {intent for intent, p in learned.items()
               if p >= REFUSAL_WEIGHED and intent not in answered and refuses(intent)}
    return {intent: p for intent, p in learned.items() if intent not in refused} if refused else learned


def _with_fallback(drafts: tuple[IntentHit, ...], learned: Mapping[str, float] | None,
                   roster: Roster) -> tuple[IntentHit, ...]:
    """Too unsure to suggest anything: the last draft shown is the fallback's (a person will
    look), unless it is among them already: a line that may be no shop question at all."""
    if len(drafts) < DRAFTS - 1 or any(hit.intent == roster.fallback for hit in drafts[:DRAFTS]):
        return drafts
    weight = round(LEARNED_WEIGHT * (learned or {}).get(roster.fallback, 0.0), 3)
    hit = IntentHit(roster.fallback, weight, (Evidence("learned", "把握太低,也可能不是店里的问题", weight),))
    return (*drafts[:DRAFTS - 1], hit)


def drafted(ranked: Sequence[IntentHit], learned: Mapping[str, float] | None, roster: Roster) -> tuple[IntentHit, ...]:
    """The ranked hits, then the learned matcher's next likeliest intents up to `DRAFTS`,
    scored by their learned weight. A real buyer's question that no rule knows still gets
    drafts; a line that is likely no shop question at all (the fallback) says so among them."""
    missing = DRAFTS - len(ranked)
    if learned is None or missing <= 0:
        return tuple(ranked)
    have = {hit.intent for hit in ranked}
    likely = sorted((intent for intent in learned
                     if intent not in have and learned[intent] >= DRAFT_MIN),
                    key=lambda intent: (-learned[intent], roster.rank.get(intent, len(roster.rank))))
    more = []
    for intent in likely[:missing]:
        weight = round(LEARNED_WEIGHT * learned[intent], 3)
        more.append(IntentHit(intent, weight, (Evidence("learned", "例句里学到的下一种可能", weight),)))
    return (*ranked, *more)
