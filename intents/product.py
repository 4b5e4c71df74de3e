"""product: questions about the item itself: authenticity, material, washing, colour
difference, and any named fact (shelf life, sole, warranty ...). Answers only from the
product's own facts (`intents.attributes`); when the shop has not written a fact down,
the reply says it will check and hands off, never a neighbouring fact instead."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Sequence

from botcore.conversation import Conversation
from botcore.places import names_a_region, names_region, names_where, which_city
from botcore.shop import Product, Promotion, Shop
from botcore.sizes import SIZE_CHOSEN
from botcore.stages.entities import Entities
from botcore.stages.numbers import find_measures, parse_numeral
from botcore.text import CLAUSES, FACT_PARTS, SMALL_PARTS, SUM_SAID, cjk_pairs, join, money, pairs
from intents.asked_size import weight_bands
from intents.attributes import (
    ATTRIBUTE_WEIGHT,
    FACTS_ASKED,
    FREE_TEXT,
    NAMED_WEIGHT,
    Facts,
    asking_clause,
    asking_clauses,
    clause_at,
    concepts,
    kinds_by_name,
    of_the_other_side,
    read_facts,
    telling_apart,
)
from intents.base import Answer, Evidence, Intent, Message, Question
from intents.fits import FITS
from intents.fitted import part_for_thing, thing_unlisted
from intents.goods import (
    BOTH_ASKED,
    OF_ITS_ORDERS,
    budget_list,
    compared_asked,
    compared_told,
    price_list,
    sold_only_inside,
    unsold_kind,
    within_budget,
)
from intents.model_years import ModelYears, model_said_at, model_unnamed, model_years
from intents.ranges import fact_of_range, part_holding
from intents.suits import MEASURES, measure_facts, past_range, whom_for
from intents.value_words import Found, found_in_asking, found_in_values, names_something, of_variant, said_in

__all__ = ["ProductQuestion"]

_FOLLOW_UP = re.compile(r"^那|呢[?？]?$")  # a short follow-up, asking the same again
#: `Conversation.asked` after a model was told to fit by a fact's list of codes: "model:适用机型".
_MODEL_ASKED = "model:"
#: A line begun with 那 that ends asking a question of its own: 「那玻璃壳有华为的吗」 (not 「那玻璃壳呢」).
_ITS_OWN_QUESTION = re.compile(r"^那.*(?:吗|么|嘛|不)[?？]?$")

# a question about the product as a whole, which its description answers
_GENERAL = re.compile(r"质量|怎么样|咋样|好不好|好用吗|好看|介绍|详情|细节|值得|值不值|推荐|做工(?!作)|效果|靠谱")


#: A fact's value that puts a price on something: 「没电梯每层加收15元」「免费」.
_CHARGED = re.compile(r"\d+(\.\d+)?元|免费|收费|加收|另付|另收")
#: Which of two looks better, a matter of taste: 「灰色和粉色哪个好看」「哪个颜色显白」.
_TASTE = re.compile(r"哪(个|种|款|一个|个颜色|个色)(更)?(好看|漂亮|显白|显瘦|洋气|百搭|耐看)")
#: 送 right before what a fact says (「送地钉吗」「送个收纳袋不」): whether it comes free, not that fact.
_GIVEN = re.compile(r"(?<![赠免])送(?:个|一个|点|些|几个)?$")
#: Said right after a fact's word, that it happened (起球了, 掉色了), not asked of (起球了吗).
_REPORTED = re.compile(r"[\u4e00-\u9fff]{0,2}?了(?![吗么嘛没呢不])")  # 起球了, 屏幕划了
#: Whether it suits the one spoken of: 「能吃吗」「能用吗」「可以喝吗」「能坐吗」, or which one does
#: (「孩子五岁用哪个容量」: by the age).
_CAN_EAT = re.compile(r"(能|可以|能不能)(吃|喝|用|穿|玩|戴|坐|骑|睡)"
                      r"|(吃|喝|用|穿|玩|选|买)(几段|哪段|哪一段|什么段|哪个段)"
                      r"|(用|选|买|拍|戴|穿|坐)(哪个|哪款|哪种|哪一个|哪一款)")


def _promotion_of(question: Question, names: list[str]) -> Promotion | None:
    """A promotion running for the product a clause of whose terms speaks of a fact told and
    changes it (名字号码 of 「50件以上背后免费印名字或号码」, 加急 of 「30件以上免费加急」): not one that
    only names it in passing (安装 of a subsidy's 收货和安装地址要在领资格的省份内)."""
    words = {pair for name in names for pair in cjk_pairs(name) if pair not in _SAYS_LITTLE}
    running = question.shop.promotions_on(question.now.date(), question.product)
    return next((p for p in running if any(any(word in clause for word in words) and _CHANGES.search(clause)
                                           for clause in FACT_PARTS.split(p.description))), None)


#: What a promotion's clause does to what a fact says: makes it free, cheaper, given.
_CHANGES = re.compile(r"免费|免|减|送|赠|折|优惠|不收|不要钱|包|特价|半价|加购|升级")


#: Two characters of a fact's name that say too little to tie a promotion to it (发货时间's 时间).
_SAYS_LITTLE = frozenset({"时间", "日期", "价格", "多少", "方式", "说明", "问题", "情况", "是否", "能否", "可以"})



#: How sure a fact named by a variant's name said alone (「防蓝光的」 of a lens in 防蓝光 and 变色, whose
#: 防蓝光 is also a fact) makes a question of it: less than a follow-up of the question before.
POINTED_WEIGHT = 0.7
#: How sure a fact named as what an order is bought by, asked of another thing (「国补的能开公司抬头吗」: the
#: invoice of its orders), makes a question of it: below a second question of its own.
QUALIFIER_WEIGHT = 0.6
#: What a fact named costs, asked right after its name (安装多少钱, 刻字费多少钱).
_ITS_PRICE_ASKED = re.compile(r"(?:费|的|要|需要|得|收)?(?:多少钱|多钱|几块钱?|什么价|啥价)")
#: Whether the goods are the real thing asked by its name (「是真花吗」), which a fact may answer by denying the
#: fake one (不是假花).
_REAL_ASKED = re.compile(r"真(?P<thing>[\u4e00-\u9fff])(?:吗|么|嘛|不|还是|的吗|的不)")
#: What it costs, asked in a clause of its own: 要加钱吗, 收费吗, 要另外付钱吗.
_COST_ASKED = re.compile(r"(?:要|需要|得|会)?(?:另外|额外)?(?:加钱|收费|收钱|付钱|另收|加收)(?:吗|么|不|嘛)"
                         r"|加(?:啥|什么|多少)钱|收(?:啥|什么)钱")
#: A long word of the buyer's said in one of the product's facts alone, where no fact is named (below a
#: follow-up's 0.8: 「那斩切的呢 排骨能砍吗」 goes on with the fact just told).
WORDS_WEIGHT = 0.75
#: A short word of the buyer's said in one fact alone, where it is all the line asks of (「截图可以不」).
SHORT_WORDS_WEIGHT = 0.6
#: Characters that make no such word: 都好 of 「这都好几天了」 (in 都好看) names nothing.
_FUNCTION_CHARS = re.compile(r"[这那都也还就很好太真的了吗呢啊吧是有在不没么哪个几多少怎能会要可以]")
#: Whether a thing can be sent, asked right after its name (「气罐能寄吗」「电池可以发快递吗」) ...
_SENT_ASKED = re.compile(r"\s*(能|可以|可不可以|能不能)(寄|邮寄|邮|发|发快递|快递|走快递)")
#: ... which a fact that says how it is sent answers (快递不能寄, 不能空运, 只走陆运).
_SENT_TOLD = re.compile(r"寄|快递|邮|空运|陆运|航空|物流")
#: Words that ask nothing around a name pointed at: 那, 的, 呢 and the like.
_NOTHING_ASKED = re.compile(r"[那这个的呢吧啊呀哈,，。.?？!！~～\s]")


def _suits_a_size(product: Product, found: Found, text: str) -> bool:
    """Whether ``text`` asks which size to take and ``found``'s words stand in a clause of its fact that
    names one of the sizes as suiting them (「头发到锁骨用多大的」 of 管径选择: …32mm适合锁骨到胸口的中长发)."""
    if _WHICH_TAKEN.search(text) is None:
        return False
    names = [n.lower() for n in product.names_of(*product.sizes)]
    return any(any(w in clause for w in found.words) and _SUITS.search(clause) and any(n in clause for n in names)
               for clause in SMALL_PARTS.split(found.value.lower()))


def _said_apart(kind: str, text: str, at: tuple[int, int]) -> bool:
    """Whether a word of the kind of fact ``kind`` is said in ``text`` outside the clause holding ``at``."""
    start, end = clause_at(text, at[0])
    rest = text[:start] + " " + text[end:]
    concept = kinds_by_name().get(kind)
    return concept is not None and any(word in rest for word in concept.words if len(word) >= 2)


def _own_names(product: Product) -> tuple[str, ...]:
    """What names the product itself, its kind (奶瓶 of a PPSU bottle) or its variants, which name no fact of it."""
    return (product.name, *product.aliases, *((product.category,) if product.category else ()), *product.colours,
            *product.sizes)


def _only_a_variant(product: Product, text: str) -> bool:
    """Whether ``text`` says nothing but one of the product's variants (「防蓝光的」「那防蓝光的呢」)."""
    rest = text
    for name in sorted(product.names_of(*product.colours, *product.sizes), key=len, reverse=True):
        rest = rest.replace(name.lower(), "")
    return rest != text and not _NOTHING_ASKED.sub("", rest)


def _own_piece(text: str, at: int) -> tuple[int, int]:
    """Where the clause of ``text`` holding ``at`` stands, where another clause asks something of its own
    (「卡罗拉2020款 全套多少钱」: 卡罗拉2020款); else all of ``text``."""
    own = clause_at(text, at)
    return own if any(span != own for span in asking_clauses(text)) else (0, len(text))


def _only_variants_said(message: Message) -> bool:
    """Whether the line says nothing but variants' names, however spelt (「5.4的」 of a 5.4米 rod)."""
    spans = message.entities.variant_names
    rest = "".join(ch for i, ch in enumerate(message.text) if not any(a <= i < b for a, b in spans))
    return bool(spans) and not _NOTHING_ASKED.sub("", rest).strip()


class ProductQuestion(Intent):
    name = "product"
    rank = 110
    before_buying = True
    carries_over = ("products", "colours")
    carries_after = {FACTS_ASKED: ("sizes",)}  # 「5.4的」 after 收缩长度 told size by size: that size's
    # 「轮子呢」 after the warranty, 「24寸呢」 after its dimensions, 「要加钱吗」 after 送货上楼's fees
    continued_by = {FACTS_ASKED: "follow|fee_of_it", _MODEL_ASKED: "of_model"}
    cases = {
        "authentic": ("product", "statement"),
        "own_store": ("platform", "own_store"),
        "not_own_store": ("platform", "own_store"),
        "authentic_facts": ("product", "statement", "facts"),
        "material": ("product", "material"),
        "care": ("product", "care"),
        "colour": ("product",),
        "details": ("product", "material", "selling_points"),
        "facts": ("product", "facts"),
        "facts_past": ("product", "facts"),
        "facts_partly": ("product", "facts", "missing"),
        "facts_promotion": ("product", "facts", "promotion_name", "promotion"),
        "which_product": (),
        "not_sold": ("thing", "prices"),
        "not_sold_apart": ("product", "thing", "part", "note"),
        "within_budget": ("prices",),
        "recommend": ("prices",),
        "unknown": ("product", "missing"),
        "compared": ("product", "other", "prices", "facts"),
        "compared_prices": ("product", "other", "prices"),
        "compared_facts": ("product", "other", "facts"),
        "model_fits": ("product", "model", "years", "year"),
        "model_fits_under": ("product", "model", "years", "year", "goods"),
        "model_not_fits": ("product", "model", "years", "year"),
        "model_years": ("product", "model", "years"),
        "model_which": ("product", "year", "facts"),
        "model_unlisted": ("product", "model", "facts"),
        "model_excluded": ("product", "model", "facts"),
        "model_listed": ("product", "model", "facts"),
    }

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """A fact the product states, asked in the buyer's words (安装收费吗 of a heater whose
        file says how it is installed), is evidence of a product question."""
        if (fit := model_years(product, message.text)) is not None \
                and (fit.model is not None or (not message.entities.sizes and not message.entities.colours)):
            # 「有卡罗拉2020款的吗」「2016款的有吗」 of mats made for listed models: whether it fits, not stock
            # (a code's, in the clause that names it: 「l3158能用不 四色一套多钱」 asks the price apart)
            at = message.text.lower().find(fit.model.lower()) if fit.model else -1
            start, end = asking_clause(message.text, at) if at >= 0 and (fit.listed_code or fit.unlisted) \
                else (-1, -1)
            if start < 0 and fit.model and (said := model_said_at(fit.model, message.text)) >= 0:
                # 「卡罗拉2020款 全套多少钱」: the model's own piece, the price asked in another beside it (not
                # 「哈弗h6 21款的有吗」, its year in the piece that asks)
                start, end = _own_piece(message.text, said)
                if fit.year is not None and str(fit.year)[-2:] not in message.text[start:end]:
                    start, end = -1, -1
            return [Evidence("attribute", f"商品资料:{fit.fact}", 1.0, *((start, end) if start >= 0
                                                                         else (0, len(message.text))))]
        if (asked := _DIFFERENCE.search(message.text)) is not None \
                and len(set(message.entities.colours) | set(message.entities.sizes)) >= 2 \
                and telling_apart(product, message.entities).stated:
            # 「大马士革跟5cr15有啥区别啊 差多少钱」: two of its variants asked apart, which its facts tell (硬度:
            # VG10大马士革钢约60-61HRC,5Cr15MoV约56-58HRC): a question of its own beside the price
            start, end = asking_clause(message.text, asked.start())
            return [Evidence("attribute", "商品资料:两款的区别", ATTRIBUTE_WEIGHT,
                             *((start, end) if start >= 0 else (0, asked.end())))]
        # (a word inside a variant's name as the buyer wrote it asks no fact: 防水 of 「要5盒防水的」, the 防水版)
        names = (*message.entities.named, *message.entities.variant_names)
        facts = _asked_facts(product, message.text, names, weak=False)
        if _CAN_EAT.search(message.text):  # 「孩子40斤能用吗」 of one stating its weights
            facts = measure_facts(product, _measures(message.entities), facts)
        if facts.stated and facts.at is not None and _REPORTED.match(message.text, facts.at[1]) \
                and asking_clause(message.text, facts.at[0]) == (-1, -1):
            # (「穿了一次就起球了」: a fault reported, not a question of its 起球; 「怀孕了能用不」 asks) a fact
            # asked in a clause after what was reported still asks: 「旧的坏了开不了机 还能以旧换新吗」
            after = _CLAUSE_BREAK.search(message.text, facts.at[1])
            rest = " " * after.end() + message.text[after.end():] if after is not None else ""
            facts = read_facts(product, rest, weak=False, named=message.entities.named) if rest.strip() else Facts()
            if facts.at is None or asking_clause(message.text, facts.at[0]) == (-1, -1):
                return []
        if facts.at is not None and asking_clause(message.text, facts.at[0]) == (-1, -1):
            # 「开业送人 1.2米的多少钱 能挂红绸带吗」: a fact of a clause that only tells (送人) gives way to
            # one a clause asks, where there is one
            facts = _first_asked(product, message.text, message.entities.named, weak=False) or facts
        if not facts.stated and FITS.search(message.text) and not _ADVICE.search(message.text) \
                and not _PAYING_WITH.search(message.text):
            # 「28调配几号主线」 on the rod's page: its fact that names the line another product is called by
            own = {n.lower() for n in (product.name, *product.aliases)}
            naming = [(a, b) for a, b in message.entities.named
                      if message.text[a:b] not in own and _facts_naming(product, [message.text[a:b]])]
            if naming:
                return [Evidence("attribute", "商品资料里说到的别的商品", ATTRIBUTE_WEIGHT, *naming[0])]
        if not facts.stated:
            # 「气门嘴要钱吗」 of tyres whose 安装 says 气门嘴换新10元一个: a long word of the buyer's, said in that
            # fact alone, in a clause that asks
            priced = _COST_ASKED.search(message.text) is not None
            if priced and (ranged := fact_of_range(product, message.text)) is not None:
                # 「层高2米9 做落地的要加钱吗」 of a curtain whose 高度 prices 2.7米到3.2米: that fact
                return [Evidence("attribute", f"商品资料:{ranged[0]}", ATTRIBUTE_WEIGHT)]
            # (a variant by another of its names, 大马士革 of VG10大马士革钢 in 「大马士革20的400行不」, asks no fact
            # whose words name that variant)
            found = found_in_values(product, message.text, (*_own_names(product), *product.names_of(
                *product.colours, *product.sizes)), priced=priced)
            # (or a clause that tells the case, where the line then asks what it costs and the fact prices it:
            # 「我家7楼 没有外机平台 要加钱吗」 of 高空作业费: …每台收150元;有阳台或外机平台的不收)
            if found is not None and found.sure and (asking_clause(message.text, found.at[0]) != (-1, -1) or (
                    _COST_ASKED.search(message.text) and SUM_SAID.search(found.value))) \
                    and not (_GIVEN.search(message.text, 0, found.at[0]) and "送" not in found.value):
                # (「买了送擦银布吗」 of a fact that says 用擦银布擦几下: a gift asked, not that fact)
                return [Evidence("attribute", f"商品资料里的原话:{found.name}", WORDS_WEIGHT, *found.at)]
            if found is not None and _suits_a_size(product, found, message.text):
                # 「头发到锁骨用多大的」 of a curler whose 管径选择 says 32mm适合锁骨到胸口的中长发: which to take, that
                # fact naming the size that suits the buyer's own word
                return [Evidence("attribute", f"商品资料里的原话:{found.name}", WORDS_WEIGHT, *found.at)]
            if found is not None and found.sure and not _GIVEN.search(message.text, 0, found.at[0]) and any(
                    asking_clause(message.text, at) != (-1, -1) for word in found.words
                    if (at := message.text.lower().find(word)) >= 0):
                # 「我头发很少很短 能夹住不」: the case told first, a word asked after it (夹住 of 夹不住), that fact
                # alone holding both: a draft of it, below any rule of another question
                return [Evidence("attribute", f"商品资料里的原话:{found.name}", SHORT_WORDS_WEIGHT, *found.at)]
            if found is not None and asking_clause(message.text, found.at[0]) == (0, len(message.text)) \
                    and not _FUNCTION_CHARS.search(message.text[found.at[0]:found.at[1]]) \
                    and not _GIVEN.search(message.text, 0, found.at[0]):
                # 「截图可以不」 of a mug whose 文件要求 says 不要截图: a short word that fact alone holds, the whole
                # line asking of it: a draft of that fact, below any rule of another question
                return [Evidence("attribute", f"商品资料里的原话:{found.name}", SHORT_WORDS_WEIGHT, *found.at)]
            if found is not None and found.sure and not asking_clauses(message.text) \
                    and not _GIVEN.search(message.text, 0, found.at[0]):
                # 「我车是竖条的出风口」 of a holder whose 安装 says 竖条出风口用加长夹: the buyer's case told,
                # asking nothing in words, which that fact alone speaks of: a draft of it for the agent
                return [Evidence("attribute", f"商品资料里的原话:{found.name}", SHORT_WORDS_WEIGHT, *found.at)]
            return []
        if _sized_by_measure_said(product, message.entities) and (
                not any(name in product.attributes for name, _ in facts.stated)
                or (facts.at is not None and any(m.start <= facts.at[0] and facts.at[1] <= m.end
                                                 for m in find_measures(message.text)))):
            # 「我手腕15.5cm戴多大」 of a bangle whose chart is by the wrist: the chart answers it (or the fit
            # note, where there is no chart), not a clause of the fit note read as a fact (量手腕最细处一圈),
            # nor a fact found by the measure's own word (「我老公手腕18呢」: 表带's 适合腕围130到200mm)
            return []
        if facts.at is not None and any(m.start() <= facts.at[0] < m.end() and (
                product.size_chart or (re.search("长|寸", m.group()) and all(_LENGTH.search(s) for s in product.sizes)))
                for m in SIZE_CHOSEN.finditer(message.text)):
            # 「新手学尤克里里买多大的」「我178 选多大的好」 of one with a size chart: which size to take, the
            # chart's (sizing), not its 尺寸 fact of how long each one is; nor 「水库买多长的合适」 of rods sold by
            # their length (3.6米, 4.5米): which of those, not its 收节长度
            return []
        if facts.at is not None and _GIVEN.search(message.text, 0, facts.at[0]) \
                and not any(name.lower() in message.text or "送" in value for name, value in facts.stated):
            # 「送地钉吗」 of a tent whose 搭建 says 打地钉: a gift asked, which the shop's gifts and the fact
            # of what comes answer (a fact that says it gives, 每件都送一条腰带, is the product's to tell)
            return []
        # the clause it was asked in, when that clause asks (「甜吗 能便宜点不」): a second question beside
        # another; a fact word in a clause that asks nothing (「柴犬量了胸围49」) or asks something else
        # of it (「礼盒能少点吗」) is no question of its own
        start, end = asking_clause(message.text, facts.at[0]) if facts.at is not None else (-1, -1)
        if start >= 0 and facts.at is not None:  # where the fact itself was named: 「刻字的话什么时候发货」 asks
            start, end = facts.at                  # the engraving's terms beside the ship day
        # the shop's own name of a fact said as it is written (「送什么配件」 of a 配件 fact) weighs as a
        # keyword of the shop's own, above the general words of another intent (送什么: a gift)
        named = any(len(name) >= 2 and name.lower() in message.text for name, _ in facts.stated)
        weight = NAMED_WEIGHT if named else ATTRIBUTE_WEIGHT
        if named and facts.at is not None and _SENT_ASKED.match(message.text, facts.at[1]) \
                and any(_SENT_TOLD.search(value) for _, value in facts.stated):
            weight = 1.0  # 「气罐能寄吗」 of a stove whose 气罐 says 快递不能寄: that fact, not the stove's ship day
        if _only_a_variant(product, message.text):
            weight = POINTED_WEIGHT  # 「防蓝光的」 after 「1.60多少钱」: that one's price goes on, not its fact
        if facts.at is not None and _GIVEN.search(message.text, 0, facts.at[0]):
            weight = min(weight, POINTED_WEIGHT)  # 「送泳帽吗」 of 内含…送同款儿童泳帽: the gift asked, told from it
        if facts.at is not None and _ITS_PRICE_ASKED.match(message.text, facts.at[1]):
            weight = min(weight, POINTED_WEIGHT)  # 「上门安装多少钱」: what it costs, its price read from the fact
        if facts.at is not None and OF_ITS_ORDERS.match(message.text, facts.at[1]):
            weight = QUALIFIER_WEIGHT  # 「国补的能开公司抬头的发票不」: the invoice of its orders, not its terms
        return [Evidence("attribute", f"商品资料:{'、'.join(name for name, _ in facts.stated)}", weight, start, end)]

    def answer(self, question: Question) -> Answer:
        """The facts asked of the product, and whether the shop is the platform's own where that is asked too
        (「是正品吗 你们是京东自营吗」)."""
        answered = self._answer(question)
        own_store = self.rules.topics["own_store"]
        if own_store.search(question.message.text) is None or (own := _own_store(question.shop)) is None:
            return answered
        rest = own_store.sub(" ", question.message.text)
        asks_more = self.rules.topic(rest, "authentic") is not None or (
            question.product is not None and read_facts(question.product, rest).asked)
        if answered.case in ("authentic", "unknown") and not asks_more:
            # (asked alone, 「你们是京东自营吗」: the shop's own name says, then its promise of genuine goods)
            statement = question.shop.shop.authenticity
            promise = (Answer("authentic", {"product": question.product.name if question.product else "这款",
                                            "statement": statement}),) if statement else ()
            return dataclasses.replace(own, also=promise)
        return dataclasses.replace(answered, also=(*answered.also, own))

    def _answer(self, question: Question) -> Answer:
        product, text = question.product, question.message.text
        earlier = question.conversation.asked or ""
        if product is not None and (fit := model_years(
                product, text, earlier.removeprefix(_MODEL_ASKED) if earlier.startswith(_MODEL_ASKED) else "")) \
                is not None:
            return _model_fit(product, fit)
        if (short := _said_short(question)) is not None:
            # 「冰丝的跟纯棉的有啥区别」: two of the shop's goods by the start of their names (纯棉 of the
            # 纯棉圆领T恤, not a material asked), side by side
            return _difference_written(*short) or _compared(*short)
        # (「那周五拍呢」 names a day: when it goes, not the same facts of another thing)
        follow_up = earlier.startswith(FACTS_ASKED) and question.message.entities.day is None and (
            _FOLLOW_UP.search(text) is not None or self.rules.topic(text, "follow") is not None
            or _only_variants_said(question.message))  # (「5.4的」 after 收缩长度)
        if follow_up and _asked_before_the_last(text):
            follow_up = False  # 「钓鲫鱼主线用几号 子线呢」: a question of its own first, not the same again
        if follow_up and _WHICH_OF_TWO.search(text) and len(
                {*question.message.entities.colours, *question.message.entities.sizes}) >= 2:
            follow_up = False  # 「那泡普洱用紫泥还是朱泥」: which of two of its own, a question of its own
        asked = _asked_facts(product, text, question.message.entities.named, phrases=not follow_up) \
            if product is not None else Facts()
        if follow_up and not asked.asked and product is not None:
            # 「那能反向吗」 after the ages: a fact whose own name holds the buyer's word (反向安装), not the same again
            by_name = read_facts(product, text, named=question.message.entities.named)
            if any(piece in key for key, _ in by_name.stated for piece in pairs(text)):
                asked = by_name
            elif by_name.stated and _ITS_OWN_QUESTION.search(text):
                asked = by_name  # 「那玻璃壳有华为的吗」 after 磁吸: a question of its own (兼容机型), not 磁吸 again
            elif (sibling := _sibling_named(product, text, earlier.removeprefix(FACTS_ASKED).split("、"))) is not None:
                asked = sibling  # 「展开呢」 after 折叠尺寸: 展开尺寸, the fact of its kind the word names
            elif (found := found_in_values(product, text, _own_names(product))) is not None and found.sure:
                # 「那喷香水呢」 after 不能碰水: the clause of its care that says 先化妆喷香水再戴, not 防水 again
                asked = Facts(((found.name, found.value),), (), found.at)
        if follow_up and asked.stated and earlier.startswith(FACTS_ASKED) and product is not None:
            # 「手洗呢」 after 用量 (机洗…倒40克;手洗一盆加10克): the fact told says it, not 适用方式 of its kind
            before = read_facts(product, earlier.removeprefix(FACTS_ASKED))
            if before.stated and said_in(text, [value for _, value in before.stated]):
                # (what the line asks that no fact states stays asked: 「那能单独买辅助轮吗」 after the 辅助轮, 单卖)
                asked = dataclasses.replace(before, missing=tuple(dict.fromkeys((*before.missing, *asked.missing))))
        if asked.stated and not follow_up and earlier.startswith(FACTS_ASKED) and product is not None \
                and not read_facts(product, text, phrases=False, named=question.message.entities.named).stated:
            # 「北京能装吗」 told 安装, then 「免费吗」: the 安装 told says 免费 too; that, not 送货上楼 beside it
            before = read_facts(product, earlier.removeprefix(FACTS_ASKED))
            if before.stated and said_in(text, [value for _, value in before.stated]):
                asked = before
        if not asked.stated and not follow_up and product is not None \
                and (limited := _limit_said(product, text)) is not None:
            # (not 「那我老婆二百度呢」 after 度数范围: the facts told, for that number, not 散光200度以内 by its 200度)
            asked = Facts((limited,), asked.missing)  # 「能做近视的吗 我400度」: 定制近视款可以做600度以内
        if asked.stated and product is not None:
            asked = _with_the_part_said(product, question.message, asked)
        named = question.message.entities.named  # (洗 of a 洗衣机 named asks no washing)
        unnamed = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in named))
        topic = self.rules.topic(unnamed, "authentic", "colour", "care", "material", "thickness")
        others = question.message.entities.products
        if others and product is not None and product.id not in others:
            # another product's name said of this one (「这个是单板还是合板」 on a plywood guitar's page, 单板 the
            # dearer one's name): a word its facts may say (面板: 云杉合板(不是单板)); said with its kind
            # (「樱桃虾能吃吗」 of a fish food whose 适用 says 也可以喂观赏虾, the shrimp's kind)
            kinds = {other.category for pid in others if (other := question.shop.product(pid)) is not None
                     and other.category and other.category != product.category}
            unnamed = "，".join((text, *sorted(kinds)))
        if not asked.stated and product is not None and (real := _REAL_ASKED.search(unnamed)) is not None \
                and (found := found_in_values(product, f"假{real['thing']}", _own_names(product))) is not None \
                and f"假{real['thing']}" in found.value:
            asked = Facts(((found.name, found.value),), (), real.span())  # 「是真花吗」 of 永生花…不是假花: that fact
        name = product.name if product else "这款"
        if topic == "authentic" and product is not None and not asked.stated \
                and (word := self.rules.topics["authentic"].search(unnamed)) is not None \
                and (found := found_in_values(product, text, _own_names(product))) is not None and found.sure \
                and any(word.group() in w and len(w) > len(word.group()) + 1 for w in found.words):
            topic = None  # 「能加原装墨盒吗」 of ink whose 适用 says 不建议加进原装墨盒: that fact, not authenticity
        statement = question.shop.shop.authenticity  # only what the shop promises, never a blanket "正品"
        if topic == "authentic" and not asked.stated:
            if not statement:
                return Answer("unknown", handoff=True)
            # (「是正品吗 有质检报告没」: the promise, and the report the file does not speak of left to a person)
            return Answer("authentic", {"product": name, "statement": statement},
                          handoff=bool(asked.missing) and not all(_says_of(statement, kind)
                                                                   or _said_in_statement(kind, unnamed, statement)
                                                                   for kind in asked.missing))
        if topic == "authentic" and statement and not asked.missing:
            # 「是正品吗 怎么验真假」: the shop's promise, and the product's own fact of how to tell (防伪码)
            return Answer("authentic_facts", {"product": name, "statement": statement, "facts": asked.text})
        if statement and asked.stated and not asked.missing and asked.at is not None \
                and len(named_by := text[asked.at[0]:asked.at[1]]) >= 3 and named_by in statement.lower() \
                and not any(named_by in value.lower() for _, value in asked.stated):
            # 「有检测报告吗」 of 安全等级 (GB31701 A类), the shop's promise saying 面料都有检测报告: that, and the fact
            return Answer("authentic_facts", {"product": name, "statement": statement, "facts": asked.text})
        if topic == "colour" and not asked.asked and _SEEING_ASKED.search(unnamed):
            # 「可以看实物吗」: the shop's fact of photos and videos (实拍: 找客服要手机实拍), else a person sends them
            of_seeing = [(k, v) for k, v in (product.attributes.items() if product else ())
                         if _OF_SEEING.search(k) or _OF_SEEING.search(v)]
            if not of_seeing:
                return Answer("unknown", handoff=True)
            asked = Facts(tuple(of_seeing))
        if topic == "colour" and not asked.asked:
            # (a fact named so, else one whose words speak of it: 缸号 says 不同缸号有色差, 一次拍够)
            written = product.attributes.items() if product else ()
            # (or says the goods differ from the pictures: 窑变: 实物和图片的落灰、火痕一定会有差别)
            of_colour = [(k, v) for k, v in written if k in _OF_COLOUR] or [
                (k, v) for k, v in written if "色差" in v or _UNLIKE_PICTURES.search(v)
                or _COLOUR_VARIES.search(v)]
            if not of_colour:
                return Answer("colour", {"product": name})
            asked = Facts(tuple(of_colour))  # 「图片上那么红 收到是绿的吗」: the shop says why (晒足太阳才上色)
        if product is not None and (inside := sold_only_inside(question.shop.products, product, text)) is not None:
            # 「碧螺春有单独卖的吗」 on a sampler's page whose 内含 names 洞庭碧螺春, the shop selling none on its own
            return Answer("not_sold_apart", {"product": product.name, "thing": inside[0], "part": inside[1],
                                             "note": inside[2]})
        if (product is None or _SELLS_ASKED.search(text)) \
                and (thing := unsold_kind(question.shop.products, text)) is not None:
            # 「有手镯吗」 of a shop that sells none: said so, with what it does sell, for a person to check (and
            # 「你们卖卸妆油吗」 on a lipstick's page whose 卸妆 says 建议用卸妆油: whether the shop sells it)
            return Answer("not_sold", {"thing": thing, "prices": price_list(question.shop.products)}, draft=True)
        if product is None and (affordable := within_budget(question.shop.products, text)):
            # 「预算3000以内 卧室用 推荐哪个」 with no page in view: the goods it reaches, for the buyer to choose,
            # the dearest first (the goods the budget is for before the accessories it also reaches)
            dearest = sorted(affordable, key=lambda p: p.price_range()[0], reverse=True)
            return Answer("within_budget", {"prices": budget_list(dearest, text)})
        if product is None and len(question.shop.products) >= 2 and _WHICH_BEST.search(text):
            # 「哪个泡水喝最好」 with no page in view: which of the goods to choose, for a person, with them listed
            return Answer("recommend", {"prices": price_list(question.shop.products)}, handoff=True)
        if product is None:
            return Answer("which_product")
        past = False  # the measure told lies past whom the product is for (孩子40斤 of one for 36斤 at most)
        if _CAN_EAT.search(text):  # 「我家狗2个月大」 … 「能吃吗」: the ages it is for; 「孩子40斤能用吗」: the weights
            measures = _measures(question.message.entities, question.conversation)
            # (a fact found by 能用吗 alone, a word too general to name one, gives way: 「孩子10岁能用吗」
            # of a toothbrush is its 适合人群, not its 刷头适配)
            strong = read_facts(product, text, weak=False, named=question.message.entities.named) \
                if asked.stated else asked
            if (by_measure := measure_facts(product, measures, strong)) is not strong:
                asked, past = by_measure, past_range(by_measure, measures)
            elif measures and asked.stated:  # 「5岁能玩吗」 of 适用年龄: 8岁以上, found by its own words: below it
                past = past_range(whom_for(asked, measures), measures)
        elif asked.stated and (said := _measures(question.message.entities)):
            # 「我头围53呢」 of 头围54到58厘米: a measure told now, with no 能戴吗, is weighed all the same
            past = past_range(whom_for(asked, said), said)
        fee_asked = earlier.startswith(FACTS_ASKED) and self.rules.topic(text, "fee_of_it") is not None
        # the facts told just before, read again only where this question may go on with them
        told = read_facts(product, earlier.removeprefix(FACTS_ASKED)) \
            if earlier.startswith(FACTS_ASKED) and not asked.stated else Facts()
        colour, size = product.variant_named(question.message.entities.colours, question.message.entities.sizes)
        variant = size or colour  # (a fact naming the others of its kind alone says nothing of it)
        if not asked.asked and (follow_up or (fee_asked and any(_CHARGED.search(value) for _, value in told.stated))):
            # 「那原味呢」 after 「辣不辣」, 「轮子呢」 after the warranty: the same facts; 「要加钱吗」 after
            # 送货上楼: its fees, where the facts told put a price on it
            charged = [(name, value) for name, value in told.stated if not fee_asked or _CHARGED.search(value)]
            if fee_asked and len(charged) > 1 and (saying := [(name, value) for name, value in charged
                                                              if any(p in value for p in cjk_pairs(text))]):
                charged = saying  # 「超出的怎么算钱」 after 安装 and 铜管: the one that says 超出的部分每米80元
            asked = dataclasses.replace(told, stated=tuple(_of_the_variant(product, name, value, variant)
                                                           for name, value in charged))
            if said := _measures(question.message.entities):  # 「那我老公250斤呢」 after 最大承重: 120kg, past it
                if not whom_for(asked, said).stated and (by_measure := measure_facts(product, said, Facts())).stated:
                    asked = by_measure  # 「那四十斤呢」 after 适用年龄: the weights it is for, not the ages again
                past = past or past_range(whom_for(asked, said), said)
        if asked.stated and not follow_up and _DIFFERENCE.search(text) and (two := _two_products(question)) is not None:
            # 「这个跟硬壳有啥区别 哪个更防水」: the whole difference, the 防水 of each beside
            whole = _difference_written(*two) or _compared(*two)
            left = [key for key, _ in asked.stated if key not in str(whole.facts)]
            if left and (pair := _pair_asked(question)) is not None \
                    and (of_both := _facts_of_both(*pair, left)) is not None:
                whole = dataclasses.replace(whole, also=(*whole.also, of_both))
            return whole
        if asked.stated and not follow_up and (pair := _pair_asked(question)) is not None \
                and (of_both := _facts_of_both(*pair, [key for key, _ in asked.stated])) is not None:
            # 「星耀14和猎鹰16哪个轻」, or 「哪个轻」 right after the two were compared: the fact of each
            return of_both
        unsure = False  # a fact found only by the buyer's words in what it says, not by its name: a draft
        suited = False  # the fact found names the size that suits the buyer's own words (`_suits_a_size`)
        if not asked.stated and _DIFFERENCE.search(text) and (two := _two_products(question)) is not None:
            # 「x9和t5有啥区别」「这个跟pro有啥区别」: the two side by side; a fact of either on the
            # difference from the other (和国行的区别, on the 海外版's page), as written
            return _difference_written(*two) or _compared(*two)
        compared = False
        if not asked.stated and (_DIFFERENCE.search(text) or _WHICH_OF_TWO.search(text)):
            # (「150和200哪个好 一个人用」: the facts that speak of either, where a fact does)
            apart = telling_apart(product, question.message.entities)
            if apart.stated:  # 「标准版跟无线充版有啥区别」: the facts that speak of either, of both
                asked, compared = Facts((*_prices_apart(product, question.message.entities), *apart.stated),
                                        apart.missing, apart.at), True
        if not asked.asked and _EITHER.search(text) and not _PREFERENCE.search(text) \
                and (kind := _either_variant(product, question.message)):
            # 「真皮的还是pu的」 of a bag sold in 头层牛皮款 and PU款 (its 材质): what the product states of
            # that kind by its name, else the variants it comes in (「钢带还是皮带好」 asks advice: a person)
            of_kind = Facts(tuple((name, value) for name, value in read_facts(product, kind).stated if kind in name))
            asked = of_kind if of_kind.stated else Facts(((kind, join(
                product.sizes if kind == product.size_label else product.colours)),))
            compared = True  # (of both, not of the first named)
        if not follow_up and FITS.search(text) and not _ADVICE.search(text) \
                and (naming := _naming_others(product, question)).stated:
            # 「x9pro用哪个滤网」 on the filter's page: its fact that names the X9 Pro (兼容); beside the
            # facts asked by their kind, where none of those names it (「能保温吗 放得下竿子不」 of a box: 放竿)
            if not asked.stated:  # (「28调配几号主线」: not 内含, of 配几, missing beside it)
                asked = naming
            elif not set(asked.stated) & set(naming.stated):
                asked = dataclasses.replace(asked, stated=(*asked.stated, *naming.stated))
        cost_asked = _COST_ASKED.search(text) is not None
        if not asked.asked and not follow_up and cost_asked and (ranged := fact_of_range(product, text)) is not None:
            asked = Facts((ranged,))  # 「层高2米9 要加钱吗」: the fact pricing the range it falls in
        elif not asked.asked and not follow_up and topic in (None, "thickness") and not _TASTE.search(text):
            # 「壶能放燃气灶上烧吗」: no fact or kind of fact named, but a fact says the buyer's own words (of
            # warmth only by a long word its fact alone says: 「北方有暖气盖哪个」, not 「厚吗」 by 厚)
            found = found_in_asking(product, unnamed, _own_names(product), variant=variant, priced=cost_asked)
            general = bool(product.material and product.selling_points and _GENERAL.search(text))
            if found is not None and (found.sure or not general) and (topic is None or found.sure):
                asked, suited = Facts(((found.name, found.value),), (), found.at), _suits_a_size(product, found, text)
                unsure = not found.sure and not suited
        elif len(asked.stated) == 1 and asked.at is not None and not follow_up and not asked.missing:
            # 「用旧眼镜的度数行不行」: 度数 names 度数范围, but another fact says the buyer's longer phrase
            # (验光单: 旧眼镜的度数不能直接当处方用): that one says what is asked
            kind_word = text[asked.at[0]:asked.at[1]]
            found = found_in_values(product, unnamed, _own_names(product), variant=variant)
            its_name = asked.stated[0][0]  # (枕套 of 「枕套是拉链的吗」 names 枕套开口, not 被套是拉链开口)
            # (a named fact, not a clause of the care text: 收起来多长 is 收起长度's, not 晾干再收起来; and longer by
            # more than a word of asking: 会结晶 of 冬季配送's 可能会结晶 says no more than 结晶 of 是否结晶)
            if found is not None and found.sure and found.name not in (its_name, FREE_TEXT) \
                    and any(kind_word in w and _FUNCTION_CHARS.sub("", w.replace(kind_word, "")) for w in found.words) \
                    and not any(pair in its_name and pair not in found.value for pair in cjk_pairs(unnamed)):
                asked = Facts(((found.name, found.value),), (), found.at)
            elif found is not None and found.sure and found.name not in (its_name, FREE_TEXT) \
                    and set(_UNITS.findall(found.value.lower())) & set(_UNITS.findall(asked.stated[0][1].lower())):
                # 「单眼皮适合哪个长度」: 长度说明 by its word, and before it 适合人群, whose 单眼皮建议选8mm或10mm
                # says the length for whom the buyer names
                asked = Facts(((found.name, found.value), asked.stated[0]), (), asked.at)
            elif len(kind_word) >= 2 and kind_word.removesuffix("子") not in f"{its_name}{asked.stated[0][1]}".lower() \
                    and len(holding := [(k, v) for k, v in product.attributes.items() if kind_word in v.lower()]) == 1:
                # 「会不会是临期的啊」 names 保质期 by a word it does not say, which 生产日期 says as written
                # (不发临期粮): that one too (not 刷子 of a 内含 that says 眼影刷)
                asked = dataclasses.replace(asked, stated=(*asked.stated, holding[0]))
        if asked.missing and not asked.stated and not follow_up and topic in (None, "thickness"):
            # 「湿巾有酒精吗」 asks a 含酒 the shop did not write, but its 成分 says 无酒精: that, drafted
            # for a person where the word is short (what it says may not be what was asked); of warmth
            # only by a long word its fact alone says (「暖气房穿会不会热」 of 厚度: …暖气房里可能会偏热)
            found = found_in_values(product, unnamed, _own_names(product), variant=variant)
            if found is not None and (topic is None or found.sure):
                asked, suited = Facts(((found.name, found.value),), (), found.at), _suits_a_size(product, found, text)
                unsure = not found.sure and not suited
        if asked.stated and not follow_up:
            asked = _each_clause(product, unnamed, asked)  # 「是黑心棉吗 能水洗吗」: the 填充物 too
        if not asked.stated and not follow_up and told.stated:
            # 「加绒吗」 … 「冬天穿冷吗」: nothing the product states by name, but the fact just told speaks of it
            # in the buyer's words (这款不加绒,冬天里面可以穿一条薄秋裤): that fact again
            found = found_in_values(product, unnamed, (product.name, *product.aliases), told=dict(told.stated))
            if found is not None:  # (a draft: whether it answers this new question is a person's to say)
                asked, unsure = Facts(((found.name, found.value),), (), found.at), True
        entities = question.message.entities
        both = len({c for w in entities.colours if (c := product.find_colour(w))}) >= 2 or len(
            {z for w in entities.sizes if (z := product.find_size(w))}) >= 2
        if not compared and not both and not _MEANING.search(text):
            # (「动物奶油和植物奶油有啥区别」: of both, not the first's part; 「30-40是啥意思」: what explains them all)
            asked = asked.of_variant(product, *product.variant_named(entities.colours, entities.sizes))
        if entities.regions and asked.stated \
                and not any(names_region(value, entities.regions[0]) for _, value in asked.stated) \
                and len(placed := [(k, v) for k, v in product.attributes.items() if entities.regions[0] in v]) == 1:
            # 「新疆的朋友能提货吗」: 提货范围's 新疆…送不到 (not 「杭州能上门安装吗」: 安装's 杭州, over 产地's)
            asked = dataclasses.replace(asked, stated=tuple(placed))
        if asked.stated and (can := _THING_THEN_CAN.search(text)) is not None \
                and (by_thing := found_in_values(product, can["thing"], _own_names(product))) is not None \
                and by_thing.name not in dict(asked.stated) and can["thing"] in by_thing.value:
            # 「木门能装这款吗」: the fact saying it of that thing (适用门: …木门、玻璃门不能装), not how it is fitted
            asked = Facts(((by_thing.name, by_thing.value),), asked.missing, asked.at)
        if asked.stated and not cost_asked and _SERVICE_ASKED.search(text) \
                and (serving := [(k, v) for k, v in product.attributes.items() if _SERVICE_SAID.search(v)]):
            # 「包安装吗 我不会装」: whether someone comes to fit it (安装指导: 不提供上门安装…), not how it is fitted
            # (「上门安装要钱吗」 asks what it costs: the facts that price it stay)
            asked = Facts(tuple(serving), asked.missing, asked.at)
        if asked.stated and not follow_up and (need := _NEED_ASKED.search(text)) is not None \
                and not any(_says_whether_needed(value, need["what"]) for _, value in asked.stated) \
                and len(needing := [(k, v) for k, v in product.attributes.items()
                                    if _says_whether_needed(v, need["what"])]) == 1:
            # 「要充电吗」 of a gamepad whose 充电 tells its port, while its 续航 says 不用充电,由手机供电: that one
            asked = Facts((needing[0],), asked.missing, asked.at)
        if asked.stated and _WHERE_WRITTEN.search(text) \
                and len(noting := [(k, v) for k, v in product.attributes.items() if _NOTED.search(v)]) == 1:
            # 「度数在哪里填」: where the buyer writes it (验光单: 拍下后在订单备注里写度数…), not 度数范围 by its name
            asked = Facts((noting[0],), asked.missing, asked.at)
        # 「那我老婆200度呢」 of 度数范围 told as a table (1.56适合0-300度;1.60适合300-600度): the part for that number
        asked = dataclasses.replace(asked, stated=tuple((name, part_holding(value, text, product.sizes) or value)
                                                        for name, value in asked.stated))
        fitted = part_for_thing(product, text) if asked.stated else None
        if fitted is not None and any(name in (product.size_label, fitted[0]) for name, _ in asked.stated):
            # 「朗逸用哪个规格的」 of tyres whose 适配车型 gives each size its cars: the part naming 朗逸, not every
            # size (「凯美瑞呢」 next: its part of the fact just told)
            asked = Facts((fitted,), asked.missing, asked.at)
        elif [name for name, _ in asked.stated] == [product.size_label] and thing_unlisted(product, text):
            unsure = True  # 「比亚迪秦plus用什么规格」 of a table that names no such car: a person matches it
        if entities.regions:  # 「我在河北廊坊」 of 安装 told city by city: the part for there, or for the others
            asked = dataclasses.replace(asked, stated=tuple(
                (name, _of_the_place(value, entities.regions[0], text)) for name, value in asked.stated))
        if len(asked.stated) == 1 and asked.at is not None and not unsure \
                and (will := _WILL_IT.match(text, asked.at[1]) or _will_it_after(text, asked.at[1])) is not None \
                and not any(pair in asked.stated[0][1] for pair in cjk_pairs(will["what"])) \
                and not _worried_of_its_kind(*asked.stated[0], will["what"]) \
                and not (_HARMED.fullmatch(will["what"]) and _ASSURES.search(asked.stated[0][1])):
            # (「能放多久 会过期吗」: 保质期's own; 「淋雨会坏不」 of 防水: 不怕水,室外门口也能放, which says so)
            # 「刺绣会不会掉线啊」: the fact named (刺绣: 机器重工刺绣…) says nothing of 掉线: drafted, not sent;
            # nor 「A醇浓度多少 会刺激吗」 of 主要成分's 视黄醇(0.1%), the worry in a clause of its own
            unsure = True
        if asked.stated and not unsure and _COLD.search(text) \
                and not any(_COLD.search(value) for _, value in asked.stated):
            unsure = True  # 「零下十度能穿吗」 of a 厚度 that says 江浙沪冬天穿足够: a person says
        if len(asked.stated) == 1 and asked.at is not None and not unsure and not suited and (
                # 「有没有离焦镜片」: a kind of 镜片 the fact named (含明月1.56非球面树脂镜片) says nothing of: drafted
                _unnamed_before(_KIND_BEFORE, text, asked, product, names_something)
                # 「斗鱼能一起养吗」: a 混养 that names only 孔雀鱼 and 斑马鱼 says nothing of 斗鱼: drafted
                or (any(c.subject and c.names(asked.stated[0][0]) for c in concepts())
                    and _unnamed_before(_SUBJECT_BEFORE, text, asked, product, names_something))
                # 「镜腿能调松紧吗」: a fact of a part (鼻托: 一体式鼻托,不能调节), no kind of fact, found by what it
                # says, while the line names another part first: drafted
                or (not any(c.names(asked.stated[0][0]) for c in concepts())
                    and not any(pair in text for pair in cjk_pairs(asked.stated[0][0]))
                    and _another_part_before(text, asked, product))):
            unsure = True
        if asked.stated and not unsure and _SERVICE_ASKED.search(text) and question.message.entities.day \
                and not any(_WHEN_SAID.search(value) for _, value in asked.stated):
            unsure = True  # 「周日师傅能上门装吗」: fitting told with no day of it (预约上门时间): a person says
        if len(asked.stated) == 1 and asked.at is not None and not unsure \
                and _asks_past_its_head(text, asked.at, *asked.stated[0]):
            unsure = True  # 「煮饭声音大不大」 of 煮饭时间, named by its head: the time says nothing of the noise
        if asked.stated and not unsure and model_unnamed(product, text) is not None:
            unsure = True  # 「那理想L7呢」 of a seat whose 适配车型 names the cars tested, not it: a person says
        if asked.stated and not unsure and any(_ASK_US.search(value) for _, value in asked.stated):
            unsure = True  # 「是防爆胎吗」 of 不是防爆胎,原车是防爆胎的请先问客服: the agent it sends the buyer to says
        named_variants = {*question.message.entities.colours, *question.message.entities.sizes}
        if asked.stated and not unsure and _DIFFERENCE.search(text) and _AGAINST_ANOTHER.search(text) \
                and _two_products(question) is None and len(named_variants) < 2:
            # 「跟苹果官方的magsafe壳比有啥区别」: against goods the shop does not sell, which no fact compares with
            unsure = True
        if not past and _past_a_limit(text, [value for _, value in asked.stated]):
            past = True  # 「度数650能做吗」 of lenses made 近视600度以内: a person says what can be done instead
        names = [name for name, _ in asked.stated] + list(asked.missing)
        remember: dict[str, object] = {"asked": FACTS_ASKED + "、".join(names)} if names else {}
        facts = {"product": product.name, "material": product.material,
                 "care": product.care, "selling_points": product.selling_points}
        missing = "、".join(asked.missing)
        if asked.stated and asked.missing:
            return Answer("facts_partly", {"product": product.name, "facts": asked.text, "missing": missing},
                          remember, handoff=True)
        if asked.stated and product.material and (made := _MADE_OF_ASKED.search(text)) is not None \
                and made["what"] in product.material.lower() \
                and not any(made["what"] in value for _, value in asked.stated):
            # 「分装瓶是玻璃的吗」: what it is made of, said in its material (分装瓶为玻璃瓶), not the
            # 分装方式 that 分装 names
            return Answer("material", facts, remember)
        if asked.stated:
            only = asked.stated[0][1] if len(asked.stated) == 1 else None
            for case, field in (("material", product.material), ("care", product.care)):
                if only is not None and only == field:  # a fixed field has its own wording
                    return Answer(case, facts, remember)
            changed = _promotion_of(question, [name for name, _ in asked.stated])
            if changed is not None:  # 「印号码加钱吗」 while 50件以上免费印号码 runs: the fact, and what runs
                return Answer("facts_promotion", {"product": product.name, "facts": asked.text,
                                                  "promotion_name": changed.name, "promotion": changed.description},
                              remember, draft=unsure)
            if (stating := _another_stating(question.shop.products, product, text, asked)) is not None:
                # 「有没有续航一百公里的车」 on the S3's page (续航 约55公里): the K1, whose 续航 says 约100公里
                return Answer("facts", {"product": stating[0].name, "facts": Facts((stating[1],)).text}, remember)
            # (past it, 「零下二十度穿冷不冷」 of 零下五度左右穿没问题: the facts, said to fall short of what was
            # said, and a person says what fits instead)
            return Answer("facts_past" if past else "facts", {"product": product.name, "facts": asked.text},
                          remember, handoff=past, draft=unsure)
        if asked.missing and statement and all(kind in statement or _said_in_statement(kind, text, statement)
                                               for kind in asked.missing) \
                and not _HOW_MUCH_OF_IT.search(text):  # (「保修多久」 is not answered by 带保修卡)
            # 「是国行吗」 of a product stating no 国行 where the shop's promise says it (原厂正品国行): that
            return Answer("authentic", {"product": name, "statement": statement})
        if asked.missing:
            return Answer("unknown", {"product": product.name, "missing": missing}, remember, handoff=True)
        if topic == "care" and product.care:
            return Answer("care", facts)
        if topic == "material" and product.material:
            return Answer("material", facts)
        if _TASTE.search(text):  # 「灰色和粉色哪个好看」: a matter of taste, which a person answers, not the details
            return Answer("unknown", handoff=True)
        if product.material and product.selling_points and _GENERAL.search(text):
            return Answer("details", facts)
        if statement and any(names_something(pair) and pair in statement for pair in cjk_pairs(unnamed)):
            # 「花新鲜么 是不是隔夜的」 of a shop whose promise says 不卖隔夜的花: that, for a person to send
            return Answer("authentic", {"product": name, "statement": statement}, draft=True)
        return Answer("unknown", handoff=True)


