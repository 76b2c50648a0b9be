"""Which articles are not about the story: an unrelated wire story, a news roundup, a foreign-language page.

A feed that follows a story carries strays, and every sentence of a stray
would become the story's noise. The story's own words tell them apart: the
words that the most articles use (``STORY_WORDS`` of them by document
frequency, after stop words) are what the story is about ("oil", "spill",
"gulf"; "earthquake", "haiti"). An article of the story uses them in a fair
share of its sentences; a roundup mentions the story once among other news,
and an unrelated article never. So an article is off the story when fewer
than ``MIN_SHARE`` of its sentences use a story word (from ``MIN_SENTENCES``
sentences on: a short article is judged only when it uses none).

Within an article of the story, a sentence far from every use of a story
word (``NEIGHBOURS``) is off it too: a transcript or live page that turns to
another story, a sidebar, a comment thread; in an article that mixes stories
(``MIX_SHARE``) every sentence that uses no story word is. Such sentences make no events
and no date mentions (``Focus.restrict``). Outside the story's span the bar is higher: an
event of its background or outlook must name the story itself (``OUTSIDE_WORDS``), or it
is a history or a prospect of something else.

A small story (under ``MIN_ARTICLES``) has no reliable profile: every
article and sentence is kept.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline.records import Extraction, When
from timeline.words import NAME_MARK, QUOTE_LEADS, content_words, sentence_words

STORY_WORDS = 30
"""How many of the most widely used words make the story's profile."""
PROFILE_SHARE = 0.1
"""A word of the profile is used by at least this share of the articles."""
MIN_SHARE = 0.1
"""An article with fewer sentences than this share using a story word is off the story."""
MIN_SENTENCES = 8
"""A shorter article is off the story only when no sentence uses a story word."""
NAMED_STORY = 10
"""A story whose profile holds this many names or more (a third of ``STORY_WORDS``) is told in its names
(``story_names``): on the five dev stories, EgyptianProtest's 13 (egypt, mubarak, cairo, tahrir, ...), and
Finan's 7, bpoil's 6, haiti's 4 and H1N1's 2, whose articles tell them in common words too."""
NAME_REACH = 3
"""In a story told in its names (``NAMED_STORY``), a sentence with no sentence naming the story within this many of
it, itself included, is another story's: a page that opens on a murder case in Brooklyn or Italy's protests
against its prime minister before its item on Egypt, an item on Texas's power cuts among a live page's updates
(they use the story's common words, "police", "thousands", "protest", "streets"). On EgyptianProtest, the only dev
story told in its names, 23 events go: of those judged earlier, 20 were not worth a reader's time and 2 were (Ben
Ali's flight from Tunisia, a paragraph of the Egyptian army's plans); at 2, 33 went (8 worth), at 4, 18 (2
worth). Chosen on that one story: no other dev story is told in its names."""
CORE_WORDS = 2
"""How many of the story's most widely used words are its core (``story_core``: "flu" and "virus", "haiti" and
"earthquake", "oil" and "bp"): an article of ``MIN_SENTENCES`` or more that uses none of them in any sentence is
off the story, though it use others of its words. A news agency's feed on a flu carried its day's other health and
Mexico news (rotavirus vaccines, a day-care fire in Hermosillo, an Asian bank's meeting on the downturn), in the
words "health", "mexico", "deaths" and "children". On the five dev stories 10 events go (H1N1 9, Finan 1), each
judged not worth a reader's time in earlier rounds; haiti (whose pages say "haiti's": a possessive is read as its
noun), EgyptianProtest and bpoil lose none."""
MIN_ARTICLES = 20
"""Fewer articles than this give no profile to judge by."""
MIN_WORDS = 5
"""Sentences shorter than this (captions, headings) are not counted."""
NEIGHBOURS = 1
"""A sentence is about the story when it uses a story word itself, or one next to it uses
``NEIGHBOUR_WORDS`` of them. (Two sentences either side kept the other items of news
roundups: of 18 events of the judged dev sample that one sentence drops, 17 had been judged
not worth a reader's time.)"""
OUTSIDE_WORDS = 2
"""An event outside the story's span (its background or outlook) is kept only when its own
sentence uses this many story words: "In 2005, he flew food to Katrina's victims" is another
story; "The rig was built in 2001 for Transocean in South Korea" names this one. (On the 178
judged dev events dated before their story, the 118 with fewer were 20% worth a reader's time
and 58% rightly dated; the 60 kept, 40% and 57%.)"""
NEIGHBOUR_WORDS = 2
"""A neighbour that names the story once ("police", "army") does not carry a sentence that
names it not at all: on the 882 judged dev events, requiring two dropped 127, 35 of the 86
judged off the story and 28 of the 497 judged worth reading (worth rose on every topic,
by 3 to 10 points; date accuracy did not change)."""
MIX_SHARE = 0.5
MIX_SENTENCES = 60
"""A long article of the story (``MIX_SENTENCES`` sentences or more) with at least ``MIX_SHARE`` of them using no
story word mixes stories: a live page of many, a news roundup, a transcript that turns to other news. There a
sentence must name the story itself; a neighbour that does carries none. Read off the judged dev events of all
five topics: in such long pages the sentences a neighbour carried were 3 worth a reader's time of 45
(EgyptianProtest 1 of 35, Finan 0 of 3, bpoil 1 of 5, haiti 1 of 2); in shorter articles with the same share, 55
of 149 (Finan's features: 24 of 53), which stay. (Chosen leaving one topic out, weighing a worth event lost as
one and a half not worth dropped, the bar would have been the share alone, with no length: more events go, and on
Finan 24 worth of 56.)"""

