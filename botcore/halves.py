"""Work on a long list in two halves at once: the second half in a forked child process.

Reading the library every shop learns from (normalising 13,700 texts, cutting them into
words, finding their entities) is pure Python, which holds the interpreter's lock, so a
thread does not help; a child forked after the first text was read (the tokenizer and
every lazily built table loaded once, shared) works on the second half while this process
works on the first, and sends back what it made, pickled through a pipe.

The child is forked only where that is safe and pays: Linux (fork is the platform's own
way there), more than one core free to this process, no other thread running (a lock held
by another thread at the fork would stay held in the child forever), and at least
`MIN_ITEMS` items. Anywhere else, and whenever the child fails or is not heard from in
time, both halves are worked here: the result is the same either way.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["MIN_ITEMS", "in_halves"]

T = TypeVar("T")
R = TypeVar("R")

#: Fewer items than this are worked here alone (a fork and a pipe cost about 10 ms).
MIN_ITEMS = 2000
#: How long the child may take beyond this process's half, at least, before it is given up.
GRACE_S = 5.0


def in_halves(work: Callable[[Sequence[T]], R], items: Sequence[T]) -> tuple[R, R]:
    """``(work(first half), work(second half))`` of ``items``, the second worked in a
    forked child at the same time where that is safe (see the module's docstring).
    ``work`` must not depend on the order it is called in, and its result must pickle."""
    half = len(items) // 2
    first, second = items[:half], items[half:]
    if not _may_fork(len(items)):
        return work(first), work(second)
    work(items[:1])  # whatever the work loads lazily is loaded before the fork, once
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        status = 1
        try:
            os.close(reading)
            with os.fdopen(writing, "wb") as pipe:
                pickle.dump(work(second), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(writing)
    started = time.monotonic()
    try:
        here = work(first)
        data = _read_all(reading, deadline=time.monotonic() + max(GRACE_S, 2 * (time.monotonic() - started)))
    except BaseException:
        _kill(pid)
        raise
    finally:
        os.close(reading)
    if data is None:  # not heard from in time
        _kill(pid)
        return here, work(second)
    if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0:  # it closed the pipe as it failed
        return here, work(second)
    there: R = pickle.loads(data)
    return here, there


def _may_fork(count: int) -> bool:
    if count < MIN_ITEMS or sys.platform != "linux" or not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores > 1 and threading.active_count() == 1


def _read_all(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes until it closes the pipe; None if it does not by ``deadline``."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
