"""Extraction on a Dask cluster: the extract stage past one machine.

Extraction is a pure function of (article, config), so it maps over any
workers that have the package installed. The articles go out in batches
(``BATCH_ARTICLES`` each: one task per article would spend more on the
scheduler than on the work), and each batch's results come back as soon as
it is done, so the build stores them in its cache while the others run.

Dask itself reruns the batches of a worker that dies (up to its
``distributed.scheduler.allowed-failures``); the build notices a worker that
left and says so. Everything here imports ``distributed`` on use: it is the
optional extra ``timeline[cluster]``, and a local build never needs it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from timeline.config import ExtractConfig
from timeline.records import Article, Extraction

BATCH_ARTICLES = 64
"""Articles a task: a batch takes a worker a few seconds, long beside the scheduler's
milliseconds a task, short enough that two workers share a 2,716-article story evenly."""
CONNECT_SECONDS = 30
"""How long to wait for the scheduler before the build gives up (with the address in the error)."""


class ClusterError(RuntimeError):
    """The scheduler cannot be reached, ``distributed`` is missing, or a batch failed for good."""


def extract_batch(articles: Sequence[Article], config: ExtractConfig) -> list[Extraction]:
    """A worker's task: extract each article of the batch, in order."""
    from timeline.extract import extract

    return [extract(article, config) for article in articles]


def extract_on_cluster(articles: Sequence[Article], config: ExtractConfig, scheduler: str,
                       say: Callable[[str], None]) -> Iterator[Extraction]:
    """Extract ``articles`` on the Dask cluster at ``scheduler``; yield results as batches finish.

    ``say`` gets one line for each worker that left the cluster during the build.
    """
    if not articles:
        return
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError("a scheduler is set but Dask is not installed: pip install 'timeline[cluster]'") from exc
    dask: Any = distributed  # its API is untyped: used through Any
    try:
        client = dask.Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        workers = _workers(client)
        if not workers:
            say(f"the Dask cluster at {scheduler} has no worker yet: extraction waits for one")
        batches = [list(articles[i:i + BATCH_ARTICLES]) for i in range(0, len(articles), BATCH_ARTICLES)]
        futures = client.map(extract_batch, batches, config=config, pure=False)
        # A batch's results stay in its worker's memory while a future refers to them: each is
        # dropped once read (on 100,000 articles, kept to the end, they took the 2 workers 4.8 GB).
        waiting = {future.key: (future, len(batch)) for future, batch in zip(futures, batches)}
        done = dask.as_completed(futures, loop=client.loop)
        del futures, batches
        try:
            for future in done:
                _, size = waiting.pop(future.key)
                try:
                    extractions = future.result()
                except Exception as exc:  # noqa: BLE001 - the worker's own error, reraised here with context
                    raise ClusterError(f"a batch of {size} articles failed on the "
                                       f"cluster: {type(exc).__name__}: {exc}") from exc
                future.release()
                yield from extractions
                now = _workers(client)
                for gone in sorted(workers - now):
                    say(f"Dask worker {gone} left during the build; the cluster ran its batches again")
                workers = now
        finally:
            client.cancel([future for future, _ in waiting.values()])


def _workers(client: Any) -> set[str]:
    """The addresses of the cluster's workers now (all of them, not Dask's default first five)."""
    return set(client.scheduler_info(n_workers=-1)["workers"])
