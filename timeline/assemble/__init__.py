"""The assemble stage: per-article extractions in, one ordered Timeline out.

Ordering rule (documented in the README): entries sort by the first day they
cover, then coarser before finer, so a year-level event heads its year and a
month-level one heads its month; ties go to the earliest-published report.

The same event told by several articles (same date, near-identical sentence)
becomes one entry listing every source; the very same sentence is one entry
even where its articles' dates for it differ (the earliest report's date). Candidates are compared only within
one date (blocking), and within a date through a prefix-filter index
(``timeline.assemble.near_duplicates``), so no stage compares all pairs.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby

from timeline.read.article_store import ArticleStore
from timeline.records import Article, Extraction, Granularity, KeyDate, When
from timeline.assemble.groupings import GroupingTable
from timeline.assemble.near_duplicates import group_similar
from timeline.assemble.other_wordings import other_reports
from timeline.assemble.entry_store import BACKGROUND, OUTLOOK, SIDES, EntryStore
from timeline.assemble.spill import Report, Spill
from timeline.assemble.told_before import EarlierDays
from timeline.assemble.timeline import Entry, MonthSection, SourceRef, Timeline, YearSection, side_of

NEAR_DUPLICATE = 0.7
"""Word-set Jaccard similarity at which two sentences on one date are one event."""
SPAN_MARGIN = dt.timedelta(days=14)
"""The story's span is its publication span widened by this much each side: the first
articles report what happened days before, the last ones what is due days after."""
KEY_DATE_WEIGHT = 2.0
"""What a key date adds to the importance of an entry on that day (about two more reports)."""
NAMED_WEIGHT = 0.25
"""What an entry whose sentence names its date adds to its importance (less than one more report, so among
entries of as many reports): one dated by the sentence before it or by its report's day is a report's
context more often than its news. Of the dev events judged so far, those that name their day were 75%
worth a reader's time and 93% rightly dated, the others 57% and 81%. On the five dev sites it changes
which entries of a busy day (more than ``timeline.assemble.story.DAY_SHOWN``) the month pages show for
131 of their 2,126: those shown before and no longer were 56% worth and 82% rightly dated (127 judged),
those shown instead 75% and 97.5% (121 judged); worth rose on Finan and bpoil, fell on H1N1 (13 of 21
against 15 of 20), and held on haiti and EgyptianProtest."""
STORY_WORD_WEIGHT = 0.1
"""What an entry adds to its importance for each of the story's words its sentence uses (the profile of
``timeline.assemble.topicality``), up to ``STORY_WORDS_COUNTED`` of them (0.3 at most: less than one more
report, so it orders entries of as many reports): one that tells the story in its own words is more often
the story's news than one that passes near it. Of the dev events judged so far, those using none, one, two,
and three or more were 46%, 65%, 72% and 82% worth a reader's time, in that order on every topic (the least
step haiti's, 65% to 66%). On the five dev sites it changes 405 of the 2,126 entries the month pages show on busy
days: those no longer shown were 64% worth and 89% rightly dated (404 judged), those shown instead 84% and 93%
(404 judged; 48 of them for this, by one helper session: ``benchmarks/results/judged/shown-2026-12-05``). Worth
rose on Finan (17 to 30 of 33), H1N1 (36 to 52 of 59), bpoil (168 to 223 of 265) and haiti (24 to 25 of 28), and
fell on EgyptianProtest (14 to 11 of 19), whose words are those of any protest ("protesters", "police",
"square"), which its pages' items on other countries' protests use too. The year pages' and the home page's picks:
68% to 70% worth. Counting them costs about 11 microseconds an event (0.1 s for the 9,495 dev events). The
weight is a round value, not fitted: at 0.25 (at most 0.75, still less than one report) 42 other entries
were shown, as good (26 worth of 41 judged, against 25 of 41)."""
STORY_WORDS_COUNTED = 3
QUOTED_WEIGHT = 0.25
"""What an entry whose sentence opens with a quotation mark loses of its importance (as much as naming its date
adds): a speaker's words, more often a view or colour than the story's news. Of the dev events judged so far,
those that open so were 38% worth a reader's time (162), the others 72%, lower on every topic and at every count
of the story's words. On the five dev sites it changes 18 of the 2,126 entries the month pages show on busy days:
those no longer shown were 8 worth of 16 judged, those shown instead 12 of 17, no topic worse; the year pages'
and the home page's picks, 70.1% to 72.1% worth (154 judged). Tried beside it and not kept: a sentence of under
twelve words losing as much (37% worth against 72%, but mostly those that use few of the story's words, which
weigh less already: the shown entries it changed were 7 worth of 10 gone, 6 of 8 new)."""

OTHER_WORDING_WEIGHT = 0.1
"""What the lead entry of a day's happening adds to its importance for each article that tells the happening in
other words (``timeline.assemble.other_wordings``), up to ``OTHER_WORDINGS_COUNTED`` (0.5 at most: less than one
report of its own, so it orders entries of as many reports). On the five dev sites it changes 71 of the month
pages' day lists (36 hold other entries): those leaving were 89% worth a reader's time by the earlier rounds'
verdicts, those joining 93%; two helpers comparing the lists blind found the new better on 34 and 28, the old on 27
and 28 (``benchmarks/results/judged/other-wordings/``): the day's news leads more often (the oil's flow stopped on
bpoil's 15 July, not BP's lobbying over a Libyan prisoner), and a happening is told twice in a day's five a little
more often."""
OTHER_WORDINGS_COUNTED = 5

EXPECTED_FACTOR = 0.5
"""What an entry told only as what was to come (``Entry.expected``) keeps of its importance: a plan is announced
by many articles before its day, and by the reports' count alone the month pages showed it in the outcome's place.
A first-time reader counted 134 such previews among the 1,217 entries the month pages of bpoil, haiti and H1N1
showed, 64 of their 319 day blocks opening on one; bpoil's 16 June 2010 showed five previews of the President's
meeting with BP and not the $20bn fund agreed at it (``judged/reviews/2026-12-05-first-time-reader-4.md``)."""

RETOLD_FACTOR = 0.5
"""What an entry dated only as of its reports keeps of its importance when it tells a day before's happening again
(``timeline.assemble.told_before``), as ``EXPECTED_FACTOR``: it falls below the day's own news of one report. On the
five dev sites 4 month-page day lists change; haiti's 13 January no longer opens on "A huge earthquake has hit the
island of Haiti." with a second such lead fourth. Tried with it and not kept: a news lead weighed as a sentence that
names its date, judged level by four helpers on the 115 day lists it changed (``judged/news-lead-weight/``)."""

_QUOTATION_MARKS = ("\u201c", '"', "'", "\u2018", "``")
_LEANING_CONNECTIVE = re.compile(
    r"(?:(?:But|And|Yet|So)(?![\w'\u2019-])(?!\s+(?:far|much|many|long|another|too)\b)|However(?=,))")
"""The connective as a word of its own, not one of a phrase that stands alone: not "So-called", "So far, 300 people
have died", "Yet another bomb", "However much", "Andrew" or "Butler's"."""
LEANING_WEIGHT = 0.25
"""What an entry whose sentence opens on a connective that leans on the sentence before it ("But state television
reporting Wednesday did not always match CNN's own observations ...") loses of its importance, as a quotation's
(``QUOTED_WEIGHT``): it reads as the second half of a thought. Of the dev events judged by the forty-second session,
those that open on "But" were 56% worth a reader's time (181), "And" 60% (50), "However" 57% (23), "So" 54% (13),
the others 69% (7,312); "Meanwhile", "Earlier" and "Also" open entries as worth as any (85%, 81%, 82%). On the five
dev sites it changed 27 of the month pages' day lists (before "So far" and the like were left out): the entries
joining them were 10 worth and 6 not by earlier verdicts (3 never judged), those leaving 10 and 8 (1)."""

