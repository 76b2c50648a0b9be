"""Untitled articles of a story told in its names, titled by a sentence that names it.

An untitled article is titled by its first real sentence (``timeline.read.untitled``), and a page saved whole
often opens on another story: a news site's digest of the day set a Brooklyn murder case, a French minister's
flowers in the Red Sea or Austin's waste service above its item on Egypt, and that line became the title, and so
the label of every source link to the page's Egypt events. A first-time reader who followed "Maksim Gelman
(pictured) was arraigned in Brooklyn ..." from an event in Cairo stopped trusting the site's sources.

Once every article is read, the story's names are known (``topicality.story_names``: egypt, mubarak, cairo,
tahrir ...). In a story told in them (``topicality.NAMED_STORY``), an article titled by a sentence of its text
that names none of them is titled instead by its first sentence that does ("Egypt takes its first steps in 30
years without Mubarak"). Only a title made of a sentence (ending in a stop, a question mark or the "…" of a cut):
a headline-like line ("CNN Student News - 1/31/11", "Tensions rise on surging food prices") names its page; nor an
article whose text names none of them. On EgyptianProtest, the only dev story told in its names, 54 of 271 titles
change; a helper judging old and new blind beside the page's events found the new better on 45, the old on 6
(``benchmarks/results/judged/named-titles/``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from dataclasses import replace

from timeline.assemble.topicality import NAMED_STORY, names_the_story
from timeline.read.furniture_titles import NO_TITLE, is_untitled
from timeline.read import titles_from_text
from timeline.records import Article, Extraction
from timeline.report import Problem
from timeline.words import content_words

NEXT_SENTENCES = 3
"""How many sentences, from the first that names the story, its new title is made from (a title may run on)."""
_SENTENCE_END = re.compile(r"[.?!\u2026][\"'\u201d\u2019)]*$")


def titles_naming_the_story(articles: Iterable[Article], extraction_of: Callable[[str], Extraction | None],
                            names: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(article id, new title) of each article whose title, a sentence of its text, names none of the story's
    ``names``, titled by its first sentence that names one; none in a story not told in its names."""
    if len(names) < NAMED_STORY:
        return
    for article in articles:
        # a title given with the article is never changed: one made from the text has the next ones beside it
        if not article.other_titles or _names(article.title, names) or not _SENTENCE_END.search(article.title):
            continue
        extraction = extraction_of(article.id)
        if extraction is None:
            continue
        texts = extraction.sentences.texts
        first = next((i for i, text in enumerate(texts) if _names(text, names)), None)
        if first is None:
            continue
        made = titles_from_text("\n".join(texts[first:first + NEXT_SENTENCES]))
        if made and made[0] != article.title and _names(made[0], names):
            yield article.id, made[0]


def _names(text: str, names: frozenset[str]) -> bool:
    """Whether ``text`` uses one of the story's names."""
    return names_the_story(content_words(text), names)


def retitled_problems(problems: Sequence[Problem], articles: Sequence[Article],
                      retitled: Mapping[str, str]) -> tuple[Problem, ...]:
    """``problems`` with the "no title" warning of each retitled article telling its new title and why."""
    told: dict[str, str] = {}
    for article in articles:
        if article.id in retitled:
            told[article.origin] = (f"{NO_TITLE}: titled {retitled[article.id]!r}, its first sentence that names the "
                                    "story: the title its text gave names none of the story's names")
    return tuple(replace(p, reason=told[p.origin]) if p.origin in told and is_untitled(p) else p for p in problems)
