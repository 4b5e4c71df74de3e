"""Prometheus metrics of the webhook: requests, latency, decisions by mode and intent,
hand-offs. With several uvicorn workers, set ``PROMETHEUS_MULTIPROC_DIR`` to a shared
empty folder and every worker's figures are added up."""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

__all__ = ["Metrics"]


class Metrics:
    def __init__(self) -> None:
        # Each app has its own registry (an app built twice in one process, as `xiaoer serve`
        # does to check its settings, must not collide). In multiprocess mode the values go
        # to PROMETHEUS_MULTIPROC_DIR whatever the registry, and `render` adds them up.
        self._multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        self._registry = CollectorRegistry()
        registry = self._registry
        self.requests = Counter("xiaoer_requests_total", "HTTP requests", ["path", "status"], registry=registry)
        self.latency = Histogram(
            "xiaoer_request_seconds", "HTTP request latency", ["path"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5), registry=registry,
        )
        self.decisions = Counter("xiaoer_decisions_total", "Decisions on buyer messages",
                                 ["shop", "mode", "intent"], registry=registry)
        self.handoffs = Counter("xiaoer_handoffs_total", "Conversations handed to a human", ["shop"],
                                registry=registry)

    def request(self, path: str, status: int, seconds: float) -> None:
        self.requests.labels(path, str(status)).inc()
        self.latency.labels(path).observe(seconds)

    def decision(self, shop: str, mode: str, intent: str) -> None:
        self.decisions.labels(shop, mode, intent).inc()
        if mode == "handoff":
            self.handoffs.labels(shop).inc()

    def render(self) -> tuple[bytes, str]:
        if self._multiprocess:
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # unannotated upstream
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self._registry), CONTENT_TYPE_LATEST
