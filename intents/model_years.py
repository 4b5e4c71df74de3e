"""model_years: whether the model and year a buyer names are among those a product's fact lists.

Goods made for some models of some years (car mats, seat covers, a case for a phone series) say
which in a fact of the shop's own words: 适配车型: 大众朗逸2018-2023款、丰田卡罗拉2019-2024款、本田思域
2016-2021款. A buyer names a model as they call it (卡罗拉, 思域) and a year as they say it (2020款,
18款, 16年的). Pure functions of the product's facts and the text; the product intent answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from botcore.shop import Product

__all__ = ["ModelYears", "model_said_at", "model_unnamed", "model_years"]

#: A model and the years it is made for, as a fact lists them: 丰田卡罗拉2019-2024款, 思域 2016~2021年.
_RANGE = re.compile(r"(?P<model>[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff]{1,9}?)\s*"
                    r"(?P<start>(?:19|20)\d\d)\s*(?:-|~|～|—|到|至)\s*(?P<end>(?:19|20)\d\d)\s*(?:年款|款|年)?")
#: A year said of the buyer's own (2020款, 18款, 16年的, 2016年), not a count or a price.
_YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)?\d\d)\s*(?:年款|款|年的|年)")
#: The shortest end of a model's name a buyer may call it by (思域 of 本田思域).
_SHORTEST = 2
#: What goes before the first model of a group in a fact (205/55R16适配大众朗逸…): the goods it is of.
_LEAD = re.compile(r"^(?P<goods>(?:(?!(?:19|20)\d\d)[^、,，])*?)(?:适配|适用于?|用于|对应)")  # (before any year said)
#: Where a fact's groups of models part (205/55R16适配…;225/45R17适配…) and its items (、).
_GROUPS, _ITEMS = re.compile(r"[;；。\n]"), re.compile(r"[、,，]")


@dataclass(frozen=True)
class ModelYears:
    """What a line says of the models a product's fact lists: the fact's name and what it says
    (``listed``), the model named (or the one model the fact lists), the years it is made for, the
    year said; ``fits`` None where no year is."""

    fact: str
    listed: str
    model: str | None
    start: int | None
    end: int | None
    year: int | None
    #: Each item naming the model, where the fact names it in more than one (丰田卡罗拉 for 16寸轮毂 under
    #: 205/55R16, for 运动版 under 225/45R17), with the goods it is under: all of them are the answer.
    several: tuple[str, ...] = ()
    #: The goods the model's group is under, where the fact groups them (205/55R16 of 「205/55R16适配大众朗逸…」).
    goods: str = ""
    #: The model said is none the fact lists (理想L7 of mats made for 卡罗拉, 思域 …): a person says.
    unlisted: bool = False
    #: The model said by its code is one the fact lists (2132 of 适用机型: DeskJet 1111、2131、2132 …).
    listed_code: bool = False
    #: The model said by its code is one the fact says it does not fit (M1136 of 「…;不适用惠普M1136、M126a」).
    excluded_code: bool = False

    @property
    def fits(self) -> bool | None:
        if self.year is None or self.start is None or self.end is None:
            return None
        return self.start <= self.year <= self.end


def model_years(product: Product, text: str, after: str = "") -> ModelYears | None:
    """The product's fact of models and years that ``text`` asks of, by a model it lists or by a
    year said; None where the product states none, or the line names neither. ``after``: the fact of codes
    a model was just told to fit by, whose next code said alone (「那2900呢」) asks the same."""
    year = _year(text)
    for name, value in product.attributes.items():
        listed = _ranges(value)
        if not listed:
            continue
        named = [item for item in listed if _calls(item[0], text)]
        if len(named) > 1:  # (轩逸经典 said, of 日产轩逸 and 日产轩逸经典: the one said at more length)
            longest = max(_said_length(item[0], text) for item in named)
            named = [item for item in named if _said_length(item[0], text) == longest]
        if len(named) == 1:
            model, start, end, _, goods = named[0]
            return ModelYears(name, value, model, start, end, year or _year_after(model, text), goods=goods)
        if len(named) > 1 and len({item[0] for item in named}) == 1:
            # 丰田卡罗拉 under two sizes (16寸轮毂, 运动版): each item, the years of the one the year falls in
            model = named[0][0]
            fitting = [item for item in named if year is not None and item[1] <= year <= item[2]] or named
            return ModelYears(name, value, model, min(i[1] for i in fitting), max(i[2] for i in fitting), year,
                              tuple(item[3] for item in named))
        if year is not None and len({model for model, _, _, _, _ in listed}) == 1:
            model, start, end, _, _ = listed[0]  # the one model it lists: the year said is of it
            return ModelYears(name, value, model, start, end, year)
        if not named and (other := _model_like(text, value) or _model_first(product, text, value)) is not None:
            return ModelYears(name, value, other, None, None, year, unlisted=True)  # 「理想L7有没有」
        if year is not None:
            return ModelYears(name, value, None, None, None, year)  # which model, the line does not say
    return _model_code(product, text, after)


#: A model's code: letters and three to five digits (l3158, 2132, mg2580s, hl2260d), spaces and hyphens aside;
#: not a measure in Chinese units (「我130斤能用吗」, 高130厘米).
_CODE = re.compile(r"(?<![a-z0-9])[a-z]{0,4}\d{3,5}[a-z]{0,4}(?![a-z0-9])"
                   r"(?!\s*(?:斤|公斤|千克|克|元|块|厘米|毫米|公分|米|岁|码|度|天|个|件|年|毫升|升|瓦|伏|平|寸))")
#: Not a code: an amount or a measure (100ml, 500g, 2000mah).
_UNIT_END = re.compile(r"\d(?:ml|l|g|kg|mg|mm|cm|m|w|v|mah|ah|gb|t|ppm|dpi|元|块)$")
#: Whether it fits, asked: 能用吗, 适用吗, 可以用不, 能装吗, 兼容吗.
_FITS_ASKED = re.compile(r"能用|能不能用|可以用|可不可以用|适用|适合|能装|兼容|用得了|用不了|配吗|能配|匹配|通用")
#: The fewest codes a fact lists to be a list of models.
_LISTED_CODES = 3


def _model_code(product: Product, text: str, after: str = "") -> ModelYears | None:
    """A model the line names by its code, asked whether the goods fit it (or said right ``after`` one was
    told to fit by that fact), read against a fact that lists models by their codes (适用机型: 惠普DeskJet
    1111、2131、2132 …): listed or not."""
    said = [code for code in _CODE.findall(_plain(text)) if not _UNIT_END.search(code)]
    if not said or not (_FITS_ASKED.search(text) or after in product.attributes):
        return None
    for name, value in product.attributes.items():
        if len(_codes(value)) < _LISTED_CODES:
            continue
        kept_off = {code for clause in _FIT_CLAUSES.split(value) if _NOT_FIT.search(clause) for code in _codes(clause)}
        listed = {code for clause in _FIT_CLAUSES.split(value) if not _NOT_FIT.search(clause)
                  for code in _codes(clause)}
        for code in said:
            if _names_code(code, kept_off):  # 「m1136能用吗」 of 「适用M211d…;不适用惠普M1136、M126a」: it does not fit
                return ModelYears(name, value, code.upper(), None, None, None, excluded_code=True)
            if _names_code(code, listed):
                return ModelYears(name, value, code.upper(), None, None, None, listed_code=True)
        return ModelYears(name, value, said[0].upper(), None, None, None, unlisted=True)
    return None


def _names_code(code: str, codes: set[str]) -> bool:
    """Whether ``code`` is one of ``codes``, or the end of one after its letters (2132 of deskjet2132)."""
    return any(code == one or (one.endswith(code) and one[:-len(code)].isalpha()) for one in codes)


#: The clauses of a list of models, and one that lists those the goods do not fit: 不适用惠普M1136、M126a.
_FIT_CLAUSES = re.compile(r"[;；。\n]")
_NOT_FIT = re.compile(r"不适用|不兼容|不能用|不可用|不支持|不适配|用不了|除外")


def _codes(value: str) -> set[str]:
    """The codes ``value`` lists, as written and with the spaces inside each read away (HL-2260 D: hl2260d; a
    series' name before its number, LaserJet 1020: 1020 too)."""
    return set(_CODE.findall(_plain(value))) | set(_CODE.findall(re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", "",
                                                                        value.lower())))