def _own_store(shop: Shop) -> Answer | None:
    """Whether the shop is the platform's own (京东自营), by its name: the shops using the bot are sellers on the
    platform, whose names say 自营 only where they are the platform's; None where the platform runs none."""
    word = shop.platform.own_store
    if not word:
        return None
    told = {"platform": shop.platform.name, "own_store": word}
    return Answer("own_store" if "自营" in shop.shop.name else "not_own_store", told)


#: Goods with a measure asked for: 「有没有续航一百公里的车」「有没有200瓦的」.
_ONE_WITH = re.compile(r"有没有|有.{0,12}的(?:吗|么|嘛|没)")
#: A measure said: 100公里, 8小时, 2.7米, 500ml.
_MEASURE_SAID = re.compile(r"\d+(?:\.\d+)?\s*(?:公里|km|小时|分钟|米|cm|厘米|寸|升|ml|毫升|kg|公斤|斤|瓦|w|mah|毫安)",
                           re.IGNORECASE)


def _another_stating(products: Sequence[Product], product: Product, text: str,
                     asked: Facts) -> tuple[Product, tuple[str, str]] | None:
    """Where ``text`` asks for goods with a measure (「有没有续航一百公里的车」) that the facts of ``product`` asked
    (its 续航: 约55公里) do not say, the one other product whose fact of the same name does, and that fact."""
    if _ONE_WITH.search(text) is None:
        return None
    said = [m.group().replace(" ", "") for m in _MEASURE_SAID.finditer(text)]
    if not said or any(m in value.lower() for m in said for _, value in asked.stated):
        return None
    names = {name for name, _ in asked.stated}
    others = [(other, (key, value)) for other in products if other is not product
              for key, value in other.attributes.items()
              if key in names and all(m in value.lower() for m in said)]
    return others[0] if len(others) == 1 else None


