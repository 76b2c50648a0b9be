"""Extraction into the build cache: what the extract stage does around the executor.

``Pending`` takes the articles the build reads whose extraction the cache
lacks, and extracts them (``timeline.buildsys.executor``) into the cache a
batch at a time, so the build holds neither all their texts nor any result:
the later stages read the results back one at a time
(``timeline.buildsys.cache.StoredExtractions``). ``extract_all`` extracts a
list of articles and returns every result, from the cache where it has them:
for a caller that wants them all at hand (benchmarks, tests); the commands read
as the build does (``timeline.build.with_extractions``)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.buildsys.cache import ExtractionCache, StoredExtractions, extraction_key
from timeline.buildsys.executor import extract_each
from timeline.buildsys.progress import note, progress
from timeline.config import Config, ExtractConfig
from timeline.records import Article, Extraction

if TYPE_CHECKING:  # imported where used: with the key dates it loads NumPy, which a build with nothing to do skips
    from timeline.assemble.gather import ExtractionSource

CACHE_BATCH = 64
"""Extractions stored per cache write: an interrupted build keeps most of its work."""
TEXT_BUDGET = 8 * 1024 * 1024
"""Characters of article text the build holds for extraction by local processes before it extracts
them, reading on (``Pending``): about 1,600 news articles, 25 batches for the processes. The texts
held are most of a first build's peak, the forked processes' share included: a cold build of 20,000
synthetic articles (one run each, PSS of the process tree) peaked at 407 MB holding 64 M
characters, 227 MB at 16 M and 174 MB at 8 M, in 108, 108 and 110 s."""
CLUSTER_TEXT_BUDGET = 64 * 1024 * 1024
"""The same on a Dask cluster (``--scheduler``), where each round of extraction should give every
worker batches: about 10,000 news articles, 160 batches, 64 to 256 MB as Python holds them."""


def extract_all(articles: Sequence[Article], config: ExtractConfig, jobs: int = 0, *,
                cache_dir: str | Path | None = None, scheduler: str = "") -> dict[str, Extraction]:
    """Extract every article, reusing cached results and spreading the rest over processes.

    With ``cache_dir`` only articles whose content, the config or the version
    changed since a recent build are extracted; the others come from the cache.
    ``scheduler``, a Dask scheduler's address, sends the extraction to that cluster
    instead of local processes (``timeline.buildsys.executor``); results are cached as they come.
    """
    cache = ExtractionCache.open_or_warn(cache_dir) if cache_dir is not None else None
    try:
        keys = {a.id: extraction_key(a, config) for a in articles} if cache is not None else {}
        found: dict[str, Extraction] = {}
        for article in articles:
            hit = cache.get(keys[article.id]) if cache is not None else None
            if hit is not None and hit.article_id == article.id:
                found[article.id] = hit
        new = [a for a in articles if a.id not in found]
        label = f"extract ({len(found)} cached)" if cache is not None else "extract"
        for extraction, _ in _extract_into(cache, new, config, jobs, scheduler, keys, False, label):
            found[extraction.article_id] = extraction
    finally:
        if cache is not None:
            cache.close()
    return {a.id: found[a.id] for a in articles}


def _extract_into(cache: ExtractionCache | None, articles: Sequence[Article], config: ExtractConfig, jobs: int,
                  scheduler: str, keys: Mapping[str, str], show_progress: bool,
                  label: str) -> Iterator[tuple[Extraction, bool]]:
    """Extract ``articles`` (``timeline.buildsys.executor``), storing the results in ``cache``
    ``CACHE_BATCH`` at a time as they come; yields each with whether it is stored."""
    with progress(label, len(articles) if show_progress else 0) as advance:
        batch: list[Extraction] = []
        for extraction in extract_each(articles, config, jobs, scheduler, note):
            advance()
            batch.append(extraction)
            if len(batch) >= CACHE_BATCH:
                yield from _stored(cache, batch, keys)
                batch = []
        yield from _stored(cache, batch, keys)


def _stored(cache: ExtractionCache | None, batch: list[Extraction],
            keys: Mapping[str, str]) -> list[tuple[Extraction, bool]]:
    done = cache.put_many((keys[e.article_id], e) for e in batch) if cache is not None else frozenset()
    return [(e, keys.get(e.article_id) in done) for e in batch]


class Pending:
    """The articles read whose extraction the cache lacks, extracted into the cache a batch at a time.

    Their texts are held until ``TEXT_BUDGET`` characters of them are (``CLUSTER_TEXT_BUDGET``
    on a cluster): those are then
    extracted (``flush``) while reading goes on, so a first build of a large archive
    never holds all its text (1.4 GB for 100,000 articles) and a rebuild that adds a
    few articles still extracts them only once it knows the build is not up to date.
    The build holds none of the results: the later stages read them from the cache
    one at a time (``timeline.assemble.gather``). Without a cache, or for a result the
    cache could not store, they are held in memory.
    """

    def __init__(self, cache: ExtractionCache | None, config: Config, keys: Mapping[str, str]) -> None:
        """``keys``: every article's key, by id, to read its extraction from the cache (the build's
        ``ArticleStore.keys``: those of the articles read so far)."""
        self._cache = cache
        self._config = config
        self._keys_of_all = keys
        self._articles: list[Article] = []
        self._keys: dict[str, str] = {}
        """The keys of the articles held, to store their extractions under."""
        self._characters = 0
        self._held: dict[str, Extraction] = {}
        self.cached = 0
        """Articles read whose extraction the cache has."""

    def add(self, article: Article, key: str) -> None:
        self._articles.append(article)
        self._keys[article.id] = key
        self._characters += len(article.text)
        if self._characters > (CLUSTER_TEXT_BUDGET if self._config.scheduler else TEXT_BUDGET):
            self.flush("extract (while reading)")

    def flush(self, label: str) -> None:
        """Extract every article held into the cache, and let go of their texts."""
        config = self._config
        for extraction, stored in _extract_into(self._cache, self._articles, config.extract, config.jobs,
                                                config.scheduler, self._keys, True, label):
            if not stored:
                self._held[extraction.article_id] = extraction
        self._articles, self._keys, self._characters = [], {}, 0

    def finish(self) -> ExtractionSource:
        """Extract what is left; where to read every article's extraction."""
        self.flush(f"extract ({self.cached} cached)" if self._cache is not None else "extract")
        if self._cache is None:
            from timeline.assemble.gather import HeldExtractions

            return HeldExtractions(self._held)
        return StoredExtractions(self._cache, self._keys_of_all, self._held)
