"""sizing: which size fits, whether it runs large or small, how long a size is.

Recommends from the product's own size chart by whatever the chart places buyers by and
the buyer gives: height and weight (adults and children), foot length, a body girth, a
baby's age, the girth of a finger (rings), a wrist (bracelets) or a head (hats). Height
and weight pointing at different sizes are both named; a child's age is a guide only where
no body measure is given (110cm 5岁: the row of 110cm); a value between two rows takes
the larger, except a height on the line of a size named by it (130cm: the 130 of 120-130
and 130-140); a value off the chart is said plainly and handed on; the product's fit
(runs small: size up) is applied whenever the chart is consulted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from botcore.conversation import Conversation
from botcore.shop import BODY_MEASURES, Product, SizeRow
from botcore.sizes import SIZE_CHOSEN, by_magnitude
from botcore.stages.entities import BODY_FIELDS, Entities, extract
from botcore.text import CLAUSES, SMALL_PARTS, join, span
from intents.asked_size import chart_row, first_after
from intents.attributes import (
    ATTRIBUTE_WEIGHT,
    FACTS_ASKED,
    Facts,
    dimensions_asked,
    kinds_by_name,
    read_facts,
    telling_apart,
)
from intents.base import Answer, Ask, Evidence, Intent, Message, Question
from intents.bra_sizes import BraSize, by_measures, by_worn, sizes_said, worn_size
from intents.goods import priced_by_length
from intents.headcount import fit_for, holds_asked, people_said
from intents.larger import CASES as LARGER_CASES
from intents.larger import LARGER_ASKED, other_size
from intents.ranges import part_holding, size_for_days, size_for_people, size_of_length
from intents.suits import MEASURES, measure_facts, past_range, whom_for
from intents.value_words import found_in_values

__all__ = ["Sizing"]

#: What a size told by a measure remembers as asked: a number alone next is that measure again.
_BY_MEASURE = "by_measure"
_BY_WORN = "by_worn"  # a bra sized by the size worn elsewhere (「平时穿80C」 … 「那75D的呢」)
_BY_PEOPLE = "by_people"  # sized by the head count a fact gives each size (「一家五口买哪个」 … 「十个人呢」)
_BY_SHOE = "by_shoe"  # sized by the shoe size said (「我穿43的鞋」 … 「那45呢」)

_PARTS = ("衣长", "袖长", "裤长", "裙长", "腰围", "胸围", "臀围", "肩宽")
_LENGTH_WORDS = re.compile(r"多长|长度")
_FOOT_ASKED = re.compile(r"(内长|脚长)(是)?(多少|多长|几)")  # of a shoe's size: the chart's foot length
#: The shoe size a buyer wears, said of goods sized by the foot (socks, insoles): 「平时穿42的鞋」「鞋子43码」.
_SHOE_SAID = re.compile(r"(?:穿|鞋子?(?:是|穿)?|鞋码(?:是)?)\s*(?P<n>\d{2}(?:\.5)?)(?![\d.])")
#: A clause of the product's facts giving the shoe sizes a size of it fits: 「L码适合42到45码的鞋」.
_FOR_SHOES = re.compile(r"(?P<size>[A-Za-z0-9]{1,4}|[大中小均加]码|[大中小]号)码?(?:适合|对应|适用|穿)"
                        r"(?P<low>\d{2})(?:码)?(?:到|至|-|~|～)(?P<high>\d{2})码?(?:的?鞋|的?脚)?")
_FOOT_PART = "适合脚长"
#: A child spoken of: a bare number with it is the child's height (孩子120, 她姐姐140), not a size
#: (小姐姐 and 小哥哥 address the seller).
_CHILD = re.compile(r"孩子|宝宝|小孩|娃|儿子|女儿|闺女|小朋友|(?<!小)姐姐|妹妹|(?<!小)哥哥|弟弟|老大|老二"
                    r"|侄子|侄女|外甥")
_FIT_SHIFT = {"small": 1, "regular": 0, "large": -1}
_SIZE_LIST = re.compile(
    r"几个尺寸|几种尺寸|哪些尺寸|几个规格|几种规格|哪些规格|几个型号|有多大的|有几个码|有哪些码|几种大小")
#: A choice asked: 哪个, 选哪, 合适; a formula's stage or a size by its word (吃几段, 几码).
_WHICH = re.compile(r"哪个|哪款|哪种|哪一|选哪|拍哪|买哪|选什么|拍什么|买什么|合适|几段|哪段|几码|什么码"
                    r"|什么号|啥号|哪个号|哪号|多大号|怎么选")
#: Another one asked of by a measure of its own (「那8岁的呢」「那个130斤的呢」), not more of the same body.
_ANOTHER_ONE = re.compile(r"^(?:那|那么|那个|还有)[^,，。?？!！]{0,8}的(?:呢|话呢)[?？]*$"
                          # (or named: 「那她姐姐135呢」 after the little one's 36斤, 「我老公180呢」)
                          r"|^(?:那|那么|还有)?(?:我|她|他|我家|她家|他家)?(?:的)?(?:姐姐|哥哥|弟弟|妹妹|老公|老婆|对象"
                          r"|男朋友|女朋友|大宝|二宝|小宝|老大|老二|大儿子|小儿子|大女儿|小女儿|爸爸|妈妈|朋友|同事)")
#: Two named, one to choose: 「150和200选哪个」「买长杆还是短杆」.
_CHOICE = re.compile(_WHICH.pattern + "|还是")
#: A size asked for (「腰围70穿多大」), as against a measure asked of the sizes (「腰围多少」).
_WHICH_SIZE = r"多大码|什么码|啥码|哪个码|几码|穿哪|拍哪|选哪|买哪|" + SIZE_CHOSEN.pattern
_SIZE_ASKED = re.compile(_WHICH_SIZE + "|合适")
#: ... by the words that ask which one (「140穿多大」), not whether one named suits (「130的合适吗」).
_WHICH_ASKED = re.compile(_WHICH_SIZE)
#: Whether the goods still fit a body said with it (「娃都160了还能骑吗」「两岁能玩吗」).
_CAN_USE = re.compile(r"(能|可以|还能|能不能|可不可以)(穿|骑|坐|睡|用|玩|戴|背|躺|装下|拼|搭)")
#: Whether the goods suit someone told by a measure, asked: 适合他吗, 合适吗, 能用吗, 可以穿吗, 能吃吗.
_SUITS_ASKED = re.compile(rf"适合|合适|(?:能|可以)(?:吃|喝)|{_CAN_USE.pattern}")
#: The buyer's own girth for a garment's measurement of that name.
_GIRTH = {"腰围": "waist", "胸围": "bust", "臀围": "hip"}
_LABEL = {field: label for field, label, _ in BODY_MEASURES}
_UNIT = {field: unit for field, _, unit in BODY_MEASURES}
# the chart field each entity fills (the buyer's 胸围 is the entity ``bust``)
_ENTITY = {"height": "height", "weight": "weight", "foot": "foot", "chest": "bust", "waist": "waist",
           "hip": "hip", "age": "age", "finger": "finger", "wrist": "wrist", "head": "head"}
#: A girth or length a chart reads, and what the conversation remembers it as (a chest told is its bust):
#: the measures a number alone may give again (not a height, a weight or an age).
_REMEMBERED_AS = {field: entity for field, entity in _ENTITY.items() if field not in ("height", "weight", "age")}
#: A measure only a size chart uses, named with its number (脚长25, 指围53mm): a sizing question.
_CHART_ONLY = ("foot", "finger", "wrist", "head")


def _fit_stated(product: Product) -> bool:
    """Whether the file says how the product fits: its ``fit`` written out, or a fit note."""
    return "fit" in product.model_fields_set or bool(product.fit_note)


def _bare_as_height(product: Product, entities: Entities) -> Entities:
    """A bare number read as a weight (110 as 110斤) is the height when the chart holds it as
    a height and not as a weight (a children's chart: 80-160cm, 20-95斤)."""
    if entities.measures_sure or entities.weight is None or entities.height is not None:
        return entities
    heights, weights = _chart_span(product.size_chart, "height"), _chart_span(product.size_chart, "weight")
    if heights is None or not heights[0] <= entities.weight <= heights[1] or (
            weights is not None and weights[0] <= entities.weight <= weights[1]):
        return entities  # a weight the chart holds stays a weight
    return dataclasses.replace(entities, height=entities.weight, weight=None)


def _on_boundary(chart: list[SizeRow], field: str, value: float, row: int) -> bool:
    """Whether ``value`` is where ``row`` starts and the row before ends (130 of 120-130 and 130-140)."""
    this, before = chart[row].fits(field), chart[row - 1].fits(field)
    return this is not None and before is not None and this[0] == value == before[1]


#: A body measure written with its unit: 130斤, 65kg, 170cm, 1米7.
_WITH_UNIT = re.compile(r"\d\s*(?:斤|公斤|kg|千克|cm|厘米|公分)|\d米\d", re.IGNORECASE)


def _where(text: str, *values: float) -> tuple[int, int]:
    """Where the numbers of ``values`` are written in ``text`` (170 and 130 of 「170 130斤」), from
    the first to the end of the last; (-1, -1) where one is written otherwise (一米七)."""
    found = [m for value in values if (m := re.search(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d.])", text))]
    if len(found) < len(values):
        return -1, -1
    return min(m.start() for m in found), max(m.end() for m in found)


def _deciding(product: Product, measures: Mapping[str, float]) -> str | None:
    """The one of two or more ``measures`` the product's fit note says a size goes by (以胸围为准,
    按胸围选码); None where it names none of them, or several."""
    if len(measures) < 2:
        return None
    named = [field for field in measures
             if re.search(rf"以{_LABEL[field]}为准|按{_LABEL[field]}(?:来)?(?:选|挑|拍)", product.fit_note)]
    return named[0] if len(named) == 1 else None


def _chart_span(chart: list[SizeRow], field: str) -> tuple[float, float] | None:
    ranges = [r for row in chart if (r := row.fits(field)) is not None]
    return (ranges[0][0], ranges[-1][1]) if ranges else None


def _said(field: str, value: float) -> str:
    """身高120cm / 脚长25.8cm / 8个月 / 3岁."""
    if field == "age":
        return f"{round(value * 12):g}个月" if value < 1 else f"{value:g}岁"
    return f"{_LABEL[field]}{value:g}{_UNIT[field]}"


def _stated(product: Product, text: str, entities: Entities, measured: Mapping[str, float] | None = None,
            ) -> Answer | None:
    """The facts the product's file states of what is asked (its dimensions, 宽脚能穿吗), of
    the variant named if the file tells each in turn; with an age, a weight or a height told
    (``measured``), whom it is for by them (2个月的狗: 3个月以上; 孩子40斤: 18公斤以内), handed
    to a person where the measure lies past it."""
    variant = product.variant_named(entities.colours, entities.sizes)
    asked = read_facts(product, text).of_variant(product, *variant)
    if measured and not (strong := read_facts(product, text, weak=False).of_variant(product, *variant)).stated:
        asked = strong  # 「孩子两岁半 二十八斤能用不」: whom it is for by them, not 适配车型 by 能用 alone
    facts = measure_facts(product, measured or {}, asked)  # (「一天吃多少」 asks the amount, not the ages)
    if not facts.stated:
        return None
    # 「猫九斤 中号够不够」 of 适用体重 told as a table (中号适合10斤以内;大号适合10斤以上): the part for that weight
    facts = dataclasses.replace(facts, stated=tuple((name, part_holding(value, text, product.sizes) or value)
                                                    for name, value in facts.stated))
    told = {"asked": FACTS_ASKED + "、".join(name for name, _ in facts.stated)}  # 「24寸呢」 next: the same, of it
    past = past_range(facts if facts is not asked else whom_for(facts, measured or {}), measured or {})
    return Answer("dimensions", {"product": product.name, "facts": facts.text}, told, handoff=past)


def _size_by_own_measure(product: Product, text: str) -> tuple[SizeRow, str] | None:
    """The row of the chart whose own measurement the buyer gives by its name and value (内长19, 内长190mm of a
    内长 of 19cm), and that measurement's name; None where none is given or no row measures it."""
    # (not a girth of the body, 腰围68: the smallest size that measures as much, by `_measurement`)
    for part in sorted({p for row in product.size_chart for p in row.measurements if len(p) >= 2 and p not in _GIRTH},
                       key=len, reverse=True):
        said = re.search(re.escape(part) + r"\s*(?:是|有|为)?\s*(\d+(?:\.\d+)?)\s*(mm|毫米|cm|厘米|公分)?", text)
        if said is None:
            continue
        value = float(said[1]) / (10 if said[2] in ("mm", "毫米") else 1)
        return next(((row, part) for row in product.size_chart
                     if part in row.measurements and abs(row.measurements[part] - value) < 0.05), None)
    return None


#: Traits of a part of the body said alike: a wide foot is said 宽, 肥, 胖 or 厚 (脚背高 of the same).
_TRAITS = ("宽肥胖厚粗大高", "窄瘦细小")


def _of_the_body(product: Product, part: str, trait: str) -> tuple[str, str] | None:
    """The product's fact of a part of the body of that trait, in any word of it (宽脚能穿吗 of 「脚胖」, 脚背高 of
    「脚背也高」), or None."""
    alike = next((family for family in _TRAITS if trait in family), trait)
    parts = {part, part[:1]} if part[:1] not in "".join(_TRAITS) else {part}  # (大腿: not 大 of 版型宽大)
    return next(((key, value) for key, value in product.attributes.items()
                 if any(f"{w}{p}" in key + value or f"{p}{w}" in key + value for p in parts for w in alike)), None)


#: The name of a product's fact of the weight it takes: 承重, 适用体重, 载重.
_WEIGHT_KEY = re.compile(r"承重|体重|载重|限重")
#: How long it comes on the buyer, asked: 「会不会长」「到哪里」「拖地吗」.
_LENGTH_ASKED = re.compile(r"会不会(?:长|短)|长不长|短不短|太长|太短|(?:穿|盖)?到哪|拖地|到脚|到膝|多长|长度|盖住")


def _length_fact(product: Product, height: float) -> tuple[str, str] | None:
    """The product's fact of its length (裤长, 裙长, 衣长) for a buyer of ``height``: the one naming that
    height first (160的亲穿到小腿中间), else the only one."""
    lengths = [(key, value) for key, value in product.attributes.items() if key.endswith("长") or "长度" in key]
    named = [(key, value) for key, value in lengths if f"{height:g}" in value]
    return named[0] if named else lengths[0] if len(lengths) == 1 else None


def _named_by_height(product: Product) -> bool:
    """Children's sizes are named by height (110 fits about 110 cm): height alone places them."""
    rows = [(row.size, row.fits("height")) for row in product.size_chart]
    return bool(rows) and all(r is not None and size.isdigit() and r[0] - 10 <= int(size) <= r[1] + 10
                              for size, r in rows)


def _preferred(shift: int, preference: str | None) -> int:
    """The fit's shift, with the buyer's stated wish: one who wants it loose (宽松, oversize)
    is not sized down for a loose cut, one who wants it close (贴身, 修身) is not sized up
    for a small one; what the chart says of their body stays."""
    if preference == "loose":
        return max(shift, 0)
    if preference == "tight":
        return min(shift, 0)
    return shift


def _size_above(product: Product, numbers: tuple[float, ...]) -> tuple[str, str] | None:
    """A half size the shop does not make (平时穿42.5) is the next size up it makes, and so is a
    number it skips (平时戴港码13号 of rings in 12号 and 14号: 14号); with the number as the buyer
    wears it, written as the sizes are (13号)."""
    numeric = [(float(m[1]), s, m) for s in product.sizes if (m := _NUMBERED_SIZE.fullmatch(s)) is not None]
    for number in numbers:
        larger = [(size, m) for value, size, m in sorted(numeric) if value >= number]
        if numeric and numeric[0][0] <= number and larger:
            size, found = larger[0]
            return size, f"{number:g}{size[found.end(1):]}"
    return None


#: A size that is a number, bare or with 号 or 码: 42, 42.5, 12号, 38码.
_NUMBERED_SIZE = re.compile(r"(\d+(?:\.\d+)?)(?:号|码)?")
#: A part of the body said big before it is named: 大肚子, 粗腿, 大屁股.
_BIG_PART = re.compile(r"(?:大|粗)(?P<part>肚子|肚腩|屁股|胯|腿|胳膊|手臂|脚)")
#: What a fit note says to do for it: one size up.
_SIZE_UP = re.compile(r"(拍|选|买)?大(一|1)(码|号)")


def _sized_up_for(product: Product, text: str, body: re.Pattern[str]) -> str | None:
    """The clause of the shop's fit note that sizes up for what the buyer says of their body (肚子大 of
    「肚子比较大的姐妹建议拍大一码」): one naming the part and saying one up; None where none does."""
    if product.fit_note and (cup := _CUP_SAID.search(text)) is not None:
        # 「C杯 穿啥码」 of 胸比较大(C杯以上)的建议拍大一码: a cup at or past the one the note sizes up from
        up = next((clause for clause in SMALL_PARTS.split(product.fit_note)
                   if (least := _CUP_UP_FROM.search(clause)) is not None and _SIZE_UP.search(clause)
                   and cup[1].upper() >= least[1].upper()), None)
        if up is not None:
            return up
    if product.fit_note and (named := next((clause for clause in SMALL_PARTS.split(product.fit_note)
                                            if _SIZE_UP.search(clause)
                                            and any(name in text for name in _listed_in(clause))), None)):
        return named  # 「比熊 胸围44穿啥」 of 毛厚的狗狗(比熊、博美)建议拍大一码: one of those listed, one up
    said = body.search(text) or _BIG_PART.search(text)
    if said is None or not product.fit_note:
        return None
    part = said["part"].removesuffix("膀")
    return next((clause for clause in SMALL_PARTS.split(product.fit_note)
                 if part in clause and _SIZE_UP.search(clause)), None)


#: Names a fit note lists, in brackets or one after another with 、: 比熊、博美 of 毛厚的狗狗(比熊、博美).
_LISTED = re.compile(r"[（(]([^）)]{2,30})[）)]|((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})")


def _listed_in(clause: str) -> list[str]:
    """The names of two characters or more ``clause`` lists (比熊, 博美 of 毛厚的狗狗(比熊、博美)建议拍大一码)."""
    return [name for m in _LISTED.finditer(clause) for name in re.split(r"[、,，/]", m[1] or m[2])
            if len(name.strip()) >= 2 and not _SIZE_UP.search(name)]


#: A bra cup the buyer says (C杯, d罩杯), and one a fit note sizes up from (C杯以上).
_CUP_SAID = re.compile(r"(?<![a-z])([a-g])\s*(?:罩)?杯", re.IGNORECASE)
_CUP_UP_FROM = re.compile(r"(?<![a-z])([a-g])\s*(?:罩)?杯(?:及|或)?以上", re.IGNORECASE)


def _shifted(product: Product, size: str, steps: int) -> str:
    index = product.sizes.index(size) + steps
    return product.sizes[max(0, min(index, len(product.sizes) - 1))]


def _past_the_end(product: Product, size: str, steps: int) -> bool:
    """Whether ``steps`` sizes from ``size`` (the fit's one up of 偏小一码) go past the product's
    largest or smallest size: what the chart gives is not what the fit says to take."""
    return steps != 0 and not 0 <= product.sizes.index(size) + steps < len(product.sizes)


def _beyond(product: Product, size: str, measure: str, facts: dict[str, object], remember: dict[str, object],
            steps: int) -> Answer:
    """The chart's ``size`` for ``measure``, where the fit takes it past the end: a person looks."""
    return Answer("fit_beyond", facts | {"size": size, "measure": measure, "extreme": "大" if steps > 0 else "小"},
                  remember | {"awaiting": None}, handoff=True)


#: How many metres to buy, asked: 「要拍几米」「买多少米」「得做几米」.
_METRES_TO_BUY = re.compile(r"(?:拍|买|要|做|订|下单|定)(?:几|多少)米")


class Sizing(Intent):
    name = "sizing"
    rank = 70
    before_buying = True
    carries_over = ("height", "weight", *_CHART_ONLY, "age", "sizes", "products")
    continued_by = {_BY_MEASURE: "number_alone", _BY_SHOE: "number_alone",  # 「手腕14cm拍哪个」 … 「16呢」
                    _BY_PEOPLE: "people_alone"}
    awaited = {"measures": Ask(("height", "weight"), "回答了身高体重")}  # asked for by need_measures ...
    cases = {
        "recommend": ("product", "size", "height", "weight", "fit_note"),
        "recommend_adjusted": ("product", "size", "body_size", "height", "weight", "fit_note"),
        "recommend_by": ("product", "size", "measure", "fit_note"),
        "weight_stated": ("product", "part", "note"),
        "weight_past": ("product", "part", "note", "weight"),
        "between": ("product", "size", "size_by_height", "size_by_weight", "height", "weight", "fit_note"),
        "out_of_chart": ("product", "height", "weight", "chart_height", "chart_weight"),
        "out_of_chart_by": ("product", "measure", "chart_range"),
        "fit_beyond": ("product", "size", "measure", "extreme", "fit_note"),
        "need_weight": ("product", "height"),
        "need_height": ("product", "weight"),
        "need_measures": ("product",),
        "need_measure": ("product", "measure"),
        "can_wear": ("product", "size", "height", "weight"),
        "cannot_wear": ("product", "size", "suggested", "height", "weight"),
        "can_wear_by": ("product", "size", "measure"),
        "cannot_wear_by": ("product", "size", "suggested", "measure"),
        "fit_small": ("product", "fit_note"),
        "fit_regular": ("product", "fit_note"),
        "fit_large": ("product", "fit_note"),
        "usual_size": ("product", "usual", "size", "fit_note"),
        "size_not_made": ("product", "reason", "size", "sizes"),
        "cup_beyond": ("product", "size", "cup", "measure", "extreme", "fit_note"),
        "measurement": ("product", "size", "part", "value"),
        "measurement_all": ("product", "part", "values"),
        "size_range": ("product", "size", "height_range", "weight_range"),
        "size_range_by": ("product", "size", "ranges"),
        "fact_unknown": (),
        "no_chart": ("product",),
        "fit_note": ("product", "fit_note"),
        "by_shoe_size": ("product", "shoe", "size", "note"),
        "dimensions": ("product", "facts"),
        "size_of_length": ("product", "size", "clause"),
        "for_people": ("product", "people", "size"),
        "past_people": ("product", "people", "largest"),
        "named_size": ("product", "size"),
        "named_sizes": ("product", "sizes"),
        "size_list": ("product", "sizes", "size_label"),
        "which_product": (),
        **LARGER_CASES,
    }

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        e = message.entities
        if e.height is not None and e.weight is not None:
            # (one written with its unit says what the other is: 「170 130斤」, not 「老大140老二100」)
            weight = 0.9 if e.measures_sure or _WITH_UNIT.search(message.text) else 0.8
            return [Evidence("entity", f"身高{e.height:g}+体重{e.weight:g}", weight,
                             *_where(message.text, e.height, e.weight))]
        if e.underbust is not None:  # 「下胸围73」: a bra's band, said to be sized
            return [Evidence("entity", f"下胸围{e.underbust:g}cm", 0.8)]
        for field in _CHART_ONLY:
            if (value := getattr(e, _ENTITY[field])) is not None:
                return [Evidence("entity", _said(field, value), 0.8)]
        if (e.height is not None or e.weight is not None) and e.measures_sure:
            return [Evidence("entity", "身高或体重", 0.6)]
        if (e.height or e.weight or e.age) is not None and _CAN_USE.search(message.text):
            return [Evidence("entity", "身材或年龄+能不能用", 0.8)]  # a bare 160 with 还能骑吗 is the child's height
        if e.age is not None and (e.sizes or _WHICH.search(message.text)):  # 一岁半该喝三段了吧, 八个月选哪段
            return [Evidence("entity", f"{_said('age', e.age)}+{'、'.join(e.sizes) or '选哪个'}", 0.8)]
        if e.age is not None:  # 「我家宝宝3岁半」 said alone: the child to size, unless another rule says more
            return [Evidence("entity", _said("age", e.age), 0.7)]
        return []

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """The dimensions a product with no size chart states, asked (1.8的床单多大): how big it
        is, which a product question tells in the same words; a child's age with a choice, of a
        product charted by age (八个月选哪段): its size."""
        e = message.entities
        if (other := LARGER_ASKED.search(message.text)) is not None \
                and (ordered := by_magnitude(product.sizes)) is not None:
            # 「有没有大点的」 of a bowl in 120ml, 150ml and 200ml: the sizes past the one in hand
            return [Evidence("attribute", f"规格从小到大:{join(ordered)}", ATTRIBUTE_WEIGHT + 0.03, *other.span())]
        choice = _WHICH.search(message.text) or _unit_asked(product, message.text)
        if e.age is not None and _chart_span(product.size_chart, "age") is not None and (e.sizes or choice):
            # 「娃刚满月 吃几段的」 of formula charted by age: the stage for that age, over its 适用年龄 fact
            return [Evidence("attribute", f"尺码表按年龄:{_said('age', e.age)}", ATTRIBUTE_WEIGHT + 0.03,
                             *(choice.span() if choice else (-1, -1)))]
        if e.weight is not None and e.height is None and choice \
                and _chart_span(product.size_chart, "weight") is not None:
            # 「我家柯基24斤 买哪个号」「金毛70多斤有合适的吗」 of a chew charted by the dog's weight: its size (or
            # none past the chart), over its 适用体重 fact
            return [Evidence("attribute", f"尺码表按体重:{_said('weight', e.weight)}", ATTRIBUTE_WEIGHT + 0.03,
                             *choice.span())]
        if choice and _WHICH_ASKED.search(message.text) and (aliased := _one_aliased(product, e.sizes)) is not None:
            # 「旧锁导向片是24*240的 拍哪个锁体」 of locks whose 标准锁体 is also called 24x240: that size
            return [Evidence("entity", f"规格的别名:{aliased}", ATTRIBUTE_WEIGHT + 0.03, *choice.span())]
        written = tuple(product.attributes.items())
        if choice and (by_days := size_for_days(product, written, message.text)
                       or size_for_people(product, written, message.text)):
            # 「出去玩四天带哪个尺寸」 of cases whose 出行天数 gives each size its days: that size (and 「一家五口
            # 买哪个尺寸合适」 of grills whose 适合人数 gives each its head count)
            return [Evidence("attribute", f"商品资料:{by_days[1]}", ATTRIBUTE_WEIGHT + 0.03, *choice.span())]
        if (choice or holds_asked(message.text)) and (people := people_said(message.text)) is not None \
                and fit_for(product, people) is not None:
            # 「一家三口买哪个合适」「5个人够住吗」 of a tent in 2人 and 3-4人: the size that holds them
            return [Evidence("attribute", f"规格按人数:{'、'.join(product.sizes)}", ATTRIBUTE_WEIGHT + 0.03,
                             *(choice.span() if choice else (-1, -1))), Evidence("entity", f"人数{people}", 0.8)]
        if not product.size_chart and choice and (own := _fact_of_sizes(product, e)) is not None \
                and len({z for w in e.sizes if (z := product.find_size(w))}) >= 2:
            # 「左眼300右眼400怎么选」 of goggles in 300度 and 400度, no chart: its 度数 says how to choose
            return [Evidence("attribute", f"商品资料:{own[0]}", ATTRIBUTE_WEIGHT, *choice.span())]
        measured = {f: v for f in ("age", "weight", "height") if (v := getattr(e, f)) is not None}
        if not product.size_chart and measured and _SUITS_ASKED.search(message.text) \
                and (whom := whom_for(Facts(written), measured)).stated \
                and not past_range(whom, measured):
            # 「男朋友28岁 适合他吗」 of a perfume whose 适合人群 says 适合25到40岁男士: that fact
            return [Evidence("attribute", f"商品资料:{'、'.join(name for name, _ in whom.stated)}", ATTRIBUTE_WEIGHT)]
        facts = dimensions_asked(product, message.text) if not product.size_chart else None
        if not facts or not facts.stated or facts.at is None:
            return []
        return [Evidence("attribute", f"商品资料:{'、'.join(name for name, _ in facts.stated)}", ATTRIBUTE_WEIGHT,
                         *facts.at)]

    def missing(self, message: Message) -> tuple[str, ...]:
        e = message.entities
        return tuple(name for name, value in (("height", e.height), ("weight", e.weight)) if value is None)

    def answer(self, question: Question) -> Answer:
        product, entities = question.product, question.message.entities
        shoe = _SHOE_SAID.search(question.message.text)
        size_said = shoe["n"] if shoe is not None else f"{entities.bare_numbers[0]:g}" if (
            question.conversation.asked == _BY_SHOE and len(entities.bare_numbers) == 1) else None  # 「那45呢」
        if product is not None and size_said is not None \
                and (fits := _size_for_shoe(product, float(size_said))) is not None:
            # 「平时穿42的鞋 拍M还是L」 of socks whose 适合鞋码 says L码适合42到45码的鞋: L, by that clause
            return Answer("by_shoe_size", {"product": product.name, "shoe": f"{size_said}码的鞋", "size": fits[0],
                                           "note": fits[1]}, {"size": fits[0], "asked": _BY_SHOE})
        if product is not None and (people := people_said(question.message.text)) is not None \
                and (fit := fit_for(product, people)) is not None:
            # 「一家三口买哪个合适」 of a tent in 2人 and 3-4人: 3-4人; past its largest, a person answers
            if fit.size is None:
                return Answer("past_people", {"product": product.name, "people": f"{people}个人",
                                              "largest": fit.largest}, handoff=True)
            return Answer("for_people", {"product": product.name, "people": f"{people}个人", "size": fit.size},
                          {"size": fit.size})
        in_hand = product.variant_named(entities.colours, entities.sizes)[1] or question.conversation.size \
            if product is not None else None
        measured = any(getattr(entities, field) is not None for field in BODY_FIELDS)
        if product is not None and not (in_hand is None and measured) \
                and (other := other_size(product, question.message.text, in_hand)) is not None:
            # 「有没有大点的」 after 150ml: 200ml and its price; 「有大一码的吗」 after M: L, XL (「一百八十斤能穿吗
            # 有没有更大的码」 with no size in hand: the measure said, against the chart)
            return other
        bodies = _bodies(question)
        answer = self._answer(bodies[0] if bodies else question)
        if bodies and answer.case in ("recommend", "recommend_by"):
            # 「老大7岁125 老二4岁105 分别买多大」: a size for each child, the fit note said once
            each = [self._answer(body) for body in bodies[1:]]
            answer = dataclasses.replace(answer, also=(*answer.also, *(
                dataclasses.replace(other, facts={**other.facts, "fit_note": ""}, remember={})
                for other in each if other.case == answer.case)))
        if answer.case in ("recommend_by", "can_wear_by", "cannot_wear_by") and product is not None \
                and entities.weight is not None and not any(row.weight for row in product.size_chart) \
                and (limit := _weight_limit(product)) is not None:
            # 「孩子8岁130 有点胖 80斤 能骑吗」 of a bike sized by height: the size, and what it carries (适用体重:
            # 18寸最大承重75公斤), the weight said being no measure of its chart
            return dataclasses.replace(answer, also=(*answer.also, Answer("weight_stated", {
                "product": product.name, "part": limit[0], "note": limit[1]})))
        # (the weight said now, or told just before: 「那宽楦版呢」 after 「我体重一百九十斤 能穿这个吗」)
        weight = entities.weight if entities.weight is not None else question.conversation.weight
        if answer.case == "need_measure" and product is not None and weight is not None \
                and not any(row.weight for row in product.size_chart) \
                and (limit := _weight_limit(product)) is not None:
            if past_range(Facts((limit,)), {"weight": weight}):
                # 「我体重一百九十斤 能穿这个吗」 of shoes whose 适用体重 says 180斤以内: past it, a person says
                return Answer("weight_past", {"product": product.name, "part": limit[0], "note": limit[1],
                                              "weight": f"{weight:g}斤"}, handoff=True)
            # 「我190斤能穿碳板吗」 of racing shoes sized by the foot, whose 适合人群 says 体重85公斤以上的建议先
            # 穿飞影3: that, for the buyer to weigh (the size still wants the foot's length, asked beside it)
            return dataclasses.replace(Answer("weight_stated", {"product": product.name, "part": limit[0],
                                                                "note": limit[1]}), also=(answer,))
        if answer.case == "no_chart" and product is not None and (own := _fact_of_sizes(product, entities)):
            # 「左眼300右眼400怎么选」 of goggles by 度数, no chart, whose fact 度数 says how to choose: that fact;
            # 「我穿43的鞋 能穿吗」 of one-size socks whose 适合鞋码 says 适合39到44码的鞋: that one; 「我一米八五
            # 睡得下吗」 of a sleeping bag whose 尺寸 says 身高190以内都能睡: that one
            return Answer("dimensions", {"product": product.name, "facts": f"{own[0]}：{own[1]}"})
        return answer

    def _answer(self, question: Question) -> Answer:
        product = question.product
        if product is None:
            return Answer("which_product")
        text = question.message.text
        entities = question.message.entities
        if _METRES_TO_BUY.search(text) and (counted := priced_by_length(product)) is not None:
            # 「窗户宽2米4 要拍几米」 of a curtain sold by the metre of cloth: the fact of how the metres are
            # counted (米数=轨道宽度×褶皱倍数), for a person to work out, not its size chart
            return Answer("dimensions", {"product": product.name, "facts": Facts((counted,)).text}, draft=True)
        bare = {f"{v:g}" for v in (entities.height, entities.weight) if v}
        # 「孩子140」, or 「140穿多大」 of sizes named by height: the number is the child's height, not the 140 named
        of_a_body = _CHILD.search(text) is not None or (
            _WHICH_ASKED.search(text) is not None and _named_by_height(product))
        named_size = any(product.find_size(s) not in (None, s) and s in bare for s in entities.sizes) or (
            bare & set(entities.sizes) and question.conversation.awaiting != "measures" and not of_a_body)
        if not entities.measures_sure and named_size:
            # a bare number that the chart names as one of its sizes (鞋内长 260 is 42), or that is
            # one (「穿90行吗」 of children's 90), is that size, not a body weight or height
            entities = dataclasses.replace(entities, height=None, weight=None)
        memory = question.conversation
        entities = _bare_as_height(product, entities)  # 「110」 for a children's chart by height: 110cm, not 110斤
        if _ANOTHER_ONE.match(text) and any(getattr(entities, e) is not None for e in _ENTITY.values()):
            memory = Conversation()  # 「那8岁的呢」 after 「孩子105高」: another child, by what is said of it alone
        if memory.asked == _BY_MEASURE and not entities.measures_sure and len(entities.bare_numbers) == 1 \
                and any(getattr(memory, girth) is not None for girth in _REMEMBERED_AS.values()) \
                and self.rules.topic(text, "number_alone"):
            # 「上胸围85穿多大」 … 「那88呢」: the girth told again, not a weight of 88斤 guessed from the number
            entities = dataclasses.replace(entities, height=None, weight=None)
        height = entities.height if entities.height is not None else memory.height
        weight = entities.weight if entities.weight is not None else memory.weight
        age = entities.age if entities.age is not None else memory.age  # 「我家宝宝3岁半」 … 「穿多大」
        foot = entities.foot if entities.foot is not None else memory.foot
        remember: dict[str, object] = {"height": height, "weight": weight, "age": age, "foot": foot}
        facts: dict[str, object] = {
            "product": product.name, "fit_note": product.fit_note,
            "height": f"{height:g}cm" if height else "", "weight": f"{weight:g}斤" if weight else "",
        }
        if product.bra_chart is not None and (bra := self._bra(product, text, entities, memory, facts)) is not None:
            return bra
        if _WHICH_ASKED.search(text) and (by_own := _size_by_own_measure(product, text)) is not None:
            # 「内长19的是多大码」 of shoes charted by 内长 beside the foot length: the size measuring that (31码),
            # not a foot of 19cm
            row, part = by_own
            return Answer("measurement", facts | {"size": row.size, "part": part,
                                                  "value": f"{row.measurements[part]:g}cm"},
                          {"size": row.size, "asked": f"measure:{part}"})
        given = {field: value for field, entity in _ENTITY.items()
                 if (value := getattr(entities, entity)) is not None}
        said_now = bool(given)  # measures in this message, not only remembered
        given |= {f: v for f, v in (("height", height), ("weight", weight)) if v is not None}
        # girths told before (腰围68臀围92 … 「那L会不会大」), where none is said now
        given |= {f: v for f, v in (("chest", memory.bust), ("waist", memory.waist), ("hip", memory.hip),
                                    ("wrist", memory.wrist), ("finger", memory.finger), ("head", memory.head))
                  if v is not None and f not in given}
        if not said_now and not entities.sizes:  # an age or a foot length told before, asked of now
            given |= {f: v for f, v in (("age", age), ("foot", foot)) if v is not None}
        chart_fields = [f for f, _, _ in BODY_MEASURES if _chart_span(product.size_chart, f) is not None]
        told = [f for f in chart_fields if f in _REMEMBERED_AS and getattr(memory, _REMEMBERED_AS[f]) is not None]
        if not said_now and len(chart_fields) == 1 and chart_fields[0] in _REMEMBERED_AS \
                and (length := _length_in(text, _UNIT[chart_fields[0]])) is not None:
            # 「量了下5.5厘米」 of a ring charted by finger girth alone: that girth (55mm), the one length it reads
            low, high = _chart_span(product.size_chart, chart_fields[0]) or (0.0, 0.0)
            if low / 2 <= length <= high * 2:
                given[chart_fields[0]] = length
                remember[_REMEMBERED_AS[chart_fields[0]]] = length
                said_now = True
        alone = entities.bare_numbers[0] if len(entities.bare_numbers) == 1 else None
        if not said_now and len(told) == 1 and alone is not None and self.rules.topic(text, "number_alone") \
                and product.find_size(f"{alone:g}") is None:
            # 「手腕14cm拍哪个」 … 「16呢」: the same measure, now 16 (not the 14 remembered)
            value, before = alone, getattr(memory, _REMEMBERED_AS[told[0]])
            if before / 2 <= value <= before * 2:
                given[told[0]] = value
                remember[_REMEMBERED_AS[told[0]]] = value
                entities = dataclasses.replace(entities, sizes=())
        sizes = [found for s in entities.sizes if (found := product.find_size(s)) is not None]
        if (question.conversation.awaiting == "measures" or of_a_body) and not entities.measures_sure:
            # 「110」 answering 「多高」, 「孩子120」: the number is the child's height, not the size 110 named
            sizes = [s for s in sizes if s not in {f"{v:g}" for v in (entities.height, entities.weight) if v}]
        converted = any((found := product.find_size(s)) not in (None, s) and not found.lower().startswith(s.lower())
                        for s in entities.sizes)  # 美码9.5 is 43 (not 32 of 32mm, the same size said bare)
        topic = self.rules.topic(text, "measure", "range", "usual", "fit")
        if not sizes and product.fit_note and (bra_sizes := sizes_said(text)) and all(
                s.lower() in product.fit_note.lower() for s in bra_sizes):
            # 「平时穿75C拍什么码」 of a set whose fit note says L码对应75C-80B: that note, which names it
            return Answer("fit_note", facts)
        skipped = None  # a number usually worn that the shop makes no size of (13号 of 12号 and 14号)
        if topic == "usual" and not sizes and (above := _size_above(product, entities.numbers)) is not None:
            sizes, skipped = [above[0]], above[1]
        girth = any(f in given for f in ("chest", "waist", "hip") if f in chart_fields)
        # (「163穿哪个长度的」: a height said now, of a chart sized by height, asks which size, not the lengths)
        placed = said_now and _SIZE_ASKED.search(text) is not None and any(f in chart_fields for f in given)
        if topic == "measure" and (not girth or not said_now) and product.size_chart and not placed:
            # (without a chart: what the file states, below); 「裤长多少」 right after 「腰围2尺4穿几码」 was
            # told 31: the length of that 31, not the size again
            if not sizes and not said_now and question.conversation.size in product.sizes:
                sizes = [question.conversation.size]
            return self._measurement(product, text, sizes, facts, entities if _SIZE_ASKED.search(text) else None)
        body = self.rules.topics["body"].search(text) if not given else None
        if body and (trait := _of_the_body(product, body["part"], body[0][-1])) is not None:
            # 「娃脚胖 脚背也高 穿这个挤不挤」 of shoes whose 宽脚能穿吗 says what fits a wide foot: that fact, before
            # a fit note that only says 脚长
            return Answer("dimensions", {"product": product.name, "facts": Facts((trait,)).text},
                          {"asked": FACTS_ASKED + trait[0]})
        if body and product.fit_note and body["part"].removesuffix("膀") in product.fit_note:
            return Answer("fit_note", facts)  # 「我胯比较宽」: what the shop says of it (胯比较宽的亲可以考虑大一码)
        asked = question.conversation.asked or ""
        if topic is None and sizes and not said_now and asked.startswith("measure:"):
            return self._measurement(product, asked.removeprefix("measure:"), sizes, facts)  # 「那L呢」 after 胸围
        if not product.size_chart and (topic != "fit" or not _fit_stated(product)):
            # (「床单够大吗」 of a sheet whose file says nothing of its fit: not 「版型正常」, its dimensions)
            # a box or a cup: its dimensions are a fact of the file; a puppy's age: the ages it is for
            whose = {field: value for field, value in given.items() if field in MEASURES}
            stated = _stated(product, text, entities, whose)
            earlier = question.conversation.asked or ""
            choosing = len(set(sizes)) >= 2 and _CHOICE.search(text) is not None  # 「买长杆还是短杆」: which, below
            if stated is None and sizes and not choosing and earlier.startswith(FACTS_ASKED):
                stated = _stated(product, earlier.removeprefix(FACTS_ASKED), entities)  # 「24寸呢」 after 20寸's
            written = tuple(product.attributes.items())
            if (by_length := size_of_length(product, written, text) or size_for_days(product, written, text)) \
                    is not None:
                # 「总长2米1 拍几人位」 of covers whose 尺寸 gives each size its length: the one it falls in (and
                # 「出差一个礼拜带多大的」 of cases whose 出行天数 gives each size its days)
                return Answer("size_of_length", {"product": product.name, "size": by_length[0],
                                                 "clause": by_length[1]}, {**remember, "size": by_length[0]})
            if (by_people := size_for_people(product, written, text)) is not None:
                # 「一家五口 买哪个尺寸合适」 of grills whose 适合人数 gives each its head count (「十个人呢」 next:
                # the same)
                return Answer("size_of_length", {"product": product.name, "size": by_people[0],
                                                 "clause": by_people[1]},
                              {**remember, "size": by_people[0], "asked": _BY_PEOPLE})
            if _WHICH_ASKED.search(text) and (size := _one_aliased(product, entities.sizes)) is not None:
                # 「旧锁导向片是24*240的 拍哪个锁体」: the size so called (标准锁体), not a fact 旧锁 names
                return Answer("named_size", {"product": product.name, "size": size}, {**remember, "size": size})
            if stated is not None:
                # (「出国留学一个人去 买多大的合适啊」 of cases in three sizes, no chart: which one is advice the file
                # does not give where what it states lists the sizes alike and no measure is told; drafted for a
                # person to choose by)
                listed = str(stated.facts.get("facts", "")).lower()
                choice = not sizes and not given and _WHICH_ASKED.search(text) is not None and sum(
                    any(name.lower() in listed for name in product.names_of(size)) for size in product.sizes) >= 2
                return dataclasses.replace(stated, remember={**remember, **stated.remember},
                                           draft=stated.draft or choice)
            if _SIZE_LIST.search(text):  # 「有几个尺寸的」: the sizes the shop sells
                return Answer("size_list", {"product": product.name, "sizes": join(product.sizes),
                                            "size_label": product.size_label})
            if choosing and (apart := telling_apart(product, entities)).stated:
                # 「150和200选哪个」 of a bowl: what its facts say of either, for a person to weigh
                return Answer("dimensions", {"product": product.name, "facts": apart.text}, draft=True)
            if len(set(sizes)) == 1 and _WHICH.search(text):  # 「1.8的床买哪个」: the size the buyer's words name
                # (not 「150和200选哪个」: two named, to choose between)
                return Answer("named_size", {"product": product.name, "size": sizes[0]}, {"size": sizes[0]})
            holding = _holding_number(product, text)
            if not sizes and len(holding) >= 2 and _WHICH.search(text):
                # 「1.8的床买哪个规格」 of 1.8m床单款 and 1.8m床笠款: those the number names, to choose from
                return Answer("named_sizes", {"product": product.name, "sizes": join(holding)})
            if product.fit_note:  # no chart, but the shop says how it fits (开口可调,12号到16号都能戴)
                return Answer("fit_note", facts)
            if (ranged := _fact_of_range(product, text)) is not None:
                # 「平时戴20号 男戒能戴吗」 of a ring whose 调节范围 says 男戒大约16号到22号可调: that fact
                return Answer("dimensions", {"product": product.name, "facts": Facts((ranged,)).text})
            if (weighed := _fact_holding_amounts(product, text)) is not None:
                # 「是2.5斤还是5斤」 of a quilt whose 重量 says 春秋被2.5斤…冬被5斤: that fact, not the buyer's weight
                return Answer("dimensions", {"product": product.name, "facts": Facts((weighed,)).text})
            if read_facts(product, text).missing:  # 「4斤的猫一天吃多少」: a fact the file is silent on, not a size
                return Answer("fact_unknown", handoff=True)
            # 「床垫28公分厚 床笠包得住吗」: the fact saying the buyer's words (床垫…都能包住)
            in_values = found_in_values(product, text, (product.name, *product.aliases, *product.colours,
                                                        *product.sizes))
            if in_values is not None:
                return Answer("dimensions", {"product": product.name, "facts": Facts((
                    (in_values.name, in_values.value),)).text}, draft=not in_values.sure)
            return Answer("no_chart", facts, handoff=True)
        if topic == "range" and sizes and height is None and weight is None:
            return self._size_range(product, sizes[0], facts)
        # (a wish for the fit, not a product's name said: 「那修身的呢」 names the slim shirt, which runs small)
        shift = _preferred(_FIT_SHIFT[product.fit], self.rules.topic(entities.unnamed(text), "loose", "tight"))
        body_up = _sized_up_for(product, text, self.rules.topics["body"])
        if body_up is not None and not (shift > 0 and "也" in body_up):
            # 「165 230斤 肚子大」 where the shop says 肚子比较大的建议拍大一码: one up, as it says
            # (偏小一码,建议拍大一码;肚子肉多的也选大一码: the same one up, not a second)
            shift += 1
        # (a foot measured now, where the chart goes by foot length, beats the size usually worn: 「脚长15.2 平时穿26」)
        measured = said_now and (
            (height is not None and weight is not None and {"height", "weight"} <= set(chart_fields))
            or (entities.foot is not None and "foot" in chart_fields))
        if sizes and not measured and (topic == "usual" or (converted and topic is None and not given)):
            # (「163 110斤 平时穿M」: the chart reads the body told; the usual size alone is a guess)
            # 「有42的吗 我平时穿41」: the usual size is the one said after 平时穿
            said = first_after(text, self.rules.topics["usual"], list(entities.sizes)) if topic == "usual" else None
            base = (product.find_size(said) if said is not None else None) or sizes[0]
            size = _shifted(product, base, shift)
            usual = said or skipped or next((s for s in entities.sizes if product.find_size(s) == base), base)
            # (「啥时候发货」 next asks of the size told, not the one usually worn)
            return Answer("usual_size", {**facts, "usual": usual, "size": size}, {"size": size})
        usable = [f for f in chart_fields if f in given]
        # (not 「新手买多大的」 of one with a chart: which size, below, not its 尺寸 fact of how long each is)
        stated = _stated(product, text, entities) if not given and not sizes and not (
            chart_fields and _WHICH_ASKED.search(text)) else None
        if stated is not None:  # 「宽脚能穿不」 where the file says so: its own words, before the general fit advice
            return stated
        asked_fit = topic == "fit" and not given
        which = _SIZE_ASKED.search(text) is not None and not sizes  # 「穿多大」: a size for the buyer, not the fit
        if asked_fit or (not given and topic is None and product.fit != "regular" and "码" not in text
                         and not (which and chart_fields)):
            return Answer(f"fit_{product.fit}", facts)
        if {"height", "weight"} <= set(chart_fields) and set(usable) <= {"height", "weight"} and (
                usable or height is not None or weight is not None):
            if weight is not None and height is None and not sizes and "height" not in given:
                return self._recommend_by(product, {"weight": weight}, facts, remember, shift)
            if height is not None and weight is None and not sizes and _named_by_height(product):
                return self._recommend_by(product, {"height": height}, facts, remember, shift)
            return self._recommend(product, height, weight, sizes, facts, remember, shift)
        if usable:
            # (a size named and asked of, 「140的会不会大」: whether it is that one; 「平时穿41 拍哪个」 asks which)
            asked_of = sizes if topic != "usual" and not _WHICH_ASKED.search(text) else []
            return self._recommend_by(product, {f: given[f] for f in usable}, facts, remember, shift, asked_of)
        if "height" in given and "height" not in chart_fields and _LENGTH_ASKED.search(text) \
                and (long := _length_fact(product, given["height"])) is not None:
            # 「我身高155 穿会不会长」 of trousers charted by weight and waist: what its 裤长 says (155以下要改短)
            return Answer("dimensions", {"product": product.name, "facts": Facts((long,)).text},
                          {"asked": FACTS_ASKED + long[0]})
        if (named := _by_its_label(product, text, sizes)) is not None and _WHICH_ASKED.search(text):
            # 「领围41的拍哪个码」 of shirts sized by 领围码: that size, not the height and weight
            return Answer("named_size", {"product": product.name, "size": named}, {**remember, "size": named})
        if not chart_fields:
            return Answer("no_chart", facts, handoff=True)
        if chart_fields[:2] == ["height", "weight"]:
            return Answer("need_measures", facts, remember={"awaiting": "measures"})
        wanted = "或".join(_LABEL[f] for f in chart_fields[:2])
        return Answer("need_measure", facts | {"measure": wanted}, remember={"awaiting": "measures"})

    def _bra(self, product: Product, text: str, entities: Entities, memory: Conversation,
             facts: dict[str, object]) -> Answer | None:
        """A bra's size by its chart: by 下胸围 and 上胸围 (one of them told before), or by the size
        worn elsewhere (平时穿80C), the cup moved for the fit; None where neither is said."""
        assert product.bra_chart is not None
        underbust = entities.underbust if entities.underbust is not None else memory.underbust
        bust = entities.bust if entities.bust is not None else memory.bust
        remember: dict[str, object] = {"underbust": underbust, "bust": bust}
        steps = _FIT_SHIFT[product.fit]
        said_now = entities.underbust is not None or entities.bust is not None
        worn = worn_size(text) if not said_now else None
        if worn is not None and (self.rules.topic(text, "usual") or _WHICH_ASKED.search(text)
                                 or memory.asked == _BY_WORN) and (fit := by_worn(product, *worn, steps)) is not None:
            # 「平时穿80C 这款拍啥」, and 「那75D的呢」 next: the same band, the cup moved as the fit says
            return self._bra_fit(product, fit, worn[0] + worn[1], facts, remember | {"asked": _BY_WORN}, steps)
        if not said_now:
            return None
        if underbust is None or bust is None:
            return Answer("need_measure", facts | {"measure": "下胸围" if underbust is None else "上胸围"}, remember)
        said = f"下胸围{underbust:g}cm、上胸围{bust:g}cm"
        if (fit := by_measures(product, underbust, bust, steps)) is None:
            bands, cups = list(product.bra_chart.bands.values()), list(product.bra_chart.cups.values())
            shown = f"下胸围{span(bands[0][0], bands[-1][1], 'cm')}" if product.bra_chart.band_of(underbust) is None \
                else f"上下胸围差{span(cups[0], cups[-1], 'cm')}"
            return Answer("out_of_chart_by", facts | {"measure": said, "chart_range": shown}, remember, handoff=True)
        return self._bra_fit(product, fit, said, facts, remember | {"asked": _BY_MEASURE}, steps)

    @staticmethod
    def _bra_fit(product: Product, fit: BraSize, said: str, facts: dict[str, object], remember: dict[str, object],
                 steps: int) -> Answer:
        """What a bra's size found says: the size, the one the chart gives where the fit moves past the
        last cup, or a size the product is not made in (a person looks)."""
        worn = remember.get("asked") == _BY_WORN
        if fit.past_end:  # 「那75D的呢」 of one a cup small whose largest cup is D: a person looks
            return Answer("cup_beyond", facts | {"size": fit.chart, "measure": f"平时穿{said}" if worn else said,
                                                 "cup": fit.cup,
                                                 "extreme": "大" if steps > 0 else "小"},
                          remember | {"awaiting": None}, handoff=True)
        if not fit.made:
            return Answer("size_not_made", facts | {"reason": f"平时穿{said}" if worn else said, "size": fit.size,
                                                    "sizes": join(product.sizes)}, remember, handoff=True)
        remember |= {"size": fit.size, "awaiting": None}
        if worn:
            return Answer("usual_size", facts | {"usual": said, "size": fit.size}, remember)
        return Answer("recommend_by", facts | {"size": fit.size, "measure": said}, remember)

    def _recommend_by(
        self, product: Product, measures: dict[str, float], facts: dict[str, object], remember: dict[str, object],
        shift: int, named: Sequence[str] = (),
    ) -> Answer:
        """A size from the measures the chart and the buyer share (foot, girth, age, or one
        of height and weight): the largest row any of them points at (or the one the fit note says
        decides: 胸围和体重对不上的以胸围为准), then ``shift`` sizes for the fit; where a size is
        ``named`` (「140的会不会大」), whether it is that one."""
        chart = product.size_chart
        if "age" in measures and len(measures) > 1:  # a child's height (a foot, a girth) places it; the age
            measures = {f: v for f, v in measures.items() if f != "age"}  # is a guide where nothing else is
        indices = []
        for field, value in measures.items():
            index = chart_row(chart, field, value)
            if index is None:
                low, high = _chart_span(chart, field) or (0, 0)
                unit = "个月" if field == "age" and high < 1 else _UNIT[field]
                shown = (low * 12, high * 12) if unit == "个月" else (low, high)
                return Answer("out_of_chart_by", facts | {
                    "measure": _said(field, value), "chart_range": f"{_LABEL[field]}{span(*shown, unit)}",
                }, remember, handoff=True)
            indices.append(index)
        deciding = _deciding(product, measures)
        row = indices[list(measures).index(deciding)] if deciding is not None else max(indices)
        if shift > 0 and row > 0 and all(_on_boundary(chart, f, v, row) for f, v in measures.items()):
            row -= 1  # on the line between two rows, and the fit takes one up already: not up twice
        body = chart[row].size
        size = _shifted(product, body, shift)
        said = "、".join(_said(f, v) for f, v in measures.items())
        if _past_the_end(product, body, shift):  # 「我210斤能穿吗」 in the largest row of a dress 偏小一码
            return _beyond(product, body, said, facts, remember, shift)
        if named:  # 「孩子128」 … 「140的会不会大」: not that one, the one the chart gives
            # (the size it suits is the one talked of next: 「有粉色吗」 after 「18寸能骑吗」 … 16寸)
            return Answer("can_wear_by" if named[0] == size else "cannot_wear_by",
                          facts | {"size": named[0], "suggested": size, "measure": said},
                          remember | {"awaiting": None, "size": size})
        return Answer("recommend_by", facts | {"size": size, "measure": said},
                      remember | {"awaiting": None, "size": size, "asked": _BY_MEASURE})

    def _recommend(
        self, product: Product, height: float | None, weight: float | None,
        named: list[str], facts: dict[str, object], remember: dict[str, object], shift: int,
    ) -> Answer:
        chart = product.size_chart
        h, w = _chart_span(chart, "height"), _chart_span(chart, "weight")
        if h is None or w is None:  # a chart without heights or weights cannot place anyone
            return Answer("no_chart", facts, remember, handoff=True)
        by_height = chart_row(chart, "height", height) if height is not None else None
        by_weight = chart_row(chart, "weight", weight) if weight is not None else None
        if (height is not None and by_height is None) or (weight is not None and by_weight is None):
            facts |= {"chart_height": span(*h, "cm"), "chart_weight": span(*w, "斤")}
            return Answer("out_of_chart", facts, remember, handoff=True)
        indices = [i for i in (by_height, by_weight) if i is not None]
        row = max(indices)
        measured = {f: v for f, v in (("height", height), ("weight", weight)) if v is not None}
        if shift > 0 and row > 0 and all(_on_boundary(chart, f, v, row) for f, v in measured.items()
                                         if (by_height if f == "height" else by_weight) == row):
            row -= 1  # on the line between two rows, and the fit takes one up already: not up twice
        body = chart[row].size
        if named:
            fitted = _shifted(product, body, shift)
            case = "can_wear" if named[0] == fitted else "cannot_wear"
            # (the size it suits is the one talked of next: 「有粉色吗」 after 「XL能穿吗」 … L)
            return Answer(case, facts | {"size": named[0], "suggested": fitted},
                          remember | {"awaiting": None, "size": fitted})
        if height is None:
            return Answer("need_height", facts, remember | {"awaiting": "measures"})
        if weight is None:
            return Answer("need_weight", facts, remember | {"awaiting": "measures"})
        if _past_the_end(product, body, shift):
            return _beyond(product, body, f"{_said('height', height)}、{_said('weight', weight)}", facts, remember,
                           shift)
        size = _shifted(product, body, shift)
        remember |= {"awaiting": None, "size": size}
        if by_height is not None and by_weight is not None and by_height != by_weight:
            facts |= {"size": size, "size_by_height": chart[by_height].size,
                      "size_by_weight": chart[by_weight].size}
            return Answer("between", facts, remember)
        if size != body:
            return Answer("recommend_adjusted", facts | {"size": size, "body_size": body}, remember)
        return Answer("recommend", facts | {"size": size}, remember)

    def _measurement(self, product: Product, text: str, sizes: list[str], facts: dict[str, object],
                     own: Entities | None = None) -> Answer:
        """A measurement of the sizes (of the size named, else of all); with the buyer's
        ``own`` girth and a size asked (「腰围70穿多大」), the smallest size that measures at
        least as much."""
        parts = {part for row in product.size_chart for part in row.measurements}
        foot = _FOOT_ASKED.search(text)
        if foot is not None and foot[1] not in parts and any(row.foot for row in product.size_chart):
            return self._foot_of(product, sizes, facts)  # 「42码内长多少」: the foot length the chart gives it
        # a part of the chart's own, said (内长 where the chart has a 内长 of its own, beside the foot length)
        part = next((p for p in (*_PARTS, *sorted(parts, key=len, reverse=True)) if len(p) >= 2 and p in text
                     and p in parts), None)
        if part is None and own is not None:  # 「腰2尺1穿几码」: the girth said, by the chart's name for it
            part = next((p for p, field in _GIRTH.items() if p in parts and getattr(own, field) is not None), None)
        if part is None and _LENGTH_WORDS.search(text):
            part = next((p for p in ("衣长", "裙长", "裤长") if p in parts), None)
        if part is None and (stated := _stated(product, text, own or Entities())) is not None:
            return stated  # 「腰围80能系上不」 of a skirt charted by height, whose 腰围 says 60到95cm都能系: that fact
        if part is None:
            return Answer("no_chart", facts, handoff=True)
        rows = [r for r in product.size_chart if part in r.measurements]
        girth = getattr(own, _GIRTH[part]) if own is not None and part in _GIRTH and not sizes else None
        if girth is not None:
            said = f"{part}{girth:g}cm"
            fits = [r for r in rows if r.measurements[part] >= girth]
            if not fits:  # more than the largest measures: a person looks
                largest = max(r.measurements[part] for r in rows)
                return Answer("out_of_chart_by", facts | {"measure": said, "chart_range": f"{part}最大{largest:g}cm"},
                              handoff=True)
            if _past_the_end(product, fits[0].size, _FIT_SHIFT[product.fit]):
                return _beyond(product, fits[0].size, said, facts, {}, _FIT_SHIFT[product.fit])
            size = _shifted(product, fits[0].size, _FIT_SHIFT[product.fit])  # 偏小: one up, as the chart's fit says
            return Answer("recommend_by", facts | {"size": size, "measure": said}, {"size": size})
        chosen = [r for r in rows if r.size in sizes]
        if chosen:
            value = chosen[0].measurements[part]
            return Answer("measurement", facts | {"size": chosen[0].size, "part": part, "value": f"{value:g}cm"},
                          remember={"size": chosen[0].size, "asked": f"measure:{part}"})
        values = join(f"{r.size}码{r.measurements[part]:g}cm" for r in rows)
        return Answer("measurement_all", facts | {"part": part, "values": values},
                      remember={"asked": f"measure:{part}"})

    def _foot_of(self, product: Product, sizes: list[str], facts: dict[str, object]) -> Answer:
        """The foot length a shoe's size fits, from its chart (of the size named, else of all)."""
        rows = [row for row in product.size_chart if row.foot]
        chosen = [row for row in rows if row.size in sizes]
        if chosen and chosen[0].foot:
            return Answer("measurement", facts | {"size": chosen[0].size, "part": _FOOT_PART,
                                                  "value": span(*chosen[0].foot, "cm")}, {"size": chosen[0].size})
        values = join(f"{row.size}码{span(*row.foot, 'cm')}" for row in rows if row.foot)
        return Answer("measurement_all", facts | {"part": _FOOT_PART, "values": values})

    def _size_range(self, product: Product, size: str, facts: dict[str, object]) -> Answer:
        row = next((r for r in product.size_chart if r.size == size), None)
        if row is None:
            return Answer("no_chart", facts, handoff=True)
        if row.height is None or row.weight is None:  # 「26寸适合多高的人骑」 of a chart by height alone: its range
            measured: list[tuple[str, tuple[float, float]]] = [
                (field, value) for field, _, _ in BODY_MEASURES if (value := getattr(row, field, None)) is not None]
            ranges = [f"{_LABEL[field]}{span(low, high, _UNIT[field])}" for field, (low, high) in measured]
            if not ranges:
                return Answer("no_chart", facts, handoff=True)
            return Answer("size_range_by", facts | {"size": size, "ranges": "、".join(ranges)})
        return Answer("size_range", facts | {
            "size": size, "height_range": span(*row.height, "cm"), "weight_range": span(*row.weight, "斤"),
        })


#: A number said, a length in metres said 1米8 too (1.8).
_SAID_NUMBER = re.compile(r"(\d+)米(\d)(?!\d)|\d+(?:\.\d+)?")


def _holding_number(product: Product, text: str) -> list[str]:
    """The product's sizes whose names hold a number the buyer said (1.8, 1米8 of 1.8m床单款
    and 1.8m床笠款), for the first number some size holds."""
    for said in _SAID_NUMBER.finditer(text):
        latin = re.match(r"[a-z]+", text[said.end():])
        if latin is not None and not any(f"{said.group()}{latin.group()}" in name.lower()
                                         for size in product.sizes for name in product.names_of(size)):
            return []  # 「我手机是16plus 拍哪个」 of cases for 16, 16Pro and 16ProMax: a model none of them is
        number = float(f"{said[1]}.{said[2]}" if said[1] else said[0])
        holding = [size for size in product.sizes if any(float(n) == number
                                                         for n in re.findall(r"\d+(?:\.\d+)?", size))]
        if holding:
            return holding
    return []


#: An amount said with its unit of weight: 2.5斤, 5斤, 500g, 2kg.
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:斤|公斤|千克|kg|克|g)(?![a-z])", re.IGNORECASE)


def _fact_holding_amounts(product: Product, text: str) -> tuple[str, str] | None:
    """The one fact of ``product`` whose value says every weight the buyer names (2.5斤 and 5斤 in
    重量: 春秋被2.5斤,冬被5斤), or None."""
    said = [re.sub(r"\s+", "", m.group()).lower() for m in _AMOUNT.finditer(text)]
    if not said:
        return None
    holding = [(name, value) for name, value in product.attributes.items()
               if all(re.search(rf"(?<![\d.]){re.escape(amount)}", value.lower()) for amount in said)]
    return holding[0] if len(holding) == 1 else None


def _fact_of_range(product: Product, text: str) -> tuple[str, str] | None:
    """The product's fact stating a range in a unit that holds a number the buyer says in it (20号 in
    男戒大约16号到22号可调; 110斤 in 适合80到130斤), where one fact does; None otherwise."""
    said = [(float(n), unit) for n, unit in _IN_UNIT.findall(text)]
    holding = [(key, value) for key, value in product.attributes.items()
               if any(unit in (m["unit"], m["unit2"]) and float(m["low"]) <= n <= float(m["high"])
                      for m in _RANGE.finditer(value) for n, unit in said)]
    return holding[0] if len(holding) == 1 else None


_UNITS = r"号|码|cm|厘米|公分|mm|毫米|斤|公斤|kg|岁|个月"
#: A number said with its unit: 20号, 110斤, 52mm (not `_AMOUNT`, weights alone).
_IN_UNIT = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})")
#: A range a fact states, its unit after either end: 16号到22号, 80到130斤, 3-6岁.
_RANGE = re.compile(rf"(?P<low>\d+(?:\.\d+)?)\s*(?P<unit>{_UNITS})?\s*(?:到|至|-|~|～)\s*(?P<high>\d+(?:\.\d+)?)"
                    rf"\s*(?P<unit2>{_UNITS})")