def _of_the_variant(product: Product, name: str, value: str, variant: str | None) -> tuple[str, str]:
    """A fact told before, asked again of ``variant`` (「3万的呢」 after 「10000和20000毫安都能带上飞机」):
    itself where it may be told of that variant, else the fact that says as much of it (登机:
    …30000mAh要提前找航空公司批准)."""
    if variant is None or of_variant(product, value.lower(), variant):
        return name, value
    found = found_in_values(product, value, _own_names(product), variant=variant)
    return (found.name, found.value) if found is not None else (name, value)


#: A girth or length the buyer says (`Entities`) and the column of a size chart that sizes by it.
_CHART_COLUMNS = {"wrist": "wrist", "finger": "finger", "head": "head", "foot": "foot", "waist": "waist",
                  "bust": "chest", "hip": "hip"}


def _said_in_statement(kind: str, text: str, statement: str) -> bool:
    """Whether the buyer asked a kind of fact in a word of it that the shop's promise says (检测报告 of
    安全等级, in 每批都送第三方检测,有检测报告)."""
    concept = kinds_by_name().get(kind)
    return concept is not None and any(len(word) >= 2 and word in text and word in statement.lower()
                                       for word in concept.words)


def _sized_by_measure_said(product: Product, said: Entities) -> bool:
    """Whether the buyer says a measure of the body the product is sized by: its chart's (手腕15.5 of a
    bangle charted by the wrist), or any where it has no chart but a fit note (手链 of 均码: 手腕14到17厘米都能戴),
    or a weight of goods whose sizes are bands of weight (泰迪12斤 of a wormer for 3.5-7.5kg)."""
    return (said.weight is not None and weight_bands(product)) or any(
        getattr(said, measure) is not None
        and (any(getattr(row, column) is not None for row in product.size_chart)
             or (not product.size_chart and bool(product.fit_note)))
        for measure, column in _CHART_COLUMNS.items())


