"""Titles for untitled articles: the first real sentence, without the page furniture run into it.

Text saved from a news page often opens with the page's headline, byline, highlights or labels run
into the first sentence with no stop between ("Haiti earthquake: many feared dead The earthquake is
the worst ...", "By Ashley Hayes, CNN Army soldiers stand guard ...", "Rigs Moving To Brazil |
Archive | Fox Nation ..."). ``title_from_text`` takes the first sentence that is no furniture
(``timeline.boilerplate``), its dateline stripped and its tokens undone (``timeline.untokenize``),
and cuts it in steps, each a function below: the byline before it, the highlight labels around it,
the page's labels after a bar, the lead after a headline (where a word opens a sentence, or where the
lead names the headline's subject again). What is left is cut to ``TITLE_MAX``.

Pure functions over one string; the read stage imports this module on first use (its patterns and
those of ``timeline.boilerplate`` take tens of milliseconds to compile).
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from timeline.boilerplate import (CAPTION, CHRONOLOGY_ITEMS, DATE, DATELINE_ONLY, DAY_CAPTION, DAY_LABEL, DAY_SEPARATOR,
                                  MONTH, ROLE_WORDS, STAMP_LEAD, WEEKDAY, WIDGET, boilerplate_kind, holds_highlights,
                                  kind_after, opens_with_credit, opens_with_wire_credit, prompt_head, stamped_headline,
                                  strip_dateline, widget_end)
from timeline.headline import (FUNCTION_WORDS, QUOTE_CLOSES, RUN_IN_OPENERS, RUN_IN_WORDS, TITLE_CASE_OPENERS,
                               reads_as_sentence, shorten)
from timeline.sentences import iter_sentences
from timeline.temporal.patterns import MONTHS, WEEKDAY_NAMES
from timeline.untokenize import mend_line_breaks, untokenize
from timeline.words import STOP, WORD

__all__ = ["APPOSITION_NOUNS", "BEFORE_A_TITLE", "CALENDAR_WORDS", "ECHO_WORDS", "NOT_BEFORE_A_SUBJECT", "TITLES_GIVEN",
           "TITLE_MAX", "caption_run_in", "run_in_end", "title_from_text", "titles_from_text", "told_again"]

TITLE_MAX = 90
"""A title longer than this is cut at a word boundary and ends with "…"."""
CAPTION_MAX = 200
"""How far into a lead ``run_in_end`` looks for the end of a caption run in after the headline: a caption
runs longer than a headline, and the cut looks at the word after it ("The action, filed in a New Orleans
court, accuses them of violating safety regulations The Obama administration has sued ...": "The" at 87
characters, "Obama" past a title's ``TITLE_MAX``). On the 2,716 dev articles, 150, 200 and 300 cut the
same 11 first sentences more than ``TITLE_MAX`` did, each at its caption's end."""
_TITLE_SENTENCES = 60
"""How many opening sentences title_from_text looks at (an article is not read whole)."""
_MENDED = 4000
"""How many opening characters title_from_text mends (``mend_line_breaks``) before splitting: the first
real sentence is almost always in them, and mending whole texts took a fifth of titling the dev articles."""

_LETTER = re.compile(r"[^\W\d_]")
_TRANSCRIPT_HEADER = re.compile(
    r"\W*(?P<show>\S.*?)(?<!\s)\s+"
    r"(?:Aired\s+" + DATE + r"|Download\s+(?:the\s+)?PDF\b|THIS\s+IS\s+A\s+RUSH\s+TRANSCRIPT\b)"
    r"(?=.*\bTHIS\s+IS\s+A\s+RUSH\s+TRANSCRIPT\b)", re.S)
"""A broadcast transcript's header, which is furniture (``boilerplate``: widget text) but the page's title:
the show's stories before its air date or the notice ("Massive Protests in Egypt; Lebanon Political
Upheaval Aired January 25, 2011 - 16:00:00 ET THIS IS A RUSH TRANSCRIPT.", "CNN Student News - 1/26/11
Download PDF maps related to today's show: THIS IS A RUSH TRANSCRIPT.")."""


_TITLE_CASE_WORDS = frozenset(TITLE_CASE_OPENERS)
"""The run-in words (``_RUN_IN``) that a headline in title case capitalizes too."""
_GAP_AFTER_WORD = r"(?<=[A-Za-z0-9\"'\u201d\u2019)])[ \t]+"
"""The space after a word (or its closing quote or bracket) where a headline may end."""
_RUN_IN = re.compile(
    _GAP_AFTER_WORD + r"(?=(?P<word>" + "|".join(RUN_IN_OPENERS) + r")[ \t]+[a-z0-9]"
    + r"|(?P<clause>(?:As|For|If|Since|While|Although|When|After|Before)(?=[ \t]+[A-Z][\w'\u2019])"
    + r"|Even(?=[ \t]+(?:if|though|as|when)\b)|About(?=[ \t]+[0-9]))"
    + r"|(?P<contraction>It|That|There|We|They)['\u2019](?:s|re)[ \t]+[a-z])")
"""Where a headline run into its article's first sentence ends ("Haiti earthquake: many feared
dead The earthquake is the worst ...", "Mexico swine flu outbreak triggers global pandemic fears
Up to 70 dead ..."): a word that opens a sentence (a determiner, a pronoun, a preposition),
capitalized after a word or a digit with no stop between ("... and BP On 20 April 2010 a deepwater
well ..."), and followed by a lower-case word or a number. Mid-sentence such a word is capitalized only in a name or a title ("The Hague",
"In Cold Blood", "Air Force One"), where the next word is capitalized too; a headline in title case
capitalizes its prepositions and articles ("A Government Hand In the Economy Is as Old as the
Republic"), so after one those mark no run-in (``_TITLE_CASE_WORDS``). A clause's opener ("As", "For", "If",
"Since", ...) opens a lead before a name too ("... animal victims As BP works to ...", "... a Louisiana
tragedy For Tim Gautreaux, ..."), and "Even" before "if" or "though", when the word before is in lower case
(not "Hope For Haiti") and the headline is in sentence case, and "About" before a number ("... where the man
stayed About 300 people ..."); so does a pronoun's contraction before a word in lower case ("... to blame for
the oil spill It's our addiction ..."). Read on the 2,716 dev articles: 10 titles change, each to the headline
alone; TBAQ's titles the same."""
_THE_AFTER_TITLE_CASE = re.compile(_GAP_AFTER_WORD + r"(?=The[ \t]+[A-Z])")
"""Where a headline in title case runs into a sentence that opens on "The" and a name ("... Set in Motion
The Bush administration ..."): a title-case headline writes its articles in lower case ("Set in the
Motion"), so a capitalized "The" after one, before a capital, opens the lead. Tried only where the
words before are all in title case (``_SENTENCE_CASE`` finds none)."""
_CAPITALIZED_SMALL_WORD = re.compile(r"\b(?:In|At|Of|On|To|For|By|The|A|An|And|Or|As|With|From)\b")
"""A headline that capitalizes its small words ("Celebration In The Streets At Tahrir Square"): its "The"
may be its own, so it is not cut there."""
_BEFORE_A_NAME = re.compile(r"(?:\b(?i:about|in|of|on|to|for|by|at|with|from|into|over|under|after|before|"
                            r"against|during|through|via|and|or)|['\u2019]s)$")
"""What a "The" inside a title's phrase follows: a preposition or a possessive ("About The Bonuses",
"BBC Radio 4's The Report")."""
_SENTENCE_CASE = re.compile(r"\b[a-z]{4,}\b")
"""A lower-case word of four letters or more: the headline before it is not in title case."""
_BYLINE_NAME = r"(?!(?:" + WEEKDAY + r"|" + MONTH + r")\b)[A-Z][\w.'\u2019-]*"
_OUTLET = (r"(?:BBC(?:\s+World)?\s+News(?:\s+Online)?|BBC\s+Panorama|BBC(?!\s+(?:World|News|Panorama)\b)"
           r"|CNN(?!\s+Wire)|Reuters|AFP|AP|Bloomberg|(?:The\s+)?Associated\s+Press)(?![\w,])")
_BYLINE = re.compile(
    r"(?:By|From)\s+(?:the\s+[A-Z][\w.-]*\s+(?:Wire\s+)?[Ss]taff\b"
    r"|" + _BYLINE_NAME + r"(?:\s+" + _BYLINE_NAME + r"){0,3}(?:\s+and\s+" + _BYLINE_NAME + r"(?:\s+" + _BYLINE_NAME
    + r"){0,3})?"
    r"(?:,?\s+(?:[A-Za-z]+\s+){0,3}(?i:correspondent|reporter|editor|presenter|writer|producer|analyst)"
    r"(?:,\s+" + _OUTLET + r"|(?![\w,]))|(?:,\s+|\s+)(?:[Ff]or\s+)?" + _OUTLET + r"))"
    r"\s+(?=[A-Z\"'\u201c\u2018])")
"""A byline run into the sentence after it: "By Ashley Hayes, CNN Army soldiers stand guard ...", "By
the CNN Wire Staff President ...", "By Anthony Reuben Business reporter, BBC News London Mayor ...",
"From Jane Doe and John Roe, Reuters ...", "By Jane Doe for CNN ...": the writers' names, then the
outlet (after a comma or "for") or the writer's role (with its outlet), then a capital. A byline of names alone ("By Jane Doe Nevermind
that ...") cannot be told from its sentence and stays, and so does one with a place after its
outlet ("..., BBC News, Lake Baikal The subs ..."), which the headline's run-in ends (``_RUN_IN``)."""
_STAMP_LINE = re.compile(STAMP_LEAD + "|" + r"By\s+(?:the\s+)?[A-Z]")
"""A run-in that is the page's time stamp ("Last updated at 18:51 GMT Help") or byline ("By the CNN
Wire staff", "By Jane Doe Science correspondent, BBC News"), not its headline."""
_HIGHLIGHT = r"(?:NEW|UPDATED?|BREAKING|JUST IN|LATEST):"
_HIGHLIGHT_LABEL = re.compile(_HIGHLIGHT + r"\s+(?=\S)")
"""The label of a story highlight that opens a page ("NEW: Egypt tries to cut off travel ..."): a
label in capitals and a colon, which the title leaves out; the highlights that follow it, each under
its own label, are not the title's either (``_NEXT_HIGHLIGHT``)."""
_TRAILING_DATE = re.compile(r"\s+" + DATE + r"$")
"""A page's date after its headline ("Mubarak's ouster February 11, 2011"), which a title leaves out."""
_NEXT_HIGHLIGHT = re.compile(r"(?<!\s)\s+" + _HIGHLIGHT + r"\s")
"""(The look-behind: a run of spaces is tried once, at its start, not at each of its spaces: 64 KB of spaces took
over a minute to title.)"""
_LEADING_MARKS = re.compile(r"^(?:[\s\u201d\u2019|\u2022\u00b7*\-\u2013\u2014]+|[A-Za-z]{1,4}\)\s+)+")
"""Marks no title starts with: a stray closing quote, a bullet, a separator or a dash ("” This
Story ...", "-- Jane Doe, PhD, has written ..."), or the end of a bracket the page began inside ("L)
(BP.N) was set on Friday ...")."""
_OPENING_MARKS = frozenset("\"'\u201c\u2018(\u00a3$\u20ac#")
"""What else may open a title: an opening quote or bracket, a currency sign."""
_CHRONOLOGY_LINE = re.compile(r"^[ \t]*(?P<day>" + DAY_LABEL + r")" + DAY_SEPARATOR + r"(?=[A-Z])", re.M)
"""A line that opens on a ``DAY_ITEM``: a text that opens on one and holds ``CHRONOLOGY_ITEMS`` or more is a
chronology, titled by its first day and its last ("Chronology: Sept. 7 to Sept. 29")."""


def _chronology_title(text: str) -> str:
    """The title of a text that is a chronology (``_CHRONOLOGY_LINE``), "" for any other."""
    if _CHRONOLOGY_LINE.match(text.lstrip()) is None:
        return ""
    days = [line["day"] for line in _CHRONOLOGY_LINE.finditer(text)]
    if len(days) < CHRONOLOGY_ITEMS:
        return ""
    span = f"{days[0]} to {days[-1]}" if days[-1] != days[0] else days[0]
    return shorten(f"Chronology: {span}", TITLE_MAX)


def title_from_text(text: str, furniture: Collection[str] = ()) -> str:
    """A title for an untitled article: its first real sentence (not furniture, its
    dateline stripped, untokenized: ``timeline.untokenize``), cut at a word boundary to at
    most TITLE_MAX characters with "…"; "" when no sentence qualifies. When the sentence is
    a headline run into the lead with no stop between (as pages saved as text often are),
    the headline alone; after a site's story-link widget above it (``boilerplate.widget_end``). A piece of a sentence ("cents Giant oil tanker ...", "and then ...")
    is a title only when no whole sentence follows it (stray marks before a sentence, "” This
    Story", "-- ", are dropped; a writer's line set off by a dash, "-- Jane Doe is a Reuters columnist.", is
    furniture). A title in ``furniture`` (known to be the site's, not
    the article's: ``timeline.read.furniture_titles``) is passed over for the next sentence's, and so is any
    furniture, but a page's first sentence that is a picture's caption gives the headline run into it
    (``_headline_before_caption``)."""
    return next(iter(titles_from_text(text, 1, furniture)), "")


TITLES_GIVEN = 3
"""How many titles an untitled article's text gives the read stage: its title, and the next ones in case the
first turn out to be the site's furniture (``timeline.read.furniture_titles``). A news site's pages can open with
two lines of it: seven of one paper's pages of one dev story open with another story's headline ("Oil execs in
Senate hearing as gulf oil spill cleanup efforts continue -- photos") and a prompt ("View how tourism, commerce
and the coastline are all at risk."); with two titles kept, each was titled by its source and day. The third
costs time: titling the 2,716 dev texts took 5.7 s against 4.5 s for two (three runs each, the same every run), about
0.4 ms an untitled article, on a cold read only (``timeline.read.memo``)."""


def titles_from_text(text: str, count: int = TITLES_GIVEN, furniture: Collection[str] = ()) -> tuple[str, ...]:
    """The first ``count`` titles the text gives (``title_from_text``): each the one it gives when those
    before it are taken for furniture. Read in one pass, what the reader keeps of an untitled article: a
    title that untitled articles of many days share is the site's furniture, which only the articles read
    together show (``timeline.read.furniture_titles``), and by then the build keeps none of their texts."""
    titles: list[str] = []
    for title in _candidates(text, furniture):
        if title not in titles:
            titles.append(title)
            if len(titles) >= count:
                break
    return tuple(titles)


def _candidates(text: str, furniture: Collection[str]) -> Iterator[str]:
    """``title_from_text``'s titles in the order it would take them; a piece of a sentence last."""
    fallback = ""
    kind: str | None = None
    previous = ""
    after_caption = False
    text = text[widget_end(text):]  # another story's teaser above the article's headline
    if (chronology := _chronology_title(text)) and chronology not in furniture:
        yield chronology
    # run-ins kept whole: a headline run into its lead is read here, with what else opens the page
    for i, sentence in enumerate(iter_sentences(mend_line_breaks(text[:_MENDED]) + text[_MENDED:], run_ins=False)):
        if i >= _TITLE_SENTENCES:
            break
        said = sentence.text
        if i == 0 and (contact := _CONTACT_RUN_IN.search(said)) is not None:
            said = said[:contact.start()]
        kind, previous = kind_after(kind, said, previous), said
        show = _TRANSCRIPT_HEADER.match(untokenize(said))
        if show is not None and len(show["show"].split()) >= RUN_IN_WORDS:
            title = shorten(show["show"], TITLE_MAX)  # a transcript's furniture header: its show's name and stories
            if title not in furniture:
                yield title
            continue
        candidate = strip_dateline(said, lead=False).strip()
        if not _LETTER.search(candidate):
            continue
        if kind is not None and not (kind == WIDGET and holds_highlights(said)):  # highlights open on the headline
            headline = (_headline_before_caption(candidate, text) if kind == CAPTION and i == 0
                        else prompt_head(candidate) if kind == WIDGET else "")
            if headline and shorten(headline, TITLE_MAX) not in furniture:
                yield shorten(headline, TITLE_MAX)
            continue
        if candidate != said and boilerplate_kind(candidate) is not None:
            continue
        candidate = _LEADING_MARKS.sub("", untokenize(stamped_headline(said) or candidate))
        if DAY_CAPTION.match(candidate):  # a caption: a title only when nothing else is
            fallback, after_caption = fallback or shorten(candidate, TITLE_MAX), True
            continue
        if after_caption:
            candidate, after_caption = _after_credit(candidate, text), False
        opening = _opening(candidate, text)
        candidate = _before_named_lead(_before_acronym_lead(_before_byline(_headline_cut(opening, text))), text)
        for _ in range(_CAPTIONS_RUN_IN):  # a picture's caption run into the lead: the lead
            at = opening.find(candidate)  # (``_headline_cut`` may have taken a byline off)
            lead = _LEADING_MARKS.sub("", opening[at + len(candidate):]) if at >= 0 else ""
            if (not lead[:1].isupper() or re.split(r"[\s'\u2019]", lead, maxsplit=1)[0] in _PRONOUNS
                    or not caption_run_in(candidate)
                    or (candidate.endswith(QUOTE_CLOSES) and not reads_as_sentence(lead))):  # a quotation's end
                break
            opening = _opening(lead, text)
            if opening.startswith("By "):
                break  # a byline not taken off: keep the head
            lead_title = _before_byline(_headline_cut(opening, text))
            if lead_title == opening and _credit_follows(opening, text):
                break  # the lead is the picture's caption, its credit next ("Photograph: ..."): keep the head
            candidate = lead_title  # a lead's own names are no headline's end
        if not candidate or shorten(candidate, TITLE_MAX) in furniture:
            continue
        if candidate[0].isupper() or candidate[0].isdigit() or candidate[0] in _OPENING_MARKS:
            yield shorten(candidate, TITLE_MAX)
        else:
            fallback = fallback or shorten(candidate, TITLE_MAX)
    if fallback:
        yield fallback


_CAPTION_OPENERS = frozenset({"The", "A", "An", "There"})
_CAPTION_VERBS = frozenset({"is", "are", "was", "were", "been", "has", "have", "had", "said", "told", "became"})
"""The opening article and the auxiliaries and past forms a headline in sentence case leaves out and a picture's
caption writes ("Red Cross workers load aid parcels for Haiti earthquake victims" is a headline's style, "The leak
was capped in the middle of July" a caption's)."""
_CAPTIONS_RUN_IN = 2
"""How many captions run in one after another ``caption_run_in`` takes off a page's first sentence ("Health
experts say this strain has been around for 30 years A 24-hour flu test centre ...")."""
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "I", "This", "That", "These", "Those"})
"""The words a lead that leans on what runs into it opens with ("Attorney General Eric Holder on the criminal
investigation He would not say ..."): the head stays the title."""


