"""Text split into tokens reads as the text itself: "Haiti 's quake -LRB- Reuters -RRB-" -> "Haiti's quake (Reuters)".

Archives hold text that went through a tokenizer (Penn Treebank style:
brackets spelt -LRB-/-RRB-, a space before every comma, period and
clitic). Left as it is, a reader sees the spaces, and dates and datelines
split by them ("Feb 21 , 2011") are not what the rules were written for.
Every text goes through the same rewriting, which changes nothing in
ordinary text: only a space *before* closing punctuation or a clitic (or
the comma or the point inside a number), or after an opening bracket, is
removed; the bracket tokens are spelt as brackets; a slash or an asterisk
escaped with a backslash ("and\\/or") is the character alone; the pound
sign a tokenizer writes "#" before an amount ("#6m") is "\u00a3"; a backtick
that opens a quotation ("the ` top hat'", the tokenizer's spelling of an
opening single quote) is an apostrophe. A line break a sentence splitter
put inside a sentence (in a short bracket, "(BP.\\nL)"; before a comma; after
a title) is closed up. The result is never longer, so offsets stay within
the original.

It lives beside the sentence splitter, not in a stage: the extract stage
reads the text through it, and the read stage titles an untitled article from it.
"""
from __future__ import annotations

import re

from timeline.sentences import is_abbreviation
from timeline.temporal.patterns import TITLES

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET = re.compile(r"-[LR][RSC]B-")
_SPACE_BEFORE = re.compile(r"(?<=\S) +(?=(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't)(?:\s|$|[,.;:!?\"')\]]))", re.M)
_SPACED_DIGIT_GROUP = re.compile(r"(?<=\d) +(?=,\d{3}(?!\d)|\.\d)")
"""A space before the comma of a number's thousands or its decimal point ("50,000-100 ,000", "1.5-2 .5
million gallons", "$US19 .5 bn"): a tokenizer's split of a range or a number, never written so (a
list's comma has its space after it)."""
_SPACE_AFTER = re.compile(r"(?<=[(\[{$]) +(?=\S)")
_ESCAPED = re.compile(r"\\(?=[/*])")
"""The backslash a Penn Treebank tokenizer writes before a slash or an asterisk ("Washington\\/New York",
"1\\/26\\/11", "and\\/or", "\\* Trouble on oiled waters"): the character alone is what was written."""
_POUND = re.compile(r"#(?=\d[\d.,]*\s?(?:m|bn|k|(?:m|b|tr)illion)\b|\d{1,3}(?:,\d{3})+(?![\d,])|\d+\.\d\d(?![\d.]))")
"""A Penn Treebank tokenizer's pound sign, "#", before an amount ("#6m in aid", "$11.4bn (#7.6 bn)", "#400
million"), a sum in thousands ("raised more than #190,000") or pence ("#1.30 a litre"): the sign alone is what was
written; a number with no amount after it ("the #1 seed", "#490") stays."""
_BROKEN_BRACKET = re.compile(r"(\([^()\n]{0,40}?\.)\n(?=[A-Za-z]{1,4}\))")
"""A line break a sentence splitter put after a period inside a short bracket, before the word that closes
it: a ticker, "BP Plc (BP.\\nL) said", or an abbreviation, "(owned by the Wash.\\nPost)". Archives that
hold one sentence a line have them; read as they are, the bracket's halves were two sentences."""
_TICKER = re.compile(r"\([A-Za-z0-9]{1,8}\.")
_BROKEN_COMMA = re.compile(r"(?:\.\n|\n)(?=[,;] )")
"""A line break a sentence splitter put before a comma or a semicolon ("Rep. Barney Frank (D-Mass.)\\n,
chairman of ..."): no sentence starts with one."""
_BROKEN_TITLE = re.compile(r"(?:" + "|".join(sorted((*TITLES, "Ft"), key=len, reverse=True)) + r")\.\n(?=[A-Z])")
"""A line break a sentence splitter put after a title that comes before a name ("then-Sen.\\nTom Daschle",
"at Ft.\\nHood"): no sentence ends with one."""
_BROKEN_BEFORE_LOWER = re.compile(r"\.\)?\n(?=[a-z]{2,}\b)")
"""A line break a sentence splitter put after an abbreviation's period, before a word in lower case: "Sen.
John McCain (R-Ariz.)\nmakes a statement". No sentence opens in lower case after one (``_mend_lower``)."""
_BROKEN_DATELINE = re.compile(r"(?<=\()(?:[A-Z][\w.!]*[ \t]?){1,3}\)\n(?=(?:-{1,2}|[\u2013\u2014])[ \t]+[A-Z\"'\u201c\u2018])")
"""A line break a sentence splitter put inside a wire's dateline, between its bracket and its dash ("LONDON
(Reuters Life!)\n- More than two thousand students ..."): the dateline and its lead are one sentence, and
the dash no opening of one."""
_BROKEN_DOMAIN = re.compile(r"(?<=[A-Za-z0-9])\.\n(?=(?:com|org|gov|edu)\b|co\. ?[a-z]{2}\b)")
"""A line break a sentence splitter put inside a web address, after the point before its domain
("Photograph: guardian.\\nco. uk", "247Sports.\\ncom's top recruits"): "com", "org", "gov", "edu" and "co"
before a country's two letters never open a sentence."""
_BROKEN_INITIALS = re.compile(r"\.(?<![\w.][A-Z]\.)(?<=[A-Z]\.)\n(?=[A-Z]\.)")
"""A line break a sentence splitter put inside initials ("Coast Guard photo/U.\\nS. Navy", "the U.\\nN.
envoy"): a letter and its point, then a letter and its point, are one abbreviation. (The pattern opens
with the point, which the regex engine skips to: opening with its lookbehinds, it took 0.14 s of the
0.29 s that mending bpoil's 1,460 article openings took; this way 3 ms.)"""
_SPLIT_COUNTRY = re.compile(r"(?<=\.co\.) (?=[a-z]{2}\b)")
"""The space a tokenizer left after "co." in such an address ("guardian.co. uk")."""
_QUOTES = re.compile(r"``\s?|\s?''")
_OPEN_SINGLE = re.compile(r"(?<![`\w])`(?!`) ?(?=\w)")
"""A lone backtick before a word: an opening single quote ("a ` kick'" -> "a 'kick'")."""