#: The units of `_IN_UNIT` a length is said in: 5.5厘米, 55mm, 16公分.
_LENGTH_UNITS = frozenset({"厘米", "公分", "cm", "毫米", "mm"})


def _length_in(text: str, unit: str) -> float | None:
    """The one length ``text`` says, in ``unit`` (cm or mm): 5.5厘米 is 55 in mm; None where it says none
    or several."""
    found = [(n, said) for n, said in _IN_UNIT.findall(text) if said in _LENGTH_UNITS]
    if len(found) != 1 or unit not in ("cm", "mm"):
        return None
    value, said = float(found[0][0]), found[0][1]
    in_mm = said in ("毫米", "mm")
    return value * 10 if unit == "mm" and not in_mm else value / 10 if unit == "cm" and in_mm else value


def _unit_asked(product: Product, text: str) -> re.Match[str] | None:
    """How many of the unit the product's sizes are counted in, asked (「戴多少度的」 of reading glasses
    sold in 100度 to 350度): which size, not a fact (of liquor, 多少度 asks its strength)."""
    counted = [_COUNTED_SIZE.fullmatch(size) for size in product.sizes]
    units = {m[1] for m in counted if m is not None}
    if len(counted) < 2 or None in counted or len(units) != 1:
        return None
    return re.search(r"(?:多少|几)\s*" + re.escape(units.pop()), text)


