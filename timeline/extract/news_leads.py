"""An article's lead told in the present perfect: the news of its day, though it names no date.

A news report opens on what has just happened, and a British or a wire lead often says so without a day:
"The first cases of swine flu have been confirmed in Europe", "The latest attempt to stop the Gulf of Mexico
oil leak has failed, the oil giant BP has said", "Thousands of people in Haiti have spent a second night
sleeping in the open". Only a sentence with a date of its own made an event, so such an article made none:
on the five dev stories 249 of bpoil's 1,460 article pages, and 156 of haiti's 286, said "No dated events
were found in this article", and the failure of the "top kill" was on no day of bpoil's pages.

The present perfect tells a happening as of the telling (the issue's "the toll has passed 500" is as of the
publication day), so such a lead is dated to its report's day (``LEAD_SENTENCES``). Not any sentence so told:
further on, "has" looks back ("The company has drilled in the Gulf since 1990"); not a perfect in a relative
clause ("The strain that has struck Mexico involves ..."), after a main verb ("This is not the first time
Dudley has sat in the hot seat") or after a modal ("may have been", "will have"). A relative clause's perfect
may come before the lead's own ("The ruptured well that has spewed millions of barrels ... has finally been
sealed"), and a lead may tell its news as what its source says now ("BP says it has set aside $32.2bn ...").
Those two, with participles like their verb's base ("has spread", "has now cost") and an adverb in "-ly"
before the participle ("have successfully removed"), made 22 more dev events (haiti 3, H1N1 2, bpoil 17):
bpoil's 15 July "BP says it has temporarily stopped oil flowing into the Gulf of Mexico", 19 September's sealed
well (till then a key date told by a sentence on no day page). Judged one by one by a helper session
(``benchmarks/results/judged/news-leads-2026-12-07``): 19 rightly dated (3 tell what the text dates a day or
more before its report) and 21 worth a reader's time; one is a caption run into the lead ("Footage shows ... BP
has successfully installed a new sealing cap"). Key dates (``tls_run.py``, 11 dev tasks): AR2 .0433 to .0434,
AR1 .1758 to .1755 (H1N1/2 .0364 to .0373, bpoil/2 .0391 to .0395, bpoil/0 .0415 to .0413).

A page's first sentence may carry a picture's or a video's caption run into the lead with no stop; the lead's
news is told without it (``caption_before_subject``).
"""
from __future__ import annotations

import re

from timeline.extract.side_clauses import IRREGULAR_PAST
from timeline.headline import FUNCTION_WORDS
from timeline.read.untitled import APPOSITION_NOUNS, BEFORE_A_TITLE, NOT_BEFORE_A_SUBJECT
from timeline.sentences import NOT_BEFORE_RUN_IN
from timeline.words import STOP

__all__ = ["LEAD_SENTENCES", "caption_before_subject", "tells_news_of_the_day"]

LEAD_SENTENCES = 3
"""A lead is among the article's first this many sentences (after any headline and captions run into its
first), the first of them that reports a happening."""

_CLAUSE_END = re.compile(r"[,;:\u2014\u2013(\"\u201c\u201d]|\s-{1,2}\s")
"""Where the main clause of a lead ends, for this purpose: what follows a comma, a colon, a dash, a bracket or
a quotation mark may be a side clause or a quote, whose tense is not the lead's."""
_MAIN_CLAUSE_WORDS = 20
"""The perfect's "has" or "have" is at most this many words in: further on it is no longer the lead's verb."""
_LY_ADVERBS = ("successfully|temporarily|permanently|partially|partly|repeatedly|strongly|sharply|publicly|quietly|"
               "effectively|apparently|initially|briefly|narrowly|largely|fully|firmly|dramatically|significantly|"
               "slightly|widely|mistakenly|unexpectedly|abruptly|suddenly|reluctantly|openly|jointly|unanimously|"
               "unintentionally|inadvertently|deliberately|secretly|voluntarily")
"""Adverbs in "-ly" a perfect takes before its participle ("have successfully removed", "has largely been taken
care of"), and after "been" any ("has been seriously damaged"); not any word in "-ly" after "has": "Haiti has
badly damaged ports" and "has relatively limited capacity" hold an adjective, no participle."""
_PERFECT = re.compile(r"\b(?:has|have)(?:\s+(?:now|just|already|also|finally|officially|formally|reportedly|"
                      r"not|never|been(?:\s+[a-z]+ly)?|" + _LY_ADVERBS + r"))*\s+(?P<participle>[a-z]+)\b")
