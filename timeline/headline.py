"""Short lines for long sentences: an untitled article's title, an event's headline.

A timeline entry is a whole sentence ("A vast oil slick bore down on the Gulf
Coast on Sunday, threatening an economic and ecological disaster as ...").
Where only a line fits (a TimelineJS slide's headline, a title), the line
should still say what happened, so the sentence loses its trailing side
clause before anything is cut mid-phrase: the side clause is the part after a
comma that opens with a conjunction, a relative pronoun or a participle of
consequence ("..., while ...", "..., which ...", "..., threatening ..."), or
after a semicolon or a dash.  What is still too long is cut at a word boundary and
ends with "…".
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from timeline.records import long_date

__all__ = ["FUNCTION_WORDS", "HEADLINE_MAX", "RUN_IN_OPENERS", "RUN_IN_WORDS", "TITLE_CASE_OPENERS", "QUOTE_CLOSES",
           "after_title", "headline", "labelled_sources", "reads_as_sentence", "shorten", "source_labels", "told"]

HEADLINE_MAX = 80
"""A headline longer than this is cut at a word boundary and ends with "…" (TimelineJS
sets a headline in capitals as large as its slide: 100 characters filled four lines)."""
_MIN_WORDS = 5
"""A main clause shorter than this is an opening phrase ("On Tuesday,"), not the headline."""
_SIDE_CLAUSE = re.compile(
    r"(?:,\s+(?:while|whereas|as|after|before|but|which|who|whose|where|when|although|though|because|since|"
    r"amid|despite|according|saying|adding|citing|killing|leaving|prompting|forcing|sending|raising|causing|"
    r"ending|bringing|threatening|sparking|triggering|marking|pushing)\b"
    r"|;\s|\s(?:--|[\u2013\u2014])\s|\u2014)",
    re.IGNORECASE,
)
"""Where a trailing side clause starts: after a comma, a conjunction, relative pronoun or one
of the participles that open a consequence ("..., killing 11"); or a semicolon, or a dash set
off by spaces. Not ", and" nor any "-ing" word: both also run inside lists and noun phrases
("BP, Transocean, and Halliburton"; "the cost, including fines, ...")."""
_OPENING_PHRASE = re.compile(
    r"(?:Unlike|Like|After|Before|Since|As|While|Although|Though|With|Without|Despite|Following|In|On|At|By|"
    r"For|During|Amid|When|If|Because|Once|Until|Under|Over|From|Through|Besides|Apart)\b")
"""A sentence that opens with one of these starts with a phrase, not its main clause: up to
its first comma it is no headline ("Unlike the 1969 spill, which ...")."""
_OPEN_PAREN = re.compile(r"[(\[]")
_CLOSE_PAREN = re.compile(r"[)\]]")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters with "…", and not after a
    function word (``FUNCTION_WORDS``) while half the limit is left: "... to funnel leaking oil…", not "... to
    funnel leaking oil to the…". On the five dev sites, 649 of 1,694 titles cut short had ended on one."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space < limit // 2:
        return cut[:limit - 1].rstrip(_CUT_MARKS) + "\u2026"
    words = cut[:space].rstrip(_CUT_MARKS).split(" ")
    while len(words) > 1 and words[-1].lower() in FUNCTION_WORDS and len(" ".join(words[:-1])) >= limit // 2:
        words.pop()
    return " ".join(words).rstrip(_CUT_MARKS) + "\u2026"


_CUT_MARKS = " ,;:-\u2013\u2014"
"""What a shortened line does not end on before its "…"."""


def headline(sentence: str, limit: int = HEADLINE_MAX) -> str:
    """The sentence's main clause, without its final full stop, shortened to ``limit`` characters.

    The first side-clause boundary after at least ``_MIN_WORDS`` words ends the
    headline; a boundary inside brackets, or one that would leave only an opening
    phrase ("Unlike the 1969 spill"), does not count.
    """
    text = " ".join(sentence.split())
    for match in _SIDE_CLAUSE.finditer(text):
        head = text[:match.start()]
        if len(head.split()) < _MIN_WORDS:
            continue
        if len(_OPEN_PAREN.findall(head)) > len(_CLOSE_PAREN.findall(head)):
            continue
        if "," not in head and _OPENING_PHRASE.match(head):
            continue
        text = head
        break
    if text.endswith(".") and not text.endswith(".."):
        last_word = text.rsplit(" ", 1)[-1]
        if last_word.count(".") == 1:  # "the leak." loses its stop; "U.S." keeps its own
            text = text[:-1]
    return shorten(text, limit)


RUN_IN_WORDS = 3
"""A headline run into a sentence has at least this many words (``read.untitled.title_from_text`` takes
no shorter one for a title); fewer are too few to tell apart from the words a sentence opens with."""
_REST_WORDS = 3
"""What ``after_title`` leaves is a sentence of at least this many words, never a stub."""
_STARTS_SENTENCE = re.compile(r"\s+(?=[A-Z0-9\"'\u201c\u2018])")


COUNT_OPENERS = ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
                 r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)"
                 r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?",
                 "Dozens", "Hundreds", "Thousands", "Millions")
"""Counts that open a lead ("... emerged in the UK Two more people in London have been diagnosed ...",
"... in Cairo Thousands of people marched ...", "... fell ill on Wednesday Ninety-five new swine flu cases
..."): after a word, followed by a lower-case one, they open a sentence as "The" does (patterns: a count
of tens may carry its units)."""
TITLE_CASE_OPENERS = ("A", "An", "Before", "While", "As", "At", "In", "On", "For", "From", "With", "Up", "More", "Some",
                      "Many", "Most", "Almost", "Nearly", "Between", "Among", "Amid", "Despite", "During", "Following",
                      "Since", "Under", "Until", "Across", "Around", "Without", "Within", "Throughout")
"""The openers that a headline in title case capitalizes too: its articles, its short prepositions and, as
title case writes them, its longer ones ("Between", "Despite", "During": a lead that opens on one after a
headline in sentence case, "Hundreds orphaned by Haiti earthquake Despite miraculous stories of survival ...",
begins there; on the 2,716 dev articles 6 titles end so at their headline, and 2 events lose the caption or
headline run into them)."""
RUN_IN_OPENERS = ("The", "He", "She", "It", "They", "We", "This", "These", "Those", "There", "But", "His", "Her",
                  "Its", "Their", "Our", "After", "When", "Another", "Several", "Both", "Each", "Every",
                  *COUNT_OPENERS, *TITLE_CASE_OPENERS)
"""Words that open a sentence (a determiner, a pronoun, a preposition, a count; as regular-expression
alternatives) and, capitalized before a lower-case word, do so only there: mid-sentence they are
capitalized only in a name or a title ("The Hague", "In Cold Blood"), where the next word is capitalized
too."""
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for and or but with by from as into over under about after before than that this these "
    "those its his her their our is are was were be been has have had will would can could may might must "
    "when where while if because so what who which how why then since until whether although though once".split())
"""Function words: after one, a capitalized word is a name's or a phrase's, not the start of a sentence run in
(``read.untitled``'s headline cuts, ``sentences._RUN_IN``)."""
_OPENS_SENTENCE = re.compile(r"(?:" + "|".join(RUN_IN_OPENERS) + r")[ \t]+[a-z0-9]")
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|says|"
                       r"said|do|does|did)\b")
