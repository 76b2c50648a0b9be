"""The one executor of the extract stage: here, over local processes, or on a Dask cluster.

Extraction is a pure function of (article, config), so where it runs changes
nothing in the result. Locally the standard library's process pool maps it
(``--jobs``, one process per core by default) once there are enough articles
to pay for starting the processes; on a cluster ``timeline.buildsys.cluster``
maps batches over Dask's workers (``--scheduler``).

Every pool process asks the kernel to kill it when the build dies
(``die_with_parent``): a build killed with SIGKILL (a CI timeout, the OOM
killer) cannot clean up, and a process that outlived it kept the output
locks it inherited, so every later build waited and failed.

This module once had company: a worker forked ahead of a rebuild to import
the extractor while the cache was read, and forked children rendering half
the pages and the exports. Measured against their absence
(``benchmarks/bench_build.py`` and a full build with MkDocs, 2,716 articles,
one run each): the worker saved 0.34 of 4.31 s on a rebuild with one article
added (7%) and cost 0.06 of 0.66 s when nothing changed; the page child saved
0.66 of 15.7 s cold (4%) and 0.15 s on one added (3.5%); the export child
1.56 of 17.7 s on a full build with one added (8%). None saved the tenth of
a scenario that code kept only for speed must, so they were removed.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from timeline.config import ExtractConfig
from timeline.records import Article, Extraction

PARALLEL_THRESHOLD = 64
"""Below this many articles a process pool costs more than it saves."""
_PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal the kernel sends this process when its parent exits (Linux)."""


def extract_each(articles: Sequence[Article], config: ExtractConfig, jobs: int, scheduler: str = "",
                 say: Callable[[str], None] = print) -> Iterator[Extraction]:
    """Extract ``articles``: on the cluster of ``scheduler`` when given (results in the order
    batches finish), else in order, across ``jobs`` local processes when there are many."""
    if not articles:
        return
    if scheduler:
        from timeline.buildsys.cluster import extract_on_cluster

        yield from extract_on_cluster(articles, config, scheduler, say)
        return
    from timeline.extract import extract  # the temporal rules: imported only by a build that extracts

    workers = min(jobs or os.cpu_count() or 1, len(articles))
    if workers > 1 and len(articles) >= PARALLEL_THRESHOLD:
        chunk = max(1, min(16, len(articles) // (workers * 8)))
        if config.summarizer != "lead":  # sumy is imported on first use: load it once, before the fork
            import timeline.extract.sumy_methods  # noqa: F401

        with ProcessPoolExecutor(max_workers=workers, initializer=_start_process) as pool:
            yield from pool.map(extract, articles, [config] * len(articles), chunksize=chunk)
        return
    paused = not gc.isenabled()
    gc.enable()  # extraction makes short-lived garbage with cycles (see build._no_cycle_collection)
    try:
        for article in articles:
            yield extract(article, config)
    finally:
        if paused:
            gc.disable()


def _start_process() -> None:
    """A pool process: ends with the build; collects cycles (see build._no_cycle_collection)."""
    die_with_parent()
    gc.enable()


def die_with_parent() -> None:
    """Make this (forked) process end when the process that forked it ends, however it ends.

    On Linux the kernel sends SIGKILL on the parent's exit (``PR_SET_PDEATHSIG``);
    a parent already gone before that call is caught by the changed parent id.
    Elsewhere nothing is done: the pool's processes then end when its queue closes.
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
