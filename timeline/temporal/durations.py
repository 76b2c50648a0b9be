"""Durations and anchored durations: "three years", "a 10-day trip", "two
years ago", "the past six months", "in recent years", "within weeks".

Why together: all count a quantity of units; "ago"/"later" and the
premodifier decide whether that is a length (P3Y), a date that far from the
dct (2021), or a frequency ("$5 a year").
"""
from __future__ import annotations

import re

from .matchtext import after_determiner, low, next_word, prev_word
from .normalize import shift_days, shift_unit
from .numbers import TENS, UNITS as NUMBER_UNITS, parse_number
from .patterns import MONTH, NUM, UNIT, UNITS, WEEKDAY
from .prefix_tree import phrase_trie, trie
from .rulebase import Context, Narrowed, Resolution, rule
from .tense import LAST_AS_VERB_AFTER

_UNIT_SG = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade",
                      "century", "quarter", "night", "weekend", "fortnight", "yr", "hr", "min"})
UNIT_WORDS = _UNIT_SG | {u + "s" for u in _UNIT_SG} | {"centuries"}


_AGO = {"ago": -1, "earlier": -1, "before": -1, "in the past": -1, "back": -1,
        "later": 1, "from now": 1, "hence": 1, "after": 1}
_LENGTH_VERBS = ("take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting", "spend", "spends",
                 "spent", "spending", "wait", "waits", "waited", "waiting")
"""Verbs whose object is a length ("could take years", "spent months in hiding", "lasted weeks"): a plural unit right
after one is a vague length, as after "for"."""
_CONTEXT_BEFORE_BARE = (r"(?i:recent|(?:the\s+)?coming|(?:the\s+)?past|within|in(?:\s+the)?|for|over\s+the|"
                        + trie(set(_LENGTH_VERBS)) + ")")


_PREMODIFIERS = phrase_trie(
    ["the " + word for word in ("past", "last", "next", "first", "previous", "coming", "final", "latest", "following",
                                "same", "remaining", "ensuing", "initial")]
    + ["past", "last", "next", "first", "previous", "coming", "final", "recent", "the", "more than", "no more than",
       "up to", "at least", "less than", "nearly", "almost", "approximately", "roughly"])
"""What may come before a duration's number ("the past", "at least"), as a prefix tree like ``NUM``."""


_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?i:" + phrase_trie([*NUMBER_UNITS, *TENS, "dozen", "hundred", "thousand", "million", "billion"]) + r"))"
    r"[\s-]+(?:[A-Za-z-]+\s+)?(?P<noun>[A-Za-z]+)\s+$")
"""A count of a measure before "a"/"an"/"per" and a unit: "60 miles an hour", "5,000 barrels a day",
"two million tons per year". The unit is a rate's denominator, not a time (TimeBank leaves two of its
three such rates untagged, and five of six rates of money, ``_duration_value``)."""


_HOURS = {"H": 1, "M": 1 / 60, "S": 1 / 3600}
"""A clock unit's length in hours, by its TIMEX3 letter."""
_NO_RATE_NOUNS = frozenset({"for", "of", "in", "on", "at", "by", "to", "from", "with", "over", "into"})
"""Words in a rate's noun's place that are no noun: "resumes on 3 February for a week" is a date and a length."""
_RELATION_AFTER = re.compile(r"\s+(?i:after|before|apart|earlier|later|ago|ahead|into|since"
                             rf"|from(?!\s+(?:{MONTH}|{WEEKDAY}|\d)))\b")
"""After the unit, a word that makes it a length or a date's distance, no rate ("a day after the raid", "two
doses a month apart"); not "from" a date, which starts the rate ("400,000 barrels a day from October")."""


