"""Side clauses: where a date in a sentence belongs to something else than its main happening.

A sentence's main happening is what its main clause reports. A date inside
a subordinate clause ("after the explosion in April"), a relative clause on
a noun ("the protests that began last week", "the bill Congress rejected
yesterday"), an apposition ("a charity set up 10 years ago"), a participle's
phrase ("The woman, rescued on Friday, is being treated"), a plan set off by
commas ("a report, to be published next week,") or a comparison ("than in
2003") dates that clause, not the sentence. ``side_clause`` names the clause
a date sits in; ``tells_state`` tells whether the sentence, up to a date, is
a state in the present ("Haiti is still struggling to recover from
hurricanes in 2008"), dated as of its report. Both are read by
``timeline.extract.events.choose_anchor``.

Everything here is a pattern of natural English, read on one sentence.
"""
from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][a-z]+)?")
"""A word, with its clitic ("don't", "BP's")."""
ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|added|stated|announced|wrote|according)\b")
"""A first-person sentence with one of these is a reported quote, not the writer's opinion."""
IRREGULAR_PAST = frozenset("""
    was were had did said told made took gave came went began met left won lost held rose fell sent
    saw found kept spent paid sold bought brought thought fought sought caught taught struck broke
    spoke wrote drove flew grew knew threw drew shot hit put set cut quit led fled bled read hung
    became ran sank swam rang sang stood understood withdrew overtook undertook forbade arose
    built lent meant felt dealt sat stuck swore tore wore bore froze chose rode rose woke slid
    heard got laid hid shook stole swept hurt lit shut dug wept slept sped spun swung stung shrank sprang
    forgot forgave mistook overcame overthrew shone
    died tied lied sued used owed eyed axed vied
    """.split())
"""Past forms that ``_has_past`` (``timeline.extract.happenings``) cannot tell by "-ed" on a word of five letters or more: the irregular ones,
and the short regular ones ("Five people died ...", "The city sued ..."), which a shorter "-ed" word
("need", "seed", "shed") would otherwise be taken for. Not those that are as often a noun or the present
("cost", "spread", "bid", "let", "lay", "fed": "the Fed")."""

_PHRASE_OPENERS = frozenset({"including", "unlike"})
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)
_TIME_OR_AGENT = re.compile(r"\s+(?:last|on|in|this|earlier|yesterday|today|by|since|at)\b", re.I)
"""A time or an agent right after an "-ed" word: the word is a participle ("announced last month by ...")."""


def _phrase_ended(opener: re.Match[str]) -> bool:
    """Whether ``opener`` opens a noun phrase, not a clause ("including", "unlike"), and the sentence's
    own verb comes after the phrase, before the date: a finite verb with no relative pronoun between
    ("A group of senators including Robert Menendez introduced legislation Monday"; but not "Unlike the
    judge who ruled last month, ...", whose verb is the phrase's). On the dev articles two events gain
    their date ("Leading poets including Roger McGough ... are taking part in a live poetry event ...
    tonight"); no judged event moves."""
    if opener.group().lower() not in _PHRASE_OPENERS:
        return False
    verb = _FINITE.search(opener.string, opener.end())
    if verb is None or _RELATIVE.search(opener.string, opener.end(), verb.start()) is not None:
        return False
    # an "-ed" word with the date or an agent right after it is the phrase's participle ("including the
    # moratorium announced last month by President Obama"; the clause read here ends where the date starts)
    rest = opener.string[verb.end():]
    return not (verb.group().endswith("ed") and (not rest.strip() or _TIME_OR_AGENT.match(rest)))


_CLOSED_BRACKETS = re.compile(r"\([^()]*\)")
"""A bracket closed before the date: an aside inside its clause, no boundary ("IPF, which split from UK
parent Provident Financial (PFG.L) in July 2007, said ...": the clause opens at "which"). ``side_clause``
reads the head with such asides blanked out."""
_CLAUSE_START = re.compile(r".*(?:^|(?<!\d),|,(?!\d)|[;:(\u2014\u2013]|\s--?\s)", re.S)
"""Everything up to the last clause boundary before a date (a comma, not one inside a number
like "20,000"; a bracket, a dash)."""
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|whenever|while|until|till|which|who|whom|whose|where|following|because|although|"
    r"as\s+(?:happened|occurred|(?:it|they|he|she|we)\s+did|was\s+the\s+case)|"
    r"in\s+the\s+(?:wake|aftermath)\s+of|"
    r"though|if|unless|assuming|provided\s+that|once|whereas|since|ahead\s+of|prior\s+to|"
    r"in\s+the\s+run-?up\s+to|in\s+preparation\s+for|"
    r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!earlier\s)(?<!later\s)than(?!\s+(?:\d|a\s|an\s|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|half|twice|double))|compared\s+(?:with|to)|compar(?:e|es|ing|isons?)\s+(?:\w+\s+){1,12}?(?:with|to)|in\s+contrast\s+to|"
    r"memories\s+of|reminiscent\s+of|unlike|similar\s+to|including|having|such\s+as|(?<=,\s)considering|(?<=but\s)considering|considering\s+that|given\s+that)\b", re.I)
"""A word that opens a side clause: a date after it, in the same clause, dates the side happening
("BP was slow after the explosion in April", "Dudley, who takes over in October", "a report
released ahead of the summit this week"), a like case ("talks as happened between BP and Shell in 2007",
"as it did in 2008"), a comparison ("a bumpier landing than in 2003",
"in contrast to the quake that struck Chile in February"), a reason aside ("but considering the company
made a profit of $14bn last year", "considering that the pelican left the list a year ago", "given that";
not "is considering a plan": three dev events), a condition ("if", "unless", "assuming the leak is plugged in
August": one dev event, judged misdated) and an opening "With" ("With
Congress due to adjourn next week, no one expects ..."). Not "that" nor "as": "The demonstrations that
erupted on January 25 were ...", "As the throngs congregated, Nile TV showed ..." are dated
by them (on the judged dev events, treating them as side clauses broke more than it fixed)."""
_OPENING_WITH = re.compile(r"^\W*With\b")
_WITH_AT_ONCE = re.compile(r"^\W*With\s+(?:(?!(?:scheduled|expected|due|set|planned|slated|to|will|would|next|away|ahead|"
                           r"coming|until)\b)[\w'\u2019.,$%-]+\s+){1,8}?(?<!the\s)(?<!\ba\s)(?<!an\s)(?<!its\s)"
                           r"[a-z]{3,}ing\s+(?:[\w'\u2019.,$%-]+\s+){0,6}?(?:on\s+|last\s+|early\s+|late\s+)?$")