#: A size counted in a unit: 100度, 250ml.
_COUNTED_SIZE = re.compile(r"[\d.]+\s*([^\d.\s]{1,3})")


def _by_its_label(product: Product, text: str, sizes: Sequence[str]) -> str | None:
    """The one size said right after the measure the sizes are named by (41 of 「领围41的」, sizes labelled
    领围码), else None."""
    measure = re.sub(r"(尺码|码数|码|号)$", "", product.size_label or "")
    named = {size for said in sizes if (size := product.find_size(said)) is not None}
    if len(measure) < 2 or len(named) != 1:
        return None
    size = named.pop()
    return size if any(re.search(re.escape(measure) + r"\s*(?:是|有|大概|约)?\s*" + re.escape(name.lower()), text)
                       for name in product.names_of(size)) else None


def _one_aliased(product: Product, said: Sequence[str]) -> str | None:
    """The one size of ``product`` the words ``said`` call by another name (24x240 of 标准锁体), or None."""
    aliased = {found for word in said if (found := product.find_size(word)) not in (None, word)}
    return aliased.pop() if len(aliased) == 1 else None


def _size_for_shoe(product: Product, shoe: float) -> tuple[str, str] | None:
    """The size of ``product`` its own facts say fits a shoe of that size (L码适合42到45码的鞋), and
    the clause that says so; None where no clause of its facts covers that shoe size."""
    for value in (*product.attributes.values(), product.fit_note or ""):
        for clause in SMALL_PARTS.split(value):
            for m in _FOR_SHOES.finditer(clause):
                size = product.find_size(m["size"]) or product.find_size(m["size"].removesuffix("码"))
                if size is not None and float(m["low"]) <= shoe <= float(m["high"]):
                    return size, clause
    return None


