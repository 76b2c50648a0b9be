"""The extract stage: one article in, its sentences, dates, events and summary out.

``extract`` is a pure function of the article and the ExtractConfig: no clock,
no global state, no I/O. That makes its result cacheable by content and lets
the build map it over processes.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence

from timeline.boilerplate import (CAPTION, COMMENT, MONTH, SPEAKER, WIRE_DATELINE_END, kind_after, opens_with_credit,
                                  strip_dateline)
from timeline.config import ExtractConfig
from timeline.headline import after_title
from timeline.read.untitled import run_in_end
from timeline.records import Article, Event, Extraction, Granularity, Mention, Sentence, Sentences, When
from timeline.sentences import split_sentences
from timeline.extract.summarize import summarize
from timeline.extract.events import (Dated, choose_anchor, continues, in_writers_voice, reports_happening,
                                    stands_alone)
from timeline.untokenize import untokenize
from timeline.temporal import Timex, tag, timex_interval
from timeline.temporal.zones import ZONE
from timeline.words import content_words, vocabulary

_GRANULARITY = {
    "day": Granularity.DAY,
    "time": Granularity.DAY,
    "week": Granularity.WEEK,
    "weekend": Granularity.WEEK,
    "month": Granularity.MONTH,
    "season": Granularity.SEASON,
    "quarter": Granularity.QUARTER,
    "half": Granularity.HALF,
    "year": Granularity.YEAR,
    "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}


def when_of(timex: Timex) -> When | None:
    """The normalized date a DATE/TIME expression refers to, if it is resolvable."""
    if timex.type not in ("DATE", "TIME"):
        return None
    granularity = _GRANULARITY.get(timex.granularity)
    value = timex.value
    if granularity is Granularity.DAY:
        value = value[:10]
    interval = timex_interval(value) if granularity is not None else None
    if interval is None or granularity is None:
        return None
    return When(first=interval[0], granularity=granularity, value=value, last=interval[1])


def extract(article: Article, config: ExtractConfig) -> Extraction:
    """Extract everything the later stages need from one article.

    The text is read as written (``untokenize``: tokenized archives read like
    any other text). Every resolved date is kept as a mention (key dates weigh days by them);
    a sentence makes at most one event, dated by its main happening
    (``timeline.extract.events``). Page furniture (comments, datelines,
    share prompts: ``timeline.boilerplate``) makes neither, nor a summary.
    """
    text = untokenize(article.text)
    sentences = split_sentences(text)
    texts = [s.text for s in sentences]
    starts = [s.start for s in sentences]
    coarsest = Granularity[config.coarsest_event.upper()]
    kinds = furniture_kinds(texts)
    furniture = [kind is not None for kind in kinds]
    by_sentence: dict[int, list[Dated]] = {}
    mentions: list[Mention] = []
    live = is_live_page(text)
    for timex in tag(text, article.published):
        when = when_of(timex)
        if when is None:
            continue
        if live:
            when = nearest_weekday(when, timex.text, article.published)
        sentence = _sentence_at(sentences, starts, timex.start)
        if sentence is None or kinds[sentence.index] not in _NAMES_DAYS:
            continue
        clock_only = _is_clock_time(timex) or (
            live and timex.start == sentence.start and _STAMP_YEAR.match(timex.text) is not None)
        when = _as_precise_as_written(when, timex.text)
        if not clock_only:
            mentions.append(Mention(sentence.index, when))
        by_sentence.setdefault(sentence.index, []).append(
            Dated(timex.start - sentence.start, timex.end - sentence.start, timex.text, when, clock_only))
    # Each sentence that is no furniture, without its dateline and without the headline run into it:
    # what an event or a summary tells.
    top = _top_block(texts, article.title)
    readable = [(i, lead) for i, rest in summary_candidates(texts, furniture)
                if i not in top and (lead := _lead(rest, texts[i], article.title, text, i - 1 in top))]
    if live:
        readable = [(i, without_post_stamp(rest)) for i, rest in readable]
    told_of = dict(readable)
    reported, unanchored, by_sentence, mentions = _reports(article.published, sentences, readable, by_sentence,
                                                          mentions, live)
    happenings = happening_sentences(readable)
    events: list[Event] = []
    previous: Event | None = None
    for sentence in sentences:
        event = None
        told = told_of.get(sentence.index)
        if told is not None and sentence.index in happenings:
            if stands_alone(told) or continues(told):
                offset = sentence.text.find(told)
                dates = [dataclasses.replace(d, start=d.start - offset, end=d.end - offset)
                         for d in by_sentence.get(sentence.index, ()) if d.start >= offset]
                event = _event(article, sentence, told, offset, dates, previous, coarsest,
                               reported.get(sentence.index, article.published))
                if event is not None and sentence.index in unanchored and not event.expression:
                    event = None  # dated "as of the report" or by the sentence before: the page's date again
        previous = event
        if event is not None:
            events.append(event)
    chosen = summarize([text for _, text in readable], config.summary_sentences, config.summarizer, config.language)
    summary = tuple(readable[i][0] for i in chosen)
    # A column, a blog or a page of readers' comments tells opinion and experience: its events
    # make no timeline entries (``timeline.assemble``).
    voice = in_writers_voice([text for _, text in readable])
    words = tuple(map(content_words, texts))
    return Extraction(article.id, Sentences.of(sentences), tuple(mentions), tuple(events), summary, voice,
                      words, vocabulary(words), openings_of(texts, readable), happenings)


def _reports(published: dt.date | None, sentences: Sequence[Sentence], readable: Sequence[tuple[int, str]],
             by_sentence: dict[int, list[Dated]], mentions: list[Mention], live: bool,
             ) -> tuple[dict[int, dt.date], set[int], dict[int, list[Dated]], list[Mention]]:
    """Which report each sentence belongs to, where that is not simply the page's: the day of the report
    of the sentences a stamp or a dateline dates otherwise (``_opening_day``, ``_later_reports``), their
    dates and mentions read again against it (``_told_from``); the sentences whose day the page's date
    does not give (all of a page of teasers put together after it, ``_compiled_later``, or of a log of
    entries over weeks, ``_is_log``; else those of a compilation's later reports without a day), which
    keep only their written dates (``_written_dates_only``); and the dates and mentions so changed."""
    texts = [sentence.text for sentence in sentences]
    told_of = dict(readable)
    stamps = {index: day for index, rest in readable
              if (day := _opening_day(by_sentence.get(index, ()), texts[index][:len(texts[index]) - len(rest)],
                                      published)) is not None}
    compiled_later = _compiled_later(stamps.values(), published)
    reported: dict[int, dt.date] = {}
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
                if index not in stamps:
                    mentions = _told_from(day, sentences[index], told_of[index], by_sentence, mentions)
                reported[index] = day
    if unanchored:
        by_sentence, mentions = _written_dates_only(by_sentence, mentions, unanchored)
    if stamps:
        mentions.sort(key=lambda mention: mention.sentence_index)  # stable: text order again
    return reported, unanchored, by_sentence, mentions


def _lead(told: str, sentence: str, title: str, text: str, after_headline: bool = False) -> str:
    """What a sentence tells (``told``: the ``sentence`` without its dateline) without the headline run
    into it (``headline.after_title``) and, after a headline, without the picture's caption run in next
    (``read.untitled.run_in_end``): a page's top block that reached the text as one run ("... missing in
    Haiti after quake The UN could not confirm that its top officials were dead Officials at the UN say
    ..."). The headline may have gone with the dateline already ("United States sues BP over Gulf oil
    disaster The action, filed ..."): the caption after it is looked for all the same. Read on the 2,716
    dev articles: 45 first sentences lose a caption so, 44 to their lead (one cut inside a list of
    idioms, which reads as poorly as before)."""
    lead = after_title(told, title)
    if lead == told and not after_headline and after_title(sentence, title) == sentence:
        return told  # neither run into its title nor right after it (``_top_block``)
    lead = strip_dateline(lead)
    return lead[run_in_end(lead, text):]


_STOP_AT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
"""A sentence's closing stop, with any quotes or brackets after it."""


def _top_block(texts: Sequence[str], title: str) -> frozenset[int]:
    """The indices of a page's headline and captions: its opening sentences without a stop at their end,
    up to ``TOP_BLOCK`` of them, when the title opens the page and a sentence with a stop follows (the
    lead). A text file saved from a page holds them as lines of their own ("Firm bosses hold crisis
    talks", "The meeting was the first since the spill on Tuesday", then the lead): the headline is the
    untitled article's title and was also its summary's first sentence, and a caption's date dated an
    event. They make no event and no summary sentence now, and the sentence after them is read for a
    caption run into it (``_lead``). A first sentence that titles an article with no headline ends on its
    stop and stays. (None of the 2,716 dev articles has such lines: their pages run headline, caption and
    lead into one line, ``headline.after_title``.)"""
    if not texts or not title or not texts[0].startswith(title.rstrip("\u2026")):
        return frozenset()
    block: list[int] = []
    for i, sentence in enumerate(texts[:TOP_BLOCK]):
        if _STOP_AT_END.search(sentence) is not None:
            return frozenset(block)
        block.append(i)
    return frozenset()


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
        retold.append(Dated(timex.start + offset, timex.end + offset, timex.text,
                            _as_precise_as_written(when, timex.text), _is_clock_time(timex)))
    by_sentence[sentence.index] = kept + retold
    return [m for m in mentions if m.sentence_index != sentence.index] + [
        Mention(sentence.index, d.when) for d in kept + retold if not d.clock_only]


_DATE_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|"
    r"tomorrow|tonight|last|next|this)[a-z]*\b|\b\d{1,2}[/-]\d{1,2}\b", re.I)