def _opening(candidate: str, text: str) -> str:
    """``candidate`` without a byline before it, a highlight's label and the highlights after the first, or the
    labels that open it (``_after_byline``, ``_first_highlight``, ``_before_labels``): what a title is cut from, the
    page's first sentence's and the lead's after a caption alike."""
    return _before_labels(_first_highlight(_after_byline(candidate, text)))


def _credit_follows(lead: str, text: str) -> bool:
    """Whether the line ``lead`` ends in ``text`` is followed by one that opens with a picture's credit
    ("Photograph: ..."): the "lead" is then the picture's caption (a page that runs its headline, standfirst and
    caption into one line)."""
    at = text.find(lead)
    end = text.find("\n", at) if at >= 0 else -1
    return end >= 0 and opens_with_credit(text[end + 1:end + 200])


def caption_run_in(head: str) -> bool:
    """Whether the run-in ``head`` that ``_headline_cut`` took off a page's first sentence reads as a picture's
    caption, not a headline: in sentence case, opening on an article or holding an auxiliary or a past form
    (``_CAPTION_OPENERS``, ``_CAPTION_VERBS``). A news site prints the caption above its lead with no stop between
    ("The leak was capped in the middle of July BP has made an initial deposit of $3bn ..."). Of the 50 such heads
    among 200 dev titles read one by one by a helper session, 20 were captions and 30 headlines; with the lead's
    checks in ``_candidates``, this takes 9 of the captions ("Manny Pacquiao knocked out Britain's Ricky Hatton last
    weekend" on a swine-flu story is left) and 2 of the headlines ("The rise and fall of BP"), each then titled by
    its lead."""
    words = [word.strip(_WORD_EDGES) for word in head.split()]
    if sum(word[:1].isupper() for word in words[1:]) * 2 > len(words) - 1 or ": " in head:
        return False  # title case, or a label and a colon ("Case study: the oil spill and BP"): a headline's
    return words[0] in _CAPTION_OPENERS or any(word in _CAPTION_VERBS for word in words)