_PARTICIPLES = IRREGULAR_PAST | frozenset("""
    risen fallen taken given shaken spoken chosen written eaten broken driven frozen stolen woken hidden forgotten
    forgiven ridden begun run come become gone done flown grown shown drawn known thrown sworn torn worn sprung
    sunk sung rung swum seen gotten beaten bitten proven sewn withdrawn overtaken undertaken arisen
    spread burst cast split cost
    """.split())
"""Past participles a "-ed" ending does not tell (the irregular past forms are participles too, most of them)."""
_NOT_PARTICIPLES = frozenset("need seed shed bed red wed hundred speed feed breed heed".split())
_BEFORE_PERFECT = re.compile(r"\b(?:which|who|whom|whose|where|when|if|as|is|are|was|were|'s|may|might|could|"
                             r"would|should|must|will|shall|can|to)(?:\s+(?:not|never))?\s*$"
                             r"|\b(?:not|never)\s+(?:the\s+)?first\s+time\b|\bthat\b", re.I)
"""Words before the perfect that make it no lead's main verb: a relative or a subordinate clause's opening, a
main verb already, a modal or "to" ("may have been", "could not have", "is believed to have"), "not the first
time", and "that" anywhere before it ("Leachman argues that the stimulus has created more jobs")."""
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s*$", re.I)
"""A relative pronoun right before a perfect: the relative clause's verb ("The ruptured well that has spewed
millions of barrels of oil ... has finally been sealed"); the lead's own perfect may follow."""
_NOT_IN_A_FRAME = r"(?!(?:is|are|was|were|had|that|which|who|if|as|when|while|because|although|though|unless)\b)"
_SAYS_FRAME = re.compile(r"^\s*(?P<source>(?:" + _NOT_IN_A_FRAME + r"[\w'\u2019.&-]+\s+){1,6})(?P<verb>says?)\s+"
                         r"(?:that\s+)?"
                         r"(?P<complement>(?:" + _NOT_IN_A_FRAME + r"[\w'\u2019.&-]+\s+){1,4})$", re.I)
"""A lead told as what its source says now, before the perfect: "The oil company BP says it has successfully
started to siphon oil ...", "BP says it has set aside $32.2bn ...": the saying and the news are the day's. One
source's "says", or "say" after a name ("The Haitian authorities say they have buried 40,000 bodies"; not
"Critics say BP has mishandled the spill", a view); no subordinate opening ("If BP says ..."); the complement
before the perfect is read as any lead's is ("BP says it may have capped the well" is no news)."""
_COORDINATED = re.compile(r"\b(?:and|or|but)\s*$", re.I)
"""A perfect after "and" that follows a relative clause's is that clause's too."""
_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|had|said|says|say)\b", re.I)
"""A main verb anywhere before the perfect: the perfect is in a clause of the sentence's, not its own."""


def _named(source: str) -> bool:
    """Whether a source of many names itself past its first word ("The Haitian authorities", "US State
    Department officials"), not "Critics" or "Scientists"."""
    return any(word[:1].isupper() for word in source.split()[1:])


def tells_news_of_the_day(sentence: str) -> bool:
    """Whether ``sentence``, an article's lead, tells its happening in the present perfect, in its main clause:
    "BP has admitted full responsibility for cleaning up the spill", "About 300 people at a Hong Kong hotel
    have been placed under quarantine after ...". The sentence is one that reports a happening and stands
    alone (``timeline.extract.happenings``)."""
    end = _CLAUSE_END.search(sentence)
    clause = sentence[:end.start()] if end is not None else sentence
    relatives: list[str] = []  # the relative clauses' openings passed, "that has spewed"
    for perfect in _PERFECT.finditer(clause):
        before = clause[:perfect.start()]
        if len(before.split()) > _MAIN_CLAUSE_WORDS or not before.strip():
            return False
        relative = _RELATIVE_BEFORE.search(before)
        if relative is not None and before[:relative.start()].strip():
            relatives.append(before[relative.start():] + perfect[0])
            continue
        rest = before
        for opening in relatives:
            rest = rest.replace(opening, " ", 1)
        if relatives and _COORDINATED.search(rest):  # "that has struck Mexico and has killed": the clause's still
            continue
        frame = _SAYS_FRAME.match(rest)
        if frame is not None and (frame["verb"].lower() == "says" or _named(frame["source"])):
            rest = frame["complement"]
        if _BEFORE_PERFECT.search(rest) is not None or _VERB_BEFORE.search(rest) is not None:
            return False
        participle = perfect["participle"]
        return participle in _PARTICIPLES or (participle.endswith("ed") and participle not in _NOT_PARTICIPLES)
    return False


