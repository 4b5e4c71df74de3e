"""The engine: one shop, the whole pipeline, one reply per buyer message.

    normalise -> tokenise -> entities -> intents -> policy -> replies -> state

Usage::

    engine = Engine.from_file("shop.yaml")          # or Engine.from_file() for the example
    reply = engine.reply("170 120斤穿什么码", item_id="dress-floral")
    reply.text, reply.mode, reply.trace()
    engine.reply("那L呢", conversation=reply.conversation)
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import logging
import random
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from botcore.conversation import RECENT_WORDINGS, Conversation
from botcore.errors import ScriptError
from botcore.shop import Product, Shop, parse_shop, read_shop_file
from botcore.shop.calendar import Clock, shop_clock, shop_time
from botcore.shop.scenarios import Suite, described, field_of, unknown_intents
from botcore.stages.entities import (
    BODY_FIELDS,
    compounds_named,
    counted_as_size,
    devices_fitted,
    extract,
    own_sizes_said,
    page_variants_kept,
    pieces_as_packs,
    product_names_kept,
    shop_vocabulary,
    sized_by_word,
    sizes_not_body,
    sizes_with_said,
    tastes_not_variants,
    two_styles_said,
    units_of_pieces,
    variants_before_names,
    variants_in_names,
)
from botcore.stages.normalise import MAX_CHARS, normalise, readable
from botcore.stages.tokenise import tokenise
from botcore.text import SMALL_PARTS, SUM_SAID
from engine.calibration import Calibration, calibration
from engine.keywordrules import KeywordRules, QuickPhrases
from engine.learning import learned_for
from engine.policy import Decision, Roster, decide
from engine.reply import Part, Reply
from intents import INTENT_NAMES, Answer, Evidence, IntentHit, Message, Question, by_name, load_catalogue
from intents.attributes import in_fact_names, read_facts
from intents.catalogue import Catalogue
from intents.fits import FITS
from intents.goods import (
    adults_asked,
    alias_kinds,
    categories,
    metres_as_count,
    of_kinds,
    other_goods_blanked,
    other_kinds_said,
)
from intents.rules import Rules
from replies.library import Library

__all__ = ["Engine"]

_log = logging.getLogger("xiaoer.engine")

#: Flags of a problem with what was bought: no pre-sales answer goes beside them.
_PROBLEMS = frozenset({"quality_issue", "complaint", "return_request"})

FALLBACK_CASES: Mapping[str, tuple[str, ...]] = {"check": (), "handoff": (), "empty": (), "wait": ()}


def _check_tests(suite: Suite, source: str) -> None:
    """The shop's own tests expect intents there are (the shop model checks the rest of them;
    the engine does not run them: `engine.scenarios` does)."""
    for loc, problem in unknown_intents(suite, INTENT_NAMES)[:1]:
        raise ScriptError(f"{source} 的 tests: {described(loc, suite)}{problem}", "unknown_intent", field_of(loc))


class Engine:
    """A shop's reply engine. Build once; `reply` is pure apart from the clock and rng."""

    def __init__(
        self,
        shop: Shop,
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        source: str = "店铺文件",
    ) -> None:
        self.shop = shop
        self._by_name = by_name()
        self.intents = tuple(self._by_name.values())
        self._product_readers = tuple(intent for intent in self.intents if intent.reads_product)
        self._roster = Roster.of(self.intents)
        self._fallback_intent = self._roster.fallback
        self._catalogue = self._shop_catalogue(shop, source)
        self.learned = learned_for(shop, self.intents)
        self.calibration: Calibration | None = calibration()
        cases = {i.name: dict(i.cases) for i in self.intents} | {"fallback": dict(FALLBACK_CASES)}
        self.library = Library.load(cases, shop.replies, f"{source} 的 replies")
        self.vocabulary = shop_vocabulary(shop)
        self._kinds = categories(shop.products)  # (the shop's kinds of goods: 镜框, 镜片)
        self._alias_kinds = alias_kinds(shop.products)  # (and those its aliases end in: 挂机 of 云享挂机, 清风挂机)
        self.keyword_rules = KeywordRules(shop.keyword_rules, INTENT_NAMES, source)
        self.quick_phrases = QuickPhrases(shop.quick_phrases, INTENT_NAMES, source)
        if shop.tests is not None:
            _check_tests(shop.tests, source)
        self._clock = clock or shop_clock
        self._rng = rng or random.Random()
        self._common = {"shop_name": shop.shop.name, "agent": shop.shop.agent_nickname}

    def _shop_catalogue(self, shop: Shop, source: str) -> Catalogue:
        """The shared catalogue, or one with the shop's own keywords and examples added."""
        if not shop.matching:
            return load_catalogue()
        known = {intent.name for intent in self.intents}
        extra = []
        for name, data in shop.matching.items():
            if name not in known:
                raise ScriptError(f"{source} 的 matching: 没有 {name} 这个意图;可用: {', '.join(sorted(known))}",
                                  "unknown_intent", f"matching.{name}")
            try:
                extra.append(Rules.compile(name, data.model_dump(exclude_defaults=True),
                                           f"{source} 的 matching.{name}"))
            except ScriptError as e:
                raise ScriptError(str(e), e.code, e.field or f"matching.{name}") from e
        return Catalogue([*(intent.rules for intent in self.intents), *extra])

    @property
    def fallback_intent(self) -> str:
        """The intent of what no other intent takes (`Intent.fallback`): it hands off."""
        return self._fallback_intent

    def seeded(self, seed: int) -> Engine:
        """The same engine picking wordings from its own generator: repeatable answers."""
        twin = copy.copy(self)
        twin._rng = random.Random(seed)
        return twin

    @classmethod
    def from_file(cls, path: str | Path | None = None, **options: Any) -> Engine:
        """Load a shop file (the bundled example when ``path`` is None)."""
        text, source = read_shop_file(path)
        return cls(parse_shop(text, source), source=source, **options)

    def read(
        self, text: str, conversation: Conversation | None = None, item_id: str | None = None,
    ) -> tuple[Message, Decision]:
        """Understand a message without answering it (used by eval and traces); ``item_id``
        is the product the buyer is looking at, whose stated facts some intents read."""
        message, decision, _ = self._read(text, conversation or Conversation(), item_id)
        return message, decision

    def _read(
        self, text: str, conversation: Conversation, item_id: str | None,
    ) -> tuple[Message, Decision, Product | None]:
        """`read`, and the product in question (`_focus`), which `reply` needs too."""
        normalised = normalise(text)
        empty = normalised.empty
        tokens = tokenise(normalised.text) if not empty else ()
        message = Message.of(normalised.text, tokens, extract(normalised.text, self.vocabulary))
        if empty:
            return (message, Decision((), "handoff", "消息里没有可读的文字", self._fallback_intent),
                    self._focus(message, item_id, conversation))
        if len(message.entities.products) >= 2:  # 「柜机支架多少钱」: the bracket for the 柜机 (柜机用), not both
            message = dataclasses.replace(message, entities=compounds_named(
                message.entities, message.text, [p for pid in message.entities.products
                                                 if (p := self.shop.product(pid)) is not None]))
        found = self._catalogue.find(message)
        learned = self.learned.read(message)
        for intent, evidence in learned.evidence.items():
            found.setdefault(intent, []).append(evidence)
        product = self._focus(message, item_id, conversation)
        # 「12棵多少钱」 of its 12棵装, 「105套件的多少」 of a bike's 105套件: no twelve, no 105 of them
        counted = counted_as_size(message.entities, product, message.text)
        counted = sized_by_word(counted, message.text, product)  # 「砖红大的呢」 of a mug in 350ml and 450ml
        counted = own_sizes_said(counted, message.text, product)  # 「1.67的多少钱」: the lens's 1.67, not a bundle's
        counted = sizes_with_said(counted, message.text, product)  # 「50的带芯有吗」: the 含芯 one, not its alias's
        called = [p for pid in counted.products if (p := self.shop.product(pid)) is not None]
        counted = product_names_kept(counted, message.text, product, called)  # 「拉拉裤XXL有吗」: no colour
        counted = sizes_not_body(counted, product)  # 「150和200哪个好」 of a bowl: two sizes, not a body
        counted = units_of_pieces(counted, product, message.text)  # 「一副」 of a dumbbell priced 单只: two
        counted = pieces_as_packs(counted, product, message.text)  # 「要300个」 of 喜糖盒(100个装): three packs
        counted = metres_as_count(counted, product, message.text)  # 「拍6米」 of a curtain priced 每米: six
        counted = tastes_not_variants(counted, message.text, product)  # 「有烟熏味吗」: a taste, not 松烟香
        counted = two_styles_said(counted, message.text, product)  # 「两个款有啥区别」: both of its two styles
        # 「1.60防蓝光镜片」: 防蓝光 of the lens, said inside the name it is called by
        named = [p for pid in counted.products if (p := self.shop.product(pid)) is not None]
        if named and product is not None:  # 「35w的多少 苹果16pro能用吗」 on a charger's page: the phone it is for
            counted = devices_fitted(counted, message.text, product, named)
            named = [p for p in named if p.id in counted.products]
        kept = page_variants_kept(counted, message.text, product, named)  # 「和英国梨各一个」 of the page's scent
        if kept is not counted:
            counted, named = kept, [p for p in named if p.id in kept.products]
        counted = variants_in_names(counted, message.text, named)
        counted = variants_before_names(counted, message.text, named)  # 「1.60防蓝光镜片」: the lens's, not a bundle's
        if counted is not message.entities:
            message = dataclasses.replace(message, entities=counted)
        if product is not None:
            # 「镜框加1.60防蓝光镜片一共多少钱」 with the lens in view: 镜框 names the frames the shop sells,
            # not the lens's fact called 镜框 (the same length, blanked: where the other words stand holds)
            blanked = other_goods_blanked(self._kinds, product, message.text)
            read = message if blanked == message.text else dataclasses.replace(message, text=blanked)
            for reader in self._product_readers:
                if about := reader.about(read, product):
                    found.setdefault(reader.name, []).extend(about)
        hits = [hit for intent in self.intents
                if (intent.name in found or intent.reads_entities)
                and (hit := intent.match(message, found.get(intent.name, [])))]
        decision = decide(hits, message, conversation, self.shop.settings, self._roster, learned.probabilities,
                          self.calibration, lambda intent: intent in self._by_name
                          and self._by_name[intent].refuses(message.text))
        # the shop's keyword rules answer instead of the intents, once these have been read:
        # a complaint still goes to a person, and the trace still shows what the intents saw
        rule = self.keyword_rules.match(message.text)
        # (a person is wanted by what was said, not only by what was learned: 「能不能解速 25太慢了」 is of the
        # speed the owner's rule for 解速 answers, though 太慢了 reads like a complaint)
        if rule is not None and not (self._escalates(decision.intents[0]) and any(
                e.kind != "learned" for hit in decision.chosen[:1] for e in hit.evidence)) \
                and not _answered_by_its_fact(decision, product, rule.found, message.text):
            evidence = Evidence("rule", f"关键词回复#{rule.index + 1}「{'、'.join(rule.found)}」", 1.0,
                                rule.start, rule.end)
            decision = Decision((IntentHit(rule.intent, 1.0, (evidence,)),), "auto",
                                f"本店关键词回复第 {rule.index + 1} 条", self._fallback_intent, decision.ranked,
                                rule=rule.index)
        if normalised.truncated:  # said, not silent: the trace and the webhook's reason show it
            decision = dataclasses.replace(decision, reason=f"{decision.reason};消息太长,只读了前 {MAX_CHARS} 个字")
        return message, decision, product

    def reply(
        self,
        text: str,
        conversation: Conversation | None = None,
        *,
        item_id: str | None = None,
        now: dt.datetime | None = None,
        alternatives: int = 0,
    ) -> Reply:
        """Answer one buyer message. ``item_id`` is the product the buyer is looking at;
        ``alternatives`` asks for that many single-intent drafts (suggest mode)."""
        conversation = conversation or Conversation()
        now = shop_time(now or self._clock())
        message, decision, product = self._read(text, conversation, item_id)
        # what was asked is of the last question only: an answer that wants it kept says it again
        talked = product.id if product else None
        if item_id is not None and talked != item_id and _AGAINST_THIS.search(message.text) \
                and self.shop.product(item_id) is not None:
            talked = item_id  # 「这个跟波尔多那个有啥区别」: the page's, compared; the next question is of it still
        changes: dict[str, Any] = {"turns": conversation.turns + 1, "product_id": talked,
                                   "page_id": item_id or conversation.page_id, "asked": None}
        if product is not None:  # the colour and size named stay the ones talked of, whoever answers
            # (two of them named, 「恒温款跟基础款有啥区别」: compared, neither chosen; 「包邮吗」 next is of both)
            kinds: tuple[tuple[Literal["colour", "size"], tuple[str, ...]], ...] = (
                ("colour", message.entities.colours), ("size", message.entities.sizes))
            for key, words in kinds:
                if found := product.variants_found(words, key):
                    changes[key] = found[0] if len(found) == 1 else None
        # so do the body measures told (「180 160斤 黑色XL有吗」 … 「那XXL呢」 is sized for them), how
        # many are wanted (「要10盒 能打折吗」 … 「一共多少钱」) and where the parcel goes
        said = message.entities
        # (「一个20一个24」: one of each; 「我看有两个」: two things seen, not two wanted)
        if said.quantity and len(said.sizes) < 2 and len(said.colours) < 2 and not _COUNT_SEEN.search(message.text):
            changes["quantity"] = said.quantity
        if said.regions:  # 「我在哈尔滨 会冻死吗」 … 「几天能到」: to 黑龙江, whoever answered first
            changes["region"] = said.regions[0]
        if said.measures_sure or (said.height and said.weight):  # 「180 160斤」: each says what the other is
            changes.update({key: value for key in BODY_FIELDS if (value := getattr(said, key)) is not None})
        recent = list(conversation.recent_wordings)
        if not readable(message.text):
            return self._fallback("empty", decision, message, conversation, changes, recent)
        if decision.rule is not None:
            return self._rule_reply(decision.rule, decision, message, conversation, changes, recent, alternatives)
        question = Question(self.shop, message, conversation, now, product,
                            self.shop.product(item_id or conversation.page_id or ""))
        actions: list[Mapping[str, str]] = []
        handoff = decision.mode == "handoff"
        remembered: dict[str, Any] = {}
        asked_also: list[str] = []  # what the other intents asked within themselves (Conversation.asked_also)
        answered: list[tuple[Part, Answer]] = []
        for hit in decision.chosen:
            # (an intent going on beside the first, 「那三个呢」 after 「两个多少钱 包邮吗」: with what it asked;
            # so is one that answered second and now leads, 「要加多少钱」 after 「黑龙江能发吗 会不会冻坏」)
            own = question if conversation.last_intents[:1] == (hit.intent,) \
                or hit.intent not in conversation.last_intents[1:] else \
                dataclasses.replace(question, conversation=conversation.update({"asked": conversation.asked_of(
                    hit.intent)}))
            for part, answer in self._answers(hit.intent, own, recent):
                answered.append((part, answer))
                actions += answer.actions
                handoff = handoff or answer.handoff or answer.draft
                remembered = {**answer.remember, **remembered}  # the first question's memory over a second's
                if hit is not decision.chosen[0] and "asked" in answer.remember:
                    asked_also.append(f"{hit.intent}:{answer.remember['asked']}")
                recent.append(part.template_id)
        # a problem flagged for a person (「屏幕有个坏点」) is not answered with facts before buying beside it
        flagged = any(answer.handoff and any(a.get("reason") in _PROBLEMS for a in answer.actions)
                      for _, answer in answered)
        parts = [part for part, answer in answered
                 if not (flagged and part.intent in self._roster.before_buying and not answer.handoff)]
        changes.update(remembered, asked_also=tuple(dict.fromkeys(asked_also)))
        if not parts:
            drafts = self._alternatives(decision, question, conversation, alternatives, [])
            return self._fallback("handoff", decision, message, conversation, changes, recent, drafts)
        suggestion = "\n".join(p.text for i, p in enumerate(parts)  # (an intent's own parts it chose to say)
                               if not _repeats(p, [q for q in parts[:i] if q.intent != p.intent]))
        mode = decision.settle(handoff)
        text_out = suggestion
        drafted_only = any(answer.draft for _, answer in answered)  # a person checks it before it is sent
        holds_itself = all((part.intent, part.case) in self._roster.holding for part in parts)
        if (decision.mode != "auto" or drafted_only) and not self._escalates(decision.chosen[0].intent) \
                and not holds_itself:  # (「算了 别家更便宜 不买了」: its own apology, not 「请稍等」)
            # (a goodbye or a chat, 「算了 不买了」「今天好冷啊」, is not told it is being checked: only to wait)
            kind = "handoff" if decision.mode == "handoff" else \
                "wait" if decision.chosen[0].intent in self._roster.soft else "check"
            holding = self.library.choose(f"fallback.{kind}", recent, self._rng)
            text_out = holding.render(self._common)
            recent.append(holding.id)
        # a person asked for, or an upset line, leaves what was talked of as it was: 「什么破店 再不发我退款了」
        # after 「前天拍的怎么还没发货」, then 「能不能今天发」 still asks of that order
        kept = self._escalates(decision.intents[0]) and bool(conversation.last_intents) and not remembered
        if kept:
            changes.update(asked=conversation.asked, asked_also=conversation.asked_also)
        changes.update(last_intents=conversation.last_intents if kept else decision.intents,
                       handed_off=mode == "handoff", recent_wordings=tuple(recent[-RECENT_WORDINGS:]))
        intents = decision.intents
        # (the answer, not the confidence, sent it to a person: the trace says so)
        reason = decision.reason if mode == decision.mode else f"{decision.reason};这个回答要同事确认后再发"
        return Reply(
            text=text_out, mode=mode, intents=intents, score=decision.score,
            parts=tuple(parts), suggestion=suggestion,
            evidence=tuple(e for h in decision.chosen for e in h.evidence),
            candidates=decision.ranked or decision.chosen, actions=tuple(actions), reason=reason,
            normalised=message.text, entities=message.entities, conversation=conversation.update(changes),
            heard=conversation.hear(changes), escalates=self._escalates(intents[0]),
            alternatives=self._alternatives(decision, question, conversation, alternatives, parts),
            quick_phrases=self._quick_phrases(decision) if alternatives else (),
        )

    def _quick_phrases(self, decision: Decision) -> tuple[tuple[str, str], ...]:
        return tuple((phrase.title, template.render(self._common))
                     for phrase, template in self.quick_phrases.offer(decision.intents))

    def _rule_reply(
        self, index: int, decision: Decision, message: Message, conversation: Conversation, changes: dict[str, Any],
        recent: list[str], alternatives: int,
    ) -> Reply:
        """The shop's keyword rule answers, as written, in auto mode."""
        hit = decision.chosen[0]
        rule = self.shop.keyword_rules[index]
        template_id = f"keyword_rules[{index}]"
        text = self.keyword_rules.template(index).render(self._common)
        part = Part(hit.intent, "keyword_rule", template_id, text, {"keywords": "、".join(rule.keywords)})
        changes.update(last_intents=(hit.intent,), handed_off=False,
                       recent_wordings=tuple([*recent, template_id][-RECENT_WORDINGS:]))
        return Reply(
            text=text, mode="auto", intents=decision.intents, score=1.0, parts=(part,), suggestion=text,
            evidence=hit.evidence, candidates=decision.ranked or decision.chosen, actions=(),
            reason=decision.reason, normalised=message.text, entities=message.entities,
            conversation=conversation.update(changes), heard=conversation.hear(changes),
            escalates=self._escalates(hit.intent), alternatives=((part, 1.0),) if alternatives else (),
            quick_phrases=self._quick_phrases(decision) if alternatives else (),
        )

    def _answers(self, intent: str, question: Question, recent: Sequence[str]) -> list[tuple[Part, Answer]]:
        """The intent's answer rendered, then each of its ``also`` answers (「包邮吗 几天到」)."""
        try:
            answer = self._by_name[intent].answer(question)
            answers = [answer, *answer.also]
            templates = [self.library.choose(f"{intent}.{a.case}", recent, self._rng) for a in answers]
        except Exception:  # a fault in an intent's code loses no buyer: a person answers, the log says
            _log.exception("intent %s failed to answer; handed to a person", intent)  # why (no buyer text: unmasked)
            answers = [Answer("failed", handoff=True)]
            templates = [self.library.choose("fallback.handoff", recent, self._rng)]
        return [(Part(intent, a.case, t.id, t.render({**self._common, **a.facts}), a.facts), a)
                for a, t in zip(answers, templates, strict=True)]

    def _alternatives(
        self, decision: Decision, question: Question, conversation: Conversation, limit: int,
        answered: list[Part],
    ) -> tuple[tuple[Part, float], ...]:
        """Up to ``limit`` drafts, one per likely intent, best first, for an agent to pick
        (the parts already answered are reused, not answered again)."""
        done: dict[str, Part] = {}
        for part in answered:  # (an intent's first part: the others answer the rest of the line)
            done.setdefault(part.intent, part)
        drafts = []
        for hit in (decision.ranked or decision.chosen)[:limit]:
            part = done.get(hit.intent) or self._answers(hit.intent, question, conversation.recent_wordings)[0][0]
            drafts.append((part, hit.score))
        return tuple(drafts)

    def _fallback(
        self, case: str, decision: Decision, message: Message, conversation: Conversation,
        changes: dict[str, Any], recent: list[str], drafts: tuple[tuple[Part, float], ...] = (),
    ) -> Reply:
        """No intent to answer: an empty message gets an invitation, the rest a hand-off
        (with ``drafts`` for the agent, of what the buyer may be asking)."""
        template = self.library.choose(f"fallback.{case}", recent, self._rng)
        text = template.render(self._common)
        part = Part(self._fallback_intent, case, template.id, text, {})
        changes.update(last_intents=(self._fallback_intent,), handed_off=True,
                       recent_wordings=tuple([*recent, template.id][-RECENT_WORDINGS:]))
        return Reply(
            text=text, mode="handoff", intents=(self._fallback_intent,), score=0.0, parts=(part,), suggestion=text,
            evidence=(), candidates=decision.ranked or decision.chosen, actions=(), reason=decision.reason,
            normalised=message.text, entities=message.entities, conversation=conversation.update(changes),
            heard=conversation.hear(changes), escalates=self._escalates(self._fallback_intent), alternatives=drafts,
        )

    def _escalates(self, intent: str) -> bool:
        """Whether ``intent`` means the buyer wants a person (`intents.base.Intent.escalates`)."""
        return intent in self._roster.escalates

    def _begun(self, message: Message, current: str | None) -> tuple[str, ...]:
        """The one other product a short follow-up names by the start of its name (「那智能的呢」 on
        the 连体马桶's page: the 智能马桶, of its kind) or a longer word of it, where that word is no variant of the one
        talked about, nor a word its facts say (「那平安夜呢」 after its 节日价格 was asked, which says
        平安夜和圣诞不涨价: of it still, not the 平安夜限定花束)."""
        said = _BEGUN.match(message.text)
        if said is None:
            return ()
        word, product = said["word"], self.shop.product(current or "")
        # (a fact of it that names another product, 请选我们的不锈钢复合底炒锅, says that product's word, not its own)
        others = [n.lower() for p in self.shop.products if p is not product for n in (p.name, *p.aliases)]
        if product is not None and (product.find_colour(word) or product.find_size(word) or any(
                _said_of_its_own(value.lower(), word, others) for value in product.attributes.values())):
            return ()
        # (or by a word of three or more inside it: 「那不锈钢那个呢」 of 316不锈钢复合底炒锅)
        begun = [p for p in self.shop.products if p.id != current and any(
            (n.lower().startswith(word) or (len(word) >= 3 and word in n.lower())) and n.lower() != word
            for n in (p.name, *p.aliases))]
        if len(begun) > 1 and product is not None and product.category:  # (智能镜柜 too: the toilets' kind)
            begun = [p for p in begun if p.category == product.category]
        return (begun[0].id,) if len(begun) == 1 else ()

    def _focus(self, message: Message, item_id: str | None, conversation: Conversation) -> Product | None:
        """The product in question: named in the message, else the one the buyer is
        looking at, else the one talked about before, else the only one the shop has. A
        product named on the page the buyer is still on (「大衣有驼色吗」 on the dress's page,
        then 「M码呢」) is the one talked about until they open another page."""
        named = message.entities.products or self._begun(message, conversation.product_id or item_id)
        page = self.shop.product(item_id) if item_id is not None and named else None
        words = {message.text[start:end] for start, end in message.entities.named}
        if page is not None and not _priced_apart(page, words, message.text) \
                and (in_fact_names(page, words, message.text)  # 「含床垫吗」 on a bed's page
                                 # 「镜片高度多少」 on a frame's page whose 尺寸 says 镜片高度46mm: the frame's
                                 or _said_in_its_facts(page, message.text, message.entities.named)
                                 # 「刷头坏了也保吗」 on a toothbrush's page whose 保修 says 刷头是耗材: the brush's
                                 or _named_in_a_fact_asked(page, message.entities.unnamed(message.text),
                                                           words)
                                 or (words and all(_its_own(page, w) for w in words))
                                 # 「lite能用吗」 on a case's page whose 适配 says 只适配Pro…Lite用不了: of the case
                                 # (「x9pro用哪个滤网」 on a filter's page whose 兼容 names X9 Pro: the filter's)
                                 or (words and FITS.search(message.text) is not None
                                     and all(_its_own(page, w) or any(w.replace(" ", "") in value.lower().replace(
                                         " ", "") for value in page.attributes.values()) for w in words))
                                 # 「苹果16pro能用吗」 on a charger's page with a 兼容机型: the charger's
                                 or (words and FITS.search(message.text) is not None
                                     and any(_COMPATIBLE_KEY.search(key) for key in page.attributes))):
            # 「含维生素D吗」 on a calcium with 维生素D3 in its name, 「蓝盘皮带有吗」 on a watch sold with a
            # 皮带 (also another product's alias): still the page's own
            named = ()
        # (the page's own product named too, 「跟美丽奴合股织毛衣要几团马海」 on the mohair's page: the one asked of)
        page_named = page is not None and any(_its_own(page, word) for word in words)
        if page is not None and message.entities.named and all(
                (page_named and _its_own(page, message.text[start:end]))
                or (_WITH.search(message.text, 0, start) and (page_named or _TOGETHER.match(message.text, end)))
                or _USES_THIS.match(message.text, end) or _MINE.search(message.text, 0, start)
                or _GIVEN.search(message.text, 0, start) or _GIVEN_AFTER.match(message.text, end)
                or _PICTURED.search(message.text, 0, start)
                or (_PAIRED.search(message.text, 0, start) and _PAIRED_AFTER.match(message.text, end))
                or _is_this(message.text, start, end, message.entities.named, page)
                # (「有礼盒包装吗」 on a teapot's page with a 包装 fact: the pot's packing, not the gift box sold; not
                # 「t5续航多久」 on the x9's page, a toothbrush too)
                or (any(len(key) >= 2 and message.text.startswith(key.lower(), end) for key in page.attributes)
                    and not any((other := self.shop.product(pid)) is not None and other.category == page.category
                                for pid in named))
                or (_EATS_IT.match(message.text, end) and _of_other_kinds(self.shop, named, page))
                for start, end in message.entities.named):
            # 「能和蛋白粉一起喝吗」 on the creatine's page: asked of the creatine, the powder beside it; 「17pro用这个
            # 能快充吗」 on a charger's page: of the charger, the phone it goes with; 「我是小新pro14 拍哪个尺寸」
            # on a bag's page: of the bag, for the buyer's own laptop; 「这个是单板还是合板」 on a plywood guitar's
            # page whose dearer one is called 单板: what the page's own is; 「樱桃虾能吃吗」 on the fish food's
            # page: of the food, the shrimp the shop also sells being what eats it; 「图上的发簪送吗」 on a set's
            # page: whether the hairpin in its pictures comes with it; 「配齐胸的话买哪个长度」 on a shawl's page:
            # the shawl's length, for the dress it goes with
            named = ()
        if item_id is not None and len(named) >= 2 and item_id in named and not _JOINED.search(message.text):
            # 「宝宝喝牛奶粉老便秘 想换羊奶粉」 on the goat formula's page: of the page's, the other beside it (not
            # goods bought together, 「竿子加轮子一起买多少钱」, whose order the sum keeps)
            named = (item_id, *(n for n in named if n != item_id))
        if item_id is not None and item_id == conversation.page_id:
            order = (*named, conversation.product_id, item_id)
            talked, page = self.shop.product(conversation.product_id or ""), self.shop.product(item_id)
            if not named and page_named:
                order = (item_id,)  # 「两个杯架多少钱」 on the holder's page, after a rain cover was added: the holder
            elif not named and talked is not None and page is not None and talked is not page \
                    and not _has_variant(talked, message) and _has_variant(page, message):
                order = (item_id,)  # 「雾蓝色20有货吗」 back on the pot's page, of the pot's own colour and size
            elif not named and talked is not None and page is not None and talked is not page \
                    and _only_its_fact(page, talked, message):
                # 「风大能飞不」 after the drone's battery was asked of, on the drone's page: the drone's 抗风
                order = (item_id,)
        else:
            order = (*named, item_id, conversation.product_id)
        chosen = next((p for candidate in order if (p := self.shop.product(candidate)) is not None),
                      self.shop.products[0] if len(self.shop.products) == 1 else None)
        viewed = self.shop.product(item_id) if item_id is not None else None
        if chosen is not None and viewed is not None and chosen.id in message.entities.products \
                and (fitting := _fitting_instead(self.shop.products, chosen, viewed)) is not None:
            return fitting  # 「刷头有卖吗」 on a kids' brush's page: the kids' heads, not the adults' that do not fit
        if chosen is not None and not message.entities.products and message.entities.sizes \
                and not _has_variant(chosen, message) \
                and len(owners := [p for p in self.shop.products if _has_variant(p, message)]) == 1 \
                and any(name in clause and _BOUGHT_APART.search(clause) for value in chosen.attributes.values()
                        for clause in SMALL_PARTS.split(value)
                        for name in owners[0].names_of(*message.entities.sizes) if len(name) >= 2):
            # 「长镜多少钱」 on a helmet's page whose 镜片 says 想要长镜…可以加拍替换镜片长镜款, 长镜 a size of the
            # visors alone: the visors (not a size the page's words name as what it fits, 兼容iPhone16)
            return owners[0]
        if chosen is not None and not message.entities.products:
            adults = adults_asked(self.shop.products, chosen, message.text)  # 「大人的多少钱」 on a child's T-shirt
            if adults is not None:
                return adults[0] if len(adults) == 1 else None
            return self._of_kind_said(message.text, chosen, item_id)
        return chosen

    def _of_kind_said(self, text: str, chosen: Product, item_id: str | None) -> Product | None:
        """``chosen``, unless the line names the shop's other goods by their category (「那镜框能退吗」
        with a lens in view), not a part of ``chosen`` its facts speak of (镜片宽 of a frame's 尺寸),
        or, off its page, by a word their aliases end in (「挂机都多少钱」 after a floor unit was talked of):
        the one product of that kind, or the page's where it is of it; no one product where several are."""
        off_page = item_id is None or item_id != chosen.id
        kinds = other_kinds_said((*self._kinds, *self._alias_kinds) if off_page else self._kinds, chosen, text)
        if not kinds:
            return chosen
        values = " ".join(chosen.attributes.values()).lower()
        if any(text[m.start():m.end() + 2].lower() in values
               for kind in kinds for m in re.finditer(re.escape(kind), text)):
            return chosen
        # (a fact named for the kind and more, 滤芯寿命: of the page's own part; not 镜框 alone of a lens, which
        # says what goods of the kind it goes with)
        keyed = {key for key in chosen.attributes if any(key.lower().startswith(kind) and len(key) > len(kind)
                                                         for kind in kinds)}
        if any(key.lower() in text.lower() for key in keyed) and not _PRICE_ASKED.search(text):
            return chosen  # 「带硒鼓架吗」 of a toner cartridge whose 硒鼓架 says 不含硒鼓架: that, not the shop's 硒鼓
        if any(_COMES_WITH_IT.search(text, 0, m.start()) for kind in kinds for m in re.finditer(re.escape(kind), text)):
            return None  # (「送啥配件」 on a guitar's page: what comes with the guitar, not the strings sold as 配件)
        fits = [value.lower() for key, value in chosen.attributes.items() if _COMPATIBLE_KEY.search(key)]
        if fits and any(FITS.search(text, 0, m.start()) for kind in kinds for m in re.finditer(re.escape(kind), text)):
            return chosen  # 「能配贝亲的奶瓶吗」 on a teat's page with a 兼容 fact: what it goes on, not the bottles
        if not _PRICE_ASKED.search(text) and any(kind in value for kind in kinds for value in fits):
            return chosen  # 「88a的硒鼓能用吗」 on toner's page whose 适用机型 says 惠普12A/88A…硒鼓: what it goes in
        if keyed and not _PRICE_ASKED.search(text) \
                and any(key in keyed for key, _ in read_facts(chosen, text, weak=False).stated):
            return chosen  # 「滤芯多久换一次」 on a purifier's page whose 滤芯寿命 says so: its own filters
        of_kind = of_kinds(self.shop.products, kinds)
        page = self.shop.product(item_id) if item_id is not None else None
        if page is not None and page in of_kind:
            return page
        if len(of_kind) > 1:  # 「一块电池能飞多久」 on a drone's page: the battery made for that drone
            of_kind = [p for p in of_kind if _made_for(p, chosen)] or of_kind
        return of_kind[0] if len(of_kind) == 1 else None


