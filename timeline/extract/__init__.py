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
from collections.abc import Sequence

from timeline.boilerplate import (CAPTION, CHRONOLOGY_ITEMS, COMMENT, DAY_CAPTION, DAY_ITEM, DAY_LABEL, DAY_SEPARATOR,
                                  RELATED, SPEAKER, kind_after, opens_with_bracketed_credit, opens_with_credit,
                                  opens_with_wire_credit, strip_dateline, widget_sentences)
from timeline.config import ExtractConfig
from timeline.headline import RUN_IN_WORDS, after_title
from timeline.read.untitled import caption_run_in, run_in_end
from timeline.records import Article, Event, Extraction, Granularity, Mention, Sentence, Sentences, When
from timeline.sentences import split_sentences
from timeline.extract.summarize import summarize
from timeline.extract.dating import as_precise_as_written, is_clock_time, when_of
from timeline.extract.events import Dated, choose_anchor
from timeline.extract.foretold import foretold
from timeline.extract.happenings import continues, in_writers_voice, reports_happening, stands_alone
from timeline.extract.live import STAMP_YEAR, is_live_page, nearest_weekday, post_days, without_post_stamp
from timeline.extract.news_leads import LEAD_SENTENCES, caption_before_subject, tells_news_of_the_day
from timeline.extract.offsets import opening_offset
from timeline.extract.reports import reports
from timeline.untokenize import untokenize
from timeline.temporal import tag
from timeline.words import content_words, names_in, vocabulary