_LABEL_REACH = 120
"""How far into a sentence an item's label's dash pair can be: seven words of ``ITEM_LABEL`` and their spaces."""
DIGEST_ITEMS = 2
"""A page with this many sentences or more that open on an item's label (``ITEM_LABEL``) is a digest of the day's
news: each item is judged on its own, and a neighbour in another item carries none of its sentences."""
ITEM_LABEL = re.compile(r"[A-Z][\w'\u2019&.,]*(?: [\w'\u2019&.,]+){0,6}(?<![A-Z]{3}) -- (?=[A-Z\"\u201c])(?!.* -- )")
"""A digest item's label: a few words, then " -- " and a sentence that opens on a capital, with no other dash
pair in it ("Snow and more snow -- A major winter storm likely will begin near Oklahoma City late Monday ...",
"Uprising in Egypt -- Egyptian Nobel Peace Prize laureate ... is returning Thursday"), as a page of the day's
headlines prints them. Not a dateline (``Extraction.openings``: "Cairo, Egypt (CNN) --"; nor a place in capitals,
"News From Around The Web WASHINGTON --"), nor an aside set off by two dashes ("Perdido -- Spanish for "Lost" --
got a sniff ...", "Five companies -- Shell Oil, ... -- spent"). On the five dev stories, 7 events go: a roundup's
item on a winter storm (two sentences, on two pages), a murder case's and a conference's items beside Egypt's,
another spill, in a lake, beside the Gulf's."""

_HEADLINE_REACH = 100
"""How far into a sentence a headline's colon can be: ``HEADLINE_ITEM``'s eleven words and their spaces."""
HEADLINE_ITEM = re.compile(r"([A-Z](?:[^\W\d]|['\u2019&.,$%-])*(?: (?:[^\W\d]|['\u2019&.,$%-])+){1,10}): (?=[A-Z])")
"""A headline run into the sentence it heads: a few words, a colon and a sentence that opens on a capital, as a
page's list of other stories prints them ("Dad's letter claims he killed twins, police say: The father of missing
Swiss twins sent a letter ...", "Giffords' husband to fly shuttle: Astronaut Mark Kelly said Friday ..."). Such an
item is a story of its own: its own words must name the story (``NEIGHBOUR_WORDS``), and a neighbour, an item of
another story, carries none of it. Not a quotation (the item opens on a capital, not a quotation mark), nor its lead
(``QUOTE_LEADS``: "Clinton told reporters on Tuesday: It is ..."), nor a chronology's item, whose label is a date
with its number ("Sept. 29: The Fed increases ..."). On the five dev stories
its events are EgyptianProtest's sidebar stories (a murder case, a singer sought, an astronaut, a police beating
in Houston) and bpoil's captions and labels ("Illustration: ...", "Status of investigation: ...")."""



def headline_item(text: str) -> bool:
    """Whether ``text`` opens on a headline run into its item (``HEADLINE_ITEM``), not on a quotation's lead."""
    if ": " not in text[:_HEADLINE_REACH]:
        return False
    found = HEADLINE_ITEM.match(text)
    return found is not None and QUOTE_LEADS.isdisjoint(word.strip(".,").lower() for word in found.group(1).split())