"""Auxiliaries and the reporting verb: a clause that holds one has its verb."""
_CLAUSE_WORDS = 12
QUOTE_CLOSES = ("'", "\u2019", '"', "\u201d")


def reads_as_sentence(rest: str) -> bool:
    """Whether ``rest`` opens a sentence of its own: on an opener before a lower-case word ("The oil
    company BP says ..."), or with a verb in its first clause ("China has denied ...", "Senegal's president
    says ..."). "Gulf coast residents over oil spill damage claims while ..." has none: the object of the
    clause before it."""
    if _OPENS_SENTENCE.match(rest):
        return True
    clause = re.split(r"[,;:]", rest, maxsplit=1)[0]
    return _HAS_VERB.search(" ".join(clause.split()[:_CLAUSE_WORDS])) is not None


def after_title(sentence: str, titles: str | Iterable[str]) -> str:
    """``sentence`` without one of ``titles`` that it opens with, where the title printed beside it
    already says it: pages saved as text run their headline into the first sentence without a stop
    ("BP oil leak plug 'going as planned' The oil company BP says ..."), the untitled article is
    titled by that headline (``read.untitled.title_from_text``), and a key date or an event printed
    with its source's title read the headline twice; and an event is dated by what its sentence tells,
    not by a caption's date in a headline ("Manny Pacquiao knocked out Britain's Ricky Hatton last
    weekend Health officials in the Philippines have asked ...", ``extract``). Only a whole title of
    three words or more, with a sentence starting after it; a shortened title (ending in "…") opens
    nothing.

    A title that ends on a closed quotation may end inside its sentence: an untitled article's title
    may be cut at a quote ("... warned energy giant BP on Friday not to “nickel and dime”" before "Gulf
    coast residents over oil spill damage claims ..."; ``read.untitled``). It comes off only when what
    follows reads as a sentence of its own (``reads_as_sentence``)."""
    for title in ([titles] if isinstance(titles, str) else titles):
        if len(title.split()) < RUN_IN_WORDS or not sentence.startswith(title):
            continue
        start = _STARTS_SENTENCE.match(sentence, len(title))
        if start is None or len(sentence[start.end():].split()) < _REST_WORDS:
            continue
        rest = sentence[start.end():]
        if title.endswith(QUOTE_CLOSES) and not reads_as_sentence(rest):
            continue
        return rest
    return sentence


