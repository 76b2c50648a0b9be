"""Run one function in a forked child process while the parent goes on.

Choosing key dates and assembling the timeline both read every extraction and
neither needs the other, so on two cores they can run at once; so can two
halves of the pages to render. A fork, not a pool, because the child must see
what is already in memory (thousands of extractions, the whole timeline):
pickling them to a worker would cost more than the work itself. Only the
result comes back, pickled through a pipe. If the child fails in any
way the parent calls the function itself, so the answer never depends on
whether the fork worked.

Every child the build forks (this one, the extraction worker, the extraction
pool's processes) calls ``die_with_parent`` first: a build killed with
SIGKILL (a CI timeout, the OOM killer) cannot clean up, and a child that
outlived it kept the output locks it inherited, so every later build waited
and failed until someone found and killed the orphan.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal the kernel sends this process when its parent exits (Linux)."""


def die_with_parent() -> None:
    """Make this (forked) process end when the process that forked it ends, however it ends.

    On Linux the kernel sends SIGKILL on the parent's exit (``PR_SET_PDEATHSIG``);
    a parent already gone before that call is caught by the changed parent id.
    Elsewhere nothing is done: the children then end when their pipe closes.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent or parent == 1:
        os._exit(1)  # the parent died before the signal was armed


@contextmanager
def started_in_child(call: Callable[[], T], enabled: bool = True) -> Iterator[Callable[[], T]]:
    """Start ``call()`` in a forked child; yield a function that returns its result.

    The yielded function may be called any number of times, in this process
    only (a child forked meanwhile must not: it would read the answer off
    the pipe); it waits for the answer once and then keeps it. Without
    ``enabled`` (or where processes cannot be forked) nothing is started and
    the yielded function calls ``call`` itself, once.
    """
    answer: list[T] = []

    def once(get: Callable[[], T]) -> Callable[[], T]:
        def result() -> T:
            if not answer:
                answer.append(get())
            return answer[0]
        return result

    if not enabled or "fork" not in multiprocessing.get_all_start_methods():
        yield once(call)
        return
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run_and_send, args=(call, send, receive), daemon=True)
    child.start()
    send.close()

    def from_child() -> T:
        try:
            done, value = receive.recv()
        except (EOFError, OSError):
            done = False
        return value if done else call()

    result = once(from_child)

    try:
        yield result
    finally:
        receive.close()
        child.join(timeout=1)
        if child.is_alive():
            child.terminate()
            child.join()


def _run_and_send(call: Callable[[], object], send: Connection, receive: Connection) -> None:
    die_with_parent()
    # The read end came with the fork: were it open here, a result too big for the pipe
    # would wait forever for a reader that is this process itself once the parent is gone.
    receive.close()
    try:
        send.send((True, call()))
    except BaseException:  # anything at all: the parent then works it out itself
        send.send((False, None))
    finally:
        send.close()
