"""decide(): which intents to answer and in which mode, from hand-built hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from botcore.conversation import Conversation
from botcore.shop import Settings
from botcore.stages.entities import Entities
from engine.calibration import calibration
from engine.policy import (
    CONTEXT_CHANCE,
    DAMP_FLOOR,
    DAMP_SLOPE,
    DRAFT_MIN,
    DRAFTS,
    HUMAN_OVERRIDE_MIN,
    SECOND_INTENT_MIN,
    SOFT_MARGIN,
    Decision,
    Roster,
    as_asked,
    damped,
    decide,
    shown,
)
from intents import INTENT_NAMES, load_intents
from intents.base import Evidence, IntentHit, Message
from intents.learned import LEARNED_WEIGHT

SETTINGS = Settings(auto_threshold=0.7, suggest_threshold=0.4)
ROSTER = Roster.of(load_intents())


def hit(intent: str, score: float, start: int = -1, end: int = -1, kind: str = "keyword") -> IntentHit:
    """A hit with one piece of evidence; ``start``/``end`` locate it in the text."""
    return IntentHit(intent, score, (Evidence(kind, f"{intent}-word", score, start, end),))  # type: ignore[arg-type]


def message(text: str = "随便问问", **entities: object) -> Message:
    return Message.of(text, tuple(text), Entities(**entities))  # type: ignore[arg-type]


def run(
    hits: list[IntentHit],
    msg: Message | None = None,
    conversation: Conversation | None = None,
    settings: Settings = SETTINGS,
) -> Decision:
    return decide(hits, msg or message(), conversation or Conversation(), settings, ROSTER)


# --- mode from the score ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "mode"),
    [(1.0, "auto"), (0.9, "auto"), (0.7, "auto"), (0.69, "suggest"), (0.55, "suggest"), (0.4, "suggest"),
     (0.39, "handoff"), (0.1, "handoff")],
)
def test_mode_follows_the_thresholds(score: float, mode: str) -> None:
    decision = run([hit("stock", score, 0, 3)])
    assert decision.mode == mode
    assert decision.intents == ("stock",)
    assert decision.score == score
    assert decision.reason


@pytest.mark.parametrize(
    ("auto", "suggest", "score", "mode"),
    [(0.9, 0.6, 0.85, "suggest"), (0.9, 0.6, 0.9, "auto"), (0.9, 0.6, 0.59, "handoff"), (0.5, 0.5, 0.5, "auto"),
     (0.5, 0.5, 0.49, "handoff")],
)
def test_mode_uses_the_shops_own_thresholds(auto: float, suggest: float, score: float, mode: str) -> None:
    settings = Settings(auto_threshold=auto, suggest_threshold=suggest)
    assert run([hit("payment", score, 0, 2)], settings=settings).mode == mode


def test_reasons_say_why() -> None:
    assert "0.90" in run([hit("stock", 0.9, 0, 2)]).reason
    assert "0.50" in run([hit("stock", 0.5, 0, 2)]).reason
    assert "0.20" in run([hit("stock", 0.2, 0, 2)]).reason


def test_nothing_matched_is_a_handoff() -> None:
    decision = run([])
    assert decision.mode == "handoff"
    assert decision.chosen == ()
    assert decision.intents == ("other",)
    assert decision.score == 0.0


def test_strongest_hit_wins() -> None:
    decision = run([hit("shipping", 0.72, 0, 4), hit("returns", 0.93, 0, 4), hit("payment", 0.8, 0, 4)])
    assert decision.intents == ("returns",)
    assert decision.mode == "auto"


def test_tie_is_broken_by_intent_order() -> None:
    # sizing comes before stock in INTENT_NAMES
    assert INTENT_NAMES.index("sizing") < INTENT_NAMES.index("stock")
    decision = run([hit("stock", 0.8, 0, 3), hit("sizing", 0.8, 1, 4)])
    assert decision.intents == ("sizing",)


# --- a person, or an angry buyer -------------------------------------------------------


@dataclass(frozen=True)
class HumanCase:
    name: str
    hits: list[IntentHit]
    mode: str
    intents: tuple[str, ...]


HUMAN_CASES = [
    HumanCase("human alone", [hit("human", 0.95, 0, 3)], "handoff", ("human",)),
    HumanCase("human beats a stronger question", [hit("stock", 1.0, 0, 4), hit("human", 0.85, 5, 9)],
              "handoff", ("human",)),
    HumanCase("exactly at the override", [hit("stock", 0.95, 0, 4), hit("human", HUMAN_OVERRIDE_MIN, 5, 9)],
              "handoff", ("human",)),
    HumanCase("weak human does not override", [hit("stock", 0.95, 0, 4), hit("human", 0.6, 5, 9)],
              "auto", ("stock",)),
    HumanCase("weak human alone is answered by score", [hit("human", 0.6, 0, 3)], "suggest", ("human",)),
]


@pytest.mark.parametrize("case", HUMAN_CASES, ids=[c.name for c in HUMAN_CASES])
def test_human_override(case: HumanCase) -> None:
    decision = run(case.hits)
    assert decision.mode == case.mode
    assert decision.intents == case.intents


def test_what_was_learned_alone_against_another_intents_rule_is_only_drafted() -> None:
    learned = {name: 0.0 for name in INTENT_NAMES} | {"order_change": 0.95, "payment": 0.05}
    guess = hit("order_change", 0.86, kind="learned")
    decision = decide([guess, hit("payment", 0.9, 2, 7, kind="pattern")], message("帮我改一下快递费吧"),
                      Conversation(), SETTINGS, ROSTER, learned, calibration())
    assert decision.intents == ("order_change",) and decision.score >= SETTINGS.auto_threshold
    assert decision.mode == "suggest" and "规则" in decision.reason
    alone = decide([guess], message("帮我改一下"), Conversation(), SETTINGS, ROSTER, learned, calibration())
    assert alone.mode == "auto"  # nothing disagrees: sure enough to send


def test_a_greetings_word_beside_what_was_learned_disagrees_with_nothing() -> None:
    learned = {name: 0.0 for name in INTENT_NAMES} | {"product": 0.95, "greeting": 0.05}
    guess = hit("product", 0.9, kind="learned")
    hello = hit("greeting", 0.95, 0, 2)
    decision = decide([guess, hello], message("你好茶针前面是扁的吗"), Conversation(), SETTINGS, ROSTER, learned,
                      calibration())
    assert decision.intents == ("product",) and decision.mode == "auto"


def test_an_intent_whose_rules_refuse_the_line_does_not_make_another_unsure_but_is_still_drafted() -> None:
    """「轴坏了能自己换吗」: its words are learned as an exchange, which the returns rules refuse (done by the
    buyer's own hand); the product's fact answers as surely as if nothing had been learned against it."""
    learned = {name: 0.0 for name in INTENT_NAMES} | {"returns": 0.85, "product": 0.15}
    fact = hit("product", 0.95, 0, 9, kind="attribute")
    doubted = decide([fact], message("轴坏了能自己换吗"), Conversation(), SETTINGS, ROSTER, learned, calibration())
    refused = decide([fact], message("轴坏了能自己换吗"), Conversation(), SETTINGS, ROSTER, learned, calibration(),
                     lambda intent: intent == "returns")
    assert doubted.intents == refused.intents == ("product",)
    assert doubted.confidence is not None and refused.confidence is not None
    assert refused.confidence > doubted.confidence + 0.1 and refused.mode == "auto"
    assert refused.learned is not None and "returns" not in refused.learned
    assert "returns" in [h.intent for h in refused.ranked]  # an agent still sees it among the drafts
    # the chosen intent's own refusal of another clause (「有运费险吗 L码还有吗」) takes nothing from it
    own = decide([fact], message("轴坏了能自己换吗"), Conversation(), SETTINGS, ROSTER, learned, calibration(),
                 lambda intent: intent == "product")
    assert own.confidence == doubted.confidence
    # what the others refuse says what a line is not, never that it is small talk (「汕头今天冷不冷」)
    chat = {name: 0.0 for name in INTENT_NAMES} | {"other": 0.6, "shipping": 0.4}
    weather = hit("other", 0.9, 0, 7, kind="pattern")
    unsure = decide([weather], message("汕头今天冷不冷"), Conversation(), SETTINGS, ROSTER, chat, calibration())
    still = decide([weather], message("汕头今天冷不冷"), Conversation(), SETTINGS, ROSTER, chat, calibration(),
                   lambda intent: intent == "shipping")
    assert still.confidence == unsure.confidence


def test_a_buyer_handed_off_to_a_person_still_gets_the_agent_drafts() -> None:
    learned = {name: 0.0 for name in INTENT_NAMES} | {"human": 0.5, "returns": 0.3, "logistics": 0.2}
    decision = decide([hit("human", 0.9, 0, 4)], message(), Conversation(), SETTINGS, ROSTER, learned)
    assert decision.mode == "handoff" and decision.intents == ("human",)
    assert [h.intent for h in decision.ranked] == ["human", "returns", "logistics"]  # what the agent may answer


def test_human_override_says_why() -> None:
    decision = run([hit("bargain", 0.9, 0, 4), hit("human", 0.9, 5, 8)])
    assert decision.chosen == (hit("human", 0.9, 5, 8),)
    assert "人工" in decision.reason


# --- greeting, thanks and chit-chat yield -----------------------------------------------


@pytest.mark.parametrize(
    ("hits", "intents"),
    [
        ([hit("greeting", 0.9, 0, 2), hit("shipping", 0.8, 3, 9)], ("shipping",)),
        ([hit("thanks", 0.93, 0, 2), hit("shipping", 0.8, 3, 9)], ("shipping",)),
        ([hit("other", 0.85, 0, 2), hit("invoice", 0.7, 3, 9)], ("invoice",)),
        # a real question that is much less sure than the greeting does not take over ...
        ([hit("greeting", 0.98, 0, 2), hit("shipping", 0.5, 3, 9)], ("greeting",)),
        # ... nor one below the suggest threshold
        ([hit("greeting", 0.45, 0, 2), hit("shipping", 0.35, 3, 9)], ("greeting",)),
        # greeting and thanks: the stronger soft intent is answered
        ([hit("greeting", 0.9, 0, 2), hit("thanks", 0.8, 3, 5)], ("greeting",)),
    ],
    ids=["greeting", "thanks", "chit-chat", "much-weaker-question", "question-below-suggest", "two-soft"],
)
def test_soft_intents_yield_to_a_real_question(hits: list[IntentHit], intents: tuple[str, ...]) -> None:
    assert run(hits).intents == intents


def test_soft_margin_boundary() -> None:
    greeting = 0.9
    inside = round(greeting - SOFT_MARGIN + 0.01, 2)  # 0.71: close enough, the question wins
    outside = round(greeting - SOFT_MARGIN - 0.01, 2)  # 0.69: too unsure next to a clear greeting
    assert run([hit("greeting", greeting, 0, 2), hit("stock", inside, 3, 8)]).intents == ("stock",)
    assert run([hit("greeting", greeting, 0, 2), hit("stock", outside, 3, 8)]).intents[0] == "greeting"


def test_soft_intent_is_never_a_second_answer() -> None:
    # the greeting is strong and on its own words, but a soft intent is not added to a real answer
    decision = run([hit("stock", 0.9, 3, 8), hit("greeting", 0.85, 0, 2)])
    assert decision.intents == ("stock",)


def test_yielded_question_mode_is_its_own() -> None:
    decision = run([hit("greeting", 0.6, 0, 2), hit("shipping", 0.55, 3, 9)])
    assert decision.intents == ("shipping",)
    assert decision.mode == "suggest"


# --- a second (and third) question in the same message ---------------------------------


@pytest.mark.parametrize(
    ("second", "answered"),
    [
        (hit("shipping", 0.9, 5, 8), True),
        (hit("shipping", SECOND_INTENT_MIN, 5, 8), True),
        (hit("shipping", 0.74, 5, 8), False),  # not sure enough
        (hit("shipping", 0.9, 2, 6), False),  # rests on the same words as the first
        (hit("shipping", 0.9, 0, 4), False),  # exactly the same words
        (hit("shipping", 0.9, kind="example"), False),  # evidence not located in the text
        (hit("shipping", 0.9, 4, 8), True),  # touching, not overlapping
    ],
    ids=["separate", "at-minimum", "below-minimum", "overlapping", "same-span", "unlocated", "adjacent"],
)
def test_second_intent(second: IntentHit, answered: bool) -> None:
    decision = run([hit("stock", 0.95, 0, 4), second])
    expected = ("stock", "shipping") if answered else ("stock",)
    assert decision.intents == expected
    assert decision.mode == "auto"
    assert decision.score == 0.95  # the first intent's score


def test_at_most_three_intents() -> None:
    hits = [hit("stock", 0.95, 0, 3), hit("shipping", 0.9, 4, 7), hit("invoice", 0.85, 8, 11),
            hit("payment", 0.8, 12, 15)]
    assert run(hits).intents == ("stock", "shipping", "invoice")


def test_the_surest_question_is_answered_first_and_the_others_in_the_order_asked() -> None:
    # 「顺丰能发吗 L码有吗 可以开票不」: stock is surest; shipping was asked before invoice
    hits = [hit("stock", 0.95, 6, 10), hit("invoice", 0.92, 11, 16), hit("shipping", 0.9, 0, 5)]
    decision = run(hits)
    assert decision.intents == ("stock", "shipping", "invoice")
    assert [h.intent for h in decision.ranked] == ["stock", "invoice", "shipping"]  # drafts: likeliest first


def test_second_intent_must_be_apart_from_every_chosen_one() -> None:
    hits = [hit("stock", 0.95, 0, 4), hit("shipping", 0.9, 6, 10), hit("bargain", 0.85, 8, 12)]
    assert run(hits).intents == ("stock", "shipping")


def test_first_intent_without_location_blocks_nothing() -> None:
    hits = [hit("stock", 0.95, kind="example"), hit("shipping", 0.9, 5, 8)]
    assert run(hits).intents == ("stock", "shipping")


def test_weak_hits_are_not_second_answers() -> None:
    decision = run([hit("stock", 0.6, 0, 4), hit("shipping", 0.9, 6, 9)])
    # shipping is stronger, so it leads; stock is below the second-intent minimum
    assert decision.intents == ("shipping",)
    decision = run([hit("stock", 0.65, 0, 4), hit("shipping", 0.6, 6, 9)])
    assert decision.intents == ("stock",)
    assert decision.mode == "suggest"


# --- context: follow-ups and awaited answers -------------------------------------------


def test_measures_after_the_bot_asked_are_sizing() -> None:
    conversation = Conversation(awaiting="measures", last_intents=("sizing",))
    decision = run([], message("163 110斤", height=163.0, weight=110.0), conversation)
    assert decision.intents == ("sizing",)
    assert decision.mode == "auto"
    assert decision.score == 0.9
    assert decision.chosen[0].evidence[0].kind == "context"


@pytest.mark.parametrize("entities", [{"height": 158.0}, {"weight": 96.0}])
def test_height_or_weight_alone_answers_the_awaited_question(entities: dict[str, float]) -> None:
    conversation = Conversation(awaiting="measures", last_intents=("sizing",))
    assert run([], message("一五八", **entities), conversation).intents == ("sizing",)


def test_awaited_measures_lose_to_a_stronger_question() -> None:
    conversation = Conversation(awaiting="measures", last_intents=("sizing",))
    msg = message("160 100斤 今天发货吗", height=160.0, weight=100.0)
    decision = run([hit("shipping", 0.95, 9, 13)], msg, conversation)
    assert decision.intents[0] == "shipping"


def test_numbers_without_being_asked_are_not_sizing_by_context() -> None:
    decision = run([], message("163 110斤", height=163.0, weight=110.0), Conversation(last_intents=("invoice",)))
    assert decision.mode == "handoff"
    assert decision.chosen == ()


@pytest.mark.parametrize(
    ("last", "text", "entities", "expected"),
    [
        ("stock", "那l呢", {"sizes": ("L",)}, "stock"),
        ("stock", "黑色的呢", {"colours": ("黑色",)}, "stock"),
        ("sizing", "那卫衣呢", {"products": ("hoodie-fleece",)}, "sizing"),
        ("shipping", "那新疆呢", {"regions": ("新疆",)}, "shipping"),
        ("shipping", "换成顺丰", {"couriers": ("顺丰",)}, "shipping"),
        ("bargain", "两件的话", {"quantity": 2}, "bargain"),
        ("product", "白色怎么样", {"colours": ("白色",)}, "product"),
    ],
)
def test_short_follow_up_inherits_the_last_intent(
    last: str, text: str, entities: dict[str, object], expected: str
) -> None:
    decision = run([], message(text, **entities), Conversation(last_intents=(last,)))
    assert decision.intents == (expected,)
    assert decision.score == 0.8
    assert decision.mode == "auto"
    evidence = decision.chosen[0].evidence[0]
    assert evidence.kind == "context"
    assert last in evidence.detail


@pytest.mark.parametrize(("text", "expected"), [
    ("那p70呢 有磁吸吗", ("product", "stock")),  # the follow-up first, then a question of its own: both
    ("p70有磁吸吗", ("product",)),  # no follow-up said: the question alone
])
def test_a_follow_up_that_begins_a_longer_line_is_answered_beside_the_rest(text: str,
                                                                          expected: tuple[str, ...]) -> None:
    at = text.index("磁吸")
    said = message(text, sizes=("华为P70",), variant_names=((text.index("p70"), text.index("p70") + 3),))
    decision = run([hit("product", 0.92, at, at + 2, kind="attribute")], said,
                   Conversation(last_intents=("stock",), asked="count"))
    assert decision.intents == expected


def test_how_many_said_in_a_follow_up_that_begins_a_longer_line_goes_on_with_the_haggle() -> None:
    """「那我买两台呢 给我爸妈家也装一台」 right after 不讲价: two of them, still the haggle, not a line of its own."""
    text = "那我买两台呢 给我爸妈家也装一台"
    decision = run([], message(text, quantity=2), Conversation(last_intents=("bargain",)))
    assert decision.intents == ("bargain",) and decision.chosen[0].evidence[0].kind == "context"


def test_a_follow_up_continues_whichever_question_of_the_last_reply_it_fits() -> None:
    # 「可以预售吗 什么时候发」 was answered as shipping and stock: 「XL呢」 continues the stock answer
    decision = run([], message("xl呢", sizes=("XL",)), Conversation(last_intents=("shipping", "stock")))
    assert decision.intents == ("stock",)
    assert decision.chosen[0].evidence[0].kind == "context"


@pytest.mark.parametrize(
    ("last", "text", "entities"),
    [
        ("invoice", "那l呢", {"sizes": ("L",)}),  # invoice answers do not carry over
        ("greeting", "那l呢", {"sizes": ("L",)}),
        (None, "那l呢", {"sizes": ("L",)}),  # nothing asked before
        ("stock", "那呢", {}),  # names nothing
        ("stock", "那l码的话要是我平时穿m是不是要拍大", {"sizes": ("L", "M")}),  # too long to be a follow-up
        ("sizing", "那卫衣什么时候买合适", {"products": ("hoodie-fleece",)}),  # a time to buy: sizing's rules refuse it
        ("product", "小熊粉要8卷", {"colours": ("小熊粉",), "quantity": 8}),  # a count of a colour: not the fact again
        ("returns", "羊奶粉膻不膻", {"products": ("hoodie-fleece",)}),  # a quality asked either way: its own question
        ("shipping", "今天好冷啊", {"day": "今天"}),  # how the day feels, said in passing
    ],
    ids=["invoice", "greeting", "first-message", "names-nothing", "too-long", "refused-by-its-rules",
         "a-count-the-last-does-not-carry", "a-quality-asked-either-way", "small-talk-of-the-day"],
)
def test_no_follow_up(last: str | None, text: str, entities: dict[str, object]) -> None:
    decision = run([], message(text, **entities), Conversation(last_intents=(last,)))
    assert decision.chosen == ()
    assert decision.mode == "handoff"


def test_follow_up_loses_to_a_stronger_own_hit() -> None:
    decision = run([hit("sizing", 0.9, 0, 3)], message("那l呢", sizes=("L",)), Conversation(last_intents=("stock",)))
    assert decision.intents == ("sizing",)


def test_follow_up_beats_a_weaker_own_hit() -> None:
    decision = run([hit("product", 0.5, 0, 3)], message("那l呢", sizes=("L",)), Conversation(last_intents=("stock",)))
    assert decision.intents[0] == "stock"
    assert decision.mode == "auto"


def test_follow_up_beats_what_was_learned_from_lone_examples_however_sure() -> None:
    # 「M码呢」 alone reads as a size question; after 「雾霾蓝有货吗」 it asks about stock
    learned = hit("sizing", 0.86, kind="learned")
    decision = run([learned], message("m码呢", sizes=("M",)), Conversation(last_intents=("stock",)))
    assert decision.intents == ("stock",)
    both = IntentHit("sizing", 0.86, (*learned.evidence, Evidence("example", "m码多长", 0.56)))
    decision = run([both], message("m码呢", sizes=("M",)), Conversation(last_intents=("stock",)))
    assert decision.intents == ("stock",)  # its rule alone (0.56) is less sure than the follow-up


def test_follow_up_beats_a_greeting_it_outscores() -> None:
    decision = run([hit("greeting", 0.6, 0, 1)], message("那l呢", sizes=("L",)), Conversation(last_intents=("stock",)))
    assert decision.intents == ("stock",)


@pytest.mark.parametrize(
    ("last", "text", "entities"),
    [
        ("sizing", "我在新疆", {"regions": ("新疆",)}),  # a region does not continue a size question
        ("stock", "顺丰呢", {"couriers": ("顺丰",)}),
        ("bargain", "m码", {"sizes": ("M",)}),  # a size does not move the bargaining ladder
        ("sizing", "白色4xl呢", {"colours": ("白色",), "sizes": ("4XL",)}),  # a colour of the size given: no size
    ],
)
def test_follow_up_needs_an_entity_of_the_last_question(last: str, text: str, entities: dict[str, Any]) -> None:
    decision = run([], message(text, **entities), Conversation(last_intents=(last,)))
    assert last not in decision.intents


# --- what an intent is comes from its class, never from its name ---------------------


@dataclass(frozen=True)
class StandIn:
    """An intent as the policy sees it: a name and the class attributes of `intents.base.Intent`."""

    name: str
    soft: bool = False
    opener: bool = False
    escalates: bool = False
    fallback: bool = False
    carries_over: tuple[str, ...] = ()
    awaited: Any = None
    carries_after: Any = None
    before_buying: bool = False
    continued_by: Any = None
    holding: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "awaited", self.awaited or {})
        object.__setattr__(self, "carries_after", self.carries_after or {})
        object.__setattr__(self, "continued_by", self.continued_by or {})

    def continues(self, asked: str, text: str) -> bool:
        return any(asked.startswith(prefix) and word in text for prefix, word in self.continued_by.items())

    def refuses(self, text: str) -> bool:
        return False


STAND_INS: Any = (StandIn("upset", escalates=True), StandIn("sizes", carries_over=("sizes",)),
                  StandIn("hello", soft=True), StandIn("rest", soft=True, fallback=True),
                  StandIn("post", continued_by={"courier:": "加"}))
RENAMED = Roster.of(STAND_INS)


def test_a_short_message_in_an_intents_own_words_goes_on_with_its_last_answer() -> None:
    """「加多少钱」 after 「能发顺丰吗」: the intent that answered says so (`Intent.continues`),
    over another intent's keyword; with another question before, it does not."""
    after = Conversation(last_intents=("post",), asked="courier:顺丰")
    decision = decide([hit("sizes", 0.9)], message("加多少钱"), after, SETTINGS, RENAMED)
    assert decision.intents == ("post",)
    assert decision.chosen[0].evidence[0].kind == "context"
    other = Conversation(last_intents=("post",), asked="fee")
    assert decide([hit("sizes", 0.9)], message("加多少钱"), other, SETTINGS, RENAMED).intents == ("sizes",)


def test_an_intent_that_escalates_hands_off_whatever_its_name() -> None:
    decision = decide([hit("sizes", 0.95), hit("upset", 0.85)], message(), Conversation(), SETTINGS, RENAMED)
    assert (decision.intents, decision.mode) == (("upset",), "handoff")


def test_the_fallback_label_is_the_intent_that_says_so() -> None:
    decision = decide([], message(), Conversation(), SETTINGS, RENAMED)
    assert decision.intents == ("rest",)


def test_soft_intents_yield_and_follow_ups_carry_over_by_attribute() -> None:
    follow_up = message("那M呢", sizes=("M",))
    decision = decide([hit("hello", 0.9)], follow_up, Conversation(last_intents=("sizes",)), SETTINGS, RENAMED)
    assert decision.intents == ("sizes",)
    assert decision.chosen[0].evidence[0].kind == "context"


# --- what was learned from examples -----------------------------------------------------


def test_a_rule_the_examples_find_unlikely_counts_less_but_a_request_for_a_person_never() -> None:
    learned = {"stock": 0.02, "human": 0.0, "shipping": 0.9}
    stock, human, shipping = damped([hit("stock", 0.9), hit("human", 0.95), hit("shipping", 0.8)], learned, ROSTER)
    assert stock.score == round(0.9 * (DAMP_FLOOR + DAMP_SLOPE * 0.02), 3)  # 0.495
    assert human.score == 0.95 and shipping.score == 0.8


def test_a_greeting_in_the_message_does_not_count_against_its_real_question() -> None:
    view = as_asked({"greeting": 0.8, "shipping": 0.15, "stock": 0.05}, ROSTER)
    assert view["greeting"] == 0.8
    assert view["shipping"] == pytest.approx(0.75) and view["stock"] == pytest.approx(0.25)


def test_the_score_is_the_calibrated_chance_and_a_follow_up_has_a_fixed_one() -> None:
    learned = {name: 0.0 for name in INTENT_NAMES} | {"stock": 0.9}
    decision = decide([hit("stock", 0.9, 0, 3)], message("有L码吗", sizes=("L",)), Conversation(), SETTINGS,
                      ROSTER, learned, calibration())
    assert decision.confidence is not None and decision.score == decision.confidence > 0.9
    follow_up = decide([], message("那M呢", sizes=("M",)), Conversation(last_intents=("stock",)), SETTINGS, ROSTER,
                       learned, calibration())
    assert follow_up.score == CONTEXT_CHANCE


def test_without_what_was_learned_scores_are_taken_as_they_are() -> None:
    decision = decide([hit("stock", 0.65)], message(), Conversation(), SETTINGS, ROSTER)
    assert decision.confidence is None and decision.score == 0.65


def test_a_hit_led_by_a_fact_the_shop_states_is_not_damped() -> None:
    # the learned matcher knows nothing of this shop's attributes; a keyword hit is damped as usual
    stated, keyword = hit("product", 0.92, 0, 4, kind="attribute"), hit("product", 0.92, 0, 4)
    learned = {"product": 0.01}
    assert damped([stated], learned, ROSTER)[0].score == 0.92
    assert damped([keyword], learned, ROSTER)[0].score == round(0.92 * (DAMP_FLOOR + DAMP_SLOPE * 0.01), 3)


@pytest.mark.parametrize(("chance", "text"), [(0.939, "0.939"), (0.94, "0.94"), (0.951, "0.95"), (0.5, "0.50")])
def test_a_chance_just_under_the_threshold_is_not_shown_as_the_threshold(chance: float, text: str) -> None:
    assert shown(chance, 0.94) == text


# --- drafts for the agent ------------------------------------------------------------------

_LEARNED = {name: 0.0 for name in INTENT_NAMES} | {"bargain": 0.5, "product": 0.3, "other": 0.15, "payment": 0.04,
                                                   "stock": DRAFT_MIN / 2}


@pytest.mark.parametrize(
    ("hits", "ranked"),
    [([], ["bargain", "product", "other"]),
     ([hit("product", 0.6)], ["product", "other", "bargain"]),
     ([hit("sizing", 0.9), hit("stock", 0.8)], ["sizing", "stock", "bargain"]),
     ([hit("sizing", 0.9), hit("stock", 0.8), hit("shipping", 0.7)], ["sizing", "stock", "shipping"])],
    ids=["no hit", "one hit", "two hits", "three hits"],
)
def test_the_learned_matcher_fills_the_drafts_up_to_three(hits: list[IntentHit], ranked: list[str]) -> None:
    learned = dict(_LEARNED)
    if hits and hits[0].intent == "product":
        learned = {**learned, "product": 0.9, "bargain": 0.05}  # product leads, bargain comes next
    decision = decide(hits, message(), Conversation(), SETTINGS, ROSTER, learned)
    assert [h.intent for h in decision.ranked] == ranked[:DRAFTS]
    chosen = [h.intent for h in hits[:1]]
    assert [h.intent for h in decision.chosen][:1] == chosen  # a draft is never chosen
    assert "stock" not in [h.intent for h in decision.ranked[len(hits):]]  # too unlikely to be worth a draft
    for drafted in decision.ranked[len(hits):]:
        [evidence] = drafted.evidence
        assert decision.learned is not None
        chance = decision.learned[drafted.intent]
        assert (evidence.kind, drafted.score) == ("learned", round(LEARNED_WEIGHT * chance, 3))


def test_without_a_learned_matcher_only_the_hits_are_drafted() -> None:
    assert [h.intent for h in run([hit("sizing", 0.9)]).ranked] == ["sizing"]


# --- a greeting with more after it --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "end", "mode"),
    [("你好", 2, "auto"),
     ("你好，我想问一下", 2, "auto"),  # asking leave to ask says nothing more
     ("在吗 老板", 2, "auto"),
     ("亲 在吗 问个事", 4, "auto"),
     ("你好 我想维修", 2, "suggest"),  # the rest asks what no rule understood
     ("你好请问带电子狗吗", 2, "suggest")],
)
def test_a_greeting_is_sent_by_itself_only_when_it_is_all_the_message_says(text: str, end: int, mode: str) -> None:
    start = 2 if text.startswith("亲") else 0
    decision = run([hit("greeting", 0.95, start, end)], message(text))
    assert (decision.intents, decision.mode) == (("greeting",), mode)
    if mode == "suggest":
        assert "打招呼之后还说了别的" in decision.reason