@dataclass(frozen=True, slots=True)
class Focus:
    """What of the articles is about the story."""

    off_topic: frozenset[str]
    """Articles not about the story at all."""
    strays: Mapping[str, frozenset[int]]
    """By article, the sentences far from any use of a story word (an aside, another story)."""
    uses: Mapping[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)
    """By article, how many story words each sentence uses (by position); a sentence
    using fewer than ``OUTSIDE_WORDS`` is faint."""
    profile: frozenset[str] | None = None
    """The story's words (``profile_of``); None for a story too small to have them."""
    unnamed: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    """By article, the sentences of a report of other news that do not name a story told in its names
    (``judge``): strays that tell no key date either."""

    def restrict(self, extractions: Mapping[str, Extraction],
                 span: tuple[dt.date, dt.date] | None = None) -> dict[str, Extraction]:
        """The extractions with no events or date mentions from stray sentences (off-topic articles untouched),
        and, given the story's span, no events or mentions outside it from faint sentences."""
        restricted = dict(extractions)
        for article_id in self.strays.keys() | self.uses.keys():
            if article_id not in self.off_topic:
                restricted[article_id] = on_story(extractions[article_id], self.strays.get(article_id, frozenset()),
                                                  self.uses.get(article_id, ()), span,
                                                  self.unnamed.get(article_id, frozenset()))
        return restricted


def on_story(extraction: Extraction, strays: frozenset[int], uses: tuple[int, ...],
             span: tuple[dt.date, dt.date] | None, unnamed: frozenset[int] = frozenset()) -> Extraction:
    """The extraction without events or date mentions from its ``strays``, and, given the story's
    span, without events or mentions outside it from faint sentences (``OUTSIDE_WORDS``): a day named
    there is neither a vote nor a candidate of the key dates. Its ``unnamed`` sentences (``judge``) report
    no happening of the story either, so that no key date prints one as a lead: "Thousands of Italians took
    to the streets ..." opened a page that a feed on Egypt's revolution carried. Itself when none go."""
    def outside(when: When) -> bool:
        return span is not None and (when.last < span[0] or when.first > span[1])

    def faint(index: int) -> bool:
        return index < len(uses) and uses[index] < OUTSIDE_WORDS

    events = tuple(e for e in extraction.events if e.sentence_index not in strays
                   and not (faint(e.sentence_index) and outside(e.when)))
    mentions = tuple(m for m in extraction.mentions if m.sentence_index not in strays
                     and not (faint(m.sentence_index) and outside(m.when)))
    happenings = extraction.happenings - unnamed
    if (len(events) == len(extraction.events) and len(mentions) == len(extraction.mentions)
            and len(happenings) == len(extraction.happenings)):
        return extraction
    return dataclasses.replace(extraction, events=events, mentions=mentions, happenings=happenings)


def focus(article_ids: Sequence[str], extractions: Mapping[str, Extraction]) -> Focus:
    """Which articles, and which sentences of the others, are off the story the articles tell.

    A sentence is off the story when it uses no story word and no sentence
    within ``NEIGHBOURS`` of it in its article uses ``NEIGHBOUR_WORDS``: a
    transcript or live page that turns to another story, a comment thread,
    a sidebar.
    """
    present = [extractions[a] for a in article_ids if a in extractions]
    counts, articles = document_frequency(sentence_words(e)[1] for e in present)
    profile = profile_of(counts, articles)
    if profile is None:
        return Focus(frozenset(), {})
    names = story_names(profile, counts)
    core = story_core(profile, counts)
    off: set[str] = set()
    strays: dict[str, frozenset[int]] = {}
    story_words: dict[str, tuple[int, ...]] = {}
    unnamed: dict[str, frozenset[int]] = {}
    for extraction in present:
        judged = judge(extraction, profile, names, core)
        if judged.off_topic:
            off.add(extraction.article_id)
        strays[extraction.article_id] = judged.strays
        story_words[extraction.article_id] = judged.uses
        if judged.unnamed:
            unnamed[extraction.article_id] = judged.unnamed
    return Focus(frozenset(off), strays, story_words, profile, unnamed)


def document_frequency(vocabularies: Iterable[str]) -> tuple[Counter[str], int]:
    """How many of the vocabularies (``sentence_words``: words separated by spaces) use each word,
    and how many vocabularies there are."""
    counts: Counter[str] = Counter()
    articles = 0
    for words in vocabularies:
        counts.update(words.split())
        articles += 1
    return counts, articles


def profile_of(counts: Mapping[str, int], articles: int) -> frozenset[str] | None:
    """The story's words from its articles' document frequencies (``document_frequency``): the
    ``STORY_WORDS`` words the most articles use, of those at least ``PROFILE_SHARE`` of them use.
    None for a story of fewer than ``MIN_ARTICLES`` articles, too few to tell."""
    if articles < MIN_ARTICLES:
        return None
    widely_used = [(w, n) for w, n in counts.items() if n >= PROFILE_SHARE * articles and not w.startswith(NAME_MARK)]
    return frozenset(w for w, _ in sorted(widely_used, key=lambda kv: (-kv[1], kv[0]))[:STORY_WORDS])


