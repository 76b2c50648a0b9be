"""Notice when the sources change, so ``timeline serve`` can rebuild the docs.

MkDocs' dev server watches the docs folder and reloads the browser when a
page changes; what it cannot know is that the *articles* changed. This
watcher polls the sources (a stat of each supported file: cheap, and it
behaves the same on every file system, network mounts included, where
inotify does not) and calls back once a change has settled, i.e. two polls in
a row agree, so a feed being written is not built half-written.
"""
from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.read import SUFFIXES

Snapshot = frozenset[tuple[str, int, int]]
"""(path, size, mtime_ns) of every source file."""


def snapshot(sources: Iterable[str | Path]) -> Snapshot:
    """The state of every supported file under ``sources`` (files or folders)."""
    found: set[tuple[str, int, int]] = set()
    for source in sources:
        path = Path(source)
        files = [path] if not path.is_dir() else [
            Path(folder, name) for folder, _, names in os.walk(path) for name in names
        ]
        for file in files:
            if file.suffix.lower() not in SUFFIXES:
                continue
            try:
                stat = file.stat()
            except OSError:
                continue
            found.add((str(file), stat.st_size, stat.st_mtime_ns))
    return frozenset(found)


class SourceWatcher:
    """Poll ``sources`` every ``interval`` seconds; call ``on_change`` when they settle changed.

    ``poll`` does one step and is what the thread repeats; tests call it directly.
    An exception from ``on_change`` is printed and the watching goes on.
    """

    def __init__(self, sources: Iterable[str | Path], on_change: Callable[[], None], interval: float = 1.0) -> None:
        self.sources = tuple(sources)
        self.on_change = on_change
        self.interval = interval
        self._built = snapshot(self.sources)
        self._pending: Snapshot | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="timeline-watch", daemon=True)

    def poll(self) -> bool:
        """Look once; True when this poll ran ``on_change``."""
        now = snapshot(self.sources)
        if now == self._built:
            self._pending = None
            return False
        if now != self._pending:
            self._pending = now  # changed since the last look: wait for it to settle
            return False
        self._built, self._pending = now, None
        try:
            self.on_change()
        except Exception:  # a broken rebuild must not end the dev server's watching
            traceback.print_exc(file=sys.stderr)
        return True

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.poll()
