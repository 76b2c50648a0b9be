"""One build at a time per output folder: an exclusive ``flock`` on a file beside it.

Two builds writing the same docs folder would interleave their pages; with
the lock the second one waits (up to a timeout) and then refuses with a
message naming the holder. The lock file is left in place on purpose:
deleting a lock file while another process waits on it lets a third process
lock a different file of the same name. The kernel drops the lock when its
holder exits, however it exits, so a killed build never leaves it stuck.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DEFAULT_WAIT_SECONDS = 60.0
_POLL_SECONDS = 0.1


class OutputBusy(RuntimeError):
    """Another build holds the output lock and did not let go in time."""


def lock_path(output: Path) -> Path:
    """The lock file of ``output``: a hidden file beside it, ``.docs.lock`` for ``docs``."""
    return output.parent / f".{output.name}.lock"


@contextmanager
def exclusive(output: Path, wait_seconds: float = DEFAULT_WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of ``output`` for the duration of the block.

    Waits up to ``wait_seconds`` (0: do not wait) for another build to finish,
    then raises OutputBusy.
    """
    path = lock_path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        _acquire(fd, path, wait_seconds)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, path: Path, wait_seconds: float) -> None:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                raise OutputBusy(f"another build (process {holder}) is writing this output; "
                                 f"waited {wait_seconds:g} s for {path} and gave up") from None
            time.sleep(_POLL_SECONDS)