def _with_the_part_said(product: Product, message: Message, asked: Facts) -> Facts:
    """``asked``, and the product's other facts that speak of the part of it the buyer names by a
    variant's word, where the facts found say nothing of it (「睡篮能用到几个月」: 适用年龄 出生到4岁 is the
    seat's; 适用体重 says 睡篮适合0到6个月)."""
    words = [w for a, b in message.entities.variant_names if len(w := message.text[a:b].removesuffix("的")) >= 2]
    if not words or any(w in value for w in words for _, value in asked.stated):
        return asked
    units = {u for _, value in asked.stated for u in _UNITS.findall(value)}  # (个月 and 岁 of an age, not 公斤)
    more = tuple((key, clause) for key, value in product.attributes.items() if (key, value) not in asked.stated
                 for clause in SMALL_PARTS.split(value)
                 if any(w in clause for w in words) and units & set(_UNITS.findall(clause)))
    return dataclasses.replace(asked, stated=(*asked.stated, *more)) if more else asked


#: A kind said right before a fact's name, asked whether there is one: 离焦 of 「有没有离焦镜片」.
_KIND_BEFORE = re.compile(r"(?:有没有|有)(?P<what>[\u4e00-\u9fff]{2,4})$")
#: The thing a line opens with, right before the words of a fact's kind (斗鱼 of 「斗鱼能一起养吗」).
_SUBJECT_BEFORE = re.compile(r"^(?:那|那个|那种|这个|请问)?(?P<what>[\u4e00-\u9fff]{2,5}?)(?:也|还)?"
                             r"(?:能|可以|能不能|和|跟|与)?$")


