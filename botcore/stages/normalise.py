"""Stage 1: turn whatever a buyer typed into one canonical string.

Full-width to half-width (NFKC), traditional to simplified (OpenCC), 旺旺 emoticon
codes and emoji removed, control characters dropped, repeated punctuation folded,
ASCII lower-cased, a times sign between numbers written x (24*240 is 24x240), the words buyers commonly
mistype put right (副架驶 is 副驾驶, 酸步酸 is 酸不酸:
``botcore/data/typos.txt``). Numbers keep their spelling here; `botcore.stages.numbers` reads them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import opencc

from botcore.errors import InputError
from botcore.stages.numbers import parse_numeral

__all__ = ["MAX_CHARS", "Normalised", "normalise", "readable", "times_as_x"]

#: Messages longer than this are cut before matching (a buyer question is short;
#: a 100 KB paste is not a question). The cut is reported, never silent.
MAX_CHARS = 500

# 旺旺 / 千牛 emoticon codes: "/:^_^", "/:074", "/:-(", "/:8-)", and bracketed
# names "[微笑]" "[抱拳]". Bracketed names are short runs of Chinese only, so the
# platforms' de-identification placeholders such as "[姓名x]" survive.
_WANGWANG = re.compile(r"/:(?:\d{3}|[^\s\u4e00-\u9fff]{1,6})|\[[\u4e00-\u9fff]{1,4}\]")
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U00002b00-\U00002bff"
    "\U0000fe00-\U0000fe0f\U000020e3\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]"
)
_REPEATED_PUNCT = re.compile(r"([?!。,.~、…;:])\1+")
_SPACES = re.compile(r"\s+")
_READABLE = re.compile(r"[^\W_]")  # a letter, a digit or a CJK character, as str.isalnum
# CJK Unified Ideographs, Extension A and the compatibility ideographs.
_CJK_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@dataclass(frozen=True)
class Normalised:
    """A buyer message after normalising.

    ``text`` is what every later stage reads; ``raw`` is kept for logs and traces.
    """

    raw: str
    text: str
    truncated: bool = False

    @property
    def empty(self) -> bool:
        """True when nothing readable is left (only emoji, spaces, control characters)."""
        return not readable(self.text)


def readable(text: str) -> bool:
    """Whether a normalised text has a letter, a digit or a character to read."""
    return _READABLE.search(text) is not None


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    """The CJK characters t2s changes on their own (about 4,200 of 28,000, found once in
    10 ms by converting them all). Most messages hold none and skip OpenCC; a message
    with one is converted whole, phrases included (乾燥 -> 干燥)."""
    chars = [chr(c) for block in _CJK_BLOCKS for c in range(*block)]
    converted = _t2s().convert("\n".join(chars)).split("\n")
    return frozenset(a for a, b in zip(chars, converted, strict=True) if a != b)


# Unicode categories Cc, Cs, Zl and Zp (control characters, lone surrogates, line and
# paragraph separators: they separate, so they become a space) and Cf (format characters:
# zero-width spaces and joiners, bidirectional controls, the soft hyphen; invisible inside a
# word, so they are dropped: 「包\u200b邮吗」 is 包邮吗), as of Unicode 14;
# tests/test_normalise.py checks both classes against `unicodedata` for every code point.
_CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]")
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)


def normalise(raw: str) -> Normalised:
    """Normalise one buyer message. Raises `InputError` only for a non-string."""
    if not isinstance(raw, str):
        raise InputError(f"买家消息必须是文字(str),收到的是 {type(raw).__name__}。")
    text = raw
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    text = _WANGWANG.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = _FORMAT.sub("", _CONTROL.sub(" ", text))
    if not text.isascii() and not _traditional().isdisjoint(text):
        text = _t2s().convert(text)
    text = text.lower()
    text = _REPEATED_PUNCT.sub(r"\1", text)
    text = _SPACES.sub(" ", text).strip()
    text = _THOUSANDS.sub(_in_digits, text)
    if "百" in text:  # (numbers said in words are rare: the scans run only where one may be)
        text = _HUNDREDS.sub(_hundreds_in_digits, text)
    if "十" in text:
        text = _TENS.sub(_tens_in_digits, text)
    if "点" in text:
        text = _POINT_IN_WORDS.sub(_point_in_digits, text)
    text = _DIGIT_BY_DIGIT.sub(_digits_read, text)
    text = times_as_x(text)
    if "半" in text:
        text = _SIZE_AND_HALF.sub(_size_and_half, text)
    if "办" in text:
        text = _HALF_TYPED.sub("半", text)
    if "步" in text or "部" in text or "布" in text:
        text = _NOT_TYPED.sub(r"\1不", text)  # (the second said once more: 酸步酸步酸 in one pass)
    text = _TYPOS.sub(lambda typed: _TYPED[typed.group()], text)
    return Normalised(raw=raw, text=text, truncated=truncated)


#: A sum said in thousands or ten-thousands with the next digit after the unit, as buyers bargain: 7千6,
#: 八万八, 1万2, 三千五, 两万 (not 3.5万, nor 一千零五, nor 千万 alone: 「千万别」).
_THOUSANDS = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(?P<head>\d{1,2}|[一二两三四五六七八九])"
                        r"(?P<unit>[千万])(?P<tail>[一二两三四五六七八九\d])?(?![\d.零〇一二两三四五六七八九十百千万])")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


#: A number said in hundreds: 五百, 两百, 三百五, 一百二十, 四百五十五, 一百零五 (not 百度 of 「四百度」, read as
#: 400度; nor 三千五百, left to the later stages).
_HUNDREDS = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(?P<head>[一二两三四五六七八九])百"
                       r"(?:[零〇](?P<units>[一二三四五六七八九])|(?P<tens>[一二三四五六七八九])(?:十(?P<ones>[一二三四五六七八九])?)?)?"
                       r"(?![\d.零〇一二两三四五六七八九十百千万])")


#: A times sign between two numbers, as buyers write a size: 24*240, 30×280, 40乘60, 2米乘3米 (read as 24x240,
#: 40x60, 2米x3米; a shop's alias is read so too).
_TIMES = re.compile(r"(?:(?<=\d)|(?<=\d米)|(?<=\dcm))\s*(?:[*×✕✖]|乘以?)\s*(?=\d)")
#: A number with a decimal said in words (一点五, 十四点五, 50点五), not run on into a time (三点五十, 一点五分).
_POINT_IN_WORDS = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])"
                             r"(?P<whole>\d{1,3}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
                             r"点(?P<part>[一二三四五六七八九])(?![\d零〇一二两三四五六七八九十百千万分钟半])")
#: ... read as one where a unit follows it (一点五公斤) or the measure it gives comes before it (手围十四点五).
_UNIT_AFTER = re.compile(r"\s*(?:公斤|千克|斤|kg|米|厘米|公分|cm|寸|码|毫米|mm|升|l\b|岁)")
_MEASURE_BEFORE = re.compile(r"(?:手围|腕围|身高|体重|胸围|腰围|臀围|脚长|头围|指围)$")


def _point_in_digits(said: re.Match[str]) -> str:
    """一点五 as 1.5, 十四点五 as 14.5, where it stands before a unit or after its measure; else as said."""
    text = said.string
    if not (_UNIT_AFTER.match(text, said.end()) or _MEASURE_BEFORE.search(text, 0, said.start())):
        return said.group()
    whole = parse_numeral(said["whole"])
    return said.group() if whole is None else f"{whole:g}.{_CN_DIGITS[said['part']]}"


#: A size and a half said with its counting word between (九码半, 42码半, 7号半): 9.5码, 42.5码, 7.5号.
_SIZE_AND_HALF = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(?P<n>\d{1,2}|[一二两三四五六七八九十])"
                            r"(?P<unit>码|号)半")


def _size_and_half(said: re.Match[str]) -> str:
    """九码半 as 9.5码."""
    whole = parse_numeral(said["n"])
    return said.group() if whole is None else f"{whole:g}.5{said['unit']}"


#: 不 typed as 步, 部 or 布 between one character said twice: 酸步酸, 甜步甜, 准部准 (not 一步一 of
#: 一步一个脚印, nor 全部全 of 全部全是).
_NOT_TYPED = re.compile(r"([\u4e00-\u9fff])(?<![一全])[步部布](?=\1)")


def _typo_list() -> dict[str, str]:
    """Each mistyped word and the word meant, from ``botcore/data/typos.txt``."""
    text = (resources.files("botcore") / "data" / "typos.txt").read_text("utf-8")
    return {typed: meant for line in text.splitlines() if line.strip() and not line.startswith("#")
            for meant, *typings in [line.split()] for typed in typings}


_TYPED = _typo_list()
#: Every mistyped word of `_TYPED`, longest first.
_TYPOS = re.compile("|".join(re.escape(w) for w in sorted(_TYPED, key=len, reverse=True)))


#: 半 typed as its homophone 办 after a number and its measure: 一匹办, 两个办小时, 三斤办 (not 一个办法, 两个办公室).
_HALF_TYPED = re.compile(r"(?<=[\d一二两三四五六七八九十][匹个斤两米寸尺岁点])办(?![法理公事好完成不妥])")


#: A number said in tens: 六十, 三十五 (not 十二 of 双十二, nor 十 alone, nor a part of a longer number).
_TENS = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万双第])(?P<tens>[二三四五六七八九])十"
                   r"(?P<ones>[一二三四五六七八九])?(?![\d.零〇一二两三四五六七八九十百千万])")


def _tens_in_digits(said: re.Match[str]) -> str:
    """六十 as 60, 三十五 as 35."""
    return str(_CN_DIGITS[said["tens"]] * 10 + (_CN_DIGITS[said["ones"]] if said["ones"] else 0))


def _hundreds_in_digits(said: re.Match[str]) -> str:
    """五百 as 500, 三百五 as 350, 一百零五 as 105."""
    value = _CN_DIGITS[said["head"]] * 100
    if said["units"]:
        value += _CN_DIGITS[said["units"]]
    if said["tens"]:
        value += _CN_DIGITS[said["tens"]] * 10 + (_CN_DIGITS[said["ones"]] if said["ones"] else 0)
    return str(value)


def _in_digits(said: re.Match[str]) -> str:
    """7千6 as 7600, 八万八 as 88000: the sum in digits, as every later stage reads sums."""
    head, tail = said["head"], said["tail"]
    unit = 1000 if said["unit"] == "千" else 10000
    value = (int(head) if head.isdigit() else _CN_DIGITS[head]) * unit
    if tail:
        value += (int(tail) if tail.isdigit() else _CN_DIGITS[tail]) * unit // 10
    return str(value)


#: A number said digit by digit, as a model or a year is (七一八零, 二零二六): three digits or more, none of the
#: words of tens or hundreds beside them.
_DIGIT_BY_DIGIT = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])[零〇一二三四五六七八九]{3,}"
                             r"(?![\d零〇一二两三四五六七八九十百千万])")
_DIGIT_OF = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def _digits_read(said: re.Match[str]) -> str:
    """A run of digits in words as digits, where it holds a 零 or runs to four (七一八零: 7180, 二零二六: 2026); three
    without 零 may be words (一二三) and stay."""
    run = said.group()
    return "".join(_DIGIT_OF[c] for c in run) if len(run) >= 4 or "零" in run or "〇" in run else run


def times_as_x(text: str) -> str:
    """``text`` with a times sign between two numbers written x, as a size is read (40*60, 40乘60: 40x60)."""
    return _TIMES.sub("x", text)