def _headline_before_caption(caption: str, text: str) -> str:
    """The headline run into a picture's caption ("Obama hopes oil spill boosts support for climate bill President
    Barack Obama speaks in the Rose Garden of the White House in Washington, Tuesday, June 1, ..."), or "" when none
    opens it: the caption is furniture (``boilerplate.CAPTION``), but the headline before it is the page's title."""
    head = _headline_cut(caption, text)
    if head == caption or len(head.split()) < RUN_IN_WORDS or boilerplate_kind(head) is not None:
        return ""
    return head


_BYLINE_INSIDE = re.compile(r"(?<=[a-z0-9'\u2019\"\u201d])\s+By\s+(?=" + _BYLINE_NAME + r"\s+" + _BYLINE_NAME + r")")
"""A byline after a headline in sentence case ("Oil spill panel recommends tighter rules, money for Gulf Coast
By Steven Mufson and ..."): mid-sentence, "By" before two capitalized names opens nothing else (a title-case
headline capitalizes its own "By": ``_SENTENCE_CASE`` asks for a lower-case word before it)."""


_SUBJECT_VERBS = "has|have|had|is|are|was|were|will|says|said|wants"
"""The auxiliaries and verbs of saying that follow a lead's subject, an acronym's (``_ACRONYM_LEAD``) or a name's
(``_NAMED_LEAD``); each pattern adds its own."""
_LEAD_VERBS = (_SUBJECT_VERBS + "|plans|must|could|would|faces|attempts|aims|turns|claims|begins|admits|denies|agrees|"
               "warns|insists|expects|confirms|urges|seeks|hopes|tries|vows|pledges|launches|halts|sues|blames|defends|"
               "rejects|refuses|announces|reports")
_ROMAN_NUMERAL = r"(?:I{2,3}|IV|VI{1,3}|IX|XI{0,3})\s"
_ACRONYM_LEAD = re.compile(r"(?<=[a-z0-9])\s+(?=(?!" + _ROMAN_NUMERAL + r")[A-Z]{2,}\s+(?:" + _LEAD_VERBS + r")\b)")
"""Where a lead that opens on an acronym and its verb runs in after a headline or caption ("Plan to cap Gulf of
Mexico oil leak with dome delayed BP says the new dome should be ...", "There is still oil out there BP has
finished pumping cement ...", "... under way BP attempts to stop ..."): an auxiliary, a verb of saying or one of
the verbs a lead's subject most often opens on. Not a Roman numeral ("Development Drill III begins ...": a name's).
With the verbs after "would", added on 5 December, 7 more dev titles are cut, each to the headline alone; the
numeral's check keeps an eighth whole."""
NOT_BEFORE_A_SUBJECT = frozenset("""said says told tell tells that and or but of in on at to for from with by as than
    when while whether if because after before against about over under into like claimed warned announced
    reported insisted added noted agreed""".split()) | frozenset("""say think thinks believe believes hope hopes fear
    fears warn warns claim claims suggest suggests show shows mean means know knows insist insists expect expects
    predict predicts confirm confirms report reports find finds found argue argues admit admits deny denies feel feels
    note notes agree agrees learn learned doubt doubts estimate estimates saying near other""".split())
