"""Helpers and fixtures for the webhook server tests: a controllable clock, signed
posts, event builders, a real ``redis-server`` and real uvicorn processes.

Fixtures here are re-exported by the test modules that use them, e.g.
``redis_server = servers.redis_server`` (a plain assignment keeps ruff happy).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from serving.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SHOP = ROOT / "botcore" / "data" / "shops" / "clothing.yaml"
SECRET = "test-secret-0123456789abcdef"
SHOP_TZ = dt.timezone(dt.timedelta(hours=8))

#: Every wait in these tests is bounded by one of these (seconds).
START_TIMEOUT = 40.0
STOP_TIMEOUT = 20.0
REQUEST_TIMEOUT = 15.0


# --------------------------------------------------------------------------- time


def shop_time(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> float:
    """Unix seconds of a wall-clock time in the shop's time zone (UTC+8)."""
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=SHOP_TZ).timestamp()


class Clock:
    """A clock the tests move by hand: ``clock()`` is the time, ``advance`` moves it on."""

    def __init__(self, start: float) -> None:
        self.now = float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self.now += seconds
            return self.now

    def shop_date(self) -> dt.date:
        return dt.datetime.fromtimestamp(self(), SHOP_TZ).date()


# --------------------------------------------------------------------------- events


def buyer_message(conversation: str, text: Any, *, buyer: str = "buyer-1", **extra: Any) -> dict[str, Any]:
    return {"type": "buyer_message", "conversation_id": conversation, "buyer_id": buyer, "text": text, **extra}


def agent_status(agent: str, status: str) -> dict[str, Any]:
    return {"type": "agent_status", "agent_id": agent, "status": status}


def agent_message(conversation: str, agent: str = "agent-1", text: str = "亲，我来帮您看看") -> dict[str, Any]:
    return {"type": "agent_message", "conversation_id": conversation, "agent_id": agent, "text": text}


def release(conversation: str, agent: str = "agent-1") -> dict[str, Any]:
    return {"type": "release", "conversation_id": conversation, "agent_id": agent}


def encode(event: Mapping[str, Any] | bytes) -> bytes:
    if isinstance(event, bytes):
        return event
    return json.dumps(event, ensure_ascii=False).encode("utf-8")


def signed_headers(secret: str, body: bytes, timestamp: float | str) -> dict[str, str]:
    stamp = timestamp if isinstance(timestamp, str) else f"{timestamp:.3f}"
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(secret, stamp, body),
            "Content-Type": "application/json"}


@dataclass
class Webhook:
    """Signs and posts events to one shop's webhook.

    ``client`` is a ``fastapi.testclient.TestClient`` or an ``httpx.Client`` (same API);
    the timestamp comes from ``clock`` (the app's clock for a TestClient, real time for a
    real process).
    """

    client: Any
    secret: str = SECRET
    shop_id: str = "example"
    clock: Callable[[], float] = time.time
    item_id: str | None = "dress-floral"
    headers: dict[str, str] = field(default_factory=dict)

    def post(
        self,
        event: Mapping[str, Any] | bytes,
        *,
        secret: str | None = None,
        shop_id: str | None = None,
        timestamp: float | str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
    ) -> httpx.Response:
        """Sign ``event`` and post it. ``body`` (if given) is sent instead of the signed
        bytes, to tamper with a signed request."""
        signed = encode(event)
        sent_headers = {**signed_headers(secret or self.secret, signed, self.clock() if timestamp is None
                                         else timestamp), **self.headers, **(headers or {})}
        return self.client.post(f"/webhook/{shop_id or self.shop_id}", content=signed if body is None else body,
                                headers=sent_headers)

    def ok(self, event: Mapping[str, Any], **options: Any) -> dict[str, Any]:
        """Post and expect 200 with a JSON body."""
        response = self.post(event, **options)
        assert response.status_code == 200, response.text
        return response.json()

    def say(self, conversation: str, text: str, **extra: Any) -> dict[str, Any]:
        """A buyer message (on ``item_id`` unless told otherwise); the decision."""
        extra.setdefault("item_id", self.item_id)
        if extra["item_id"] is None:
            del extra["item_id"]
        return self.ok(buyer_message(conversation, text, **extra))

    def status(self, agent: str, value: str) -> dict[str, Any]:
        return self.ok(agent_status(agent, value))


