"""A matcher that learns from example questions, and shows what it learned.

From every example question it knows (the written library in ``intents/data/library/``,
each intent's own ``examples``, the shop's ``matching`` examples and the questions an
owner adopted), it fits a multinomial logistic regression over features that generalise,
each occurrence weighed by its IDF (a feature found in many examples, 的 or 吗, says less
than one found in few, 包邮), a message's weights scaled so that their squares sum to 1:

    多少       character n-grams (1 to 3) of the message, with numbers and sizes shaped:
    〇件       「拍五袋」「三件」 both read as a number (〇) followed by a measure word,
               「170」 as 〇, 「L」「XXL」 as Ⓜ (traces show <数> and <码>)
    w:包邮     the message's jieba words
    <尺码>     the entity classes it names (a size, a colour, money, a courier, a region ...)

Buyers' spellings of a word (包油, 神马, data/spellings.txt) are read as the word itself.

The fit is deterministic (full-batch Adam from zero weights, a fixed number of steps),
made once when a shop loads and kept in the cache folder by the digest of what it was
fitted on, so a restart only reads it back. `Learned.read` is pure: a message in,
for each likely intent its probability and the few features that carried it
(``learned:多少钱(0.31)``), read as evidence like any keyword.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import io
import math
import operator
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from botcore.halves import in_halves
from botcore.stages.entities import device_models
from intents.evidence import Evidence, Message

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

__all__ = ["Example", "Learned", "Reader", "Reading", "Readings", "features", "shown"]

#: Reads texts into messages, in order. Many texts at once, so a reader can take them in
#: stages (every text normalised, then every one cut into words ...), which keeps each
#: stage's tables in the CPU's caches: a third faster than one text at a time.
Reader = Callable[[Sequence[str]], Sequence[Message]]

#: Bump when `features` or the fit changes: cached weights of another version are not read.
VERSION = 17
#: Full-batch Adam steps of the fit, their size and decay rates, and the L2 penalty.
STEPS = 50
STEP_SIZE = 0.5
BETA1, BETA2 = 0.9, 0.999
L2 = 1e-5
#: A feature must be seen in examples weighing at least this much to get a weight.
MIN_WEIGHT = 2.0
#: The learned evidence of an intent: its probability times this (keywords can say more).
LEARNED_WEIGHT = 0.9
#: Below this probability an intent gets no learned evidence at all.
MIN_PROBABILITY = 0.15
#: How many features a trace shows per intent.
SHOWN = 3

_add, _maximum, _exp = np.add.reduce, np.maximum.reduce, np.exp

_MEASURE_WORDS = "件个盒袋包箱斤瓶份套条双只块元号码罐提支片张包克千克公斤米厘米寸天岁月"
_NUMBER = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?=[" + _MEASURE_WORDS + r"])|\d+(?:\.\d+)?")
_LETTER_SIZE = re.compile(r"(?<![a-z])(?:x{0,4}[sl]|m|[2-6]xl)(?![a-z])")
_LATIN_WORD = re.compile(r"[a-z]{2,}")
_SPACES = re.compile(r"\s+")
_SHOWN_AS = {"〇": "<数>", "Ⓜ": "<码>", "Ⓐ": "<词>"}
_ENTITY_CLASSES = (
    ("sizes", "<尺码>"), ("colours", "<颜色>"), ("products", "<商品>"), ("couriers", "<快递>"),
    ("regions", "<地区>"), ("money", "<钱>"), ("quantity", "<数量>"), ("height", "<身材>"), ("weight", "<身材>"),
    ("days", "<天数>"),
)


def _spellings() -> dict[str, str]:
    """Buyers' spellings and the plain word each stands for (``data/spellings.txt``)."""
    text = (resources.files("intents") / "data" / "spellings.txt").read_text("utf-8")
    rows = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {spelled: row[0] for row in rows for spelled in row[1:]}


_SPELT_AS = _spellings()
_SPELLING = re.compile("|".join(sorted(map(re.escape, _SPELT_AS), key=len, reverse=True)))


def _shape(text: str) -> str:
    """Numbers as 〇, letter sizes as Ⓜ, other Latin words as Ⓐ (the word itself is a
    word feature: wifi's letters say nothing apart), no spaces: what many questions share."""
    text = _LATIN_WORD.sub("Ⓐ", _LETTER_SIZE.sub("Ⓜ", _NUMBER.sub("〇", text.lower())))
    return _SPACES.sub("", text)


