"""Sentence splitting that needs no downloaded model or data.

News text is well punctuated, so a rule splitter is accurate enough and it is
fast (one regular-expression pass, linear in the input): a line break always
ends a sentence (articles arrive one paragraph, or one sentence, a line), and
inside a line a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes
or brackets) followed by white space and a capital letter, digit or opening
quote, unless the word before the period is a known abbreviation ("Mr.",
"Jan.", "U.S.") or a single initial.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.headline import COUNT_OPENERS, FUNCTION_WORDS, RUN_IN_OPENERS, TITLE_CASE_OPENERS
from timeline.records import Sentence
from timeline.temporal.patterns import CALENDAR_NAMES, TIME_OPENERS, TITLES

_ABBREVIATIONS = frozenset(t.lower() for t in TITLES) | frozenset(
    """
    sr jr st
    hon pres supt fr messrs no vs etc inc corp ltd co bros dept univ est approx
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn
    miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    a.m p.m u.s u.k u.n e.u d.c i.e e.g
    """.split()
)

# A candidate boundary: terminal punctuation, closing quotes/brackets, spaces,
# then what may start a sentence. The lookahead keeps the next sentence intact.
_BOUNDARY = re.compile(
    r"""(?<=[.!?])(?P<close>["'\u201d\u2019)\]]*)[ \t]+(?=["'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])"""
)
_LEANING = frozenset("He She It They We This These Those There His Her Its Their Our".split())
"""Openers of a sentence that leans on the one before ("... weighing 98 tonnes It will be placed over the leak"):
cut off, it would stand for nothing (``extract.happenings.stands_alone``), so no run-in is cut before them."""
_RUN_IN = re.compile(r"(?<=[A-Za-z0-9%)])[ \t]+(?=(?P<opener>"
                     + "|".join(o for o in RUN_IN_OPENERS if o not in _LEANING)
                     + r")[ \t]+(?P<next>[a-z0-9][\w'\u2019-]*)|(?P<dated>(?:" + "|".join(TIME_OPENERS) + r")[ \t]+(?:"
                     + "|".join(CALENDAR_NAMES) + r")\b)|(?P<named>(?:The|An?)[ \t]+[A-Z][\w'\u2019.-]*))")
"""A sentence run into the one before with no stop: a word that opens a sentence (``headline.RUN_IN_OPENERS``),
capitalized, before a word in lower case, after a word with no punctuation ("Clean-up crews have been working
to remove oil from beaches and marshes In a speech in Pennsylvania on Wednesday, ...", "Self-made billionaire as
new Lebanese PM The ex-leader fled ..."): a caption, a fact box's line or a headline set into the text.
Mid-sentence such a word is capitalized only in a name or a title, where the next word is capitalized too.
On the 2,716 dev articles (9,499 events before): 16 events' sentences lose a caption, a headline or a fact box's
line run into them, 18 events are new (sentences a run-in had made too long or had hidden in furniture), 1 goes;
the untitled articles' titles are read from whole runs (``run_ins=False``: the title reader cuts its own).
Or a time that opens a sentence (``TIME_OPENERS`` before a day's or a month's name), capitalized after a word in
lower case ("... pulled alive from the ruins On Wednesday afternoon, the US Second Fleet announced ..."): written
mid-sentence, "on Wednesday" is in lower case."""
BEFORE_A_NAME = FUNCTION_WORDS | frozenset("nor said says told tells like per via".split())
"""Words after which a capitalized word goes on the phrase, as a name ("the Group of Seven", "said Mr", "like
Haiti"): the function words and those of saying. After one, no new sentence opens (``NOT_BEFORE_RUN_IN``) and no
list's item (``extract.happenings``)."""
NOT_BEFORE_RUN_IN = BEFORE_A_NAME | frozenset("tell type exhibit plan vitamin grade".split())
"""Words after which the opener is a name's or a phrase's (``BEFORE_A_NAME``; "some say that He", "type A
influenza", "exhibit A"), not a new sentence's: and a few that name by a letter. The key dates' check for a
headline run into a sentence reads it too (``assemble.keydates.candidates.echoed_run_in``)."""
BEFORE_A_TITLE = frozenset("""
    called calls call named names titled entitled dubbed nicknamed attacked attacking attacks read reads reading
    wrote writes write tells joined joins including include includes cited cites quoted quotes interviewed it them
    him also often book books blog film movie newspaper paper magazine show programme program column album song band
    novel series play musical documentary website station channel edition columnist anchor host journal weekly daily
    tabloid publisher label charity tank guitarist singer actor actress rapper comedian""".split())
"""Words after which "The" or "A" and a capitalized word open a title or a name, not a sentence run in ("a book
called The Squeeze", "the McCain campaign attacked The Times", "the online blog The Parker Report")."""
_DESIGNATION = re.compile(r"An?\s+\S*\d")
"""A letter before a code: a designation ("influenza virus A H1N1"), no article."""
_COUNTS = re.compile("|".join(COUNT_OPENERS))
_TITLE_CASE = frozenset(TITLE_CASE_OPENERS)
_WORD_WINDOW = 48
"""Characters before a run-in that hold the word before it (a bounded look: a line of many run-ins stays linear)."""
_LINE = re.compile(r"[^\r\n]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
"""Capital letters each with its period, the last one's before the boundary: a name's initials."""
_WINDOW = 32
"""Characters before a boundary that the abbreviation check looks at."""


def is_abbreviation(text_before: str) -> bool:
    """True when the period that ends ``text_before`` belongs to an abbreviation."""
    m = _WORD_BEFORE.search(text_before[-24:])
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if _INITIALS.fullmatch(word):
        return True  # initials run together: "J.P. Morgan", "A.B. Dick" (as "U.S." is)
    return word.lower() in _ABBREVIATIONS or word == "Ft"  # "Ft. Hood", but "30 ft." may end a sentence


def split_sentences(text: str, run_ins: bool = True) -> list[Sentence]:
    """Split ``text`` into sentences with their character spans.

    Spans index into ``text`` itself and exclude surrounding white space, so
    ``text[s.start:s.end] == s.text`` always holds. ``run_ins`` False keeps a sentence run
    into another with no stop (``_RUN_IN``) in one piece.
    """
    return list(iter_sentences(text, run_ins))


def iter_sentences(text: str, run_ins: bool = True) -> Iterator[Sentence]:
    """The sentences of ``split_sentences``, one at a time: a reader that wants only the
    first few (a title from an untitled article's text) does not split the rest. Splitting
    whole texts for their titles was three quarters of reading the 2,716 untitled dev
    articles (read stage 1.57 to 0.80 s; with ``boilerplate._normal_text``, a cold build
    17.68 to 15.49 s, medians of 5 alternating runs)."""
    index = 0
    for start, end in _spans(text, run_ins):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield Sentence(index, start, end, text[start:end])
            index += 1


def _spans(text: str, run_ins: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch between sentence boundaries, white space and blanks included."""
    for line in _LINE.finditer(text):
        chunk = line.group()
        start = 0
        for cut in _CUTS.finditer(chunk):
            yield from _line_spans(chunk, line.start(), start, cut.start(), run_ins)
            start = cut.start()
        yield from _line_spans(chunk, line.start(), start, len(chunk), run_ins)


PICTURE_CREDIT = re.compile(r"\(By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}\s+--\s+[^()\n]{2,60}\)")
"""A picture's credit in brackets, its photographer and their agency ("(By Ricky Carioti -- The Washington
Post)"): the caption before it ends there, whatever ends the caption ("... in Columbia, Mo. (By ..."). The
credit opens the next piece, as it does at a line's start: alone it is furniture
(``timeline.boilerplate.boilerplate_kind`` reads it as a caption's), before a sentence an opening that comes
off (``boilerplate.strip_dateline``). Washington Post pages print one under each picture: 56 of the 297 Finan
dev articles hold 65, all but two after a line break or a stop; those two after a state's abbreviation."""
LIVE_UPDATE = re.compile(
    r"\((?:Update|UPDATE)d?:?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?\s?[Mm]\.?[^()\n]{0,80}\)")
"""A live page's stamp of an update, in brackets ("(Update 3:30 a.m. in Cairo, 8:30 p.m. ET)", "(Updated 8:44
a.m.)"): what came before it ends there, stop or none ("... have offered no assurance (Update 3:30 a.m. ...)
Five human rights activists ..."); it opens the next piece, whose opening comes off as a credit's does. On the
2,716 dev articles, 10 events had one inside their sentence, all of them from live pages."""
_CUTS = re.compile(PICTURE_CREDIT.pattern + "|" + LIVE_UPDATE.pattern)


def _line_spans(chunk: str, offset: int, start: int, end: int, run_ins: bool) -> Iterator[tuple[int, int]]:
    """The sentences' stretches of ``chunk[start:end]``, a line or a piece of one."""
    pieces = _run_in_spans if run_ins else _whole_span
    for boundary in _BOUNDARY.finditer(chunk, start, end):
        # Only the last few characters decide; slicing from ``start`` would make a
        # long run of abbreviations ("A. B. C. ...") quadratic.
        window_start = max(start, boundary.start() - _WINDOW)
        before = chunk[window_start : boundary.start()].rstrip("\"'\u201d\u2019)]")
        if before.endswith(".") and is_abbreviation(before):
            continue
        yield from pieces(chunk, offset, start, boundary.end("close"))
        start = boundary.end()
    yield from pieces(chunk, offset, start, end)


def _whole_span(chunk: str, offset: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    yield offset + start, offset + end


_LEAD_WORDS = 8
"""Words a sentence run in after a name holds at least: a lead's, not a place's name ("oil-fouled Bay Jimmy and
Pass A Loutre.", "in Pass A Loutre near Venice, La.")."""


def _ends_lower_phrase(word: str) -> bool:
    """A word in lower case that may end a caption or a headline: no function word, none that opens a title."""
    return word.islower() and word.isalpha() and word not in NOT_BEFORE_RUN_IN and word not in BEFORE_A_TITLE


def _ends_phrase_on_a_name(chunk: str, start: int, end: int, word: str) -> bool:
    """A one-word name after any word in lower case: a headline or a caption that ends on a place or a people
    ("... to speed aid to Haiti The US is sending ...", "... the problems in Haiti An Ipswich man's invention
    ..."), not a name of several capitalized words ("Jack The Ripper"), whose word before is capitalized too,
    nor a title's first word ("the show Face The Nation")."""
    if not (word[0].isupper() and not word.isupper() and word.replace("-", "").isalpha()
            and word.lower() not in NOT_BEFORE_RUN_IN and word.lower() not in BEFORE_A_TITLE):
        return False
    before = _word_before(chunk, start, end - len(word))
    return before is not None and before.islower() and before.isalpha() and before not in BEFORE_A_TITLE


def _word_before(chunk: str, start: int, end: int) -> str | None:
    """The last word of ``chunk[start:end]``, read in its last ``_WORD_WINDOW`` characters; None when there is none."""
    words = chunk[max(start, end - _WORD_WINDOW):end].rsplit(None, 1)
    return words[-1] if words else None


def _run_in_spans(chunk: str, offset: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretch ``chunk[start:end]`` cut where a sentence runs into it with no stop (``_RUN_IN``)."""
    for run_in in _RUN_IN.finditer(chunk, start, end):
        word = _word_before(chunk, start, run_in.start())
        if word is None:
            continue  # nothing before it in this stretch
        if run_in["named"]:
            # an article before a name, after a word in lower case that ends a caption or a headline ("... in US
            # history A BP document has revealed ...", "... appeal The UK's Disasters Emergency Committee has ..."),
            # not after a word that introduces a title ("a book called The Squeeze", "attacked The Times") nor
            # before a letter's designation ("virus A H1N1"); or after a one-word name that ends such a phrase
            # ("... aid to Haiti The US is sending ..."), before a lead's words: on the 2,716 dev articles, 29
            # sentences more are cut, none a name's; the key dates' AR2 .0429 to .0430
            if ((_ends_lower_phrase(word) or (_ends_phrase_on_a_name(chunk, start, run_in.start(), word)
                                              and len(chunk[run_in.end():end].split()) >= _LEAD_WORDS))
                    and not _DESIGNATION.match(run_in["named"])):
                yield offset + start, offset + run_in.start()
                start = run_in.end()
            continue
        if run_in["dated"]:
            # not after a function word, a name or punctuation ("early on: In May, ...")
            if word.islower() and word.isalpha() and word not in NOT_BEFORE_RUN_IN:
                yield offset + start, offset + run_in.start()
                start = run_in.end()
            continue
        opener = run_in["opener"]
        if word.lower() in NOT_BEFORE_RUN_IN or word.endswith(("'s", "\u2019s")) or word[-1].isdigit():
            continue  # a name's or a phrase's opener; after a number, a heading's date or a stamp ends the line
        if word.isupper() and word[0] != "(" and any(c.isdigit() for c in chunk[start:run_in.start()]):
            continue  # a chronology's heading with its date ("2 JUNE: LOWER MARINE PACKAGE After ...") dates its entry;
            # not a picture's credit in brackets ("May 10: Boats work with ... Grand Isle, La. (AP) A key ...")
        if opener in ("A", "An") and run_in["next"] in NOT_BEFORE_RUN_IN:
            continue  # "a plan A for", "exhibit A for"
        if not word.islower() and not word.endswith(")") and (
                opener in _TITLE_CASE or _COUNTS.fullmatch(opener)):
            continue  # a title's words ("Set In the Motion"), a name's count ("The Keating Five who")
        yield offset + start, offset + run_in.start()
        start = run_in.end()
    yield offset + start, offset + end