#: Words of a fact sending the buyer to buy something apart: 可以加拍店里的替换镜片长镜款, 另购, 单独拍.
_BOUGHT_APART = re.compile(r"加拍|另拍|另购|另外拍|另外买|单独拍|单独买|单拍|需要另买|可以买店里|本店有卖|店里有卖")
#: A price asked (「滤芯多少钱」): of the goods of the kind named, sold apart, whatever the page's facts say of them.
_PRICE_ASKED = re.compile(r"多少钱|多钱|什么价|啥价|价格|价钱|怎么卖|几块")
#: Whether goods can be bought on their own, asked: 能单独买吗, 单卖吗, 有卖吗.
_SOLD_APART_ASKED = re.compile(r"单独(?:买|卖|拍|购买)|单卖|单买|另外买|有卖(?:吗|么|嘛|不)|有得卖")


def _priced_apart(page: Product, words: set[str], text: str) -> bool:
    """Whether ``text`` asks the price of goods the shop sells that ``words`` name, or whether they are sold
    on their own, where the fact of ``page`` they name prices nothing (「电池能单独买吗 多少钱」 on a ride-on
    car's page whose 电池 says 2块12V7AH电池: the battery sold apart, not the car's fact)."""
    if not (_PRICE_ASKED.search(text) or _SOLD_APART_ASKED.search(text)):
        return False
    named = [value for key, value in page.attributes.items() if any(w.lower() in key.lower() for w in words)]
    return bool(named) and not any(SUM_SAID.search(value) for value in named)


