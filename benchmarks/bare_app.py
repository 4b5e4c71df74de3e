"""The HTTP floor for the webhook benchmark: a FastAPI app whose endpoint reads the body
and returns a constant, served by the same uvicorn. Nothing else."""

from __future__ import annotations

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/")
async def constant(request: Request) -> dict[str, str]:
    await request.body()
    return {"mode": "auto"}


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