def _unnamed_before(said: re.Pattern[str], text: str, asked: Facts, product: Product,
                    names: Callable[[str], bool] = bool) -> bool:
    """Whether ``said`` finds a word right before the one fact ``asked`` was named by (its ``what``, where
    ``names`` says it names something) that neither the fact nor the product's own names say."""
    found = said.search(text, 0, asked.at[0]) if asked.at is not None else None
    return found is not None and names(found["what"]) and found["what"] not in asked.stated[0][1].lower() \
        and not any(found["what"] in name.lower() for name in _own_names(product))


def _another_part_before(text: str, asked: Facts, product: Product) -> bool:
    """Whether the line names a thing first (镜腿 of 「镜腿能调松紧吗」) that nothing of the one fact ``asked``
    (鼻托: 一体式鼻托,不能调节) nor the product's own names says, by any two characters of it."""
    found = _SUBJECT_BEFORE.search(text, 0, asked.at[0]) if asked.at is not None else None
    if found is None or not names_something(found["what"]):
        return False
    said = " ".join((*asked.stated[0], *_own_names(product))).lower()
    return not any(pair in said for pair in cjk_pairs(found["what"]))


def _limit_said(product: Product, text: str) -> tuple[str, str] | None:
    """The one fact of the product setting a limit in a unit the line says a number in (度数范围: 定制近视款可以
    做600度以内, of 「我400度」), asked of nothing else."""
    said = {unit for unit in {m["unit"] for v in product.attributes.values() for m in _A_LIMIT.finditer(v)}
            if re.search(rf"(?<![\d.])\d+(?:\.\d+)?\s*{re.escape(unit)}", text)}
    limiting = [(key, value) for key, value in product.attributes.items()
                if any(m["unit"] in said for m in _A_LIMIT.finditer(value))]
    return limiting[0] if len(limiting) == 1 else None


