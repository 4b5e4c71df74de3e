from __future__ import annotations

from pathlib import Path

import pytest

from botcore.errors import SettingsError, ShopFileError
from serving.settings import ServerSettings, shop_entries


def _registry(tmp_path: Path, text: str) -> ServerSettings:
    path = tmp_path / "shops.yaml"
    path.write_text(text, "utf-8")
    return ServerSettings(shops=str(path))


def test_registry_entries_resolve_files_beside_the_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QIQI_SECRET", "qiqi-secret-0123456789")
    entries = shop_entries(_registry(tmp_path, "shops:\n  qiqi: {file: qiqi.yaml, secret_env: QIQI_SECRET}\n"))
    assert entries["qiqi"].file == str(tmp_path / "qiqi.yaml")
    assert entries["qiqi"].resolved_secret("qiqi") == "qiqi-secret-0123456789"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("shops:\n  qiqi: {secret: qiqi-secret-0123456789}\n", "qiqi 要写 file"),  # never the example shop
        ("shops:\n  qiqi: qiqi.yaml\n", "qiqi 要写 file"),
        ("shops:\n  qiqi: {file: q.yaml, secrett: x}\n", "可用的字段: file, secret, secret_env"),
    ],
)
def test_registry_mistakes_are_settings_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        shop_entries(_registry(tmp_path, text))


def test_short_secret_is_refused(tmp_path: Path) -> None:
    entries = shop_entries(_registry(tmp_path, "shops:\n  qiqi: {file: q.yaml, secret: short}\n"))
    with pytest.raises(ShopFileError, match="至少 16 个字符"):
        entries["qiqi"].resolved_secret("qiqi")