def _plain(text: str) -> str:
    """Lower case, without the hyphens and spaces inside a code (HL-2260 D: hl2260d)."""
    return re.sub(r"(?<=[a-z0-9])[-\s](?=[a-z0-9])", "", text.lower())


#: A model called by a brand and a code of letters and digits (理想L7, 问界M7, 宝马X5, 蔚来ES6, 奥迪A4L), the
#: brand not a word of the line's own (我要, 有没有).
_MODEL_LIKE = re.compile(r"(?<![\u4e00-\u9fff])(?:那|请问|亲)?(?P<model>(?P<brand>[\u4e00-\u9fff]{2,3}?)"
                         r"[A-Za-z]{1,3}\d{1,2}[A-Za-z]?)(?![A-Za-z\d])")
_NOT_A_BRAND = re.compile(r"[我你他她这那有要买拍是的个款和跟还也都就能可吗呢了号码寸版]")


def model_unnamed(product: Product, text: str) -> str | None:
    """A model the line names by a brand and a code (理想L7) that none of the product's facts names: a
    person says whether the goods fit it. (Most lines name no such model: the facts are joined only where
    one does.)"""
    if _MODEL_LIKE.search(text) is None:
        return None
    return _model_like(text, " ".join(f"{key} {value}" for key, value in product.attributes.items()))