def _sibling_named(product: Product, text: str, told: Sequence[str]) -> Facts | None:
    """The one fact of the same kind as one just ``told`` whose name the word ``text`` says takes the place
    of that one's own (展开 of 展开尺寸, right after 折叠尺寸), else None."""
    found = [(key, value, piece) for key, value in product.attributes.items() if key not in told
             for piece in pairs(text) if piece in key
             and (rest := key.replace(piece, "")) and any(rest in name and piece not in name for name in told)]
    if len({key for key, _, _ in found}) != 1:
        return None
    key, value, piece = found[0]
    at = text.index(piece)
    return Facts(((key, value),), (), (at, at + len(piece)))


def _past_a_limit(text: str, values: Sequence[str]) -> bool:
    """Whether ``text`` says a number past a limit one of ``values`` sets in a unit the text says too (650 of
    「度数650能做吗」, against 近视600度以内); of several limits in that unit, the ones whose parts share most
    with the text (「能做近视的吗 我400度」: 近视款可以做600度以内, not 散光200度以内)."""
    said = [(float(m[0]), _BEYOND.search(text, 0, m.start()) is not None) for m in _A_NUMBER.finditer(text)]
    limits = [(part, limit) for value in values for part in _LIMIT_PARTS.split(value)
              for limit in _A_LIMIT.finditer(part) if limit["unit"] in text]
    shared = {part: sum(pair in text for pair in cjk_pairs(part)) for part, _ in limits}
    most = max(shared.values(), default=0)
    # (「超过2小时发现的呢」 of 签收后2小时内: past it, by its own number)
    if any(number > float(limit["n"]) or (beyond and number >= float(limit["n"]))
           for part, limit in limits if shared[part] == most for number, beyond in said):
        return True
    # (「20平客厅够吗」 of a heater told 适合8-12平方: a room larger than the largest the facts give)
    largest = max((float(m["high"]) for value in values for m in _AREA_RANGE.finditer(value)), default=None)
    if largest is not None and any(float(m["n"]) > largest for m in _AREA_SAID.finditer(text)):
        return True
    # (「零下二十度穿冷不冷」 of boots told 零下五度左右穿没问题: colder than the fact says)
    coldest = max((_colder(value) for value in values), default=-math.inf)
    return coldest > -math.inf and _colder(text) > coldest


#: A room's area a buyer says (20平, 30平米, 15个平方), and a range of areas a fact gives (8-12平方, 35到60平方米).
_AREA_UNIT = r"(?:平方米|平方|平米|个平方|平|㎡|m²)"
_AREA_SAID = re.compile(rf"(?<![\d.\-~～到至])(?P<n>\d+(?:\.\d+)?)\s*{_AREA_UNIT}")
_AREA_RANGE = re.compile(rf"\d+(?:\.\d+)?\s*{_AREA_UNIT}?\s*(?:-|－|~|～|到|至)\s*(?P<high>\d+(?:\.\d+)?)"
                         rf"\s*{_AREA_UNIT}")


#: Degrees below zero: 零下五度, -20℃, 负10度, 零下十几度.
_BELOW_ZERO = re.compile(r"(?:零下|负|-)\s*(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}?)(?P<some>几|多)?"
                         r"\s*(?:度|℃|°)")


def _colder(text: str) -> float:
    """The coldest ``text`` says, in degrees below zero (零下二十度: 20; 零下十几度 and 十多度: 15, some way past
    ten); -inf where it says none."""
    return max((n + (5 if m["some"] and n >= 10 else 0) for m in _BELOW_ZERO.finditer(text)
                if (n := parse_numeral(m["n"])) is not None), default=-math.inf)


#: The parts of a value each limit is said in: 近视600度以内、散光200度以内.
_LIMIT_PARTS = re.compile(r"[,，、;；。]")


#: A number a buyer says, and a limit a fact sets: 600度以内, 3米之内 (not 3岁以下禁止: a limit kept off).
_A_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_A_LIMIT = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<unit>度|斤|公斤|kg|岁|米|厘米|cm|小时|天)(?:以内|之内|内)")
#: Said to be past a number: 「超过2小时」「过了7天」.
_BEYOND = re.compile(r"(?:超过|超出|过了|多于|大于|超了)$")


#: How long or how much of a thing, asked: 多久, 几年, 多少: what a promise that names it does not say.
_HOW_MUCH_OF_IT = re.compile(r"多久|多长|几年|几个月|几天|多少|几次")

#: The units a fact measures in: what tells a clause of the same kind of measure (an age in 个月, a weight in 公斤).
_UNITS = re.compile(r"个月|周岁|岁|公斤|千克|kg|斤|厘米|cm|毫米|mm|米|分钟|小时|度|°")


def _asked_facts(product: Product, text: str, named: Sequence[tuple[int, int]], *, weak: bool = True,
                 phrases: bool = True) -> Facts:
    """The facts ``text`` asks of ``product`` (`read_facts`), or, where the whole line finds none and
    it asks two things or more, those of the first of its questions read alone that finds some
    (「这个膜是全屏的吗 会不会顶壳」: 全屏 asks 覆盖范围, though the line as a whole is no word alone)."""
    facts = read_facts(product, text, weak=weak, phrases=phrases, named=named)
    if not facts.stated and (meaning := _meaning_of(product, text)) is not None:
        return meaning  # 「3两是一只3两还是一共3两」「30-40是啥意思」: the fact that says what the size means
    if facts.stated or len(asking_clauses(text)) < 2:
        return facts
    first = _first_asked(product, text, named, weak=weak, phrases=phrases)
    # (「外机多大尺寸 我阳台放得下不」: not 内机尺寸, found by 「多大尺寸」 read alone)
    if first is None or any(of_the_other_side(k, text) for k, _ in first.stated):
        return facts
    # (a kind the whole line asks in a clause of its own stays asked: 「吃多久能见效 能降血脂吗」 of 保健功能's
    # 辅助降血脂, which says nothing of how soon: 功效, for a person)
    # (not one the fact found tells: 「有没有味道 啥材质的」 of 材质's 无毒无味)
    apart = [kind for kind in facts.missing if first.at is not None and _said_apart(kind, text, first.at)
             and not any(_tells(kind, value) for _, value in first.stated)]
    return dataclasses.replace(first, missing=tuple(dict.fromkeys((*first.missing, *apart))))


def _tells(kind: str, value: str) -> bool:
    """Whether ``value`` tells the kind of fact ``kind`` in the words the kind says it is told in (无味 of 气味)."""
    concept = kinds_by_name().get(kind)
    return concept is not None and concept.told_in is not None and concept.told_in.search(value.lower()) is not None


def _meaning_of(product: Product, text: str) -> Facts | None:
    """Where ``text`` asks what one of the product's variants means (3两 of 「3两是一只3两还是一共3两」, 30-40 of
    30-40只/斤), the fact that says so: one named as explaining (规格说明), else the one whose words name the
    variant; None where it asks no such thing or no fact says."""
    if not _MEANING.search(text):
        return None
    lowered = text.lower()
    said = [(name, at) for v in (*product.sizes, *product.colours) for name in product.names_of(v)
            for head in (name.lower(), _leading_numbers(name))
            if len(head) >= 2 and (at := lowered.find(head)) >= 0]
    if not said:
        return None
    name, at = said[0]
    held = [(k, v) for k, v in product.attributes.items() if _EXPLAINING.search(k)] or \
        [(k, v) for k, v in product.attributes.items() if name in v]
    return Facts((held[0],), (), (at, at + len(name))) if held else None


#: What a variant means, asked: 是啥意思, 是指, 是一只…还是一共.
_MEANING = re.compile(r"(?:啥|什么)意思|是指|指的是|是(?:一只|一个|单只|单个|每只|每个).{0,4}还是|还是一共|还是总")
#: A fact named as explaining the variants: 规格说明, 尺码说明, 型号解释.
_EXPLAINING = re.compile(r"说明|解释|含义|意思")
def _leading_numbers(name: str) -> str:
    """The numbers a variant's name begins with: 30-40 of 30-40只/斤; "" where it begins with none."""
    found = _LEADING_NUMBERS.match(name)
    return found[0] if found else ""


#: Numbers, or a span of them, at the start of a name: 30-40, 1.5.
_LEADING_NUMBERS = re.compile(r"[\d.]+(?:[-~到][\d.]+)?")


def _first_asked(product: Product, text: str, named: Sequence[tuple[int, int]], *, weak: bool = True,
                 phrases: bool = True) -> Facts | None:
    """The facts of the first question of ``text`` that, read alone, finds some (located in the whole
    line); None where none does."""
    for start, end in asking_clauses(text):
        inside = [(a - start, b - start) for a, b in named if start <= a and b <= end]
        asked = read_facts(product, text[start:end], weak=weak, phrases=phrases, named=inside)
        if asked.stated and asked.at is not None:
            return dataclasses.replace(asked, at=(start + asked.at[0], start + asked.at[1]))
    return None


def _measures(said: Entities, told: Conversation | None = None) -> dict[str, float]:
    """The measures of the one a product is for, said now or else told before: age, weight, height."""
    measures = {}
    for name in MEASURES:
        value = getattr(said, name) if getattr(said, name) is not None else getattr(told, name, None)
        if value is not None:
            measures[name] = float(value)
    return measures


#: Where one question of a line ends and another begins: 「是黑心棉吗 能水洗吗」.
_CLAUSE_BREAK = re.compile(r"[\s,，。;；!！?？]+")


