"""Which of a day's most important entries tell the same happening again, so that a page shows it once.

A story's big day is told in many words: "The 7.0-magnitude quake, Haiti's worst in two centuries,
struck south of the capital, on Tuesday." and "Haiti's worst quake in two centuries hit south of the
capital Port-au-Prince on Tuesday, wrecking the presidential palace ...". Near-duplicate folding
(``timeline.assemble.NEAR_DUPLICATE``) makes one entry only of sentences that share most of their
words; these share a third, and by importance alone a month page gave four of its five places for
the day to the quake. A page that shows a day's most important entries shows each happening once
(the day's events page still lists them all).

An entry retells a shown one when their content words (``timeline.words.content_words``) overlap by
``RETELLING`` (Jaccard) or more, and it brings no name or figure the shown one lacks: "Turkey
identified its first case of H1N1 swine flu" does not retell "The health ministry confirmed its
first case of the H1N1 flu in the southern city of Hyderabad" (another country's news), nor
"17 new cases, bringing the total to 215" the day's earlier count. On a page's lists (``retellings``,
``distinct``) a short wording of a long report retells it too (``CONTAINED``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from timeline.temporal.numbers import TENS, UNITS, parse_number
from timeline.words import POSSESSIVE, STOP, content_words

RETELLING = 0.3
"""Jaccard similarity of two entries' content words from which the less important one, naming nothing new,
tells the same happening. Read on the five dev sites: each of the 26 entries it leaves off their month pages
retells one still shown. At 0.2, 31 more go, and about a third of those tell another happening of the day
("Mubarak says he has asked the government to resign" after a State Department official's remark on him, a
report of a deep plume of oil after a New Orleans mayor's report on the city)."""

CONTAINED = 0.75
"""On a page's lists (``retellings``), a sentence whose content words are at least this share of another's (and
``CONTAINED_WORDS`` or more) retells it, however many more words the other has, if it adds no name or figure and
no negation (or drops one): a long report and its short wording
share too few of the long one's words for ``RETELLING`` ("The Dow dropped 166 points on Friday, its largest loss
since November." after "U.S. stocks plunged Friday - with the Dow industrial average falling 166 points, its
largest loss since November, and the Nasdaq ..."; "BP says the cost of the spill had reached $3.12 billion." after
the company's statement with its partners' bill). On the five dev sites 13 more day-page entries go under "The
same, told again" (bpoil 7, EgyptianProtest 4, haiti 2; 2 there before are now listed above, as the lines they
retold are now retellings themselves); one month-page day list changes (haiti's 15 January, the
UN's toll told twice). Read one by one beside the line each retells: 12 tell its happening in fewer words, 1
another ("Another on Wednesday called people to Tahrir Square in central Cairo." after 90 detained there). A first
try, which let a contained sentence add a name or figure where a day's page lets a retelling (``adding``) and
asked for one word in common, moved 19: of the 6 more, 2 told another happening with a figure of their own (BP's
$6 million a day, a share price's close), and 1 shared a single word ("By Friday they had made it into Haiti."
after the quake's toll). A known limit: the one word of its own may be another verb ("Police released the
protesters detained in Tahrir Square." after their detention), so the rule moves entries within a day's page and
picks a month's five, where a retelling is still shown, and does not weigh days (``told_before``) or year pages."""
CONTAINED_WORDS = 3
"""The content words a short wording shares with the long one at least (``CONTAINED``): one or two in common is
any two sentences of a story."""

_CAPITALIZED = re.compile(r"\b[A-Z][A-Za-z'\-]*[A-Za-z]")
_NEGATION = re.compile(r"\b(?:not|never|no|nor|without)\b|n['\u2019]t\b", re.I)
_FIGURE = re.compile(r"[0-9]+(?:[.,][0-9]+)*(?:st|nd|rd|th)?")
"""A figure, an ordinal's suffix kept: "the 10th day" is no count of ten."""
_DIGITS = "|".join(word for word, value in UNITS.items() if 0 < value < 10)
_NUMBER_WORD = re.compile(r"\b(?:(?:" + "|".join(TENS) + r")(?:-(?:" + _DIGITS + r"))?|(?:"
                          + "|".join(word for word, value in UNITS.items() if value >= 2) + r"))\b(?![-\u2013])", re.I)
"""A number word, in any case, read as its figure ("Thirteen people have died" and "13 have died" tell one toll;
"Twenty-five" is 25): a figure one sentence writes in words and the other in digits is no figure of its own.
"One" is left a word: it is as often a pronoun ("one of the protesters")."""
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|[0-9]+(?:[.,][0-9]+)*)")
"""A sentence's first word or figure, after any opening quote or bracket."""

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Told:
    """What one sentence tells: its content words, and its names and figures."""

    words: frozenset[str]
    """Its content words (``timeline.words.content_words``), a possessive read as its noun."""
    news: frozenset[str]
    """Its names (capitalized content words, lower-cased) and figures: what a retelling must not add."""
    opening: str = ""
    """Its first word, lower-cased, a possessive read as its noun: what a retelling that adds a name may not add."""
    negated: bool = False
    """Whether it holds a negation ("not", "never", "no", "-n't"), which its content words leave out."""

    @classmethod
    def of(cls, sentence: str) -> Told:
        counts = dict(_counts(sentence))
        names = {_without_possessive(word.lower()) for word in _CAPITALIZED.findall(sentence)} - STOP - counts.keys()
        first = _FIRST_WORD.match(sentence)
        opening = _without_possessive(first[1].lower()) if first else ""
        return cls(frozenset(counts.get(w, w) for w in map(_without_possessive, content_words(sentence).split())),
                   frozenset(names | set(_FIGURE.findall(sentence)) | set(counts.values())),
                   counts.get(opening, opening), _NEGATION.search(sentence) is not None)

    def retells(self, shown: Told, adding: int = 0, contained: bool = False) -> bool:
        """Whether this sentence tells what ``shown`` tells, adding at most ``adding`` names or figures, none of
        them its first word: a sentence that opens on what the other lacks tells of something else ("Turkey
        identified its first case of H1N1 swine flu" after another country's first case, "Midyear examinations
        have been delayed ..., state-run Nile TV reported" after a toll the same channel reported). Its words
        overlap the other's by ``RETELLING`` (Jaccard), or, with ``contained``, are mostly the other's
        (``CONTAINED``), add nothing and deny nothing the other tells (or tell what the other denies)."""
        if not self.words or not shown.words:
            return False
        common = len(self.words & shown.words)
        if common < RETELLING * (len(self.words) + len(shown.words) - common):
            if (not contained or common < max(CONTAINED_WORDS, CONTAINED * len(self.words))
                    or self.negated != shown.negated):
                return False
            adding = 0  # a shorter wording of the other (``CONTAINED``): nothing of its own
        added = 0
        for item in self.news:
            if item not in shown.words and item not in shown.news:
                added += 1
                if added > adding or item == self.opening:
                    return False
        return True


