"""Which report each sentence of a page belongs to, and so which day its relative dates count from.

Mostly the page's own, dated by its publication. But a teaser opened by its own stamp is of the stamp's
day; a compilation's later reports are of their datelines' days; and on some pages no sentence's day is
the page's (a page of teasers put together after its date, a log of entries over weeks): there only the
dates that write their month or year are known.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from timeline.boilerplate import MONTH, WIRE_DATELINE_END
from timeline.extract.dating import as_precise_as_written, is_clock_time, when_of
from timeline.extract.events import Dated
from timeline.records import Granularity, Mention, Sentence
from timeline.temporal import tag
from timeline.temporal.zones import ZONE


def reports(published: dt.date | None, sentences: Sequence[Sentence], readable: Sequence[tuple[int, str]],
             by_sentence: dict[int, list[Dated]], mentions: list[Mention], live: bool,
             posts: Mapping[int, dt.date] | None = None,
             ) -> tuple[dict[int, dt.date], set[int], dict[int, list[Dated]], list[Mention]]:
    """Which report each sentence belongs to, where that is not simply the page's: the day of the report
    of the sentences a stamp or a dateline dates otherwise (``_opening_day``, ``_later_reports``), their
    dates and mentions read again against it (``_told_from``); the sentences whose day the page's date
    does not give (all of a page of teasers put together after it, ``_compiled_later``, or of a log of
    entries over weeks, ``_is_log``; else those of a compilation's later reports without a day), which
    keep only their written dates (``_written_dates_only``); and the dates and mentions so changed. ``posts`` gives
    the day of a live page's posts that its update stamps date otherwise (``live.post_days``), read like a stamp's."""
    texts = [sentence.text for sentence in sentences]
    told_of = dict(readable)
    stamps = {index: day for index, rest in readable
              if (day := _opening_day(by_sentence.get(index, ()), texts[index][:len(texts[index]) - len(rest)],
                                      published)) is not None}
    compiled_later = _compiled_later(stamps.values(), published)
    reported: dict[int, dt.date] = {}
    for index, day in (posts or {}).items():  # a live page's post of another day than the page's (``live.post_days``)
        if index in told_of and index not in stamps:
            mentions = _told_from(day, sentences[index], told_of[index], by_sentence, mentions)
            reported[index] = day
    for index, day in stamps.items():
        if compiled_later or (published is not None and day < published):
            mentions = _told_from(day, sentences[index], told_of[index], by_sentence, mentions)
            reported[index] = day
    unanchored: set[int] = set()
    if compiled_later or (not live and _is_log(told_of.values())):
        unanchored = set(told_of) - set(stamps)
    else:
        for report, day in _later_reports(texts, readable, stamps):
            if day is None:
                unanchored.update(report)
                continue
            for index in report:
                if index not in reported:  # a dateline's own sentence was read against it above, if before
                    mentions = _told_from(day, sentences[index], told_of[index], by_sentence, mentions)
                    reported[index] = day
    if unanchored:
        by_sentence, mentions = _written_dates_only(by_sentence, mentions, unanchored)
    if stamps:
        mentions.sort(key=lambda mention: mention.sentence_index)  # stable: text order again
    return reported, unanchored, by_sentence, mentions


_AFTER_STAMP = re.compile(
    r"(?:,?\s*\d{4})?(?:\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?(?:\s*" + ZONE + r")?"
    r"(?:\s*\([A-Z][\w .&/-]{0,30}\))?\s*(?:--|[-\u2013\u2014:|])?\s*", re.I)
"""What may follow the day of a stamp or a dateline before the sentence it opens: a year or a clock
("Sat Aug 16 2008 21:30:00", "18 JANUARY, 2200"), a zone, a wire's credit and a dash ("HOUSTON, May 8
(Reuters) --"). A day followed by words is the opening's prose, not its stamp ("Wael Ghonim missing
since January 28 Amnesty International protests ...", "... since April 20 blowout")."""


def _opening_day(dates: Sequence[Dated], opening: str, published: dt.date | None) -> dt.date | None:
    """The day a sentence's opening stamp or dateline gives, when it is not the article's own
    ("Interim president pledges a break updated: Wed Jan 19 2011 14:27:00 Tunisia's president
    said Wednesday ..." in a page of Jan 31): a teaser of another report, its own date. The day must
    end the opening (``_AFTER_STAMP``): a headline or caption run in before the sentence may name a
    day of its own ("... missing since January 28 Amnesty International protests ... (CNN) --"),
    against which the sentence's "Monday" came out a week early."""
    days = [d for d in dates if d.end <= len(opening) and d.when.granularity is Granularity.DAY]
    if len(days) != 1 or published is None or _AFTER_STAMP.fullmatch(opening, days[0].end) is None:
        return None
    day = days[0].when.first
    return None if day == published else day


def _compiled_later(stamps: Iterable[dt.date], published: dt.date | None) -> bool:
    """Whether a page's teasers' stamps (``_opening_day``) say it was put together after its date: two
    stamps or more, one later than the page's date ("... updated: Sun Oct 23 2011 17:08:00 Tunisians
    vote Sunday ..." in a page dated 31 January 2011). Such a page lists other reports, each of its own
    day: a teaser with its stamp is dated by it, and the page's date anchors nothing else
    (``_written_dates_only``). A single later stamp may be the article's own update, and is let be."""
    days = list(stamps)
    return published is not None and len(days) >= 2 and max(days) > published


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_ENTRY_LABEL = re.compile(r"([A-Z][\w.'\u2019&-]*(?:\s+[\w.'\u2019&-]+){0,4}):\s")
LOG_LABELS = 5
"""How many of a log's sentences open on the same label at least (``_is_log``)."""
LOG_WEEKDAYS = 4
"""How many different weekdays a log's sentences name three times each or more (``_is_log``)."""


def _is_log(told: Iterable[str]) -> bool:
    """Whether the sentences a page tells (no furniture) are the entries of a log over weeks whose days'
    headings did not reach the text: the same label opens ``LOG_LABELS`` of them or more ("In the Gulf:
    ... on Monday allowed BP to keep its new well cap", "At the White House: ...", over three months;
    "Dow Jones Industrial Average: +64.59 ...", a day's close heading each day of a crisis), and they
    name ``LOG_WEEKDAYS`` weekdays three times each or more, so more than a week. The page's date
    anchors none of them (``_written_dates_only``). A chat's or an interview's speakers label its
    lines too, but speak of a day or two; a live page, which runs on for days, has its own reading of
    weekdays (``nearest_weekday``) and is not asked. On the 2,716 dev articles two pages pass, those
    two; with three labels and three weekdays, still those two."""
    labels: dict[str, int] = {}
    days: dict[str, int] = {}
    for sentence in told:
        label = _ENTRY_LABEL.match(sentence)
        if label is not None:
            labels[label.group(1)] = labels.get(label.group(1), 0) + 1
        for day in _WEEKDAY_WORD.findall(sentence):
            days[day.lower()] = days.get(day.lower(), 0) + 1
    return (max(labels.values(), default=0) >= LOG_LABELS
            and sum(1 for uses in days.values() if uses >= 3) >= LOG_WEEKDAYS)


_DATE_WRITTEN = re.compile(r"\b\d{4}\b|['\u2019]\d{2}\b|\b" + MONTH + r"(?![a-z])")
"""A date that writes its month or its year ("July 24", "in January 2011", "mid-August")."""


COMPILATION_DATELINES = 3
"""How many wire datelines open a page's sentences at least when the page is a compilation of reports."""


def _later_reports(texts: Sequence[str], readable: Sequence[tuple[int, str]],
                   stamps: dict[int, dt.date]) -> list[tuple[list[int], dt.date | None]]:
    """The reports a compilation adds after its first, each with the day its dateline gives, if any.

    A page whose sentences open on ``COMPILATION_DATELINES`` wire datelines or more ("HOUSTON, May 8
    (Reuters) -- ...", "HOUSTON (Reuters) -- ..." further down a page dated 14 May) strings together
    reports of several days. Its first report is the page's; each later one runs from its dateline to
    the next, is read against its dateline's day (``stamps``, ``_opening_day``), and without one is of a
    day the page's date does not give (``_written_dates_only``): its "Thursday" was a fortnight before.
    On the 2,716 dev articles one page is such a compilation (two more are lists of teasers)."""
    starts = [index for index, told in readable
              if len(told) < len(texts[index]) and WIRE_DATELINE_END.search(texts[index][:len(texts[index]) - len(told)])]
    if len(starts) < COMPILATION_DATELINES:
        return []
    if starts[0] == readable[0][0]:
        starts = starts[1:]  # the page's own report opens on its dateline
    ends = starts[1:] + [len(texts)]
    return [([index for index, _ in readable if start <= index < end], stamps.get(start))
            for start, end in zip(starts, ends)]


def _written_dates_only(by_sentence: dict[int, list[Dated]], mentions: list[Mention],
                        unanchored: set[int]) -> tuple[dict[int, list[Dated]], list[Mention]]:
    """The dates of the ``unanchored`` sentences, those whose day the page's date does not give
    (``_compiled_later``, ``_is_log``, ``_later_reports``), when each writes its month or year
    (``_DATE_WRITTEN``). A date that leans on the page's date ("Thursday", "today", "a year ago", "last
    week") is not known there, and its sentence keeps no date at all: the one left would be a side
    clause's ("... in absentia Tuesday for his alleged role in the death of protesters in January 2011")."""
    kept = {index: (dates if index not in unanchored or all(_DATE_WRITTEN.search(d.text) for d in dates) else [])
            for index, dates in by_sentence.items()}
    known = {(index, d.when) for index, dates in kept.items() for d in dates}
    return kept, [m for m in mentions if (m.sentence_index, m.when) in known]


def _told_from(stamp: dt.date, sentence: Sentence, told: str, by_sentence: dict[int, list[Dated]],
               mentions: list[Mention]) -> list[Mention]:
    """The dates of what the sentence tells after its opening, resolved against the opening's
    ``stamp`` instead of the article's date (its Dated in ``by_sentence`` replaced); the mentions
    with the sentence's own replaced too."""
    offset = len(sentence.text) - len(told)
    kept = [d for d in by_sentence.get(sentence.index, ()) if d.start < offset]
    retold: list[Dated] = []
    for timex in tag(told, stamp):
        when = when_of(timex)
        if when is None:
            continue
        retold.append(Dated.of(timex, offset, as_precise_as_written(when, timex.text), is_clock_time(timex)))
    by_sentence[sentence.index] = kept + retold
    return [m for m in mentions if m.sentence_index != sentence.index] + [
        Mention(sentence.index, d.when) for d in kept + retold if not d.clock_only]