def rate_before(text: str, start: int, end: int) -> bool:
    """Whether the unit at ``text[start:end]`` ("a day", "per hour") divides a counted measure before it: a
    rate. The measure is a noun: not a verb or a participle ("two suspects surrendered a day after"), nor a
    count of units of time ("12 hours a day", "seven days a week": hours per day)."""
    m = _RATE_BEFORE.search(text, max(0, start - 48), start)
    if m is None:
        return False
    noun = m["noun"].lower()
    return (noun not in UNIT_WORDS and noun not in _NO_RATE_NOUNS and not noun.endswith(("ed", "ing"))
            and _RELATION_AFTER.match(text, end) is None)


_QUARTER_OF = re.compile(r"\b(?i:a\s+quarter\s+of)\s+$")
"""Before "a century": "a quarter of a century" is 25 years, not a hundred."""
_EVERY_BEFORE = re.compile(r"(?<![\w-])(?:(?i:once|twice)\s+)?(?i:every)\s+$")
""""every" (or "once every") right before a length: the length is a recurrence ("every four years")."""
_EVERY_RANGE_BEFORE = re.compile(rf"(?<![\w-])(?i:every)\s+(?:{NUM})\s+(?i:to|or)\s+$")
""""every" and the low end of a range of lengths: "every three to four hours" recurs (the high end's SET)."""


_SUPERLATIVE_BEFORE = re.compile(r"\b(?i:" + trie(
    {"highest", "lowest", "biggest", "largest", "smallest", "strongest", "weakest", "fastest", "slowest", "busiest",
     "best", "worst", "deadliest", "warmest", "coldest", "hottest", "wettest", "driest", "longest", "shortest",
     "steepest", "sharpest", "heaviest", "cheapest", "greatest", "poorest", "richest", "first", "most", "least"})
    + r")(?:\s+(?!(?i:will|would|could|should|can|may|might|shall|must|to|be|is|are|was|were)\b)[\w'-]+){0,3}?"
    r"\s+in\s+$")
"""Before "in" and a length, a superlative that makes the length a record's ("the busiest in six years", "its first
win in a decade"), not a date that far ahead. Its words up to "in" hold no verb ("The first plant will open in six
years" is a date)."""


_LAST_AS_VERB_AFTER = LAST_AS_VERB_AFTER | {"won't", "didn't", "did", "does", "not"}
"""Before "last" and a length, what makes "last" the verb ("expected to last six weeks", "could last two days", "did not
last two days")."""


_SPAN_NOUN = re.compile(r"\s+(?i:period|term|span|stretch)(?![\w-])")
"""A noun that names the length a hyphened length qualifies ("a three-year period": one mention)."""
_ARTICLE_BEFORE = re.compile(r"\b(?i:an?)\s+$")


@rule("duration", anchors=UNIT_WORDS,
      pattern=rf"""(?<![\w$£€.,:-])(?P<t>(?:(?P<pre>(?i:{_PREMODIFIERS})\s+)?
    (?P<num>{NUM})(?P<frac>\s+1/2|½|\s+(?i:and\s+a\s+half))?(?P<sep>[\s-]+)
    (?:(?i:more|additional|extra|further|straight|consecutive|trading|business|working|calendar)\s+)?(?P<unit>{UNIT})(?:-(?i:long))?(?P<half2>\s+(?i:and\s+a\s+half))?
    (?:(?:\s+(?i:or\s+so))?\s+(?P<post>(?i:ago|earlier|later|from\s+now|in\s+the\s+past|back|hence)(?![\w])(?!\s+than\b)))?))""")
