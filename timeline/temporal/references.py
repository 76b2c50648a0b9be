"""Present, past and future references: "now", "currently", "recently",
"these days", "the future" (PRESENT_REF, PAST_REF, FUTURE_REF).

Why apart: these words are temporal only in some uses ("current account",
"the present report"), so the resolver is mostly a list of vetoes.
"""
from __future__ import annotations

import re

from .matchtext import low, next_word, prev_word
from .rulebase import Context, Resolution, rule


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the moment": "PRESENT_REF", "present-day": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF", "previously": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "a future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "a near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "a distant future": "FUTURE_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in the near future": "FUTURE_REF",
    "someday": "FUTURE_REF", "one day": "FUTURE_REF", "the time": "PAST_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}


_OF_AFTER_RE = re.compile(r"\s+(?i:of)\b")
_PLACE_AFTER_RE = re.compile(r"\s+(?i:for|at|on|in)\b")
_AHEAD_BEFORE_RE = re.compile(r"\b(?i:would|will|should|could|must|may|might|shall|to|wants?|plans?|hopes?)\b")
"""A modal or a plan before "as soon as possible": a time ahead even in a clause told in the past."""


@rule("ref", reach=12, anchors={"now", "currently", "current", "presently", "present", "nowadays", "days", "recently",
                "possible", "lately", "past", "formerly", "future", "soon", "time", "term", "date"},
      pattern=r"""(?<![\w'’-])(?P<t>(?i:right\s+now|now|currently|current|presently|at\s+present|the\s+present(?!\s+(?:day|time))|nowadays|these\s+days
    |recently|lately
    |(?:the\s+)?past(?=\s*[,.;:)]|\s+(?:and|or|but|is|was|when|that|has|had|have|decade|few|several|century)\b
        |(?<=[Ii]n\sthe\spast)(?=\s+(?:it|he|she|they|we|you|I)\b))|formerly
    |the\s+(?:near\s+|distant\s+)?future|a\s+(?:near|distant)\s+future|future\s+(?:years|months|weeks|quarters|decades)
    |as\s+soon\s+as\s+possible|soon
    |(?<=[Aa]t\s)the\s+time(?=\s*[,.;:)\u2014])
    |(?:(?<=[Ii]n\s)|(?<=[Ff]or\s)|(?<=[Oo]ver\s)|(?<=[Oo]f\s))the\s+(?:near|short|long)\s+term|(?<=[Aa]t\s)a\s+later\s+date))(?![\w'’-])""")
def reference(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = low(m["t"])
    text = ctx.text
    prev = prev_word(text, m.start("t"))
    nxt = next_word(text, m.end("t")).lower()
    if w == "past":
        if prev != "the" and prev not in ("in",):
            return None
        return None
    if w == "the present" and (nxt == "of" or prev not in (
            "at", "until", "till", "to", "from", "into", "in", "for", "through")):
        return None
    if w == "the past" and nxt in ("decade", "few", "several", "century"):
        return None
    if w == "current" and nxt in ("account", "accounts", "affairs"):
        return None
    if w == "now" and prev == "from":
        return None  # "from now to/until <date>", "<duration> from now" (an anchor)
    if w == "recently" and prev == "as" and nxt == "as":
        return None  # "as recently as March": a bound on the date after it, which is tagged
    if w == "soon":
        # "soon" alone points ahead only in a clause about the future ("will
        # soon <verb>", "<modal> soon <verb>"); "as soon as", "soon after", "too soon"
        # and narrative past ("was soon <participle>") are no reference to now
        if nxt in ("after", "afterward", "afterwards", "as", "thereafter", "enough") or prev in (
                "as", "too", "how", "so") or ctx.tense(m.start("t"), m.end("t"), True) != "future":
            return None
    if w == "future" and nxt in ("tense",):
        return None
    if w == "the future" and _OF_AFTER_RE.match(text, m.end("t")):
        return None  # "the future of the company": its fate, not a time ahead (TimeBank tags none)
    if "Future" in m["t"] and next_word(text, m.end("t"))[:1].isupper():
        return None  # a name's words: "The Future Years Defense Program"
    if w.startswith("future "):
        if _PLACE_AFTER_RE.match(text, m.end("t")):
            return None  # "will build future quarters for officers": lodgings
        # "future quarters" is a time ahead with no length (TimeBank); "the past quarters" keeps its
        # length (``durations.bare_plural``), as TimeBank has it
    if (w == "as soon as possible" and ctx.tense(m.start("t"), m.end("t"), True) == "past"
            and not _AHEAD_BEFORE_RE.search(text, max(0, m.start("t") - 80), m.start("t"))):
        return None  # "reached the village as soon as possible after the quake": no time ahead in a past told
        # ("said it would sell the unit 'as soon as possible'" keeps it)
    return "DATE", _REFS.get(w, "FUTURE_REF" if "future" in w else "PRESENT_REF"), "ref"
