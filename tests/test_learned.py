"""intents/learned.py and engine/learning.py: the matcher that learns from example
questions. Its features generalise (a number is a number, a size a size), the fit is
deterministic and cached by what it was fitted on, its evidence names what carried it,
teaching a shop works in that shop and nowhere else."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from botcore.shop import Shop, load_shop
from botcore.stages.entities import shop_vocabulary
from engine import Engine, learning
from engine.learning import read, read_all
from intents import INTENT_NAMES, learned, load_intents
from intents.evidence import Message
from intents.learned import Example, Learned, Readings, features, shown
from xiaoer.evaluate import Example as Labelled
from xiaoer.evaluate import taught

TOY = [("能便宜点吗", "bargain"), ("有优惠吗", "bargain"), ("三件什么价", "bargain"), ("包邮吗", "shipping"),
       ("今天能发吗", "shipping"), ("发什么快递", "shipping"), ("在吗", "greeting"), ("你好", "greeting")] * 2


def _fit(pairs: list[tuple[str, str]] = TOY) -> Learned:
    return Learned.fit(INTENT_NAMES, [Example(tuple(features(read(text))), intent) for text, intent in pairs])


def test_numbers_and_sizes_are_shaped_so_questions_share_them() -> None:
    five_bags, three_items = set(features(read("拍五袋多少"))), set(features(read("三件什么价")))
    assert "〇" in five_bags and "〇" in three_items  # 五 and 三 before a measure word are a number
    assert "<数量>" in three_items  # and 三件 is a quantity among the entities
    assert "〇" in features(read("170穿多大"))
    assert "Ⓜ" in features(read("有M吗")) and "Ⓜ" in features(read("XXL还有吗"))
    assert "w:包邮" in features(read("包邮吗"))


@pytest.mark.parametrize(("spelt", "plain"), [
    ("这个包油吗", "这个包邮吗"), ("拍两件包游吗", "拍两件包邮吗"), ("有木有S码", "有没有S码"),
    ("介个多少钱", "这个多少钱"), ("肿么还没发货", "怎么还没发货"), ("优惠卷能叠加吗", "优惠券能叠加吗"),
])
def test_a_buyers_spelling_of_a_word_reads_as_the_word(spelt: str, plain: str) -> None:
    assert set(features(read(plain))) <= set(features(read(spelt)))  # 优惠卷 keeps jieba's 优惠 beside 优惠券


def test_a_spelling_inside_another_word_is_left_alone() -> None:
    assert "没" not in features(read("实木有甲醛吗")) and "没" not in features(read("大米有几种"))


def test_the_shops_product_names_are_left_out_of_the_features(shop: Shop) -> None:
    named = read("纯棉t恤多少钱", shop_vocabulary(shop))
    assert features(named) == [*features(read("多少钱")), "<商品>"]  # a product named, none of its words
    assert "棉" in features(read("纯棉t恤多少钱"))  # read without the shop, the words are there


def test_a_phone_model_that_is_a_size_of_some_product_reads_as_a_model_not_a_size(shop: Shop) -> None:
    """mate60pro, a size of cases sold by the phone they fit, said on a charger's page: as the library's
    lines read a phone model (no <尺码>); a clothing size stays a size."""
    data = shop.model_dump()
    data["products"][0].update(sizes=["Mate60Pro", "M"], size_chart=[], stock={}, restock=[], prices={})
    vocabulary = shop_vocabulary(Shop.model_validate(data))
    model = read("我华为mate60pro能快充吗", vocabulary)
    assert model.entities.sizes and "<尺码>" not in features(model)
    assert features(model) == features(read("我华为mate60pro能快充吗"))
    assert "<尺码>" in features(read("M有吗", vocabulary))


def test_a_latin_word_is_one_feature_not_its_letters() -> None:
    wifi, usb = features(read("需要连WIFI吗")), features(read("支持USB吗"))
    assert "w:wifi" in wifi and "Ⓐ吗" in wifi and "Ⓐ吗" in usb  # both: a Latin word before 吗
    assert not {"w", "i", "f", "u", "s", "b"} & set(wifi + usb)
    assert "Ⓜ" in features(read("XL有吗"))  # a size stays a size


@pytest.mark.parametrize(("feature", "as_shown"), [
    ("〇件", "<数>件"), ("^在", "«在"), ("吗$", "吗»"), ("w:包邮", "词:包邮"), ("<尺码>", "<尺码>"),
    ("连Ⓐ", "连<词>"),
])
def test_a_feature_is_shown_in_plain_words(feature: str, as_shown: str) -> None:
    assert shown(feature) == as_shown


def test_the_fit_is_deterministic() -> None:
    a, b = _fit(), _fit()
    assert a.size == b.size
    assert np.array_equal(a._weighed, b._weighed) and np.array_equal(a._bias, b._bias)


def test_the_sparse_descent_takes_the_same_steps_as_a_dense_one() -> None:
    """`_descend` takes its products with a sparse matrix: the weights are those of plain
    dense products (an example with no known feature, a feature twice in one example,
    features in one, two and many examples)."""
    rng = np.random.default_rng(0)
    n, d, classes = 40, 30, 4
    found: list[list[int]] = [rng.choice(10, size=rng.integers(1, 6)).tolist() for _ in range(n - 1)] + [[]]
    for feature in range(10, 20):  # features 10-19 in two examples each, 20-29 in one
        found[feature].append(feature)
        found[feature + 10].append(feature)
    for feature in range(20, 30):
        found[feature + 5].append(feature)
    found[0] += [0, 0]  # a feature twice in one example
    rows = np.repeat(np.arange(n), [len(f) for f in found])
    cols = np.asarray([c for f in found for c in f], dtype=np.int64)
    idf = rng.uniform(1, 3, d).astype(np.float32)
    scale = rng.uniform(0.2, 1, n).astype(np.float32)
    labels, sample_weights = rng.integers(0, classes, n), rng.uniform(0.5, 2, n)
    x = np.zeros((n, d))
    np.add.at(x, (rows, cols), idf[cols].astype(np.float64) * scale[rows])
    target, share = np.eye(classes)[labels], sample_weights / sample_weights.sum()
    weights, mean, square = np.zeros((d + 1, classes)), np.zeros((d + 1, classes)), np.zeros((d + 1, classes))
    for step in range(1, learned.STEPS + 1):
        logits = x @ weights[:-1] + weights[-1]
        chances = np.exp(logits - logits.max(axis=1, keepdims=True))
        error = (chances / chances.sum(axis=1, keepdims=True) - target) * share[:, None]
        gradient = np.vstack([x.T @ error + learned.L2 * weights[:-1], error.sum(axis=0)])
        mean = learned.BETA1 * mean + (1 - learned.BETA1) * gradient
        square = learned.BETA2 * square + (1 - learned.BETA2) * gradient**2
        weights -= learned.STEP_SIZE * (mean / (1 - learned.BETA1**step)) / (
            np.sqrt(square / (1 - learned.BETA2**step)) + 1e-8)
    sparse = learned._descend(rows, cols, idf, scale, labels, sample_weights, classes)
    assert np.allclose(sparse, weights, atol=2e-3)


@pytest.mark.parametrize("examples", [2, 3, 41])
def test_products_taken_in_two_threads_give_the_weights_of_one(examples: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(examples)
    rows = np.repeat(np.arange(examples), 3)
    cols = rng.integers(0, 7, len(rows))
    idf, scale = rng.uniform(1, 3, 7).astype(np.float32), rng.uniform(0.2, 1, examples).astype(np.float32)
    labels, sample_weights = rng.integers(0, 3, examples), rng.uniform(0.5, 2, examples)
    fitted = {}
    for cores in (1, 2):
        monkeypatch.setattr(learned.os, "cpu_count", lambda cores=cores: cores)
        fitted[cores] = learned._descend(rows, cols, idf, scale, labels, sample_weights, 3)
    assert np.array_equal(fitted[1], fitted[2])


def test_it_reads_unseen_wordings_and_says_why() -> None:
    reading = _fit().read(read("拍五件什么价"))
    assert max(reading.probabilities, key=reading.probabilities.__getitem__) == "bargain"
    evidence = reading.evidence["bargain"]
    assert evidence.kind == "learned" and 0 < evidence.weight <= 0.9
    assert "价" in evidence.detail or "<数>" in evidence.detail  # the features that carried it, with weights
    assert abs(sum(reading.probabilities.values()) - 1.0) < 1e-6


def test_fitted_weights_are_cached_by_what_they_were_fitted_on(tmp_path: Path) -> None:
    examples = tuple((text, intent, 1.0) for text, intent in TOY)
    first = Learned.cached(INTENT_NAMES, examples, read_all, "salt", tmp_path)
    [saved] = tmp_path.glob("xiaoer-learned-*.npz")
    again = Learned.cached(INTENT_NAMES, examples, read_all, "salt", tmp_path)  # read back, not fitted
    assert np.array_equal(first._weighed, again._weighed) and again.size == first.size
    Learned.cached(INTENT_NAMES, (*examples, ("送小样吗", "bargain", 1.0)), read_all, "salt", tmp_path)
    Learned.cached(INTENT_NAMES, examples, read_all, "other salt", tmp_path)
    assert len(list(tmp_path.glob("xiaoer-learned-*.npz"))) == 3  # other examples or reading: another fit
    saved.write_bytes(b"not numpy")  # a broken cache file is fitted again, not trusted
    assert np.array_equal(Learned.cached(INTENT_NAMES, examples, read_all, "salt", tmp_path)._weighed, first._weighed)


class _Counted:
    """`read_all`, counting the texts it was given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, texts: Sequence[str]) -> list[Message]:
        self.texts += texts
        return read_all(texts)