def untokenize(text: str) -> str:
    """``text`` as it was written before a tokenizer spaced it out; ordinary text is returned unchanged."""
    text = mend_line_breaks(text)
    if "-" in text and _BRACKET.search(text):
        text = _BRACKET.sub(lambda m: _BRACKETS.get(m[0], m[0]), text)
    if "\\" in text:
        text = _ESCAPED.sub("", text)
    if "#" in text:
        text = _POUND.sub("\u00a3", text)
    if "``" in text or "''" in text:
        text = _QUOTES.sub('"', text)
    if "`" in text:
        text = _OPEN_SINGLE.sub("'", text)
    text = _SPACE_BEFORE.sub("", text)
    if " ," in text or " ." in text:
        text = _SPACED_DIGIT_GROUP.sub("", text)
    return _SPACE_AFTER.sub("", text)


def mend_line_breaks(text: str) -> str:
    """``text`` without the line breaks a sentence splitter put inside a sentence: in a short bracket
    (``_BROKEN_BRACKET``), in a web address (``_BROKEN_DOMAIN``), before a comma or after a title
    (``_BROKEN_COMMA``, ``_BROKEN_TITLE``). The read stage titles an article from its first sentences
    before the rest of ``untokenize`` runs on them.
    (Each pattern opens with a literal the regex engine skips to: one pattern of the two last took 0.58 s
    on the 18 MB of the dev feeds, the two 0.12 s.)"""
    if "\n" not in text:
        return text
    if ".\n" in text:
        text = _BROKEN_BRACKET.sub(_mend_bracket, text)
        text = _BROKEN_DOMAIN.sub(".", text)
        text = _BROKEN_INITIALS.sub(".", text)
        if ".co. " in text:
            text = _SPLIT_COUNTRY.sub("", text)
    if ")\n" in text:
        text = _BROKEN_DATELINE.sub(lambda m: m[0][:-1] + " ", text)
    if ".\n" in text or ".)\n" in text:
        text = _BROKEN_BEFORE_LOWER.sub(_mend_lower, text)
    return _BROKEN_TITLE.sub(_mend_title, _BROKEN_COMMA.sub(_mend_comma, text))


def _mend_lower(m: re.Match[str]) -> str:
    """A space for the break after an abbreviation's period ("(R-Ariz.)\nmakes"); any other break stays."""
    end = m.start() + 1
    return m[0][:-1] + " " if is_abbreviation(m.string[max(0, end - 24):end]) else m[0]


def _mend_comma(m: re.Match[str]) -> str:
    """Nothing before the comma; the period the break follows goes too, unless an abbreviation's ("off the
    coast of Louisiana.\\n, Thursday" but "Bob Graham, D-Fla.\\n, left")."""
    if m[0].startswith(".") and is_abbreviation(m.string[max(0, m.start() - 24):m.start() + 1]):
        return "."
    return ""


def _mend_title(m: re.Match[str]) -> str:
    """A space after a title; a word that only ends like one ("ScanGen.") is left alone."""
    before = m.string[m.start() - 1:m.start()] if m.start() else ""
    return m[0] if before.isalnum() or before == "." else m[0][:-1] + " "


def _mend_bracket(m: re.Match[str]) -> str:
    """The bracket's two halves on one line: a ticker closed up ("(BP.L)"), other words spaced."""
    return m[1] if _TICKER.fullmatch(m[1]) else m[1] + " "
