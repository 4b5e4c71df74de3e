"""Which facts of a product a buyer asks about, and what the shop states of them.

Buyers ask a product's facts one by one: its shelf life, its sole, its warranty. The
shop states them as named attributes (``products[].attributes``), in the fixed fields
(material, care) or only in its free text (selling points, fit note). `read_facts` finds
each asked fact in that order, and says which asked facts the shop does not state, so a
reply answers those it can and never puts a neighbouring fact in place of a missing one.

The buyers' words for each kind of fact are data: ``intents/data/attributes.yaml``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import ahocorasick

from botcore.places import courier_aliases, region_aliases
from botcore.shop import Product
from botcore.sizes import SIZE_CHOSEN
from botcore.stages.entities import Entities, colour_spellings, device_models
from botcore.stages.numbers import parse_numeral
from botcore.text import SMALL_PARTS, SUM_SAID, cjk_pairs
from botcore.yamltext import parse_yaml
from intents.phrases import shared_regex
from intents.pointing import BEFORE_A_NAME, POINTING

__all__ = ["ATTRIBUTE_WEIGHT", "FACTS_ASKED", "FREE_TEXT", "NAMED_WEIGHT", "NOT_TAKEN", "Concept", "Facts",
           "asking_clause", "asking_clauses", "clause_at", "concepts", "dimensions_asked", "free_text_clauses",
           "in_fact_names", "kinds_by_name", "of_the_other_side", "read_facts", "stem_of", "telling_apart", "told_of"]

#: How sure a stated fact asked in the buyer's words makes a question of it; named as the shop
#: writes it, as sure as a strong keyword.
ATTRIBUTE_WEIGHT = 0.92
NAMED_WEIGHT = 0.95

#: `Conversation.asked` after facts of the product were told: "facts:保质期、产地".
FACTS_ASKED = "facts:"

_CLAUSE = re.compile(r"[^。；;！!？?\n]+")
#: A fact's name written as a question: its asking start (是否含糖) and end (磨脚吗; not 什么 of 能放下什么).
_AS_A_QUESTION = r"^(是否|有无|是不是|能否|能不能|可否|可不可以|会不会|有没有)|(?<![什怎这那多])[吗嘛么呢]$"
_AFFIXES = re.compile(  # what is read past in a fact's name to its point: the question, and 方式, 时间 ...
    rf"{_AS_A_QUESTION}|(方式|方法|情况|说明|建议|推荐|要求|时间|日期|信息|参数|类型|种类|选择|度|性)$"
    r"|(?<=\w\w)费$")  # 打孔费: 打孔
_ASKED = r"(?:吗|嘛|么|不|没|了吗|得)"  # right after a one-character point: 能躺吗, 能躺不
_WHETHER = r"(?:有没有|含不含|有无|含没含|带不带|有没)"  # right before one: 有没有铅
_MAY = r"(?:能|可以|可不可以|能不能)"  # before one, asked at the end of its clause: 能换成桌子吗
_ASKED_LATER = r"[^,，。?？!！\s]{0,8}?(?:吗|嘛|么|不)[?？]*(?:$|[\s,，。!！])"
#: Said right before a fact's name, it tells that it was not done (「没刻字能换圈口吗」): no fact asked.
_NOT_DONE = re.compile(r"(?<!有)(没有|没|未)$")  # (not 有没有: a question)
_WITHOUT = re.compile(r"的(?![吗吧呢话啊呀么嘛])[\u4e00-\u9fff]")  # 不刻字的光杯: the one without it
#: Said before a thing not taken, as the case another question is asked in: 「不用国补能开专票不」.
NOT_TAKEN = r"(?:不用|不走|不参加|不参与|没用|没走)"
_NOT_TAKEN = re.compile(NOT_TAKEN + "$")
_ASKED_BESIDE = re.compile(r"(?:的话|的)?[\s,，]*(?:能|可以|还能|还可以|多少|怎么|是不是|有没有)")
#: A fact of how many of something: 节数, 号数, 片数 (its thing: 节).
_COUNT_OF = re.compile(r"([\u4e00-\u9fff])数")
#: A question word a two-character fact name is asked around: 配竿 in 「配哪个竿」「配什么竿」.
_WHICH_BETWEEN = r"(?:哪个|哪种|哪款|哪根|哪一款|什么|啥|几号的?|多少号的?)"
#: A measure asked: 「多远」「多大」「多少」「几」.
_HOW_MUCH = re.compile(r"多[远大长高重久宽厚深粗细]|多少|几")
#: Kinds of fact about harm, never read as the subject of a fact told beside them: a person answers what is unsaid.
_HARMS = frozenset({"过敏原", "安全"})
#: How something is charged, asked: 咋算, 怎么收费 (「辅材咋算」 of 辅材收费).
_HOW_CHARGED = re.compile(r"(?:咋|怎么|如何)(?:算|收|计费|收费)")
#: The end of a two-character fact name that is a measure of the part it begins with: 盆径, 口径, 杯高.
_MEASURE_ENDS = "径高宽长深厚重粗"
#: A part's measure asked after the part (盆多大, 车多重, 口径几厘米), not another thing counted (车几岁能玩,
#: 盆几天到, 车多少钱).
_PART_MEASURED = (r"多[远大长高重宽厚深粗细]|多少(?!钱|天|岁|个|件)"
                  r"|几(?!岁|点|号|天|月|年|次|个|人|种|色|款|件|周|小时|分|秒|期)")
#: Only a measure asked between a fact named and a kind of it: 「充电器多大功率」 asks the charger's.
_MEASURE_BETWEEN = re.compile(r"^[\u4e00-\u9fff]?(的|是)?(多[远大长高重久宽厚深粗细]|多少|几)(的)?$")
_PARTS = re.compile(r"[/、,，()（）和及]")
_QUESTION = re.compile(_AS_A_QUESTION)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_CAN = re.compile(r"能|可以|适合|会")


_PIECE = re.compile(r"[^\s,，。.!！~～;；]+[?？]?")
_ASKING = re.compile(r"[吗嘛么呢?？]|[不没]$|多少|什么|啥|怎么|咋|几|哪|谁|能不能|可不可以|是不是|有没有|会不会|要不要"
                     r"|多[大高重长宽厚深久远粗细]|([\u4e00-\u9fff])不\1"  # (管不管, 行不行, 赔不赔)
                     r"|不会[\u4e00-\u9fff]{1,6}吧$")  # 「不会掉毛吧」: a worry, asked to be put to rest


def _left_out(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is said not done or not had (没刻字, 「不刻字的光杯」), not
    asked of (「不掉色吧」 still asks whether it fades)."""
    return bool(_NOT_DONE.search(text, 0, start)) or (start > 0 and text[start - 1] == "不"
                                                        and _WITHOUT.match(text, end) is not None) \
        or (_NOT_TAKEN.search(text, 0, start) is not None and _ASKED_BESIDE.match(text, end) is not None)


def asking_clause(text: str, at: int) -> tuple[int, int]:
    """Where the clause of ``text`` holding position ``at`` is, if it asks something; else (-1, -1)."""
    return next(((m.start(), m.end()) for m in _PIECE.finditer(text)
                 if m.start() <= at < m.end() and _ASKING.search(m.group())), (-1, -1))


def asking_clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of ``text`` that asks something stands."""
    return [(m.start(), m.end()) for m in _PIECE.finditer(text) if _ASKING.search(m.group())]


def clause_at(text: str, at: int) -> tuple[int, int]:
    """Where the clause of ``text`` holding position ``at`` stands, whether it asks or not; all of it where none."""
    return next(((m.start(), m.end()) for m in _PIECE.finditer(text) if m.start() <= at < m.end()), (0, len(text)))


def stem_of(key: str) -> str:
    """An attribute name without the words around its point: 储存方式 -> 储存, 是否含糖 -> 含糖."""
    return _AFFIXES.sub("", key.lower()) or key.lower()


@dataclass(frozen=True)
class Concept:
    """A kind of fact: its usual name, the fixed product field holding it (if any), and
    the words buyers use for it."""

    name: str
    field: str | None
    words: tuple[str, ...]
    weak: tuple[str, ...] = ()  # words too general to say the fact was asked when the shop is silent
    amounts: bool = False  # its field (the sizes) answers only where each is an amount (500g, 2L)
    #: What another fact's value says where it tells this kind, no fact of the kind being stated
    #: (储存方式: 能放半个月左右 tells how long it keeps): it answers before the free text does.
    told_in: re.Pattern[str] | None = None
    #: Things of the kind a fact must speak of to answer them (洗碗机 of 耐温: a 耐温 that says only
    #: 可以直接倒开水 does not say whether it goes in the dishwasher).
    exact: tuple[str, ...] = ()
    #: Whether the thing said before its word must be one the fact names (斗鱼 of 「斗鱼能一起养吗」: a 混养
    #: that names only 孔雀鱼 and 斑马鱼 does not answer it).
    subject: bool = False
    #: Whether the care text tells it in its words (浮色 of 掉色, 会缩 of 缩水): searched there too.
    in_care: bool = False
    #: Those of `exact` said in several ways, each way with the others (卫生间, 浴室, 洗手间): a fact saying one
    #: speaks of them all.
    alike: tuple[tuple[str, ...], ...] = ()

    def said_as(self, word: str) -> tuple[str, ...]:
        """``word`` and the other ways of saying the same thing (卫生间: 浴室, 洗手间 too)."""
        return next((ways for ways in self.alike if word in ways), (word,))

    def names(self, key: str) -> bool:
        """Whether a shop's attribute name means this kind of fact: 保修期 for 保修,
        储存方式 for 储存, 是否含糖 for 含糖, 冲泡方法 for the words 冲泡 ...."""
        stem = stem_of(key)
        if key != self.name and key in kinds_by_name():
            return False  # 营养成分 is a kind of its own, not 配料's 成分
        return (key == self.name or key in self.words or self.name in key or stem == self.name
                or any(len(word) >= 2 and key.endswith(word) and word not in self.weak  # 单果大小: 大小, not
                       for word in self.words)                                         # 孕妇能用吗: 能用吗
                # a word holding the key (网线接口: 接口), or starting with what is left of it (储存方式: 储存条件),
                # not holding what is left anywhere (发货时间 is no 隐私发货)
                or (len(stem) >= 2 and any(word.startswith(stem) or (stem == key.lower() and stem in word)
                                           or (len(word) >= 3 and word in stem) for word in self.words)))


@dataclass(frozen=True)
class Facts:
    """What a question asks of a product: the facts stated (name, fact) and the names of
    those the shop does not state."""

    stated: tuple[tuple[str, str], ...] = ()
    missing: tuple[str, ...] = ()
    at: tuple[int, int] | None = None  # where in the text the first fact stated was asked

    @property
    def asked(self) -> bool:
        return bool(self.stated or self.missing)

    @property
    def text(self) -> str:
        """The facts stated, as a reply says them: 保质期：9个月；产地：四川成都; a name written as
        a question is said as its point (是否含床垫 -> 含床垫)."""
        return "；".join(f"{_QUESTION.sub('', name) or name}：{value}" for name, value in self.stated)

    def of_variant(self, product: Product, colour: str | None, size: str | None) -> Facts:
        """These facts as told of one variant, where a value tells each variant in turn
        (尺寸: 1.5m床:床单245x250cm;1.8m床:床单245x270cm): that variant's part and what is
        said of them all, not the others'."""
        asked = {v for v in (colour, size) if v is not None}
        if not asked:
            return self
        # (a fact named by the variant asked itself is all of it: 混合装: 耶加雪菲、曼特宁…; 无线充 of
        # 「支持无线充电吗」, the alias of the 无线充版, keeps 标准版不支持无线充)
        own = {n.lower() for v in asked for n in product.names_of(v)}
        told = [(name, value if name.lower() in own else _variant_part(product, value, asked))
                for name, value in self.stated]
        # a fact told wholly of another variant of the kind asked (短裙腰是松紧的, asked of the 短裤): nothing of it
        other = [name for name, value in told
                 if name.lower() not in own and _of_another_variant(product, value, colour, size)]
        return replace(self, stated=tuple((n, v) for n, v in told if n not in other),
                       missing=(*self.missing, *(n for n in other if n not in self.missing)))


def _of_another_variant(product: Product, value: str, colour: str | None, size: str | None) -> bool:
    """Whether ``value`` is told of a variant other than the one asked, of the same kind (a
    colour's where a colour is asked): it begins with that variant's name, and says nothing of
    the one asked."""
    label = _label_of(product, value)
    if label is None or label in (colour, size):
        return False
    kind = product.colours if label in product.colours else product.sizes
    asked = colour if kind is product.colours else size
    return asked is not None and not any(n.lower() in value.lower() for n in product.names_of(asked))


_LABELLED = re.compile(r"^\s*([^:：]{1,12})[:：]")


def _variant_part(product: Product, value: str, asked: set[str]) -> str:
    """The parts of ``value`` told of the variants ``asked`` and of none in particular, where it
    tells two or more variants in turn: by part (1.5m床:…;1.8m床:…), or part by part in a list
    (20寸约2.8公斤,24寸约3.6公斤) each of which starts with a variant or says it is of them all
    (350ml高18cm,500ml高22cm,杯口直径都是5.5cm)."""
    for separator, every in ((r"[;；]", False), (r"[,，]", True)):
        parts = [p.strip() for p in re.split(separator, value) if p.strip()]
        labels = [_label_of(product, part) for part in parts]
        told = {label for label in labels if label is not None}
        # (in a list, a part of no variant must say it is of them all: 杯口直径都是5.5cm)
        if len(told) >= 2 and told & asked and (not every or all(
                label is not None or _OF_ALL.search(part) for part, label in zip(parts, labels, strict=True))):
            return "；".join(p for p, label in zip(parts, labels, strict=True) if label is None or label in asked)
    return value


#: Said of every variant at once: 都是, 均为, 统一.
_OF_ALL = re.compile(r"都|均|统一|全部")


def _label_of(product: Product, part: str) -> str | None:
    """The variant a part of a value is told of: named before a colon, or at its very start."""
    if (m := _LABELLED.match(part)) is not None:
        return product.find_size(m[1].strip()) or product.find_colour(m[1].strip())
    names = [(name, variant) for variant in (*product.sizes, *product.colours)
             for name in (variant, *product.variant_aliases.get(variant, ()))]
    return next((variant for name, variant in sorted(names, key=lambda n: -len(n[0]))
                 if part.startswith(name) and not _runs_on(name, part[len(name):len(name) + 1])), None)