def told(entry: _Told) -> str:
    """An entry's sentence as a page prints it beside its sources: without a headline its page ran into
    it (``after_title``). The feeds, the calendar, the embed and the Markdown export print it so too."""
    return after_title(entry.sentence, [source.title for source in entry.sources])


def source_labels(titles: Iterable[tuple[str, dt.date | None]], told: str = "") -> list[str]:
    """What each of an entry's sources is called in its list of links, given (title, publication date)
    of each and the sentence ``told`` beside them: its title, but "same title, 3 June 2010" for a title
    an earlier one in the list has, and "article of 3 June 2010" for a title that only repeats the
    sentence (``repeats``).

    Why: a wire's story is printed again on later days under the same headline, and an event it tells
    listed "Millions of gallons (liters) of oil have poured into the Gulf ..." four times over (57 of
    the 1,116 source lists bpoil's month pages show had a title twice or more)."""
    seen: set[str] = set()
    labels = []
    for title, published in titles:
        if told and repeats(told, title):
            labels.append(f"article of {long_date(published)}" if published else "article")
        elif title in seen:
            labels.append(f"same title, {long_date(published)}" if published else "same title")
        else:
            seen.add(title)
            labels.append(title)
    return labels


def repeats(told: str, title: str) -> bool:
    """Whether ``title`` is only the sentence ``told`` again, whole or cut short with "…": an untitled
    article titled by the very sentence an event or a key date prints ("A new flu that has killed up to
    68 people in Mexico could start a global epidemic, the…" after that sentence). Its link then says
    where and when the sentence was printed, not the sentence twice. A headline the sentence opens
    with and goes on from (``after_title``) is no repeat."""
    whole = title[:-1].rstrip() if title.endswith("\u2026") else title
    if len(whole.split()) < RUN_IN_WORDS or not told.startswith(whole):
        return False
    return title.endswith("\u2026") or len(told) - len(whole) <= 1  # cut short, or the whole sentence


class _Source(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...


_S = TypeVar("_S", bound=_Source)


class _Told(Protocol):
    """What ``told`` reads of an entry: its sentence and its sources."""

    @property
    def sentence(self) -> str: ...

    @property
    def sources(self) -> Sequence[_Source]: ...


def labelled_sources(sources: Sequence[_S], told: str = "") -> list[tuple[_S, str]]:
    """Each article among an entry's sources, once, with what its link says beside the sentence ``told``
    (``source_labels``): the site's pages and the embed list sources alike.

    An article that prints the sentence twice (a live page repeating a paragraph) is one source: a reader
    met "Sources: [Earlier versions of this article ...] · [same title, 13 October 2008] · [same title,
    13 October 2008] · ...", four links to the one page."""
    first: dict[str, _S] = {}
    for source in sources:
        first.setdefault(source.slug, source)
    once = list(first.values())
    return list(zip(once, source_labels(((s.title, s.published) for s in once), told)))


def link_label(title: str, published: dt.date | None, told: str) -> str:
    """What one source's link says beside the sentence ``told`` (a key date's sentence): its title, or
    "article of 3 June 2010" when the title only repeats the sentence."""
    return source_labels([(title, published)], told)[0]