"""An opening "With" phrase whose participle happens at once with the sentence's own verb, the date at its end
("With banks stocks weighing on the market Thursday, the Dow sank"): not a plan ("With Congress scheduled to
adjourn next week"), nor a noun in "-ing" ("With the finding of a buried rifle 11 days ago, the authorities
say ...")."""
_WHAT_OPENING = re.compile(r"^\W*What\s+(?:[a-z]+\s+){0,2}?(?:[a-z]{3,}ed|began|begun|started|came|went|grew|was|were)\s")
"""A sentence that opens on what began or happened, told as a state now ("What began with an exploding rig
on April 20 has turned into a disaster"): with ``_MAIN_VERB_NEXT`` after the date, a state as of the report."""


def side_clause(sentence: str, start: int) -> str:
    """The subordinating word that opens the side clause the date at ``start`` sits in ("" for none).

    An apposition counts as a side clause too ("Healing Hands, a charity set up 10 years
    ago, said ..."): it describes a name, its date is the description's; so does a relative
    clause on a noun after the main verb ("that", ``_RELATIVE_THAT``), and a participle's phrase
    inside the subject ("subject participle", ``_subject_participle``), whose sentence tells a
    state as of its report, and one on a preposition's object after the main verb ("object participle",
    ``_OBJECT_PARTICIPLE``).
    """
    head = _CLOSED_BRACKETS.sub(lambda aside: " " * len(aside.group()), sentence[:start])
    boundary = _CLAUSE_START.match(head)
    at = boundary.end() if boundary else 0  # where the date's clause opens
    clause = head[at:]
    after_comma = at > 0 and head[at - 1] == ","
    opener = _SUBORDINATE.search(clause)
    if opener is None and boundary is not None:
        opener = _SUBORDINATE.search(_across_names(head, boundary.end()))
    if opener and not _phrase_ended(opener):
        return " ".join(opener.group().lower().split())
    relatives = list(_RELATIVE_THAT.finditer(clause))
    relative = relatives[-1] if relatives else None  # the last, nearest the date: its clause holds it
    if relative is not None and relative.group(1).lower() not in _THAT_VERBS:
        before = head[:at + relative.start()]
        if ((_FINITE.search(before) or _name_then_present(before) or _NONFINITE_PHRASE.search(before))
                and not _CLEFT.search(before, max(0, len(before) - 80))
                and not _FINITE.search(clause, relative.end())
                and not _TOLD_SOMEONE.search(head, 0, at + relative.end(1))):
            return "that"
    if _contact_clause(head) or _pronoun_contact_clause(sentence, start, head) or _ANNOUNCED_PLAN.search(head):
        return "that"
    if not head[:at].strip() and _OPENING_WITH.match(clause) and not _WITH_AT_ONCE.match(clause):
        return "with"
    if at == 0 and _WHAT_OPENING.match(clause) and _main_verb_next(sentence, start):
        return "what"
    if at > 0 and _APPOSITION.match(clause) and not _FINITE.search(clause):
        return "apposition"
    if _NAME_APPOSITION.match(head) and _VERB_AFTER_APPOSITION.match(sentence, start):
        return "apposition"
    if (after_comma and _PLACE_APPOSITION.match(clause) and _NAME_BEFORE_COMMA.search(head, 0, at)
            and not _FINITE.search(head, 0, at) and not _FINITE.search(clause)
            and _VERB_AFTER_APPOSITION.match(sentence, start)):
        return "apposition"
    if after_comma and (participle := _PARTICIPLE.match(clause)):
        if _MAIN_VERB_AFTER.match(sentence[start:]) or (
                participle.group().split()[-1] not in _MEDIUM and _SIMPLE_PRESENT_AFTER.match(sentence[start:])):
            return "participle"
        if _PERFECT_BEFORE.match(head, 0, at) and not _RELATIVE.search(head, 0, at):
            return "participle"  # "The disaster has hurt BP's image, already tarnished by a 2005 fire"
    if at == 0 and _subject_participle(sentence, start):
        return "subject participle"
    if _subject_relative(sentence, start) or _subject_phrase(sentence, start) or _reported_subject(sentence, head):
        return "subject participle"
    if after_comma and _TO_BE_DONE.match(clause):
        return "to be"
    if after_comma and _PLAN_AFTER_COMMA.match(clause) and _after_own_verb(head, at):
        return "planned"
    planned = _TO_BE_DONE_ON_NOUN.search(clause)
    if planned is not None and _FINITE.search(clause, 0, planned.start()):
        return "to be"
    if _object_participle(clause):
        return "object participle"
    if not head[:at].strip() and _fronted_participle(sentence, clause, start):
        return "participle"
    return ""


_SUBJECT_PARTICIPLE = re.compile(
    r"^\W*(?:The|A|An)\s+(?:(?!(?:that|which|who)\s)[\w'\u2019.-]+\s+){1,6}?(?P<participle>[a-z]{3,}ed|placed|put|set|built|held|made|sent|"
    r"struck|hit|caught|found|taken|given|shown|seen|known|born|lost|won|sold|told)\s")
_PERFECT_PARTICIPLE = r"[a-z]{3,}ed|kept|held|left|made|seen|shown|taken|become"
"""The participles, beside "been", of a present perfect that tells a state as of the report ("has left")."""
_PROGRESSIVE_OR_REMAINS = r"(?:is|are)\s+(?:(?:now|still|already|also)\s+)?[a-z]{3,}ing\b|remains?\b"
"""The present progressive ("is now helping") or "remains": a state as of the report, as the perfect's."""
_MAIN_VERB_NEXT = re.compile(
    r"^(?:(?!\b(?:and|but|or|while|which|that|who|what|after|before|when|as|since|because|if|until|so)\b)[^,;:])"
    r"{0,80}?\b(?:(?:has|have)\s+(?:been|(?:" + _PERFECT_PARTICIPLE + r")\b)|" + _PROGRESSIVE_OR_REMAINS + ")")
"""The verb of a sentence whose subject a past participle's phrase describes, without commas ("The
body of a worker killed in the quake on 12 January has been identified", "A cap placed on the well
in July has been keeping the oil inside", "A cap placed on the well last week is now helping"): the
present perfect, the present progressive or "remains" after the date, with no clause opened between
them, is the main clause's; the date is the participle's. (A relative clause's verb, "The rig that
exploded on April 20 is ...", is no participle: ``_SUBJECT_PARTICIPLE`` stops at "that", "which" and
"who".) The present progressive and "remains": two dev events, both judged misdated, now as of their
report; the relative clause's stop: one event of research findings with a far year ("the strain that
caused the 1918 pandemic appears to have been ...") is no event now."""


