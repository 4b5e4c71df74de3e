from __future__ import annotations

import random
from pathlib import Path

import pytest

from botcore.stages.tokenise import MIN_FREQUENCY, _domain_words, _trimmed_dictionary, tokenise, tokenizer


@pytest.mark.parametrize("word", ["包邮", "运费险", "断码", "花呗", "七天无理由", "转人工"])
def test_domain_words_stay_whole(word: str) -> None:
    assert word in tokenise(f"亲{word}吗")


def test_trimmed_dictionary_keeps_common_and_domain_words(tmp_path: Path) -> None:
    path = _trimmed_dictionary(tmp_path)
    entries = {line.split()[0]: int(line.split()[1]) for line in path.read_text("utf-8").splitlines()}
    assert entries["今天"] >= MIN_FREQUENCY
    assert "运费险" in entries  # a domain word, whatever jieba thinks of it
    domain = {line.split()[0] for line in _domain_words().splitlines() if line.strip() and not line.startswith("#")}
    assert all(freq >= MIN_FREQUENCY for word, freq in entries.items() if word not in domain)
    assert domain <= entries.keys()
    assert _trimmed_dictionary(tmp_path) == path  # built once, then reused
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, no leftovers


def _strings() -> list[str]:
    """Buyers' lines of the written library and random strings over the characters they use."""
    folder = Path(__file__).parent.parent / "intents" / "data" / "library"
    lines = [line.split("\t")[0] for path in sorted(folder.glob("*.txt"))
             for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    alphabet = sorted({ch for line in lines for ch in line}) + list(" \t,.!?~-_/0123456789abcXYZ")
    rng = random.Random(7)
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return lines + noise


def test_the_segmenter_cuts_exactly_as_jieba_does_without_its_hmm() -> None:
    jieba_cut = tokenizer()
    for text in _strings():
        assert tokenise(text) == tuple(w for w in jieba_cut.lcut(text, HMM=False) if not w.isspace()), text