def _counts(sentence: str) -> Iterator[tuple[str, str]]:
    """Each number word of the sentence, lower-cased ("twenty-five" whole), with its figure (``parse_number``)."""
    for m in _NUMBER_WORD.finditer(sentence):
        yield m.group().lower(), str(parse_number(m.group()))


def _without_possessive(word: str) -> str:
    return POSSESSIVE.sub("", word)


def retellings(ranked: Iterable[T], sentence_of: Callable[[T], str], against: int | None = None, adding: int = 0
               ) -> Iterator[tuple[T, bool]]:
    """Each of ``ranked`` (most important first), read as it is asked for, with whether it retells one before it
    that retells none (adding at most ``adding`` names or figures, or in fewer words: ``Told.retells``, with
    ``contained``); compared with the first ``against`` of those when given, so that a long list's comparisons stay
    linear. A page's list only moves or leaves out a retelling, which the day's page still shows: the short wording
    is read here, not where a retelling weighs less (``told_before``) or leaves a year's page."""
    told: list[Told] = []
    for item in ranked:
        this = Told.of(sentence_of(item))
        retold = any(this.retells(earlier, adding, contained=True) for earlier in told)
        if not retold and (against is None or len(told) < against):
            told.append(this)
        yield item, retold


def distinct(ranked: Iterable[T], count: int, sentence_of: Callable[[T], str]) -> list[T]:
    """The first ``count`` of ``ranked`` (most important first) that retell none chosen before them."""
    chosen: list[T] = []
    if count <= 0:
        return chosen
    for item, retold in retellings(ranked, sentence_of):
        if not retold:
            chosen.append(item)
            if len(chosen) >= count:
                break
    return chosen


__all__ = ["CONTAINED", "CONTAINED_WORDS", "RETELLING", "Told", "distinct", "retellings"]