"""Words after which an acronym or a name and its verb go on the same sentence: the subject of a clause a verb of
saying or thinking takes ("officials said BP has agreed", "officials say Mexico City is closed"), or the object of
a preposition ("near New Orleans is")."""
_COMPANY_SUFFIXES = frozenset("AG SA NV SE PLC LLC LP AB ASA SPA KK".split())
_NOUN_PHRASE = re.compile(r"^(?:The|A|An)(?:\s+\S+){1,4}$")
"""A short noun phrase before the acronym is its apposition ("The oil giant BP has been criticised")."""


def _before_acronym_lead(candidate: str) -> str:
    """The headline before a lead that opens on an acronym and its verb (``_ACRONYM_LEAD``): after a lower-case
    word that is no verb of saying nor function word, three words or more in, outside any quotation, not after
    a short noun phrase that the acronym names (``_NOUN_PHRASE``), nor a company's legal suffix, nor in a byline.
    On the 2,716 dev titles it cuts 18, each read: the headline or caption alone."""
    if candidate.startswith("By "):
        return candidate
    for m in _ACRONYM_LEAD.finditer(candidate, 0, TITLE_MAX + 1):
        if candidate[m.end():].split(None, 1)[0] in _COMPANY_SUFFIXES:
            continue  # "Swiss drugmaker Novartis AG will use ...": the name goes on
        head = candidate[:m.start()]
        words = head.split()
        if (len(words) < RUN_IN_WORDS or words[-1].lower() in NOT_BEFORE_A_SUBJECT or _NOUN_PHRASE.match(head)
                or head.count("\u201c") > head.count("\u201d") or head.count('"') % 2):
            continue
        return head
    return candidate


_NAMED_LEAD = re.compile(r"(?<=[a-z0-9%)'\u2019\"\u201d])[ \t]+(?P<name>[A-Z][\w'\u2019.&-]*(?:[ \t]+(?:and[ \t]+)?"
                         r"[A-Z][\w'\u2019.&-]*){0,5})[ \t]+(?:" + _SUBJECT_VERBS + r"|told|warned|announced)\b")
"""A name (of up to six capitalized words, "and" between two) and its verb, an auxiliary or one of saying, after a
word: where a lead that opens on its subject runs in after a headline in sentence case ("BP boss Hayward to get
immediate #600,000 pension Mr Hayward has been the public face ...", "Panic over Uganda swine flu hoax South
Africa is the only ...")."""
_SUBJECT_LEAD = re.compile(r"(?<=[A-Za-z0-9%)'\u2019\"\u201d])[ \t]+(?=[A-Z][a-z][\w'\u2019-]*"
                           r"(?:[ \t]+[a-z][\w'\u2019-]*){1,3}[ \t]+(?:has|have|had|is|are|was|were|will)\b)")
"""A noun phrase that opens on a capitalized word, then one to three words in lower case and an auxiliary: where a
lead that opens on its subject runs in after a headline or a caption, whatever its last word ("Aid workers have
reached Port-au-Prince British aid workers have begun arriving ...", "Haiti quake aid effort hampered by blockages
Makeshift camps are sprouting up ...")."""
_CLOSING_QUOTES = ("'", "\u2019", '"', "\u201d")
APPOSITION_NOUNS = frozenset(ROLE_WORDS) | frozenset("""giant boss chief executive director secretary chairman
    chairwoman president minister leader spokesman spokeswoman official expert moderator contractor staff founder
    head governor mayor senator commissioner manager adviser advisor economist professor scientist lawyer attorney
    firm company group agency maker carrier insurer bank lender rival owner partner explorer actor singer star poet
    """.split())
"""Nouns after which a name goes on the sentence as the role's, the kind's or the trade's holder ("the oil giant BP
has ...", "CNBC correspondent Charlie Gasparino says ...", "columnist Jane Doe is ..."), not as the subject of a
lead run in."""


def _before_named_lead(candidate: str, text: str) -> str:
    """The headline in sentence case before a lead that opens on a name and its verb (``_NAMED_LEAD``): after a
    word in lower case that is no function word, no verb of saying or thinking nor preposition
    (``NOT_BEFORE_A_SUBJECT``) and no role's or trade's noun (``APPOSITION_NOUNS``),
    or after a closing quotation, three words or more in, outside any quotation, where the lead tells the headline's
    news again (``told_again``), the name and its verb within a title's length. Read on the 2,716 dev articles: 18
    titles change, each to the headline alone. Titles only: further into a page, a name after a lower-case word is
    more often set into a sentence than opening one; the sentence a title cut so opens loses it all the same
    (``headline.after_title``)."""
    for m in _NAMED_LEAD.finditer(candidate, 0, TITLE_MAX + 1):
        head = candidate[:m.start()]
        words = head.split()
        before = words[-1] if words else ""
        if (len(words) < RUN_IN_WORDS or not _SENTENCE_CASE.search(head)
                or head.count("\u201c") != head.count("\u201d") or head.count('"') % 2):
            continue
        if before[:1].islower():
            if ((not before.isalpha() and "-" not in before) or before in FUNCTION_WORDS
                    or before in NOT_BEFORE_A_SUBJECT or before.split("-")[-1] in APPOSITION_NOUNS):
                continue
        elif not before.endswith(_CLOSING_QUOTES):
            continue
        if told_again(head, candidate[m.start():]):
            return head
    return _before_subject_lead(candidate, text)


_SUBJECT_LEAD_REACH = 40
"""Characters past a title's length within which a lead's noun phrase and auxiliary may end (four words)."""


NAME_HEADS = frozenset("""City County Island Islands Street Avenue Road Square Park House Hall Coast Bay River Valley
    Republic Kingdom States Union Province Region District Department Ministry University College School Hospital
    Airport Station Center Centre Council Committee Commission Court Party Group Bank Company Corporation""".split())
"""Capitalized words that end a name of several ("Mexico City", "New York City", "Gulf Coast", "Bank of America"):
after a name, no lead's subject."""


def _before_subject_lead(candidate: str, text: str) -> str:
    """The headline or caption before a lead that opens on a noun phrase and its auxiliary (``_SUBJECT_LEAD``), three
    words or more in, in sentence case, outside any quotation, not after a function word or one of saying, where the
    lead tells the headline's news again (``told_again``: the safeguard, as a name set into a sentence seldom comes
    with two of the words before it again). The headline may end on a name ("... have reached Port-au-Prince British
    aid workers have begun ..."), which ``_NAMED_LEAD`` does not take; then the lead's first word must be no day's or
    month's name, no word that ends a name of several (``NAME_HEADS``: "Mexico City hospitals are ..."), and the two
    words may not stand together again in the text (a name written so throughout). The lead's subject and its
    auxiliary are looked for in the title's length and a few words beyond (``_SUBJECT_LEAD_REACH``). Read on the
    2,716 dev articles: 6 titles change, each to the headline or the caption alone."""
    for m in _SUBJECT_LEAD.finditer(candidate, 0, TITLE_MAX + _SUBJECT_LEAD_REACH):
        head = candidate[:m.start()]
        words = head.split()
        if (m.start() > TITLE_MAX or len(words) < RUN_IN_WORDS or not _SENTENCE_CASE.search(head)
                or words[-1].lower() in FUNCTION_WORDS or words[-1].lower() in NOT_BEFORE_A_SUBJECT
                or head.count("\u201c") != head.count("\u201d") or head.count('"') % 2):
            continue
        first = candidate[m.end():].split(None, 1)[0]
        if words[-1][:1].isupper() and (first.lower() in CALENDAR_WORDS or first in NAME_HEADS
                                         or text.count(f"{words[-1]} {first}") > 1):
            continue
        if told_again(head, candidate[m.end():]):
            return head
    return candidate


