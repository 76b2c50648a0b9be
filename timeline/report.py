"""Problems found in the inputs, and the end-of-build summary.

Stages return problems as values instead of logging into a shared object, so
a stage stays a pure function and the build can count and order every problem
deterministically before it prints them.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from timeline.records import count_of


class Severity(enum.Enum):
    WARNING = "warning"
    """The input was used, perhaps partly (undated, re-decoded, a bad line)."""
    ERROR = "error"
    """The input (a file, or a line of a feed) was not used at all."""


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with one input: where it is and why it matters."""

    origin: str
    """The path, with ``:line`` for a line of a feed."""
    reason: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.severity.value}: {self.origin}: {self.reason}"

    def reading_order(self) -> tuple[str, int, str]:
        """Where the problem is, as a reader goes through the inputs: by path, then a feed's lines by number
        ("feed.jsonl:2" before "feed.jsonl:10", which the origin's text would put after it)."""
        path, colon, line = self.origin.rpartition(":")
        if colon and line.isdigit():
            return path, int(line), self.reason
        return self.origin, 0, self.reason


@dataclass(frozen=True, slots=True)
class Summary:
    """What the build used and what it could not: the last thing a user reads."""

    articles: int
    skipped: int
    warnings: int
    events: int | None = None
    """None when the events were not counted (``timeline check`` extracts nothing): the line leaves them out."""

    def __str__(self) -> str:
        counted = f", {count_of(self.events, 'dated event')}" if self.events is not None else ""
        return (
            f"{count_of(self.articles, 'article')} used, {count_of(self.skipped, 'input')} skipped, "
            f"{count_of(self.warnings, 'warning')}{counted}"
        )


def summarize(articles: int, problems: tuple[Problem, ...], events: int | None = None) -> Summary:
    """Count problems by severity into a Summary."""
    errors = sum(p.severity is Severity.ERROR for p in problems)
    return Summary(articles=articles, skipped=errors, warnings=len(problems) - errors, events=events)