"""A day in a time expression ("Friday at 3 pm", "March 25, 2011 at 5:33 am"): without one,
"at 3 pm", "1520 GMT" or "struck at 1653" is a clock time that says nothing of the day
(a four-digit number in a time of day is the clock, not a year)."""


def _is_clock_time(timex: Timex) -> bool:
    """A time of day with no day in it (``_DATE_WORD``): it dates no happening."""
    return timex.granularity == "time" and not _DATE_WORD.search(timex.text)


_UPDATE_STAMP = re.compile(r"[(\[]\s*(?:Update|Updated|UPDATE|UPDATED)\b[^)\]]{0,60}?\d{1,2}[:.]\d{2}")
_POST_STAMP = re.compile(r"(?:^|\n)\s*(?:\d{4}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s*" + ZONE + r")?"
                         r"\s*[:\-\u2013]?\s+[A-Z]")
LIVE_STAMPS = 3
"""Time-stamped posts ("(Update 4:30 a.m. ET)", a line opening "1358 ...") that make a page a live page."""
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|early|late|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|" + ZONE + r")?(?=\s|$|,)", re.I)
"""A time of day around a weekday ("1:50 a.m. Wednesday"): the weekday is still bare."""
LIVE_LOOKBACK = 3
"""On a live page a bare weekday is the one nearest its first post: at most this many days before it."""