_WORD = re.compile(r"[^\W_]+")
_ANCHOR_UNSAFE = re.compile(r"[^a-z0-9]+")


def assemble(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    *,
    title: str,
    description: str = "",
    key_dates: tuple[KeyDate, ...] = (),
    groupings: Groupings | None = None,
    off_topic: Collection[str] = frozenset(),
    profile: frozenset[str] | None = None,
) -> Timeline:
    """Merge, order and group every article's events into a Timeline.

    ``groupings`` carries the near-duplicate groupings of an earlier run in
    and this run's out (see ``Groupings``); the result is the same without it.
    ``profile`` holds the story's words (``topicality.profile_of``), which weigh in an entry's importance.
    ``off_topic`` names articles that are not about the story
    (``timeline.assemble.topicality``): they keep their pages, but make no entries; nor
    do articles in their writer's own voice (``Extraction.writers_voice``).
    Entries overlapping the story's span (``story_span``) make the years;
    the others are background or outlook. The entries are written to the timeline's store
    (``timeline.assemble.entry_store``) as they are merged, and its sections read them from there.
    """
    stored = articles if isinstance(articles, ArticleStore) else ArticleStore.holding(articles)
    span = story_span(stored)
    key_days = frozenset(kd.date for kd in key_dates)
    spill = Spill()
    store = EntryStore()
    # Each extraction read once (``extractions`` may read it from the build cache), the articles walked in
    # the story's order (``ArticleStore.ordered``) from their store, none held.
    for rank, a in enumerate(stored.ordered()):
        extraction = extractions.get(a.id)
        if extraction is None:
            continue
        spill.add_summary(a.id, extraction.summary_sentences, a.published)
        if a.id not in off_topic and not extraction.writers_voice:
            spill.add_events(rank, extraction.events, profile)  # its place in the story's order orders its events
    # An entry's sources are looked up by id; a date's entries come from articles of a few days.
    article = functools.lru_cache(maxsize=4096)(stored.get)

    def zoned() -> Iterator[tuple[Entry, int, Iterable[int]]]:
        earlier = EarlierDays()
        for entry, ranks, named, story, others in _merge(spill, article,
                                                         groupings if groupings is not None else Groupings(), profile):
            day = entry.when.day()
            # dated only as of its reports, on their day, and telling a day before's happening again (``told_before``)
            retold = day is not None and not named and entry.first_told == day and earlier.retells(day, entry.sentence)
            weight = importance(entry, key_days, span, named, story, others, retold)
            if day is not None and named and not entry.expected:  # a forecast is no happening told
                earlier.add(day, weight, entry.sentence)
            yield dataclasses.replace(entry, importance=weight), _zone(entry.when, span), ranks

    store.write(zoned())
    store.write_pages((rank, a, a.id not in off_topic) for rank, a in enumerate(stored.ordered()) if a.id in spill)
    pages = store.pages()
    years = []
    for year, sections in groupby(store.sections(), key=lambda section: section[0]):
        counts = {month: count for _, month, count in sections}
        months = tuple(MonthSection(year, month, store.section(year, month, count))
                       for month, count in counts.items() if month)
        years.append(YearSection(year, store.section(year, 0, counts.get(0, 0)), months,
                                 stored=store.year(year, sum(counts.values()))))
    # A key date whose day has no entry of the story (told only by the leads of the day's articles, an
    # anniversary column's "That was the precursor to the panics ...") has no day page to open: a first-time
    # reader found one on the home page, its sentences about another year. The site leaves it out.
    story_days = frozenset(when.first for when in store.story_dates() if when.granularity >= Granularity.DAY)
    return Timeline(title=title, description=description, articles=pages, years=tuple(years),
                    key_dates=tuple(kd for kd in key_dates if kd.date in story_days),
                    background=store.zone(BACKGROUND), outlook=store.zone(OUTLOOK), span=span, summaries=spill,
                    store=store)