def duration(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    if low(m["pre"]) == "last" and (prev_word(ctx.text, m.start("t")) in _LAST_AS_VERB_AFTER
                                    or low(m["num"]).split()[0] in ("a", "an")):
        res = _duration_value(m, ctx)  # "expected to last six weeks": the verb, no part of the length; before
        # "a" or "an" it is always the verb ("Will the ceasefire last a month?")
        return None if res is None else (res[0], res[1], res[2], m.start("num"), m.end("t"))
    if (low(m["num"]) in ("a", "an") and "calendar" in low(m["t"])
            and prev_word(ctx.text, m.start("t")) in ("to", "from", "on")
            and "fiscal" in ctx.text[max(0, m.start("t") - 40):m.start("t")].lower()):
        return None  # "changed from a fiscal year to a calendar year": a basis of accounting, no length
    if low(m["unit"]) == "quarter" and ctx.text.startswith(("-century", " century"), m.end("unit")) and (
            low(m["num"]) in ("a", "one")):
        end = m.end("unit") + len(" century")  # "a quarter century"
        if ctx.text.startswith(" ago", end) and ctx.dct is not None:
            return "DATE", f"{ctx.dct.year - 25:04d}", "year", m.start("t"), end + len(" ago")
        return "DURATION", "P25Y", "duration", m.start("t"), end
    if low(m["unit"]) == "century" and low(m["num"]) == "a" and (quarter := _QUARTER_OF.search(
            ctx.text, max(0, m.start("t") - 16), m.start("t"))) is not None:
        start = quarter.start()
        if low(m["post"]) == "ago" and ctx.dct is not None:
            return "DATE", f"{ctx.dct.year - 25:04d}", "year", start, m.end("t")
        return "DURATION", "P25Y", "duration", start, m.end("t")  # "a quarter of a century"
    res = _duration_value(m, ctx)
    if res is not None and res[0] == "DURATION" and not m["pre"] and not m["post"] and "-" not in m["sep"] and (
            (every := _EVERY_BEFORE.search(ctx.text, max(0, m.start("t") - 16), m.start("t"))) is not None
            or (every := _EVERY_RANGE_BEFORE.search(ctx.text, max(0, m.start("t") - 40), m.start("t"))) is not None):
        # "every four years", "once every two weeks": TimeML's SET of that period (quant EVERY), the span whole;
        # not a length that qualifies a noun ("every four-year cycle")
        return "SET", res[1], "set", every.start(), m.end("t")
    if res is not None and res[0] == "DURATION" and low(m["post"]) == "later":
        # "Three days later, ...": TimeML leaves "later" out (a signal of the length's relation)
        end = m.start("post")
        while ctx.text[end - 1].isspace():
            end -= 1
        return res[0], res[1], res[2], m.start("t"), end
    if res is not None and res[0] == "DURATION" and m["sep"].startswith("-") and not m["pre"] and (
            span := _SPAN_NOUN.match(ctx.text, m.end("t"))) is not None:
        # "over a three-year period", "during its one-year term": the noun names the length itself
        article = _ARTICLE_BEFORE.search(ctx.text, max(0, m.start("t") - 4), m.start("t"))
        return res[0], res[1], res[2], m.start("t") if article is None else article.start(), span.end()
    if res is not None and m["sep"].startswith("-") and low(m["pre"]) == "the" and not m["post"]:
        return res[0], res[1], res[2], m.start("num"), m.end("t")
    if res is not None and low(m["num"]) in ("a", "an") and ctx.text.startswith("-", m.end("unit")):
        return res[0], res[1], res[2], m.start("unit"), m.end("t")  # "a [year-long] inquiry"
    return res


_SENTENCE_OPENERS = frozenset('.!?"“”')


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (or the text): only white space since a stop, a line's end or a quote."""
    before = text[max(0, pos - 8):pos].rstrip()
    return not before and pos < 8 or before[-1:] in _SENTENCE_OPENERS


def _duration_value(m: re.Match[str], ctx: Context) -> Resolution | None:
    text, dct = ctx.text, ctx.dct
    unit_w = low(m["unit"]).rstrip("s")
    unit_w = "century" if unit_w.startswith("centur") else unit_w
    letter, is_time, mult = UNITS[unit_w]
    num_s = low(m["num"])
    n = parse_number(num_s)
    nxt = text[m.end("t"):m.end("t") + 6]
    # money / measures / ages: "$48 hours"? "48-hour-old", "20-year-old"
    if nxt.startswith(("-old", "-olds", " old", "s old")) and not m["post"]:
        return None
    prev = prev_word(text, m.start("t"))
    if num_s in ("a", "an") and unit_w == "second":
        return None  # "a second <noun>": the ordinal, not one second
    unit_raw = m["unit"]
    if num_s[:1].isdigit() and unit_raw[:1].isupper() and not unit_raw.isupper():
        return None  # a title: "60 Minutes", "48 Hours"
    if num_s == "one" and unit_w == "day" and not m["pre"] and not m["post"] and prev in (
            "will", "would", "could", "might", "may", "can", "should", "he", "she", "they", "we",
            "i", "you", "it", "must"):
        return "DATE", "FUTURE_REF", "ref"  # "<subject or modal> one day <verb>": some day ahead
    if num_s in ("a", "an") and not m["pre"] and not m["post"]:
        if prev in ("twice", "once", "times"):
            return "SET", f"P{'T' if is_time else ''}1{letter}", "set"  # "twice a week": a frequency
        if prev and (prev[0] in "$£€" or prev[-1].isdigit() or prev[-1] == "%" or prev in (
                "percent", "%", "cents", "dollars", "million", "billion")) or rate_before(
                    text, m.start("t"), m.end("t")):
            # "$500 million a year", "358,000 a month", "$55 a night": a rate, no time of its own (TimeBank
            # leaves 5 of its 6 untagged)
            return None
    if n == 0.5 and low(m["post"]) in ("ago", "in the past", "back", "from now", "hence"):
        return "DATE", "PAST_REF" if _AGO[low(m["post"])] < 0 else "FUTURE_REF", "ref"
    if n == 0.5:
        # "half an hour" = PT30M, "half a century" = P50Y, "half a year" = P6M
        halves = {("Y", False): "P6M", ("M", False): "P15D", ("W", False): "P3DT12H",
                  ("D", False): "PT12H", ("H", True): "PT30M", ("M", True): "PT30S"}
        if mult > 1:
            return "DURATION", f"P{mult // 2}Y", "duration"
        got = halves.get((letter, is_time))
        return ("DURATION", got, "duration") if got else None
    if n is not None and isinstance(n, float) and not n.is_integer() and letter not in ("Y", "M", "D", "H", "S"):
        return None
    half = bool(m["frac"] or m["half2"])
    post = low(m["post"])
    pre = low(m["pre"])
    if unit_w == "weekend":
        return "DURATION", f"P{'X' if n is None else int(n) * 2}D", "duration"
    if n is not None and half and isinstance(n, int):
        # ISO 8601 has no fractions here: "2 1/2 years" = P2Y6M, "a minute and a half" = PT1M30S
        sub = {("Y", False): "6M", ("M", False): "15D", ("D", False): "T12H", ("W", False): "3DT12H",
               ("H", True): "30M", ("M", True): "30S"}.get((letter, is_time))
        if sub and mult == 1:
            return "DURATION", f"P{'T' if is_time else ''}{n}{letter}{sub}", "duration"
    if post and n is not None and n > 1 and not unit_w.endswith("s") and not m["sep"].startswith("-") \
            and not low(m["unit"]).endswith("s"):
        n = None  # "a couple of decade ago": ungrammatical, trust only the direction
    if post == "later" or (post in ("earlier", "before") and letter != "Y"):
        # anchored on the narrative time, not the dct: keep the length only
        qty = "X" if n is None else str(int(n * mult))
        return "DURATION", f"P{'T' if is_time else ''}{qty}{letter}", "duration"
    if post and post in _AGO and n is not None:
        sign = _AGO[post]
        k = int(n) * mult * sign
        if letter == "Y" and mult == 10 and dct is not None:
            return "DATE", f"{(dct.year + k) // 10:03d}", "decade"
        if letter == "Y" and mult == 100 and dct is not None:
            return "DATE", f"{(dct.year + k) // 100:02d}", "century"
        if is_time:
            # "3 hours ago", "20 minutes ago": a time of the dct's day (or of the day that many hours back); the
            # dct holds no clock to read it to the hour
            return "DATE", shift_days(dct, sign * int(n * _HOURS[letter] // 24)), "day"
        unit_name = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}[letter]
        if unit_name == "year" and dct is not None and dct.year + k < 1:
            return "DATE", "PAST_REF", "ref"  # "3,000 years ago": before year 1, which no value holds
        if unit_name == "week":
            return "DATE", shift_days(dct, 7 * k), "day"  # "two weeks ago": that day
        v, g = shift_unit(dct, unit_name, k)
        if unit_name == "year" and post in ("earlier", "before", "ago"):
            q = None if ctx.about_longer_period(m.start("t")) else ctx.recent_quarter(m.start("t"))
            if q is not None and k == -1:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
            if k == -1 and not _opens_sentence(text, m.start("t")) and (
                    month := ctx.month_compared(m.start("t"))) is not None:
                # "Exports rose 10 percent in September from a year earlier": that month a year back
                return "DATE", f"{month[0] - 1:04d}-{month[1]:02d}", "month"
            opening = _opens_sentence(text, m.start("t"))
            if post != "ago" and (
                    opening or (post == "earlier" and ctx.tense(m.start("t"), m.end("t")) == "past")) and (
                    told := ctx.year_told_before(m.start("t"), 1 if opening else 0)) is not None:
                # "It was sold in 2009. A year earlier, it had nearly collapsed", "The ship sank in 2005; two years
                # earlier it had been refitted", "Revenue in 2010 rose from a year earlier": the narrative's year,
                # not the dct's. Inside a sentence, only a year it names, told in the past: "rose from a year
                # earlier" alone, or "Prices are up 8 percent from a year earlier", compares with now
                return "DATE", f"{told + k:04d}", "year"
        return "DATE", v, g
    if (not post and not pre and n is not None and isinstance(n, int) and letter in ("Y", "M", "W", "D")
            and not is_time  # (a minute's letter is a month's: "We'll be back in two minutes" is a length)
            and mult == 1 and prev == "in" and ctx.tense(m.start("t"), m.end("t")) == "future"
            and _SUPERLATIVE_BEFORE.search(text, max(0, m.start("t") - 64), m.start("t")) is None):
        # "will be redeemed in five years": a date that far from the dct; not "will be the busiest in six years",
        # the length of a record, as in the past ("its lowest level in six years")
        unit_name = {"Y": "year", "M": "month", "W": "week", "D": "day"}[letter]
        v, g = shift_unit(dct, unit_name, n)
        return "DATE", v, g
    if post and n is None:
        return "DATE", "PAST_REF" if _AGO.get(post, -1) < 0 else "FUTURE_REF", "ref"
    # synonym-substituted "last year" = "final/last 12 months" without an article or
    # possessive ("his final 12 months" is the end of a span) and not "... of" a span
    if pre in ("last", "final", "past") and unit_w == "month" and n == 12 and prev not in (
            "the", "over", "in", "during", "for", "within", "of", "past") and not after_determiner(
            text, m.start("t")) and next_word(text, m.end("t")).lower() != "of":
        return "DATE", shift_unit(dct, "year", -1)[0], "year"
    if n is None:
        qty = "X"
    else:
        total = n * mult + (0.5 if half else 0)
        qty = str(int(total)) if float(total).is_integer() else str(total)
    if letter == "Q":
        # "three-quarters of", "a quarter of the vote": fractions, not durations ("several quarters of losses"
        # counts no fraction)
        if (n is not None and next_word(text, m.end("t")).lower() == "of") or (
                m["sep"].startswith("-") and low(m["unit"]).endswith("s")) or num_s in ("a", "an"):
            return None
        return "DURATION", f"P{qty}Q", "duration"
    if letter == "Y" and n is not None and total >= 1000 and total % 1000 == 0:
        return "DURATION", f"P{int(total) // 1000}L", "duration"  # millennia, as TimeBank writes them
    return "DURATION", f"P{'T' if is_time else ''}{qty}{letter}", "duration"


@rule("bare_plural", reach=10, anchors={"years", "months", "weeks", "days", "decades", "centuries", "hours",
                "minutes", "quarters"},
      pattern=rf"""(?<![\w-])(?P<t>(?P<ctx>{_CONTEXT_BEFORE_BARE})\s+
    (?P<unit>(?i:years|months|weeks|days|decades|centuries|hours|minutes|quarters))
    (?:\s+(?P<ahead>(?i:ahead|to\s+come)))?)(?![\w'’-])""",
      # the rule's regex time over TBAQ: 2.1 ms without ``needs``, 0.8 with
      needs=rf"(?:{trie({'recent', 'coming', 'past', 'within', 'in', 'for', 'the', *_LENGTH_VERBS})})\s+"
            r"(?:years|months|weeks|days|decades|centuries|hours|minutes|quarters)")
def bare_plural(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    res = _bare_plural_value(m)
    c = low(m["ctx"])
    if c in _LENGTH_VERBS:
        if c == "last" and prev_word(ctx.text, m.start("t")) not in _LAST_AS_VERB_AFTER:
            return None  # "the last years of his life": the adjective, no verb
        c = "for"
    if res is not None and c in ("within", "in", "for"):
        end = m.end("unit") if low(m["ahead"]) == "to come" else m.end("t")
        return res[0], res[1], res[2], m.start("unit"), end  # "within [weeks]", "for [years] to come"
    if c.startswith("in") and c.endswith("the") and not m["ahead"]:
        return None  # "in the days before the vote": a stretch that an event bounds, not a length
    if res is not None and c.endswith("the") and not c.startswith("the"):
        return res[0], res[1], res[2], m.end("ctx") - len("the"), m.end("t")  # "over [the years]"
    return res


_VAGUE_VALUE = {"years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD", "decades": "PXDE",
                "centuries": "PXC", "hours": "PTXH", "minutes": "PTXM", "quarters": "PXQ"}
"""A plural unit's length with no count ("for years", "months of talks", "the first hours of")."""


def _bare_plural_value(m: re.Match[str]) -> Resolution | None:
    u = low(m["unit"])
    c = low(m["ctx"])
    if c in ("recent", "in recent") and u == "years":
        return "DATE", "PAST_REF", "ref"  # "in recent years": the recent past
    if c in ("past", "the past") and u in ("hours", "minutes"):
        return None
    return "DURATION", _VAGUE_VALUE[u], "duration"


_NOT_BEFORE_BARE = frozenset("""the a an these those this that its their his her our my your for in within over
    recent past coming next last few several many some numerous couple dozens hundreds thousands millions all both
    every each two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion more most or and to light dog""".split())
"""Words after which a plural unit is no bare length of its own: a count or a quantity ("two months ago", "65 million
years ago"), a determiner ("the days of the week"), the contexts ``bare_plural`` reads, a coordination whose first
length is the mention ("within weeks or months of his capture"), or a unit's other sense ("light years")."""
_OPENING_LOOK = 64
"""How far back ``bare_plural_of`` looks for what ends the text before it (a stop or a quote opens a sentence)."""
_COUNTED_OF_RE = re.compile(r"\b(?i:hundreds|thousands|millions|dozens|number|couple|matter)\s+of\s+$")
"""A count before "of" ("hundreds of years of", "a matter of days ago"): the unit is counted, not bare."""


@rule("bare_plural_of", reach=24, anchors={"years", "months", "weeks", "days", "decades", "hours", "minutes"},
      pattern=r"""(?<![\w'’$.,-])(?P<t>(?P<unit>(?i:years|months|weeks|days|decades|hours|minutes))
    (?:\s+(?P<ago>(?i:ago))|(?=\s+(?i:of)\s+(?!(?i:the\s+(?:week|month|year)|age)\b)[A-Za-z])))(?![\w'’-])""",
      needs=r"(?:years|months|weeks|days|decades)\s+(?:ago|of)|(?:hours|minutes)\s+ago")
def bare_plural_of(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A plural unit with no count, before "of" and what filled it ("ends months of talks", "the long days of
    waiting", "Years of war have ..."): a vague length, as TimeBank tags each it has; before "ago" ("a plan that
    just weeks ago was dead"), a time in the past, as "several months ago" is. Not after a count or
    a determiner ("six months of pay", "hundreds of years", "65 million years ago", "the days of the week"), nor
    as a name's word mid-sentence ("the soap Days of our Lives")."""
    text, start = ctx.text, m.start("t")
    if not m["ago"] and low(m["unit"]) in ("hours", "minutes"):
        return None  # "hours of talks": only "hours ago" and "minutes ago" are read ("arrested minutes ago")
    prev = prev_word(text, start)
    before = text[max(0, start - _OPENING_LOOK):start].rstrip()  # bounded: a copy of all before it made dense
    if not before and start > _OPENING_LOOK:  # text quadratic ("years of war years of war ...")
        before = text[:start].rstrip()
    opening = not before or before[-1] in ".!?\"“"
    if not opening and (prev in _NOT_BEFORE_BARE or prev[:1].isdigit() or m["unit"][0].isupper()
                        or _COUNTED_OF_RE.search(text, max(0, start - 24), start)):
        return None
    if m["ago"]:
        return "DATE", "PAST_REF", "ref"
    return "DURATION", _VAGUE_VALUE[low(m["unit"])], "duration"


@rule("span_part", reach=4, anchors={"years", "months", "weeks", "days", "hours"},
      pattern=r"""(?<![\w-])(?P<t>(?i:the)\s+(?i:early|earliest|first|final|last|closing|opening)\s+
    (?P<unit>(?i:years|months|weeks|days|hours)))(?=\s*[,.;:]|\s+(?i:of)\b)""",
      needs=r"(?:early|earliest|first|final|last|closing|opening)\s+(?:years|months|weeks|days|hours)")
def span_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The first or last stretch of something, with no count: "the first hours of the strike", "in its early
    years, it grew": a vague length. Not where an event bounds it ("in the first days after the
    vote"), which TimeBank leaves untagged."""
    return "DURATION", _VAGUE_VALUE[low(m["unit"])], "duration"


@rule("vague_length", reach=4, anchors={"while", "time"},
      pattern=r"""(?<=[Ff]or\s)(?P<t>(?i:a\s+while|some\s+time))(?![\w'’-])""")
def vague_length(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A length with no count, after "for": "for a while", "for some time" (TimeBank tags both it has)."""
    return "DURATION", "PXX", "duration"


_STAMP_DAYS = {"h": 1 / 24, "hr": 1 / 24, "hrs": 1 / 24, "m": 1 / 1440, "min": 1 / 1440, "mins": 1 / 1440, "d": 1}
"""A short unit's length in days."""


@rule("stamp_ago", reach=4, anchors={"ago"},
      pattern=r"""(?<![\w.,$£€-])(?P<t>(?P<n>\d{1,3})\s?(?P<u>[hmd]|hrs?|mins?)\s+(?i:ago))(?![\w'’-])""")
def stamp_ago(m: re.Match[str], ctx: Context) -> Resolution:
    """A post's or a live blog's stamp with a short unit, "2h ago", "45m ago", "3d ago": the day that many hours,
    minutes or days before the dct (its clock unknown, the day it falls on). ("2 hrs ago" is the duration
    rule's.)"""
    return "DATE", shift_days(ctx.dct, -int(int(m["n"]) * _STAMP_DAYS[m["u"]])), "day"