def _subject_participle(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` sits in a past participle's phrase inside the sentence's subject,
    before its main verb in the present perfect (``_SUBJECT_PARTICIPLE``, ``_MAIN_VERB_NEXT``)."""
    subject = _SUBJECT_PARTICIPLE.match(sentence, 0, start)
    if subject is None or _FINITE.search(sentence, 0, subject.start("participle")) is not None:
        return False
    if _FINITE.search(sentence, subject.end(), start) is not None:
        return False
    return _main_verb_next(sentence, start) is not None


def _main_verb_next(sentence: str, start: int) -> re.Match[str] | None:
    """The main verb in the present perfect or progressive, or "remains", after the date at ``start``
    (``_MAIN_VERB_NEXT``), read from the word after the date's first."""
    after = sentence.find(" ", start)
    return _MAIN_VERB_NEXT.match(sentence[after:]) if after >= 0 else None


_CLAUSE_MARK = re.compile("[,;:\u2014]")
"""A comma, semicolon, colon or dash: before a subject's date, a clause of its own may have ended there."""
_SUBJECT_RELATIVE = re.compile(
    r"^\W*(?:(?:But|And|Yet|Now|Still|Meanwhile)\s+(?:the|a|an)|The|A|An)\s+"
    r"(?:(?!(?:that|which|who)\s)[\w'\u2019.-]+\s+){1,8}?(?P<relative>that|which|who)\s")
"""A relative clause inside the sentence's subject, before its main verb ("But the massive oil spill in the
Gulf of Mexico that began in April is now depriving him of his income"): with the present perfect, the
present progressive or "remains" after the date (``_MAIN_VERB_NEXT``), the sentence tells a state as of its
report and the date is the noun's, as with a participle's phrase (``_subject_participle``). A past main
verb ("The blowout that sank the rig on April 20 occurred ...") is dated by the relative clause's day. On
the dev articles three events move to their report's day (one judged misdated, now on its verdict's day) and
one state ("The owner of the oil rig that exploded ... is thwarting ...") becomes an event of its report."""


def _subject_relative(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` sits in a relative clause of the sentence's subject, with no comma
    before it, and the main verb in the present perfect or progressive follows (``_SUBJECT_RELATIVE``)."""
    subject = _SUBJECT_RELATIVE.match(sentence, 0, start)
    if subject is None or _FINITE.search(sentence, 0, subject.start("relative")) is not None:
        return False
    if _CLAUSE_MARK.search(sentence, 0, start):
        return False
    verb = _main_verb_next(sentence, start)
    return verb is not None and _INFINITIVE_PERFECT.search(verb.group()) is None


_SUBJECT_PHRASE = re.compile(
    r"^\W*(?:(?:But|And|Yet|Now|Still|Meanwhile)\s+(?:the|a|an)|The|A|An)\s+"
    r"(?:(?!(?:that|which|who)\s)[\w'\u2019.-]+\s+){1,8}?(?:in|on|during|of)\s+$")
_PERFECT_NEXT = re.compile(
    r"\S*(?:\s+(?!(?:might|may|must|could|would|should|will|to)\s)[\w'\u2019.-]+){0,2}?"
    r"(?:,\s+(?:which|who)\s[^,;:()]{1,120}?,)?\s+"
    r"(?:(?:has|have)\s+(?:(?:now|already|also|just|since)\s+)?(?:been|" + _PERFECT_PARTICIPLE
    + r"|risen|grown|fallen|gone|driven|drawn|begun)\b|" + _PROGRESSIVE_OR_REMAINS + ")")
"""A date in a preposition's phrase inside the sentence's subject, right before its main verb ("The oil from
BP's rig explosion in April has already created more than 45,000 tons of garbage", "An investigation into the
cause of last Tuesday's explosion is continuing"): in the present perfect, the present progressive or "remains",
the sentence tells a state as of its report, as "Tuesday's earthquake has left 50,000 dead" does. A relative
clause set off by commas may come between ("the explosion on 20 April, which killed 11 workers, has raised
questions about his leadership")."""


def _subject_phrase(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` ends a preposition's phrase in the sentence's subject, with no verb or
    comma before it, and the main verb in the present perfect or progressive comes within two words of it
    (``_SUBJECT_PHRASE``, ``_PERFECT_NEXT``)."""
    if _SUBJECT_PHRASE.match(sentence[:start]) is None or _FINITE.search(sentence, 0, start) is not None:
        return False
    return not _CLAUSE_MARK.search(sentence, 0, start) and _PERFECT_NEXT.match(sentence, start) is not None


_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|say|added|adds|reported|reports|announced|announces|estimated|estimates)\s+(?:that\s+)?"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?[a-z][\w'\u2019-]*\s+"
    r"(?P<rest>(?:(?!(?:and|but|or|while|because|when|after|before|if|as|since|until|is|are|was|were|has|have|had|"
    r"will|would|could|can|may|might|should|must)\s)[\w'\u2019.$-]+\s+){1,14}?)$")
_REPORTED_VERB_NEXT = re.compile(
    r"\S*(?:\s+(?!(?:and|but|or|while|which|that|who|to)\s)[\w'\u2019.-]+){0,2}?\s+"
    r"(?:(?:has|have)\s+(?:(?:now|already|also|just)\s+)?(?:been|begun|" + _PERFECT_PARTICIPLE + r")\b|"
    r"(?:is|are|was|were)\s+(?:(?:now|still|already|also)\s+)?[a-z]{3,}ing\b)")
"""The subject of what was said, with a date in the clause or participle that describes it, before its verb
in the present perfect or progressive ("BP says the containment cap it placed on the well on 3 June is
collecting 15,000 barrels a day", "BP said the dispersants it began to use on Friday were already resulting in
less oil"; the past progressive is the present told back): the saying tells a state as of the report, and the
date is the cap's or the dispersants'. Not a passive ("said the blast on April 20 was caused by gas"), which
tells what happened on the date."""


def _reported_subject(sentence: str, head: str) -> bool:
    """Whether the date after ``head`` (the sentence up to it, asides blanked) describes the subject of a
    reported clause whose verb, in the present perfect or progressive, follows it (``_REPORTED_SUBJECT``,
    ``_REPORTED_VERB_NEXT``)."""
    subject = _REPORTED_SUBJECT.search(head)
    if subject is None or _CLAUSE_MARK.search(subject.group()):
        return False
    return _REPORTED_VERB_NEXT.match(sentence, len(head)) is not None


_INFINITIVE_PERFECT = re.compile(r"\bto\s+have\s")
"""A perfect after "to" is no main verb's: "the strain that caused the 1918 pandemic appears to have been
an avian strain" tells a research finding, no state of the report's day."""


_OBJECT_WORDS = (r"(?:(?!(?:as|while|when|after|before|and|but|or|because|since|if|that|which|who|with|from|to|in|on|"
                 r"at|by|for|of)\s)[\w'\u2019.$\u00a3\u20ac%-]+\s+){0,4}?")
"""Up to four words of an object's noun phrase before its participle, none that opens a clause or a phrase of its
own."""
_PARTICIPLE_ADVERBS = r"(?:(?:\w+ly|so|just|only|first)\s+)*"
"""Adverbs between a participle and its phrase ("scheduled only for", "planned first for")."""
_OBJECT_PARTICIPLE = re.compile(
    r"(?:\b(?:of|for|through|on|in|into|from|with|about|against|over|under|to|at|by)\s+"
    r"(?:the|a|an|its|their|his|her|[A-Z][\w.&-]*['\u2019]s)\s+|"
    r"\b(?:of|for|into|from|with|about|against|over)\s+(?!(?:be|been|being|have|having)\s)|"
    r"\b(?P<verb>[a-z]{3,}ed)\s+(?:the|a|an|its|their|his|her|all|some)\s+)"
    + _OBJECT_WORDS + r"(?P<participle>[a-z]{3,}ed|born|built|held|made|set|put|struck|hit|"
    r"caught|found|taken|given|shown|seen|known|won|lost|sold|begun|drawn|written)\s+" + _PARTICIPLE_ADVERBS +
    r"(?:(?:by|from|off|near|in|onto|into)\s+(?:(?!(?:and|but|or|as|while|that|which|who|will|would|could|can|may|might|must|"
    r"should|is|are|was|were|has|have|had)\s)[^,;:\s]+\s+){1,8}?)?"
    r"(?:(?:in|on|at|during|over)\s+|(?P<plan>for)\s+)?$")
"""A past participle's phrase on the object of a preposition, ending at the date ("collecting oil through
the containment cap installed last week", "lobbying for a draft resolution endorsed last Friday by European
leaders", "a bill passed by the House in June last year", "a strain isolated from an Indonesian victim of bird
flu in 2005"), or a plan's on an infinitive's object ("asks Obama to delay a debate scheduled for Friday"; only a
plan's: in "An attempt to use a larger dome failed on Sunday" the "-ed" word is the sentence's verb): the date is
the participle's, not the sentence's happening (on the dev articles the infinitive's took one event's date, a
chronology's "Sept. 26" for a campaign suspended two days before). After a preposition the noun phrase is no
clause's subject, so its "-ed" word is no finite verb; ``side_clause`` asks for the sentence's own verb before it
(``_FINITE``), not a verb of saying, whose clause the phrase may open ("said its platforms in the Campeche Sound
continued to work on Monday"), nor an "and" between them ("were killed and two members of the family injured
Wednesday"). On the 2,716 dev articles it took the date off ten events; of the judged ones, four judged misdated and
two judged right (a forecast, "a regulatory overhaul expected next year", and "played a key role on the federal
budget announced last month", where the participle's date is the nearest to the role's). Its agent may run to eight
words ("the massive ongoing oil spill triggered by an explosion on a BP oil rig April 20"; six before): one more dev
event, judged misdated, loses the date. The object may be a bare plural after a preposition that takes one ("of two
pigs donated by China in 2002"; not after "to", whose phrase is an infinitive's, "to be finished in August") or the
verb's own object opened by a determiner ("has lifted all restrictions imposed last month", "echoed a broad set of
principles outlined Friday by ..."), and the agent's phrase ends before a verb of its own ("losses caused by the
spill will start ... in early August"): five dev events lose the date, the three judged all misdated. A possessive
opens the object as a determiner does ("in Egypt's general election now planned for September"), and a plan's
participle may end in "for" ("rallies planned for Tuesday", "a trial set for early 2012"), but not after "have" and
its object, where the participle is the predicate's (``_HAVE_OBJECT``): five dev events lose the date, the three
judged all misdated (a judged-right one, "has no evacuation flights from Egypt planned for Friday", kept). The
participle's phrase may run through "in" ("repaired some booms damaged in rough weather over the weekend", "ashamed
of what happened in the White House yesterday") and the object open on "some": 5 dev events lose the date, the 2
judged (and their copies) misdated. Or through "onto" or "into" ("the cap lowered onto the well earlier this week"):
1 dev event, judged misdated, loses the date."""
_MEDIUM = frozenset("""released published issued dated posted filed sent broadcast aired delivered ended compiled prepared
    written produced conducted""".split())
"""Participles that date a document or a message, or the period a figure is for: a happening told in it is
as old as it ("acknowledged in a statement released late Thursday", "in a letter to BP dated June 11",
"collected 7,850 barrels in the 12-hour stretch ended at noon on Tuesday")."""
_AND = re.compile(r"\band\b")
_PLANNED = frozenset({"planned", "scheduled", "set", "slated"})
"""Participles of a plan, which name its date after "for" ("an election now planned for September")."""
_INFINITIVE_PLAN = re.compile(
    r"\bto\s+(?P<infinitive>[a-z]{3,})\s+(?:the|a|an|its|their|his|her)\s+" + _OBJECT_WORDS
    + r"(?P<participle>" + "|".join(sorted(_PLANNED)) + r")\s+" + _PARTICIPLE_ADVERBS + r"for\s+$")
"""A plan's participle with "for" on an infinitive's object, ending at the date ("to delay a debate scheduled
for"): the date is the plan's (``_plan_on_infinitive``)."""
_HAVE_OBJECT = re.compile(r"(?:has|have|had)\s+(?:no|any|some|a|an|the|its|their|his|her|more|several|many|\d[\d,]*)\s")
""""Have" and its object before the participle's phrase ("it has no evacuation flights from Egypt planned for
Friday", "had talks scheduled for ..."): the participle is the predicate's, what the sentence tells."""


_ING_OPENING = re.compile(r"^\s*(?:[a-z]+ly\s+)?(?!according\b)[a-z]{3,}ing\b")
"""A participle's phrase that opens the clause after a comma (", dipping below the bear market low of 7552
reached in November"): it goes with the sentence's own verb before the comma, and stands for it."""


def _object_participle(clause: str) -> bool:
    """Whether the clause, up to a date, ends in a past participle's phrase on a preposition's object
    after the clause's own verb (``_OBJECT_PARTICIPLE``): not a message's (``_MEDIUM``), nor a noun in
    "-ed" ("from the seabed on"), nor after a verb of saying or an "and" (a clause of its own); or in a plan's
    on an infinitive's object (``_plan_on_infinitive``)."""
    return _participle_on_object(clause) or _plan_on_infinitive(clause)


def _plan_on_infinitive(clause: str) -> bool:
    """Whether the clause, up to a date, ends in a plan's participle on an infinitive's object after the clause's
    own verb, not one of saying (``_INFINITIVE_PLAN``: "asks Obama to delay a debate scheduled for Friday"). Tried
    after the preposition's, which it would hide ("tried to collect the oil through the cap installed last week");
    not in a subject ("A new effort to fix the leak planned for Sunday could stop the flow") or a headline ("Vote
    to approve the bailout set for Monday"), where the plan is what the sentence tells."""
    plan = _INFINITIVE_PLAN.search(clause)
    if plan is None:
        return False
    verbs = list(_OWN_VERB.finditer(clause, 0, plan.start()))
    return (bool(verbs) and verbs[-1].group() not in _THAT_VERBS
            and _FINITE.search(clause, plan.end("infinitive"), plan.start("participle")) is None)


def _participle_on_object(clause: str) -> bool:
    phrase = _OBJECT_PARTICIPLE.search(clause)
    if phrase is None or phrase["participle"] in _MEDIUM or phrase["participle"].endswith(("eed", "bed", "hundred")):
        return False
    if phrase["plan"] and phrase["participle"] not in _PLANNED:
        return False  # "for" a date ends only a plan's participle: "rallies planned for Tuesday"
    if phrase["verb"]:
        return (phrase["verb"] not in _THAT_VERBS
                and _FINITE.search(clause, phrase.end("verb"), phrase.start("participle")) is None)
    verbs = list(_FINITE.finditer(clause, 0, phrase.start())) or [
        m for m in [_ING_OPENING.match(clause)] if m is not None and m.end() <= phrase.start()]
    if verbs and _HAVE_OBJECT.match(clause, verbs[-1].start(), phrase.start()):
        return False
    return (bool(verbs) and verbs[-1].group() not in _THAT_VERBS
            and _AND.search(clause, verbs[-1].end(), phrase.start()) is None
            and _FINITE.search(clause, phrase.start(), phrase.start("participle")) is None)


_TO_BE_DONE = re.compile(r"^\s*(?:(?:still|yet|due|expected|set|scheduled|slated)\s+)?to\s+be\s+[a-z]+(?:ed|en|wn|ld|t)\b")
"""A plan set off by commas ("In a chapter of its final report, to be published next week, the
commission said ..."): the date is the plan's, not the sentence's happening."""
_PLAN_AFTER_COMMA = re.compile(
    r"^\s*(?:(?:originally|initially|previously|now|later|first)\s+)?(?:" + "|".join(sorted(_PLANNED)) + r")\s+(?:for|to)\s")
"""A plan's participle set off by a comma after the sentence's own verb ("Menendez postponed a hearing on the
matter, scheduled for Thursday, and ...", "Obama had ordered a review, set to arrive later this week"): it
describes the noun before it, and its date is that plan's, not the happening the sentence tells. (Before the
verb it describes the subject: "Obama, set to visit the Gulf Coast on Monday, also plans ..." is dated by it.)"""
_TO_BE_DONE_ON_NOUN = re.compile(
    r"\b(?:of|for|on|about|at|with|from|into|over)\s+(?:[\w'\u2019-]+\s+){1,5}?"
    r"(?!(?:is|are|was|were|be|been|being|due|expected|set|scheduled|slated|going|has|have|had|need|needs|ought|"
    r"want|wants|likely|about|yet|still|and|or|but)\s)[a-z]{3,}\s+to\s+be\s+[a-z]+(?:ed|en|wn|ld|t)\s+"
    r"(?:(?:in|on|by|at|during|until|before|after)\s+)?$")
"""A plan on a preposition's object after the clause's verb, with no comma ("could hint at the tone of the
panel's final report to be released in January"): the date is the noun's plan, not the clause's happening
(a plan set off by commas: ``_TO_BE_DONE``). Not the clause's own plan ("the report is to be released",
"is due to be"), nor its verb's object ("forced the operation to be suspended at the weekend": the
suspension is the happening)."""
_FRONTED = re.compile(
    r"^\W*(?:(?:First|Originally|Initially|Recently|Newly|Only)\s+)?"
    r"(?!(?:Asked|Questioned|Interviewed|Reached|Contacted|Pressed|Quoted)\b)"
    r"(?:[A-Z][a-z]{2,}ed|Born|Built|Taken|Given|Made|Held|Known|Sold|Won|Lost|Begun|Struck|Written|Chosen)\s+"
    r"(?=(?:\w+ly\s+)?(?:in|on|at|by|during|last|from|since|for|with|as|after|before|over|into|to|under|"
    r"between|early|late|earlier|this|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")
"""A past participle opening the sentence, with its phrase: a preposition or a date follows ("Announced
in", "Founded 20 years ago"; not "Besieged energy giant BP ...", where the participle is the subject's
adjective, nor the names "United Nations", "Ahmed Shafik")."""
_MODAL_OR_PRESENT = frozenset("is are am has have will would could can may might must remains remain seems seem".split())


def _fronted_participle(sentence: str, clause: str, start: int) -> bool:
    """Whether the date sits in a past participle's phrase that opens the sentence ("Announced in
    early February, it may not launch until July", "Founded in 1990, the group now has ..."): it
    describes the subject, its date is the description's, when the main clause after the comma
    tells a present, a plan or a possibility. Not before a past verb ("Released on Monday, the
    report showed ...": the release is the happening) nor after a verb of asking ("Asked on
    Friday about ..., he said": the saying is)."""
    opening = _FRONTED.match(clause)
    if opening is None or _FINITE.search(clause, opening.end()):
        return False
    comma = sentence.find(",", start)
    if comma < 0 or _FINITE.search(sentence, start, comma):
        return False
    verb = _FINITE.search(sentence, comma)
    return verb is not None and verb.group() in _MODAL_OR_PRESENT


def _across_names(head: str, end: int) -> str:
    """The clause before a date, read across the names set off by commas inside it ("who left Cairo,
    Egypt, in 2003", "the quake, which struck south of the capital, Port-au-Prince, on Tuesday", "since
    a drilling platform, Deepwater Horizon, exploded and sank in April"): a name in apposition does not
    end the clause it sits in, nor does a participle's phrase ("since the rig, leased by BP, exploded on
    20 April": ``_PARTICIPLE_INSERT``; on the dev articles, three events, each dated by the explosion
    where the state they tell is as of the report, one of them judged misdated; no other judged event
    moved). Only where the words after the name go on with that clause (a
    preposition or a verb, not a new subject: "When in Cairo, Egypt, he met ...")."""
    rest = head[end:]
    first = WORD.match(rest.lstrip())
    if first is None or not (first.group().lower() in _CLAUSE_GOES_ON or _FINITE.fullmatch(first.group())
                             or first.group() in IRREGULAR_PAST):
        return rest
    while end > 0 and head[end - 1] == ",":
        before = _CLAUSE_START.match(head, 0, end - 1)
        name_start = before.end() if before else 0
        if (not (_NAME.fullmatch(head, name_start, end - 1)
                 or _PARTICIPLE_INSERT.fullmatch(head, name_start, end - 1))
                or name_start == 0 or head[name_start - 1] != ","):
            break
        described = _CLAUSE_START.match(head, 0, name_start - 1)
        end = described.end() if described else 0
    return head[end:]


_PARTICIPLE_INSERT = re.compile(r"\s*(?:[a-z]{3,}ed|owned|run|built|known|held|made|led)\s+by\s+[^,]{1,40}?\s*")
"""A participle's phrase set off by commas inside a clause ("since the rig, leased by oil giant BP,
exploded on 20 April"): like a name in apposition, it does not end the clause it sits in."""
_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|of|de|del|al|el|la|du)){0,3}\s*")
_CLAUSE_GOES_ON = frozenset("in on at during since until by from last this early late".split())


_RELATIVE_THAT = re.compile(r"\b([a-z]+|(?<=\bto\s)\d+)\s+that\s+"
                            r"(?:(?:the|its|their|his|her|[A-Z][\w.&'-]*)\s+(?:[A-Z][\w.&'-]*\s+)?"
                            r"(?:[a-z]+s\s+)?)?(?:(?:it|they|he|she|we)\s+(?:hopes?|expects?|plans?|says?|believes?|"
                            r"thinks?|fears?)\s+)?(?:(?:\w+ly|already|also|just|still|then|later|first|once|never|"
                            r"even|again)\s+)?(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|hit|struck|built|held|"
                            r"made|sent|taken|given|shown|seen|found|caught|lost|won|sold|shot|set|put|begun|broken|"
                            r"torn|shaken)|[a-z]{3,}ed|began|struck|rose|fell|shrank|grew|broke|took|came|hit|"
                            r"swept|led|drove|brought|sent|left|made|gave|went|won|lost|tore|shook|sank|spread|ran|"
                            r"fled|threw|overthrew|built|held|met|cost|blew|burst|shot|stole|flew|dug|drew|fought|"
                            r"paid|bought|caught|set|could|would|will|may|might)\b")
"""A relative clause on a noun ("the protests that began last week", "an economy that already shrank in the first
quarter", with a subject of its own: "the cap that BP engineers lowered onto the geyser Thursday night", in the
passive: "leaked from the well that was damaged in an explosion three weeks ago", "removed the cap that had been
placed on top of the leak in early June") after the sentence's own verb: its date is the noun's. Not a reported
"that" (``_THAT_VERBS``: "said that the ship sank on Friday"), one before the main verb ("The protests that erupted
on January 25 were ..."), one the main verb resumes after ("a vessel that will double its capacity was hooked up on
Tuesday") nor a cleft (``_CLEFT``), each dated by the happening. The passive took six dev events' dates (three
judged, all misdated) and none judged right. The "that" nearest the date decides ("The setback means that oil will
keep leaking from the well that blew out on April 20"), and irregular pasts ("blew", "shot", "paid") are verbs too:
six more events lose such a date, four of them judged misdated, none judged right. A figure after "to" may come
before "that" (not a year: "said in 2008 that ..."), and "set" is a verb ("a vote of 61 to 36 that set the stage for
final passage today": one dev event, judged misdated, loses the date). A subject pronoun and a verb of hoping or
saying may open it ("drilling relief wells that it hopes will halt the spill in August"): one dev event, judged
misdated, loses the date. The past perfect's passive ("had been placed", "had been scheduled"): three dev events
lose the date, one judged misdated and the other two a plan's day (a dividend "that had been scheduled for June 21",
told on June 16)."""
_ANNOUNCED_PLAN = re.compile(
    r"\b(?:announcement|pledge|promise|decision|vow|assurance|statement|warning|threat|prediction|commitment)s?"
    r"(?:\s*,[^,]{1,40},)?\s+that\s+(?:(?!that\b)[^,;:.\u2014])*?\b(?:will|would|wouldn't|won't|shall|should|could|"
    r"might|may|(?:was|were|is|are)\s+going\s+to)\s[^,;:.\u2014]*$", re.I)
"""The plan a noun of announcing holds, up to the date ("Mubarak's announcement that he would end his 30 years of
rule in September came after ...", "Following the announcement, earlier in the night, that he wouldn't seek
re-election in September, thousands erupted ..."): the date is the plan's; the sentence tells what the
announcement did or what followed it. On the dev articles 7 events lose such a date: the two Septembers of Mubarak's
pledge (dated ahead, "Expected", where the chants and the announcement were of 1 February), a judged misdated week
of a trip announced ("a point underscored by ... Tuesday's announcement that he will return to the Gulf next
week"), and three copies of "Mubarak's announcement that he was going to dissolve the government Saturday did
not sit well with some protesters", two of them on its day but shown as a plan."""
_CONTACT_CLAUSE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:(?!(?:the|of|in|into|on|at|to|for|from|with|by|and|or|but)\s)[a-z-]+\s+)"
    r"{1,3}?(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,3}"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed|began|struck|took|made|gave|won|lost|sent|held|built|set|hit|brought|drew|"
    r"wrote|chose|sold|bought|paid|put|led|left|met)\s+(?:(?:on|in|at|during)\s+)?$")
"""A relative clause without "that" whose subject is a name ("concern with the bill Congress rejected
yesterday", "a climate measure the House approved last year", "the estimate BP made in July"), up to the
date, after the sentence's own verb: the date is the noun's. Not after a verb of saying ("said the chief
executive Tony Hayward testified Thursday": the name is the reported clause's subject). On the dev articles
five events lose such a date (three judged misdated, none judged right)."""


_PRONOUN_CONTACT_CLAUSE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:(?!(?:the|of|in|into|on|at|to|for|from|with|by|and|or|but|that|which|"
    r"who|as|when|while|after|before|if|because|since)\s)[a-z-]+\s+){1,3}?(?P<subject>he|she|it|they|we)\s+"
    r"(?:(?:will|would|had|has|have|could|might|may|is|was|were|are)\s+)?(?P<verb>[a-z]{3,})\s+"
    r"(?:(?!(?:and|but|or|that|which|who|as|when|while)\s)[\w'\u2019.-]+\s+){0,4}?(?:(?:on|in|at|during|by|over)\s+)?$")
"""A relative clause without "that" whose subject is a pronoun ("a line he used last Wednesday in his final
debate", "the device he invented eight years ago", "a message they had refined over the summer", "the defunct
mortgage lender it purchased in July"), up to the date, after the sentence's own verb: the date is the noun's
(``_pronoun_contact_clause``). On the dev articles four events lose such a date, all four judged misdated; none
judged right moves. "It" since the fortieth session: the fourteenth reader found a bank's settlement dated by the
month it had bought the lender."""


_PAST_OR_AHEAD = frozenset("will would had could might was were".split())
_VERB_NEXT = re.compile(r"\s*(?:\S+\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
                        r"said|says|[a-z]{3,}ed)\b")
"""A finite verb in the two words after a date: the clause that holds the date is the subject of that verb ("the
bet he placed Wednesday may be ...", "the lawyers he surveyed this month said ..."), not an object's."""


def _pronoun_contact_clause(sentence: str, start: int, head: str) -> bool:
    """Whether the date at ``start`` ends a relative clause without "that" whose subject is a pronoun
    (``_PRONOUN_CONTACT_CLAUSE``) on an object after the sentence's verb: its verb in the past or looking ahead
    ("he used", "they had refined", "he will face"; not "the events we see today", the report's present), and no
    verb right after the date, whose subject the clause's noun would be."""
    clause = _PRONOUN_CONTACT_CLAUSE.search(head)
    if clause is None:
        return False
    verb = clause["verb"]
    noun = head[:clause.start("subject")].split()[-1]
    if noun in _THAT_VERBS or noun.endswith("ed") or noun == "clear":
        return False  # "the company announced (hoped, made clear) it would try again": a reported clause, no noun's
    aux = head[:clause.start("verb")].split()[-1]
    if not (verb.endswith("ed") or verb in IRREGULAR_PAST or aux in _PAST_OR_AHEAD):
        return False
    end = sentence.find(" ", start)
    if end >= 0 and _VERB_NEXT.match(sentence, end):
        return False
    return _after_own_verb(head, clause.start())


def _after_own_verb(head: str, at: int) -> bool:
    """Whether a finite verb comes before ``at`` in ``head`` and is not a verb of saying right before it (whose
    reported clause would open at ``at``)."""
    verbs = list(_FINITE.finditer(head, 0, at))
    return bool(verbs) and not (verbs[-1].group() in _THAT_VERBS
                                and head[verbs[-1].end():at].split() in ([], ["that"]))


def _contact_clause(head: str) -> bool:
    """Whether the text before a date ends in a relative clause without "that" (``_CONTACT_CLAUSE``) after a
    finite verb, not right after a verb of saying (whose reported clause it would open)."""
    clause = _CONTACT_CLAUSE.search(head)
    if clause is None or clause["verb"] in _THAT_VERBS:
        return False
    return _after_own_verb(head, clause.start())


_NONFINITE_PHRASE = re.compile(r",\s+(?:(?:still|now|already|also|once)\s+)?[a-z]{3,}ing\s[^,;:]*$")
"""A phrase in "-ing" set off by a comma ("The British energy giant, still struggling to stop a leak that began
on April 20 and ..., is planning ..."): a relative clause on a noun in it is no clause of the sentence's subject,
however no verb comes before it."""
_THAT_VERBS = frozenset("""said says told tells announced reported believe believes believed think thinks thought
    warned added noted confirmed showed shows show found finds find know knows knew hope hopes expect expects
    claimed claims argued argues insisted insists means mean suggests suggest suggested indicates indicated
    revealed reveals stated states acknowledged admitted denied agreed agrees estimated estimates learned
    signaled signalled ruled decided concluded feared fears worried predicted predicts assured promised
    reporting saying announcing warning claiming arguing insisting suggesting confirming predicting
    announces reports warns adds notes confirms admits denies
    so such now given is was are were be been being and but or than""".split())
"""Words before a "that" that makes no relative clause: verbs of saying and knowing, and function words."""
_TOLD_SOMEONE = re.compile(r"\b(?:told|tells|tell|telling|assured|assures|warned|warns|reminded|informed|"
                           r"promised|notified|convinced|persuaded|showed|shows)\s+(?:[\w.'\u2019-]+\s+){0,3}?"
                           r"[\w.'\u2019-]+\s*$")
"""A verb of telling and its listener before "that" ("Allen told reporters that BP planned ..."): the "that"
opens what was told, no relative clause on the listener."""
_CLEFT = re.compile(r"\b(?:it|It)\s+(?:was|is|were)\s+(?:not\s+)?(?:[\w'\u2019.$%-]+\s+){1,5}$")
"""A cleft ("it was global markets that plunged yesterday"): its "that" clause is the happening."""


_PARTICIPLE = re.compile(
    r"^\s*(?:(?:first|last|later|since|recently|newly|only|just|already|long)\s+)?(?:[a-z]{3,}ed|born|taken|given|"
    r"seen|shown|struck|caught|found|held|built|known|made|sent|brought|kept|sold|told|won|lost|hit|driven|written|"
    r"chosen)\s")
_MAIN_VERB_AFTER = re.compile(
    r"^[^,;:]*,\s*(?:\w+ly\s+)?(?:is|are|has|have|will|would|could|can|may|might|must|remains?)\b")
"""A past participle's phrase set off by commas between a subject and a verb of the present or
the future ("The woman, rescued on Friday after 10 days in the rubble, is being treated", "The
relief wells, projected to be done by mid-August, would also be impeded"): it describes the
subject, its date is the description's. Not before a past verb: "The latest case, confirmed
on Tuesday, was in an adult", "The statement, released last week, said ..." are dated by it."""
_PERFECT_BEFORE = re.compile(r"^\W*(?:The|A|An|[A-Z][\w.&'\u2019-]*)\s+(?:[\w'\u2019.-]+\s+){0,5}?(?:has|have)\s+"
                             r"(?:(?:already|also|now|just)\s+)?(?:" + _PERFECT_PARTICIPLE
                             + r"|hurt|hit|cost|put|set|shaken|given)\s+[^,;:]*,\s*$")
"""A main clause in the present perfect before a participle's phrase set off by a comma ("The disaster has hurt
BP's image, already tarnished by a 2006 spill and a 2005 fire"): the phrase describes the object; the sentence
tells a state as of the report."""
_THIRD_PERSON = r"[a-z]{3,}[^s\W]s"
"""A verb of the simple present, third person ("takes", "tells"): a word in "-s" not in "-ss"."""
_NAME_THEN_PRESENT = re.compile(r"^\W*(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:\w+ly\s+)?(?P<verb>" + _THIRD_PERSON
                                + r")\s+(?:the|a|an|its|their|his|her)\s")
"""A sentence that opens on a name and its verb in the simple present ("BP leases the rig that ...",
"Transocean operates a rig that ..."): a relative clause after it is on the verb's object. Not after a
verb of saying or knowing (``_THAT_VERBS``: "BP announces the well that leaked on Tuesday is sealed"). On
the dev articles one event loses such a date (judged misdated)."""


def _name_then_present(head: str) -> bool:
    """Whether ``head`` opens on a name and its verb in the simple present, not one of saying
    (``_NAME_THEN_PRESENT``)."""
    opening = _NAME_THEN_PRESENT.match(head)
    return opening is not None and opening["verb"] not in _THAT_VERBS


_SIMPLE_PRESENT_AFTER = re.compile(
    r"^[^,;:]*,\s*(?:\w+ly\s+)?(?!(?:says|shows|states|reads|suggests|indicates|notes|adds|claims|argues|tells|"
    r"confirms|finds|reveals|concludes|warns|estimates)\b)" + _THIRD_PERSON + r"\b")
"""Before a verb of the simple present too ("The first cap, installed on 3 June, takes oil to ..."), but
not after a participle that dates a document (``_MEDIUM``: "The book, published on Monday, contains
...", "The action, filed in court yesterday, accuses ...": what it holds is as old as it), nor before a
verb that tells a document's words or findings ("says", "confirms"). On the dev articles: one event, judged
misdated, now none."""
_NAME_APPOSITION = re.compile(r"^\W*(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*,\s+the\s+[^,;:()\u2014]*$")
_VERB_AFTER_APPOSITION = re.compile(
    r"[^,;:()\u2014]*,\s+(?:\w+ly\s+)?(?:said|says|told|tells|is|was|has|had|will|would|[a-z]{3,}ed|"
    + _THIRD_PERSON + r")\b")
"""A name's description between commas, opened by "the", before the name's verb ("Suleiman, the intelligence
chief Mubarak picked as his vice president over the weekend, said ..."; "Thomas Ewald, the leader of a
rescue unit that arrived on Thursday, tells ..."): its date is the description's, not the saying's. On the
dev articles: three sentences, five events, each dated by the description."""
_PLACE_APPOSITION = re.compile(r"^\s*the\s+(?:site|scene|venue)\s+of\s")
_NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.'\u2019-]*,$")
"""A place's description between commas, in the subject before its verb ("the mood in Tahrir Square, the site of
... clashes last week, was festive"): its date is what happened there, not what the sentence tells. Not where the
place is the object of a verb before it ("Rebels entered Sirte, the seat of Gaddafi's tribe on Tuesday, residents
said"), nor a description with no happening of its own ("the home of", "the heart of")."""
_APPOSITION = re.compile(r"^\s*(?:a|an)\s+", re.I)
"""A clause that opens on an indefinite article after a comma or a dash, with no verb of its own
(``_FINITE``: no "said" either): a description of a name."""
_FINITE_WORDS = (r"is|are|am|remains|remain|stays|stay|seems|seem|appears|appear|has|have|does|do|"
                 r"was|were|had|did|will|would|could|can|may|might|should|must|shall|said|says|told|[a-z]{3,}ed")
_FINITE = re.compile(r"\b(?:" + _FINITE_WORDS + r")\b")
_PRESENT_STATE = frozenset("is are am remains remain stays stay seems seem appears appear has have does do".split())
_FUTURE_AFTER = re.compile(
    r"^\s+(?:\w+ly\s+)?(?:expected|forecast|projected|likely|set|due|scheduled|slated|poised|going|about|"
    r"to|planning|planned|hoping)\b", re.I)
_OWN_VERB = re.compile(r"\b(?:" + _FINITE_WORDS + "|" + _THIRD_PERSON + r")\b")
"""A clause's own verb: a finite one (``_FINITE``) or one of the simple present, third person ("asks")."""


def tells_state(head: str) -> bool:
    """Whether the sentence, up to a date, tells a state in the present ("is", "has fallen", "remains").

    ``head`` is the sentence up to the date. Its finite verbs are one
    present form that does not look ahead ("is expected to", "is due to"),
    with no other verb and no "that" after it: "Haiti is still struggling to
    recover from hurricanes in 2008", but not "The standards, published in
    2004" nor "it has emerged that BP last year", and no reported speech
    (its saying is the happening), nor a state followed by a clause of its own (``_NEW_SUBJECT``).
    """
    if ATTRIBUTION.search(head):
        return False
    verbs = list(_FINITE.finditer(head))
    if len(verbs) != 1 or verbs[0].group() not in _PRESENT_STATE:
        return False
    rest = head[verbs[0].end():]
    return not _FUTURE_AFTER.match(rest) and not re.search(r"\bthat\b", rest) and not _NEW_SUBJECT.search(rest)


_TRAILING_ING = re.compile(
    r"(?:,|\s--?|\u2014)\s+(?:(?:and|thus|further|also)\s+|with\s+(?:[\w'\u2019.-]+\s+){1,3}?)?"
    r"(?!(?:including|according|during|following|concerning|regarding|excluding|beginning|starting|ending|"
    r"morning|evening|spring|string|thing|nothing|something|anything|everything|building|meeting|hearing|"
    r"funding|spending|planning|training|shipping|drilling|fishing|trading|lending|ruling|warning|briefing|"
    r"offering|filing|opening|closing|landing|lodging|setting|bidding|pricing|rating|housing|clothing)\b)"
    r"[a-z]{3,}ing\s+(?!(?:and|or)\b)[^,;:()\u2014]*$")
"""A phrase in "-ing" after the main clause, up to a date ("Obama said the government has brought all its
resources to bear, rejecting comparisons to the handling of Hurricane Katrina in 2005"; "..., with some drawing
comparisons to Hurricane Katrina in 2005"). Not a noun in "-ing" ("the hearing", "sales, lodging and fuel tax")."""


def in_trailing_phrase(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` sits in an "-ing" phrase that follows a main clause with a verb of its
    own (``_TRAILING_ING``).

    Such a phrase tells what went with the main happening ("fired on the crowd, killing 20 on Friday"),
    and a date near the report in it is the main happening's time too; a date years before the report is a
    thing the phrase names (read by ``timeline.extract.events.choose_anchor``, which asks this only then).
    """
    head = sentence[:start]
    phrase = _TRAILING_ING.search(head)
    return phrase is not None and _FINITE.search(head, 0, phrase.start()) is not None


_NEW_SUBJECT = re.compile(r"[,;]\s+(?:but|yet|and|while)\s+(?:he|she|it|they|we|I|the)\s", re.I)
"""A clause with a subject of its own joined after the state ("The two countries have been at odds since 1959,
but they held talks last week"): the date is in that clause, which tells a happening."""
