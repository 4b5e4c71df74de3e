"""Stage 2: split a normalised message into words with ONE shared jieba tokenizer.

The tokenizer's dictionary is jieba's own, less its rarest words, plus xiaoer's domain
words (``botcore/data/domain_words.txt``: 包邮, 断码, 运费险 ...). Buyers' questions do
not need the 280,000 of jieba's 349,000 words it has seen fewer than thirty times, and
without them the dictionary loads about eight times faster (0.13 s against 1.1 s here).
The trimmed dictionary is written once (from the installed jieba package, nothing
downloaded) to the cache folder, and jieba caches its prefix dictionary beside it.

Shop vocabulary (product names, colours) is not added to jieba: `botcore.stages.vocabulary`
finds it with an automaton, so a thousand shops share one tokenizer.

jieba's HMM guesses words its dictionary lacks; xiaoer turns it off. The words only feed
the example questions' fuzzy scoring, where a guessed word and its single characters
serve alike (examples are cut the same way), and the guessing costs about 40 % of
segmenting. Of 3,934 buyer messages read both ways, 8 were decided differently, some
for the better and some for the worse (see Performance in the README).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import sys
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

# jieba imports setuptools' pkg_resources (about 0.15 s) only to open its own files, and
# falls back to plain open() without it: hide it while jieba is imported.
_hide = "pkg_resources" not in sys.modules
if _hide:
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
try:
    import jieba
finally:
    if _hide:
        del sys.modules["pkg_resources"]

__all__ = ["MIN_FREQUENCY", "tokenise", "tokenizer"]

jieba.setLogLevel(logging.WARNING)

#: jieba words seen fewer times than this are left out of the dictionary.
MIN_FREQUENCY = 30


def _domain_words() -> str:
    return (resources.files("botcore") / "data" / "domain_words.txt").read_text("utf-8")


def _trimmed_dictionary(cache_dir: Path) -> Path:
    """jieba's dictionary without its rarest words, plus the domain words (built once)."""
    source = Path(jieba.__file__).parent / "dict.txt"
    domain = _domain_words()
    digest = hashlib.sha1(f"{MIN_FREQUENCY}|{source.stat().st_size}|{domain}".encode()).hexdigest()[:12]
    target = cache_dir / f"xiaoer-jieba-{digest}.txt"
    if target.exists():
        return target
    kept = [
        line for line in source.read_text("utf-8").splitlines()
        if len(parts := line.split()) >= 2 and int(parts[1]) >= MIN_FREQUENCY
    ]
    kept += [line for line in domain.splitlines() if line.strip() and not line.startswith("#")]
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=cache_dir, delete=False, suffix=".tmp") as f:
        f.write("\n".join(kept) + "\n")
    os.replace(f.name, target)  # atomic: two processes starting at once both get a whole file
    return target


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """The process-wide tokenizer (0.1-0.4 s to load once its cache exists)."""
    cache_dir = Path(os.environ.get("XIAOER_CACHE_DIR") or tempfile.gettempdir())
    try:
        tok = jieba.Tokenizer(dictionary=str(_trimmed_dictionary(cache_dir)))
    except OSError:  # no writable cache folder: jieba's full dictionary, domain words added
        tok = jieba.Tokenizer()
        for line in _domain_words().splitlines():
            if line.strip() and not line.startswith("#"):
                word, freq, *_ = line.split()
                tok.add_word(word, int(freq))
    tok.tmp_dir = str(cache_dir)
    tok.initialize()
    return tok


def tokenise(text: str) -> tuple[str, ...]:
    """Words of a normalised message, spaces dropped (dictionary words only, no HMM)."""
    return _segmenter().words(text)


# jieba's own: the runs it segments (Chinese, letters, digits and a few signs), the
# spaces between them, and what a lone letter or digit is (lone ones are joined up)
_RUNS, _SKIP, _LATIN = jieba.re_han_default, jieba.re_skip_default, jieba.re_eng


class _Segmenter:
    """``tokenizer().lcut(text, HMM=False)`` without its spaces, word for word the same,
    in one pass per run of text: jieba builds a dict of every word's candidate ends, then
    a dict of best routes by a generator of tuples per character; here the candidate ends
    are weighed as they are found (the same sums as jieba's, in the same order) and the
    route is two lists. Half jieba's time; the same words as jieba on every line of the
    library, the test questions and scenarios (8,571, raw and normalised) and 20,000
    random strings."""

    def __init__(self, tok: jieba.Tokenizer) -> None:
        tok.check_initialized()
        self._freq = tok.FREQ
        self._log_total = math.log(tok.total)

    def words(self, text: str) -> tuple[str, ...]:
        out: list[str] = []
        for block in _RUNS.split(text):
            if not block:
                continue
            if _RUNS.match(block):
                self._run(block, out)
            else:
                for piece in _SKIP.split(block):
                    if not _SKIP.match(piece):
                        out += [char for char in piece if not char.isspace()]
        return tuple(out)

    def _run(self, run: str, out: list[str]) -> None:
        frequency, log_total, log = self._freq.get, self._log_total, math.log
        n = len(run)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for start in range(n - 1, -1, -1):
            best = -math.inf
            best_end = -1
            i = start
            piece = run[start]
            while i < n and (seen := frequency(piece)) is not None:  # a word, or the start of one
                if seen:
                    candidate = log(seen) - log_total + score[i + 1]
                    if best_end < 0 or candidate >= best:  # jieba's max over (score, end): ties to the longer
                        best, best_end = candidate, i
                i += 1
                piece = run[start:i + 1]
            if best_end < 0:  # no word starts here: the character alone
                best, best_end = log(frequency(run[start]) or 1) - log_total + score[start + 1], start
            score[start] = best
            end[start] = best_end
        start = 0
        latin = ""
        while start < n:
            stop = end[start] + 1
            word = run[start:stop]
            if len(word) == 1 and _LATIN.match(word):
                latin += word
            else:
                if latin:
                    out.append(latin)
                    latin = ""
                out.append(word)
            start = stop
        if latin:
            out.append(latin)


@lru_cache(maxsize=1)
def _segmenter() -> _Segmenter:
    return _Segmenter(tokenizer())
