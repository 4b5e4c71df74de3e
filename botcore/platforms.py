"""What each selling platform lets a seller do and a buyer use: how a bargain is given
(a price change before payment on Taobao, a coupon on JD, nothing by hand on Tmall),
which payment methods exist there, what instalments are called, whether a seller may reward
a good review (none may).

Read once from ``botcore/data/platforms.yaml``; the shop file names its platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Literal

from botcore.yamltext import parse_yaml

__all__ = ["PLATFORMS", "Platform", "PriceCut"]

PriceCut = Literal["change_price", "coupon", "none"]


@dataclass(frozen=True)
class Platform:
    """One platform's habits (see the data file for what each field means)."""

    key: str
    name: str
    price_cut: PriceCut
    price_protection: bool
    payments: tuple[tuple[str, str], ...]  # (payment field, what buyers call it)
    instalments: str
    no_reason_days: int
    review_rewards: bool  # may a seller give cash back, a red packet or a gift for a good review
    own_store: str = ""  # what the platform's own shops are called (京东自营); "" where it runs none

    def has_payment(self, field: str) -> bool:
        return any(name == field for name, _ in self.payments)

    def payment_word(self, field: str) -> str:
        return next((word for name, word in self.payments if name == field), field)


def _load() -> dict[str, Platform]:
    data = parse_yaml((resources.files("botcore") / "data" / "platforms.yaml").read_text("utf-8"))
    return {
        key: Platform(
            key=key,
            name=str(entry["name"]),
            price_cut=entry["price_cut"],
            price_protection=bool(entry["price_protection"]),
            payments=tuple((str(k), str(v)) for k, v in entry["payments"].items()),
            instalments=str(entry["instalments"]),
            no_reason_days=int(entry["no_reason_days"]),
            review_rewards=bool(entry["review_rewards"]),
            own_store=str(entry.get("own_store") or ""),
        )
        for key, entry in data.items()
    }


PLATFORMS: dict[str, Platform] = _load()