def features(message: Message) -> list[str]:
    """The features of a message: shaped character n-grams (plain: 包邮, ^在, 吗$), words
    (w:包邮) and entity classes (<尺码>). A feature twice in a message counts twice. The
    shop's product names are left out, as if the buyer had said 这个: 退 in a shop's 退热贴
    asks for no refund, and 「大衣有黑色吗」 reads as 「有黑色吗」."""
    text, tokens = message.text, message.tokens
    named = message.entities.named
    if named:
        names = [text[start:end] for start, end in named]
        for start, end in sorted(named, reverse=True):
            text = text[:start] + text[end:]
        tokens = tuple(word for word in tokens if not any(word in name for name in names))
    respelt = [_SPELT_AS[spelled] for spelled in _SPELLING.findall(text)]
    if respelt:  # 「这个包油吗」 reads as 「这个包邮吗」, with its word 包邮
        text = _SPELLING.sub(lambda found: _SPELT_AS[found[0]], text)
        tokens = (*tokens, *respelt)
    text = _shape(text)
    padded = f"^{text}$"
    found = list(text)
    pairs = list(map(operator.add, padded, padded[1:]))  # padded[i:i + 2], joined rather than sliced
    found += pairs
    found += map(operator.add, pairs, padded[2:])  # padded[i:i + 3]
    found += ["w:" + word for word in tokens if len(word) > 1]
    entities = message.entities
    # (a phone model that is some product's size, mate60pro of cases sold by the phone they fit, is no size
    # said of a charger: read as the library's lines read it, a model and no <尺码>)
    models = bool(entities.sizes) and all(device_models(size.lower()) for size in entities.sizes)
    found += [name for kind, name in _ENTITY_CLASSES
              if getattr(entities, kind) not in (None, ()) and not (models and kind == "sizes")]
    return found


def shown(feature: str) -> str:
    """A feature as a trace shows it: 多少钱, <数>件, «在 (at the start), 词:包邮, <尺码>."""
    if feature.startswith("<") and feature.endswith(">") and len(feature) > 2:
        return feature
    word = feature.startswith("w:") and len(feature) > 3
    value = feature[2:] if word else feature
    for code, name in _SHOWN_AS.items():
        value = value.replace(code, name)
    value = value.replace("^", "«").replace("$", "»")
    return f"词:{value}" if word else value


@dataclass(frozen=True)
class Reading:
    """What the learned matcher makes of one message."""

    probabilities: Mapping[str, float]  # every intent, summing to 1
    evidence: Mapping[str, Evidence]  # the likely intents' learned evidence


@dataclass(frozen=True)
class Example:
    """One labelled question: its features, its intent, and how much it weighs."""

    features: tuple[str, ...]
    intent: str
    weight: float = 1.0


