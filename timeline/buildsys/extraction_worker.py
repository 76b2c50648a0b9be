"""One extraction process, started before the build knows what it will extract.

The everyday rebuild adds a few articles to thousands: the new ones must be
extracted while the cached ones are decoded, and what delays the new ones is
not extracting them but importing the extractor (the temporal rules, sumy
and NLTK: about half a second). So a rebuild forks this worker first thing;
it imports the extractor while the parent reads the sources and checks
whether anything changed at all. If nothing did, or too much did for one
process, the worker is killed unused (a fork and a kill: milliseconds).

Work goes down a pipe as one list (sent from a thread, so the parent never
waits for the worker to finish importing) and each result comes back as its
own message. If the worker fails in any way, the parent extracts whatever
it did not get, so the result never depends on the worker.
"""
from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection

from timeline.config import ExtractConfig
from timeline.buildsys.forked import die_with_parent
from timeline.records import Article, Extraction


class ExtractionWorker:
    """A forked child that imports the extractor at once and extracts what it is later sent."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._connection, theirs = context.Pipe(duplex=True)
        self._process = context.Process(target=_serve, args=(theirs,), daemon=True)
        self._process.start()
        theirs.close()
        self._used = False
        self._closed = False

    @classmethod
    def start(cls) -> ExtractionWorker | None:
        """A started worker, or None where processes cannot be forked."""
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        try:
            return cls()
        except OSError:  # no more processes or pipes: the parent extracts itself
            return None

    def extract(self, articles: Sequence[Article], config: ExtractConfig) -> Iterator[Extraction]:
        """Start extracting ``articles`` now; the iterator yields their extractions in order.

        Call at most once per worker. Whatever the worker does not deliver is
        extracted here, in this process.
        """
        if self._used:
            raise RuntimeError("an ExtractionWorker extracts one batch")
        self._used = True
        sender = threading.Thread(target=self._send, args=(list(articles), config), daemon=True)
        sender.start()
        return self._results(articles, config, sender)

    def _send(self, articles: list[Article], config: ExtractConfig) -> None:
        try:
            self._connection.send((articles, config))
        except (OSError, ValueError):  # the worker is gone: _results finds out and falls back
            pass

    def _results(self, articles: Sequence[Article], config: ExtractConfig,
                 sender: threading.Thread) -> Iterator[Extraction]:
        working = True
        for article in articles:
            extraction = None
            if working:
                try:
                    done, value = self._connection.recv()
                except (EOFError, OSError):
                    working, done, value = False, False, None
                if done and isinstance(value, Extraction) and value.article_id == article.id:
                    extraction = value
            if extraction is None:
                from timeline.extract import extract

                extraction = extract(article, config)
            yield extraction
        sender.join()

    def close(self) -> None:
        """Stop the worker, at once: whatever it was doing is no longer wanted. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._connection.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._process.close()


def _serve(connection: Connection) -> None:
    """The worker: import the extractor, then extract each article sent, in order."""
    die_with_parent()
    gc.enable()  # extraction makes garbage with reference cycles (see build._no_cycle_collection)
    import timeline.extract
    import timeline.extract.summarize  # noqa: F401  (imported by extract on first use; here, ahead of it)

    try:
        articles, config = connection.recv()
        for article in articles:
            try:
                connection.send((True, timeline.extract.extract(article, config)))
            except Exception:  # the parent extracts this one itself, and meets the error there
                connection.send((False, None))
    except (EOFError, OSError):
        pass  # the parent needs nothing (more)
    finally:
        connection.close()
