from __future__ import annotations

from pathlib import Path

import pytest

from botcore.stages.tokenise import MIN_FREQUENCY, _domain_words, _trimmed_dictionary, tokenise


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