def extract(article: Article, config: ExtractConfig) -> Extraction:
    """Extract everything the later stages need from one article.

    The text is read as written (``untokenize``: tokenized archives read like
    any other text). Every resolved date is kept as a mention (key dates weigh days by them);
    a sentence makes at most one event, dated by its main happening
    (``timeline.extract.events``), when it reports one (``timeline.extract.happenings``). Page furniture
    (comments, datelines,
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
        clock_only = is_clock_time(timex) or (
            live and timex.start == sentence.start and STAMP_YEAR.match(timex.text) is not None)
        when = as_precise_as_written(when, timex.text)
        if not clock_only:
            mentions.append(Mention(sentence.index, when))
        by_sentence.setdefault(sentence.index, []).append(Dated.of(timex, -sentence.start, when, clock_only))
    # Each sentence that is no furniture, without its dateline and without the headline run into it:
    # what an event or a summary tells.
    top = _top_block(texts, article.title)
    candidates = [(i, rest) for i, rest in summary_candidates(texts, furniture) if i not in top]
    first = candidates[0][0] if candidates else -1  # only the page's first sentence carries a caption run in
    readable = [(i, lead) for i, rest in candidates
                if (lead := _lead(rest, texts[i], article.title, text, i - 1 in top, i == first))]
    if live:
        readable = [(i, without_post_stamp(rest)) for i, rest in readable]
    told_of = dict(readable)
    posts = post_days(text, starts, article.published) if live else None
    reported, unanchored, by_sentence, mentions = reports(article.published, sentences, readable, by_sentence,
                                                         mentions, live, posts)
    happenings = happening_sentences(readable)
    lead_index = next((i for i, _ in readable[:LEAD_SENTENCES] if i in happenings), None)
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
                day = reported.get(sentence.index, article.published)
                event = _event(article, sentence, told, offset, dates, previous, coarsest, day)
                if event is None and sentence.index == lead_index and day is not None and not dates:
                    # the lead's news, told in the present perfect: as of its report's day (``news_leads``); a
                    # page's first sentence may still carry a caption run into it, which the news follows
                    news = told[run_in_end(told, text):]
                    news = news[caption_before_subject(news):]
                    if stands_alone(news) and reports_happening(news) and tells_news_of_the_day(news):
                        start = sentence.start + offset + len(told) - len(news)
                        event = Event(article.id, sentence.index, news,
                                      When(day, Granularity.DAY, day.isoformat(), day), "", start, start)
                if event is not None and sentence.index in unanchored and not event.expression:
                    event = None  # dated "as of the report" or by the sentence before: the page's date again
        previous = event
        if event is not None:
            events.append(event)
    whole = whole_sentences(readable)
    chosen = summarize([text for _, text in whole], config.summary_sentences, config.summarizer, config.language)
    summary = tuple(whole[i][0] for i in chosen)
    # A column, a blog or a page of readers' comments tells opinion and experience: its events
    # make no timeline entries (``timeline.assemble``).
    voice = in_writers_voice([text for _, text in readable])
    words = tuple(map(content_words, texts))
    return Extraction(article.id, Sentences.of(sentences), tuple(mentions), tuple(events), summary, voice,
                      words, vocabulary(words, names_in(texts)), openings_of(texts, readable), happenings)


def _lead(told: str, sentence: str, title: str, text: str, after_headline: bool = False, first: bool = True) -> str:
    """What a sentence tells (``told``: the ``sentence`` without its dateline) without the headline run
    into it (``headline.after_title``) and, after a headline, without the picture's caption run in next
    (``read.untitled.run_in_end``): a page's top block that reached the text as one run ("... missing in
    Haiti after quake The UN could not confirm that its top officials were dead Officials at the UN say
    ..."). The headline may have gone with the dateline already ("United States sues BP over Gulf oil
    disaster The action, filed ..."): the caption after it is looked for all the same. Read on the 2,716
    dev articles: 45 first sentences lose a caption so, 44 to their lead (one cut inside a list of
    idioms, which reads as poorly as before)."""
    lead = after_title(told, title)
    if lead == told and first:
        lead = _from_title(told, title)
    if lead == told and not after_headline and after_title(sentence, title) == sentence:
        return told  # neither run into its title nor right after it (``_top_block``)
    lead = strip_dateline(lead)
    return lead[run_in_end(lead, text):]


def _from_title(told: str, title: str) -> str:
    """``told`` from where the article's title opens inside it: an untitled article titled by its lead leaves out
    the picture's caption run into the lead before it (``read.untitled.caption_run_in``: "The leak was capped in
    the middle of July BP has made an initial deposit of $3bn ...", titled "BP has made an initial deposit ..."),
    and its first sentence's event and summary leave it out too (only that sentence's: ``extract``). ``told``
    whole where the title is not inside it after a caption's run-in (not after a byline, "By the CNN Wire Staff
    Tanks roll into ...")."""
    opening = title.rstrip("\u2026").rstrip()
    at = told.find(opening, 1) if len(opening.split()) >= RUN_IN_WORDS else -1
    if at <= 0 or not told[at - 1].isspace() or not caption_run_in(told[:at].strip()):
        return told
    return told[at:]


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
    lead into one line, ``headline.after_title``.) Where the title is the lead after a caption
    (``read.untitled.caption_run_in``) and opens one of the next ``TOP_BLOCK`` sentences, the sentences before
    it, none with a stop, are the block."""
    if not texts or not title:
        return frozenset()
    if not texts[0].startswith(opening := title.rstrip("\u2026")):
        # a title taken from the lead after a caption run into it (``read.untitled.caption_run_in``)
        lead = next((i for i in range(1, min(len(texts), TOP_BLOCK + 1)) if texts[i].startswith(opening)), None)
        if lead is None or len(opening.split()) < RUN_IN_WORDS or any(map(_STOP_AT_END.search, texts[:lead])):
            return frozenset()
        return frozenset(range(lead))
    block: list[int] = []
    for i, sentence in enumerate(texts[:TOP_BLOCK]):
        if _STOP_AT_END.search(sentence) is not None:
            return frozenset(block)
        block.append(i)
    return frozenset()


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

    A site's story-link widget above the article (``widget_sentences``: "Helicopter crashes into crane
    on London tower, kills two. Full Article Norway to apply ...") is another story's teaser: its
    sentences are ``RELATED``.

    A page's top block (its headline, standfirst and picture caption) often reaches the text as
    one run without stops ("BP chief flies to Louisiana as oil spill spreads BP analysis had
    warned of risks A containment boom is staged at the refuge."), and no sentence rule can part
    it; the picture's credit closes it ("Photograph: Gerald Herbert/AP"). So when a credit opens
    one of the first sentences (up to ``TOP_BLOCK``), the sentences before it are the caption's
    block (``CAPTION``): no event, no key date's sentence, no summary. The story starts after
    the credit, which ``strip_dateline`` takes off its first sentence; a wire's bare credit glued to the
    lead ("AP A BP program ...", ``opens_with_wire_credit``) closes it too. Further down, a credit
    may as well come before its caption ("Photo: A passenger walks past ...") after a real
    paragraph, so there the sentences before it are left as they are.

    A news site's gallery captions each picture with its day and a colon ("May 1: Birds fly past oil booms ...",
    ``DAY_CAPTION``): those are captions too, unless the article holds a chronology (``CHRONOLOGY_ITEMS``), whose
    items read the same. On the dev articles 33 bpoil events were such captions; of the 11 judged, 9 not worth a
    reader's time ("A ship's wake cuts through a pattern of oil near the site ...").
    """
    kinds: list[str | None] = []
    in_comments = False
    for i, text in enumerate(texts):
        kind = kind_after(kinds[-1] if kinds else None, text, texts[i - 1] if i else "")
        in_comments = in_comments or kind == COMMENT
        kinds.append(COMMENT if in_comments else kind)
    widget = widget_sentences(texts, TOP_BLOCK)
    kinds[:widget] = [kind or RELATED for kind in kinds[:widget]]
    credit = next((i for i in range(1, min(len(texts), TOP_BLOCK + 1))
                   if opens_with_credit(texts[i]) or opens_with_wire_credit(texts[i])), None)
    if credit is not None:
        kinds[:credit] = [kind or CAPTION for kind in kinds[:credit]]
    if sum(1 for text in texts if DAY_ITEM.match(text)) < CHRONOLOGY_ITEMS:  # no chronology: a gallery's captions
        kinds = [CAPTION if kind is None and DAY_CAPTION.match(lead := strip_dateline(text)) and " -- " not in lead
                 else kind for kind, text in zip(kinds, texts)]  # not a caption glued to a wire's lead
    # a picture's credit in brackets follows its caption anywhere on the page ("Treasury Secretary Henry Paulson
    # has been urged to counter inflammatory comments. (Bill O'leary - The Washington Post) ...")
    for i in range(1, len(texts)):
        if kinds[i - 1] is None and opens_with_bracketed_credit(texts[i]):
            kinds[i - 1] = CAPTION
    return kinds