def _before_byline(candidate: str) -> str:
    """The headline before a byline run in after it (``_BYLINE_INSIDE``), of three words or more."""
    byline = _BYLINE_INSIDE.search(candidate, 0, TITLE_MAX + 1)
    if (byline is not None and len(candidate[:byline.start()].split()) >= RUN_IN_WORDS
            and _SENTENCE_CASE.search(candidate, 0, byline.start())):
        return candidate[:byline.start()]
    return candidate


def _after_byline(candidate: str, text: str) -> str:
    """The sentence after a byline run into it ("By Ashley Hayes, CNN Army soldiers stand guard ...");
    after names alone, where the article's text shows the sentence's first word to be a common one
    (``_after_names``)."""
    byline = _BYLINE.match(candidate)
    if byline is not None and len(candidate[byline.end():].split()) >= RUN_IN_WORDS:
        return candidate[byline.end():]
    return _after_names(candidate, text) if candidate.startswith("By ") else candidate


_NAME_WORD = re.compile(r"[A-Z][\w.'\u2019-]*,?$|and$")
_OPENER = re.compile(r"[A-Z][a-z]+$")
_BYLINE_WORDS = 8
"""How many words after "By" a byline of names (and an outlet, a role and a place) may run to."""


def _after_names(candidate: str, text: str) -> str:
    """The sentence after a byline of names alone, or of names, an outlet and a place ("By Bryony Jones
    Members of the Muslim Brotherhood shout slogans ...", "By Jane Doe BBC News, Niger Delta Campaigners
    say ..."): from the first capitalized word, after two names or more and before a word in lower case,
    that the article writes in lower case more often (``_COMMON_RATIO``) than capitalized after a word in
    lower case: so a common word that opens the sentence, not a name's. A role after it ("Environment
    correspondent") belongs to the byline. Where no such word is, the candidate stays whole."""
    words = candidate.split(" ")
    for k in range(3, min(len(words) - RUN_IN_WORDS + 1, _BYLINE_WORDS + 2)):
        if not _NAME_WORD.match(words[k - 1]):
            break  # a lower-case word: no byline of names runs on to here
        word, after = words[k], words[k + 1]
        if not _OPENER.match(word) or not after[:1].islower() or after.strip(",.").lower() in ROLE_WORDS:
            continue
        lower = len(re.findall(r"\b" + word.lower() + r"\b", text))
        if lower and lower > _COMMON_RATIO * _capitalized_after_lower(word, text):
            return " ".join(words[k:])
    return candidate


_LEAD_OPENERS = (FUNCTION_WORDS - {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                                   "can", "could", "may", "might", "must"}
                 | {"some", "many", "more", "most", "several", "all", "no", "each", "every"})
"""The common words a lead opens with after a credit, capitalized: a name's words are others ("Fox News As ...");
not the auxiliaries and modals, which open no lead and may be a name's ("Guitarist Brian May visited ...")."""


def _after_credit(candidate: str, text: str) -> str:
    """The sentence after a picture's credit that a gallery's caption (``boilerplate.DAY_CAPTION``) left at its start: a
    wire's ("AP BP PLC is pushing ...", ``opens_with_wire_credit``), then a run of names before a dateline ("Getty
    NEW ORLEANS -- The best short-term solution ...") or before a common word capitalized ("Fox News As a massive
    oil slick ...", "Michael Paulsen, Houston Chronicle via AP The latest hopes ...", "U.S. Coast Guard Some
    Louisiana fishermen ..."). A credit before a name ("Reuters British Petroleum was able ...") cannot be told
    from the lead and stays; so does a lead that opens with names ("The Justice Department sued ...")."""
    if opens_with_wire_credit(candidate):
        candidate = candidate.split(" ", 1)[1]
    words = candidate.split(" ")
    for k in range(1, min(len(words) - RUN_IN_WORDS + 1, _BYLINE_WORDS)):
        if not _NAME_WORD.match(words[k - 1]) and words[k - 1] != "via":
            break
        rest = " ".join(words[k:])
        if (lead := strip_dateline(rest, lead=False)) != rest and lead[:1].isupper():
            return lead
        if _OPENER.match(words[k]) and words[k].lower() in _LEAD_OPENERS:
            return rest
    return candidate


def _first_highlight(candidate: str) -> str:
    """The first of a page's highlights, without its label ("NEW: Egypt tries to cut off travel ... NEW:
    “There is no ...", "ElBaradei: Egypt is not stable NEW: Egypt's ...")."""
    label = _HIGHLIGHT_LABEL.match(candidate)
    if label is not None:
        candidate = candidate[label.end():]
    following = _NEXT_HIGHLIGHT.search(candidate)
    if following is not None and len(candidate[:following.start()].split()) >= RUN_IN_WORDS:
        return candidate[:following.start()]
    return candidate


def _before_labels(candidate: str) -> str:
    """The headline before the page's labels and byline, without the date that ends it ("Rigs Moving To
    Brazil | Archive | Fox Nation ...", "... ouster February 11, 2011 | By the ...")."""
    bar = candidate.find(" | ")
    if (bar > 0 and len(candidate[:bar].split()) >= RUN_IN_WORDS and not _STAMP_LINE.match(candidate)
            and not DATELINE_ONLY.fullmatch(candidate[:bar])):
        return _TRAILING_DATE.sub("", candidate[:bar])
    return candidate


_SUBJECT = re.compile(r"[A-Z][\w'\u2019.-]*")
_CONTACT_RUN_IN = re.compile(r"(?<=[a-z0-9.!?'\u2019\"\u201d])\s+(?=(?:Letters|Comments|Questions)\s+(?:for\s+publication\s+)?"
                             r"(?:should|can|may)\s+be\s+(?:sent|e-?mailed)\s+to\b|If\s+you\s+need\s+help\s+using\b)")
"""A page's contact lines run into its headline and standfirst with no stop ("BP oil spill: A very visible disaster
If Obama can seize the moment, ... Letters for publication should be sent to: letters@... If you need help using the
site: ..."): the run is furniture for its e-mail address, but what opens the page before them is its headline."""
_OPENING_NAME = re.compile(r"[A-Z][a-z][\w'\u2019.-]*(?:\s+[A-Z][a-z][\w'\u2019.-]*)+(?=\s)")
"""A name of two capitalized words or more that opens a headline ("Taylor Swift ready to help Haiti"): written
again further on before a word in lower case, it opens the lead; not after a function word, a compound, an
acronym or a title, which are the lead's own words before the name ("Businesses in Mexico City", "Five-year-old
Edgar Hernandez", "US President Barack Obama", "BP CEO Tony Hayward")."""
_TITLE_BEFORE_NAME = (r"(?:President|Sen\.|Senator|Rep\.|Gov\.|Governor|Secretary|Mayor|Chancellor|Minister|"
                      r"Chairman|Speaker|Gen\.|Adm\.)")
"""The titles a lead names its subject after ("President Obama", "Sen. Christopher Dodd")."""
_NAME_TITLE = re.compile(r"(?:" + _TITLE_BEFORE_NAME + r"|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chief|Executive|Prince|King|Queen)")
"""A title before a name, those above and the courtesy and rank ones: the name it is given with in the lead ("US
President Barack Obama"), no boundary."""
_TITLED_NAME = re.compile(r"\s+(?=" + _TITLE_BEFORE_NAME + r"(?P<names>(?:\s+[A-Z][\w.'\u2019-]*){1,4}))")
"""A title and the capitalized words after it, the name it is given with ("President Barack Obama")."""


_NAMED_SPEAKER = re.compile(r"(?:[ \t]+[A-Z][\w.'\u2019-]*){1,4}[ \t]+(?:says|said|has|had|is|was|will|told|warned|"
                            r"announced|confirmed|added)\b")
"""After the subject named again, a person of it and what they say or do ("... halting Gulf oil leak BP CEO
Tony Hayward says ..."): the subject opens the lead there as it does before a word in lower case."""