_STAMP_YEAR = re.compile(r"^\d{4}$")
"""On a live page, four digits opening a post ("2005 Paris Hilton ... urged support") are its time stamp."""
_WEEKS_AGO = re.compile(r"\b(?:weeks?|months?)\s+(?:ago|earlier|before)\b", re.I)


def _as_precise_as_written(when: When, expression: str) -> When:
    """ "three weeks ago" is a week, not the day 21 days back: the date the reader sees is no
    more precise than the text."""
    if when.granularity is not Granularity.DAY or not _WEEKS_AGO.search(expression):
        return when
    year, week, _ = when.first.isocalendar()
    monday = when.first - dt.timedelta(days=when.first.isoweekday() - 1)
    return When(monday, Granularity.WEEK, f"{year}-W{week:02d}", monday + dt.timedelta(days=6))


def is_live_page(text: str) -> bool:
    """Whether the article is a live page: posts stamped with their time, added for days after it was first dated."""
    return len(_UPDATE_STAMP.findall(text)) + len(_POST_STAMP.findall(text)) >= LIVE_STAMPS


_OPENING_POST_STAMP = re.compile(
    r"(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}[:.][0-5]\d\s*(?:[ap]\.?m\.?)?)(?:\s*" + ZONE + r")?\s*[:\-\u2013]?\s+(?=[A-Z])")
"""The stamp that opens a live page's post, as ``without_post_stamp`` takes it off: ``_POST_STAMP``'s
shape, which counts such stamps to tell a live page, but read more strictly (four digits only as a
clock, 0000 to 2359) and with more zones ("6.00 pm CDT:"), since here it cuts a sentence."""


def without_post_stamp(sentence: str) -> str:
    """A live page's sentence without the time stamp of the post it opens ("2224 The US Coast Guard has
    posted videos ..." -> "The US Coast Guard ..."): the stamp dates nothing (``_is_clock_time``) and
    no reader needs it in the sentence. Only on a live page (``is_live_page``), where a line's opening
    four digits are its post's time: elsewhere they may be a chronology's year."""
    stamp = _OPENING_POST_STAMP.match(sentence)
    return sentence[stamp.end():] if stamp is not None else sentence