def whole_sentences(readable: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The ``summary_candidates`` a summary takes: whole sentences, not a headline, a caption or a fact box's
    line that ran into one (``sentences._RUN_IN`` cut it off) or stood on a line of its own, with no stop to
    end it (``_STOP_AT_END``; nor a teaser cut with "\u2026"); all of them when none ends with a stop. On the
    2,703 dev articles with a summary, their sentences without a stop are 16 (117 with the run-in splitter
    alone, 14 before it); with the longer prepositions that open a lead, 50 summaries differ from 4 December's
    start."""
    return [(i, told) for i, told in readable if _STOP_AT_END.search(told)] or list(readable)


def summary_candidates(texts: Sequence[str], furniture: Sequence[bool] | None = None) -> list[tuple[int, str]]:
    """(index, text without its dateline) of the sentences a summary may use: no page furniture.

    ``furniture`` flags the sentences already found to be furniture (else each is checked).
    """
    flags = furniture if furniture is not None else [kind is not None for kind in furniture_kinds(texts)]
    return [(i, strip_dateline(text)) for i, text in enumerate(texts) if not flags[i]]


def happening_sentences(readable: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The indices of the ``summary_candidates`` that report a happening (``reports_happening``), a chronology's
    items among them (``chronology_item``)."""
    return frozenset(i for i, told in readable if reports_happening(told) or chronology_item(told))


_CHRONOLOGY_ITEM = re.compile(DAY_LABEL + DAY_SEPARATOR + r"(?P<rest>[A-Z].*)", re.S)
"""A chronology's item: its day, a colon or a dash, and a sentence ("Sept. 7: U.S. government seizes Fannie Mae and
Freddie Mac.", "May 09 - Japan and Australia announce ...")."""


def chronology_item(told: str) -> bool:
    """Whether the sentence is a chronology's item that reports a happening. A chronology tells each day's news in
    the historical present ("seizes", "names", "intercepts"), which ``reports_happening`` reads as no happening (a
    sentence with no past form or auxiliary is a state or a habit): only 3 of the 12 items of a dev article's
    chronology of the crisis were events, and the seizure of Fannie Mae and Freddie Mac on 7 September 2008 not. The
    item's day is its date (``_without_opening_date`` prints it without). On the dev articles 40 items became events
    (Finan 5, bpoil 35: the blowout preventer failing, Dudley named, the relief well's intercept; a picture gallery's
    captions in that form among them)."""
    item = _CHRONOLOGY_ITEM.match(told)
    return item is not None and reports_happening(item["rest"], present=True)


def openings_of(texts: Sequence[str], readable: Sequence[tuple[int, str]]) -> dict[int, int]:
    """By index, the length of the opening ``strip_dateline`` took off each of the ``summary_candidates``.

    What it leaves is the sentence itself or its end (sentences are trimmed, ``split_sentences``).
    """
    return {i: len(texts[i]) - len(told) for i, told in readable if len(told) < len(texts[i])}


def _event(article: Article, sentence: Sentence, text: str, offset: int, dates: list[Dated],
           previous: Event | None, coarsest: Granularity, published: dt.date | None) -> Event | None:
    """The sentence's event, dated by its own anchor, else by the sentence it continues; ``published`` is
    the day of the report it belongs to (the page's, or a teaser's or a compiled report's own). A sentence
    that opens on a count "later" or "earlier" ("Two days later, the rig sank") and names no other date is
    dated that far from the event of the sentence before, when that one names its date (``offsets``) and the
    count does not carry it past the report (a story told after it happened: the day before was misdated)."""
    count = opening_offset(text)
    if (count is not None and previous is not None and previous.sentence_index == sentence.index - 1
            and previous.expression and all(d.start < count.end for d in dates)
            and (moved := count.applied_to(previous.when)) is not None and moved.granularity >= coarsest
            and (published is None or moved.first <= published)):
        start = sentence.start + offset
        return Event(article.id, sentence.index, text, moved,
                     text[:count.end].lstrip(" \"'\u201c(").strip(), start, start + count.end)
    when = choose_anchor(text, dates, published)
    if when is not None:
        if when.granularity < coarsest:
            return None
        anchor = next((d for d in dates if d.when == when), None)
        start = sentence.start + offset + (anchor.start if anchor else 0)
        end = sentence.start + offset + (anchor.end if anchor else 0)
        ahead = anchor is not None and foretold(text, anchor.start, anchor.end, when, published)
        return Event(article.id, sentence.index, _without_opening_date(text, anchor), when,
                     anchor.text if anchor else "", start, end, ahead)
    if (not dates and previous is not None and previous.sentence_index == sentence.index - 1
            and previous.expression and previous.when.granularity is Granularity.DAY
            and (published is None or previous.when.last <= published) and continues(text)):
        # Only a told happening goes on: a plan ("will meet on Friday") has no next step yet.
        return Event(article.id, sentence.index, text, previous.when, "", sentence.start, sentence.start)
    return None


_AFTER_OPENING_DATE = re.compile(r"(?:\s*/\s*\d{1,2}(?!\d))?\s*[-\u2013\u2014:]\s+(?=\S+\s+\S+\s+\S)")
"""After a chronology item's opening date: a dash or a colon, after a second day when the item spans two ("May 11/12 -
Executives ... appear at congressional hearings")."""


def _without_opening_date(text: str, anchor: Dated | None) -> str:
    """The event's sentence as its entry prints it: without the date that opens a chronology's item ("22 April:
    The oil rig sinks ...", "May 09 - Japan and Australia announce ...", "May 11/12 - Executives ...") when that date is the event's own, which
    the entry's heading already gives; the rest must still hold three words. The event keeps the date's place
    in the article (``Event.start``)."""
    if anchor is None or anchor.start > 0:
        return text
    rest = _AFTER_OPENING_DATE.match(text, anchor.end)
    return text[rest.end():] if rest is not None else text


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None
