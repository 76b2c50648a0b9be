"""Untitled articles whose title, made from their text, is the site's furniture.

A page saved as text opens with whatever the site printed above the article: on one news
site's pages of one dev story, a "most popular" headline ("2 men charged in death of
Chicago teen ...") opened 58 of its 271 articles, published over 19 days. Each article is
titled on its own (``timeline.read.untitled.title_from_text``), so each took that line for
its title, and a reader met it as the source of key dates and events it has nothing to do
with. Only the articles read together show it: a title that untitled articles published on
``FURNITURE_DAYS`` days or more share is no article's headline, and those articles are
titled by their next real sentence instead ("Still the best political coverage." on four pages
of one paper, then "In Speech to Congress, Obama Outlines His Plans for Economic Recovery"), or
by their source and day where none is ("CNN · 26 January 2011"), with a warning that says why.
A given title is never changed, however often it repeats ("Letters", "Live updates").
"""
from __future__ import annotations

import datetime as dt

from collections.abc import Sequence
from dataclasses import replace

from timeline.read.article_store import ArticleStore
from timeline.records import long_date
from timeline.report import Problem

NO_TITLE = "no title"
"""How the warning about an article read without a title opens (``timeline.read``)."""
FURNITURE_DAYS = 3
"""Untitled articles published on this many days or more that share a title made from their text
share furniture, not news: one story's articles do not open with the same sentence day after day."""


def untitled_warning(title: str) -> str:
    """The warning about an article read without a title, titled ``title`` from its text."""
    return f"{NO_TITLE}: titled {title!r} from its text"


def retitle_furniture(store: ArticleStore, problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` with the warning of each article whose made title was furniture told anew;
    those articles' titles changed in ``store`` (by source and publication day)."""
    if not any(map(is_untitled, problems)):
        return list(problems)  # every article titled: no temporary table to fill
    untitled = (p.origin for p in problems if is_untitled(p))
    shared = store.titles_shared(untitled, FURNITURE_DAYS)
    if not shared:
        return list(problems)
    told: dict[str, str] = {}
    # the next lines of such pages are furniture too where they open pages of as many days ("View how tourism,
    # commerce and the coastline are all at risk." after another story's headline): not their title either
    days_of: dict[str, set[dt.date | None]] = {}
    for row in shared:
        for title in row.other_titles:
            days_of.setdefault(title, set()).add(row.published)
    furniture = frozenset(row.title for row in shared) | {
        title for title, days in days_of.items() if len(days) >= FURNITURE_DAYS}
    for row in shared:
        # the next title its text gave (the build keeps no text to read again), unless furniture too
        new = next((t for t in row.other_titles if t not in furniture), "")
        new = new or source_and_day(row.source, row.published) or "Untitled"
        store.retitle(row.position, new)
        told[row.origin] = (f"{NO_TITLE}: titled {new!r}: the title its text gave, {row.title!r}, opens "
                            f"{row.articles} untitled articles published on {row.days} days (the site's furniture, "
                            "not a headline)")
    return [replace(p, reason=told[p.origin]) if p.origin in told and is_untitled(p) else p for p in problems]


def source_and_day(source: str, published: dt.date | None) -> str:
    """The title of an untitled article whose text gives none: its source and day, "bpoil_foxnews, 7 July
    2010" (either alone when the other is unknown). A comma, not the " · " that separates the sources listed
    under an event: "Sources: bpoil_bbc · 16 December 2010 · ..." read as twice the articles it named."""
    return ", ".join(part for part in (source, long_date(published) if published else "") if part)


def is_untitled(problem: Problem) -> bool:
    """Whether ``problem`` is the warning about an article read without a title (``untitled_warning``)."""
    return problem.reason.startswith(NO_TITLE + ":")


def heeding_untitled(problems: tuple[Problem, ...], untitled: str) -> tuple[Problem, ...]:
    """The problems a build reports under the config's ``untitled``: all of them ("warn"), or all but the "no title"
    warnings (``untitled_warning``) for "accept", a feed known to carry no titles, whose every record titled from
    its text had failed ``--strict``."""
    return problems if untitled != "accept" else tuple(problem for problem in problems if not is_untitled(problem))