_ZONES = {side: zone for zone, side in SIDES.items()}


def _zone(when: When, span: tuple[dt.date, dt.date] | None) -> int:
    """The store's zone of an entry: before the story's span, in it, or after it (``side_of``)."""
    return _ZONES[side_of(when, span)]


def article_ids(articles: Sequence[Article]) -> Collection[str]:
    """The articles' ids in order, each looked up at once: of a store, a view of it (``ArticleStore.id_set``)
    that holds none of them, which ``gather`` and what it gathered walk and look up."""
    return articles.id_set() if isinstance(articles, ArticleStore) else dict.fromkeys(a.id for a in articles).keys()


def topical_articles(articles: Sequence[Article], off_topic: Collection[str]) -> Sequence[Article]:
    """The articles about the story (not ``off_topic``), in order of id: what the key dates read. Of a
    store, a view of it (``ArticleStore.by_id``), not a list of them."""
    if isinstance(articles, ArticleStore):
        return articles.by_id(off_topic)
    return sorted((a for a in articles if a.id not in off_topic), key=lambda a: a.id)


def story_span(articles: Sequence[Article]) -> tuple[dt.date, dt.date] | None:
    """The period the articles cover: their publication span, widened by ``SPAN_MARGIN``."""
    if isinstance(articles, ArticleStore):
        published = articles.published_span()
    else:
        days = [a.published for a in articles if a.published is not None]
        published = (min(days), max(days)) if days else None
    return None if published is None else (published[0] - SPAN_MARGIN, published[1] + SPAN_MARGIN)