def story_names(profile: frozenset[str] | None, counts: Mapping[str, int]) -> frozenset[str]:
    """The story's words that are names ("egypt", "mubarak", "cairo"): those of its profile (``profile_of``) that
    at least half the articles using them write as names (``words.names_in``, counted in ``counts`` under
    ``words.NAME_MARK``). A story about a country, a leader or a company is told in its names; a story about a
    crisis or a disease mostly in common words."""
    if profile is None:
        return frozenset()
    return frozenset(w for w in profile if 2 * counts.get(NAME_MARK + w, 0) >= counts.get(w, 0) > 0)


def story_core(profile: frozenset[str] | None, counts: Mapping[str, int]) -> frozenset[str]:
    """The story's ``CORE_WORDS`` most widely used words (of its profile, ``profile_of``; ties by the word)."""
    if profile is None:
        return frozenset()
    return frozenset(sorted(profile, key=lambda w: (-counts.get(w, 0), w))[:CORE_WORDS])


def _holds(words: str, vocabulary: frozenset[str]) -> bool:
    """Whether a sentence's content words hold one of ``vocabulary``, a possessive read as its noun ("haiti's")."""
    return any(w in vocabulary or (w.endswith("'s") and w[:-2] in vocabulary) for w in words.split())


@dataclass(frozen=True, slots=True)
class Judged:
    """What ``judge`` finds of one article."""

    off_topic: bool
    strays: frozenset[int]
    """The sentences (by position) far from any use of a story word."""
    uses: tuple[int, ...]
    """How many story words each sentence uses (by position)."""
    unnamed: frozenset[int] = frozenset()
    """Of a report of other news in a story told in its names, the sentences that do not name it (among
    ``strays``)."""


def judge(extraction: Extraction, profile: frozenset[str], names: frozenset[str] = frozenset(),
          core: frozenset[str] = frozenset()) -> Judged:
    """Whether one article is off the story ``profile`` describes, and which of its sentences stray.

    In a story told in its names (``NAMED_STORY`` of the profile's words or more are: ``story_names``), an
    article of ``MIN_SENTENCES`` or more whose sentences name it in fewer than ``MIN_SHARE`` of them tells other
    news: a report of another country's protests uses every word of the story's but its names ("Police detained
    about 100 protesters in the nation's capital of Algiers ..." in a feed on Egypt's), a page of the day's
    headlines names it once. Only its sentences that name the story stay. In its other articles, a sentence
    with none naming the story within ``NAME_REACH`` of it is another story's (``far_from_names``)."""
    rows, _ = sentence_words(extraction)
    uses = [_story_words(row, profile) for row in rows]
    long_enough = [text.count(" ") + 1 >= MIN_WORDS for text in extraction.sentences.texts]
    counted = [use for use, long in zip(uses, long_enough) if long]
    on_story = len(counted) - counted.count(0)
    off = bool((counted and on_story == 0 and len(counted) >= 2) or (
        len(counted) >= MIN_SENTENCES and on_story < MIN_SHARE * len(counted)) or (
        core and len(counted) >= MIN_SENTENCES and not any(_holds(row, core) for row in rows)))
    unnamed: frozenset[int] = frozenset()
    if not off and len(names) >= NAMED_STORY:
        naming = [names_the_story(row, names) for row in rows]
        if len(counted) >= MIN_SENTENCES and (
                sum(1 for name, long in zip(naming, long_enough) if name and long) < MIN_SHARE * len(counted)):
            unnamed = frozenset(i for i, name in enumerate(naming) if not name)
        else:
            unnamed = far_from_names(naming)
    mixed = len(counted) >= MIX_SENTENCES and counted.count(0) >= MIX_SHARE * len(counted)
    items = digest_items(extraction)
    item_most: dict[int, int] = {}  # by digest item, the most story words one of its sentences uses
    for item, use in zip(items, uses):
        item_most[item] = max(item_most.get(item, 0), use)

    chronology = chronology_block(extraction.sentences.texts)
    on_chronology = bool(chronology) and 2 * sum(1 for i in chronology if uses[i]) >= len(chronology)

    def carried(i: int) -> bool:
        """Whether a neighbour in the sentence's own item (on a digest) names the story enough to carry it, or the
        chronology it is part of is the story's (``chronology_block``)."""
        if on_chronology and i in chronology:
            return True
        near = range(max(0, i - NEIGHBOURS), min(len(uses), i + NEIGHBOURS + 1))
        return max(uses[j] for j in near if items[j] == items[i]) >= NEIGHBOUR_WORDS

    texts = extraction.sentences.texts

    def weak_headline(i: int) -> bool:
        """Whether the sentence is a headline's item (``HEADLINE_ITEM``) that names the story too little itself."""
        return uses[i] < NEIGHBOUR_WORDS and headline_item(texts[i])

    strays = frozenset(
        i for i in range(len(rows))
        if (items[i] >= 0 and item_most[items[i]] < NEIGHBOUR_WORDS) or (not uses[i] and (mixed or not carried(i)))
        or weak_headline(i))
    return Judged(off, strays | unnamed, tuple(uses), unnamed)


