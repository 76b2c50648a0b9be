"""Named periods: quarters and halves ("the third quarter", "Q3 2024", "H1"),
seasons, decades ("the 1990s", "the Nineties"), centuries and bare years.

Why together: each names one period of a fixed kind; a missing year comes
from the dct and the tense, and quarters feed the Context's quarter under
discussion.  The year rule also vetoes numbers that only look like years.
"""
from __future__ import annotations

import re

from .matchtext import low, next_word, prev_word
from .normalize import quarter_year, season_value, shift_days, shift_unit, two_digit_year
from .numbers import SPOKEN_YEAR, TENS, year_value
from .numbers import UNITS as NUM_UNITS
from .patterns import (DECADE_WORD, DECADE_WORDS, MONTHS, OF_NOT_A_YEAR_RE, ORDINAL_WORD,
                       ORDINALS, SEASON, SEASONS, SHORT_YEAR, YEAR)
from .rulebase import Context, Narrowed, Resolution, rule
from .timex import Granularity
from .zones import ZONE, ZONES

SEASON_WORDS = frozenset(SEASONS) | {"midsummer", "midwinter"}


@rule("quarter", reach=32, anchors={"quarter", "half"},
      pattern=rf"""(?P<t>(?:(?:(?i:the)\s+)?(?P<y0>{YEAR})(?:'s|’s)?\s+|(?P<yrel>(?i:this|last|next))\s+(?i:year)(?:'s|’s)\s+)?
    (?:(?i:the)\s+)?(?:(?i:comparable|corresponding|same)\s+)?(?:(?P<ago>(?i:year-ago|year-earlier|prior-year|year-before))\s+)?(?:(?i:fiscal|financial|calendar)\s+)?
    (?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+(?:(?i:fiscal|calendar)\s+)?
    (?P<unit>(?i:quarter|half))(?![\w])
    (?:(?:\s+(?i:of|in|for)(?:\s+(?i:fiscal|calendar|the\s+fiscal\s+year))?|,)?\s+(?:(?P<y1>{YEAR})|(?P<yrel2>(?i:this|last|next))\s+(?i:year)))?)""")