def importance(entry: Entry, key_days: frozenset[dt.date], span: tuple[dt.date, dt.date] | None,
               named: bool = False, story: int = 0, others: int = 0, retold: bool = False) -> float:
    """How much an entry matters, from evidence a reader would accept.

    One point per article that reports it (the story's press agrees it
    happened and matters), ``KEY_DATE_WEIGHT`` more when its day is a key
    date, half a point for a date precise to the day (a happening, not a
    period), ``NAMED_WEIGHT`` when a report's sentence names its date
    (``named``), ``STORY_WORD_WEIGHT`` for each story word a report's sentence uses, up to
    ``STORY_WORDS_COUNTED`` (``story``, the most of any report), ``QUOTED_WEIGHT`` less when its sentence
    opens with a quotation mark (``LEANING_WEIGHT`` on a connective that leans on the sentence before it);
    ``OTHER_WORDING_WEIGHT`` for each other article that tells its happening in other words (``others``:
    ``other_wordings.other_reports``), up to ``OTHER_WORDINGS_COUNTED``; an entry told only as what was to come
    keeps ``EXPECTED_FACTOR`` of it, and one that tells a day before's happening again (``retold``:
    ``timeline.assemble.told_before``) ``RETOLD_FACTOR``; an entry outside the story's span loses weight
    with its distance from it (halved a year away).
    """
    score = float(len({source.article_id for source in entry.sources})) + (NAMED_WEIGHT if named else 0.0)
    score += STORY_WORD_WEIGHT * min(story, STORY_WORDS_COUNTED)
    score += OTHER_WORDING_WEIGHT * min(others, OTHER_WORDINGS_COUNTED)
    if entry.sentence.startswith(_QUOTATION_MARKS):
        score -= QUOTED_WEIGHT
    elif _LEANING_CONNECTIVE.match(entry.sentence):
        score -= LEANING_WEIGHT
    if entry.when.granularity is Granularity.DAY:
        score += 0.5
        if entry.when.first in key_days:
            score += KEY_DATE_WEIGHT
    if entry.expected:
        score *= EXPECTED_FACTOR
    if retold:
        score *= RETOLD_FACTOR
    if span is not None:
        distance = max((span[0] - entry.when.last).days, (entry.when.first - span[1]).days, 0)
        score /= 1.0 + distance / 365
    return round(score, 3)


@dataclass
class Groupings:
    """Near-duplicate groupings by the digest of the sentences grouped, from one run to the next.

    Grouping the events of each date is most of what assembling costs, and
    the result depends only on the date's sentences in order, so a rebuild
    reuses the groupings of every date whose sentences did not change.
    ``known`` comes from an earlier run (the build record: untrusted, so a
    grouping that is not well formed is worked out again); ``made`` is this
    run's, for the next.
    """

    known: Mapping[str, Sequence[int]] = field(default_factory=dict)
    made: GroupingTable = field(default_factory=GroupingTable)
    """In a table, not held (``timeline.assemble.groupings``)."""

    def heads(self, sentences: Sequence[str]) -> tuple[int, ...]:
        """``group_similar`` of the sentences' word sets, reused when known.

        The word sets are made for one date's sentences and dropped with them. A distinct
        sentence is on one date only (the spill dates a reprint by its first report), so a
        memo across dates saved nothing, and it held every sentence's words: 139 MB of a
        first build's 256 MB peak at 20,000 articles whose sentences are their own
        (tracemalloc; ``benchmarks/results/scale.md``). Within the date, the sets are made as
        they are walked and only the groups' first sets kept (``_WordSets``).
        """
        # Hashed a sentence at a time (the digest of the sentences joined by NULs): the busiest date's
        # sentences, joined and encoded, were two more copies of them at the build's peak.
        digest = hashlib.sha256()
        for n, sentence in enumerate(sentences):
            if n:
                digest.update(b"\0")
            digest.update(sentence.encode("utf-8", "surrogatepass"))
        key = digest.hexdigest()
        heads = self.known.get(key)
        if heads is None or not _well_formed(heads, len(sentences)):
            heads = group_similar(_WordSets(sentences), NEAR_DUPLICATE)
        self.made.add(key, heads)
        return tuple(heads)


class _WordSets(Sequence[frozenset[str]]):
    """The word sets of one date's sentences, held as tuples and made sets as they are walked
    (``group_similar`` walks them twice and keeps only its groups' first sets). A sentence's words
    are found once (a reprint within the date once too), each distinct word one string.

    Held as sets for every sentence, the busiest date's (2,089 sentences at 100,000 synthetic articles,
    201 groups) took 4.3 MB at the build's peak (memray): a set's table is about five times a tuple's.
    """

    def __init__(self, sentences: Sequence[str]) -> None:
        words: dict[str, str] = {}
        split: dict[str, tuple[str, ...]] = {}
        for sentence in sentences:
            if sentence not in split:
                found = map(str.lower, _WORD.findall(sentence))
                split[sentence] = tuple(dict.fromkeys(words.setdefault(w, w) for w in found))
        self._words = [split[sentence] for sentence in sentences]

    def __len__(self) -> int:
        return len(self._words)

    def __getitem__(self, index: int) -> frozenset[str]:  # type: ignore[override]
        return frozenset(self._words[index])

    def __iter__(self) -> Iterator[frozenset[str]]:
        return map(frozenset, self._words)