def error_of(response: httpx.Response) -> dict[str, str]:
    """The ``{"code", "message"}`` of an error response, checking its shape."""
    assert response.headers["content-type"].startswith("application/json"), response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message"}, body
    assert body["error"]["message"], body
    return body["error"]


def check_main_flow(hook: Webhook, advance: Callable[[float], Any], conversation: str = "flow-1") -> None:
    """Auto answer, hand-off silence, release: the core behaviour on any state store.

    ``advance`` moves the app's clock on (past the burst window between messages).
    """
    first = hook.say(conversation, "有L码吗")
    assert first["mode"] == "auto", first
    assert len(first["replies"]) == 1 and "米白色" in first["replies"][0], first
    assert first["intents"] == ["stock"]

    advance(30)
    complaint = hook.say(conversation, "衣服一洗就掉色,太差劲了,我要投诉你们")
    assert complaint["mode"] == "handoff", complaint
    assert {"type": "flag", "reason": "complaint"} in complaint["actions"], complaint

    advance(30)
    quiet = hook.say(conversation, "黑色还有吗")
    assert quiet["mode"] == "silent", quiet
    assert quiet["replies"] == []

    released = hook.ok(release(conversation))
    assert released == {"ok": True, "released": conversation}

    advance(30)
    again = hook.say(conversation, "有XL码吗")
    assert again["mode"] == "auto", again
    assert "XL" in again["replies"][0]


# --------------------------------------------------------------------------- ports, processes


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_env(**values: str) -> dict[str, str]:
    """This process's environment without any XIAOER_* or Prometheus settings, plus ``values``."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XIAOER_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(values)
    return env


class ServerProcess:
    """One ``xiaoer serve`` process (uvicorn), its output in a log file."""

    def __init__(self, log_path: Path, env: Mapping[str, str], *, workers: int = 1, port: int | None = None) -> None:
        self.port = port or free_port()
        self.workers = workers
        self.log_path = log_path
        self._log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()/kill()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "xiaoer.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--workers", str(workers)],
            cwd=ROOT, env=dict(env), stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: teardown can kill the workers too
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")

    def started_pids(self) -> set[int]:
        pids = set()
        for line in self.log().splitlines():
            if line.startswith("{") and '"msg": "started"' in line:
                with contextlib.suppress(ValueError, KeyError):
                    pids.add(int(json.loads(line)["pid"]))
        return pids

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Until /healthz answers and every worker has started (or fail with the log)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"server exited with {self.proc.returncode} while starting:\n{self.log()[-4000:]}")
            try:
                healthy = httpx.get(f"{self.url}/healthz", timeout=1.0).status_code == 200
            except httpx.HTTPError:
                healthy = False
            if healthy and len(self.started_pids()) >= self.workers:
                return
            time.sleep(0.05)
        self.kill()
        pytest.fail(f"server not ready within {timeout} s:\n{self.log()[-4000:]}")

    def stop(self, timeout: float = STOP_TIMEOUT) -> int | None:
        """SIGTERM and wait; the exit code (negative for a signal), None if it did not exit in time."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        finally:
            if self.proc.poll() is None:
                self.kill()
            self._log.close()

    def kill(self) -> None:
        """Kill the process group this server started (its workers too)."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
        if not self._log.closed:
            self._log.close()


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., ServerProcess]]:
    """Start ``xiaoer serve`` processes: ``start_server(env, workers=1)``; all are killed at teardown."""
    started: list[ServerProcess] = []

    def start(env: Mapping[str, str], *, workers: int = 1, wait: bool = True) -> ServerProcess:
        server = ServerProcess(tmp_path / f"server-{len(started)}.log", env, workers=workers)
        started.append(server)
        if wait:
            server.wait_ready()
        return server

    yield start
    for server in started:
        server.kill()


# --------------------------------------------------------------------------- raw HTTP


@dataclass
class RawResult:
    """What came back on one connection: ``refused`` (no connection), ``closed`` (connected
    but closed or reset before a single byte came back) or ``response`` (bytes came back:
    ``complete`` says whether they form a whole response)."""

    kind: str
    status: int | None = None
    body: bytes = b""
    complete: bool = False
    raw: bytes = b""


def parse_raw_response(data: bytes) -> RawResult:
    head, sep, body = data.partition(b"\r\n\r\n")
    match = re.match(rb"HTTP/1\.[01] (\d{3}) ", head)
    if not sep or not match:
        return RawResult("response", raw=data)
    length = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
    complete = length is not None and len(body) == int(length.group(1))
    return RawResult("response", int(match.group(1)), body, complete, data)


def request_bytes(port: int, path: str, body: bytes, headers: Mapping[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", f"Content-Length: {len(body)}",
             "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def read_all(sock: socket.socket) -> tuple[bytes, bool]:
    """Everything until EOF; whether the connection was reset."""
    data = bytearray()
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            return bytes(data), True
        if not chunk:
            return bytes(data), False
        data += chunk


def raw_post(port: int, path: str, body: bytes, headers: Mapping[str, str], timeout: float = REQUEST_TIMEOUT,
             ) -> RawResult:
    """One POST on a new connection, classified (see `RawResult`)."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    except (ConnectionRefusedError, ConnectionResetError):
        return RawResult("refused")
    with sock:
        try:
            sock.sendall(request_bytes(port, path, body, headers) + body)
        except (ConnectionResetError, BrokenPipeError):
            data, _ = read_all(sock)
            return parse_raw_response(data) if data else RawResult("closed")
        data, _ = read_all(sock)
    return parse_raw_response(data) if data else RawResult("closed")