def _runs_on(name: str, after: str) -> bool:
    """Whether ``after`` goes on with the word ``name`` ends: S of Slim, 20 of 200ml."""
    last = name[-1:]
    return bool(after) and after.isascii() and last.isascii() and (
        (after.isalpha() and last.isalpha()) or (after.isdigit() and last.isdigit()))


@cache
def concepts() -> tuple[Concept, ...]:
    """The kinds of fact, read once from the data file."""
    data = parse_yaml((resources.files("intents") / "data" / "attributes.yaml").read_text("utf-8"))
    found = []
    for name, entry in data.items():
        entry = entry if isinstance(entry, dict) else {"words": entry}
        weak = tuple(str(w).lower() for w in entry.get("weak", ()))
        words = tuple(str(w).lower() for w in entry["words"]) + weak
        told_in = re.compile(entry["told_in"]) if entry.get("told_in") else None
        ways = [tuple(str(w).lower().split("|")) for w in entry.get("exact", ())]  # (卫生间|浴室: one thing)
        exact = tuple(w for alike in ways for w in alike)
        found.append(Concept(str(name), entry.get("field"), words + exact, weak, bool(entry.get("amounts")), told_in,
                             exact, subject=bool(entry.get("subject")), in_care=bool(entry.get("care")),
                             alike=tuple(alike for alike in ways if len(alike) > 1)))
    return tuple(found)


@cache
def kinds_by_name() -> dict[str, Concept]:
    """Each kind of fact by its name."""
    return {concept.name: concept for concept in concepts()}


@cache
def _words() -> ahocorasick.Automaton:
    """Every buyer's word of every kind of fact, in one automaton: one pass per message."""
    by_word: dict[str, list[Concept]] = {}
    for concept in concepts():
        for word in concept.words:
            by_word.setdefault(word, []).append(concept)
    automaton = ahocorasick.Automaton()
    for word, kinds in by_word.items():
        automaton.add_word(word, (word, tuple(kinds)))
    automaton.make_automaton()
    return automaton


_TIME = "时间"
#: A measure asked right after a word (「搭起来多大」): what the word leads to is measured.
_MEASURE_AFTER = re.compile(r"(?:是|有)?(?:多[大高长宽厚]|多少(?:厘米|公分|米|cm)|尺寸)")


def _asked_words(text: str, names: Sequence[tuple[int, int]] = ()) -> dict[str, tuple[tuple[Concept, ...], int]]:
    """The words of kinds of fact in ``text``, each with its kinds and where it starts,
    longest first; a word inside a longer one found (保修 in 保修期) is left to the longer; none that starts
    inside where the product is pointed at (``names``) and runs past it (头多大 of 「这个头多大」 of a 充电头: 多大)."""
    spans = [(start, end + 1, word, kinds) for end, (word, kinds) in _words().iter(text)
             for start in (end + 1 - len(word),)
             if not text.startswith(_TIME, end + 1)  # 「多长时间」「多久时间」 ask a time, not a length
             # 「搭起来多大」「折起来多长」: the measure of it so done, not how it is done
             and not (word.endswith("起来") and _MEASURE_AFTER.match(text, end + 1))
             and not any(a < start < b <= end for a, b in names)]
    found: dict[str, tuple[tuple[Concept, ...], int]] = {}
    for start, end, word, kinds in sorted(spans, key=lambda s: s[0] - s[1]):
        if not any(a <= start and end <= b and word != longer for a, b, longer, _ in spans if len(longer) > len(word)):
            found.setdefault(word, (kinds, start))
    return found


#: What may come between a product's name and a question of it: 「沙发的材质」「沙发是什么材质」, not a part (沙发腿).
_OF_THE_NAME = re.compile(r"^(的|是|用的|用|做的|什么|啥|哪种|哪个|都|还|也|这个|那个)*$")


def _of_a_part(text: str, names: list[tuple[int, int]], start: int) -> bool:
    """「沙发腿是什么材质」: the word at ``start`` asked of a part, named by the product's name and a
    word more (腿), in the same clause."""
    return any(end < start and "\u4e00" <= text[end] <= "\u9fff" and not _OF_THE_NAME.match(text[end:start])
               and not _CLAUSE_BREAK.search(text, end, start) for _, end in names)


_CLAUSE_BREAK = re.compile(r"[\s,，。.!！?？~～;；]")


def _told_in(kind: str, values: Iterable[str], word: str = "") -> bool:
    """Whether a fact already told speaks of ``kind``: by its name's point (生产 of 生产日期) or one
    of its words (开水 of 耐温), in its value; or of the buyer's own ``word`` for it, by its point
    (热 of 会不会热, in 暖气房里可能会偏热)."""
    concept = kinds_by_name().get(kind)
    if concept is None:
        return False
    said = [w for w in (stem_of(concept.name), *concept.words) if len(w) >= 2 and w not in concept.weak]
    point = _AROUND_POINT.sub("", word)
    point = point[0] if len(set(point)) == 1 else point  # (热不热: 热)
    # a count asked by its measure (多少张, 几页) of a value that counts in it (约打4500页)
    units = {m[1] for w in (*concept.words, word) if (m := _HOW_MANY.search(w))}
    # how long asked (能用多久) of a value that says a time (充电一次能用约6小时)
    how_long = _HOW_LONG.search(word) is not None and any(_A_DURATION.search(value) for value in values)
    return how_long or any(w in value.lower() for value in values for w in (*said, *([point] if point else []))) or any(
        re.search(rf"\d\s*{re.escape(unit)}", value) for value in values for unit in units)


#: Words asked of ending in how many: 一袋多少, 一箱几.
_ENDS_ASKING = re.compile(r"(?:多少|几)$")
#: A time said in a value: 6小时, 两天.
_A_DURATION = re.compile(r"[\d一两二三四五六七八九十半]+\s*个?(?:小时|分钟|天|周|星期|个月|月|年)")


#: How many of a measure: 多少张, 几页 (the measure).
_HOW_MANY = re.compile(r"(?:几|多少)([\u4e00-\u9fff])$")


#: What asks around the point of a buyer's word: 会不会热, 热不热, 很热吗, 咸的.
_AROUND_POINT = re.compile(r"会不会|会|不|很|吗|么|嘛|呢|的$")


def _within_a_word(text: str, part: str, found: dict[str, tuple[tuple[Concept, ...], int]], key: str) -> bool:
    """Whether ``part`` (the end of the fact name ``key``) is said as the end of a longer word of a kind that
    does not name that fact: 零件 of 「缺零件咋办」, a word of 补件, not the fact 小零件."""
    at = text.find(part)
    return at >= 0 and any(start < at and at + len(part) == start + len(word)
                           and not any(kind.names(key) for kind in kinds) for word, (kinds, start) in found.items())


def _of_another(word: str, start: int, found: dict[str, tuple[tuple[Concept, ...], int]]) -> bool:
    """「拉链五金是什么材质」: a word of material right after another kind of fact asks the
    material of that thing, not of the product; a word of the same kind before it is another choice of it
    (「是pc的还是abs的」)."""
    own = set(found[word][0]) if word in found else set()
    return any(other != word and 0 <= start - (at + len(other)) <= _OF_GAP and not own & set(kinds)
               for other, (kinds, at) in found.items())


def _asked_as_another_kind(key: str, head: str, text: str,
                           found: dict[str, tuple[tuple[Concept, ...], int]]) -> bool:
    """「电池能用几年」「电池保修多久」 of a fact named 电池容量: the fact's head, then the word of a kind
    the fact is not (能用几年, 保修), then the measure asked, in one clause: that kind is asked of
    the head, not this fact. (A bare measure after the head, 多远 of 「遥控多远」, still asks it.)"""
    heads = [(m.end(), asking_clause(text, m.start())) for m in re.finditer(re.escape(head), text)]
    measures = [(m.start(), asking_clause(text, m.start())) for m in _HOW_MUCH.finditer(text)]
    return any(not any(kind.names(key) for kind in kinds) and not _HOW_MUCH.fullmatch(word)
               and word not in _OF_SOMETHING and clause != (-1, -1)
               and any(end <= at <= where and clause == asked for where, asked in measures)
               for word, (kinds, at) in found.items() for end, clause in heads if asking_clause(text, at) == clause)


#: A thing asked to come with it, by one character or a few: 带盆吗, 送不送盆, 有没有盖, 带变速线没.
_THING_WITH_IT = re.compile(r"(?:带不带|送不送|配不配|含不含|有没有|带|送|配|含)(?P<thing>[\u4e00-\u9fff]{1,4}?)"
                        r"(?=[吗么嘛不没呢?？]|$)")
#: Words that ask of all their kinds at once: 临期 is how long it keeps and when it was made.
_OF_BOTH = frozenset({"临期", "快过期"})
#: Characters that name no thing there: 带货, 送人, 有码; nor begin one of a few (送货上门, 带回来).
_NO_THING_STARTS = frozenset("货人码色款号的了吗么嘛呢不没钱价多少几啥什走过去来回到")


#: What it costs, asked: 要钱吗, 收费吗, 免费吗, 多少钱; and said in a value: 48元, 免费.
_COST_ASKED = re.compile(r"要钱|收钱|收费|免费|多少钱|付费|另外加钱|要加钱")
_COSTS = re.compile(SUM_SAID.pattern + r"|免费|收费|不要钱")


#: Words that ask of whatever kind of fact follows them: 能放洗碗机, not 能放 (how long it keeps).
_BEFORE_ANOTHER = frozenset({"能放", "放", "能装", "装"})
#: The thing said right after a word of washing: 水果 of 能洗水果吗.
_THING_WASHED = re.compile(r"(?!可以|能|行|好|要|会|得)[\u4e00-\u9fff]{2,4}?(?=[吗么嘛呢啊吧不没]|的吗|$)")


#: Goods whose work is washing (洗衣机, 洗碗机, 洗洁精): 「能洗…」 of them asks what they wash, not how to wash them.
_WASHES = re.compile(r"洗(?:衣|碗|地|鞋|洁|发|面|手|护)|清洗机|洗机")


def _washed(product: Product, text: str, end: int) -> tuple[str, str] | None:
    """The fact naming the thing said right after a word of washing that ends at ``end`` (能洗水果
    of dish soap whose 安全等级 says 可以直接洗水果蔬菜): what the goods wash; None where none names it."""
    thing = _THING_WASHED.match(text, end)
    return next(((key, value) for key, value in product.attributes.items()
                 if thing is not None and thing.group() in value.lower()), None)


#: A fact's name saying how long something lasts: 佩戴时长, 续航时间, 使用寿命.
_LASTS = re.compile(r"(时长|时间|寿命|周期|天数|期限)$")
#: A fact's name saying how long the goods last in all: 寿命, 使用寿命, 使用年限.
_LIFE = re.compile(r"寿命$|使用年限$|使用期限$")
#: How long, asked of what is done: 戴 of 「能戴多久」, 热 of 「热一次要多久」.
_HOW_LONG = re.compile(r"([\u4e00-\u9fff])(?:好|完|起来)?(?:一次|一下|一回|一遍)?(?:能|可以|得|要|需要)?"
                       r"(?:多久|多长时间|几天|多少天)")
#: Words before a thing asked of by one character: 送 of 送胶吗, 什么 of 什么胶.
_ASKED_OF_A_THING = "(?:送|带|配|什么|啥|哪种|哪个)(?:的)?"


def _said_loosely(word: str, text: str) -> re.Match[str] | None:
    """A word of two characters said with a small word inside it: 送之前 of 送前, 拍个照 of 拍照."""
    return re.search(re.escape(word[0]) + "[之个张下一了]" + re.escape(word[1]), text)


#: First characters of a fact's name that say no thing when said alone (价 of 什么价 asks the price).
_NOT_A_THING_ALONE = frozenset("价钱费多怎几啥什哪")
#: ... nor those whose second names a time or a quality of the first, not a thing (花期: 「送花吗」 asks no 花期).
_NO_THING_AFTER = frozenset("期性感况率值")


#: A return asked: 「还能退吗」「能换吗」.
_RETURN_ASKED = re.compile(r"(?:能|可以|可不可以|给)(?:退|换)|退(?:吗|不|货|款)")
#: Just before a word beginning with 度: a temperature said (零下20多, 气温30), whose 度 is of no lens or liquor.
_COLD_BEFORE = re.compile(r"(?:零下|气温|室温|温度|最低|最高)\s*[\d一二两三四五六七八九十几]+\s*多?$")
#: Just before a count: how many are left (还有几包) or bought (能单独买几个), not how many one holds.
_LEFT = re.compile(r"(?:还有|还剩|剩下|剩|库存|买|拍|订)$")
#: Words that ask how big something is, of whatever they follow (功率多大 is the power's, not a size).
_OF_SOMETHING = frozenset({"多大", "大小", "多高", "多长", "多宽", "多厚", "多重", "多粗"})
#: Those of them a fact named by the measure at its end tells (筒高 of 「袜子多高」; not 承重 of 「多重」, a load).
_LENGTHS_ASKED = frozenset({"多高", "多长", "多宽", "多厚", "多粗"})
#: How far apart 「五金」 and 「材质」 may be for the one to ask of the other (是什么 is 3).
_OF_GAP = 4


def _from_attributes(product: Product, concept: Concept, word: str = "",
                     said: Sequence[str] = ()) -> list[tuple[str, str]]:
    """Every attribute of this kind (安装 and 安装要求 both answer 「能装吗」). Where none is called
    by the kind's own name or speaks of the buyer's very ``word``, but another attribute's value
    does, that one: 「能快充吗」 is told under 兼容 (华为超级快充最高22.5W), not by 接口, a word of
    the same kind; 「充满电能亮多久」 is still told by 续航, whatever 充电 says of 充满."""
    kind = [(key, value) for key, value in product.attributes.items() if concept.names(key)]
    told_in = concept.told_in if not kind else None
    if told_in is not None:  # 「能放多久」 of oranges whose 储存方式 says 能放半个月左右
        kind = [(key, value) for key, value in product.attributes.items() if told_in.search(value.lower())][:1]
        # (「这橡胶有毒没」 of 天然橡胶加尼龙,不含双酚A,有检测报告: what its material says of it)
        clauses = [c for c in SMALL_PARTS.split(product.material) if told_in.search(c.lower())]
        kind = kind or ([(MATERIAL, "，".join(clauses))] if clauses else [])
    if len(word) >= 2 and kind and not any(concept.name in key or word in key.lower() or word in value.lower()
                                           for key, value in kind):
        # (one that tells it, not one that only says the word: 「烟酰胺浓度多少」 is 主要成分's 烟酰胺(10%), not
        # 适合肤质's 烟酰胺浓度比较高)
        holding = [(key, value) for key, value in product.attributes.items() if word in value.lower()
                   and (told_in is None or told_in.search(value))]
        if holding:
            return holding
    # 门槛 asks 越障, not a fact called 地毯 beside it, by another word of that kind the buyer did not say
    words = [w for w in (word, *said) if w]
    # (「洇不洇」 asks 洇墨 over 纸张, both of a kind: the one whose name holds the buyer's own character)
    asked = [key for key, _ in kind if concept.name in key or any(w in key.lower() for w in words)
             or (key.lower() in concept.words and any(set(key) & set(w) - _SAID_OF_ANY for w in words))]
    another = [key for key, value in kind if key not in asked and key.lower() in concept.words
               and not any(len(w) >= 2 and w in value.lower() for w in words)]  # (手提袋 in a 礼盒 fact)
    return [(key, value) for key, value in kind if key not in another] if asked and another else kind