def chronology_block(texts: Sequence[str]) -> range:
    """The sentences from an article's first chronology item to its last, where it has ``CHRONOLOGY_ITEMS`` or more;
    an empty range elsewhere.

    A chronology's items are short and tell one happening each in its own words: "U.S. government seizes Fannie
    Mae and Freddie Mac." uses none of the crisis's story words, nor does the item after it (currencies in Asia),
    so the neighbour test (``NEIGHBOUR_WORDS``) left the seizure off Finan's pages, and 7 September 2008 had none.
    The block is one list, about the story when half its sentences use a story word (``judge``): each of its
    sentences is then carried, as a neighbour carries one elsewhere."""
    from timeline.boilerplate import CHRONOLOGY_ITEMS  # on use, as the extract stage's modules are
    from timeline.extract import chronology_item  # on use: the extract stage's package takes a third of a second

    items = [i for i, text in enumerate(texts) if text[:1].isupper() and chronology_item(text)]
    return range(items[0], items[-1] + 1) if len(items) >= CHRONOLOGY_ITEMS else range(0)


def names_the_story(words: str, names: frozenset[str]) -> bool:
    """Whether a sentence's content words (``words.content_words``: separated by spaces) hold one of the story's
    names (``story_names``), a possessive read as its noun ("cairo's")."""
    return _holds(words, names)


def far_from_names(naming: Sequence[bool]) -> frozenset[int]:
    """The positions with no sentence naming the story (``naming``) within ``NAME_REACH`` of them."""
    since: list[int] = []  # how many sentences back the story was last named
    last = -len(naming) - NAME_REACH - 1
    for i, named in enumerate(naming):
        last = i if named else last
        since.append(i - last)
    far: set[int] = set()
    upcoming = 2 * len(naming) + NAME_REACH + 1
    for i in reversed(range(len(naming))):
        upcoming = i if naming[i] else upcoming
        if min(since[i], upcoming - i) > NAME_REACH:
            far.add(i)
    return frozenset(far)


def digest_items(extraction: Extraction) -> list[int]:
    """Each sentence's item (by position) where the page is a digest of the day's news (``DIGEST_ITEMS``): the
    position of the label (``ITEM_LABEL``) that opens its item, or -1 before the first; all -1 on any other page.
    A page of headlines set the items of other news beside the story's, and the story's item carried the next one
    ("Snow and more snow -- A major winter storm ..." beside "Uprising in Egypt -- ..."). An item is about the
    story when one of its sentences uses ``NEIGHBOUR_WORDS`` of the story's words (``judge``): the snow's "move
    east" uses one, the Middle East's word."""
    texts = extraction.sentences.texts
    # only a sentence with a dash pair near its start can open an item: the pattern tried on every sentence took
    # 3.0 us a sentence (212 ms for 568 dev articles' 70,312 sentences, on every build), looking for " -- " first
    # 0.52 us (37 ms; three runs each, the same every run)
    labels = [i for i, text in enumerate(texts)
              if " -- " in text[:_LABEL_REACH] and i not in extraction.openings and ITEM_LABEL.match(text)]
    items = [-1] * len(texts)
    if len(labels) < DIGEST_ITEMS:
        return items
    for n, start in enumerate(labels):
        end = labels[n + 1] if n + 1 < len(labels) else len(texts)
        items[start:end] = [start] * (end - start)
    return items


def story_words_in(sentence: str, profile: frozenset[str]) -> int:
    """How many of the story's words (``profile_of``) the sentence uses, as ``judge`` counts them."""
    return _story_words(content_words(sentence), profile)


def _story_words(words: str, profile: frozenset[str]) -> int:
    """How many of the story's words a sentence's content words (``words.content_words``) hold."""
    return len(profile.intersection(words.split()))


def off_topic(article_ids: Sequence[str], extractions: Mapping[str, Extraction]) -> frozenset[str]:
    """The ids of the articles that are not about the story the others tell."""
    return focus(article_ids, extractions).off_topic
