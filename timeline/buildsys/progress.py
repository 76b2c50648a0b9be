"""Progress of a long stage: a bar on a terminal, a few plain lines in a log.

A bar redrawn many times a second is noise in a CI log or a file, so when the
stream is not a terminal we print a line at every tenth of the work instead.
Lines carry counts only, never times, so logs of two builds compare equal.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TextIO


class Advance(Protocol):
    """Report that ``done`` more items are finished."""

    def __call__(self, done: int = 1) -> None: ...


def note(line: str) -> None:
    """A line about the build itself (not about an input) on stderr."""
    print(f"note: {line}", file=sys.stderr, flush=True)


@contextmanager
def progress(label: str, total: int, stream: TextIO | None = None) -> Iterator[Advance]:
    """Show the progress of ``total`` items of work named ``label`` on ``stream`` (stderr)."""
    out = stream if stream is not None else sys.stderr
    if total <= 0:
        yield _ignore
    elif out.isatty():
        with _bar(label, total, out) as advance:
            yield advance
    else:
        yield _LogLines(label, total, out)


def _ignore(done: int = 1) -> None:
    """Nothing to report."""


class _LogLines:
    """Print ``label: done/total (pct%)`` each time another tenth is finished, and at the end."""

    def __init__(self, label: str, total: int, stream: TextIO) -> None:
        self.label, self.total, self.stream = label, total, stream
        self.done = 0
        self.next_tenth = 1

    def __call__(self, done: int = 1) -> None:
        self.done = min(self.total, self.done + done)
        tenth = self.done * 10 // self.total
        if tenth >= self.next_tenth:
            self.next_tenth = tenth + 1
            print(f"{self.label}: {self.done}/{self.total} ({tenth * 10}%)", file=self.stream, flush=True)


@contextmanager
def _bar(label: str, total: int, stream: TextIO) -> Iterator[Advance]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(done: int = 1) -> None:
            bar.advance(task, done)

        yield advance