def _restated_subject(candidate: str) -> int | None:
    """Where a headline in sentence case ends when its lead opens on the headline's own first word, the
    subject told again ("BP faces US criticism over Gulf of Mexico oil spill BP is facing growing
    American criticism ...", "Mexico and China in swine flu row Mexico's ambassador says ..."); None when
    it does not. The word before must be a lower-case word or amount that ends a phrase (not "the", "in", "has")
    and the word after the subject a lower-case one or "'s": a name's own words ("... President Barack
    Obama ...") and a subject named again inside the headline ("... the BP spill") are no boundary.
    A lead that names the subject after a title ("... in Markets President Obama is expected ...", "...
    Financial Crisis Sen. John McCain (R-Ariz.) ...") opens at the title, in a headline in title case too."""
    first = _SUBJECT.match(candidate)
    if first is None:
        return None
    subject = first.group()
    name = _OPENING_NAME.match(candidate)
    if name is not None:
        again = re.compile(r"\s" + re.escape(name.group()) + r"(?=\s+[a-z]|['\u2019]s\b)")
        for m in again.finditer(candidate, name.end(), TITLE_MAX + 1):
            before = candidate[:m.start()].rsplit(None, 1)[-1]
            if (len(candidate[:m.start()].split()) >= RUN_IN_WORDS and before.lower() not in FUNCTION_WORDS
                    and "-" not in before and not before.isupper() and not _NAME_TITLE.fullmatch(before)):
                return m.start()  # "Taylor Swift ready to help Haiti Taylor Swift is just one of ..."
    for titled in _TITLED_NAME.finditer(candidate, len(subject), TITLE_MAX + 1):
        names = [name.removesuffix("'s").removesuffix("\u2019s") for name in titled["names"].split()]
        if (subject in names and len(candidate[:titled.start()].split()) >= RUN_IN_WORDS
                and candidate[:titled.start()].rsplit(None, 1)[-1].lower() not in FUNCTION_WORDS):
            return titled.start()  # "Obama Blueprint Deepens Federal Role in Markets President Obama is expected ..."
    start = len(subject)
    while True:
        at = candidate.find(" " + subject, start, TITLE_MAX + 1)
        if at < 0:
            return None
        start = at + 1
        before = candidate[:at].rsplit(None, 1)[-1]
        after = candidate[at + 1 + len(subject):at + 1 + len(subject) + 3]
        if (before.islower() and before[-1:].isalnum() and before not in FUNCTION_WORDS
                and (after[:2] in ("'s", "\u2019s") or (after[:1] == " " and after[1:2].islower())
                     or _NAMED_SPEAKER.match(candidate, at + 1 + len(subject)) is not None)
                and len(candidate[:at].split()) >= RUN_IN_WORDS):
            return at


_CAPITALIZED_AFTER_LOWER = re.compile(r"(?<=[a-z0-9%)'\u2019\"\u201d])[ \t]+(?P<word>[A-Z][a-z]+)"
                                      r"(?=,?[ \t]+(?!(?:of|and|de|du|del|la|le)[ \t]+[A-Z])[a-z])"
                                      r"|(?<=[A-Za-z0-9%)'\u2019\"\u201d])[ \t]+(?P<article>The|An?)(?=[ \t]+[A-Z])")
"""A capitalized word after a word in lower case and before one (a comma may stand between: "... clean-up
efforts Officials, scientists ..."), not before "of" or "and" and a capital, which a name's words are ("the
gushing Gulf of Mexico"); or an article before a name ("... oil leak The US Coast Guard ...", "... left thousands
homeless A Cornwall-based charity ...")."""


BEFORE_A_TITLE = frozenset({"told", "tells", "tell", "said", "says", "wrote", "writes", "reported", "reports",
                             "read", "reads", "visited", "visit", "joined", "quoted", "interviewed"})
"""Words after which "The" opens a name, not a lead: a paper or a place told, read or visited ("told The
Associated Press on Friday", "visited The Hague")."""
_COMMON_RATIO = 3
"""How many times more often than capitalized mid-sentence the article must write a word in lower case
for the word to open a lead where a headline stops ("... over oil spill Oil company BP says ...": "oil"
throughout, "the Oil Spill Commission" once)."""


def _capitalized_after_lower(word: str, text: str) -> int:
    """How often ``text`` writes ``word`` capitalized after a word in lower case (a name's use of it:
    "the Oil Spill Commission"; not "Rex Features Shares", which follows a capitalized word)."""
    count = 0
    for m in re.finditer(" " + re.escape(word) + r"\b", text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - _WORD_REACH), m.start())
        count += before is not None and before[1].islower()
    return count


_WORD_BEFORE = re.compile(r"(\w+)[,;]?$")
_WORD_REACH = 60
"""How far back the word before a capitalized one is looked for (no word is longer): found from each place the
word is written, not by a pattern tried at every place in the text, which took 20 times as long."""


def _capitalized_inside(word: str, text: str) -> int:
    """How often ``text`` writes ``word`` capitalized inside a sentence, after any word: a name is so written
    ("President Obama", "in Texas"), a common word only where it opens a sentence."""
    return len(re.findall(r"(?<=[\w,;%)'\u2019] )" + word + r"\b", text))


_TAIL = 24
"""How many of a sentence's last characters find it in a text that writes it otherwise (``_text_after``)."""


def _text_after(sentence: str, text: str) -> str:
    """The text after ``sentence``, which was read from it: where the other uses of a word of the sentence are
    counted, so that the sentence's own use (the capitalized word a headline's lead opens on) does not count
    against it. Where the text writes the sentence otherwise (untokenized: "` burn fields'" read as "'burn
    fields'"), after its last characters; failing those, all the text but the sentence."""
    at = text.find(sentence)
    if at >= 0:
        return text[at + len(sentence):]
    tail = sentence[-_TAIL:]
    at = text.find(tail) if len(sentence) > _TAIL else -1
    return text[at + len(tail):] if at >= 0 else text.replace(sentence, " ")


def _before_common_word(candidate: str, text: str, limit: int = TITLE_MAX) -> str:
    """A headline in sentence case run into a lead that opens on any word (``_RUN_IN`` lists those that
    open a sentence anywhere): "BP spill released 4.4 m barrels of oil into the ocean, study finds
    Scientists use ...", "Swine flu found on China mainland People in China are ...".

    Where: a capitalized word after a lower-case word (not a function word) and before one, when the
    article's own text writes that word in lower case and nowhere else capitalizes it after a lower-case
    word. So it is a common word that opens the lead, not a name ("... warned Ford Motor's ...", "... the
    Energy Department said ..."). Read on the 2,716 dev articles: 68 titles change, 65 to the headline
    alone; the other 3 (text in another language, a list of idioms) read as poorly as before.

    Or, after a lower-case word (not one of telling: "told Obama"), where what follows tells the headline's
    news again (``told_again``), the word is no day's or month's name, and the article nowhere else
    capitalizes it inside a sentence (a name is capitalized wherever it stands: "Gulf oil spill reaches
    Texas as tar balls wash ashore", "BP spill gives Obama an opportunity ..."): "Rescuers continue to find
    survivors in Haiti rubble Rescue teams searching through the rubble of Haiti's earthquake ...", a word
    the article may write nowhere else. Read on the 2,716 dev articles: 29 more titles change, each to the
    headline alone.
    """
    rest = _text_after(candidate, text)
    for m in _CAPITALIZED_AFTER_LOWER.finditer(candidate, 0, limit + 1):
        head = candidate[:m.start()]
        before = head.rsplit(None, 1)[-1] if head.strip() else ""
        if len(head.split()) < RUN_IN_WORDS or before.lower() in FUNCTION_WORDS:
            continue
        if not (before.islower() or before[:1].isdigit() or m["article"]):
            continue  # after a name's word ("Plague Ford Motor's"): read on ("... in Europe The UK has": cut)
        if m["article"] and (before.endswith(("'s", "\u2019s")) or before.lower() in BEFORE_A_TITLE):
            continue  # a title of its owner's ("BBC Radio 4's The Report"), a paper told or read ("told The Times")
        if m["article"] in ("A", "An") and not _SENTENCE_CASE.search(head):
            continue  # a headline in title case capitalizes its "A" ("A World in Crisis Means A Chance ...")
        word = m["word"] or m["article"]
        if _written_in_lower_case(word, text, rest):
            return head
        if (m["word"] and before.islower() and before not in BEFORE_A_TITLE and word.lower() not in CALENDAR_WORDS
                and told_again(head, candidate[m.start():]) and not _capitalized_inside(word, rest)):
            return head
    return candidate