class _Names:
    """Every feature name a fitted matcher of this process knows, kept once with a number:
    the matchers of shops that add their own examples share the library's names instead of
    each holding tens of thousands of strings. Only ever grows."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []
        self._lock = threading.Lock()

    def number(self, names: Sequence[str]) -> np.ndarray:
        with self._lock:
            for name in names:
                if name not in self.ids:
                    self.ids[name] = len(self.names)
                    self.names.append(name)
            return np.fromiter((self.ids[name] for name in names), dtype=np.int64, count=len(names))


_NAMES = _Names()


class Learned:
    """Weights per (feature, intent), fitted from examples; see the module docstring."""

    def __init__(self, intents: Sequence[str], features: Sequence[str], weighed: np.ndarray,
                 bias: np.ndarray, idf: np.ndarray) -> None:
        """``idf`` has one value per feature in ``features``: how rare it was among the
        examples; ``weighed`` one row per feature and one column per intent: the fitted
        weights, each row times its feature's IDF (all a reading needs: a message's logits
        are the sum of its rows over the length of its IDFs)."""
        self.intents = tuple(intents)
        self._numbers = _NAMES.number(features).astype(np.int32)  # row -> the feature's number in `_NAMES`
        row_of = np.full(int(self._numbers.max(initial=-1)) + 1, -1, dtype=np.int32)
        row_of[self._numbers] = np.arange(len(features), dtype=np.int32)
        self._row_of = array.array("i", row_of.tobytes())  # a feature's number -> its row, -1: none
        self._weighed = weighed.astype(np.float16)  # half the memory; sums are taken in float32
        self._bias = bias
        self._idf = idf
        self._squared = array.array("f", (idf * idf).tobytes())  # a row -> its IDF squared
        self._shown: dict[int, str] = {}

    @property
    def size(self) -> int:
        """How many features carry weights."""
        return len(self._numbers)

    @property
    def features(self) -> list[str]:
        """The features that carry weights, in row order."""
        return [_NAMES.names[number] for number in self._numbers.tolist()]

    # ----------------------------------------------------------------------- reading

    def read(self, message: Message) -> Reading:
        """The probability of every intent, and learned evidence for each intent at least
        `MIN_PROBABILITY` likely, naming the few features that carried it with their share
        of its logit."""
        probabilities, known, rows, scale = self._read(message)
        chances = probabilities.tolist()
        evidence = {}
        for column, chance in enumerate(chances):
            if chance >= MIN_PROBABILITY:
                evidence[self.intents[column]] = Evidence("learned", self._why(known, rows, scale, column),
                                                          round(LEARNED_WEIGHT * chance, 3))
        return Reading(dict(zip(self.intents, chances, strict=True)), evidence)

    def explain(self, message: Message, top: int = 5) -> list[tuple[str, float, str]]:
        """The ``top`` likeliest intents, each with its probability and what carried it."""
        probabilities, known, rows, scale = self._read(message)
        order = np.argsort(-probabilities, kind="stable")[:top].tolist()
        return [(self.intents[c], round(float(probabilities[c]), 3), self._why(known, rows, scale, c)) for c in order]

    def _why(self, known: list[int], rows: np.ndarray, scale: float, column: int) -> str:
        """The few features that carried ``column`` most, with their share of its logit."""
        shares = rows[:, column].tolist()
        best = sorted(zip(shares, known, strict=True), reverse=True)[:SHOWN]
        return " ".join(f"{self._shown_name(row)}({share * scale:.2f})" for share, row in best
                        if share > 0) or "没有认识的字词"

    def _shown_name(self, row: int) -> str:
        name = self._shown.get(row)
        if name is None:  # kept once shown: traces name the same few features again and again
            name = self._shown[row] = shown(_NAMES.names[int(self._numbers[row])])
        return name

    def _read(self, message: Message) -> tuple[np.ndarray, list[int], np.ndarray, float]:
        """Probabilities, the rows of the known features (a feature twice in the message
        twice), their weights times their IDFs (features x intents) and the message's
        scale (one over the length of its IDFs). (The ufuncs' own reductions are called:
        ``max`` and ``sum`` are the same reductions behind a Python wrapper, which costs
        more than the sum.)"""
        found = features(message)
        get, row_of, size = _NAMES.ids.get, self._row_of, len(self._row_of)
        known = [r for f in found if (n := get(f, size)) < size and (r := row_of[n]) >= 0]
        squared = self._squared
        length = math.sqrt(sum([squared[r] for r in known]))
        scale = 1.0 / length if length else 0.0
        rows = self._weighed.take(known, axis=0).astype(np.float32)
        logits = self._bias + _add(rows, axis=0) * scale
        exp = _exp(logits - _maximum(logits))
        return exp / _add(exp), known, rows, scale

    # ----------------------------------------------------------------------- fitting

    @classmethod
    def fit(cls, intents: Sequence[str], examples: Iterable[Example]) -> Learned:
        """Multinomial logistic regression, L2-penalised (see `_descend`), each intent's
        examples weighing the same in all."""
        examples = list(examples)
        readings = Readings.numbered([str(i) for i in range(len(examples))], [e.features for e in examples])
        return cls._fit(intents, readings, [(i, e.intent, e.weight) for i, e in enumerate(examples)])

    @classmethod
    def fit_texts(cls, intents: Sequence[str], examples: Iterable[tuple[str, str, float]],
                  read: Reader, shared: Readings | None = None) -> Learned:
        """`fit` on ``examples`` (text, intent, weight), each text read into a message by ``read``
        (once: a library line of two labels is two examples), or taken from ``shared``."""
        examples = list(examples)
        readings = Readings.read([text for text, _, _ in examples], read, shared)
        at = readings.index
        return cls._fit(intents, readings, [(at[text], intent, weight) for text, intent, weight in examples])

    @classmethod
    def _fit(cls, intents: Sequence[str], readings: Readings, examples: list[tuple[int, str, float]]) -> Learned:
        """The fit of ``examples`` (the text's number in ``readings``, intent, weight). A
        text read as nothing (emoji alone) is no example."""
        starts = readings.starts
        examples = [e for e in examples if starts[e[0] + 1] > starts[e[0]]]
        column = {name: i for i, name in enumerate(intents)}
        totals: dict[str, float] = {}
        for _, intent, weight in examples:
            totals[intent] = totals.get(intent, 0.0) + weight
        # every intent weighs the same in all: a big intent's generic words (吗, 这个) do not pull to it
        balance = {intent: sum(totals.values()) / len(totals) / total for intent, total in totals.items()}
        # each example's features, in the readings' numbers, one after another
        texts = np.asarray([text for text, _, _ in examples], dtype=np.int64)
        held = starts[texts + 1] - starts[texts]
        before = np.cumsum(held) - held  # where each example's features begin among all of them
        every = readings.every[np.repeat(starts[texts] - before, held) + np.arange(int(held.sum()))]
        owner = np.repeat(np.arange(len(examples), dtype=np.int64), held)
        seen = np.bincount(every, weights=np.asarray([w for _, _, w in examples])[owner],
                           minlength=len(readings.names))
        names = readings.names
        numbers = sorted(np.flatnonzero(seen >= MIN_WEIGHT).tolist(), key=names.__getitem__)  # columns by name
        kept = [names[n] for n in numbers]
        column_of = np.full(len(names), -1, dtype=np.int64)  # a feature's number -> its column, -1: not kept
        column_of[numbers] = np.arange(len(kept))
        cols = column_of[every]
        rows, cols = owner[cols >= 0], cols[cols >= 0]
        pairs = np.sort(rows * len(kept) + cols)  # (np.unique hashes, several times slower here)
        pairs = pairs[np.diff(pairs, prepend=-1) != 0]  # each feature once per example holding it
        found_in = np.bincount(pairs % max(len(kept), 1), minlength=len(kept)).astype(np.float64)
        idf = (np.log((1.0 + len(examples)) / (1.0 + found_in)) + 1.0).astype(np.float32)
        lengths = np.sqrt(np.bincount(rows, weights=idf[cols].astype(np.float64) ** 2, minlength=len(examples)))
        scale = np.divide(1.0, lengths, out=np.zeros_like(lengths), where=lengths > 0).astype(np.float32)
        weights = _descend(
            rows, cols, idf, scale,
            np.asarray([column[intent] for _, intent, _ in examples], dtype=np.int64),
            np.asarray([weight * balance[intent] for _, intent, weight in examples], dtype=np.float64), len(intents),
        )
        return cls(intents, kept, weights[:-1].astype(np.float32) * idf[:, None], weights[-1].astype(np.float32), idf)

    # ----------------------------------------------------------------------- the cache

    @classmethod
    def cached(cls, intents: Sequence[str], examples: Sequence[tuple[str, str, float]],
               read: Reader, salt: str = "", cache_dir: Path | None = None,
               shared: Sequence[str] = ()) -> Learned:
        """`fit` on ``examples`` (text, intent, weight), each text read into a message by
        ``read``; or the weights fitted on the very same examples before, from the cache
        folder. ``salt`` names whatever else changes how a text is read (the domain words).
        The readings of the ``shared`` texts (those every shop learns from) are kept in the
        cache folder too: a shop taught its own questions reads only those."""
        folder = _cache_folder(cache_dir)
        key = repr((VERSION, STEPS, STEP_SIZE, L2, MIN_WEIGHT, salt, tuple(intents), tuple(examples)))
        path = folder / f"xiaoer-learned-{_digest(key)}.npz"
        try:
            with np.load(path, allow_pickle=False) as saved:
                return cls(intents, saved["features"].tolist(), saved["weighed"], saved["bias"], saved["idf"])
        except (OSError, KeyError, ValueError):
            pass
        readings = Readings.cached(shared, read, salt, folder) if shared else None
        learned = cls.fit_texts(intents, examples, read, readings)
        _save(path, features=np.asarray(learned.features, dtype=str), weighed=learned._weighed,
              bias=learned._bias, idf=learned._idf)
        return learned


@dataclass(frozen=True)
class Readings:
    """Texts read as features, numbered: text ``i`` (``texts[i]``) holds the features
    ``names[n]`` for each ``n`` in ``every[starts[i]:starts[i + 1]]``, a feature twice in
    it twice. What a fit is made of. Reading is half of a fit, so the readings of the
    library every shop learns from are kept in the cache folder (`cached`), and a shop
    taught its own questions, or a fold of the calibration, reads only its own texts."""

    texts: list[str]
    names: list[str]
    every: np.ndarray  # int64
    starts: np.ndarray  # int64, one more than there are texts

    @cached_property
    def index(self) -> dict[str, int]:
        """A text -> its number."""
        return {text: i for i, text in enumerate(self.texts)}

    @cached_property
    def number(self) -> dict[str, int]:
        """A feature's name -> its number."""
        return {name: i for i, name in enumerate(self.names)}

    @classmethod
    def numbered(cls, texts: Sequence[str], found: Iterable[Sequence[str]]) -> Readings:
        """The readings of ``texts``, text ``i`` holding the features ``found[i]``."""
        every: list[int] = []
        starts = [0]
        numbered: dict[str, int] = {}
        number = numbered.setdefault
        for features_of in found:
            every += [number(f, len(numbered)) for f in features_of]
            starts.append(len(every))
        return cls(list(texts), list(numbered), np.asarray(every, dtype=np.int64), np.asarray(starts, dtype=np.int64))

    @classmethod
    def read(cls, texts: Iterable[str], read: Reader, shared: Readings | None = None) -> Readings:
        """``texts`` (each once) read by ``read``; those ``shared`` has read are taken from it."""
        texts = list(dict.fromkeys(texts))
        at = shared.index if shared is not None else {}
        new = [text for text in texts if text not in at]
        own = cls.joined(*in_halves(partial(cls._read_here, read=read), new))
        if shared is None or len(new) == len(texts):
            return own
        return cls.joined(shared, own)  # the shared texts first: their features keep their numbers

    @classmethod
    def _read_here(cls, texts: Sequence[str], read: Reader) -> Readings:
        return cls.numbered(texts, list(map(features, read(texts))))

    @classmethod
    def joined(cls, first: Readings, then: Readings) -> Readings:
        """The readings of ``first``'s texts and then ``then``'s, numbered as if read in one go:
        ``then``'s names that ``first`` lacks are numbered after ``first``'s, in their order."""
        number = dict(first.number)
        renumbered = np.fromiter((number.setdefault(name, len(number)) for name in then.names),
                                 dtype=np.int64, count=len(then.names))
        return cls(first.texts + then.texts, list(number), np.concatenate((first.every, renumbered[then.every])),
                   np.concatenate((first.starts, then.starts[1:] + first.starts[-1])))

    @classmethod
    def cached(cls, texts: Sequence[str], read: Reader, salt: str = "",
               cache_dir: Path | None = None) -> Readings:
        """`read` of ``texts``, or their readings from the cache folder, read before by a
        process with the same way of reading (``salt``, `VERSION`)."""
        texts = list(dict.fromkeys(texts))
        path = _cache_folder(cache_dir) / f"xiaoer-readings-{_digest(repr((VERSION, salt, tuple(texts))))}.npz"
        try:  # the texts are those of the file's name; the names one UTF-8 text, a line each
            with np.load(path, allow_pickle=False) as saved:
                names = saved["names"].tobytes().decode().split("\n")
                every, starts = saved["every"].astype(np.int64), saved["starts"].astype(np.int64)
            if len(starts) == len(texts) + 1 and int(every.max(initial=0)) < len(names):
                return cls(texts, names, every, starts)
        except (OSError, KeyError, ValueError, UnicodeDecodeError):
            pass
        readings = cls.read(texts, read)
        if not any("\n" in name for name in readings.names):
            _save(path, names=np.frombuffer("\n".join(readings.names).encode(), dtype=np.uint8),
                  every=readings.every.astype(np.int32), starts=readings.starts.astype(np.int32))
        return readings


def _cache_folder(cache_dir: Path | None) -> Path:
    return cache_dir or Path(os.environ.get("XIAOER_CACHE_DIR") or tempfile.gettempdir())


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _save(path: Path, **arrays: np.ndarray) -> None:
    """``arrays`` to ``path``, atomically: two workers starting at once both read a whole
    file. With no writable cache folder nothing is kept (made again at the next start)."""
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            out.write(buffer.getvalue())
        os.replace(out.name, path)
    except OSError:
        pass


class _Product:
    """A sparse matrix times dense ones. Given a thread to work in, it multiplies the two
    halves of its rows at once (SciPy's products let go of the GIL while they sum): each
    row's sum is the one a single product gives, so the weights are the same bit for bit."""

    def __init__(self, matrix: csr_matrix, pool: ThreadPoolExecutor | None) -> None:
        self.rows: int = matrix.shape[0]
        self._half = self.rows // 2 if pool is not None else self.rows
        self._first = matrix[:self._half] if pool is not None else matrix
        self._second = matrix[self._half:] if pool is not None else None
        self._pool = pool

    def into(self, dense: np.ndarray, out: np.ndarray) -> None:
        """``out[:] = matrix @ dense``."""
        later = self._pool.submit(operator.matmul, self._second, dense) if self._pool is not None else None
        out[:self._half] = self._first @ dense
        if later is not None:
            out[self._half:] = later.result()


def _descend(rows: np.ndarray, cols: np.ndarray, idf: np.ndarray, scale: np.ndarray, labels: np.ndarray,
             sample_weights: np.ndarray, classes: int) -> np.ndarray:
    """Weights (one row per feature, then the bias) minimising weighted cross-entropy + L2,
    by `STEPS` full-batch Adam steps from zero: the same examples give the same weights.

    Example ``rows[k]`` holds feature ``cols[k]`` (once per occurrence), whose value there
    is its ``idf`` times the example's ``scale``: a sparse matrix (SciPy's, whose products
    are several times faster than numpy's gathers and sums, the most of a fit)."""
    from scipy.sparse import csr_matrix  # only a fit needs it: a start from the cache does not import it

    n, d = len(scale), len(idf)
    values = (idf[cols] * scale[rows]).astype(np.float32)
    x = csr_matrix((values, (rows, cols)), shape=(n, d), dtype=np.float32)
    with ThreadPoolExecutor(1) if (os.cpu_count() or 1) > 1 else contextlib.nullcontext() as pool:
        return _steps(_Product(x, pool), _Product(x.T.tocsr(), pool), labels, sample_weights, classes)


def _steps(x: _Product, x_t: _Product, labels: np.ndarray, sample_weights: np.ndarray,
           classes: int) -> np.ndarray:
    """`_descend`'s steps, ``x`` the examples' features and ``x_t`` the same transposed."""
    n, d = len(sample_weights), x_t.rows
    target = np.zeros((n, classes), dtype=np.float32)
    target[np.arange(n), labels] = 1.0
    share = (sample_weights / sample_weights.sum()).astype(np.float32)
    weights = np.zeros((d + 1, classes), dtype=np.float32)
    mean = np.zeros_like(weights)
    square = np.zeros_like(weights)
    spare = np.zeros_like(weights)
    gradient = np.zeros_like(weights)
    error = np.empty((n, classes), dtype=np.float32)
    for step in range(1, STEPS + 1):
        # the softmax's probabilities less the target, weighed by each example's share: in place,
        # by the ufuncs' own reductions (keepdims' wrappers cost more than the arithmetic here)
        x.into(weights[:-1], error)
        error += weights[-1]
        error -= _maximum(error, axis=1)[:, None]
        np.exp(error, out=error)
        error /= _add(error, axis=1)[:, None]
        error -= target
        error *= share[:, None]
        x_t.into(error, gradient[:-1])
        gradient[:-1] += L2 * weights[:-1]
        gradient[-1] = error.sum(axis=0)
        # mean = β1·mean + (1-β1)·g, square = β2·square + (1-β2)·g², then the step: in place,
        # the same products in the same order (no new arrays of the weights' size per step)
        mean *= BETA1
        mean += np.multiply(gradient, 1 - BETA1, out=spare)
        square *= BETA2
        spare = np.multiply(gradient, 1 - BETA2, out=spare)
        square += np.multiply(spare, gradient, out=spare)
        step_taken = np.divide(mean, 1 - BETA1**step, out=spare)
        step_taken *= STEP_SIZE
        root = np.sqrt(np.divide(square, 1 - BETA2**step, out=gradient), out=gradient)
        root += 1e-8
        weights -= np.divide(step_taken, root, out=spare)
    return weights
