"""Domain data about the world outside the shop: couriers and regions.

Read once from ``botcore/data/*.yaml`` at import; shared by every shop.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

from botcore.yamltext import parse_yaml

__all__ = ["COURIERS", "REGIONS", "REGION_GROUPS", "Region", "courier_aliases", "names_a_place", "names_a_region",
           "names_region", "names_where", "region_aliases", "which_city"]


@dataclass(frozen=True)
class Region:
    """A province-level region; ``special`` marks Hong Kong, Macau and Taiwan; ``groups`` are
    the words naming it with others (江浙沪 of 浙江, 港澳台 of 台湾)."""

    name: str
    names: tuple[str, ...]
    cities: tuple[str, ...]
    special: bool = False
    groups: tuple[str, ...] = ()


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = parse_yaml((resources.files("botcore") / "data" / name).read_text("utf-8"))
    return data


COURIERS: dict[str, tuple[str, ...]] = {
    name: tuple(str(alias).lower() for alias in aliases)
    for name, aliases in _load("couriers.yaml").items()
}

#: Words naming several regions at once (江浙沪, 港澳台, 东北) -> the regions they cover.
REGION_GROUPS: dict[str, tuple[str, ...]] = {
    word: tuple(members) for word, members in _load("region_groups.yaml").items()
}

REGIONS: dict[str, Region] = {
    name: Region(
        name=name,
        names=tuple(entry["names"]),
        cities=tuple(entry.get("cities", ())),
        special=bool(entry.get("special", False)),
        groups=tuple(word for word, members in REGION_GROUPS.items() if name in members),
    )
    for name, entry in _load("regions.yaml").items()
}


def courier_aliases() -> dict[str, str]:
    """Every spelling of a courier -> its canonical name."""
    return {alias: name for name, aliases in COURIERS.items() for alias in (name.lower(), *aliases)}


def region_aliases() -> dict[str, str]:
    """Every province name and major city -> the province, also as buyers mistype a 州 (广洲, 杭洲, 贵洲)."""
    return {
        spelling: region.name
        for region in REGIONS.values()
        for alias in (*region.names, *region.cities)
        for spelling in (alias, *_mistyped(alias))
    }


def _mistyped(name: str) -> tuple[str, ...]:
    """How a two-character place ending in 州 is mistyped by its sound: 广州 as 广洲."""
    return (name[0] + "洲",) if len(name) == 2 and name.endswith("州") else ()


def names_region(text: str, region: str) -> bool:
    """Whether ``text`` names ``region``, one of its cities, or a word naming it with others
    (港澳台 of 台湾)."""
    place = REGIONS[region]
    return any(name in text for name in (*place.names, *place.cities, *place.groups))


def names_a_region(text: str) -> bool:
    """Whether ``text`` names a province-level region, one of its cities, or a word naming some
    together (江浙沪)."""
    return any(names_region(text, region) for region in REGIONS)


def names_a_place(text: str) -> bool:
    """Whether ``text`` names a region (`names_a_region`) or the far places (偏远)."""
    return names_a_region(text) or "偏远" in text


def names_where(part: str, region: str, said: str) -> bool:
    """Whether ``part`` names where the buyer is: ``region`` itself (or a word naming it with
    others, 江浙沪), or the city of it that ``said`` names (杭州 of 「我在杭州」, not of 「我在浙江」
    or 「宁波的」)."""
    place = REGIONS[region]
    return any(name in part for name in (*place.names, *place.groups)) or any(
        city in part and city in said for city in place.cities)


def which_city(part: str, region: str, said: str) -> bool:
    """Whether ``part`` names a city of ``region`` and ``said`` none of its cities: whether what
    ``part`` says holds where the buyer is turns on a city not yet told (「我在浙江」 of 只限杭州)."""
    cities = REGIONS[region].cities
    return any(city in part for city in cities) and not any(city in said for city in cities)