def _model_like(text: str, value: str) -> str | None:
    """A model the line names by a brand and a code that the fact's ``value`` does not list."""
    listed = "".join(value.lower().split())
    for found in _MODEL_LIKE.finditer(text):
        if not _NOT_A_BRAND.search(found["brand"]) and found["model"].lower() not in listed \
                and found["model"][len(found["brand"]):].lower() not in listed:
            return found["brand"] + found["model"][len(found["brand"]):].upper()  # (as cars are badged: L7)
    return None


#: A word said first, before asking whether the goods come for it (「凯美瑞有后备箱垫吗」「哈弗h6的能用吗」): of
#: goods made for listed models, the buyer's own model.
_MODEL_FIRST = re.compile(r"^(?:那|请问|亲)?(?P<model>[\u4e00-\u9fff]{2,4}?[A-Za-z0-9]{0,3})\s*的?"
                          r"(?:有(?P<goods>[\u4e00-\u9fff]{0,6}?)(?:吗|么|嘛|没|不)|能用|可以用|能装|能不能用|适用|适配"
                          r"|用得了)")
#: Characters no model's name has: words of the line's own, of the goods, the shop or the day.
_NOT_A_MODEL = re.compile(r"[我你他她这那有要买拍是的个款和跟还也都就能可吗呢了号码寸版货店套色现今明昨天在里]")


def _model_first(product: Product, text: str, value: str) -> str | None:
    """A model said first, by a word that names none of the product's own names or variants, nor anything its
    list ``value`` says (凯美瑞 of 「凯美瑞有后备箱垫吗」 on the page of a mat made for 朗逸, 卡罗拉 …; not 大众 of
    「大众的有吗」, a maker it lists): one it is not made for."""
    found = _MODEL_FIRST.match(text)
    if found is None or _NOT_A_MODEL.search(found["model"]):
        return None
    word = found["model"].lower()
    own = [n.lower() for n in (product.name, *product.aliases, *product.names_of(*product.colours, *product.sizes))]
    goods = (found["goods"] or "").lower()  # (「有后备箱垫吗」: the goods themselves, not 「有货吗」)
    if word in value.lower() or any(word in n or n in word for n in own) \
            or (goods and not any(goods in n for n in own)):
        return None
    return found["model"]


@lru_cache(maxsize=4096)
def _ranges(value: str) -> tuple[tuple[str, int, int, str, str], ...]:
    """Each model a fact's ``value`` lists, with its first and last year, the item that says it
    (with the goods its group is of: 「205/55R16：丰田卡罗拉2019-2024款16寸轮毂」) and those goods, read
    once per value (every message with the product in view asks; the cache is bounded, as owners
    edit their facts)."""
    found = []
    for group in _GROUPS.split(value):
        lead = _LEAD.match(group)
        goods = lead["goods"].strip() if lead is not None else ""
        for item in _ITEMS.split(group[lead.end() if lead is not None else 0:]):
            for m in _RANGE.finditer(item):
                found.append((m["model"], int(m["start"]), int(m["end"]),
                              f"{goods}：{item.strip()}" if goods else item.strip(), goods))
    return tuple(found)


def _year(text: str) -> int | None:
    found = _YEAR.search(text)
    if found is None:
        return None
    year = int(found["year"])
    return year + 2000 if year < 100 else year


def _year_after(model: str, text: str) -> int | None:
    """A year said right after the model without 款 (「那速腾2016的呢」), not a count or a price."""
    said = _said_length(model, text)
    at = text.lower().find(model[len(model) - said:].lower()) if said else -1
    found = _BARE_YEAR.match(text, at + said) if at >= 0 else None
    return int(found["year"]) if found is not None else None


#: A year of four digits with nothing after it that makes it a price or a measure (2016的, 2016呢).
_BARE_YEAR = re.compile(r"\s*(?P<year>(?:19|20)\d\d)(?![\d.]|\s*(?:元|块|cm|mm|毫|厘|米|g|克|w|瓦|mah|毫安))")


def _said_length(model: str, text: str) -> int:
    """How much of the model's name the text says, by its end (卡罗拉 of 丰田卡罗拉: 3; ModelY of 特斯拉ModelY
    written 「model y」 too)."""
    said = _LATIN_SPACED.sub("", text.lower())
    name = _LATIN_SPACED.sub("", model.lower())
    return max((len(name) - i for i in range(len(name) - _SHORTEST + 1) if name[i:] in said), default=0)


#: A space between the letters and digits of a model's name (model y, model 3), not before a year (Model3 2021).
_LATIN_SPACED = re.compile(r"(?<=[a-z])\s+(?=[a-z]|\d(?!\d))")


def model_said_at(model: str, text: str) -> int:
    """Where ``text`` names ``model`` by its end (卡罗拉 of 丰田卡罗拉), or -1."""
    lowered, named = text.lower(), model.lower()
    for i in range(len(named) - _SHORTEST + 1):
        if (at := lowered.find(named[i:])) >= 0:
            return at
    return -1


def _calls(model: str, text: str) -> bool:
    return _said_length(model, text) >= _SHORTEST
