"""A sentence's content words: what it is about, without stop words or the words every news story uses.

Topicality (``timeline.assemble.topicality``) tells a story's articles from
strays by them. Extraction records them for each sentence
(``Extraction.words``), so that a rebuild reads them instead of tokenizing
every sentence of the archive again.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.records import Extraction

WORD = re.compile(r"[a-z][a-z'\-]*[a-z]")
POSSESSIVE = re.compile(r"['\u2019]s$")
"""A possessive's ending on a word: "Obama's" is "Obama", "BP\u2019s" "BP"."""
STOP = frozenset("""
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according mr mrs ms one two three four five new may might must people year years last
    first like time get make made week day days percent per cent many much even still well back since around
    including across another told just could would also monday tuesday wednesday thursday friday saturday
    sunday january february march april june july august september october november december today yesterday
    """.split()) | frozenset("""
    according already america american area bbc big billion called can't change city cnn come country current
    don't end far former go going good government great group he's help high home i'm international it's know
    leader leaders left less life long look media million minister money national need news next number
    official officials old part place president press public report reports reuters right says see state
    states take that's there's think told top uk united us want way we're work world you're young
    """.split())
"""Stop words, and words every news story uses ("government", "president", "news", "cnn"):
they say nothing of which story an article tells."""


def content_words(sentence: str) -> str:
    """The distinct content words of ``sentence``, lower-cased, sorted, joined by spaces."""
    return " ".join(sorted(frozenset(WORD.findall(sentence.lower())) - STOP))


NAME_MARK = "^"
"""What marks a name in a vocabulary: "^egypt" beside "egypt" where the article writes "Egypt" as a name
(``names_in``), so that the story's document frequencies count the articles that name it so too."""
_CAPITALIZED_INSIDE = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][a-z'\-]*[a-z]")
"""A capitalized word after a word in lower case, a digit or a comma: inside a sentence, where only a name is
capitalized."""


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """The content words an article writes as names: capitalized inside its sentences more often than in lower
    case anywhere ("Egypt", "Mubarak"; not "Crisis", capitalized only in a headline, nor "Oil", which opens
    sentences)."""
    texts = list(texts)
    capitalized: dict[str, int] = {}
    for text in texts:
        for word in _CAPITALIZED_INSIDE.findall(text):
            capitalized[word.lower()] = capitalized.get(word.lower(), 0) + 1
    if not capitalized:
        return frozenset()
    lower: dict[str, int] = {}
    for text in texts:
        for word in WORD.findall(text):
            if word in capitalized:
                lower[word] = lower.get(word, 0) + 1
    return frozenset(word for word, count in capitalized.items() if word not in STOP and count > lower.get(word, 0))


def vocabulary(words: Iterable[str], names: Iterable[str] = ()) -> str:
    """The distinct words of several ``content_words`` strings, with those of ``names`` (``names_in``) that
    they hold written again with the mark of a name (``NAME_MARK``), sorted, joined by spaces."""
    distinct = set(" ".join(words).split())
    return " ".join(sorted(distinct | {NAME_MARK + name for name in names if name in distinct}))


def sentence_words(extraction: Extraction) -> tuple[tuple[str, ...], str]:
    """Each sentence's content words, and the article's vocabulary (its distinct content words, and its names
    marked: ``vocabulary``), as extraction recorded them (a record made by hand has none: they are found in
    its texts)."""
    if extraction.words:
        return extraction.words, extraction.vocabulary
    rows = tuple(map(content_words, extraction.sentences.texts))
    return rows, vocabulary(rows, names_in(extraction.sentences.texts))


QUOTE_LEADS = frozenset({"said", "told", "added", "wrote", "writes", "asked", "explained", "reported", "reporters",
                         "statement", "saying", "tweeted", "stated", "declared", "insisted", "warned", "noted"})
"""Words of a quotation's lead, which a colon ends as a headline's does ("police say:" is a headline's): a headline
item's (``assemble.topicality``) and a quoting caption's (``boilerplate._QUOTE_CAPTION``) tell them apart by these."""
