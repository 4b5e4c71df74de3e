"""value_words: a fact found by the buyer's own words in what it says, where no name or
kind of fact was asked."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.value_words import FREE_TEXT, found_in_asking, found_in_values

KETTLE = Product.model_validate({
    "id": "kit", "name": "手冲咖啡入门套装", "price": 199, "colours": ["白色"], "sizes": ["基础款"],
    "selling_points": "入门够用,滤杯是树脂的,轻便不怕摔。",
    "attributes": {
        "明火加热": "手冲壶是平底的,燃气灶和电磁炉都能直接加热,注意别空烧",
        "分享壶材质": "高硼硅耐热玻璃,不能直接放在明火上烧",
        "电池": "一块锂电池,正常用大约6个月充一次,充满要5个小时左右",
        "应急开锁": "没电了用充电宝临时供电就能开",
        "包装": "纸盒装,可以写贺卡",
        "赠品": "送一包滤纸,可以写贺卡",
    },
})
NAMES = (KETTLE.name, *KETTLE.aliases, *KETTLE.colours, *KETTLE.sizes)


@pytest.mark.parametrize(("text", "name", "sure"), [
    ("壶能放燃气灶上烧吗", "明火加热", True),  # a long word in one fact alone: sure
    ("分享壶能直接放火上吗", "分享壶材质", True),  # the fact's name holds the buyer's word
    ("多久充一次电", "电池", True),
    ("没电了咋开门", "应急开锁", False),  # 没电: two characters, a draft for a person
    ("滤杯摔了会坏吗", FREE_TEXT, False),  # a clause of the selling points, by a short word
])
def test_the_fact_that_says_the_buyers_words_is_found(text: str, name: str, sure: bool) -> None:
    found = found_in_values(KETTLE, text, NAMES)
    assert found is not None and (found.name, found.sure) == (name, sure)
    assert text[found.at[0]:found.at[1]] in found.words


MIRROR = Product.model_validate({
    "id": "mirror", "name": "除雾镜柜", "price": 1599, "colours": ["奶白"], "sizes": ["80cm"],
    "attributes": {"功能": "镜面除雾、感应灯;没有蓝牙和时间显示", "用电": "要接电,功率约50W"}})


@pytest.mark.parametrize(("text", "sure"), [
    ("能显示时间吗", True),  # two short words only that fact holds: sure
    ("能显示吗", False),  # one short word: a draft for a person
])
def test_two_short_words_only_one_fact_holds_make_it_sure(text: str, sure: bool) -> None:
    found = found_in_values(MIRROR, text, (MIRROR.name,))
    assert found is not None and (found.name, found.sure) == ("功能", sure)


def test_a_fact_the_shop_named_says_it_before_the_free_text_saying_as_much() -> None:
    sunglasses = Product.model_validate({
        "id": "sun", "name": "偏光太阳镜", "price": 199, "colours": ["黑色"], "sizes": ["均码"],
        "selling_points": "偏光片能滤掉路面的反光,开车看得更清楚",
        "attributes": {"适合场景": "开车、钓鱼、海边", "重量": "约22克"}})
    found = found_in_values(sunglasses, "开车戴可以吗", (sunglasses.name,))
    assert found is not None and (found.name, found.value, found.sure) == ("适合场景", "开车、钓鱼、海边", False)


def test_the_free_text_saying_it_too_takes_nothing_from_the_fact_named_for_it() -> None:
    bricks = Product.model_validate({
        "id": "bricks", "name": "警察局拼装积木", "price": 169, "colours": ["警察局"], "sizes": ["标准版"],
        "selling_points": "标准小颗粒,和乐高城市系列尺寸一样能混着拼,送6个人仔",
        "attributes": {"兼容": "和乐高积木的凸点尺寸一样,可以混着拼;不兼容大颗粒", "人仔": "每盒6个人仔"}})
    found = found_in_values(bricks, "能跟乐高混着拼吗", (bricks.name,))
    assert found is not None and (found.name, found.sure) == ("兼容", True)


@pytest.mark.parametrize("text", [
    "可以的吗 正常吗",  # plain words only
    "能写贺卡吗",  # two facts say it as much: neither is the one
    "手冲咖啡入门套装白色有吗",  # the product's own names name no fact
    "发票怎么开",  # nothing of it in the facts
])
def test_nothing_is_found_where_no_single_fact_says_the_words(text: str) -> None:
    assert found_in_values(KETTLE, text, NAMES) is None


def test_a_word_in_a_facts_own_name_outweighs_one_another_fact_says() -> None:
    plant = Product.model_validate({
        "id": "plant", "name": "龟背竹", "price": 89, "colours": ["白盆"], "sizes": ["小号"],
        "attributes": {"掉叶黄叶": "刚到新家黄一两片老叶是正常的", "是否有毒": "别让猫狗啃叶子"}})
    found = found_in_values(plant, "掉叶子正常吗", (plant.name,))
    assert found is not None and found.name == "掉叶黄叶"  # 掉叶 in its name, 叶子 in the other's value


GOAT = Product.model_validate({
    "id": "goat", "name": "羊奶粉", "price": 268, "colours": ["800g"], "sizes": ["1段"],
    "attributes": {"口感": "奶香淡淡的,经过脱膻工艺", "冲调": "40到50度温水,先放水再放粉"}})


@pytest.mark.parametrize(("text", "name"), [
    ("膻不膻", "口感"),  # one character asked either way names what it asks: a draft
    ("好不好冲", None),  # plain asking: nothing
    ("行不行", None),
])
def test_one_character_asked_either_way_is_looked_for(text: str, name: str | None) -> None:
    found = found_in_values(GOAT, text, (GOAT.name,))
    assert (found and (found.name, found.sure)) == (name and (name, False))


BEANS = Product.model_validate({
    "id": "beans", "name": "咖啡豆", "price": 78, "colours": ["中烘"], "sizes": ["半磅"],
    "attributes": {"包装": "铝箔袋带单向排气阀,刚到有点鼓是正常排气", "保质期": "12个月",
                   "颜色": "宝石蓝"}})


@pytest.mark.parametrize(("text", "name"), [
    ("收到袋子鼓鼓的正常吗", "包装"),  # 鼓鼓的: the one character doubled names what it says
    ("宝宝的能喝吗", None),  # 宝宝 is a word of its own, not 宝 doubled (宝石蓝)
    ("刚刚的问题", None),  # plain: nothing
])
def test_one_character_doubled_before_de_is_looked_for(text: str, name: str | None) -> None:
    found = found_in_values(BEANS, text, (BEANS.name,))
    assert (found.name if found else None) == name


def test_a_noun_of_zi_is_found_by_the_thing_it_names_beside_another_word_the_fact_says() -> None:
    """绳子 of the 草绳 a crab is tied with, beside 重量: a draft; 盒子 alone of a 礼盒 names nothing
    (of 帽子能拆吗 a 连帽 says nothing)."""
    crab = Product.model_validate({
        "id": "crab", "name": "大闸蟹", "price": 298, "colours": ["公蟹"], "sizes": ["4两"],
        "attributes": {"重量说明": "4两是单只的重量,不含草绳", "包装": "泡沫箱加冰袋,送礼盒"}})
    found = found_in_values(crab, "重量包括绳子吗", (crab.name,))
    assert found is not None and (found.name, found.sure) == ("重量说明", False)
    assert found_in_values(crab, "盒子能拆吗", (crab.name,)) is None
    rod = Product.model_validate({
        "id": "rod", "name": "罗马杆", "price": 69, "colours": ["黑"], "sizes": ["短款"],
        "attributes": {"直径": "杆子直径28毫米", "承重": "单杆承重约8公斤", "安装方式": "只有单杆,没有双杆"}})
    found = found_in_values(rod, "杆子多粗", (rod.name,))  # said as written in one fact: that one, not 单杆's
    assert found is not None and found.name == "直径"


LOCK = Product.model_validate({
    "id": "lock", "name": "U型锁", "price": 79, "colours": ["黑色"], "sizes": ["标准款"],
    "selling_points": "锰钢锁梁一般液压钳剪不断,锁芯防技术开启。",
    "attributes": {"钥匙": "配3把钥匙,丢了可以凭编号补配"}})


@pytest.mark.parametrize("text", ["这锁能剪断吗", "剪得断吗"])
def test_a_verb_and_its_result_is_found_where_the_fact_says_it_cannot_or_can_be_done(text: str) -> None:
    """剪断 in 剪不断: the fact says it cannot be cut, which is the answer; three characters as said there."""
    found = found_in_values(LOCK, text, (LOCK.name,))
    assert found is not None and (found.name, found.sure) == (FREE_TEXT, True)


def test_a_line_that_tells_before_it_asks_is_read_by_what_it_asks() -> None:
    """「开业送的 能写落款吗」: 落款 of the card that says it, not 开业送 of the selling points beside it."""
    orchid = Product.model_validate({
        "id": "orchid", "name": "蝴蝶兰", "price": 299, "colours": ["红色"], "sizes": ["三株"],
        "selling_points": "花期长,摆客厅、办公室、开业送礼都很体面",
        "attributes": {"贺卡": "可以免费附贺卡,开业的话可以免费做一条红色落款缎带"}})
    found = found_in_asking(orchid, "开业送的 能写落款吗", (orchid.name,))
    assert found is not None and (found.name, found.at) == ("贺卡", (7, 9))
    assert found_in_values(orchid, "开业送的 能写落款吗", (orchid.name,)).name == FREE_TEXT  # the whole line's


def test_a_line_whose_clauses_all_ask_is_read_whole() -> None:
    """「西藏能发吗 运费多少」: two questions, no clause that only tells: read as a whole line, as before."""
    found = found_in_asking(KETTLE, "能写贺卡吗 滤纸送吗", NAMES)
    assert found == found_in_values(KETTLE, "能写贺卡吗 滤纸送吗", NAMES)


def test_a_cost_asked_picks_of_two_facts_saying_as_much_the_one_that_puts_a_sum_on_it() -> None:
    """「没外机平台 要加钱吗」: 外机平台 is in the installation terms and in the charges; the charges price it."""
    unit = Product.model_validate({
        "id": "ac", "name": "壁挂空调", "price": 2399, "colours": ["白色"], "sizes": ["1.5匹"],
        "attributes": {"安装": "室外机在2楼以下或有外机平台可以站着装",
                       "安装收费": "高空作业费每台150元(3楼及以上没有外机平台需要外挂作业)"}})
    text = "我住6楼没外机平台 要加钱吗"
    assert found_in_values(unit, text, (unit.name,)) is None  # two say as much: neither
    found = found_in_values(unit, text, (unit.name,), priced=True)
    assert found is not None and (found.name, found.sure) == ("安装收费", True)