#: A fact's name saying what the goods work with: 兼容机型, 适用车型, 适配型号.
_COMPATIBLE_KEY = re.compile(r"兼容|适用|适配|适合机型|适合车型|支持机型")
#: Said right before goods of a kind, that they come with the one in view: 送啥配件, 带什么附件, 配哪些.
_COMES_WITH_IT = re.compile(r"(?:送|带|配|附|含)(?:啥|什么|哪些|几个|几样|的)?$")


def _fitting_instead(products: Sequence[Product], named: Product, page: Product) -> Product | None:
    """The one other product of ``named``'s kind whose facts say it fits the goods on the page, where
    ``named``'s say it does not (刷头 named on a kids' brush's page, an alias of the adults' heads whose 兼容
    says 不适用K1儿童牙刷: the kids' heads, whose 兼容 says 只适用净齿K1儿童电动牙刷); None otherwise."""
    own = _names_of_its_own(products, page)
    if named is page or not _says_of(named, own, fits=False) or _says_of(named, own, fits=True):
        return None
    fitting = [p for p in products if p is not named and p is not page and p.category == named.category
               and _says_of(p, own, fits=True)]
    return fitting[0] if len(fitting) == 1 else None


def _names_of_its_own(products: Sequence[Product], page: Product) -> list[str]:
    """``page``'s names that no other product's names hold (k1, 儿童牙刷; not 牙刷 of every toothbrush)."""
    others = [n.lower() for p in products if p is not page for n in (p.name, *p.aliases)]
    return [name for n in (page.name, *page.aliases) if len(name := n.lower()) >= 2
            and not any(name in other for other in others)]


