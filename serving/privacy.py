"""Mask personal data before anything is logged: phone numbers, ID numbers, emails,
street addresses."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["mask", "may_hold"]

_DIGIT = re.compile(r"\d")
_ADDRESS_WORD = "路|街|巷|弄|村|小区|大厦|号楼|栋|单元"

# (what the text must hold for the pattern to be worth running, pattern, replacement):
# most messages hold no digit, no @ and no address word, and skip all five searches
_PATTERNS = (
    # mobile numbers, also +86 / 86 first and spaces or dashes inside: 138 1234 5678
    (_DIGIT, re.compile(r"(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)"), r"\1****\2"),
    (_DIGIT, re.compile(r"(?<!\d)\d{6}(?:19|20)\d{2}\d{7}[\dxX](?!\d)"), "[身份证号]"),
    (re.compile("@"), re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "[邮箱]"),
    (_DIGIT, re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "[电话]"),
    # an address: a road/street/building number, with whatever leads up to it
    (re.compile(_ADDRESS_WORD),
     re.compile(rf"[\u4e00-\u9fff\w]{{0,20}}(?:{_ADDRESS_WORD})[\w\u4e00-\u9fff-]{{0,15}}(?:号|室|楼)?"), "[地址]"),
)


_ANY = re.compile(rf"[\d@＠]|{_ADDRESS_WORD}")


def may_hold(text: str) -> bool:
    """Whether ``text`` may hold something `mask` hides (a digit of any width, an @, an
    address word); False: masking it would only unify its full-width forms."""
    return _ANY.search(text) is not None


def mask(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)  # full-width digits are digits too
    for needed, pattern, replacement in _PATTERNS:
        if needed.search(text):
            text = pattern.sub(replacement, text)
    return text
