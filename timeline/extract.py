"""The extract stage: one article in, its sentences, dates, events and summary out.

``extract`` is a pure function of the article and the ExtractConfig: no clock,
no global state, no I/O. That makes its result cacheable by content and lets
the build map it over processes.
"""
from __future__ import annotations

import bisect

from timeline.config import ExtractConfig
from timeline.model import Article, Event, Extraction, Granularity, Mention, Sentence, Sentences, When
from timeline.sentences import split_sentences
from timeline.temporal import Timex, tag, timex_interval

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
    """Extract everything the later stages need from one article."""
    sentences = split_sentences(article.text)
    starts = [s.start for s in sentences]
    coarsest = Granularity[config.coarsest_event.upper()]
    mentions: list[Mention] = []
    events: list[Event] = []
    seen: set[tuple[int, When]] = set()
    for timex in tag(article.text, article.published):
        when = when_of(timex)
        if when is None:
            continue
        sentence = _sentence_at(sentences, starts, timex.start)
        if sentence is None:
            continue
        mentions.append(Mention(sentence.index, when))
        if when.granularity < coarsest or (sentence.index, when) in seen:
            continue
        seen.add((sentence.index, when))
        events.append(Event(article.id, sentence.index, sentence.text, when, timex.text, timex.start, timex.end))
    # Imported here: sumy pulls in NLTK (half a second of start-up, more where SciPy
    # is installed), which a rebuild whose extractions all come from the cache never needs.
    from timeline.summarize import summarize

    summary = summarize([s.text for s in sentences], config.summary_sentences, config.summarizer, config.language)
    return Extraction(article.id, Sentences.of(sentences), tuple(mentions), tuple(events), summary)


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