def _well_formed(heads: Sequence[int], size: int) -> bool:
    """Each member names the first member of its group: itself, or an earlier group head."""
    return len(heads) == size and all(
        type(h) is int and 0 <= h <= i and heads[h] == h for i, h in enumerate(heads))


def _merge(spill: Spill, articles: Callable[[str], Article | None], groupings: Groupings,
           profile: frozenset[str] | None = None) -> Iterator[tuple[Entry, Iterable[int], bool, int, int]]:
    """Fold each date's near-duplicate events, and yield the entries in timeline order, each with the
    ranks of the articles that report it (``Spill.add_events``), each once, whether a report's
    sentence names the date, the most story words a report's sentence uses (``Report``), and how many other
    articles tell its happening in other words on its day (``other_wordings.other_reports``; ``profile``, the
    story's words, left out of the comparison).

    The events come from ``spill`` a date at a time (``Spill.by_date``): the date the earliest
    report of each sentence gave, so the same sentence in a later article (a live page copied
    from day to day, a wire story reprinted) is the same report though its "on Tuesday" may
    resolve against another publication day; within a date, by their articles' order
    (``ArticleStore.ordered``: by publication day, then id), then sentence.

    An anchor names its date's value (``_entry``), and a value has one first day, so anchors can
    only clash within a day: the anchors used are held for the day being merged, not for the story
    (they took 12 MB at 100,000 synthetic articles, tracemalloc).
    """
    used_anchors: set[str] = set()
    day = None
    for when, ordered in spill.by_date():
        if when.first != day:
            day = when.first
            used_anchors.clear()
        clusters: dict[int, list[Report]] = defaultdict(list)  # by first member; insertion order = start order
        heads = groupings.heads([report[2] for report in ordered])
        for report, head in zip(ordered, heads):
            clusters[head].append(report)
        anchor_date = _ANCHOR_UNSAFE.sub("-", when.value.lower())
        entries = [_entry(when, anchor_date, members, articles, used_anchors) for members in clusters.values()]
        # a day's happening told in other words by other articles (a coarser date's entries are many happenings)
        others = other_reports(entries, profile) if when.granularity is Granularity.DAY else [0] * len(entries)
        for entry, members, other in zip(entries, clusters.values(), others):
            yield (entry, dict.fromkeys(report[3] for report in members).keys(), any(report[4] for report in members),
                   max(report[5] for report in members), other)


def _entry(when: When, anchor_date: str, members: list[Report], articles: Callable[[str], Article | None],
           used: set[str]) -> Entry:
    """The entry of one cluster; ``anchor_date`` is the anchor-safe ``when.value``.

    One SourceRef per article of the cluster, at its first sentence there: an article that prints the sentence
    twice (a live page repeating a post, a page pasted twice into one file) is one source, as its page shows it;
    the exports listed it once a repeat (one file repeating a sentence made an event of 150,000 sources). The refs
    are not shared across entries through a dictionary of every report: a sentence is one event, so it is in
    one entry only, and the dictionary (its keys holding the spill's copy of each
    article id) held about 18 MB while assembling 60,000 articles (tracemalloc), for nothing;
    the build's peak was elsewhere (the key dates and the entries, held then), so it did not move.
    """
    sentence = members[0][2]
    digest = hashlib.sha1(f"{when.value}\n{' '.join(sentence.lower().split())}".encode()).hexdigest()
    anchor = f"e-{anchor_date}-{digest[:8]}"
    n = 2
    while anchor in used:
        anchor = f"e-{anchor_date}-{digest[:8]}-{n}"
        n += 1
    used.add(anchor)
    refs: list[SourceRef] = []
    first_index: dict[str, int] = {}
    for article_id, index, *_ in members:
        first_index.setdefault(article_id, index)
    for article_id, index in first_index.items():
        article = articles(article_id)
        assert article is not None  # the spill holds only the articles' events
        # the article's own id, not the spill's copy of it: one string an article, not one a report
        refs.append(SourceRef(article.id, article.slug, article.title, article.published, index))
    return Entry(anchor=anchor, when=when, sentence=sentence, sources=tuple(refs),
                 foretold=all(report[6] for report in members))
