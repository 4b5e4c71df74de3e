"""Admin tokens: one per shop, kept as SHA-256, compared in constant time.

No token, or one no shop has: 401. A token of another shop: 403.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from serving.httpapi import ApiError
from serving.settings import token_hash

__all__ = ["authorise"]


def authorise(shop_id: str, header: str | None, hashes: Mapping[str, str | None]) -> None:
    scheme, _, token = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token", "需要管理令牌:请在请求头写 Authorization: Bearer <令牌>")
    given = token_hash(token.strip())
    if hashes.get(shop_id) and hmac.compare_digest(given, hashes[shop_id] or ""):
        return
    if any(h and hmac.compare_digest(given, h) for other, h in hashes.items() if other != shop_id):
        raise ApiError(403, "wrong_shop", f"这个令牌不能管理店铺 {shop_id}")
    if not hashes.get(shop_id):
        raise ApiError(401, "admin_disabled",
                       f"店铺 {shop_id} 没有设置管理令牌:请设置 XIAOER_ADMIN_TOKEN 或店铺清单里的 admin_token_env")
    raise ApiError(401, "bad_token", "管理令牌不对,请检查后重新输入")