def nearest_weekday(when: When, expression: str, published: dt.date | None) -> When:
    """A bare weekday of a live page ("told CNN Friday") moved to the one nearest the page's date.

    A live page keeps its first date while its posts run on for days, so a
    "Friday" in a page dated Thursday is, in a post, most likely the next
    day, not the Friday almost a week before (which a news report would call
    "last Friday"). Plain articles keep the tense rule (``timeline.temporal``).
    """
    bare = _CLOCK.sub(" ", expression).replace(" at ", " ").strip(" ,")
    if (published is None or when.granularity is not Granularity.DAY
            or not _WEEKDAY_ONLY.match(" ".join(bare.split())) or expression.lower().startswith("last")):
        return when
    if LIVE_LOOKBACK < (published - when.first).days < 7:
        day = when.first + dt.timedelta(days=7)
        return When(day, Granularity.DAY, day.isoformat() + when.value[10:], day)
    return when


_NAMES_DAYS = (None, SPEAKER)
"""Sentences whose dates count as mentions (key dates weigh days by them): a transcript line
is speech, no timeline entry, but the day it names matters to the story all the same."""


TOP_BLOCK = 3
"""A photo credit that opens one of an article's sentences up to this index closes the page's top block."""


def furniture_kinds(texts: Sequence[str]) -> list[str | None]:
    """The kind of page furniture each sentence is (``timeline.boilerplate``), None for a real one.

    Reader comments come after the article, each a header ("March 25, 2011 at
    5:33 am | Reply") and a body that reads like any sentence: so from the
    first comment header on, every sentence is of the comment section.

    A page's top block (its headline, standfirst and picture caption) often reaches the text as
    one run without stops ("BP chief flies to Louisiana as oil spill spreads BP analysis had
    warned of risks A containment boom is staged at the refuge."), and no sentence rule can part
    it; the picture's credit closes it ("Photograph: Gerald Herbert/AP"). So when a credit opens
    one of the first sentences (up to ``TOP_BLOCK``), the sentences before it are the caption's
    block (``CAPTION``): no event, no key date's sentence, no summary. The story starts after
    the credit, which ``strip_dateline`` takes off its first sentence. Further down, a credit
    may as well come before its caption ("Photo: A passenger walks past ...") after a real
    paragraph, so there the sentences before it are left as they are.
    """
    kinds: list[str | None] = []
    in_comments = False
    for text in texts:
        kind = kind_after(kinds[-1] if kinds else None, text)
        in_comments = in_comments or kind == COMMENT
        kinds.append(COMMENT if in_comments else kind)
    credit = next((i for i in range(1, min(len(texts), TOP_BLOCK + 1)) if opens_with_credit(texts[i])), None)
    if credit is not None:
        kinds[:credit] = [kind or CAPTION for kind in kinds[:credit]]
    return kinds


def summary_candidates(texts: Sequence[str], furniture: Sequence[bool] | None = None) -> list[tuple[int, str]]:
    """(index, text without its dateline) of the sentences a summary may use: no page furniture.

    ``furniture`` flags the sentences already found to be furniture (else each is checked).
    """
    flags = furniture if furniture is not None else [kind is not None for kind in furniture_kinds(texts)]
    return [(i, strip_dateline(text)) for i, text in enumerate(texts) if not flags[i]]


def happening_sentences(readable: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The indices of the ``summary_candidates`` that report a happening (``reports_happening``)."""
    return frozenset(i for i, told in readable if reports_happening(told))


def openings_of(texts: Sequence[str], readable: Sequence[tuple[int, str]]) -> dict[int, int]:
    """By index, the length of the opening ``strip_dateline`` took off each of the ``summary_candidates``.

    What it leaves is the sentence itself or its end (sentences are trimmed, ``split_sentences``).
    """
    return {i: len(texts[i]) - len(told) for i, told in readable if len(told) < len(texts[i])}


def _event(article: Article, sentence: Sentence, text: str, offset: int, dates: list[Dated],
           previous: Event | None, coarsest: Granularity, published: dt.date | None) -> Event | None:
    """The sentence's event, dated by its own anchor, else by the sentence it continues; ``published`` is
    the day of the report it belongs to (the page's, or a teaser's or a compiled report's own)."""
    when = choose_anchor(text, dates, published)
    if when is not None:
        if when.granularity < coarsest:
            return None
        anchor = next((d for d in dates if d.when == when), None)
        start = sentence.start + offset + (anchor.start if anchor else 0)
        end = sentence.start + offset + (anchor.end if anchor else 0)
        return Event(article.id, sentence.index, text, when, anchor.text if anchor else "", start, end)
    if (not dates and previous is not None and previous.sentence_index == sentence.index - 1
            and previous.expression and previous.when.granularity is Granularity.DAY
            and (published is None or previous.when.last <= published) and continues(text)):
        # Only a told happening goes on: a plan ("will meet on Friday") has no next step yet.
        return Event(article.id, sentence.index, text, previous.when, "", sentence.start, sentence.start)
    return None


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