def _asked_before_the_last(text: str) -> bool:
    """Whether a clause before the line's last one asks a question of its own (「钓鲫鱼主线用几号 子线呢」)."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c]
    return len(clauses) >= 2 and any(_ASKS.search(c) for c in clauses[:-1])


#: A clause that asks: 「是黑心棉吗」「会不会掉」「多厚」, not 「下雨天」 said beside a question.
_ASKS = re.compile(r"[吗呢么嘛不没?？]$|怎么|多少|多[大长宽厚重高]|几|什么|啥|哪|能不能|可不可以|是不是|有没有|会不会"
                   r"|还是")  # (「印的还是织的」: which of two)


def _model_fit(product: Product, fit: ModelYears) -> Answer:
    """Whether the model and year said are among those the product's fact lists (卡罗拉2020款 of
    丰田卡罗拉2019-2024款: yes; 速腾2016款 of 大众速腾2019-2024款: no), the years a model named is made for,
    or, a year said of no model, the list for a person to match."""
    remember = {"asked": FACTS_ASKED + fit.fact}
    if fit.listed_code:  # 「2132能用吗」 of a cartridge whose 适用机型 lists 2132: it fits (「那佳能2900呢」 next
        # asks of another model in the list; 「100ml的呢」 of the goods, not of the list: no facts remembered)
        return Answer("model_listed", {"product": product.name, "model": fit.model,
                                       "facts": f"{fit.fact}：{fit.listed}"}, {"asked": _MODEL_ASKED + fit.fact})
    if fit.excluded_code:  # 「m1136能用吗」 of a toner whose 兼容 says 不适用惠普M1136: it does not fit
        return Answer("model_excluded", {"product": product.name, "model": fit.model,
                                         "facts": f"{fit.fact}：{fit.listed}"}, remember)
    if fit.unlisted:  # 「理想L7有没有」 of mats made for the models listed: not among them, a person says
        return Answer("model_unlisted", {"product": product.name, "model": fit.model,
                                         "facts": f"{fit.fact}：{fit.listed}"}, remember, draft=True)
    if fit.model is None:
        return Answer("model_which", {"product": product.name, "year": f"{fit.year}款",
                                      "facts": f"{fit.fact}：{fit.listed}"}, remember, draft=True)
    if fit.several:  # 卡罗拉 of a tyre whose fact lists it under two sizes: each, with its size and trim
        return Answer("facts", {"product": product.name, "facts": f"{fit.fact}：{'；'.join(fit.several)}"}, remember)
    told = {"product": product.name, "model": fit.model, "years": f"{fit.start}-{fit.end}款"}
    if fit.fits is None:
        return Answer("model_years", told, remember)
    if fit.fits and fit.goods:  # 「朗逸2020款能用吗」 of a tyre whose fact groups the cars by size: that size too
        return Answer("model_fits_under", told | {"year": f"{fit.year}款", "goods": fit.goods}, remember)
    return Answer("model_fits" if fit.fits else "model_not_fits", told | {"year": f"{fit.year}款"}, remember)


#: What the prices of two variants told apart are told under.
PRICE_TOLD = "价格"


def _prices_apart(product: Product, entities: Entities) -> tuple[tuple[str, str], ...]:
    """What two or more of the product's variants named cost, where they cost apart (磷铜 38元, 黄铜 32元 of
    「磷铜跟黄铜有啥区别」): told before the facts that speak of them."""
    named = [v for v in dict.fromkeys((*(product.find_colour(c) for c in entities.colours),
                                       *(product.find_size(z) for z in entities.sizes))) if v is not None]
    priced = [(v, product.price_of(v, None) if v in product.colours else product.price_of(None, v)) for v in named]
    if len(priced) < 2 or len({price for _, price in priced}) < 2:
        return ()
    return ((PRICE_TOLD, "、".join(f"{v} {money(price)}" for v, price in priced)),)


def _each_clause(product: Product, text: str, asked: Facts) -> Facts:
    """``asked`` with the facts a clause of its own asks, read alone, where the whole line's
    reading left them out (「是黑心棉吗 能水洗吗」: its 填充物 beside 能水洗): a fact or kind it
    names, else a long word of it that one fact's value alone says (黑心棉: 不是黑心棉)."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c]
    if len(clauses) < 2:
        return asked
    stated = dict(asked.stated)
    names = _own_names(product)
    for clause in clauses:
        if not _ASKS.search(clause):
            continue
        if said_in(clause, list(stated.values())) and not _GENUINE_ASKED.search(clause):
            # (「配件齐全吗 有螺丝吗」: 螺丝 is in the 配件 told; not 「金线是印的还是织的」 beside 掉色's 金线和底布都
            # 不掉色, whose 印 and 织 another fact says: 面料, 金线是织进去的不是印上去的)
            found = found_in_values(product, clause, names)
            if found is not None and found.sure and found.name not in stated \
                    and not all(any(_FUNCTION_CHARS.sub("", word) in told for told in stated.values())
                                for word in found.words):  # (会结晶 of 是否结晶's 一般不结晶: that told already)
                stated[found.name] = found.value
            continue
        alone = read_facts(product, clause)
        if alone.missing:
            continue
        if not alone.stated and (found := found_in_values(product, clause, names)) is not None and found.sure:
            alone = Facts(((found.name, found.value),))
        new = {name: value for name, value in alone.stated
               if name not in stated and not any(value in told or told in value for told in stated.values())}
        if new and len(new) == len(alone.stated):
            stated |= new
    return dataclasses.replace(asked, stated=tuple(stated.items())) if len(stated) > len(asked.stated) else asked


#: Whether a thing is what it seems, asked (「羽毛是真羽毛吗」): of what it is made, though a fact told names the thing.
_GENUINE_ASKED = re.compile(r"是真(?!的|货|品|假)[\u4e00-\u9fff]{2}")
#: Asked which of two: 「真皮的还是pu的」; and which would be better, a matter of advice: 「钢带还是皮带好」.
_EITHER = re.compile(r"还是")
_PREFERENCE = re.compile(r"好|推荐|适合|合适|用哪|选哪|买哪|哪个|哪款|建议|用\S{0,6}还是")


def _either_variant(product: Product, message: Message) -> str | None:
    """The label of the variants a line asks which of (「真皮的还是pu的」 of 头层牛皮款 and PU款,
    sold as its 材质): two of its sizes, or two of its colours, named."""
    sizes = {found for s in message.entities.sizes if (found := product.find_size(s)) is not None}
    colours = {found for c in message.entities.colours if (found := product.find_colour(c)) is not None}
    if len(sizes) >= 2 and product.size_label:
        return product.size_label
    if len(colours) >= 2 and product.colour_label:
        return product.colour_label
    return None


#: A product's own facts of how its colour looks against the pictures.
#: The real goods asked to be seen, in photos or a video: 看实物, 发个实拍, 有视频吗.
_SEEING_ASKED = re.compile(r"看(看|一下|下)?(实物|实拍|真人|视频|实图|细节图)|(发|拍|要)(个|一下|下|张|几张|点)?"
                           r"(实物|实拍|视频|实图|细节图)|有(没有)?(实拍|视频|实物图|实拍图|买家秀)")
#: A fact of photos and videos of the goods: 实拍, 视频, 买家秀.
_OF_SEEING = re.compile(r"实拍|视频|买家秀|实物图")
_OF_COLOUR = frozenset({"颜色", "色差", "实物颜色", "图片颜色", "颜色说明"})
#: A fact saying the goods differ from the pictures: 实物和图片…会有差别, 和图片不完全一样.
_UNLIKE_PICTURES = re.compile(r"(实物|收到的?)[^,，。;；]{0,4}(和|跟|与)(图片|照片|图)[^,，。;；]{0,12}"
                              r"(差别|差异|不一样|不同|不完全一样)")
#: A fact saying the colour differs from one making to the next: 每次生产颜色会有细微差别 (a 批次 or 缸号).
_COLOUR_VARIES = re.compile(r"颜色[^,，。;；]{0,8}(差别|差异|不一样|不同|有差)")


#: Asked whether the goods are made of something: 「是玻璃的吗」「是纯铜的不」.
_MADE_OF_ASKED = re.compile(r"是(?P<what>[\u4e00-\u9fff]{2,4}?)的?(?:吗|么|嘛|不|没)")
#: Whether the shop sells a thing, asked: 「你们卖卸妆油吗」「有卖刷子的吗」「店里卖不卖」.
_SELLS_ASKED = re.compile(r"(?:你们|你家|店里|家里)[^,，。?？!！]{0,3}卖|有卖|有没有卖|在卖|卖不卖")
#: Whether a thing named will do something, right after its name: 「(刺绣)会不会掉线啊」「(面料)容易起球吗」.
_WILL_IT = re.compile(r"(?:会不会|会|容易|能不能|可不可以)(?P<what>[\u4e00-\u9fff]{2,4}?)(?:吗|么|嘛|啊|呢|呀|不)?"
                      r"[?？!！~～]*$")


#: A worry of harm in general (会坏不, 会不会坏掉, 会不会有问题), which a fact of the kind asked answers where it
#: assures (`_ASSURES`).
_HARMED = re.compile(r"(?:坏|坏掉|损坏|弄坏|烂|烂掉|有事|有问题|出问题)[吗么嘛啊呢呀不了]?")
#: A fact saying the goods bear something: 不怕水, 不会变形, 没问题, 耐高温, 也能放.
_ASSURES = re.compile(r"不怕|不会|没问题|没事|放心|耐[\u4e00-\u9fff]|也能|都能|都可以")


def _worried_of_its_kind(key: str, value: str, what: str) -> bool:
    """Whether ``what`` a buyer worries of (过期) is a word of a kind of fact ``key`` is (保质期), or that its
    ``value`` tells (着火 of 安全, told by 自动断电's 60分钟不操作自动断电)."""
    return any((c.names(key) or (c.told_in is not None and c.told_in.search(value.lower()) is not None))
               and any(len(w) >= 2 and w in what for w in c.words) for c in concepts())


def _will_it_after(text: str, end: int) -> re.Match[str] | None:
    """A worry asked in a clause of its own after ``end`` (「A醇浓度多少 会刺激吗」: 会刺激吗)."""
    for clause in CLAUSES.finditer(text, end):
        if clause.start() > end and (will := _WILL_IT.fullmatch(text, clause.start(), clause.end())) is not None:
            return will
    return None


#: A temperature or a cold place said: 「零下十度」「5度」「-20℃」「哈尔滨」 (not 度数 of lenses, 一度电 of power).
#: A fact that sends the buyer to ask the shop's agents before buying (原车是防爆胎的请先问客服, 特殊尺寸请咨询客服):
#: theirs to tell (not what to do after, 2小时内联系客服, nor what they give, 可以找客服要实拍).
_ASK_US = re.compile(r"(?:请先|先|请)(?:问|咨询)(?:一下|下)?(?:客服|在线客服|人工客服|掌柜|店主)")
_COLD = re.compile(r"零下|[\d一二三四五六七八九十两]+\s*(?:度|℃)(?![数电])|东北|北方|哈尔滨|黑龙江|内蒙|漠河")
#: Asked how two things differ: 「有啥区别」「有什么不同」「哪里不一样」「豪华版比标准版多了啥」.
_DIFFERENCE = re.compile(r"区别|不同|不一样|差别|差在哪|多了(?:啥|什么|哪些)|贵在哪|好在哪")
#: Compared against another thing: 「跟官方的比」「和原装的比有啥区别」「比别家的好在哪」.
_AGAINST_ANOTHER = re.compile(r"(?:跟|和|与|同|比)[^,，。?？!！]{2,14}?(?:比|相比|比起来|比较)?(?:有|之间)?"
                             r"(?:啥|什么|哪些|哪里)?(?:区别|不同|不一样|差别|好在哪|贵在哪)")
#: Which of two to take: 「150和200哪个好」「大号小号选哪个」「泡普洱用紫泥还是朱泥」 (of two named).
_WHICH_OF_TWO = re.compile(r"(哪个|哪款|哪种|选哪|买哪|拿哪|要哪|还是)")


#: Whether one thing goes with another: 「x9pro用哪个滤网」「标准版能用尘袋吗」; not which is better (advice).
_ADVICE = re.compile(r"好|推荐|建议|值得")
#: Which of the goods' sizes to take, asked: 用多大的, 选哪个, 买哪款, 哪个宽度.
_WHICH_TAKEN = re.compile(r"(?:用|选|买|拍|挑|要|入)(?:多大|多宽|多粗|多长|哪个|哪款|哪种|哪一个|几号|几mm|几毫米)"
                          r"|哪(?:个|种|款)(?:宽度|尺寸|规格|型号|管径|粗细|长度|号)")
#: Said in a fact of whom or what one of the goods suits: 32mm适合锁骨到胸口的中长发, 大号推荐给大狗.
_SUITS = re.compile(r"适合|适用|推荐|建议")
#: Which of several is best, asked: 「哪个泡水喝最好」「推荐哪款」「哪种比较好」.
_WHICH_BEST = re.compile(r"哪(?:个|款|种|样)[^,，。?？!！]{0,8}?(?:最好|比较好|更好|好些|好一点|推荐)"
                         r"|推荐(?:哪|一下|个)")
#: A way to pay asked to be usable, not a fit: 「能用券吗」「可以用花呗吗」.
_PAYING_WITH = re.compile(r"(能|可以)用(券|优惠券|红包|花呗|白条|信用卡|积分|京豆|购物金)")


def _naming_others(product: Product, question: Question) -> Facts:
    """The facts of ``product`` whose values name another product the line names (兼容: X9
    Pro款配X9 Pro全部版本, of 「x9pro用哪个滤网」 on the filter's page), spaces aside."""
    names = [n for pid in question.message.entities.products if pid != product.id
             and (other := question.shop.product(pid)) is not None for n in (other.name, *other.aliases) if len(n) >= 2]
    return Facts(_facts_naming(product, names))