_SUBJECT = re.compile(r"(?<=[a-z])[ \t]+(?P<subject>(?:[A-Z][\w'\u2019.&-]*[ \t]+){1,4}"
                      r"(?:[a-z][\w'\u2019-]*[ \t]+){0,2})$")
"""The subject of a lead's perfect, right before it: one to four capitalized words ("BP", "Haiti", "Experts"),
then at most two in lower case ("BP shares"), after a word in lower case with no stop between."""
SUBJECT_CHARS = 120
"""How far before its perfect a lead's subject is looked for (six words at most): the search stays linear."""
_PREPOSITIONS = frozenset("amid amidst toward towards beyond near inside outside despite throughout".split())
"""Prepositions the stop words leave out: after one, a name goes on its phrase ("... across London have ...")."""
_ON_A_PHRASE = (FUNCTION_WORDS | _PREPOSITIONS | NOT_BEFORE_RUN_IN | BEFORE_A_TITLE | APPOSITION_NOUNS
                | NOT_BEFORE_A_SUBJECT | STOP)
"""Words after which a name goes on their phrase or opens a clause they take ("scientists fear Gulf currents have
...": what they fear, not what happened), not a new sentence."""
_SINGLE_QUOTE = re.compile("\u2018|\u2019(?![a-z])")
"""A single quotation mark, opening or closing (not an apostrophe, which a letter follows: "BP\u2019s")."""
_PASSIVE = re.compile(r"\bbeen\b")
CAPTION_WORDS = 5
"""A caption run into a lead has at least this many words before the lead's subject (a picture's or a video's
line: "Greenpeace campaigners unfurled a protest banner at BP's headquarters"); fewer are a lead's own opening
words ("BP Plc's incoming Chief Executive Bob Dudley has ousted ...")."""


def caption_before_subject(sentence: str) -> int:
    """Where the lead of ``sentence``, an article's first, opens when a picture's or a video's caption runs into
    it with no stop: at the subject of its perfect ("Greenpeace campaigners unfurled a protest banner at BP's
    headquarters BP has said more oil ... is flowing", "The drug has been offered to those with close contact to
    swine flu Experts have reported the first case ..."); 0 when none does.

    The caption ends on a word in lower case (no function word, stop word or preposition, none that a name or a
    title follows, no role's or trade's noun, no verb that takes a clause: "the oil giant BP has", "in Tunisia and
    now Egypt have", "scientists fear Gulf currents have"), ``CAPTION_WORDS`` words or more in, with no single
    quotation open or closed in it (the clause ends at a double one: ``_CLAUSE_END``); the subject is a name or a
    capitalized noun and at most two words in lower case ("BP shares have"). The first perfect is the lead's
    unless it is a passive, which a caption tells its picture in ("The drug has been offered ..."): a later one
    after an active perfect is a clause of the lead's ("The United Nations has begun flying in the aid Haitian
    officials have asked for"). Within a sentence a name after a lower-case word with no stop between goes on a
    phrase ("in Haiti have", "the oil giant BP has"), and those words are left out; a caption that ends on a name
    ("... to Haiti Hollywood actor John Travolta has flown") is not found. ``read.untitled.run_in_end`` has cut
    what its headline cuts find before this is asked. Read on the 2,716 dev articles: 14 first sentences change,
    7 garbled leads made clean and 7 leads that a caption had hidden made events."""
    end = _CLAUSE_END.search(sentence)
    clause = sentence[:end.start()] if end is not None else sentence
    for perfect in _PERFECT.finditer(clause):
        subject = _SUBJECT.search(clause, max(0, perfect.start() - SUBJECT_CHARS), perfect.start())
        if subject is not None:
            head = clause[:subject.start()]
            words = head.split()
            last = words[-1] if words else ""
            if (len(words) >= CAPTION_WORDS and last.isalpha() and last.islower() and last not in _ON_A_PHRASE
                    and _SINGLE_QUOTE.search(head) is None):
                return subject.start("subject")
        if _PASSIVE.search(perfect.group()) is None:
            return 0  # an active perfect is the lead's own: a later one is a clause of it
    return 0
