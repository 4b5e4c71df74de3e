"""The app's own OpenAPI schema, fuzzed by schemathesis (derandomized, a bounded number of
examples per route): no request gets a 5xx, and every response matches what the schema
documents (status codes, content types, bodies, the ``Allow`` header of a 405)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from servers import SECRET
from support import ADMIN_TOKEN

from server import create_app
from serving.settings import ServerSettings

FOLDER = Path(tempfile.mkdtemp(prefix="xiaoer-schema-"))  # the schema is read when tests are collected
APP = create_app(ServerSettings(webhook_secret=SECRET, admin_token=ADMIN_TOKEN, state=f"sqlite:///{FOLDER}/s.db"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _clean_up() -> Iterator[None]:
    yield
    shutil.rmtree(FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_no_route_answers_5xx_or_off_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
