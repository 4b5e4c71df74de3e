"""The shop owner's side: the admin API (``/api/shops/{shop_id}/...``) and the /admin page."""

from __future__ import annotations

from admin.api import admin_router
from admin.page import AdminPage

__all__ = ["AdminPage", "admin_router"]