CALENDAR_WORDS = frozenset(WEEKDAY_NAMES) | frozenset(MONTHS)
"""The names of the days and of the months (with the months' short forms, as the tagger reads them), lower-cased:
capitalized inside a sentence wherever they stand, so they open no lead run in."""
ECHO_WORDS = 2
"""Content words a headline and the lead run into it share (``told_again``)."""
_STEM = 5
"""How many first letters of a word stand for it where a headline's words are looked for again ("effort" is
"efforts", "seizes" is "seized"): ``told_again`` and the title-case cut (``_COMMON_HEAD_WORDS``)."""


def told_again(head: str, rest: str, words: int = ECHO_WORDS) -> bool:
    """Whether ``rest`` tells again what ``head`` told: they share ``words`` content words (by their
    first five letters, so that "effort" is "efforts" and "seizes" is "seized"). A headline says in few
    words what its lead says at length ("Haiti quake aid effort hampered by blockages Makeshift camps
    are sprouting up in Port-au-Prince ... holding up aid efforts in Haiti"); a name set into a sentence
    after a lower-case word ("the oil giant BP") seldom comes with two words of the sentence before it
    again."""
    def stems(part: str) -> set[str]:
        return {w[:_STEM] for w in WORD.findall(part.lower()) if w not in STOP}
    return len(stems(head) & stems(rest)) >= words


_QUOTE_END = re.compile(r"(?<=[a-z0-9.!?])['\u2019\"\u201d](?=[ \t]+[A-Z])")
"""A quotation closed after a lower-case word, then a capital: where a headline that ends on a quoted
phrase runs into its standfirst ("BP hopes to cap flow 'within 24 hours' BP plans to use ...")."""
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s:]))['\u2018\"\u201c]")


def _before_quote_end(candidate: str, limit: int = TITLE_MAX) -> str:
    """A headline that ends on a quoted phrase, without the standfirst run into it: "Gulf oil spill: BP
    hopes to cap flow 'within 24 hours' BP plans to use underwater robots ..." is titled up to "hours'".
    The quotation must open in the headline, which has three words or more before it closes, and is no
    nickname inside a name ("Sean “Diddy” Combs"). Read on the 2,716 dev articles: 25 titles change, 22
    to the headline alone; three lose words they needed ("UK industry frets about “anti-British” BP
    backlash" ends at the quote; so does a sentence that goes on after one, "... not to “nickel and
    dime” Gulf Coast residents")."""
    for m in _QUOTE_END.finditer(candidate, 0, limit + 1):
        head = candidate[:m.end()]
        opened = list(_QUOTE_OPEN.finditer(head, 0, m.start()))
        if len(head.split()) < RUN_IN_WORDS or not opened:
            continue
        quoted, before = head[opened[-1].end():m.start()], head[:opened[-1].start()].split()
        if " " not in quoted and quoted[:1].isupper() and before and before[-1][:1].isupper():
            continue  # a nickname inside a name: Sean “Diddy” Combs
        return head
    return candidate


def _headline_cut(opening: str, text: str, limit: int = TITLE_MAX) -> str:
    """The headline ``opening`` (a page's first sentence) starts with, or all of it when no lead runs in.

    A headline ends at its first boundary: "... Horizon spill Analysts expect BP to pump ..." at the
    common word that opens the standfirst, not before the subject the standfirst names again (6 of the
    2,716 dev titles change, each to the headline alone)."""
    headline = _headline_of(opening, limit)
    common = _before_common_word(_before_quote_end(opening, limit), text, limit)
    cut = common if headline.startswith(common) and len(common) < len(headline) else headline
    title_case = _before_title_case_lead(opening, text, limit)
    return title_case if len(title_case) < len(cut) else cut


_TITLE_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or nor but with by from as into over via vs vs. per up off".split())
"""The words a headline in title case may write in lower case (its articles, conjunctions and prepositions)."""
_LEAD_OPENER = re.compile(r"(?:" + "|".join(RUN_IN_OPENERS) + r"|How|What|Why|Who|Where|Well|Around|About|Just|Now|"
                          r"Even|If|Only|Not|No)$")
"""Words that open a lead wherever they stand capitalized (with ``RUN_IN_OPENERS``, the question words and a few
adverbs that open a sentence: "How do we avoid ...", "Around 27,000 workers ...")."""
_TITLE_CASE_HEAD_WORDS = 4
"""A headline in title case cut off its lead has at least this many words ("Gulf of Mexico Platform Explosion"):
shorter, a writer's role or a name's first words ("Senior International Correspondent") would pass for one."""
_COMMON_HEAD_WORDS = 2
"""Capitalized words, after the first, that the article also writes in lower case (by their first ``_STEM``
letters): a headline in title case has at least this many ("Seizes" and "seized", "Control" and "control");
a sentence that opens on names ("From CNN's Anderson Cooper, to ABC's Christiane Amanpour, ...") has none."""
_HEADLINE_ONLY_WORDS = 3
"""Or one such word and at least this many the article capitalizes nowhere else inside a sentence ("Clean",
"Category", "Storm"): a short article echoes fewer of its headline's words."""
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\u2019-]+")
_WORD_EDGES = ",.;:'\"\u201c\u201d\u2018\u2019()"
_CURRENCY = "$\u00a3\u20ac"


def _before_title_case_lead(candidate: str, text: str, limit: int = TITLE_MAX) -> str:
    """A headline in title case without the lead run into it ("U.S. Seizes Control of AIG With $85 Billion
    Emergency Loan Invoking extraordinary powers ...", "Markets, Liquidity Concerns Roil Industry Constellation
    Energy Group, parent of ..."), or all of ``candidate`` when it opens with none.

    A title-case headline writes every word capitalized but its small ones (``_TITLE_SMALL_WORDS``), so
    the first other word in lower case is the lead's, and the lead opens on a capitalized word or a name
    just before it: on a word that opens sentences (``_LEAD_OPENER``), a word the article writes in lower
    case more often (``_COMMON_RATIO``) or a participle it capitalizes nowhere else ("Invoking"), or else
    on the longest name of two words or more ending there that the article writes again ("Constellation
    Energy Group", with a title before it: "Sen. Barack Obama"). Only where what comes before reads as a
    headline: four words or more (``_TITLE_CASE_HEAD_WORDS``), at least two of them words the article
    writes in lower case too (``_COMMON_HEAD_WORDS``), or one and three it capitalizes nowhere else
    (``_HEADLINE_ONLY_WORDS``; "Airlines Brace for Impact of Crisis Delta Air Lines chief executive ..."
    has none: its article writes none of "brace", "impact" and "crisis" in lower case), not a byline, a
    caption's date, a label before a colon, nor ending on a small word or an open quotation, and the two
    words across the cut never side by side elsewhere in the article (a name's: "Subsea Oil Recovery
    System"). A lead whose name is written once ("Peter R. Orszag, director ...") is not told from its
    headline: the candidate stays whole. Read on the 2,716 dev articles: 26 titles change, 24 to the headline
    alone, one to a profile's label without the sentence run into it, and one keeps a follow widget's words
    before its headline, as it did ("Follow The World Desk On: Financial Crisis Leaves Romania Reeling")."""
    words = candidate.split(" ")
    first_lower = next((i for i, word in enumerate(words)
                        if word[:1].islower() and word.strip(_WORD_EDGES).lower() not in _TITLE_SMALL_WORDS), None)
    if first_lower is None:
        return candidate
    while first_lower > 0 and words[first_lower - 1][:1].islower():
        first_lower -= 1  # "Robert Dugger, an economist": the small words go with the lead
    if first_lower <= _TITLE_CASE_HEAD_WORDS or len(" ".join(words[:first_lower])) > 2 * limit:
        return candidate
    bare = [word.strip(_WORD_EDGES) for word in words[:first_lower]]
    if any(b and b.lower() not in _TITLE_SMALL_WORDS and not (b[0].isupper() or b[0].isdigit() or b[0] in _CURRENCY)
           for b in bare):
        return candidate  # a word in lower case before: no headline in title case
    rest = _text_after(candidate, text)
    lead = _title_case_lead(words, bare, first_lower, text, rest)
    if lead is None or lead < _TITLE_CASE_HEAD_WORDS:
        return candidate
    head = " ".join(words[:lead])
    if (len(head) > limit or head.startswith("By ") or re.match(MONTH + r"\b", head) or head.endswith(":")
            or bare[lead - 1].lower() in _TITLE_SMALL_WORDS or bare[lead - 1].lower() in APPOSITION_NOUNS
            or words[lead][:1].isdigit()
            or head.count("\u201c") != head.count("\u201d") or head.count('"') % 2
            or f"{bare[lead - 1]} {bare[lead]}" in rest):
        return candidate
    lower_stems = {word[:_STEM] for word in _LOWER_WORD.findall(candidate, len(head))}
    lower_stems.update(word[:_STEM] for word in _LOWER_WORD.findall(rest))
    capitalized = [b for b in bare[1:lead] if b.isalpha() and not b.isupper() and b.lower() not in _TITLE_SMALL_WORDS]
    common = sum(b.lower()[:_STEM] in lower_stems for b in capitalized)
    if common >= _COMMON_HEAD_WORDS:
        return head
    if common and sum(not _capitalized_inside(b, rest) for b in capitalized) >= _HEADLINE_ONLY_WORDS:
        return head
    return candidate