def _facts_naming(product: Product, names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The facts of ``product`` whose values say any of ``names``, spaces and letter case aside."""
    said = {n.lower().replace(" ", "") for n in names}
    return tuple((key, value) for key, value in product.attributes.items()
                 if any(n in value.lower().replace(" ", "") for n in said))


#: How many facts two products are compared by, at most (the first the page's product states).
COMPARED = 4


def _two_products(question: Question) -> tuple[Product, Product] | None:
    """The two products a line compares: two named, or one named and the page's (这个)."""
    named = [p for pid in dict.fromkeys(question.message.entities.products)
             if (p := question.shop.product(pid)) is not None]
    if len(named) == 1 and question.page is not None and question.page.id != named[0].id:
        named.insert(0, question.page)
    return (named[0], named[1]) if len(named) >= 2 else None


#: Two things asked apart, each said by a word of its own: 「冰丝的跟纯棉的有啥区别」「这个和加厚的有什么不同」.
_TWO_SAID = re.compile(r"^(?:亲)?(?P<one>[^\s,，。?？!！的跟和与同比]{2,6})的?(?:跟|和|与|同|比)"
                       r"(?P<other>[^\s,，。?？!！的跟和与同比]{2,6}?)的?(?:有|之间)?(?:啥|什么|哪些|哪里|多大)?"
                       r"(?:区别|不同|不一样|差别)")
_THIS = frozenset({"这个", "这款", "这件", "这种", "这家"})


def _said_short(question: Question) -> tuple[Product, Product] | None:
    """The two products a line asks apart, each said by the start of a product's name or alias
    (冰丝 of 冰丝t恤, 纯棉 of 纯棉圆领T恤) or as 这个 (the page's); where a word begins several, the
    page's, else the one of the page's kind (纯棉 of the T-shirt, not the 纯棉polo, on a T-shirt's
    page). None where a word begins no one product's names, or both are one product."""
    said = _TWO_SAID.match(question.message.text)
    if said is None:
        return None
    page = question.page
    found = []
    for word in (said["one"], said["other"]):
        if word in _THIS:
            found.append(page)
            continue
        begun = [p for p in question.shop.products
                 if any(n.lower().startswith(word) for n in (p.name, *p.aliases))]
        if len(begun) > 1 and page is not None:
            begun = [page] if page in begun else [p for p in begun if p.category == page.category]
        found.append(begun[0] if len(begun) == 1 else None)
    one, other = found
    return (one, other) if one is not None and other is not None and one is not other else None


#: A part of such a value for the places the others do not name: 其他城市, 其余地区.
_OTHER_PLACES = re.compile(r"(其他|其它|其余|别的|剩下的?)(城市|地区|地方|省份?)")


#: A thing said first, then whether it can be fitted, used or put in: 木门能装吗, 副驾驶能装吗, ipad能放吗.
_THING_THEN_CAN = re.compile(r"^(?:我家|我的|家里)?(?P<thing>[\u4e00-\u9fff]{2,4}?)"
                             r"(?:能|可以|能不能|可不可以)(?:装|用|放|安)")
#: Whether the shop fits it for the buyer, asked: 包安装吗, 上门装吗, 派师傅来装吗, 给装吗.
_SERVICE_ASKED = re.compile(r"包安装|管安装|上门(?:安)?装|(?:派|有)师傅|师傅(?:来|上门)"
                            r"|(?:来|给|帮)(?:我)?(?:安)?装(?:吗|不|么|嘛)")
#: A fact saying whether someone comes to fit it: 不提供上门安装, 免费上门安装, 师傅上门.
_SERVICE_SAID = re.compile(r"上门安装|上门装|提供安装|包安装|免费安装|师傅上门|上门服务")
#: A fact that says on which days or hours something is done: 周末, 节假日, 每天, 9点到18点.
_WHEN_SAID = re.compile(r"周[一二三四五六日天末]|星期|礼拜|节假日|每天|天天|工作日|\d+\s*[点:：]")
#: Where or how the buyer writes something for the shop, asked: 在哪里填, 怎么备注, 写在哪.
_WHERE_WRITTEN = re.compile(r"(?:在哪|哪里|哪儿|怎么|咋|如何)(?:里)?(?:填|写|备注|留言|告诉你)|(?:填|写|备注)在哪")
#: A fact that says where the buyer writes it: 在订单备注里写, 拍下后留言.
_NOTED = re.compile(r"备注|留言")
#: Whether something must be done to use it, asked: 要充电吗, 需不需要插电, 得装软件不.
_NEED_ASKED = re.compile(r"(?:需要|需不需要?|要不要|(?<![不还只])需|(?<![不还只想])要|(?<![不懂记晓])得)"
                         r"(?P<what>[\u4e00-\u9fff]{2,3}?)(?:吗|么|嘛|不|没|啊|呢|[?？]|$)")


#: A question word asking a measure or a way of the thing said before it: 多久, 几个, 怎么, 什么.
_ASKING_START = re.compile(r"[要能可]?(?:多|几|怎|什|啥|咋|哪)")


def _asks_past_its_head(text: str, at: tuple[int, int], key: str, value: str) -> bool:
    """Whether ``text`` names the fact ``key`` by its head alone (煮饭 of 煮饭时间, the rest of its name unsaid)
    and asks of it, right after, something its ``value`` does not say (声音大不大, 糊底吗)."""
    head, name = text[at[0]:at[1]], key.lower()
    if not (len(name) > len(head) >= 2 and name.startswith(head)) or name[len(head):] in text:
        return False
    after = text[at[1]:].split(" ")[0]  # (not 「留香多旧啊」: a measure of it asked, 多久 mistyped)
    return not _ASKING_START.match(after) and names_something(after) \
        and not any(pair in value for pair in cjk_pairs(after))


def _says_whether_needed(value: str, what: str) -> bool:
    """Whether ``value`` says if ``what`` must be done (不用充电, 无需插电, 需要充电), not only that it can."""
    return re.search(rf"(?:不用|无需|不需要?|免|需要|必须|要先)\s*{re.escape(what)}", value) is not None


def _says_of(statement: str, kind: str) -> bool:
    """Whether ``statement`` speaks of a kind of fact: by its name, or in its kind's own words (平湖自家工厂生产
    of 产地)."""
    concept = kinds_by_name().get(kind)
    return kind in statement or (concept is not None and concept.told_in is not None
                                 and concept.told_in.search(statement) is not None)


def _of_the_place(value: str, region: str, said: str) -> str:
    """``value``, where its parts tell places in turn (北京、上海市区免费上门安装;其他城市付费安装150元;
    县城以下不提供), as told of where the buyer is (``region``, said in ``said``): the parts naming
    it, else those for the places not named; with the parts naming no place (县城以下…). As it is
    where no part names a place, or the line names only a province one of whose cities a part names
    (浙江 of 杭州: which city, the whole says)."""
    parts = [part.strip() for part in FACT_PARTS.split(value) if part.strip()]
    placed = [part for part in parts if names_a_region(part) and not _OTHER_PLACES.search(part)]
    if len(parts) < 2 or not placed:
        return value
    own = [part for part in placed if names_where(part, region, said)]
    if not own and any(which_city(part, region, said) for part in placed):
        return value
    # (the parts for the others only where it is none of the places named; those of no place always)
    return "；".join(part for part in parts if part in own or (
        part not in placed and (not own or not _OTHER_PLACES.search(part))))


def _pair_asked(question: Question) -> tuple[Product, Product] | None:
    """The two products a fact is asked of together: two the line names (or one and the page's)
    where it asks which of them or of both (「这个跟星耀14哪个轻」), or, naming none, the two just
    compared (「哪个轻」 after 「有啥区别」)."""
    text = question.message.text
    if not BOTH_ASKED.search(text) and "比" not in text:
        return None
    page = question.page
    if page is not None and any(re.search(rf"哪(?:个|种|一个|款)?{re.escape(label)}", text)
                                for label in (page.size_label, page.colour_label, "尺码", "尺寸", "颜色") if label):
        return None  # 「我是gt4 46的 买哪个宽度」 on a strap's page: which of its own, not which of two products
    if question.message.entities.products:
        return _two_products(question)
    told = [p for pid in compared_told(question.conversation.asked) if (p := question.shop.product(pid)) is not None]
    return (told[0], told[1]) if len(told) == 2 else None


def _facts_of_both(product: Product, other: Product, keys: Sequence[str]) -> Answer | None:
    """The facts ``keys`` of two products side by side, where both state each; else None."""
    if not keys or any(key not in p.attributes for key in keys for p in (product, other)):
        return None
    return Answer("compared_facts", {"product": product.name, "other": other.name, "facts": _side_by_side(
        product, other, [(key, product.attributes[key], other.attributes[key]) for key in keys])},
                  {"asked": compared_asked(product, other)})


def _side_by_side(product: Product, other: Product, rows: Sequence[tuple[str, str, str]]) -> str:
    """One line for each (fact, ``product``'s, ``other``'s)."""
    return "\n".join(f"【{key}】{product.name}：{mine}；{other.name}：{theirs}" for key, mine, theirs in rows)


def _difference_written(one: Product, other: Product) -> Answer | None:
    """A fact of either product on how it differs from the other, named for the difference and
    for the other (和国行的区别 of the 海外版, the 国行 being the other's name): as written."""
    for product, than in ((one, other), (other, one)):
        names = [name.lower() for name in (than.name, *than.aliases) if len(name) >= 2]
        for key, value in product.attributes.items():
            if _DIFFERENCE.search(key) and any(name in key.lower() for name in names):
                return Answer("facts", {"product": product.name, "facts": Facts(((key, value),)).text},
                              {"asked": compared_asked(product, than)})
    return None


def _alike(one: str, other: str) -> float:
    """How alike two values are: the share of the shorter one's two-character pieces the other has too
    (常温避光密封保存,不要放冰箱 and 常温避光密封保存,不用放冰箱,放冰箱反而更容易结晶: much)."""
    ones, others = pairs(one.lower()), pairs(other.lower())
    return len(ones & others) / min(len(ones), len(others)) if ones and others else 0.0


#: The longest value read as a spec (5种模式:清洁、美白、抛光、按摩、敏感; 充满一次约60天).
_SPEC_LENGTH = 30
_NUMBERS = re.compile(r"\d+(?:\.\d+)?")


def _specs_apart(one: str, other: str) -> bool:
    """Whether two short values of one fact say different numbers (5种模式 and 3种模式, 每分钟38000次 and 31000次)."""
    return max(len(one), len(other)) <= _SPEC_LENGTH and set(_NUMBERS.findall(one)) != set(_NUMBERS.findall(other))


def _compared(product: Product, other: Product) -> Answer:
    """Two products side by side: their prices, what each is made of where that differs, and the
    `COMPARED` facts both state that differ most (档位, 续航 …; not two ways of saying one thing),
    each product's own, in the file's order; where they state none in common, the prices, and a
    person says what else differs. Either way the two are remembered: 「哪个轻」 or 「两台一起多少钱」
    next asks of both."""
    prices = "；".join(p.priced() for p in (product, other))
    differing = [(key, value, other.attributes[key]) for key, value in product.attributes.items()
                 if key in other.attributes and other.attributes[key] != value]
    # the facts that differ most, in the file's order (储存方式 常温…不要放冰箱 and 常温…不用放冰箱… say much the
    # same; 结晶 容易结晶 and 最不容易结晶 do not); first the short specs whose numbers differ, the shortest first (模式
    # 5种 and 3种, 续航 约60天 and 约30天: what sets two models apart, though the words around the numbers are the same)
    most = sorted(differing, key=lambda row: (0.0, max(len(row[1]), len(row[2]))) if _specs_apart(row[1], row[2])
                  else (1.0, _alike(row[1], row[2])))[:COMPARED]
    differing = [row for row in differing if row in most]
    if product.material and other.material and product.material != other.material:
        differing.insert(0, ("材质", product.material, other.material))  # (冰丝的跟纯棉的: what each is made of first)
    facts = {"product": product.name, "other": other.name, "prices": prices}
    remember = {"asked": compared_asked(product, other)}
    if not differing:
        return Answer("compared_prices", facts, remember, handoff=True)
    return Answer("compared", facts | {"facts": _side_by_side(product, other, differing)}, remember)


#: A size named by its length: 3.6米, 2.1m, 120cm, 27寸.
_LENGTH = re.compile(r"\d\s*(?:米|m|cm|厘米|寸)$", re.IGNORECASE)
