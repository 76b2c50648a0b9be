"""Key dates: pick the days that matter to a story and the sentences that tell them.

This is timeline summarization (TLS) done the way the literature found to work
best among cheap, unsupervised methods (the date-wise approach of Ghalandari &
Ifrim 2020, "Examining the State of the Art in News Timeline Summarization"):

1. **Rank days.**  A day matters when many articles *refer* to it, not only
   when many are published on it: journalists keep naming the day of the
   quake, the verdict, the vote, in the weeks after (and announce the
   hearing before it).  A day's salience counts the distinct articles that
   mention it at day precision together with the articles published on the
   day and, at half weight, on the following day (a day's events are reported
   that evening and the next morning).  Month-level mentions add a small share to each day of their
   month so that they break ties but never make a day on their own.
2. **Cover the story's phases.**  Salience alone keeps the busiest weeks (a
   story is covered most, and its first days named most, at its start) and
   stops long before the story does.  The story's span is its publication
   span, less the first and last 1% of publication dates (one stray article
   does not stretch it).  A quarter of the date budget (``phase_share``,
   rounded up, when there are two dates or more) is kept for its phases: the
   latest phase is the span's last tenth (``latest_share``), the earlier ones
   split the rest in equal stretches, and each phase gets its most salient
   day.  The rest of the budget follows salience.  Days more than a month
   outside the span (background: an earlier war, a past crisis) compete on
   salience too, but make at most a tenth of the key dates (``outside_share``,
   rounded down).
3. **Collect candidates per day.**  The events dated to the day (sentences
   whose main happening took place on it: ``timeline.extract.events``; the
   most informative, written *about* it; not from an article published
   before it, which tells a plan or a forecast: ``Tuning.told_ahead``) plus
   the lead sentences of the articles published that day or the day after
   that name no date of their own (the opening of a news story is its summary).  A forecast of the day
   in an article of the day itself tells it only when no candidate that tells what happened is left
   (``Tuning.forecasts_last``).  Every candidate
   reports a happening and is no page furniture (``timeline.boilerplate``);
   the dateline or bracketed aside that opens it ("Cairo, Egypt (CNN) --")
   is trimmed (``strip_dateline``).  Salience (step 1) still counts every
   date a sentence names.
4. **Rank sentences by centrality.**  TF-IDF vectors over the story; a day's
   centroid keeps the words that both its mentioning and its published
   sentences use (the news-tls "PM-mean" idea: words on both sides are about
   the day's event), each word weighed against the days around it, so that
   a day is told by what is its own, not by what its week repeats
   (``day_sentences.own_words``); the story centroid adds the topic's own
   words, so that a sentence about the day *and* about the story wins.
5. **Keep it readable and non-redundant.**  Only declarative sentences of
   reasonable length (no questions, quotes, bylines, "click here", teasers
   cut off with "..", fragments of a wrongly split sentence), and no sentence
   that repeats one already chosen for any day.  The most salient day chooses
   its sentences first; a day left with none gives its place to the next day
   by salience.

Everything is deterministic: ties are broken by date, article id and sentence
index, and no randomness or clock is used.

The modules, in the order a choice runs through them: ``tuning`` (the knobs),
``parts`` (what one article gives the key dates, made beside its extraction and
stored with it; ``candidates``: which of its sentences may be printed, and their
words), ``salience`` (steps 1 and 2: which days), ``rows`` (step 3: every
candidate on disk, read back a chosen day at a time) and ``day_sentences``
(steps 4 and 5: a day's sentences). This module runs them and prints the result.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from timeline.extract.happenings import leans_back
from timeline.headline import after_title
from timeline.records import Article, Extraction, KeyDate, KeySentence, long_date
from timeline.untokenize import untokenize

from .parts import KeyDatePart, decode_part, encode_part, key_date_part, sentences_read
from .rows import Chosen, Story, Survey
from .salience import Span, by_salience, choose_days, outside_cap, score_days
from .day_sentences import summarize_day
from .tuning import DEFAULT_TUNING, Tuning, parse_tuning

__all__ = [
    "DEFAULT_TUNING",
    "KeyDatePart",
    "Tuning",
    "decode_part",
    "default_date_count",
    "default_sentence_count",
    "encode_part",
    "key_date_part",
    "parse_tuning",
    "preview_key_dates",
    "select_key_dates",
    "sentences_read",
    "to_json",
    "to_markdown",
]




def select_key_dates(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    *,
    dates: int | None = None,
    sentences: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    tuning: Tuning = DEFAULT_TUNING,
    parts: Callable[[str], KeyDatePart | None] | None = None,
) -> tuple[KeyDate, ...]:
    """The story's key dates, in date order, each with its best sentences.

    ``dates`` caps the number of days and ``sentences`` the sentences per day;
    when None they follow :func:`default_date_count` and
    :func:`default_sentence_count`.  Only days within ``since``..``until``
    (inclusive) are chosen, and the story's span (its phases) is that of the
    articles published within them.  Articles without an extraction are ignored;
    articles without a publication date still count through the dates their
    text mentions.  Each KeyDate's ``score`` is the day's salience (about the
    number of articles behind it), for display or a cut-off. ``parts`` gives an article's stored
    ``KeyDatePart``, made with the default tuning (used only with it), when there is one.
    """
    sentence_limit = sentences if sentences is not None else default_sentence_count(articles)
    if not articles or (dates is not None and dates <= 0) or sentence_limit <= 0:
        return ()
    survey = Survey.of(articles, extractions, tuning, parts if tuning == DEFAULT_TUNING else None)
    with survey:  # its file and database are closed, and gone, when the choice is made
        # The articles are walked once, by the survey (a build's are read from its store).
        date_limit = dates if dates is not None else _date_count(len(survey.published.days))
        if not len(survey.rows) or date_limit <= 0:
            return ()
        scores = {day: score for day, score in score_days(survey.published, survey.votes, since, until, tuning).items()
                  if day in survey.days}
        span = Span.of(survey.published, since, until)
        queue = sorted(choose_days(scores, span, date_limit, tuning), key=lambda d: (-scores[d], d))
        ranked = by_salience(scores)
        spares = max(1, len(queue) // SPARE_SHARE)
        while True:
            wanted = frozenset(queue) | frozenset(itertools.islice((d for d in ranked if d not in queue), spares))
            with Story.load(survey, wanted | _around(wanted, survey.days, tuning.around_reach), extractions,
                            tuning) as story:
                chosen = _summarize_days(queue, ranked, story, wanted, scores, span, date_limit, sentence_limit,
                                         tuning)
            if chosen is not None:
                return _as_printed(chosen, articles)
            spares *= 4  # a day ran out of sentences and the spares loaded with it too: load more


def _as_printed(key_dates: tuple[KeyDate, ...], articles: Sequence[Article]) -> tuple[KeyDate, ...]:
    """The key dates' sentences as the pages print them: each with its run-in headline off (``headline.after_title``),
    and marked expected only where its article was published on its day or before, as a page marks an entry
    (``Entry.expected``).

    A page saved as text runs its headline into the first sentence ("BP shares blame over oil spill Oil company BP
    says ..."), and a key date prints the sentence alone, in the site's pages, the feeds and the exports. Measured
    on the 11 dev tasks: AR2 .0410 to .0414, AR1 .1639 to .1655, Date-F1 the same.

    An event is foretold by the day of its report, which a dateline may set a day before the paper's ("NEW YORK,
    Sept. 29 -- Without a federal bailout plan to prop up confidence ... Monday, stocks fell sharply", printed on 30
    September, its infinitive read as a future): the month page told it as reported on 30 September, while the key
    date marked it "Expected:", which a first-time reader took for a forecast of a fall that had happened.

    The articles are looked up for the chosen sentences only: ``articles`` is in order of id
    (``topical_articles``), searched by bisection, and scanned once only for an id not found so."""
    wanted = {s.article_id for kd in key_dates for s in kd.sentences}
    found = _articles_of(articles, wanted)

    def printed(sentence: KeySentence, day: dt.date) -> KeySentence:
        article = found.get(sentence.article_id)
        published = article.published if article is not None else None
        return replace(sentence, text=after_title(sentence.text, article.title if article is not None else ""),
                       foretold=sentence.foretold and published is not None and published <= day)
    # in the order the pages show them, which puts what was foretold last (``_shown_order``)
    return tuple(replace(kd, sentences=tuple(sorted((printed(s, kd.date) for s in kd.sentences),
                                                    key=functools.partial(_shown_order, day=kd.date))))
                 for kd in key_dates)


def _articles_of(articles: Sequence[Article], ids: set[str]) -> dict[str, Article]:
    """The articles of these ids."""
    found: dict[str, Article] = {}
    for article_id in ids:
        at = bisect.bisect_left(articles, article_id, key=_article_id)
        if at < len(articles) and (article := articles[at]).id == article_id:
            found[article_id] = article
    if len(found) < len(ids):  # not in order of id
        found.update((a.id, a) for a in articles if a.id in ids and a.id not in found)
    return found


def _article_id(article: Article) -> str:
    return article.id


SPARE_SHARE = 4
"""The key dates' sentences are read for the chosen days and the next ``1 / SPARE_SHARE`` as many
by salience, which stand in for a chosen day left without a sentence (all its candidates repeat
sentences chosen for other days); when they run out, the rows are loaded again with more."""


def _around(days: frozenset[dt.date], candidates: frozenset[dt.date], reach: int) -> frozenset[dt.date]:
    """The days with candidates (``Survey.days``) within ``reach`` days of one of ``days``, loaded for their words
    (``Tuning.around_weight``). Any such day, not only those within since..until: the window limits which days
    are chosen, not what a chosen day is weighed against (a key date at its edge would be weighed against one
    side only, and its sentences would change with the window asked for)."""
    return frozenset(other for day in days for offset in range(-reach, reach + 1)
                     if (other := day + dt.timedelta(days=offset)) in candidates)


def _summarize_days(queue: list[dt.date], ranked: list[dt.date], story: Story, tellable: frozenset[dt.date],
                    scores: Mapping[dt.date, float], span: Span, date_limit: int, sentence_limit: int,
                    tuning: Tuning) -> tuple[KeyDate, ...] | None:
    """The key dates with their sentences; None when a spare day is needed that ``story`` did not read with the
    days around it (``tellable``: the days loaded to be told, each with its neighbours; a day loaded only as a
    neighbour's would be weighed against part of its own)."""
    queue = list(queue)
    chosen: list[KeyDate] = []
    picked = Chosen()
    # The most salient day has the first pick of sentences; a day left without any (all its
    # candidates repeat chosen ones) gives its place to the next day by salience.
    spares = iter(ranked)
    tried: set[dt.date] = set(queue)
    while queue:
        day = queue.pop(0)
        candidates = story.day(day, picked, tuning.around_reach)
        rows = summarize_day(candidates, sentence_limit, tuning)
        if rows:
            picked.add(candidates.matrix, rows)
            told = [story.key_sentence(*candidates.places[r]) for r in rows]
            chosen.append(KeyDate(day, tuple(told), scores[day]))  # in the choice's order: ``_as_printed`` sorts
            continue
        outside = sum(map(span.is_outside, [*queue, *(kd.date for kd in chosen)]))
        room_outside = outside < outside_cap(date_limit, tuning)
        spare = next((d for d in spares if d not in tried and (room_outside or not span.is_outside(d))), None)
        if spare is not None:
            if spare not in tellable:
                return None
            tried.add(spare)
            queue.append(spare)
    return tuple(sorted(chosen, key=lambda key_date: key_date.date))


def _shown_order(sentence: KeySentence, day: dt.date) -> tuple[bool, bool, bool]:
    """A key date's sentences as the pages list them, each group in the choice's order: what happened before
    what was foretold of the day, an event of the day (on its page too) before a sentence that is not, and a
    sentence that stands alone before one that leans on another. The home and year pages show a key date by its
    first sentence: EgyptianProtest's 10 February opened on "Mubarak will address the nation Thursday night", the
    speech's fury third (a first-time reader took the forecasts for the day's news), and H1N1's 5 May on "And that
    was before swine flu."; its 11 February on a picture's caption of the day before ("Protests continued in Cairo's
    Tahrir Square before President Hosni Mubarak's speech Thursday, February 10."), the resignation second and on no
    year page, and a reader who tapped a key date's first line found it on no day page. The metric reads a day's
    sentences as one text, so that only the word pairs across a sentence's end change with their order: on the 11
    dev tasks the events' order moved haiti/0 from .1064 to .1054 and AR2 from .0434 to .0433."""
    return sentence.foretold, sentence.event_day != day, leans_back(sentence.text)


def preview_key_dates(key_dates: Sequence[KeyDate], n: int) -> tuple[KeyDate, ...]:
    """``n`` key dates that tell the story from start to latest turn, for a preview, in date order.

    The first key date (how it began) and the last (where it stands), then a turning point from each of ``n`` - 2
    equal shares of the key dates between them, in date order: the share's highest-scored day (ties go to the
    earlier). Not the first ``n``, which would all be the opening weeks, nor the highest-scored in between: the
    busiest weeks of coverage score highest, and H1N1's preview gave its three middle places to 27, 29 and 30 April,
    leaving out the WHO's declaration of the pandemic on 11 June; Finan's gave three to September 2008. Shares of
    the key dates rather than of the time between: the key dates are already spread over the story's phases
    (``Tuning.phase_share``), and equal stretches of time gave two of bpoil's three places to its quiet last
    months, for its rig's sinking and the $20 billion fund. Judged blind (``judged/keydates-preview.md``).
    """
    ordered = sorted(key_dates, key=lambda kd: kd.date)
    if n <= 0 or not ordered:
        return ()
    if n == 1:
        return (ordered[-1],)
    if len(ordered) <= n:
        return tuple(ordered)
    if n == 2:
        return ordered[0], ordered[-1]
    middle = ordered[1:-1]
    shares = n - 2
    best: dict[int, KeyDate] = {}
    for position, kd in enumerate(middle):
        share = position * shares // len(middle)
        if share not in best or kd.score > best[share].score:
            best[share] = kd
    return (ordered[0], *sorted(best.values(), key=lambda kd: kd.date), ordered[-1])


def default_date_count(articles: Sequence[Article]) -> int:
    """How many key dates a story of this size deserves when the user does not say.

    Grows with the number of distinct publication days (a story covered on
    many days has more to tell), as their square root so that a long-running
    story is not drowned in dates: ``clamp(round(2 * sqrt(days)), 3, 40)``,
    and never more than the publication days themselves.
    """
    return _date_count(len({a.published for a in articles if a.published is not None}))


def _date_count(days: int) -> int:
    """``default_date_count`` of a story published on this many distinct days."""
    if days == 0:
        return 0
    return min(days, max(3, min(40, round(2 * math.sqrt(days)))))


def default_sentence_count(articles: Sequence[Article]) -> int:
    """Sentences per key date by default: 1 for a small story, 2 from 20 articles on."""
    return 2 if len(articles) >= 20 else 1


def to_json(key_dates: Iterable[KeyDate]) -> dict[str, list[dict[str, object]]]:
    """The JSON document of ``timeline key-dates --format json``."""
    return {
        "dates": [
            {
                "date": kd.date.isoformat(),
                "sentences": [s.text for s in kd.sentences],
                "sources": list(kd.sources),
            }
            for kd in key_dates
        ]
    }


def to_markdown(key_dates: Iterable[KeyDate], title: str = "Key dates") -> str:
    """A readable Markdown list: one heading per day, its sentences as bullets."""
    lines = [f"# {title}", ""]
    for kd in key_dates:
        lines.append(f"## {long_date(kd.date)}")
        lines.append("")
        lines.extend(f"- {untokenize(s.text)} ({s.article_id})" for s in kd.sentences)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