#: A fact's name of a thing coming apart: 开裂, 开胶, 开线, 纹裂 (its point: 裂).
_OPENS = re.compile(r"[开纹]([裂胶线缝])")
#: A fact's name of a pair and what it is of (左右手, 男女款, 内外层): each of the two with it names the fact.
_PAIRED = re.compile(r"([左男上前内正冬])([右女下后外反夏])([\u4e00-\u9fff]{1,2})")
#: A fact's name of two words of a pair (男孩女孩, 大人小孩, 室内室外): each of the two names the fact.
_PAIRED_WORDS = re.compile(r"([男大室上前][\u4e00-\u9fff])([女小室下后][\u4e00-\u9fff])")
#: A word that asks a question by itself: 字大不大, 厚吗, 多少页, 几号.
_ASKS_ITSELF = re.compile(r"([\u4e00-\u9fff])不\1|[吗么嘛]$|多少|几|什么|啥")
#: A word asked by the particle right after it, its clause ending there (防水不, 静音吗).
_ASKED_RIGHT_AFTER = re.compile(r"(?:不|吗|么|嘛|没|没有)(?=[\s,，。?？!！]|$)")
#: Characters of a question that name no fact (洇不洇, 会透吗).
_SAID_OF_ANY = frozenset("不吗么嘛会能有是的了呢多少几")


#: Sizes that are amounts (250g, 50ml, 10斤): a 净含量 asked is told by them.
_AMOUNT = re.compile(r"[\d.]+\s*(g\b|kg\b|ml\b|l\b|克|千克|毫升|升|斤|片|粒|包|袋|支|抽)")
#: A volume or a weight, asked or stated (多少ml, 几克, 500g), not a count of pieces (5支装).
_MEASURED = re.compile(r"(?<![a-z])(g|kg|ml|l)(?![a-z])|克|毫升|升|斤|两(?!个)")


#: Brands buyers write in Chinese whose models a shop's facts write in Latin letters (苹果15: iPhone15).
_BRANDS_IN_LATIN = {"苹果": "iphone", "华为": "huawei", "小米": "xiaomi", "三星": "galaxy"}
#: The name of a fact of what a set holds: 内含, 包含, 套装清单, 配置.
_SET_HOLDS = re.compile(r"内含|包含|清单|组成|配置")


def _from_field(product: Product, concept: Concept, asked: str = "") -> tuple[str, str] | None:
    if concept.amounts and not all(_AMOUNT.search(size.lower()) for size in product.sizes):
        return None  # S, M, L say no amount
    if concept.amounts and _MEASURED.search(asked) is not None \
            and not any(_MEASURED.search(size.lower()) for size in product.sizes):
        return None  # 「一支多少ml」 of samples sold 5支装 and 10支装: how many there are says no volume
    value = getattr(product, concept.field, "") if concept.field else ""
    if concept.field == "colours" and len(product.colours) == 1 and (contents := next(
            ((key, text) for key, text in product.attributes.items() if _SET_HOLDS.search(key)), None)) is not None:
        return contents  # 「试色装是哪几个色」 of a set sold in one 五色装, whose 内含 lists the shades in it
    if isinstance(value, list):  # the colours (口味, 款式) it comes in, named as the shop names them
        name = {"colours": product.colour_label, "sizes": concept.name if concept.amounts else product.size_label}.get(
            concept.field or "", concept.name)  # (as the shop names them: 口味, 规格)
        return (name, "、".join(value)) if value else None
    return (concept.name, value) if value else None


def _variants_as_kind(product: Product, concept: Concept) -> tuple[str, str] | None:
    """The variants, where the shop names them after this kind of fact and states no fact of it: 「有几公斤的」
    of dumbbells sold by their 重量 (15kg、24kg、32kg) is those, not a clause of the selling points."""
    for label, variants in ((product.size_label, product.sizes), (product.colour_label, product.colours)):
        if not concept.field and len(variants) >= 2 and label not in product.attributes and concept.names(label):
            return label, "、".join(variants)
    return None