# --------------------------------------------------------------------------- redis


@dataclass
class RedisServer:
    port: int
    proc: subprocess.Popen[bytes]

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def flush(self) -> None:
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)
        try:
            client.flushall()
        finally:
            client.close()


def _redis_binary() -> str | None:
    found = shutil.which("redis-server")
    if found:
        return found
    return "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None


def start_redis(folder: Path, port: int | None = None) -> RedisServer:
    """A real redis-server of the test's own (on ``port`` to start one again where it was),
    keeping nothing on disk: restarted, it is empty."""
    return _start_redis(folder, port)


def stop_redis(server: RedisServer) -> None:
    _stop(server.proc)


def _start_redis(folder: Path, port: int | None = None) -> RedisServer:
    import redis

    binary = _redis_binary()
    if binary is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("XIAOER_REQUIRE_REDIS") == "1":
            pytest.fail(f"XIAOER_REQUIRE_REDIS=1 but {message}")
        pytest.skip(message)
    port = port or free_port()
    log = open(folder / "redis.log", "wb")  # noqa: SIM115 - handed to the process
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder)],
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
    )
    log.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1, socket_connect_timeout=1)
        try:
            if client.ping():
                return RedisServer(port, proc)
        except redis.RedisError:
            time.sleep(0.05)
        finally:
            client.close()
    _stop(proc)
    pytest.fail(f"redis-server did not start:\n{(folder / 'redis.log').read_text(errors='replace')[-2000:]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


_shared_redis: RedisServer | None = None
_redis_users = 0


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One real redis-server for the whole session (shared by every module re-exporting
    this fixture), stopped at the end. Skipped when redis-server is missing, unless
    XIAOER_REQUIRE_REDIS=1."""
    global _shared_redis, _redis_users
    if _shared_redis is None or _shared_redis.proc.poll() is not None:
        _shared_redis = _start_redis(tmp_path_factory.mktemp("redis"))
    _redis_users += 1
    try:
        yield _shared_redis
    finally:
        _redis_users -= 1
        if _redis_users == 0 and _shared_redis is not None:
            _stop(_shared_redis.proc)
            _shared_redis = None


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """A freshly emptied Redis for one test."""
    redis_server.flush()
    return redis_server.url()


# --------------------------------------------------------------------------- shop files


def write_shop(path: Path, *, name: str | None = None, replace: Mapping[str, str] | None = None) -> Path:
    """A copy of the example shop file with its name and/or some lines changed."""
    text = EXAMPLE_SHOP.read_text("utf-8")
    changes = dict(replace or {})
    if name is not None:
        changes["  name: 拾柒衣橱\n"] = f"  name: {name}\n"
    for old, new in changes.items():
        assert old in text, f"{old!r} is not in the example shop file any more"
        text = text.replace(old, new, 1)
    path.write_text(text, "utf-8")
    return path