def quarter(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    if (m["y0"] is None and m["y1"] is None and m["yrel"] is None and m["yrel2"] is None
            and OF_NOT_A_YEAR_RE.match(ctx.text, m.end("t"))):
        return None  # "the final quarter of the game", "the first half of the century"
    if (m["y0"] is None and m["y1"] is None and m["yrel"] is None and m["yrel2"] is None and m["ago"] is None
            and not _OF_THE_YEAR.match(ctx.text, m.end("t"))):
        around = ctx.sentence_around(m.start("t"), m.end("t"))
        if SPORT_WORDS.search(around) and not _ACCOUNTS_WORDS.search(around):
            return None  # "He scored twice in the first half", "led 21-7 in the second quarter": a match's part
    res = _quarter_value(m, ctx)
    t_start = m.start("t")
    if (res is not None and m["y0"] is None and m["yrel"] is None
            and "-" in ctx.text[m.end("ord"):m.start("unit")] and low(m["t"]).startswith("the ")):
        # "the third-quarter results": the article belongs to the noun the
        # adjectival quarter modifies, as with "the two-week trip" (TimeML)
        start = _WS_AFTER_THE_RE.match(ctx.text, t_start + 3)
        return res[0], res[1], res[2], start.end() if start else t_start, m.end("t")
    return res


_WS_AFTER_THE_RE = re.compile(r"\s+")
_OF_THE_YEAR = re.compile(r"\s+of\s+the\s+year\b")
SPORT_WORDS = re.compile(r"\b(?i:touchdowns?|innings?|half-?time|strikers?|goalkeepers?|referees?|quarterbacks?"
                          r"|rebounds|free\s+throws?|kick-?off|the\s+match|the\s+visitors|the\s+hosts"
                          r"|(?:equalising|equalizing|winning|opening|own|late|two|three|four|\d)\s+goals?"
                          r"|equali[sz](?:ed|er|es|ing)|penalt(?:y|ies)|hat-tricks?|headers?|three-pointers?"
                          r"|field\s+goals?|free\s+kicks?|wickets?|scoreless|trail(?:ed|ing)\s+by|rallied"
                          r"|(?:doubled|extended)\s+(?:the|their|his|her|its)\s+lead|\d+\s+points"
                          r"|the\s+game(?![\w'’-]|\s+(?i:maker|publisher|developer|studio|industry|console))"
                          r"|scor(?:ed|es|ing)\s+(?:twice|once|again|(?:a|his|her|their)\s+(?:first\s+|second\s+)?"
                          r"(?:goal|try|touchdown|penalty|hat-trick|header|brace)|\d+\s+points))\b|\b\d{1,3}-\d{1,3}\b")
"""Words of a match near "the first half" or "the second quarter": the match's part, no part of a year."""
_ACCOUNTS_WORDS = re.compile(r"%|\b(?i:profits?|earnings|revenues?|sales|results|shares|stocks?|econom(?:y|ic)|gdp"
                             r"|growth|fiscal|percent|per\s+cent|quarterly|dividends?|output|inflation|loss(?:es)?"
                             r"|net|income|deliveries|orders|prices|bookings|turnover)\b")


_MONTHS_PART: dict[tuple[str, str], tuple[str, Granularity]] = {
    ("first", "three"): ("Q1", "quarter"), ("last", "three"): ("Q4", "quarter"),
    ("first", "six"): ("H1", "half"), ("last", "six"): ("H2", "half")}
"""The part of a year its first or last three or six months are, as TimeML writes it."""


@rule("months_of_year", reach=24, anchors={"months", "quarters"},
      pattern=rf"""(?P<t>(?i:the)\s+(?P<end>(?i:first|last|final))\s+
    (?:(?P<n>(?i:three|six|3|6))\s+(?i:months)|(?P<two>(?i:two))\s+(?i:quarters))\s+(?i:of)\s+
    (?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next|the))\s+(?i:year))(?![\w'\u2019-]))""",
      needs=r"(?:first|last|final)\s+(?:three|six|3|6|two)\s+(?:months|quarters)\s+of")
def months_of_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The first or last three or six months of a year: its first or last quarter or half ("jobs
    vanished in the last three months of 2008" is 2008-Q4), not a length of three months; its first
    or last two quarters are its half ("the first two quarters of 1990" is 1990-H1)."""
    end = "last" if low(m["end"]) == "final" else low(m["end"])
    count = "six" if m["two"] else {"3": "three", "6": "six"}.get(m["n"], low(m["n"]))
    part, unit = _MONTHS_PART[(end, count)]
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct is None:
        return None
    else:
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1, "the": 0}[low(m["rel"])]
    return "DATE", f"{year:04d}-{part}", unit


def _quarter_value(m: re.Match[str], ctx: Context) -> Resolution | None:
    ordw = low(m["ord"])
    unit = low(m["unit"])
    n = ORDINALS.get(ordw, 4)
    if unit == "half":
        n = 2 if ordw in ("final", "last", "second", "2nd") else 1 if ordw in ("first", "1st") else 0
        if n == 0:
            return None
    year_s = m["y0"] or m["y1"]
    yrel = low(m["yrel"] or m["yrel2"])
    dct = ctx.dct
    if ordw == "last" and not (year_s or yrel):
        v, g = shift_unit(dct, "quarter" if unit == "quarter" else "half", -1)
        return "DATE", v, g  # "the last quarter": the previous one
    if year_s:
        year: int | None = int(year_s)
    elif yrel:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[yrel] if dct else None
    elif m["ago"] and unit == "quarter":
        q = ctx.recent_quarter(m.start("t"))
        year = q[0] - 1 if q is not None else quarter_year(dct, n, "past")
        if q is None and year is not None:
            year -= 1
        return "DATE", f"{year:04d}-Q{n}" if year is not None else f"XXXX-Q{n}", "quarter"
    elif unit == "quarter":
        year = _quarter_year(ctx, n, m)
    else:
        year = dct.year if dct else None
        if dct is not None and n == 2 and dct.month <= 6 and ctx.tense(m.start("t"), m.end("t")) == "past":
            year = dct.year - 1  # "Profit fell in the second half", said in March: the half gone, last year's
    ys = f"{year:04d}" if year is not None else "XXXX"
    if unit == "half":
        return "DATE", f"{ys}-H{n}", "half"
    if year is not None and "fiscal" not in low(m["t"]):
        ctx.set_quarter(year, n, m.end("t"))  # fiscal quarters: calendar identity unknown
    return "DATE", f"{ys}-Q{n}", "quarter"


_REPORTED_BEFORE = re.compile(r"\b(?i:reports?|reporting|posts?|posting|announces?|announcing|releases?|releasing"
                              r"|unveils?|publish(?:es)?)\s+(?:(?i:its|their|the)\s+)?$")
_RESULTS_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?i:net|operating|pre-tax|pretax|financial)\s+)?"
                            r"(?i:results|earnings|profits?|loss(?:es)?|revenues?|sales|figures|numbers)\b")
"""A quarter's results reported ("will report fourth-quarter results on Thursday", "posts its first-quarter
earnings"): reports are of a quarter that is over, whatever the tense of the report (said in February, the fourth
quarter is last year's)."""


def _quarter_year(ctx: Context, n: int, m: re.Match[str]) -> int | None:
    """The year of quarter ``n`` named without one, by the tense of its clause where that decides; a quarter whose
    results are reported is over (``_RESULTS_AFTER``)."""
    dct = ctx.dct
    if not ctx.tense_decides(lambda t: quarter_year(dct, n, t)):
        return quarter_year(dct, n, "present")
    if (_REPORTED_BEFORE.search(ctx.text, max(0, m.start("t") - 24), m.start("t"))
            and _RESULTS_AFTER.match(ctx.text, m.end("t"))):
        return quarter_year(dct, n, "past")
    return quarter_year(dct, n, ctx.tense(m.start("t"), m.end("t")))


@rule("quarter_code", reach=12, digits=True,
      pattern=rf"""(?<![\w-])(?P<t>(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12]))(?:\s*(?P<y>{YEAR}|'\d\d))?)(?![\w-])""")
def quarter_code(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["h"]:
        if not m["y"]:
            return None  # "H1" alone is too ambiguous (a hormone, a visa, a group)
        y_s = m["y"]
        hy = int(y_s[1:]) + 2000 if y_s.startswith("'") else int(y_s)
        return "DATE", f"{hy:04d}-H{m['h']}", "half"
    n = int(m["q1"] or m["q2"])
    y_s = m["y"]
    if y_s:
        year: int | None = int(y_s[1:]) + 2000 if y_s.startswith("'") else int(y_s)
    else:
        year = _quarter_year(ctx, n, m)
    if year is None:
        return "DATE", f"XXXX-Q{n}", "quarter"
    ctx.last_quarter = (year, n)
    ctx.last_quarter_pos = m.end("t")
    return "DATE", f"{year:04d}-Q{n}", "quarter"


@rule("season", reach=32, anchors=SEASON_WORDS,
      pattern=rf"""(?P<t>(?:(?P<pre>(?i:early|late|mid))[\s-]+|(?P<mid>(?i:mid))(?=(?i:summer|winter)))?
    (?:(?P<rel>(?i:last|this|next|past|coming|the\s+following|the\s+next|the\s+same|that|the|this\s+past
      |this\s+coming))\s+)?
    (?P<s>{SEASON})(?![\w-])(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR}))?)""")
def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    s = SEASONS[m["s"].lower()]
    rel = low(m["rel"])
    rel = {"this past": "recent", "this coming": "next"}.get(rel, rel)
    if m["y"]:
        year = year_value(m["y"]) or 0
        ctx.note_year(year, m.end("t"))  # "In the autumn of 2008 ... By the following spring": 2009's
        ctx.last_month = (year, _SEASON_START_MONTH[s])
        ctx.last_month_end = m.end("t")
        return "DATE", f"{year:04d}-{s}", "season"
    if rel in ("the following", "the next", "that", "the same"):
        told = _season_told_after(ctx, m.start("t"), s, rel)
        if told is not None:
            return "DATE", told, "season"
        if rel != "the next" or ctx.tense(m.start("t"), m.end("t"), True) == "past":
            return None  # "that winter", "the following spring" with no year named shortly before: no year to give
        rel = "next"
    if (m["mid"] or m["s"])[0].isupper() and next_word(ctx.text, m.end("t"))[:1].isupper():
        return None  # a name: "the Spring River", "the Winter Olympics", "the Autumn Statement"
    if not rel and not m["pre"]:
        prev = prev_word(ctx.text, m.start("t"))
        if not m["mid"] and (prev not in ("in", "during", "since", "until", "by", "through", "over", "before", "after")
                             or m["s"].lower() == "fall"):
            return None  # (but "midsummer", one word, is the season's middle wherever it stands)
        if prev in ("in", "during") and ctx.tense(m.start("t"), m.end("t"), True) == "present":
            # "the virus stays airborne longer in winter", "Iceland gets five hours of light a day in
            # winter": a season without an article in the present tense is any year's
            return "DATE", f"XXXX-{s}", "season"
    tense = None
    if rel == "the":
        nxt = next_word(ctx.text, m.end("t")).lower()
        if nxt in ("of",):
            return None
        if m["s"].lower() == "fall" and not m["pre"]:
            # "the fall" is as often a drop or a tumble ("the fall in prices", "injured in the fall"); told
            # ahead after "in" or "by" it is the season ("The school will open in the fall")
            if prev_word(ctx.text, m.start("t")) not in ("in", "by", "until", "during") or nxt in (
                    "from", "in", "on", "to", "into", "off"):
                return None
            tense = ctx.tense(m.start("t"), m.end("t"), True)
            if tense != "future":
                return None
    if tense is None:
        tense = ctx.tense(m.start("t"), m.end("t"), True)
    return "DATE", season_value(ctx.dct, s, rel, tense), "season"


_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_told_after(ctx: Context, pos: int, season: str, rel: str) -> str | None:
    """The season "that" names, or the one after ("the following spring", "the next summer"), counted from the year
    named shortly before ``pos`` and its month if one was named with it ("The dam burst in April 1928. The following
    spring, ..." is 1929's), as "the following year" counts; None with no year named."""
    if ctx.last_year is None or not ctx.named_within(ctx.last_year_end, pos):
        return None
    year = ctx.last_year
    if rel in ("that", "the same"):
        return f"{year:04d}-{season}"
    month = ctx.last_month[1] if ctx.last_month is not None and ctx.last_month[0] == year else 12
    return f"{year + (_SEASON_START_MONTH[season] <= month):04d}-{season}"


_POSSESSIVE = {"his", "her", "their", "my", "your", "our", "its", "mid", "early", "late"}


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words either side of ``text[start:end]`` on its line, where there are any, are in capitals
    ("MUSIC OF THE 1960S RETURNS")."""
    before = text[max(0, start - 24):start].split("\n")[-1].split()
    after = text[end:end + 24].split("\n")[0].split()
    return all(words[k].isupper() for words, k in ((before, -1), (after, 0)) if words)


@rule("decade", reach=4, anchors=DECADE_WORDS, digits=True,
      pattern=rf"""(?<![\w$£€-])(?P<t>(?:(?P<the>(?i:the))\s+)?(?:(?P<pre>(?i:early|late|mid))[\s-]+)?
    (?:(?P<d4>1\d{{2}}0|20[0-9]0|2100)(?:'s|’s|s|S)
      |(?P<ap>['’])(?P<d2>\d0)s
      |(?P<d2b>[1-9]0)s
      |(?P<dw>{DECADE_WORD})))(?![\w'’-])""")
def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    dct = ctx.dct
    prev = prev_word(ctx.text, m.start("t"))
    if m["d4"]:
        d4 = m["d4"]
        if m["t"].endswith("S") and not _in_capitals(ctx.text, m.start("t"), m.end("t")):
            return None  # a capital S outside a line in capitals is a model's ("the HP 1200S printer")
        if not m["the"] and not m["pre"] and m["t"][-2] in "'’":
            return "DATE", d4, "year"  # "1990's recession": a possessive year
        if d4.endswith("00") and d4 != "2000":
            return "DATE", d4[:2], "century"
        return "DATE", d4[:3], "decade"
    two = m["d2"] or m["d2b"]
    if two is not None:
        if m["d2b"] and not m["the"]:
            return None
        if prev in _POSSESSIVE and not m["the"] and not m["pre"]:
            return None
        if m["the"] is None and not m["ap"]:
            return None
        k = int(two) // 10
    else:
        if not m["the"] and not m["dw"][0].isupper():
            return None
        if prev in _POSSESSIVE or (m["pre"] and not m["the"]):
            return None
        k = DECADE_WORDS[m["dw"].lower()]
    if dct is not None:
        cen = dct.year // 100
        if cen * 100 + k * 10 > dct.year:
            cen -= 1
    else:
        cen = 19
    return "DATE", f"{cen:02d}{k}", "decade"


_SHORT_YEAR_AFTER = frozenset({"in", "of", "since", "from", "until", "till", "by", "during", "through", "and", "to",
                               "between", "spring", "summer", "fall", "autumn", "winter"}) | frozenset(MONTHS)
"""Before a year written with an apostrophe and two digits, the words that make it a year ("a hit in '94", "the
summer of '69", "from '98 to '02", "June '94"); after another word it is a name's ("Woodstock '69") or a quote."""


_QUOTED_TITLE = re.compile(r"\s+[A-Z0-9][^'\u2019\"\n]{0,40}['\u2019](?![a-z])")
"""After "'30", capitalized words and a closing quote: a title in quotes that opens on a number."""


@rule("short_year", reach=4, digits=True,
      pattern=rf"(?<![\w'\u2019])(?P<t>{SHORT_YEAR})")
def short_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A year written with an apostrophe and its last two digits ("The song was a hit in '94"), after a word that
    makes it one (``_SHORT_YEAR_AFTER``); not where it opens a title in quotes (``_QUOTED_TITLE``: "stars in '30
    Rock'", "Speaking to '60 Minutes'")."""
    if prev_word(ctx.text, m.start("t")) not in _SHORT_YEAR_AFTER or _QUOTED_TITLE.match(ctx.text, m.end("t")):
        return None
    year = two_digit_year(int(m["yy"]), ctx.dct)
    ctx.note_year(year, m.end("t"))
    return "DATE", f"{year:04d}", "year"


@rule("century", reach=2, anchors={"century"},
      pattern=rf"""(?P<t>(?:(?i:the)\s+)?(?:(?P<pre>(?i:early|late|mid))[\s-]+)?
    (?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{ORDINAL_WORD})))[\s-]+(?i:century)(?![\w]))""")
def century(m: re.Match[str], ctx: Context) -> Resolution | None:
    n = int(m["n"]) if m["n"] else ORDINALS.get(low(m["w"]).replace(" ", "-"), 0)
    if not 1 <= n <= 22:
        return None
    return "DATE", f"{n - 1:02d}", "century"


_COUNT_NOUNS = {
    "people", "persons", "shares", "votes", "units", "cars", "jobs", "workers", "troops",
    "soldiers", "students", "children", "men", "women", "homes", "houses", "tons", "tonnes",
    "points", "miles", "kilometers", "km", "meters", "feet", "acres", "barrels", "dollars",
    "euros", "pounds", "yen", "yuan", "rubles", "cases", "deaths", "victims", "members",
    "employees", "residents", "refugees", "vehicles", "passengers", "copies", "pages",
    "calories", "words", "items", "times", "percent", "per", "plus", "hours", "minutes",
    "degrees", "metres", "kilometres", "mph", "yards", "stores", "companies", "patients",
    "others", "officers", "seats", "households", "customers", "flights", "planes", "guns",
}
_QUANT_BEFORE = {"than", "about", "nearly", "approximately", "around", "roughly", "some",
                 "almost", "least", "over", "under", "only", "just", "total", "to", "no.", "#",
                 "number", "page", "room", "route", "flight", "highway", "article", "section"}
_PREV_CASED_RE = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)\s$")
"""A capitalized word right before a year, not one that opens a sentence or what a colon introduces ("Q: Was 2020 the
worst year?", an outside review): a name's ("Windows 2000")."""
_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[.;:!?)]|,(?!\s*(?:1\d|20)\d\d)|$)"
                            r"|\s+(?i:at|on|in|for|to|from|and|after|before|with|despite|GMT|BST|ET)\b"
                            r"(?!\s+(?:1\d|20)\d\d)")
"""After "at" and four digits, no noun the number qualifies ("at 1999 prices" is a year's) and no list of years ("highs
at 2000, 2005 and 2010")."""
_YEAR_PREP = {"in", "since", "of", "by", "until", "till", "from", "to", "through", "during",
              "before", "after", "for", "early", "late", "mid", "fiscal", "year", "and", "or",
              "between", "around", "summer", "spring", "winter", "fall", "autumn", "circa",
              "c.", "ca.", "throughout", "the", "as", "at", "on", "into"}


#: Time zones and measure units: a four-digit number before one is a clock
#: time ("1520 GMT") or a quantity ("1200 ft"), never a year.
_TIME_ZONES = {zone.lower() for zone in ZONES}
_ZONE_RE = re.compile(r"[ \t]*" + ZONE)
_UNITS_AFTER = _TIME_ZONES | {
    "hrs", "hours", "ft", "foot", "m", "km", "kms", "kg", "kgs", "lb", "lbs", "mi", "sq", "cu", "mw", "kw", "gw",
    "bpd", "cc", "ml", "mm", "cm", "kilograms", "grams", "litres", "liters", "gallons", "inches",
    "bushels", "hectares", "megawatts", "tonnes", "tons", "ounces", "square", "cubic",
    "rpm", "kph", "knots", "strong"}
#: Words after which a four-digit number before a plural noun is still a year:
#: time prepositions, determiners and possessives ("in 2010 voters chose",
#: "the 1992 protests", "its 2023 results").
_YEAR_KEEP = {"in", "since", "by", "until", "till", "through", "throughout", "during", "before",
              "after", "circa", "c.", "ca.", "early", "late", "mid", "fiscal", "year", "summer",
              "spring", "winter", "fall", "autumn", "the", "its", "his", "her", "their", "our",
              "my", "your", "this", "that", "whose"}
#: Plural nouns a year commonly modifies ("1990 levels", "the 2020 elections").
_YEAR_MODIFIED = {
    "levels", "figures", "results", "elections", "earnings", "sales", "prices", "rates",
    "standards", "accounts", "polls", "primaries", "midterms", "games", "olympics", "protests",
    "attacks", "bombings", "riots", "talks", "accords", "negotiations", "championships",
    "finals", "playoffs", "budgets", "forecasts", "estimates", "statistics", "returns",
    "profits", "losses", "revenues", "models", "editions", "events", "floods", "reforms",
    "guidelines", "rules", "laws", "agreements", "contracts", "taxes",
    "numbers", "totals", "targets", "goals", "plans", "ratings", "rankings", "awards"}
#: -s words that are no plural noun (function words, "news", "series").
_NOT_PLURAL = {"was", "has", "is", "as", "this", "its", "his", "hers", "ours", "yours", "theirs",
               "always", "perhaps", "less", "unless", "across", "towards", "afterwards", "besides",
               "whereas", "thus", "does", "goes", "news", "series", "species", "means"}
#: After "<number> <-s word>", a determiner shows the -s word is a verb ("2024 marks the end").
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these",
                "those", "no", "another", "my", "your"}
_WORDS_AFTER_RE = re.compile(r"[ \t]+([A-Za-z][\w'’.-]*)(?:[ \t]+([A-Za-z][\w'’-]*))?"
                             r"(?:[ \t]+([A-Za-z][\w'’-]*))?")
#: "between 1000 and 2000 <noun>", "from 1000 to 2000 <noun>": both ends of a count.
_RANGE_AFTER_RE = re.compile(r"[ \t]+(?:and|to)[ \t]+\d[\d,]*(?=[ \t])")
_RANGE_BEFORE_RE = re.compile(r"(?i:between|from)[ \t]+\d[\d,]*[ \t]+(?:and|to)[ \t]+$")


def _plural(w: str) -> bool:
    """Whether a lower-case word looks like a plural noun (an -s word, not a
    function word, nor a mass noun in -ics such as "politics")."""
    return (len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics", "'s", "’s"))
            and w not in _NOT_PLURAL and w[:-1] not in MONTHS)


def _counts_things(text: str, start: int, end: int, prev: str) -> bool:
    """Whether the four-digit number text[start:end] counts the plural noun
    after it ("interviewed 2028 British adults", "1500 troops").

    A year can modify a plural noun too ("the 2020 elections", "in 2010 voters
    chose"), so the count reading needs a plural head right after the number
    (or after one capitalised adjective), no time preposition, determiner or
    possessive before the number, not the start of a sentence, and a noun that
    years seldom modify.  An -s word followed by a determiner is a verb
    ("2024 marks the end").
    """
    if not prev or prev.endswith(".") or prev in _YEAR_KEEP or text[start - 1:start] == "-":
        return False  # "post-1959 politics": a prefix makes it a year
    m = _WORDS_AFTER_RE.match(text, end, end + 60)
    if m is None:
        return False
    w1, w2, w3 = m.group(1).rstrip("."), m.group(2) or "", m.group(3) or ""
    if w1.islower() and _plural(w1):
        head, after = w1, w2
    elif w1[:1].isupper() and w2.islower() and _plural(w2):
        head, after = w2, w3  # "2028 British adults"
    else:
        return False
    return head not in _YEAR_MODIFIED and after.lower() not in _DETERMINERS


def _in_count_range(text: str, start: int, end: int, prev: str) -> bool:
    """Whether the number is an end of a range of counts: "between 1000 and
    2000 people", "from 1000 to 2000 troops" (a plural noun after the range)."""
    if prev in ("between", "from"):
        r = _RANGE_AFTER_RE.match(text, end, end + 40)
        if r is None:
            return False
        end = r.end()
    elif prev not in ("and", "to") or not _RANGE_BEFORE_RE.search(text, max(0, start - 40), start):
        return False
    m = _WORDS_AFTER_RE.match(text, end, end + 60)
    if m is None:
        return False
    w1, w2 = m.group(1).rstrip(".").lower(), (m.group(2) or "")
    return (w1 in _COUNT_NOUNS or w1 in _UNITS_AFTER or _plural(w1)
            or (m.group(1)[:1].isupper() and w2.islower() and _plural(w2)))


@rule("year", reach=16, digits=True,
      pattern=rf"""(?P<t>(?:(?=(?i:[tebsmcfl]))(?P<pre>(?i:(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half)\s+of|early|late|mid|end(?=-\d)|fiscal|calendar|the\s+year|model\s+year|the(?=\s+\d{{4}}\s+(?:period|quarter)\b))|FY)[\s-]*)?
    (?P<y>{YEAR})(?:['’]s)?(?:\s+(?P<per>(?i:period|quarter))(?![\w]))?)(?![\w'’-])""",
      needs=r"(?:1\d\d\d|20\d\d|21\d\d)(?![\d%]|[.,:/-]\d)")  # the digits of YEAR
def year(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    text = ctx.text
    y = int(m["y"])
    pre = low(m["pre"])
    nxt = next_word(text, m.end("t")).lower()
    prev = prev_word(text, m.start("t"))
    if not pre:
        zone = _ZONE_RE.match(text, m.end("t")) if nxt in _TIME_ZONES else None
        if zone is not None and y % 100 < 60 and y // 100 < 24:
            # a 24-hour clock time ("at 1520 GMT"): on the date written right before it,
            # else on the dct; the span takes in the zone, as with "15:20 GMT"
            day = ctx.day_before(m.start("t")) or shift_days(ctx.dct, 0)
            return "TIME", f"{day}T{y // 100:02d}:{y % 100:02d}", "time", m.start("t"), zone.end()
        if ((nxt in _COUNT_NOUNS or nxt in _UNITS_AFTER) and not text.startswith(",", m.end("t"))) or (
                prev in _QUANT_BEFORE and prev not in _YEAR_PREP):
            return None  # "1989 troops", "2000 miles" count; "In 1989, troops cleared the square" does not
        s, e = m.span("t")
        if _counts_things(text, s, e, prev) or _in_count_range(text, s, e, prev):
            return None  # "interviewed 2028 British adults", "between 1000 and 2000 people"
        if prev == "at" and _NOTHING_COUNTED_AFTER.match(text, m.end("t")):
            return None  # "Gold settled at 1945.", "Kick-off is at 1945 at the stadium": a price or a clock, no year
        if y < 1600 and (prev not in _YEAR_PREP or prev == "at"):
            return None  # (after "at", four digits before 1600 are a timetable's clock: "arrives in Calais at 1045")
        if text[s - 1:s] == "(" and _CLOCK_BEFORE_ASIDE.search(text, max(0, s - 24), s):
            return None  # "(Updated 2:56 p.m. (2156 in Egypt))": the clock elsewhere, no year
        after = text[m.end("t"):m.end("t") + 3]
        if after[:1] in ("%",) or text[max(0, m.start("t") - 1):m.start("t")] in ("$", "#"):
            return None
        pw = _PREV_CASED_RE.search(text, max(0, m.start("t") - 24), m.start("t"))
        if pw and pw.group(1).lower() not in _YEAR_PREP and pw.group(1).lower() not in MONTHS:
            return None  # a name with a number: "Orion 1980", "Windows 2000", "Vision 2030"
    if m["per"]:
        q = ctx.recent_quarter(m.start("t"))
        if q is not None:
            return "DATE", f"{y:04d}-Q{q[1]}", "quarter"
    ctx.note_year(y, m.end("t"))
    return "DATE", f"{y:04d}", "year"


_CLOCK_BEFORE_ASIDE = re.compile(r"(?:(?i:[ap]\.?m\.?)|\b[A-Z]{2,4}|\d[:.]\d\d|(?i:local\s+time))\s*\($")
"""A clock before an aside in brackets: four digits in it are the same time elsewhere, no year."""
_Y_TENS = r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_Y_UNITS = r"(?i:one|two|three|four|five|six|seven|eight|nine)"


@rule("year_words", reach=16, anchors={"nineteen", "eighteen", "twenty", "thousand"},
      pattern=rf"""(?P<t>(?:(?i:the\s+year)\s+)?(?:(?P<c>(?i:nineteen|eighteen|twenty))[\s-]+(?P<tens>{_Y_TENS})(?:[\s-](?P<u>{_Y_UNITS}))?
    |(?P<yr>(?i:the\s+year))\s+(?i:two\s+thousand)(?:\s+(?i:and\s+)?(?P<u2>{_Y_UNITS}))?))(?![\w-])""")
def year_in_words(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["c"]:
        c = {"nineteen": 19, "eighteen": 18, "twenty": 20}[m["c"].lower()]
        if c == 20 and "year" not in low(m["t"]):
            return None
        y = c * 100 + TENS[m["tens"].lower()] + (NUM_UNITS[m["u"].lower()] if m["u"] else 0)
    else:
        y = 2000 + (NUM_UNITS[m["u2"].lower()] if m["u2"] else 0)
    return "DATE", f"{y:04d}", "year"


_RANGE_SPAN = 10
"""The most years a range written "2009-10" spans: a season, a fiscal year, a term, a census decade."""
_IDENTIFIER_BEFORE = re.compile(r"(?:\b(?:Regulation|Directive|Decision|Resolution|Order|No\.?|[Cc]ase|[Rr]ef\.?"
                                r"|[Ff]ile)|\((?:EU|EC|EEC)\))\s*$")
"""Before a slashed pair of years, a document's kind: the pair is its number ("Regulation (EU) 2019/20")."""
_AFTER_RANGE = r"(?![\w'’%-]|[.,]\d)"
"""What may not follow a range's second year: a word, a dash (an ISO date "2009-10-05"), a decimal."""


def _range_years(first: str, second: str, sep: str = "-") -> tuple[int, int] | None:
    """The two years of "2009-2010" or "1957-58" (the second completed from the first), or None when
    the second is not a later year within ``_RANGE_SPAN`` (a phone number, a score, "1999-2345"). With a slash
    ("2018/19", the British habit for an academic, financial or football season) only the next year."""
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else y1 // 100 * 100 + int(second)
    if len(second) == 2 and y2 <= y1:
        y2 += 100  # "1999-00"
    return (y1, y2) if 0 < y2 - y1 <= (1 if sep == "/" else _RANGE_SPAN) else None


@rule("year_range", reach=8, digits=True,
      pattern=rf"""(?P<t>(?P<y1>(?:1[6-9]|20)\d\d))(?=(?P<sep>[-\u2013/])(?P<y2>\d\d(?:\d\d)?){_AFTER_RANGE})""")
def year_range(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The first year of a range ("the [2009]-2010 season", "the [1957]-58 expedition", "the academic year
    [2018]/19"): TimeML tags a range's two ends as two dates, and ``year_range_end`` tags the second."""
    if m["sep"] == "/" and _IDENTIFIER_BEFORE.search(ctx.text, max(0, m.start("t") - 24), m.start("t")):
        return None  # a document's number: "Regulation (EU) 2019/20"
    years = _range_years(m["y1"], m["y2"], m["sep"])
    if years is None:
        return None
    return "DATE", f"{years[0]:04d}", "year"


@rule("year_range_end", reach=1, digits=True,
      pattern=rf"""(?<=(?P<y1>(?:1[6-9]|20)\d\d)(?P<sep>[-\u2013/]))(?P<t>\d\d(?:\d\d)?){_AFTER_RANGE}""")
def year_range_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The second year of a range ("the 2009-[10] season": 2010), completed from the first."""
    if m["sep"] == "/" and _IDENTIFIER_BEFORE.search(ctx.text, max(0, m.start("y1") - 24), m.start("y1")):
        return None
    years = _range_years(m["y1"], m["t"], m["sep"])
    if years is None:
        return None
    ctx.note_year(years[1], m.end("t"))
    return "DATE", f"{years[1]:04d}", "year"


_WEEK_NUMBER_BEFORE = frozenset({"in", "since", "until", "till", "by", "from", "to", "during", "for", "after",
                                 "before", "through"})
"""What stands before "week 32" when it is a week of the calendar ("peaked in week 22", "until week 14")."""
_WEEKS_OF_A_SPAN = re.compile(r"\b(?i:course|term|semester|module|class|pregnan\w*|gestation|season|programme|program"
                              r"|training|camp|diet|trial|tournament|league|series|show|division|playoffs?|clinch\w*"
                              r"|standings|nfl|wild\s+card)\b")
"""Words of a span counted in weeks of its own ("covers algebra in week 2 of the course"): no week of the year."""


@rule("week_number", reach=16, anchors={"week"},
      pattern=r"""(?<![\w-])(?P<t>(?i:week)\s+(?P<n>5[0-3]|[1-4]\d|[1-9])(?:\s+(?i:of)\s+(?P<y>(?:19|20)\d\d))?)
    (?![\w.,:]?\d|\s*[-\u2013/]|\s+(?i:of)\b)""",
      needs=r"week\s+\d")
def week_number(m: re.Match[str], ctx: Context) -> Resolution | None:
    """An ISO week by its number ("Orders placed in week 32", "Infections peaked in week 22"): of the dct's year,
    or the year before when told in the past of a week still ahead, the year after when told ahead of one gone.
    Only after a preposition of time, and not a week of something ("week 3 of the trial") nor of a season of sport
    ("in week 3 the Jets ...", a sport's word in the sentence)."""
    n, dct, before = int(m["n"]), ctx.dct, prev_word(ctx.text, m.start("t"))
    if before not in _WEEK_NUMBER_BEFORE or m["t"][0] == "W":
        return None  # (a capitalized "Week 16" after a preposition is a round of a season of sport)
    sentence = ctx.sentence_around(m.start("t"), m.end("t"))
    if not m["y"] and (SPORT_WORDS.search(sentence) or _WEEKS_OF_A_SPAN.search(sentence)):
        return None
    if m["y"]:
        return "DATE", f"{m['y']}-W{n:02d}", "week"  # "in week 5 of 2024"
    if dct is None:
        return "DATE", f"XXXX-W{n:02d}", "week"
    year, week = dct.isocalendar()[:2]
    tense = "future" if before in ("until", "till", "by") else ctx.tense(m.start("t"), m.end("t"), True)
    year += -1 if tense == "past" and n > week else 1 if tense == "future" and n < week else 0
    return "DATE", f"{year:04d}-W{n:02d}", "week"