def _written_in_lower_case(word: str, text: str, names_in: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case more often (``_COMMON_RATIO``) than ``names_in`` (the text,
    or the part of it after the sentence read) writes it capitalized after a word in lower case (a name's use): a
    common word, which opens a sentence where it stands capitalized."""
    lower = len(re.findall(r"\b" + re.escape(word.lower()) + r"\b", text))
    return lower > 0 and lower > _COMMON_RATIO * _capitalized_after_lower(word, names_in)


def _title_case_lead(words: list[str], bare: list[str], first_lower: int, text: str, rest: str) -> int | None:
    """The index of the word that opens the lead before ``words[first_lower]`` (``_before_title_case_lead``)."""
    last = first_lower - 1
    while last > 0 and words[last].startswith("("):
        last -= 1  # "Rep. Barney Frank (D-Mass.) said": the name before the party
    word = bare[last]
    if last == first_lower - 1 and not words[last].endswith(",") and word and (
            _LEAD_OPENER.match(word)
            or (word.endswith("ing") and not _capitalized_inside(word, rest))
            or _written_in_lower_case(word, text, text)):
        return last
    lead = None
    for i in range(last - 1, 0, -1):
        if not bare[i][:1].isupper() or bare[i].lower() in _TITLE_SMALL_WORDS:
            break
        if " ".join([*words[i:last], word]) in rest:
            lead = i
        elif lead is not None:
            break
    if lead is not None and _NAME_TITLE.fullmatch(words[lead - 1]):
        lead -= 1  # "Sen. Barack Obama"
    if lead is not None:
        for k in range(lead - 1, max(0, lead - _POSSESSOR_REACH) - 1, -1):
            if words[k].endswith(("'s", "\u2019s")):
                lead = k  # "Italy's Finance Minister Giulio Tremonti": the possessive is the name's
                break
            if not bare[k][:1].isupper() or bare[k].lower() in _TITLE_SMALL_WORDS:
                break
    return lead


_POSSESSOR_REACH = 3
"""How many capitalized words before a lead's name a possessive may stand and still be the name's ("Italy's Finance
Minister ...")."""


_DOUBLED_NAME = re.compile(r"(?<=[a-z] )(?P<name>[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+) (?=(?P=name)\b(?![-\u2010]))")
"""A capitalized word after a lower-case one, written twice in a row: prose writes no name so, but a caption
that ends on a name runs into a lead that opens on it. Not a name's own doubled part ("Boutros
Boutros-Ghali"), nor a name the article writes doubled more than once ("Walla Walla")."""


def run_in_end(sentence: str, text: str) -> int:
    """How long the piece run into ``sentence`` before its lead is, by the cuts that end a title (0 for none):
    a picture's caption between a page's headline and its lead ("Up to 150 UN staff missing in Haiti
    after quake [title] The UN could not confirm that its top officials in Haiti were dead Officials at the
    UN say ..."), looked for in its first ``CAPTION_MAX`` characters (a subject named again, only in a
    title's ``TITLE_MAX``: further on, "... has accused BP of ..." names it inside the lead). What follows
    must read as a sentence: three words or more, opening on a capital, a digit or a quotation mark.

    A caption that ends on the name its lead opens with writes the name twice (``_DOUBLED_NAME``: "... the
    first between the president and BP BP executives have met ..."): the second opens the lead. A byline
    after the headline goes with it ("By David Shukman Environment correspondent, BBC News [lead]",
    ``_after_byline``), and a caption after the byline too."""
    if sentence.startswith("By "):
        lead = _after_byline(sentence, text)
        if lead != sentence:
            skip = len(sentence) - len(lead)
            return skip + _caption_end(lead, text)
    return _caption_end(sentence, text)


def _caption_end(sentence: str, text: str) -> int:
    """``run_in_end`` past any byline: the caption's."""
    cut = _headline_cut(sentence, text, CAPTION_MAX)
    if cut == sentence:
        doubled = _DOUBLED_NAME.search(sentence, 0, CAPTION_MAX)
        if (doubled is not None and len(sentence[:doubled.start()].split()) >= RUN_IN_WORDS
                and text.count(doubled.group() + doubled["name"]) == 1):  # "Walla Walla" is written so throughout
            cut = sentence[:doubled.end()]
    rest = sentence[len(cut):].lstrip()
    if cut == sentence or not sentence.startswith(cut) or len(rest.split()) < RUN_IN_WORDS:
        return 0
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in _OPENING_MARKS):
        return 0
    return len(sentence) - len(rest)


def _ends_headline(run_in: re.Match[str], candidate: str) -> bool:
    """Whether a ``_RUN_IN`` match ends ``candidate``'s headline: its opener is no small word of a title-case
    headline (``_TITLE_CASE_WORDS``) unless the headline is in sentence case, and a clause's opener comes after
    a word in lower case ("... animal victims As BP works ...", not "Hope For Haiti")."""
    opener = run_in["word"] or run_in["clause"]
    if opener in _TITLE_CASE_WORDS and not _SENTENCE_CASE.search(candidate, 0, run_in.start()):
        return False
    return not run_in["clause"] or candidate[:run_in.start()].rsplit(None, 1)[-1][:1].islower()


def _headline_of(candidate: str, limit: int = TITLE_MAX) -> str:
    """A headline run into its lead, without the lead (``_RUN_IN``; in title case, before "The" and a
    name: ``_THE_AFTER_TITLE_CASE``); after a page's time stamp or byline, the sentence after it
    ("Last updated at 18:51 GMT Help The oil giant ...")."""
    run_in = next((m for m in _RUN_IN.finditer(candidate, 0, limit + 1) if _ends_headline(m, candidate)), None)
    if run_in is None:  # "Historic Market Bailout Set in Motion The Bush administration ..."
        run_in = next((m for m in _THE_AFTER_TITLE_CASE.finditer(candidate, 0, limit + 1)
                       if not _SENTENCE_CASE.search(candidate, 0, m.start())
                       and not _CAPITALIZED_SMALL_WORD.search(candidate, 1, m.start())
                       and not _BEFORE_A_NAME.search(candidate, 0, m.start())), None)
    if run_in and _STAMP_LINE.match(candidate):
        return candidate[run_in.end():]
    if run_in and len(candidate[:run_in.start()].split()) >= RUN_IN_WORDS:
        return candidate[:run_in.start()]
    restated = _restated_subject(candidate)  # within a title's length only (``run_in_end``)
    if restated is not None:
        return candidate[:restated]
    return candidate