def test_readings_of_the_shared_texts_are_kept_so_a_shops_fit_reads_only_its_own(tmp_path: Path) -> None:
    library = tuple((text, intent, 1.0) for text, intent in TOY)
    shared = tuple(dict.fromkeys(text for text, _, _ in library))
    own = (("送小样吗", "bargain", 10.0), ("几天到", "shipping", 10.0))
    first = _Counted()
    Learned.cached(INTENT_NAMES, library + own, first, "salt", tmp_path, shared=shared)
    assert sorted(first.texts) == sorted({*shared, "送小样吗", "几天到"})  # every text read once
    assert len(list(tmp_path.glob("xiaoer-readings-*.npz"))) == 1
    taught = (("有赠品吗", "bargain", 10.0),)
    later = _Counted()  # a new process fitting another shop
    fitted = Learned.cached(INTENT_NAMES, library + taught, later, "salt", tmp_path, shared=shared)
    assert later.texts == ["有赠品吗"]  # the library's readings came from the cache folder
    plain = Learned.fit_texts(INTENT_NAMES, library + taught, read_all)
    assert fitted.features == plain.features and np.array_equal(fitted._weighed, plain._weighed)
    other_reading = _Counted()
    Learned.cached(INTENT_NAMES, library + taught, other_reading, "other salt", tmp_path, shared=shared)
    assert len(other_reading.texts) == len(shared) + 1  # read another way: read again, not taken