def _says_of(product: Product, names: Sequence[str], *, fits: bool) -> bool:
    """Whether a clause of ``product``'s facts names goods by ``names`` and says it fits them (or, with
    ``fits`` False, that it does not)."""
    return any(any(n in clause for n in names) and (_DOES_NOT_FIT.search(clause) is None) is fits
               for value in product.attributes.values() for clause in SMALL_PARTS.split(value.lower()))


#: Said of goods another product does not go with: 不适用, 不兼容, 不能装, 用不了.
_DOES_NOT_FIT = re.compile(r"不适用|不兼容|不能用|不能装|不可用|不支持|不适配|用不了|装不了|装不上")


def _made_for(product: Product, other: Product) -> bool:
    """Whether ``product``'s name or an alias holds a name of ``other`` (three characters or more, spaces
    aside): Mini 2智能飞行电池 of 云隼Mini 2航拍无人机 called mini 2; or a model of two, letter and digit, not
    within a longer one (A5滤芯 of the purifier called A5; not of A55)."""
    own = [n.lower().replace(" ", "") for n in (product.name, *product.aliases)]
    return any((len(name) >= 3 and any(name in n for n in own))
               or (_MODEL.fullmatch(name) is not None
                   and any(re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", n) for n in own))
               for name in (n.lower().replace(" ", "") for n in (other.name, *other.aliases)))


#: A model of two characters, a letter and a digit: a5, x8, k1.
_MODEL = re.compile(r"[a-z][0-9]|[0-9][a-z]")


def _answered_by_its_fact(decision: Decision, product: Product | None, words: Sequence[str], text: str) -> bool:
    """Whether the intents answer by a fact of the product in question that says a keyword of the
    shop's rule (「骑电动车能戴吗」 of a helmet whose 安全标准 says 不能当电动车头盔用, where the shop's
    rule for 电动车 says it sells none): the product's own answer, not the shop-wide one. Only where the intents are
    sure enough to send it: a fact unsure of (「你们能验光吗」 of a 配镜说明 that speaks of a 验光单), or one
    only drafted for a person (「别放价格单哈」 of a 发货单 read loosely), gives way to the owner's rule."""
    if product is None or not decision.chosen or decision.chosen[0].evidence[0].kind != "attribute" \
            or decision.mode != "auto":
        return False
    return any(word in f"{key} {value}".lower() and not re.search(f"(?:{_SOLD}|{_DONE_FOR}){re.escape(word)}", text)
               for key, value in product.attributes.items() for word in words)


#: The thing itself asked for, to buy (「有电动车吗」「卖电动车不」): the rule's, whatever the page's facts say of it.
_SOLD = r"(?:有|卖|买|要|有没有|有卖)(?:没有)?(?:的)?"
#: Or asked to be done by the shop (「能帮忙写个贺卡吗」 of a gift box whose 内含 has a 贺卡): the rule's service.
_DONE_FOR = r"(?:帮|给|替)(?:我|忙|我们)?(?:写|做|刻|印|包|放|加|配)(?:个|一个|一张|张|份|一份|上)?"


def _said_in_its_facts(page: Product, text: str, named: Sequence[tuple[int, int]]) -> bool:
    """Whether each product name said, with the two characters after it or the two before it, is
    written in one of the page's own facts (镜片高度 of a frame's 尺寸: 镜片宽53mm,镜片高度46mm; 没装轨道
    of a curtain's 测量方法: 还没装轨道的,窗框两边各加15到20厘米): a part of the page's product or a case
    its facts speak of, not that other product."""
    values = [value.lower() for value in page.attributes.values()]
    return bool(named) and all(
        any((end + 2 <= len(text) and text[start:end + 2].lower() in value)
            or (start >= 2 and text[start - 2:end].lower() in value) for value in values)
        for start, end in named)


def _named_in_a_fact_asked(page: Product, unnamed: str, words: set[str]) -> bool:
    """Whether the line, the products named in it blanked (``unnamed``), asks a fact of the page's
    that names each of them (「刷头坏了也保吗」 on a toothbrush's page whose 保修 says 刷头是耗材,不在质保范围内):
    the page's own fact, of the goods it speaks of, not the other product's."""
    stated = read_facts(page, unnamed, weak=False).stated if words else ()
    return bool(stated) and all(any(word.lower() in value.lower() for _, value in stated) for word in words)


#: A count of things there are, not of what is wanted: 「我看有两个」「这两个哪个好」「页面有3种」.
_COUNT_SEEN = re.compile(r"(?<![要买拍来])(?:有|这|那)\s*(?:[\d两二三四五六七八九十几]+)\s*(?:个|种|款|样|尺寸|规格)"
                         r"(?![^,，。?？!！]{0,3}(?:多少|一共|总共|几块|价))")


#: The page's product compared with another named: 「这个跟波尔多那个有啥区别」「这款和大号比哪个好」, or with
#: the page's left unsaid at the start of the line (「跟云享那个有啥区别」).
_AGAINST_THIS = re.compile(r"(?:这个|这款|这件|这只|这瓶|它|^(?:亲|请问|那)?[,，\s]*)(?:跟|和|与|比)"
                           r"[^,，。?？!！]{1,12}?(?:区别|不同|不一样|差别|哪个|比较|差在|差多少|好)")


#: Another product named as what goes with the page's (「能和蛋白粉一起喝吗」「跟枕头一块用」): before it, after it.
_WITH = re.compile(r"(?:和|跟|与|同|配|搭配|配着|混着?)$")
_TOGETHER = re.compile(r"(?:一起|一块|一同|同时|混着?|搭配|搭着|配着?)")
#: The page's product named as what another uses, right after that other (and its model): 「17pro用这个」
#: 「老款能配这款吗」「air m4用这个」.
_USES_THIS = re.compile(r"\s*(?:[a-z\d.+]{1,6}\s*)?的?(?:能|可以)?(?:用|配|适用|搭|装)(?:得了)?"
                        r"(?:这个|这款|这种|你家这个|你们这个)")

#: Said right after another product named that it is what eats or drinks the page's: 「樱桃虾能吃吗」「孔雀鱼爱吃不」.
_EATS_IT = re.compile(r"\s*(?:也|都)?(?:能|可以|会|爱|喜欢|能不能|可不可以)?(?:吃|喂|喝)"
                      r"(?:吗|么|嘛|不|吧|得了|这个|这款|这种)")


def _of_other_kinds(shop: Shop, named: Sequence[str], page: Product) -> bool:
    """Whether every product named is of another kind than the page's (the shrimp of a fish food's page)."""
    products = [p for pid in named if (p := shop.product(pid)) is not None]
    return bool(products) and all(p.category != page.category for p in products)


#: Said right before a name that the line asks what the page's product is: 「是单板吗」「这个是不是s2」「这款是…还是…」.
_IS_THIS = re.compile(r"(?:^(?:亲|请问|你好)?[,，\s]*|这个|这款|这把|这件|这只|这台|这种|它|你这个|你家这个)(?:就|也)?"
                      r"(?:是不是|是)$")
_IS = re.compile(r"(?:是不是|是)$")
_OR_ELSE = re.compile(r"还是$")
#: A name asked in a clause of its own, after a clause asking of the page: 「面板是什么木头的 单板吗」.
_AFTER_A_CLAUSE = re.compile(r"[^\s,，。?？!！~～][\s,，。?？!！~～]+$")
_NAME_ASKED = re.compile(r"的?(?:吗|么|嘛)[?？]*(?:$|[\s,，。!！~～])")


def _is_this(text: str, start: int, end: int, named: Sequence[tuple[int, int]], page: Product) -> bool:
    """Whether the name at ``start`` is said as what the page's product, or one of its facts, may be
    (「这个是单板吗」「面板是单板吗」, or 「面板是什么木头的 单板吗」: a clause of its own after one asking of
    the page's), or as the other choice after one said so (合板 of 「这个是单板还是合板」)."""
    def said_so(at: int) -> bool:
        if _IS_THIS.search(text, 0, at):
            return True
        verb = _IS.search(text, 0, at)
        # (a part of it its facts or its material name: 面板 of 「面板是单板吗」 where 材质 says 面板是云杉木合板)
        material = (page.material or "").lower()
        return verb is not None and (any(text.endswith(key.lower(), 0, verb.start()) for key in page.attributes)
                                     or any(len(part) >= 2 and part in material
                                            for part in (text[max(0, verb.start() - n):verb.start()] for n in (2, 3))))

    return said_so(start) or (_OR_ELSE.search(text, 0, start) is not None
                              and any(said_so(other) for other, _ in named if other < start)) \
        or (_AFTER_A_CLAUSE.search(text, 0, start) is not None and _NAME_ASKED.match(text, end) is not None)


#: Said right before another product named that it is a gift asked with the page's: 「下单送头盔吗」「送个杯子不」.
_GIVEN = re.compile(r"(?:送|赠|赠送|附送|加送)(?:个|一个|一顶|一只|一把|一副|点|些)?$"
                    # (「盒子里有充电头吗」 on a phone's page: whether one is in the phone's box)
                    r"|(?:盒子里|盒里|盒内|包装里|箱子里|箱里)(?:面)?(?:有|带|送|含|配)(?:没有)?(?:个|一个)?$")
#: Said right after another product named that it is asked to come with the page's: 「发簪送吗」「披帛也送不送」.
_GIVEN_AFTER = re.compile(r"\s*(?:也|都)?(?:送|赠送|附送|包含|包括)(?:吗|么|嘛|不|没|吧|的吗)")
#: Said around another product named that the page's goes with it: 「配齐胸的话」「搭马面穿」.
_PAIRED = re.compile(r"(?:配|搭配|搭|配着)$")
_PAIRED_AFTER = re.compile(r"(?:的话|穿|用|戴|的时候|时)")
#: Goods joined to be bought or weighed together: 加, 和, 跟, 一起, 搭, 还是 (which of them).
_JOINED = re.compile(r"加|和|跟|一起|搭|还是|与|以及|、")
#: Said right before another product named that it is seen in the page's pictures: 「图上的发簪」「模特戴的发簪」.
_PICTURED = re.compile(r"(?:图|图片|照片|主图|模特|视频)(?:上|里|中)?(?:戴|穿|拿|配)?的?$")
#: Said right before another product named (and its size, or its maker) that it is the buyer's own:
#: 「我是小新pro14」「我家是20寸变速车」「我旧的是小米手环」「我家轨道」.
_MINE = re.compile(r"(?:我|我家|我们家|俺)(?:的|家的)?(?:那台|这台|那辆|这辆|那个|现在|原来|旧|老|以前)?(?:的)?"
                   r"(?:是|用的是|用的|骑的是|开的是)\s*(?:[\d.]+\s*(?:寸|英寸|米|cm|g|t)?的?|[\u4e00-\u9fff]{2,3}|[a-z]+)?"
                   r"\s*$"
                   r"|(?:我家|我们家|俺家|家里)(?:的|现在的|原来的)?$")  # 「我家轨道2米4」: the buyer's own rail


#: A short follow-up naming a thing by a word: 「那智能的呢」「连体的呢」.
_BEGUN = re.compile(r"^(?:那|那么)?(?P<word>[\u4e00-\u9fff]{2,4}?)(?:的|那个|那款|那种|这个|这款)?(?:呢|咧)[?？]*$")


def _said_of_its_own(value: str, word: str, others: Sequence[str]) -> bool:
    """Whether a fact's ``value`` says ``word`` other than as a part of another product's name
    (不锈钢 of 「请选我们的不锈钢复合底炒锅」, two characters on either side found in 316不锈钢复合底炒锅)."""
    for m in re.finditer(re.escape(word), value):
        around = (value[m.start():m.end() + 2], value[max(0, m.start() - 2):m.end()])
        if not any(len(piece) > len(word) and piece in name for piece in around for name in others):
            return True
    return False


def _its_own(page: Product, word: str) -> bool:
    """Whether ``word`` is the page's product's own name, alias, size or colour."""
    return any(word in name.lower() for name in (page.name, *page.aliases)) \
        or page.find_size(word) is not None or page.find_colour(word) is not None


def _only_its_fact(page: Product, talked: Product, message: Message) -> bool:
    """Whether the page's product states a fact the message asks that the product talked of does not."""
    return not read_facts(talked, message.text, weak=False).stated \
        and bool(read_facts(page, message.text, weak=False).stated)


def _has_variant(product: Product, message: Message) -> bool:
    """Whether ``product`` has the variant the message names: one of the colours named, if
    any, and one of the sizes named, if any."""
    colours, sizes = message.entities.colours, message.entities.sizes
    return bool(colours or sizes) and (not colours or any(product.find_colour(c) for c in colours)) \
        and (not sizes or any(product.find_size(s) for s in sizes))


def _repeats(part: Part, earlier: Sequence[Part]) -> bool:
    """Whether ``part`` says only what an earlier part of the reply said already (a pre-sale's
    date from shipping and from stock, a dimension from sizing and from the product's facts, or
    a part of one): its text is left out, its intent stays."""
    named = part.facts.get("product")
    said = {piece for key, value in part.facts.items()  # what it states, not what it is of (a product, a part)
            if key not in ("product", "part") and not key.endswith("_label") and value not in (None, "", named)
            for piece in _pieces(value)}
    told = {piece for other in earlier for value in other.facts.values() for piece in _pieces(value)}
    # (or a part of one: 5米款适合30公斤以下的狗 of the 适用体重 told whole by the other intent just before)
    return bool(said) and all(piece in told or (len(piece) >= 6 and any(piece in t for t in told)) for piece in said)


def _pieces(value: object) -> list[str]:
    """The facts a value states, without the names they are told under: 「刻字：多3天发货」 says
    what 「多3天发货」 says; the shop's own ; parts it as ； does."""
    return [piece.split("：", 1)[-1] for piece in re.split("[；;]", str(value))]
