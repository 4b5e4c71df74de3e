"""Server settings, from environment variables (``XIAOER_...``) and ``xiaoer serve`` flags.

One shop: ``XIAOER_SHOP`` (a shop file; the bundled example when unset), served as
``XIAOER_SHOP_ID`` with ``XIAOER_WEBHOOK_SECRET``. Several shops: ``XIAOER_SHOPS``, a
YAML file mapping each shop id to its file and secret::

    shops:
      qiqi:   {file: shops/qiqi.yaml, secret_env: QIQI_SECRET}
      lanlan: {file: shops/lanlan.yaml, secret: "..."}
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from botcore.errors import ShopFileError
from botcore.yamltext import YAMLError, parse_yaml

__all__ = ["ServerSettings", "ShopEntry", "shop_entries"]


class ShopEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str | None = None
    secret: str | None = None
    secret_env: str | None = None

    def resolved_secret(self, shop_id: str) -> str:
        secret = self.secret or (os.environ.get(self.secret_env) if self.secret_env else None)
        if not secret or len(secret) < 16:
            raise ShopFileError(
                f"店铺 {shop_id} 没有 webhook 密钥(至少 16 个字符):请设置 secret 或 secret_env 指向的环境变量"
            )
        return secret


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="XIAOER_", extra="ignore")

    shop: str | None = None
    shop_id: str = Field(default="example", pattern=r"^[A-Za-z0-9_-]{1,40}$")
    webhook_secret: str | None = None
    shops: str | None = None
    state: str = "sqlite:///xiaoer-state.db"
    state_ttl_hours: float = Field(default=72, gt=0)
    signature_window_seconds: float = Field(default=300, gt=0)
    max_body_bytes: int = Field(default=64 * 1024, gt=0)
    rate_per_conversation: int = Field(default=30, gt=0)  # messages per minute
    rate_per_shop: int = Field(default=3000, gt=0)  # requests per minute
    log_level: str = "info"


def shop_entries(settings: ServerSettings) -> dict[str, ShopEntry]:
    """The shops this server serves, by id."""
    if settings.shops:
        path = Path(settings.shops)
        try:
            data = parse_yaml(path.read_text("utf-8")) or {}
        except (OSError, YAMLError) as e:
            raise ShopFileError(f"店铺清单 {path} 读不了:{e}") from e
        shops = data.get("shops") if isinstance(data, dict) else None
        if not isinstance(shops, dict) or not shops:
            raise ShopFileError(f"店铺清单 {path} 要有 shops: 下面按店铺 id 列出 file 和 secret")
        base = path.parent
        return {
            str(shop_id): ShopEntry(**{**entry, "file": str(base / entry["file"]) if entry.get("file") else None})
            for shop_id, entry in shops.items()
        }
    return {settings.shop_id: ShopEntry(file=settings.shop, secret=settings.webhook_secret)}
