"""botcore/halves.py: a long list worked in two halves at once, the second in a forked
child; the same result wherever the child cannot run, fails or is too slow. What a child
does is seen in a fresh Python process (one thread, as at a cold start)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Sequence

import pytest

from botcore import halves
from botcore.halves import MIN_ITEMS, in_halves


def _squares(part: Sequence[int]) -> list[int]:
    return [n * n for n in part]


@pytest.mark.parametrize("count", [0, 1, 2, 7, MIN_ITEMS - 1, MIN_ITEMS, MIN_ITEMS + 1])
def test_the_halves_are_the_work_of_each_half(count: int) -> None:
    items = list(range(count))
    first, second = in_halves(_squares, items)
    assert first == [n * n for n in items[:count // 2]]
    assert second == [n * n for n in items[count // 2:]]


def _run(body: str) -> list[str]:
    """``body`` in a fresh Python process; the lines it prints."""
    script = "import os, sys, time\nfrom botcore import halves\nfrom botcore.halves import in_halves\n"
    done = subprocess.run([sys.executable, "-c", script + textwrap.dedent(body)], capture_output=True, text=True,
                          check=True, cwd=os.getcwd(), env={**os.environ, "PYTHONPATH": os.getcwd()}, timeout=120)
    return done.stdout.split()


CAN_FORK = sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1


@pytest.mark.skipif(not CAN_FORK, reason="a child is forked only on Linux with two cores or more")
def test_a_long_list_has_its_second_half_worked_by_a_child_process() -> None:
    said = _run("""
        me = os.getpid()
        first, second = in_halves(lambda part: (os.getpid(), sum(part)), range(5000))
        print(first == (me, sum(range(2500))), second[0] != me, second[1] == sum(range(2500, 5000)))
    """)
    assert said == ["True", "True", "True"]


@pytest.mark.skipif(not CAN_FORK, reason="a child is forked only on Linux with two cores or more")
def test_a_child_that_fails_leaves_its_half_to_be_worked_here() -> None:
    said = _run("""
        me = os.getpid()
        def work(part):
            if os.getpid() != me:
                raise RuntimeError("the child breaks")
            return (os.getpid(), sum(part))
        print(in_halves(work, range(5000)) == ((me, sum(range(2500))), (me, sum(range(2500, 5000)))))
    """)
    assert said == ["True"]


@pytest.mark.skipif(not CAN_FORK, reason="a child is forked only on Linux with two cores or more")
def test_a_child_not_heard_from_in_time_is_stopped_and_its_half_worked_here() -> None:
    said = _run("""
        halves.GRACE_S = 0.2
        me = os.getpid()
        def work(part):
            if os.getpid() != me:
                time.sleep(60)
            return (os.getpid(), sum(part))
        started = time.monotonic()
        result = in_halves(work, range(5000))
        print(result == ((me, sum(range(2500))), (me, sum(range(2500, 5000)))), time.monotonic() - started < 30)
        try:
            os.waitpid(-1, os.WNOHANG)
            print("a-child-is-left")
        except ChildProcessError:
            print("no-child-left")
    """)
    assert said == ["True", "True", "no-child-left"]


def test_no_child_is_forked_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not halves._may_fork(5000)
        first, second = in_halves(lambda part: (os.getpid(), len(part)), range(5000))
    finally:
        stop.set()
        other.join()
    assert first == second == (os.getpid(), 2500)


def test_a_short_list_is_worked_here() -> None:
    assert not halves._may_fork(MIN_ITEMS - 1)