def test_texts_read_together_are_read_as_each_alone() -> None:
    texts = ["L码还有吗", "", "😀", "170穿多大 包邮吗", "顺丰到北京几天", "拍三件便宜点"]
    assert read_all(texts) == [read(text) for text in texts]


def test_a_broken_readings_file_is_read_again_not_trusted(tmp_path: Path) -> None:
    texts = ["包邮吗", "在吗"]
    Readings.cached(texts, read_all, "salt", tmp_path)
    [saved] = tmp_path.glob("xiaoer-readings-*.npz")
    saved.write_bytes(b"not numpy")
    again = _Counted()
    readings = Readings.cached(texts, again, "salt", tmp_path)
    assert again.texts == texts
    held = readings.every[readings.starts[0]:readings.starts[1]].tolist()
    assert [readings.names[n] for n in held] == features(read("包邮吗"))


@pytest.fixture(scope="module")
def shop() -> Shop:
    return load_shop()


def _engine(shop: Shop) -> Engine:
    return Engine(shop, clock=lambda: dt.datetime(2026, 11, 27, 10, 0), rng=random.Random(0))


QUESTION = "这个能走对公账户吗"  # the shop's own way of asking about paying by company transfer


def test_teaching_a_shop_its_own_questions_changes_its_answers(shop: Shop) -> None:
    before = _engine(shop).reply(QUESTION)
    lessons = [Labelled(text, ("payment",), 0) for text in ("可以对公转账吗", "公司账户付款行吗", "走对公可以吗")]
    after = _engine(taught(shop, lessons)).reply(QUESTION)
    assert after.intent == "payment"
    assert after.score > before.score or before.intent != "payment"
    assert any(e.kind == "learned" for e in after.evidence)


def test_a_shops_examples_never_reach_another_shop(shop: Shop) -> None:
    lessons = [Labelled("有木有大码的呀", ("invoice",), 0)] * 1  # taught wrong on purpose, in one shop only
    teacher = _engine(taught(shop, lessons))
    other = _engine(shop)
    assert teacher.learned is not other.learned
    assert teacher.learned.read(read("有木有大码的呀")).probabilities["invoice"] > \
        other.learned.read(read("有木有大码的呀")).probabilities["invoice"]


def test_readings_joined_are_numbered_as_if_read_in_one_go() -> None:
    texts = ["L码还有吗", "M码还有吗", "😀", "包邮吗 发什么快递", "XL有吗", "顺丰包邮吗"]
    found = [features(read(text)) for text in texts]
    whole = Readings.numbered(texts, found)
    joined = Readings.joined(Readings.numbered(texts[:3], found[:3]), Readings.numbered(texts[3:], found[3:]))
    assert joined.texts == whole.texts and joined.names == whole.names
    assert np.array_equal(joined.every, whole.every) and np.array_equal(joined.starts, whole.starts)


def test_a_long_list_read_in_two_halves_is_read_as_in_one() -> None:
    texts = list(dict.fromkeys(text for text, _, _ in learning.bundled(tuple(load_intents()))))[:2500]
    halved, plain = Readings.read(texts, read_all), Readings.numbered(texts, [features(m) for m in read_all(texts)])
    assert halved.texts == plain.texts and halved.names == plain.names
    assert np.array_equal(halved.every, plain.every) and np.array_equal(halved.starts, plain.starts)