#: A clause that begins with whom it speaks of: 老大, 老二, 大的, 哥哥, 我老公, 我.
_WHOSE = re.compile(r"^(?:老[大二三]|[大二小]宝|大的|小的|哥哥|姐姐|弟弟|妹妹|大儿子|小儿子|大女儿|小女儿"
                    r"|儿子|女儿|闺女|我老公|老公|我老婆|老婆|我对象|对象|我)")


def _bodies(question: Question) -> list[Question]:
    """Where a line measures two people or more, each clause beginning with whom it speaks of
    (「老大7岁125 老二4岁105 分别买多大」), a question of each one's measures alone (the clauses
    naming no one, 分别买多大, with each); none where it measures one."""
    message = question.message
    clauses = CLAUSES.findall(message.text)
    whose = [c for c in clauses if _WHOSE.match(c) and any(ch.isdigit() for ch in c)]
    if len(whose) < 2:
        return []
    rest = " ".join(c for c in clauses if not any(ch.isdigit() for ch in c))
    bodies = []
    for clause in whose:
        text = f"{clause} {rest}".strip()
        own = extract(text)
        entities = dataclasses.replace(message.entities, **{
            field: getattr(own, field) for field in (*BODY_FIELDS, "measures_sure", "numbers", "bare_numbers")})
        bodies.append(dataclasses.replace(question, message=Message.of(text, message.tokens, entities)))
    return bodies


