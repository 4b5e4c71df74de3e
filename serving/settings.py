"""Server settings, from environment variables (``XIAOER_...``) and ``xiaoer serve`` flags.

One shop: ``XIAOER_SHOP`` (a shop file; the bundled example when unset), served as
``XIAOER_SHOP_ID`` with ``XIAOER_WEBHOOK_SECRET``; ``XIAOER_ADMIN_TOKEN`` opens its admin
API and /admin page. Several shops: ``XIAOER_SHOPS``, a YAML file mapping each shop id
to its file, webhook secret and admin token (its SHA-256, or a variable holding it)::

    shops:
      qiqi:   {file: shops/qiqi.yaml, secret_env: QIQI_SECRET, admin_token_env: QIQI_ADMIN_TOKEN}
      lanlan: {file: shops/lanlan.yaml, secret: "...", admin_token_sha256: "9f86d08..."}
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from botcore.errors import SettingsError, ShopFileError
from botcore.yamltext import YAMLError, parse_yaml

__all__ = ["ServerSettings", "ShopEntry", "load_settings", "shop_entries", "token_hash"]


class ShopEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str | None = None
    secret: str | None = None
    secret_env: str | None = None
    # the admin token (admin API and /admin page), stored hashed: see `xiaoer token`
    admin_token_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    admin_token_env: str | None = None

    def admin_hash(self) -> str | None:
        """The SHA-256 of the shop's admin token, or None when it has none (no admin API)."""
        if self.admin_token_sha256:
            return self.admin_token_sha256
        token = os.environ.get(self.admin_token_env) if self.admin_token_env else None
        return token_hash(token) if token else None

    def resolved_secret(self, shop_id: str) -> str:
        secret = self.secret or (os.environ.get(self.secret_env) if self.secret_env else None)
        if not secret or len(secret) < 16:
            raise ShopFileError(
                f"店铺 {shop_id} 没有 webhook 密钥(至少 16 个字符):请设置 secret 或 secret_env 指向的环境变量"
            )
        return secret


def token_hash(token: str) -> str:
    """How admin tokens are kept: their SHA-256 (tokens are long and random, so no salt is needed)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="XIAOER_", extra="ignore")

    shop: str | None = None
    shop_id: str = Field(default="example", pattern=r"^[A-Za-z0-9_-]{1,40}$")
    webhook_secret: str | None = None
    admin_token: str | None = Field(default=None, min_length=16)
    shops: str | None = None
    state: str = "sqlite:///xiaoer-state.db"
    state_ttl_hours: float = Field(default=72, gt=0)
    # the conversation log (`serving.history`): days each event is kept, and events kept per shop
    history_days: float = Field(default=30, gt=0, le=3660)
    history_keep: int = Field(default=50_000, ge=1, le=10_000_000)
    signature_window_seconds: float = Field(default=300, gt=0)
    max_body_bytes: int = Field(default=64 * 1024, gt=0)
    rate_per_conversation: int = Field(default=30, gt=0)  # messages per minute
    rate_per_shop: int = Field(default=3000, gt=0)  # requests per minute
    log_level: str = "info"


def _entry(path: Path, shop_id: str, entry: object) -> ShopEntry:
    if not isinstance(entry, dict) or not entry.get("file"):
        raise SettingsError(
            f"店铺清单 {path} 里的 {shop_id} 要写 file(店铺文件)和 secret 或 secret_env,"
            f"例如 {shop_id}: {{file: {shop_id}.yaml, secret_env: {shop_id.upper()}_SECRET}}"
        )
    try:
        return ShopEntry(**{**entry, "file": str(path.parent / entry["file"])})
    except ValidationError as e:
        problem = e.errors()[0]
        raise SettingsError(
            f"店铺清单 {path} 里的 {shop_id}: {'.'.join(map(str, problem['loc']))} {problem['msg']}"
            "(可用的字段: file, secret, secret_env, admin_token_sha256, admin_token_env)"
        ) from e


def load_settings() -> ServerSettings:
    """The settings from the environment, with errors a person can act on."""
    try:
        return ServerSettings()
    except ValidationError as e:
        problem = e.errors()[0]
        name = "XIAOER_" + str(problem["loc"][0]).upper() if problem["loc"] else "XIAOER_..."
        secret = any(word in name for word in ("TOKEN", "SECRET"))  # never echo a secret into a log
        shown = f"{len(str(problem.get('input')))} 个字符" if secret else repr(problem.get("input"))
        raise SettingsError(f"设置 {name} 不对:{problem['msg']}(现在是 {shown})") from e


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
        return {str(shop_id): _entry(path, str(shop_id), entry) for shop_id, entry in shops.items()}
    admin = token_hash(settings.admin_token) if settings.admin_token else None
    return {settings.shop_id: ShopEntry(file=settings.shop, secret=settings.webhook_secret,
                                        admin_token_sha256=admin)}