def _from_free_text(product: Product, concept: Concept, word: str, own: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A clause of the product's free text that speaks of this fact (in any of its words):
    the selling points, the fit note, the material, the care text, then another attribute's value that
    holds the buyer's very word (放软 is told in 保存方法: 常温放3到5天等它变软再吃)."""
    # (not the kind's other exact things: 浴室可用 says nothing of 厨房)
    words = (*concept.said_as(word), concept.name,
             *(w for w in concept.words if len(w) >= 2 and w not in concept.weak and w not in concept.exact))
    texts = _free_texts(product)
    # the buyer's own word first, wherever it is told (「会缩水吗」: the care text's 以免缩水, not
    # a selling point's 不易变形); then the kind's other words, but not in the care text, which
    # speaks of washing (水温 of a tea is not the washing water's), unless the kind is one washing does
    # (「洗了会掉色不」 of a care text saying 第一次洗可能有轻微浮色)
    for findable, searched in (((word, *own), texts), (words, texts if concept.in_care else texts[:3])):
        if (clause := _clause_holding(searched, findable)) is not None:
            return concept.name, clause
    for key, value in product.attributes.items():
        if len(word) >= 2 and word in value:  # the buyer's own word, not its kind's: no neighbour's fact
            return key, value
    return _kind_in_values(product, concept)


def _kind_in_values(product: Product, concept: Concept) -> tuple[str, str] | None:
    """The part of another fact's value that says the kind's own name (or its point: 生产 of 生产日期):
    「能写字吗」 is told 包装's 「附一张贺卡可以写祝福」; all of the value where that part only says yes or
    no to the name (「是折起来寄的吗」: 包装: 卷起来发货,不折叠;…, not 折叠: 不折叠)."""
    point = stem_of(concept.name)
    says = re.compile(f"(?:{re.escape(concept.name)}|{re.escape(point)})(?!剂)")  # (洗涤剂 names goods, no washing)
    for key, value in product.attributes.items():
        part = next((p.strip() for p in SMALL_PARTS.split(value) if len(point) >= 2 and says.search(p)), None)
        if part is None:
            continue
        if part != value.strip() and part.endswith(concept.name) \
                and _BARE.fullmatch(part.removesuffix(concept.name)) is not None:
            return key, value
        # a fact of whom it is not for keeps its name: 「怀孕了能吃吗」 is told 不适宜人群: 孕妇、乳母…, never
        # 孕妇: 孕妇、乳母…, which reads as a yes
        return (key if _NOT_FOR.search(key) else concept.name), part
    return None


#: What a part of a fact says of a kind when it only says yes or no to its name (不折叠, 可以折叠): read
#: apart from the rest of the fact it says nothing.
_BARE = re.compile(r"(?:不|不能|不可|没有|没|无|非|可|可以|能|会|不会|支持|不支持)?")
#: A fact's name saying whom or what the product is not for: 不适宜人群, 禁忌, 慎用人群.
_NOT_FOR = re.compile(r"不|禁|忌|慎|勿|非")


def _saying(product: Product, kind: str, word: str) -> list[tuple[str, str]]:
    """The attribute whose value holds ``word``, else the clause of the free text that does
    (told as the fact of ``kind``); none: []."""
    held = [(key, value) for key, value in product.attributes.items() if word in value.lower()]
    if held:
        return held[:1]
    clause = _clause_holding(_free_texts(product), (word,))
    return [(kind, clause)] if clause is not None else []


def _free_texts(product: Product) -> tuple[str, ...]:
    """The product's free text, in the order a fact is looked for in it: selling points, fit
    note, material, care."""
    return product.selling_points, product.fit_note, product.material, product.care


def _clause_holding(texts: Iterable[str], words: Sequence[str]) -> str | None:
    """The first clause of ``texts`` that holds one of ``words``, trimmed; None where none does."""
    return next((clause.strip(" ,，") for text in texts for clause in _CLAUSE.findall(text)
                 if any(w in clause.lower() for w in words)), None)


def _labels_a_variant(product: Product, key: str, text: str) -> bool:
    """Whether ``key``, the name the product's sizes or colours go by (坑距), is said with one of
    them, naming that variant (「400坑距的呢」「坑距400的多少钱」), not asking the fact so called."""
    find = product.find_size if key == product.size_label else (
        product.find_colour if key == product.colour_label else None)
    if find is None:
        return False
    for m in re.finditer(re.escape(key.lower()), text):
        before = _VALUE_BEFORE.search(text, 0, m.start())
        after = _VALUE_AFTER.match(text, m.end())
        if any(found is not None and find(found[1]) is not None for found in (before, after)):
            return True
    return False


_VALUE_BEFORE = re.compile(r"([0-9a-z.]+|[\u4e00-\u9fff]{1,4})的?$")
_VALUE_AFTER = re.compile(r"(?:是|为)?([0-9a-z.]+)")


def _of_its_kind(product: Product, key: str, text: str) -> tuple[int, int] | None:
    """Where a fact named by a word or two and the product's own kind (旧马桶 of a toilet, whose
    category is 马桶) is asked by that word and 的 (「旧的能拉走吗」), if it is."""
    kinds = {n.lower() for n in (product.category, *product.aliases) if n and len(n) >= 2}
    for kind in kinds:
        head = key.lower().removesuffix(kind)
        if head != key.lower() and 1 <= len(head) <= 2 and _CJK_ONLY.fullmatch(head) \
                and (said := re.search(re.escape(head) + "的", text)) is not None:
            return said.start(), said.end()
    return None


def _lead_said(key: str, leads: Sequence[str], text: str) -> tuple[int, int] | None:
    """Where a name ``key`` starts with is said with a character of the rest of ``key`` after it:
    天幕杆 in 「天幕带杆子吗」, 帐篷内使用 in 「能在帐篷里用吗」 (not in 「天幕多少钱」)."""
    said = [(m.start(), m.end()) for lead in leads if len(lead) >= 2 for m in re.finditer(re.escape(lead), text)]
    for lead in leads:
        rest = key[len(lead):] if key.startswith(lead) and len(lead) >= 2 else ""
        at = text.find(lead) if rest else -1
        if at >= 0 and any(_CJK_ONLY.fullmatch(text[i]) and text[i] in rest  # (not 装 of 试用装 for 试用)
                           and not any(a <= i < b for a, b in said) for i in range(at + len(lead), len(text))):
            return at, at + len(lead)
    return None


def _inside_latin(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` begins or ends inside a longer run of Latin letters and
    digits (4g of 64g, e1 of iphone15, 2 of 12): part of another word or number, not the word."""
    def latin(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and (text[i].isalnum() or text[i] == ".")
    return (latin(start) and latin(start - 1)) or (latin(end - 1) and latin(end))


def _names_of(product: Product) -> list[str]:
    """What names the product or one of its variants: its name and aliases, its colours (as
    buyers write them: 雾霾蓝打孔 of 雾霾蓝打孔款) and sizes and their aliases."""
    names = [product.name, *product.aliases, *(s for c in product.colours for s in colour_spellings(c)),
             *product.sizes, *(a for aliases in product.variant_aliases.values() for a in aliases)]
    return sorted({n.lower() for n in names if len(n) >= 2}, key=len, reverse=True)


#: The words a buyer points at the product with right before its name: 这个礼盒, 那款保温杯, 该款.
_POINTERS = sorted((*POINTING, *BEFORE_A_NAME), key=len, reverse=True)


def _pointed_at(names: list[str], text: str, own: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Where the product is called by the end of one of its ``names`` after a pointing word:
    「这个礼盒」 for 新春团圆酒礼盒 names the product and asks no packaging; 「这个头」 for a 充电头, by
    the last character alone of one of its ``own`` names (not a variant's: 号 of 00号 in 「用那个号」)."""
    tails = {name[-k:] for name in names for k in (2, 3) if len(name) > k} | {
        name[-1] for name in own if len(name) > 1 and _CJK_ONLY.fullmatch(name[-1])}
    spans = []
    for tail in tails:
        for m in re.finditer(re.escape(tail), text):
            pointer = next((p for p in _POINTERS if text.endswith(p, 0, m.start())), None)
            if pointer:
                spans.append((m.start() - len(pointer), m.end()))
    return spans


_LEADING = "|".join(map(re.escape, POINTING))
#: What may stand around a general word that is asked alone: 「这个多少度的啊」.
_AROUND_ALONE = re.compile(rf"^(?:亲|请问|那|{_LEADING})*|(?:的|啊|呀|呢|吗|哈|嘛|亲|[?？。!！,，~～\s])*$")


def _names_itself(own_names: Sequence[str], text: str, start: int) -> bool:
    """Whether the words from ``start`` name the product by one of its own names (lowered), a 的
    inside (「压缩的床垫」 of a 压缩床垫)."""
    said = re.sub("^([^的]{1,4})的", r"\1", text[start:start + 12])
    return any(len(name) >= 3 and said.startswith(name) for name in own_names)


def _alone(text: str, word: str) -> bool:
    """Whether ``word`` is all that ``text`` asks: nothing but pointing words and particles around it."""
    before, _, after = text.lower().partition(word)
    return not _AROUND_ALONE.sub("", before) and not _AROUND_ALONE.sub("", after)


#: A price asked right after a thing named: 「链子多少钱」「床垫什么价」.
_PRICE_AFTER = re.compile(r"\s*(的)?(多少钱|多钱|多少|什么价|啥价|价格|价钱|怎么卖|几块)")
#: A fact's words that the thing is not in the box but sold apart: 不含链子,可以另拍; 需要单独买.
_APART = re.compile(r"不含|不带|不送|另拍|另购|另外拍|另外买|单独(买|拍|购买|购)")


def in_fact_names(product: Product, words: set[str], text: str) -> bool:
    """Whether every one of ``words`` is inside a name of the product's own facts that ``text``
    asks: 床垫 in 含床垫吗 asks the bed's 是否含床垫, it names no mattress; 被芯 in 含被芯吗
    asks the sheet set's 内含, which the buyer's words for it locate; 帐篷 in 能在帐篷里用吗
    a stove's 帐篷内使用, a fact's name it starts."""
    if not words:
        return False
    if any(_PRICE_AFTER.match(text, m.end()) and any(word in key and _APART.search(value)
                                                     for key, value in product.attributes.items())
           for word in words for m in re.finditer(re.escape(word), text)):
        return False  # 「链子多少钱」 on a pendant's page whose 链子 says 不含链子,可以另拍本店足金O字链: the chain's
    asked = [stem for key in product.attributes if (stem := stem_of(key)) in text.lower()]
    if all(any(word in stem for stem in asked) for word in words):
        return True
    if all(any(_lead_said(key.lower(), [word.lower()], text.lower()) for key in product.attributes) for word in words):
        return True  # 「能在帐篷里用吗」 on a stove's page whose 帐篷内使用 says 不能: the stove's
    if all(re.search(_HAS + re.escape(word) + _ASKED_END, text) and _listing(product, word) for word in words):
        return True  # 「有礼袋吗」 of a gift box whose 内含 lists 手提礼袋一个: the box's, not the bags sold apart
    if not all(re.search(_INCLUDED + re.escape(word), text) for word in words):
        return False  # 「被芯多少钱」 on the sheet set's page asks of the quilt
    facts = read_facts(product, text)
    if not facts.stated or facts.at is None:
        return False
    low, high = facts.at  # where the fact was asked holds the word, or the words asking it to come with (包含被芯)
    return all(any(low < m.end() and m.start() < high for m in re.finditer(_INCLUDED + re.escape(word), text))
               for word in words)


def _listing(product: Product, word: str) -> tuple[str, str] | None:
    """The fact of what comes with ``product`` (内含, 包装) that lists ``word`` in a clause not
    saying it is sold apart (手提礼袋一个, not 不含链子,可以另拍)."""
    return next(((key, value) for key, value in product.attributes.items()
                 if (_CONTENTS_KEY.search(key) or key.startswith("包装"))
                 and any(word in c for c in SMALL_PARTS.split(value.lower()) if not _APART.search(c))), None)


#: The one that comes with it, asked of: 送的硒鼓, 自带的电池, 随机的墨水 (the thing).
_GIVEN_ONE = re.compile(r"(?:送的|自带的|随机的|附带的|附送的|赠送的|配送的|标配的)(?P<thing>[\u4e00-\u9fff]{2,4}?)"
                        r"(?=能|可以|多|是|有|怎么|几|吗|呢|够)")
#: Whether it has a thing, asked: 有礼袋吗, 有没有手提袋, 有配开瓶器吗.
_HAS = r"有(?:没有)?(?:个|一个|配|带|送)?"
#: The end of such a question: 吗, 么, 不, 没, a question mark, the end.
_ASKED_END = r"(?:吗|么|嘛|不|没|呢|[?？]|$)"
#: A thing asked to be had: 「有礼袋吗」 (the thing: 礼袋).
_HAS_THING = _HAS + r"(?P<thing>[\u4e00-\u9fff]{2,4}?)" + _ASKED_END
#: Which things it holds, asked: 都有哪些刷子, 里面有什么刷 (the thing: 刷子).
_WHICH_INSIDE = re.compile(r"(?:都|里面|里头|里)有(?:哪些|哪几[种样支个把款根]|些什么|什么|啥)"
                           r"(?P<thing>[\u4e00-\u9fff]{1,3}?)(?:啊|呀|哈|啦|吗|么|嘛|呢|[?？!！\s,，]|$)")
#: Said before a thing asked to come with the product (含被芯吗, 带不带枕芯, 送枕套吗).
_INCLUDED = r"(?:含|带|送|配|附|包括|包含|里(?:面|头)?(?:有没有|有))(?:不(?:含|带|送|配))?(?:有)?"


def dimensions_asked(product: Product, text: str) -> Facts:
    """The facts of the product's own dimensions ``text`` asks (被套多大 of a sheet set whose
    尺寸 says it), if that is all it asks of the product."""
    facts = read_facts(product, text, weak=False)
    kind = kinds_by_name()["尺寸"]
    others = [c for c in concepts() if c is not kind]
    if not facts.stated or facts.missing or not all(kind.names(name) and not any(c.names(name) for c in others)
                                                    for name, _ in facts.stated):
        return Facts()  # (越障高度 is how high a step it climbs, not how big it is)
    return facts


#: Asked of the goods (有货吗, 多少钱, 还有吗): a variant named there is the variant, not its fact.
_GOODS = re.compile(r"有吗|有没有|有货|现货|还有|多少钱|价格|多钱|拍|买|要|到了|到货|补货|什么时候有|几号有"
                    r"|卖完|断货|没货")

#: A length said with its unit: 2.7米, 120寸, 30cm.
_LENGTH_SAID = re.compile(r"(?<![\d.])(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>厘米|公分|毫米|米|寸|cm|mm|m)(?![a-z])")
#: A size to take asked: 拍几号, 穿多大码, 选多大.
_SIZE_TAKEN = re.compile(SIZE_CHOSEN.pattern + r"|几号|几码|多大码|什么码|啥码|哪个码|哪个号|什么号")
#: The spellings of each unit of length (1.8m is 1.8米).
_SAME_UNITS = (("厘米", "公分", "cm"), ("毫米", "mm"), ("米", "m"), ("寸",))
#: How much of a thing in a set, asked by its unit: 「水是多少ml的」「面霜几克」, and the units said alike.
_AMOUNT_OF = re.compile(r"(?P<thing>[\u4e00-\u9fff]{1,4}?)(?:是|有)?(?:多少|几)(?P<unit>ml|毫升|g|克|升)")
_SAME_AMOUNTS = (("ml", "毫升"), ("g", "克"))
#: Characters of asking or pointing, which name no thing: 能连 of 「能连音箱吗」 owns no 音箱.
_FUNCTION_PAIR = re.compile(r"[能可会要是有的吗不也都还就这那我你他它个了么呢用连带配]")
#: What makes a number a count, a sum, a size or a time, not a thing's name (84 of 84消毒液).
_UNIT_AFTER = r"\s*[元块件个只条斤两码号岁米克年月日天周次度瓦升寸分秒粒片包袋盒瓶支套台张把双份层期位毫厘公千万百]"
#: A number said as the name of a thing used with the goods: 84 of 「能跟84一起用吗」「84能混用吗」 (two to
#: four digits, no unit after; not 170 of 「我170能穿吗」).
_NUMBER_NAMING = re.compile(rf"(?<=[跟和与同兑配])\d{{2,4}}(?![\d.a-z%])(?!{_UNIT_AFTER})"
                            rf"|(?<![\d.a-z])\d{{2,4}}(?=(?:能|可以)?(?:一起|一块|混|兑))")
#: A number naming another thing by its measure, said before 的 and that thing: 46 of 「46的表用哪个宽度」 on a strap's
#: page (its 适配: 22mm适配46mm的表), not 「170的能穿吗」 nor 「22的有吗」.
_NUMBER_OF_A_THING = re.compile(r"(?<![\d.a-z])\d{2,4}(?=的[\u4e00-\u9fff])(?!的[能可话有是吗呢啊还也都不会要用就])")
_SEASON = re.compile(r"[春夏秋冬](?:天|季)|春夏|秋冬")  # a season said: 冬天, 夏季, 秋冬
_DISPLACEMENT = re.compile(r"(?<![a-z0-9.])\d\.\d[tl](?![a-z0-9])")  # an engine's size: 1.5t, 2.0l
#: A word of Latin letters (and digits) a buyer may name a technology by: ldac, nfc, ip68, hdmi; a model by
#: one letter and a digit: t5, a4; or a resolution with its refresh rate: 2k240, 4k144.
_LATIN_TERM = re.compile(r"(?<![a-z0-9.])(?:[a-z][a-z0-9]{2,}|[a-z]\d|\d{1,2}k\d{2,3})(?![a-z0-9])")


#: What a count is said in: 3盆, 两包.
_NUMERALS = frozenset("0123456789一二两三四五六七八九十几")


def read_facts(product: Product, text: str, *, weak: bool = True, phrases: bool = True,
               named: Sequence[tuple[int, int]] = ()) -> Facts:
    """The facts ``text`` asks of ``product``: an attribute named in the text, then each
    kind of fact whose words appear, answered from the attributes, the fixed fields or a
    clause of the free text; a word that several kinds share is answered by any of them.
    ``weak=False`` leaves out words too general to name a fact alone (能用吗); ``phrases=False``
    a bare phrase found in a fact's value (开瓶器呢), where a follow-up means the facts just told.
    ``named``: where the shop's product names stand in ``text``; a word strictly inside one
    (遮光 of another product's 遮光帘) asks nothing of this product."""
    # 双电池 names a variant (asked for its price), 礼盒 the product itself: a word inside such a
    # name, or the name itself (a product called 礼盒), asks no fact (电池, 礼盒); a longer word
    # around one still does (多大个)
    known = _names_of(product)
    if (in_name := _count_in_its_name(product, text)) is not None:
        return Facts((in_name[0],), (), in_name[1])  # 「一盒多少粒」 of capsules whose 10粒装 is called 一盒
    if (least := _least_order(product, text)) is not None:
        return Facts((least[0],), (), least[1])  # 「要30个可以吗」 of boxes made 50个起订
    if (given := _GIVEN_ONE.search(text)) is not None and (listed := _listing(product, given["thing"])) is not None:
        return Facts((listed,), (), given.span())  # 「送的硒鼓能打多少张」: the starter in its 内含, not the 硒鼓 fact
    # (a variant's name that is also a fact's, 防蓝光 of a lens in 防蓝光 and 变色, still names that fact
    # where the question asks something of it: 「防蓝光的会发黄吗」, not 「防蓝光有吗」)
    variant_facts = {key.lower() for key in product.attributes} & {
        v.lower() for v in (*product.colours, *product.sizes)} if not _GOODS.search(text) else set()
    of_itself = {name for name in known if any(key in name.lower() for key in variant_facts)}
    names = [(m.start(), m.end()) for name in known if name not in of_itself
             for m in re.finditer(re.escape(name), text)]
    pointed = _pointed_at([name for name in known if name not in of_itself], text,
                          [name.lower() for name in (product.name, *product.aliases)])
    names += pointed
    returning = _RETURN_ASKED.search(text) is not None
    variants_said = [(m.start(), m.end()) for v in (*product.colours, *product.sizes) for n in product.names_of(v)
                     if len(n) >= 2 for m in re.finditer(re.escape(n.lower()), text)] if "的" in text else []

    def free(start: int, end: int) -> bool:
        if end - start == 1 and start > 0 and text[start - 1] in _NUMERALS:
            return False  # 「3盆」「两包」: a count's word, not the fact named 盆 or 包
        if _inside_latin(text, start, end):
            return False  # 4g of 「64g的」 (a network's word inside a memory card's size), e1 of iphone15
        if any(a < start < b and end == b + 1 and text[b] == "的" for a, b in variants_said):
            return False  # 酸的 of 「那铅酸的呢」: the end of a variant's name said with 的, asking no sourness
        if start >= 2 and text[start - 1] == "了" and returning:
            return False  # 「连了app用过一次还能退吗」: what was done with it, told to ask for a return, no fact asked
        return not any(a <= start and end <= b and (end - start) <= (b - a) for a, b in names) and not any(
            a <= start and end <= b and end - start < b - a
            and not (a == start and text[end:b] == "的" and text[:a].endswith("是"))
            for a, b in named)  # 遮光 of another's 遮光帘 (not 实木 of 「是实木的吗」, 实木的 naming 实木象棋)

    spans: list[tuple[int, int]] = []  # where each fact stated was asked

    def said(word: str) -> bool:
        found = next(((m.start(), m.end()) for m in re.finditer(re.escape(word), text)
                      if free(m.start(), m.end()) and not _left_out(text, m.start(), m.end())), None)
        if found is not None:
            spans.append(found)
        return found is not None

    stated: dict[str, str] = {}
    variants_told: set[str] = set()  # kinds told by the variants named after them (重量: 15kg、24kg)
    by_tail: dict[str, str] = {}  # facts named by their name's end alone (冲水 of 断电冲水)
    words_at = _asked_words(text, pointed)
    own_names = [n.lower() for n in (product.name, *product.aliases)]
    # a product's name a fact's name starts with (天幕杆 of the 天幕, 帐篷内使用 of a stove beside a 帐篷):
    # said with any of the rest after it (「天幕带杆子吗」「能在帐篷里用吗」), it names that fact
    leads = sorted({*own_names, *(text[a:b] for a, b in named)}, key=len, reverse=True)
    for key, value in product.attributes.items():
        if _labels_a_variant(product, key, text):
            continue  # 「400坑距的呢」: the 400mm one, not the fact called 坑距
        if (lead := _lead_said(key.lower(), leads, text)) is not None:
            stated[key] = value
            spans.append(lead)
            continue
        if (kind_of := _of_its_kind(product, key, text)) is not None:
            stated[key] = value  # 旧马桶 of a toilet asked as 「旧的能拉走吗」: the old one of its kind
            spans.append(kind_of)
            continue
        stem = stem_of(key)
        at = text.find(stem) if len(stem) >= 2 else -1
        if at >= 0 and stem in words_at and any(c.field == "material" for c in words_at[stem][0]) \
                and _of_another(stem, at, words_at):
            continue  # 「拉链五金是什么材质的」: the 五金's material, not the bag's own 材质
        parts = [stem_of(part) for part in _PARTS.split(key) if part]  # 能不能放A4/iPad: a4, ipad
        point = stem[1:] if len(stem) == 2 and stem[0] in "含带有配附" else stem  # 是否含铅: 铅
        if len(point) == 1 and _AFFIXES.match(key.lower()) and (
                re.search(re.escape(point) + _ASKED, text) or re.search(_WHETHER + re.escape(point), text)
                or re.search(_MAY + re.escape(point) + _ASKED_LATER, text)):  # 能不能换: 「椅子能换成桌子吗」
            stated[key] = value  # 能不能躺: a key asked as a question, by its one-character point (能躺吗)
            continue
        # 是否含被芯 -> 被芯: 带被芯吗; a key asking whether someone can (孕妇能用吗, 宽脚能穿吗) is named by
        # who (孕妇), or by what they can do said of them (「我脚宽 能穿吗」「怀孕了能用吗」), not of anyone
        # (「小孩能用吗」 asks no 孕妇能用吗)
        tails = [part[-2:] for part in parts if len(part) >= 3 and not _CAN.search(part)]  # (防晒指数: 指数)
        who = [(part[:m.start()], part[m.start():]) for part in parts if (m := _CAN.search(part)) and m.start() >= 2]
        # a name of two words said apart in one clause (冬天变硬: 「冬天会不会变硬」)
        # (寄回运费 of 「寄回来运费谁出」, its 费 no affix to drop there)
        four = stem if len(stem) == 4 else key.lower()
        halves = len(four) == 4 and _CJK_ONLY.fullmatch(four) and four[:2] in text and four[2:] in text \
            and asking_clause(text, text.find(four[:2])) == asking_clause(text, text.find(four[2:])) != (-1, -1)
        # (送前拍照: 「送之前能拍个照吗」, each half said with a word inside it)
        loose = [m for half in (stem[:2], stem[2:]) if (m := _said_loosely(half, text)) is not None] \
            if len(stem) == 4 and _CJK_ONLY.fullmatch(stem) and not halves else []
        if said(key.lower()) or any(len(part) >= 2 and said(part) for part in (stem, *parts)) \
                or any(said(head) or (any(c in text for c in head) and said(can)) for head, can in who) \
                or (halves and said(four[:2]) and said(four[2:])):
            stated[key] = value
        elif len(stem) == 4 and _CJK_ONLY.fullmatch(stem) and stem[0] != stem[3] and stem[1:3] not in text \
                and said(stem[0] + stem[3]):
            stated[key] = value  # 反向安装 of 「反装还是正装」: a name of four said by its first and last
        elif len(stem) == 4 and stem.endswith("使用") and (used := re.search(
                re.escape(stem[:2]) + r"[戴用穿贴涂擦玩喝吃骑开洗]", text)) is not None \
                and free(used.start(), used.end()):
            stated[key] = value  # 重复使用 of 「能重复戴吗」: how it is used, said by the verb of its use
            spans.append((used.start(), used.end()))
        elif len(loose) == 2 and loose[0].end() <= loose[1].start() \
                and asking_clause(text, loose[0].start()) == asking_clause(text, loose[1].start()) != (-1, -1) \
                and all(free(m.start(), m.end()) for m in loose):
            stated[key] = value
            spans.extend((m.start(), m.end()) for m in loose)
        elif len(stem) >= 3 and stem[0] in "含带有配附" and (having := re.search(
                rf"(?:[含带有配附]|{_WHETHER}){re.escape(stem[1:])}", text)) is not None \
                and free(having.end() - len(stem) + 1, having.end()):
            stated[key] = value  # 是否含氦气 of 「套装带氦气吗」: what it has, whichever word says so
            spans.append((having.start(), having.end()))
        elif len(stem) >= 3 and stem[0] == "无" and (lacking := re.search(
                rf"(?:没有?|不带){re.escape(stem[1:])}", text)) is not None \
                and free(lacking.end() - len(stem) + 1, lacking.end()):
            stated[key] = value  # 无耳洞 of 「没耳洞能戴吗」: what the buyer lacks, said with 没
            spans.append((lacking.start(), lacking.end()))
        elif len(stem) == 2 and _CJK_ONLY.fullmatch(stem) and (split := re.search(
                re.escape(stem[0]) + _WHICH_BETWEEN + re.escape(stem[1]), text)) is not None \
                and free(split.start(), split.end()):
            stated[key] = value  # 配竿 asked around its question word: 「这个线配哪个竿」
            spans.append((split.start(), split.end()))
        elif (comes_apart := next((m for part in (stem, *parts) if (m := _OPENS.fullmatch(part))), None)) \
                and any(said(f"{before}{comes_apart[1]}{after}")
                        for before, after in (("", "了"), ("", "开"), ("会", ""), ("有", ""))):
            stated[key] = value  # 开裂 of 「要是裂了保修吗」, 纹裂 of 「有裂吗」: what comes apart, said as it happens
        elif len(stem) >= 2 and _CJK_ONLY.fullmatch(stem) and stem[-1] not in "子儿头" \
                and not any(stem[-1] in name for name in own_names) and said(stem[-1] + "子"):
            # 替换芯 of 「有芯子换吗」: the thing its name ends with, called as buyers do (not 车子 of a 滑板车,
            # the goods themselves, of its 刹车)
            stated[key] = value
        elif "季" in key and (season := _SEASON.search(text)) is not None and free(season.start(), season.end()):
            stated[key] = value  # 适合季节 of 「冬天喷合适吗」: a season said, of the fact of its seasons
            spans.append((season.start(), season.end()))
        elif len(key) == 2 and key[1] == "色" and _CJK_ONLY.fullmatch(key) and (coloured := re.search(
                rf"{re.escape(key[0])}(?:的|是)?(?:颜色|什么色|啥色)|颜色的{re.escape(key[0])}", text)) is not None \
                and free(coloured.start(), coloured.end()):
            stated[key] = value  # 线色 of 「线的颜色有几种」「默认啥颜色的线」: the colour of that thing
            spans.append((coloured.start(), coloured.end()))
        elif (pair := _PAIRED.fullmatch(stem)) is not None and (said(pair[1] + pair[3]) or said(pair[2] + pair[3])):
            stated[key] = value  # 左右手 of 「左手能用吗」, 男女款 of 「女款有吗」: either of the two it names
        elif (pair := _PAIRED_WORDS.fullmatch(stem)) is not None and (said(pair[1]) or said(pair[2])):
            stated[key] = value  # 男孩女孩 of 「男孩子穿什么颜色好看」: either of the two words it names
        elif (counted := _COUNT_OF.fullmatch(key)) is not None and (how_many := re.search(
                rf"(?:几|多少){counted[1]}(?=的|[吗呢啊呀?？\s,，一每]|$)", text)) is not None \
                and free(how_many.start(), how_many.end()) and not _DOSE.search(text, 0, how_many.start()):
            stated[key] = value  # 节数 of 「竿子几节的」, 号数 of 「都是几号的」: how many of it
            spans.append((how_many.start(), how_many.end()))
        elif _LASTS.search(key) and (how_long := _HOW_LONG.search(text)) is not None \
                and (how_long[1] in key or _LIFE.search(key)) and free(how_long.start(), how_long.end()):
            # (寿命 of 「一顶能戴多久」: how long it lasts, whatever is done with it)
            stated[key] = value  # 佩戴时长 of 「能戴多久」: how long it lasts, by what is done (戴)
            spans.append((how_long.start(), how_long.end()))
        elif len(key) == 2 and _CJK_ONLY.fullmatch(key) and key[0] not in _NOT_A_THING_ALONE \
                and key[1] not in _NO_THING_AFTER and (one := re.search(
                rf"{_ASKED_OF_A_THING}{re.escape(key[0])}(?=[吗么嘛呢啊的?？]|$)", text)) is not None \
                and free(one.end() - 1, one.end()):
            stated[key] = value  # 胶水 of 「送胶吗」「送的是什么胶」: the thing by its first character
            spans.append((one.start(), one.end()))
        elif len(key) == 2 and _CJK_ONLY.fullmatch(key) and (called := re.search(
                rf"{_ASKED_OF_A_THING}{re.escape(key[1])}子", text)) is not None \
                and free(called.end() - 2, called.end()):
            stated[key] = value  # 灯杆 of 「送杆子吗」: the thing by its last character, as buyers call it with 子
            spans.append((called.end() - 2, called.end()))
        elif (tail := next((t for t in tails if not _within_a_word(text, t, words_at, key) and said(t)), None)) \
                is not None:
            stated[key] = value
            by_tail[key] = tail
        elif len(key) == 2 and key[1] in _MEASURE_ENDS and (part_asked := re.search(
                re.escape(key[0]) + r"(?:(?:子|口)?(?:的)?(?:有)?(?:" + _PART_MEASURED + ")"
                rf"|[\u4e00-\u9fff]{{1,6}}?多{key[1]})", text)) is not None \
                and free(part_asked.start(), part_asked.end()):
            # 盆径 of 「盆多大」, 口径 of 「口多大」: a part and its measure, by the part asked of; 座高 of
            # 「座椅最低能调到多高」: the part, then its own measure asked a few words on
            stated[key] = value
            spans.append((part_asked.start(), part_asked.end()))
        elif len(key) >= 2 and key[-1] == "度" and key[-2] in _MEASURE_ENDS and (
                how := re.search("多" + key[-2], text)) is not None and free(how.start(), how.end()):
            stated[key] = value  # 宽度 of 「带鱼多宽」, 伸缩长度 of 「长款能伸多长」: the measure asked by its own word
            spans.append((how.start(), how.end()))
        elif len(stem) >= 3 and (_HOW_MUCH.search(text) or _HOW_CHARGED.search(text)) and any(
                asking_clause(text, m.start()) != (-1, -1) and not text.startswith("的话", m.end())
                for m in re.finditer(re.escape(stem[:2]), text)) \
                and not _asked_as_another_kind(key, stem[:2], text, words_at) and said(stem[:2]):
            # 遥控距离 asked by its head and a measure: 「遥控多远」「走时准吗 一天差多少」; not where the head's
            # clause asks nothing (开业送礼 of 「开业送人 1.2米的多少钱」) or only supposes it (「刻字的话多久能发货」)
            stated[key] = value
    for key, tail in by_tail.items():  # 「一次冲水用多少水」: 冲水方式, not 断电冲水 beside it
        named_so = [other for other in stated if other != key and stem_of(other) == tail]
        says = _shared(text, stated[key], tail)
        if named_so and all(says > _shared(text, stated[other], tail) for other in named_so):
            for other in named_so:  # 「我床垫30公分厚能用吗」: 适用床垫 (床垫不要超过30cm厚), not 床垫 (不含床垫)
                del stated[other]
        elif named_so:
            del stated[key]
    if not stated:  # 「一包多少抽」 of wipes whose 规格 says 每包80抽: the one fact counting that unit
        for asked in _UNIT_COUNTED.finditer(text):
            counts = re.compile(_NUMERAL_RUN + re.escape(asked["unit"]))
            # 「一盒几只」 of crabs sold in 6只装 and 8只装: those, not a 破损 saying 死一只赔一只
            variants = [(label, [v for v in kinds if counts.search(v)])
                        for label, kinds in ((product.colour_label, product.colours),
                                             (product.size_label, product.sizes))]
            label, by_count = next(((label, found) for label, found in variants if found), ("", []))
            if by_count and not asked["thing"] and free(asked.start(), asked.end()) \
                    and not _LEFT.search(text, 0, asked.start()) and label not in product.attributes \
                    and not _BY_WEIGHT.search(text, 0, asked.start()) and not _DOSE.search(text, 0, asked.start()):
                # (「一斤几只」 asks how big each is; 「一次吃几片」 how many are taken)
                stated[label] = "、".join(by_count)
                spans.append((asked.start(), asked.end()))
                break
            if any(start <= asked.start() < start + len(word) and any(c.names(key) for c in kinds)
                   for word, (kinds, start) in words_at.items() for key in product.attributes):
                break  # 「能打多少张」 of a cartridge with 打印页数: that kind's fact, not 打5张左右就正常 beside it
            counting = [(key, value) for key, value in product.attributes.items()
                        if any(m[0][:-len(asked["unit"])] not in ("一", "1") for m in counts.finditer(value))
                        and (not asked["thing"] or asked["thing"] in value)]  # (「几个人」: not 2个棋罐)
            if len(counting) == 1 and free(asked.start(), asked.end()) and not _DOSE.search(text, 0, asked.start()) \
                    and not _LEFT.search(text, 0, asked.start()):  # 「还有几包」: how many are left
                stated[counting[0][0]] = counting[0][1]
                spans.append((asked.start(), asked.end()))
                break
    if not stated and (amount := _AMOUNT_OF.search(text)) is not None and free(amount.start(), amount.end()):
        # 「水是多少ml的」 of a set whose 内含 says 保湿水150ml+保湿乳100ml: the one fact giving that thing so much
        spelt = next((same for same in _SAME_AMOUNTS if amount["unit"] in same), (amount["unit"],))
        giving = re.compile(re.escape(amount["thing"]) + r"[\u4e00-\u9fff]{0,3}?\d+(?:\.\d+)?\s*(?:"
                            + "|".join(spelt) + ")")
        holding = [(key, value) for key, value in product.attributes.items() if giving.search(value.lower())]
        if len(holding) == 1:
            stated[holding[0][0]] = holding[0][1]
            spans.append(amount.span())
    models = device_models(text)  # (iphone13pro: a device the product may not fit, asked of the stock)
    for term in (*_LATIN_TERM.finditer(text), *_DISPLACEMENT.finditer(text)):
        # 「华为能用ldac吗」: a technical word said, in one fact alone; 「我车是1.5T的 选几升的」: an engine's size
        # (its spaces aside: the buyer's modely is the fact's Model Y)
        holding = [(key, value) for key, value in product.attributes.items()
                   if term[0] in "".join(f"{key} {value}".lower().replace("-", "").split())]
        if len(holding) > 1 and _COST_ASKED.search(text):  # 「gps要钱吗」: the fact that prices it (首年GPS服务免费,
            holding = [(key, value) for key, value in holding  # 第二年起每年48元), not the 保修 of its module
                       if any(term[0] in clause.lower() and _COSTS.search(clause) for clause in _CLAUSE.findall(value))]
        said_in_fact = "".join("".join(holding[0]).lower().replace("-", "").split()) if len(holding) == 1 else ""
        if len(holding) == 1 and free(term.start(), term.end()) \
                and not any(term[0] in m and m not in said_in_fact for m in models):
            stated.setdefault(*holding[0])
            spans.append((term.start(), term.end()))
    for model in models:  # 「苹果15能用这根吗」: iPhone15 of a 兼容 saying iPhone15/16是Type-C口…, in one fact alone
        spelled = {model, *(model.replace(brand, latin) for brand, latin in _BRANDS_IN_LATIN.items() if brand in model)}
        holding = [(key, value) for key, value in product.attributes.items()
                   if any(m in "".join(f"{key} {value}".lower().split()) for m in spelled)]
        if len(holding) == 1 and (at := text.find(model)) >= 0 and free(at, at + len(model)):
            stated.setdefault(*holding[0])
            spans.append((at, at + len(model)))
    # 「2.7米能投多大」: the fact saying 2.7米 (投影尺寸), in one fact alone; not the buyer's own measure
    # said to take a size by (「手指一圈53毫米 拍几号」: the chart's, sizing)
    lengths = list(_LENGTH_SAID.finditer(text))  # (most lines say none: the size asked is looked for only then)
    for measure in () if lengths and _SIZE_TAKEN.search(text) else lengths:
        units = next(same for same in _SAME_UNITS if measure["unit"] in same)
        said_as = re.compile(rf"(?<![\d.]){re.escape(measure['number'])}\s*(?:{'|'.join(units)})(?![a-z])")
        holding = [(key, value) for key, value in product.attributes.items() if said_as.search(value.lower())]
        if len(holding) == 1 and free(measure.start(), measure.end()):
            stated.setdefault(*holding[0])
            spans.append((measure.start(), measure.end()))
    for number in _NUMBER_NAMING.finditer(text):  # 「能跟84一起用吗」: 84 of 84消毒液, in one fact alone
        naming = re.compile(rf"(?<![\d.]){number[0]}(?=[\u4e00-\u9fff])(?!{_UNIT_AFTER})")
        holding = [(key, value) for key, value in product.attributes.items() if naming.search(value)]
        if len(holding) == 1 and free(number.start(), number.end()):
            stated.setdefault(*holding[0])
            spans.append((number.start(), number.end()))
    for number in _NUMBER_OF_A_THING.finditer(text):
        if product.find_size(number[0]) or product.find_colour(number[0]):
            continue  # (a size of its own said so: that size)
        measured = re.compile(rf"(?<![\d.]){number[0]}\s*(?:mm|毫米|cm|厘米|公分|寸|英寸)")
        holding = [(key, value) for key, value in product.attributes.items() if measured.search(value.lower())]
        if len(holding) == 1 and free(number.start(), number.end()):
            stated.setdefault(*holding[0])
            spans.append((number.start(), number.end()))
    if not stated and (along := _THING_WITH_IT.search(text)) is not None and along["thing"][0] not in _NO_THING_STARTS \
            and free(along.start(), along.end()):  # 「带盆吗」 of succulents whose 发货方式 says 不带花盆
        had = re.compile(rf"(?:带|送|配|含|有)[\u4e00-\u9fff]?{along['thing']}")
        for key, value in product.attributes.items():
            if had.search(value):
                stated[key] = value
                spans.append((along.start(), along.end()))
    missing: list[tuple[str, int, int]] = []  # (kind, where it was asked)
    unasked: list[tuple[str, int, int]] = []  # kinds asked that the shop does not state, and where
    by_word = {w: found for w, found in words_at.items()
               if free(found[1], found[1] + len(w)) and not _left_out(text, found[1], found[1] + len(w))}
    said_of: dict[str, tuple[str, ...]] = {}  # every word the buyer said of a kind (会缩, 缩水)
    for word, (kinds, _) in by_word.items():
        for concept in kinds:
            said_of[concept.name] = (*said_of.get(concept.name, ()), word)
    named_at = list(spans)  # where the shop's own fact names were said (含床垫 of 是否含床垫)
    # the things a material is asked of (拉链 and 五金 of 「拉链五金是什么材质」): no fact that names them answers
    subjects = {other for word, (kinds, start) in by_word.items()
                if any(c.field == "material" for c in kinds) and _of_another(word, start, by_word)
                for other, (_, at) in by_word.items() if other != word and start - 2 * _OF_GAP <= at < start}
    for word, (kinds, start) in by_word.items():
        if (of_part := _of_a_part_said(product, text, word, start, kinds)) is not None:
            stated.setdefault(*of_part)  # 「封面什么颜色」: 数量's 「封面颜色随机」, not the colours (内页) it comes in
            spans.append((start, start + len(word)))
            continue
        if any(a < start + len(word) and start < b for a, b in spans[len(named_at):]):
            continue  # 「是纯棉的吗」: 棉的 overlaps 纯棉, answered already, and asks nothing more
        if (any(c.field == "material" for c in kinds) or word in _OF_SOMETHING) and _of_another(word, start, by_word):
            continue  # 「拉链五金是什么材质」, 「功率多大」: asked of that other thing, not of the product's own
        if any(c.field == "material" for c in kinds) and _of_a_part(text, names, start):
            missing.append((word, start, start + len(word)))  # 「沙发腿是什么材质」: the legs', which the file
            continue                                          # may not say: not the product's own material
        if any(a < start + len(word) and start < b for a, b in named_at):
            continue  # 「包含床垫吗」: 包含 is part of asking 是否含床垫, not a kind (内含) of its own
        if named_at and all(word in c.weak for c in kinds):
            continue  # 「左手能用吗」: 左右手 is named; 能用吗, too general to name a fact, asks no 兼容 beside it
        if stated and text.startswith("的话", start + len(word)):
            continue  # 「刻字的话多久能发货」: what the question supposes, not what it asks
        if _names_itself(own_names, text, start):
            continue  # 「压缩的床垫睡着…」 of the 压缩床垫: the product named, no fact of 压缩 asked
        if word in _BEFORE_ANOTHER and any(at == start + len(word) for _, at in by_word.values()):
            continue  # 「能放洗碗机吗」: 能放 asks of the dishwasher, not how long it keeps
        if any(c.field == "care" for c in kinds) and word.endswith("洗") \
                and (washed := _washed(product, text, start + len(word))):
            stated.setdefault(*washed)  # 「洗洁精能洗水果吗」: what it washes (安全等级: 可以直接洗水果蔬菜),
            spans.append((start, start + len(word)))  # not how it is washed
            continue
        if any(c.field == "care" for c in kinds) and word.endswith("洗") and _WASHES.search(" ".join(own_names)) \
                and (washing := _THING_WASHED.match(text, start + len(word))) is not None:
            missing.append((word + washing.group(), start, washing.end()))  # 「能洗球鞋不」 of a washing machine: what
            continue                                                    # it washes, which no fact names
        if _LEFT.search(text, 0, start) and any(c.name == "净含量" for c in kinds):
            continue  # 「还有几包」: how many are left, not how many are in one
        if word[0] == "度" and _COLD_BEFORE.search(text, 0, start):
            continue  # 「零下二十多度能穿吗」: a temperature, no 度数 of lenses
        if not weak and all(word in c.weak for c in kinds) and not _alone(text, word) and not any(
                set(c.words) == set(c.weak) and any(c.names(key) for key in product.attributes) for c in kinds):
            # 「优惠券能用吗」 asks no compatibility; 「多少度啊」 alone asks the stated 酒精度 (but a kind told only
            # where the shop states it, 「我黄一白 粉底用哪个号」 of a 色号推荐, is asked of it by any of its words)
            continue
        # a fact of any of the word's kinds first (味道: 口感 of 口味), then a field or the free text; a word
        # of several kinds (味道) is too general to be looked for in another fact's value (「不要和有味道的东西放」)
        own = word if len(kinds) == 1 else ""
        found = next((facts for concept in kinds
                      if (facts := _from_attributes(product, concept, own, said_of[concept.name]))), [])
        if found and len(kinds) > 1:
            each = [facts for concept in kinds if (facts := _from_attributes(product, concept, own,
                                                                             said_of[concept.name]))]
            holds = functools.partial(_holds, text, word)
            if word in _OF_BOTH:  # 临期: how long it keeps and when it was made, both
                found = list(dict.fromkeys(fact for facts in each for fact in facts))
            elif holds(fuller := max(each, key=holds)) > holds(found):
                # 「华为手机能连吗」 of earphones stating both an App (有声浪App…) and 兼容 (…华为小米OPPO都可以): the
                # kind whose fact holds more of the buyer's other words, not the first kind listed
                found = fuller
        if not found and len(word) >= 2 and not all(word in c.weak for c in kinds) and not any(c.field for c in kinds) \
                and word not in subjects:  # (「拉链五金是什么材质」: not 内部结构's 一个拉链暗袋)
            # 「能放洗碗机吗」 where no fact is of its kind (耐温) but one says it (清洗: 炸篮能放洗碗机): that
            # fact, before a clause of the free text
            found = [(key, value) for key, value in product.attributes.items() if word in value.lower()][:1]
        if found and product.attributes and all(word in c.weak for c in kinds):
            # 「货车24v能用吗」: 能用吗 names 兼容 only weakly; a fact that holds the buyer's own words (电压:
            # 12V和24V车都能用,货车也可以) is the one asked, where it holds clearly more of them
            # (the product's own names said hold no more of one fact than another: 冰丝 of 「冰丝能装不」 in
            # 座椅加热's 冰丝比较薄)
            unnamed = functools.reduce(lambda rest, name: rest.replace(name, " "), sorted(own_names, key=len,
                                                                                           reverse=True), text)
            said_here = max(_shared(unnamed, f"{key}{value}", word) for key, value in found)
            fullest = max(product.attributes.items(), key=lambda kv: _shared(unnamed, f"{kv[0]}{kv[1]}", word))
            if _shared(unnamed, f"{fullest[0]}{fullest[1]}", word) >= max(3, said_here + 2):
                found = [fullest]
        if found and len(word) >= 3 and not any(word in f"{key} {value}".lower() for key, value in found) \
                and not any(key == c.name and word not in c.exact for key, _ in found for c in kinds):
            # 「能进微波炉吗」 of a bowl whose 耐温 says only 可以直接倒开水 and whose care text says 不能进微波炉:
            # the fact or clause that speaks of the buyer's very word, not a neighbour of its kind (but a fact
            # named for the kind answers a word of it that needs no exact thing: 登机 of 「能带上飞机吗」, not the
            # selling points' 带上飞机都方便)
            found = _saying(product, kinds[0].name, word) or found
        ways = next((c.said_as(word) for c in kinds if word in c.exact), (word,))  # (卫生间 of 可以放浴室用)
        if found and any(word in c.exact for c in kinds) \
                and not any(way in f"{key} {value}".lower() for key, value in found for way in ways):
            # 「有没有香精」 of a cream whose 主要成分 lists no 香精 but whose 孕妇可用 says 不含…香精: that one
            saying = [(key, value) for key, value in product.attributes.items()
                      if any(way in value.lower() for way in ways)][:1]
            if saying:
                stated.setdefault(*saying[0])
                spans.append((start, start + len(word)))
                continue
            missing.append((word, start, start + len(word)))  # 「能用洗碗机洗吗」 of a cup whose 耐温 says only
            continue                                          # 可以直接倒开水: not said, a person checks
        for concept in () if found or word in subjects else kinds:
            # (a word too general to name a fact, 能放, is looked for in neither a field nor the free text:
            # 「肉类都能放」, 「炸锅多重」 of one in 3.5L and 5.5L)
            # (a word too general to look for elsewhere, 写字 of a pen, still finds its kind's own name: 没有贺卡)
            by_variants = _variants_as_kind(product, concept)
            field = _kind_in_values(product, concept) if word in concept.weak else (
                _from_field(product, concept, text) or by_variants or _from_free_text(product, concept, word,
                                                                                said_of[concept.name]))
            if field is not None and field == by_variants:
                variants_told.add(field[0])
            if field is not None and "上门" in word and "上门" not in field[1]:
                field = None  # 「能上门保养吗」: a visit asked, which a clause of 施工记录 says nothing of
            found = [field] if field else []
            if found:
                break
        for name, value in found:
            stated.setdefault(name, value)
        if found:
            spans.append((start, start + len(word)))
            continue
        if word in _LENGTHS_ASKED and len(by_its_end := [(k, v) for k, v in product.attributes.items()
                                                        if len(k) >= 2 and k.endswith(word[-1])]) == 1:
            stated.setdefault(*by_its_end[0])  # 「袜子多高的」 of socks whose 筒高 says 中筒,到脚踝上面约12cm: that one
            spans.append((start, start + len(word)))
            continue
        if all(word in c.weak for c in kinds):
            continue  # 「能用吗」 alone does not ask a fact the shop left out
        if not any(c.name in stated or any(c.names(k) for k in stated) for c in kinds):
            # (多少度 of a shower: its 温度, not a liquor's 酒精度, where the word is general)
            unasked.append((next(c for c in kinds if word not in c.weak).name, start, start + len(word)))
    if variants_told and len(stated) > len(variants_told):
        # 「我平时侧睡 选哪个厚度」 of one sold by its 厚度, whose 软硬度 says which: that fact, not the list
        stated = {name: value for name, value in stated.items() if name not in variants_told}
    elif variants_told and (advice := _whom_each_suits(product, text)) is not None:
        stated = dict([advice])  # 「女生新手拿几公斤的合适」: 适用人群's 15kg款适合女生和入门, not the weights alone
    several = len(_PIECE.findall(text)) > 1
    for name, start, end_of in unasked:
        # 「鞋底多厚」「USB口怎么用」「鞋底防滑吗」「充电器多大功率」: asked of, or as the subject of, a fact told
        # (not a harm: 「牛奶蛋白过敏能喝吗」 asks of an allergy, which 营养成分's 乳铁蛋白 says nothing of)
        # (「多少页 字大不大」: a question of its own after the 页数 told, a space between, is no subject of it)
        apart = bool(_ASKS_ITSELF.search(text[start:end_of]) or _ASKED_RIGHT_AFTER.match(text, end_of))
        if name not in _HARMS and any(
                (0 <= start - end <= 1 and not (apart and text[end:start].isspace())
                 and not _ENDS_ASKING.search(text, 0, end))  # (「一袋多少卡路里」: 卡路里 is what 多少 asks)
                or 0 <= begin - end_of <= 1
                or _MEASURE_BETWEEN.match(text[end:start])
                or (begin < end_of and start < end) for begin, end in spans):  # (一盒几片: 几片 told, 一盒几 with it)
            continue
        if several and asking_clause(text, start) == (-1, -1):
            continue  # 「鞋底防滑吗 下雨天」: a word in a clause that asks nothing
        if name in (product.colour_label, product.size_label):
            continue  # 「选哪个厚度」 of a mattress whose variants are its 厚度: those, not a fact to check
        if _told_in(name, stated.values(), text[start:end_of]):
            continue  # 「啥时候生产的」 of a 保质期 saying 「现在发的是10月生产的批次」: told already
        if name not in _HARMS and start >= 2 and _CJK_ONLY.fullmatch(owner := text[start - 2:start]) \
                and not _FUNCTION_PAIR.search(owner) \
                and any(owner in value.lower() for value in stated.values()):
            # 「能连小爱音箱吗」 of an App fact saying 支持小爱同学: 小爱's speaker, not the goods' own 音箱 (but
            # 蛋白过敏 of 乳铁蛋白 is still an allergy asked)
            continue
        missing.append((name, start, end_of))
    opened = [(k, v) for k, v in product.attributes.items() if _OPENED_SAID.search(v)] \
        if stated and _OPENED.search(text) else []
    if opened and (how_long := _HOW_LONG_KEPT.search(text)) is not None and not any(
            _OPENED.search(piece[0]) for piece in _PIECE.finditer(text)
            if piece.start() <= how_long.start() < piece.end()):
        # 「能放多久 开了要放冰箱吗」: how long it keeps, and the fact of it opened, each asked in its clause
        stated.setdefault(*opened[0])
        opened = []
    if opened:  # 「开了能放多久」: not the 保质期 of the sealed pack, the fact of it opened (its time, asked how long)
        timed = [(k, v) for k, v in opened if _A_DURATION.search(v)] if _HOW_LONG_KEPT.search(text) else []
        timed = [(k, v) for k, v in timed if k in stated] or timed  # 「拆开多久能睡」: 回弹, asked, not 试睡
        stated = dict(timed[:1] or [(k, v) for k, v in stated.items() if _OPENED_SAID.search(v)] or opened[:1])
    if phrases and not stated and (said_in := _phrase_asked(text, known, own_names)) is not None:
        phrase, at = said_in
        told_by = told_of(product, phrase, after=_AFTER_A_PHRASE.sub("", text[at + len(phrase):]))
        if told_by is not None and all(at <= start and end <= at + len(phrase) for _, start, end in missing):
            stated[told_by[0]] = told_by[1]  # (「ipad能用吗」 of a mouse: iPad in its 兼容, not a bag's 容纳)
            spans.append((at, at + len(phrase)))
            missing = []
    if (comes := _COMES_WITH.search(text) or shared_regex("东西送不送").match(text)) is not None and (
            (thing := comes["thing"]) in stated or any(thing in v.lower() for v in stated.values())):
        # 「送墨水吗」「带墨水吗」「调音器送吗」: whether it comes with it, which a fact of what is in the box
        # says (内含: 钢笔一支、一瓶黑色墨水), not the fact named 墨水 (how it takes ink); 「带刷子吗」 of a palette
        # whose 内含 says 附带一支双头眼影刷: that (刷子 by its 刷), not 飞粉 whose words say 用刷子蘸完
        stem = thing[:-1] if thing[-1] in "子儿" else thing
        listed = next(((k, v) for k, v in product.attributes.items()
                       if _CONTENTS_KEY.search(k) and stem in v.lower()), None)
        if listed is None and thing not in stated and not any(
                re.search(rf"(?:送|带|配|含|附)[^,，。;；]{{0,3}}{re.escape(thing)}", v) for v in stated.values()):
            # 「带滤材吗」 of a filter whose 保修 says 滤材是耗材不保修 and whose 内含 lists 滤棉、生化棉、陶瓷环 by
            # name: what is in the box says whether it comes, not a fact that names it in passing (but 轮胎's
            # 不送打气筒 says it of 「送打气筒不」)
            listed = next(((k, v) for k, v in product.attributes.items() if _CONTENTS_KEY.search(k)), None)
        if listed is not None:
            stated = {listed[0]: listed[1], **{k: v for k, v in stated.items()
                                               if k != thing and thing not in v.lower()}}
    if not stated and (has := re.search(_HAS_THING, text)) is not None \
            and (listed := _listing(product, has["thing"])) is not None:
        # 「送领导的 有礼袋吗」 of a gift box whose 内含 lists 手提礼袋一个: what comes with it, not its stock
        stated[listed[0]] = listed[1]
        spans.append((has.start(), has.end()))
    if not stated and (which := _WHICH_INSIDE.search(text)) is not None \
            and (listed := _listing(product, which["thing"].removesuffix("子").removesuffix("儿"))) is not None:
        # 「12支都有哪些刷子啊」 of a set whose 内含 lists 散粉刷、腮红刷…: what it holds, not the stock of the 12支
        stated[listed[0]] = listed[1]
        spans.append((which.start(), which.end()))
    if len(stated) == 1 and _CONTENTS_KEY.search(contents := next(iter(stated))) \
            and (has := re.search(_HAS_THING, text)) is not None and has["thing"] not in stated[contents].lower() \
            and len(holding := [(k, v) for k, v in product.attributes.items() if has["thing"] in v.lower()]) == 1:
        stated = dict(holding)  # 「盒子里有价格单吗」: 包装's 礼盒里不放价格单, not a 内含 that says nothing of it
    if (choosing := _choice_asked(product, text)) is not None:
        stated = dict([choosing])  # 「我近视650度 选哪个镜片好」: 镜片怎么选, not 镜片 nor 度数 beside it
    elif len(stated) > 1:  # (「镜片是什么牌子的」: 镜片, not how to choose one, no choice asked)
        stated = {key: value for key, value in stated.items() if not _CHOICE_KEY.fullmatch(key.lower())} or stated
    stated = _by_their_heads(stated, text)
    if stated and (sided := {k for k in stated if of_the_other_side(k, text)}):
        # 「外机多大尺寸」 of an air conditioner whose 内机尺寸 says 内机宽82厘米: not that one's, which it does not say
        stated = {k: v for k, v in stated.items() if k not in sided}
        missing.extend((_SIDES[k[0]] + k[1:], 0, 0) for k in sided)  # (外机尺寸, as asked)
    # a clause told as a fact of its own that another fact told says already (安装：安装费100元 beside
    # 吊装：…需要上门吊装可以在京东预约,安装费100元) is said once
    items = list(stated.items())
    kept = [(k, v) for i, (k, v) in enumerate(items)
            if not any(v in v2 and (len(v2) > len(v) or j < i) for j, (k2, v2) in enumerate(items) if j != i)]
    return Facts(tuple(kept), tuple(dict.fromkeys(m for m, _, _ in missing if m not in stated)),
                 min(spans) if spans and stated else None)


#: A fact named for how to choose among a thing's kinds: 镜片怎么选, 尺码如何选择, 选购建议, 选择 (the thing: 镜片).
_CHOICE_KEY = re.compile(r"(?P<thing>[^\s:：]{1,6}?)(?:怎么|如何|咋)(?:选择?|挑)"
                         r"|(?P<any>(?:选购|挑选|选择)(?:建议|指南|方法)?|怎么选|如何选择?)")
#: Which of the variants suits, asked: 「拿几公斤的合适」「选哪个好」「买多重的」.
_WHICH_SUITS = re.compile(r"(?:几|多|哪)[^,，。?？!！\s]{0,4}(?:的)?(?:合适|好|适合)|(?:选|买|拿|挑|要)(?:几|多|哪)")
#: Characters of asking and measuring, which name no one a fact says a variant suits.
_NO_ONE = re.compile(r"[的了吗呢啊吧是有在不没么哪个几多少怎能会要可以合适选拿买公斤克米寸号码]")


#: The two sides of a thing a fact's name may begin with: 内机 and 外机, 前轮 and 后轮, 上层 and 下层.
_SIDES = {"内": "外", "外": "内", "前": "后", "后": "前", "上": "下", "下": "上", "左": "右", "右": "左"}


def of_the_other_side(key: str, text: str) -> bool:
    """Whether ``key`` names one side of a thing (内机尺寸: 内机) and ``text`` the other side alone (外机)."""
    side = key[:2]
    if len(key) < 3 or side[0] not in _SIDES or not "\u4e00" <= side[1] <= "\u9fff":
        return False
    return f"{_SIDES[side[0]]}{side[1]}" in text and side not in text


def _whom_each_suits(product: Product, text: str) -> tuple[str, str] | None:
    """The one fact that says which variant suits whom, where the line asks which suits and names
    someone it says (「女生新手拿几公斤的合适」 of 适用人群: 15kg款适合女生和入门,24kg款适合大部分男生)."""
    if _WHICH_SUITS.search(text) is None:
        return None
    said = {pair for pair in cjk_pairs(text) if not _NO_ONE.search(pair)}
    advising = [(key, value) for key, value in product.attributes.items()
                if any(size.lower() in value.lower() for size in (*product.sizes, *product.colours))
                and any(pair in value for pair in said)]
    return advising[0] if len(advising) == 1 else None


#: Which to choose, asked: 「选哪个镜片好」「买哪个」「怎么选」「推荐哪款」.
_CHOICE_ASKED = re.compile(r"(?:选|买|挑|拍|用|要)(?:哪个|哪款|哪种|哪一种|什么|啥)|(?:怎么|咋|如何)(?:选|挑)"
                           r"|推荐哪|哪个好|哪种好")


def _choice_asked(product: Product, text: str) -> tuple[str, str] | None:
    """The product's fact of how to choose (镜片怎么选: 300度以内选1.56就够;…), where the line asks which to choose
    of the thing it names, or of anything where the fact names no thing (选购建议); None otherwise."""
    if _CHOICE_ASKED.search(text) is None:
        return None
    return next(((key, value) for key, value in product.attributes.items()
                 if (m := _CHOICE_KEY.fullmatch(key.lower())) is not None
                 and (m["any"] is not None or m["thing"] in text)), None)


def _by_their_heads(stated: dict[str, str], text: str) -> dict[str, str]:
    """``stated`` with facts of one kind told apart by their names' heads (展开尺寸, 收纳尺寸) narrowed
    to those whose head the line says, in full (「展开多大」) or by its first character and 起来
    (「收起来多大」); all of them where it says none."""
    for tail in {key[-2:] for key in stated if len(key) >= 3}:
        group = [key for key in stated if len(key) >= 3 and key.endswith(tail)]
        said = [key for key in group if key[:-2] in text or f"{key[0]}起来" in text]
        if len(group) >= 2 and 0 < len(said) < len(group):
            stated = {key: value for key, value in stated.items() if key not in group or key in said}
    return stated


#: Whether a thing comes with it, asked: 「送墨水吗」「带不带充电器」「有没有送杯子」 (the thing: 墨水).
_COMES_WITH = re.compile(r"(?:送不送|带不带|有没有送|有送|送|带|附|配|含)(?:个|一个|一瓶|一盒|一支|一套|的)?"
                         r"(?P<thing>[\u4e00-\u9fff]{2,4}?)(?:吗|么|嘛|不|没|呢|[?？]|$)")
#: The name of a fact that lists what comes in the box: 内含, 包装清单, 配件, 赠品, 套装内含.
_CONTENTS_KEY = re.compile(r"内含|清单|配件|附件|赠品|包含|套装|盒内|包装内")


#: How many of a unit, asked by the unit alone (「一包多少抽」「一盒几片」「几颗」): not money, time, an age
#: or degrees (「多少度」 asks a wine's 酒精度, not the 18度 of how it is stored).
def _least_order(product: Product, text: str) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """The product's fact of the least it takes an order of (起订量: 50个起订), where the buyer asks
    whether fewer will do (「要30个可以吗」), or of the most one buyer may take (限购: 每个ID限购2袋), where the
    buyer asks for more (「能买5袋吗」): that fact, and where it was asked."""
    asked = _SO_MANY_ASKED.search(text)
    if asked is None or (count := parse_numeral(asked["n"])) is None:
        return None
    least = kinds_by_name().get("起订量")
    for key, value in product.attributes.items():
        said = re.search(rf"(\d+)\s*{_UNIT_OF_ORDER}?\s*(?:起订|起拍|起做|起售|起批)", value)
        if least is not None and least.names(key) and said is not None and count < int(said[1]):
            return (key, value), (asked.start(), asked.end())
        most = re.search(rf"限购\s*(\d+)\s*{_UNIT_OF_ORDER}?", value)
        if most is not None and count > int(most[1]):
            return (key, value), (asked.start(), asked.end())
    return None


#: The unit an order is counted in: 50个, 2袋.
_UNIT_OF_ORDER = "[个件套盒份只张包瓶袋罐支条双箱本]"


#: Whether so many will do: 「要30个可以吗」「拍20盒行不行」「做10件能做吗」「能只买50个吗」「能买5袋吗」.
_SO_MANY_ASKED = re.compile(r"(?:(?P<may>能|可以|能不能|可不可以)\s*只?|只)?(?:要|买|拍|订|做|定)\s*"
                            r"(?P<n>[\d一二两三四五六七八九十百]+)\s*" + _UNIT_OF_ORDER +
                            r"\s*(?:可以吗|行吗|行不行|可以不|可不可以|能拍吗|能买吗|能做吗|能订吗|做吗|卖吗|"
                            r"(?(may)(?:吗|不|嘛|么)))")


def _count_in_its_name(product: Product, text: str) -> tuple[tuple[str, str], tuple[int, int]] | None:
    """How many of a unit the variant named holds, where its own name says it (「一盒多少粒」 of capsules
    whose 10粒装 is also called 一盒): that variant, under the shop's label, and where it was asked; the
    fact of that label where the product states one (「10公斤的能烘几公斤」 of a washer-dryer sold by 容量,
    whose 容量 says 10公斤款洗涤10公斤、烘干7公斤: not 10公斤 alone)."""
    asked = _UNIT_COUNTED.search(text)
    if asked is None:
        return None
    counts = re.compile(_NUMERAL_RUN + r"\s*" + re.escape(asked["unit"]))
    for variant, label in (*((s, product.size_label) for s in product.sizes),
                           *((c, product.colour_label) for c in product.colours)):
        if counts.search(variant) and any(n.lower() in text for n in product.names_of(variant)):
            return (label, product.attributes.get(label, variant)), (asked.start(), asked.end())
    return None


#: A weight said before a count asked: 「一斤几只」「每公斤多少个」.
_BY_WEIGHT = re.compile(r"斤|公斤|千克|kg|克|两")
#: How many of a unit asked (「一包多少抽」), the thing counted after it or not (「一共多少颗子」「几张牌」).
_UNIT_COUNTED = re.compile(r"(?:几|多少)(?P<unit>(?![钱块元天号码寸点时月年周岁分秒次遍趟折度])[\u4e00-\u9fff])"
                           r"(?:(?=的|[吗呢啊呀?？\s,，一每]|$)"
                           r"|(?P<thing>[\u4e00-\u9fff]{1,2}?)(?=[吗呢啊呀?？\s,，]|$))")
_NUMERAL_RUN = r"(?:\d+|[一二两三四五六七八九十百千]+)"


def _of_a_part_said(product: Product, text: str, word: str, start: int,
                    kinds: Sequence[Concept] = ()) -> tuple[str, str] | None:
    """The fact whose value says the kind ``word`` of a part the buyer names right before it (封面 of
    「封面什么颜色」, in 一包5本,封面颜色随机): that fact, not the kind's of the whole product; where
    one of the ``kinds`` is told in values its own way (浓度: 10%) and a fact tells it so, only such a
    fact (「烟酰胺浓度多少」 is not 适合肤质's 烟酰胺浓度比较高)."""
    before = _PART_BEFORE.search(text, 0, start)
    if before is None:
        return None
    told = [c.told_in for c in kinds if c.told_in is not None
            and any(c.told_in.search(value) for value in product.attributes.values())]
    part, core = before["part"], _ASKING_HEAD.sub("", word)  # (什么颜色: 颜色)
    for cut in range(len(part) - 2 + 1):
        said = part[cut:] + core
        holding = [(key, value) for key, value in product.attributes.items() if said in value.lower()
                   and (not told or any(t.search(value) for t in told))]
        if holding:
            return holding[0]
    return None


#: The words of asking a kind's word may begin with: 什么颜色, 啥材质, 几种颜色.
_ASKING_HEAD = re.compile(r"^(?:什么|啥|哪些|有哪些|哪几种|有几种|几种|几个|几款|哪种)")
#: A part named right before a kind's word asked of it: 「封面什么颜色」「盖子是啥材质」.
_PART_BEFORE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,4})(?:是|的)?(?:什么|啥|哪种|哪个)?$")


def _shared(text: str, value: str, besides: str) -> int:
    """How much of ``text`` besides the word ``besides`` a fact's ``value`` says: the numbers and the
    pairs of characters of the text it holds (30 and 厚 of 「床垫30公分厚」 in 床垫不要超过30cm厚)."""
    rest = text.replace(besides, " ")
    numbers = {n for n in re.findall(r"\d+(?:\.\d+)?", rest) if n in value}
    pairs = sum(1 for a, b in itertools.pairwise(rest) if a + b in value and a.strip() and b.strip())
    single = {c for c in rest if "\u4e00" <= c <= "\u9fff" and c not in _SAY_LITTLE and c in value}
    return len(numbers) + pairs + len(single)


def _holds(text: str, word: str, facts: Sequence[tuple[str, str]]) -> int:
    """How much of ``text`` besides ``word`` the ``facts`` say, each as `_shared` counts it."""
    return sum(_shared(text, f"{key}{value}", word) for key, value in facts)


#: Characters too common in questions and facts alike to tell one fact from another.
_SAY_LITTLE = frozenset("我你您他她它的了吗呢啊呀吧么嘛能用是有不在这那个就都也还会要可以和跟与")


#: How many taken at a time, said before 几粒 (「一天吃几粒」「每次几片」): a dose, not the 粒数 of a bottle.
_DOSE = re.compile(r"[一每](?:天|日|次|顿)(?:要|得|能)?[吃喝用服喂]?$|[吃喝服喂]$")  # (「吃几片」: a dose, not a pack)


#: A pack said to be opened (开了, 开袋后, 拆开), and a fact saying what holds once it is (开袋后一个月内喝完;
#: not 未开封12个月).
_OPENED = re.compile(r"开了|开(?:袋|封|盖|瓶|罐|包|桶|箱)(?:了|后|以后|之后)?|拆(?:开|封)|打开")
_OPENED_SAID = re.compile(r"(?<![未没不])开(?:袋|封|盖|瓶|罐|包|桶|箱)(?:后|以后|之后)"
                          r"|(?<![未没不])(?:拆|打)开(?:后|以后)|开了以后")
_HOW_LONG_KEPT = re.compile(_HOW_LONG.pattern + r"|几天|几个月|放多|保存多")  # how long, or how many days


#: A bare question of one short phrase and nothing more, which a fact may answer in its own words:
#: after a verb of being able or having (「能换芯吗」「这个笔可以换芯不」「有报关单吗」「要开瓶器吗」),
#: before one (「电磁炉能用吗」), said to be (「洗衣机是变频的吗」), alone (「开瓶器呢」「双卡双待吗」), or
#: as 「A不A」 (「硌不硌」).
_PHRASE_ASKED = re.compile(
    rf"^(?:(?:亲|请问|那|还)\s*)*(?:(?:{_LEADING})[\u4e00-\u9fff]{{0,2}}?)?"
    r"(?:(?:能不能|可不可以|能否|可否|可以|能|支持|会不会|会|有没有|有|带不带|带|送不送|送|配|附|要不要|需不需要|用不用"
    r"|需要|要)(?P<core>(?!不)[\u4e00-\u9fff]{2,6}?|[a-z][a-z0-9.-]{1,7})(?:吗|嘛|么|不|没|啊|呀|哈|的)*"
    r"|(?P<before>[\u4e00-\u9fff]{2,6}?|[a-z][a-z0-9.-]{1,7})(?:能不能|可不可以|可以|能)(?:用|放|装|上|进|吃|喝|穿|戴|坐|骑|玩)(?:吗|么|嘛|不)?"
    r"|[\u4e00-\u9fff]{0,4}?是(?P<is>[\u4e00-\u9fff]{2,6}?)的?(?:吗|么|嘛)"
    r"|(?P<alone>[\u4e00-\u9fff]{2,6}?)(?:呢|有吗|有没有|吗|么|嘛)"
    r"|(?P<ab>(?![好是有要能会行对可在用买发卖包送退换到来去做])[\u4e00-\u9fff])不(?P=ab)[啊呀呢哈]?"
    r"|(?P<much>[\u4e00-\u9fff]{2,6}?|[a-z][a-z0-9.-]{1,7})(?:是|有|大概|一般)?多少[啊呀呢哈]?"
    r"|(?:有)?几个(?P<count>[\u4e00-\u9fff]{2,4}?|[a-z][a-z0-9.-]{1,7})(?:接口|口)?[啊呀呢哈]?"
    r"|(?P<latin>[a-z][a-z0-9.-]{1,7})(?:接口|口)?(?:有)?(?:呢|吗|么|嘛|有几个|几个))"
    r"[?？。!！~～\s]*$")

#: A verb a phrase may start with, before the thing it is done to: 放床底, 装电脑, 泡温泉, 去海边.
_DONE_TO = "放装用带穿洗进上过配泡去"
#: What a phrase found in the product's free text is told under, and one found in its material.
FREE_TEXT = "详情"
MATERIAL = "材质"


def told_of(product: Product, phrase: str, asides: bool = True, after: str = "") -> tuple[str, str] | None:
    """The fact whose value says ``phrase`` (「能换芯吗」: 可以换芯), or the thing it names
    (「有杯子吗」: 红酒杯, 「能放床底吗」: 推到床底), else the clause of the selling points, the
    material or the care text that says it. ``asides=False``: not a fact of another kind that says it only
    in brackets or as what it has not (尺寸's 长1326毫米(不含琴架) of 「送个琴架呗」; 赠品's 不含琴凳 still is).
    Of facts saying it alike, one whose name shares a character with what the buyer said ``after`` it
    comes first (接口 of 「几个hdmi口」, not 赠品's 一根HDMI线)."""
    if phrase.startswith("真") and len(phrase) >= 3 and product.material:
        # 「羽毛是真羽毛吗」: what the thing is made of, in the material's clause naming it (羽毛是天然火鸡毛)
        made_of = next((c for c in SMALL_PARTS.split(product.material) if phrase[1:] in c.lower()), None)
        if made_of is not None:
            return MATERIAL, made_of
    candidates = [phrase]
    if ((phrase.endswith("子") and len(phrase) >= 2) or len(phrase) >= 3) and _CJK_ONLY.search(phrase[:-1]):
        candidates.append(phrase[:-1])  # 杯子: 杯; 广电卡: 广电; not usb线: usb (a port is no cable)
    if phrase[0] in _DONE_TO and len(phrase) >= 3:
        candidates.append(phrase[1:])
    for said in candidates:
        holding = [(key, value) for key, value in product.attributes.items() if said in value.lower()
                   and (asides or _CONTENTS.search(key) or _in_passing(value.lower(), said) < 2)]
        if holding:  # (「底座带吗」: 「包装里带底座」 before 「整机尺寸…(不含底座)」, a mention in passing)
            # (and of two said alike, the fact named for what comes: 内含 before 搭建's 打地钉)
            return min(holding, key=lambda kv: (_in_passing(kv[1].lower(), said), not set(kv[0]) & set(after),
                                                not _CONTENTS.search(kv[0])))
    clauses = free_text_clauses(product)
    for said in (c for c in candidates if len(c) >= 2):
        clause = next((c for c in clauses if said in c.lower()), None)
        if clause is not None:
            return FREE_TEXT, clause
    return None


#: Said after a phrase asked that names no fact: 「几个hdmi口啊」 leaves 口.
_AFTER_A_PHRASE = re.compile(r"[吗嘛么呢啊呀哈的有几个?？。!！~～\s]")


def free_text_clauses(product: Product) -> list[str]:
    """The clauses of the product's selling points, material and care text, in that order
    (what a fact found there is told as, under `FREE_TEXT`)."""
    return [clause for text in (product.selling_points, product.material, product.care)
            for c in _CLAUSE.findall(text or "") if (clause := c.strip(" ,，"))]


#: A fact's name that says what comes in the box (内含, 包装清单, 配件, 赠品, 标配).
_CONTENTS = re.compile(r"含|清单|配件|附件|赠|标配|配置|随附")


def _in_passing(value: str, said: str) -> int:
    """How much of an aside ``said`` is in ``value``: 0 said as what it has (带底座, 送底座), 1 said
    plain, 2 in brackets or as what it has not (不含底座)."""
    at = value.find(said)
    before = value[:at]
    if re.search(r"(不|未|没)(含|带|送|配|附|包括)$", before) or before.count("(") > before.count(")") \
            or before.count("（") > before.count("）"):
        return 2
    return 0 if re.search(r"(带|含|送|配|附|包括|包含)$", before) else 1


#: Phrases that ask of the order, not of the product, whatever a fact's words say (有现货吗, 有发票吗):
#: data, ``intents/data/of_the_order.txt``.
@cache
def _of_the_order() -> frozenset[str]:
    text = (resources.files("intents") / "data" / "of_the_order.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#"))


def _phrase_asked(text: str, names: list[str], own: Sequence[str] = ()) -> tuple[str, int] | None:
    """The phrase a bare question asks, and where, unless it names the product, a variant,
    a place or a courier (「能要黑色吗」 asks for the colour, 「那北京呢」 of the place), or
    asks of the order. What it is said to be (「是压榨的吗」) may be a word of the product's
    own names ``own`` (压榨一级花生油): asked to be confirmed, by the fact that says it."""
    lowered, offset = text.lower(), 0
    m = _PHRASE_ASKED.match(lowered)
    if m is None and own \
            and (lead := re.match(rf"(?:(?:亲|请问|那|还)\s*)*(?:{_names_first(own)})的?\s*", lowered)) is not None:
        # 「那玻璃壳有华为的吗」 on the glass case's page or of it: the product named first, then the bare question
        offset = lead.end()
        m = _PHRASE_ASKED.match(lowered[offset:])
    if m is None:
        return None
    group = next(name for name in ("core", "is", "alone", "before", "ab", "much", "count", "latin") if m[name])
    phrase = m[group] if group != "ab" else "不" + m[group]  # 「硌不硌」: a value saying 不硌 (not any 卡 of 双卡)
    confirmed = group == "is" and any(phrase in name and phrase != name for name in own)
    if group == "is" and phrase.startswith("真") and len(phrase) >= 3:
        return phrase, offset + m.start(group)  # 「羽毛是真羽毛吗」: whether it is what it seems, not which variant
    bare = phrase.removesuffix("的")  # (「明月的呢」 of lenses in 明月标准 and 明月防蓝光: the variants)
    if phrase in _of_the_order() or phrase in _places_and_couriers() or _sent_to_a_place(phrase) \
            or any(name in phrase or bare in name for name in names if not (confirmed and name in own)):
        return None
    return phrase, offset + m.start(group)


def _names_first(names: Sequence[str]) -> str:
    """``names`` as alternatives of a regex, the longest first."""
    return "|".join(re.escape(name.lower()) for name in sorted(names, key=len, reverse=True))


def _sent_to_a_place(phrase: str) -> bool:
    """Whether ``phrase`` is a place and sending there (新疆发 of 「新疆发吗」「西藏能寄不」): a question of
    shipping, not of a fact whose value names the place (100%新疆长绒棉)."""
    return _place_sent_to().fullmatch(phrase) is not None


@cache
def _place_sent_to() -> re.Pattern[str]:
    places = sorted(region_aliases(), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, places))})(?:也|能|可以)?(?:发|寄|到|送|配送|包邮)")


@cache
def _places_and_couriers() -> frozenset[str]:
    return frozenset((*region_aliases(), *courier_aliases()))


#: Up to how many variants of a kind one named is told apart from (the rest being the others of it).
_FEW_TO_TELL_APART = 3


def telling_apart(product: Product, entities: Entities) -> Facts:
    """The facts of ``product`` whose values speak of either of two (or more) of its variants
    named (无线充电: 只有无线充版的充电盒支持Qi无线充,标准版只能插线充), where two are named, or one
    of a kind of two or three (「幼猫的配方有啥不一样」 of 幼猫粮 and 成猫粮: from the other)."""
    named = list(dict.fromkeys(v for v in (*(product.find_colour(c) for c in entities.colours),
                                          *(product.find_size(z) for z in entities.sizes)) if v is not None))
    if len(named) == 1:
        kind = product.colours if named[0] in product.colours else product.sizes
        named = list(kind) if 2 <= len(kind) <= _FEW_TO_TELL_APART else named
    if len(named) < 2:
        return Facts()
    spellings = {v: [name.lower() for name in product.names_of(v)] for v in named}

    def naming(text: str) -> set[str]:
        return {v for v in named if any(w in text.lower() for w in spellings[v])}

    stated = [(key, value) for key, value in product.attributes.items() if naming(value)]
    clauses = [clause for clause in free_text_clauses(product) if naming(clause)]
    if set().union(*map(naming, clauses)) == set(named) and len(clauses) > 1:
        # the free text's clauses that between them tell each apart (IH款是电磁立体加热…;普通款是底盘加热,
        # 性价比高): beside the facts that speak of both, before those that speak of one
        both = [(key, value) for key, value in stated if naming(value) == set(named)]
        return Facts((*both, (FREE_TEXT, "；".join(clauses)), *(f for f in stated if f not in both)))
    # else a clause of its free text that speaks of them (生茶香气高、回甘快,熟茶醇厚顺滑)
    return Facts(tuple(stated) or tuple((FREE_TEXT, clause) for clause in clauses)[:1])