#: A weight a fact's value sets a bound or a fit by: 体重85公斤以上, 体重90公斤以内, 80kg以下.
_WEIGHT_BOUND = re.compile(r"体重[^,，;；。]{0,6}\d+\s*(?:公斤|kg|斤)|\d+\s*(?:公斤|kg|斤)(?:以上|以内|以下|之内)")


def _weight_limit(product: Product) -> tuple[str, str] | None:
    """The product's fact of what weight it carries or suits: named so (承重, 体重), or one whose value
    bounds the wearer's weight (适合人群: …体重85公斤以上的建议先穿飞影3)."""
    return next(((k, v) for k, v in product.attributes.items() if _WEIGHT_KEY.search(k)), None) or next(
        ((k, v) for k, v in product.attributes.items() if _WEIGHT_BOUND.search(v)), None)


def _fact_of_sizes(product: Product, entities: Entities) -> tuple[str, str] | None:
    """The fact a product with no chart says its sizes by (度数 of goggles in 300度 and 400度,
    适合鞋码 of socks): named by its size label, or by 码; else one that speaks of each of its
    sizes by their dimensions (尺寸: 小号高25厘米…适合11枝和19枝;大号…适合33枝, of a vase in 小号 and 大号);
    else a fact of its size that speaks of the body measure said (尺寸: 身高190以内都能睡, of a height), else any
    fact that does (适合人群: 身高160厘米以下坐标准办公椅的人, of a footrest)."""
    said = [word for word, value in (("身高", entities.height), ("体重", entities.weight)) if value is not None]
    sized = [(k, v) for k, v in product.attributes.items() if kinds_by_name()["尺寸"].names(k)]
    return next(((k, v) for k, v in product.attributes.items()
                 if (product.size_label and product.size_label in k) or "码" in k), None) or next(
        ((k, v) for k, v in sized if len(product.sizes) >= 2 and all(size.lower() in v.lower()
                                                                       for size in product.sizes)), None) or next(
        ((k, v) for k, v in sized if any(word in v for word in said)), None) or next(
        ((k, v) for k, v in product.attributes.items() if any(word in v for word in said)), None)