def test_after_a_greeting_the_likeliest_real_question_leads_as_a_draft() -> None:
    learned = {name: 0.0 for name in INTENT_NAMES} | {"greeting": 0.5, "returns": 0.3, "other": 0.2}
    greeting = [hit("greeting", 0.95, 0, 2)]
    decision = decide(greeting, message("你好 我想维修"), Conversation(), SETTINGS, ROSTER, learned)
    assert decision.intents == ("returns",) and decision.mode == "suggest"
    assert [h.intent for h in decision.ranked][:2] == ["returns", "greeting"]


def test_thanks_with_more_after_it_is_still_sent() -> None:  # 「好的 那我明天再来看看」 closes, it asks nothing
    decision = run([hit("thanks", 0.95, 0, 2)], message("好的 那我明天再来看看"))
    assert decision.mode == "auto"


def test_too_unsure_to_suggest_the_last_draft_is_the_fallback() -> None:
    """Handed off for want of confidence: among the agent's three drafts is the fallback's
    (a person will look), for a line that may be no shop question at all."""
    learned = {name: 0.0 for name in INTENT_NAMES} | {"bargain": 0.5, "product": 0.3, "other": 0.02}
    unsure = decide([hit("sizing", 0.3)], message(), Conversation(), SETTINGS, ROSTER, learned)
    assert unsure.mode == "handoff"
    assert [h.intent for h in unsure.ranked] == ["sizing", "bargain", "other"]
    sure = decide([hit("sizing", 0.9)], message(), Conversation(), SETTINGS, ROSTER, learned)
    assert [h.intent for h in sure.ranked] == ["sizing", "bargain", "product"]  # not when it answers
