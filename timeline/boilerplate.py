"""Page furniture in article text: reader comments, datelines, link lists, widgets.

Articles saved from news sites carry more than the story: the comment thread
under it, the wire dateline, "Share this", photo credits, a transcript's speaker
labels, tweets and tickers. Left alone, each of these becomes a timeline event
("March 25, 2011 at 5:33 am | Reply ..." is a perfectly dated sentence).

- ``boilerplate_kind(sentence)`` names the kind of furniture a sentence is, or
  returns None for a real sentence. The rules lean to precision: a sentence
  that merely mentions Twitter, quotes someone, holds a date and a time or
  begins with a place name is a real sentence, and an unmatched piece of
  furniture costs less than a deleted event.
- ``strip_dateline(sentence)`` removes a wire dateline, timestamp, byline or
  bracketed aside that opens a sentence and keeps the rest.
- The pattern pieces of a page's dates and stamps (``MONTH``, ``WEEKDAY``, ``DATE``,
  ``STAMP_LEAD``, ``DATELINE_ONLY``) are shared with ``timeline.read.untitled``, which titles an
  untitled article from its first real sentence.

Everything here is a pure function over one string, using regular expressions
compiled once; each runs in time linear in its input. Penn-Treebank tokens
("-LRB-", "``") are mapped to the characters they stand for before matching, so
tokenized and natural text are judged alike.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from timeline.sentences import NOT_BEFORE_RUN_IN, PICTURE_CREDIT
from timeline.temporal.zones import ZONE
from timeline.words import POSSESSIVE, QUOTE_LEADS, STOP


COMMENT = "comment"
"""A reader comment or the comment system around it ("| Reply", "Posted by X at 5:33 PM")."""
DATELINE = "dateline"
"""A sentence that is only a dateline, byline or timestamp ("By John Smith, CNN")."""
RELATED = "related"
"""A related-link list ("Related: ...", "Read more", headlines joined by | or •)."""
SHARE = "share"
"""A share, subscribe or contact prompt ("Share this", "Sign up for our newsletter", "email us at ...")."""
CAPTION = "caption"
"""A photo credit or caption ("Photo: Getty Images", "(AP Photo/...)")."""
SPEAKER = "speaker"
"""A transcript line that opens with a speaker label ("SESAY: ..."), or a broadcast's sign-on ("I'm Carl Azuz.")."""
WIDGET = "widget"
"""Tweets, hashtags, weather and stock widgets, copyright notices."""
CORRECTION = "correction"
"""A paper's correction of the article itself ("This article misstated the first name of ...") and the sentence after
it, which says what is right ("Holder made the remark June 1, not June 2.")."""
KINDS = (COMMENT, DATELINE, RELATED, SHARE, CAPTION, SPEAKER, WIDGET, CORRECTION)

__all__ = ["CAPTION", "CHRONOLOGY_ITEMS", "COMMENT", "CORRECTION", "DATE", "DATELINE", "DATELINE_ONLY",
           "DAY_CAPTION", "DAY_ITEM", "DAY_LABEL", "DAY_SEPARATOR", "KINDS", "MONTH", "RELATED", "ROLE_WORDS", "SHARE",
           "SPEAKER", "STAMP_LEAD",
           "WEEKDAY", "WIDGET", "boilerplate_kind", "opens_with_bracketed_credit", "opens_with_credit",
           "opens_with_wire_credit", "prompt_head", "stamped_headline", "strip_dateline", "widget_end",
           "widget_sentences"]

# --- Normalization --------------------------------------------------------------------------
# Treebank bracket and quote tokens become their characters; white space inside brackets
# and before , ; : ) is dropped, so "WASHINGTON -LRB- Reuters -RRB- -" and "Oct 20 , 2011"
# read like natural text. "\/" (an escaped slash, common in scraped text) is "/".
_TOKEN_CHAR = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
               "``": '"', "''": '"', "\\/": "/"}
_NORMALIZE = re.compile(
    r"(?P<open>-L[RSC]B-|[(\[{])[ \t]*"
    r"|[ \t]*(?P<close>-R[RSC]B-)"
    r"|(?P<quote>``|''|\\/)"
    r"|[ \t]+(?=[,;:)\]}]|-R[RSC]B-)"
)


def _normalize(text: str) -> tuple[str, list[int]]:
    """``text`` with tokens mapped (see above), and for each character of the result
    (plus one past the end) the index in ``text`` it came from."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _NORMALIZE.finditer(text):
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        token = m.group("open") or m.group("close") or m.group("quote")
        if token:
            out.append(_TOKEN_CHAR.get(token, token))
            where.append(m.start())
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(out), where


_NORMALIZE_PIECES = ("(", "[", "{", "B-", "``", "''", "\\/", " ,", " ;", " :", " )", " ]", " }", "\t")
"""Every match of ``_NORMALIZE`` holds one of these; on the dev articles, 6% of sentences do."""


def _normal_text(text: str) -> str:
    """The text of ``_normalize(text)``, without the offsets: what the kinds read. Most
    sentences need no offsets (nothing opens them) and no change at all; the offsets for
    every sentence, and the pattern run over all of them, were two fifths of the
    boilerplate checks' time. Measured with the cheap checks first in ``_is_widget_line``,
    ``_is_link_list`` and ``_RELATED_CUED``: extraction 7.74 to 6.68 ms an article (one
    process, 600 dev articles), a cold build of the 2,716 untitled dev articles 17.76 to
    16.49 s (medians of 5 alternating runs); with titles read lazily
    (``sentences.iter_sentences``), 17.68 to 15.49 s."""
    if not any(piece in text for piece in _NORMALIZE_PIECES):
        return text
    return _NORMALIZE.sub(_normal_token, text)


def _normal_token(m: re.Match[str]) -> str:
    token = m.group("open") or m.group("close") or m.group("quote")
    return _TOKEN_CHAR.get(token, token) if token else ""


# --- Shared pieces ---------------------------------------------------------------------------
MONTH = (r"(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
         r"aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
"""A month's name, whole or cut short ("Sept.", "feb"), as a pattern piece."""
WEEKDAY = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|sday|rsday|urday|\.)?"
"""A weekday's name, whole or cut short, as a pattern piece."""
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+{_ORD},?\s+\d{{4}}|{_ORD}\s+{MONTH},?\s+\d{{4}})")
"""A page's full date ("Fri May 17, 2024", "17th May 2024"), as a pattern piece."""
DAY_LABEL = r"(?:" + MONTH + r"\.?\s+\d{1,2}|\d{1,2}\s+" + MONTH + r")(?:/\d{1,2})?(?:,?\s+\d{4})?"
"""A day that labels a chronology's item or a gallery's caption ("Sept. 7", "20 April", "June 23, 2010"), as a
pattern piece: a colon or a dash and the item follow it."""
DAY_SEPARATOR = r"\s*[:\-\u2013\u2014]+\s+"
"""What parts a day's label from its item: a colon or a dash, as a pattern piece."""
DAY_ITEM = re.compile(DAY_LABEL + DAY_SEPARATOR + r"(?=[A-Z])")
"""A sentence that opens on a day, then a colon or a dash: a chronology's item ("Sept. 7: U.S. government seizes
Fannie Mae and Freddie Mac.", "May 09 - Japan and Australia announce ...") or a gallery's caption."""
DAY_CAPTION = re.compile(r"(?:(?:AP|AFP|Reuters|EPA)\S*\s+)?" + DAY_LABEL
                         + r"\s*:\s+(?=[A-Z])(?![A-Z]{3,}\s+[A-Z]{2,})")
"""A picture's caption in a news site's gallery: its day and a colon, the wire's credit of the picture before it
at times ("May 1: Ashland Cleaning Services technicians connect oil booms ...", "AP July 12: The new
containment cap is lowered ..."), where the article holds fewer than ``CHRONOLOGY_ITEMS`` ``DAY_ITEM`` sentences. Not an
explainer's part, headed in capitals ("16 MAY: RISER INSERTION TUBE - SUCCESS BP had some success ..."; an
acronym alone opens a caption, "June 7: APTN photographer Rich Matthews takes ...")."""
CHRONOLOGY_ITEMS = 3
"""A text with this many ``DAY_ITEM`` sentences or more holds a chronology, whose items are its news; with fewer,
they are a gallery's captions. On the 2,716 dev articles, 101 open on a day and a colon: 99 of them are one news
site's picture galleries, with 1 or 2 such sentences that start a line, and 2 are chronologies, with 8 and 12."""
_ZONE = r"(?:" + ZONE + r"|(?:UK(?:\s+time)?|(?i:local\s+time))\b)"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm](?:\.|\b))?"
_TIME = rf"(?>(?:{_CLOCK}|\d{{4}}\s+(?={_ZONE}))(?:\s*{_ZONE})?(?:\s*\([^()]{{1,20}}\))?)"
_STAMP = (rf"(?>{DATE}(?:\s*[,;:]?\s*(?:at\s+|-\s+)?{_TIME})?"
          rf"|{_TIME},?\s+(?:{DATE}|{WEEKDAY},?\s+{DATE}))")
STAMP_LEAD = (r"(?i:(?:(?:page\s+)?last\s+)?updated|published|posted|first\s+(?:published|broadcast|aired|shown)|added|"
              r"modified|update)\b:?\s*(?:on\s+|at\s+)?")
"""The words that lead a page's time stamp ("Last updated at", "Published:"), as a pattern piece."""
_DASH = r"(?:-{1,2}|[\u2013\u2014])"
_CAPWORD = r"[A-Z0-9][\w.:'\u2019/&-]*"
_AGENCY = r"[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}"
_WIRE = (r"(?:Reuters(?:\s+(?:Health|Life!?))?|AP|AFP|CNN(?:Money(?:\.com)?)?|BBC|UPI|Bloomberg|(?:The\s+)?Associated\s+Press|"
         r"dpa|Xinhua|Kyodo|Yonhap|Interfax|IANS|PTI)")
_PLACE = r"(?:[A-Z][A-Z.'\u2019-]{2,}|[A-Z]{2}(?=[ /][A-Z]{2}))(?:[ /][A-Z][A-Z.'\u2019-]+)*"
"""A dateline's place in capitals: "WASHINGTON", "GRAND ISLE", "ON THE GULF OF MEXICO" (a word of two
letters only before another word in capitals)."""
_DATELINE_PLACE = _PLACE + r"(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?"
"""A dateline's place and its state or country ("TOULON, France", "OXFORD, Miss."): what the datelines of
``_OPENINGS`` and ``_DATED_DATELINE`` open on."""
ROLE_WORDS = ("correspondent", "editor", "writer", "reporter", "producer", "contributor", "columnist", "analyst")
"""A writer's role in a byline ("By Jane Doe, staff writer"), one word each."""
_ROLE = r"(?i:" + "|".join(ROLE_WORDS) + ")"
_BYNAME = (r"By\s+(?!(?:" + WEEKDAY + r"|" + MONTH + r")\b)(?:[A-Z][\w.'\u2019-]*\s+(?:and\s+)?){0,5}?"
           r"[A-Z][\w.'\u2019-]*")
_COUNTER = (r"(?:(?i:back|prev(?:ious)?)\s+)?\{\{?\s*[a-z_]+\s*\}\}? of \{\{?\s*[a-z_]+\s*\}\}?"
            r"(?:\s+(?i:next))?")
"""A slideshow's counter its page never filled in ("BACK {current} of {total} NEXT")."""
_SSI_ERROR = r"[(\[]an error occurred while processing this directive[)\]]"
"""A web server's notice, printed where a page's include failed (Apache's own words): it follows a page's
time stamp on some saved pages, and is no part of the sentence after it."""
_NAV = r"(?:Help|Share|Print|E-?mail|Comments?)"
"""A page's link that may follow its time stamp ("Last updated at 12:45 GMT Help")."""
_START = r"(?=[\"'\u201c\u2018]?[A-Z0-9])"
"""What may start the real sentence after a stripped opening."""
_CORRECTION_WORDS = r"Correction|CORRECTION|Clarification|CLARIFICATION"
"""The labels a paper's correction opens with, before a colon."""
_NOTE = (r"(?:(?:Editor|editor|EDITOR)['\u2019]?[sS]\s+(?:note|Note|NOTE)|Note|NOTE|" + _CORRECTION_WORDS + r")\s*:\s*"
         r"(?:(?:This|The|A|An)\s+(?:earlier\s+|previous\s+)?(?:version\s+of\s+(?:this|the)\s+)?"
         r"(?:article|story|post|page|report|photograph|photo|picture|image|headline|video|graphic|map|caption)\b"
         r"|An\s+earlier\s+version\b)")
"""An editor's note about the page itself ("Note: The photograph on this page was updated in 2011",
"Correction: An earlier version of this article ..."): the page's history, not the story's."""
_PAGE_PARTS = r"article|story|post|op-ed|column|editorial|summary|headline|caption|graphic|item"
"""What a correction says was wrong: the page or a part of it ("report" too after "This")."""
_MISTOLD = (r"(?:misstated|misidentified|misspelled|misquoted|misattributed|(?:incorrectly|erroneously|mistakenly)\s+"
            r"(?:said|stated|described|reported|identified|referred|gave|quoted|listed|called|attributed)|"
            r"(?:carried|gave|had|used)\s+(?:an?\s+)?(?:wrong|incorrect))\b")
"""A correction's own verb: what the page told wrongly."""
_ABOUT = r"(?:\s+about\s[^.!?]{0,150}?)?"
_CORRECTION = (
    r"(?:This\s+(?:report|" + _PAGE_PARTS + r")" + _ABOUT + r"(?:,[^,.!?]{0,80},)?\s+(?:also\s+)?"
    r"(?:" + _MISTOLD + r"|(?:omitted|wrongly|incorrectly|erroneously|mistakenly|"
    r"was\s+(?:corrected|updated|amended|changed|reported\s+jointly))\b)"
    r"|(?:The|An?(?:\s+Page\s+One|\s+front-page)?)\s+(?:" + _PAGE_PARTS + r")" + _ABOUT + r"\s+(?:also\s+)?" + _MISTOLD
    + r"(?![^.!?]*,\s+(?:\w+\s+){0,4}(?:said|says|reported)\b)"
    r"|This\s+(?:article|story)\s+(?:quoted|said|described|referred|identified|gave)\b"
    r"|(?:An?\s+)?(?:[Ee]arlier|[Pp]revious)\s+versions?\s+of\s+this\s+(?:" + _PAGE_PARTS + r")\b"
    r"|The\s+following\s+(?:correction|clarification)\s+was\s+(?:printed|published|made)\b)")
"""A correction or a credit about the article itself, in the forms papers print them ("This article misstated
the first name of ...", "This article about the hearing incorrectly said ...", "A Page One article misstated the
date ...", "The summary also misidentified ...", "Earlier versions of this article, including in the print edition,
carried the wrong dateline.", "This article quoted X as saying ...", "The following correction was printed in ..."):
the page's history, not the story. After "The" or "A" only with a correction's own verb (``_MISTOLD``) and no
one else's word for it after ("The story incorrectly reported that the senator had died, the network said", "The
caption wrongly identified the man", "The headline was changed after protests" are news of the press). On the 2,716
dev articles, 18 sentences, 6 of them found before the forms were widened."""
_CORRECTION_LABEL = re.compile(r"(?:" + _CORRECTION_WORDS + r")\s*:\s*")
"""A correction's label before it ("Correction: This article misstated ..."), which ``_NOTE`` reads as widget text."""

_ASIDE = r"\([^()]{1,120}(?:\([^()]{0,40}\)[^()]{0,40})?\)"
"""A bracketed aside, with at most one bracket inside it: "(Reuters)", "(Update 2:41 p.m. (2141 in Egypt))"."""

_CREDIT_LABEL_PIECE = r"(?:Photo(?:graph)?s?(?:\s+credit)?|Picture|Image|Illustration|Credit):"
"""A picture credit's label as an opening reads it (and ``_CAPTION_CREDIT`` after a caption)."""

_DISCLAIMER_WORDS = (r"(?:The|Any|All)\s+(?:views|opinions)\s+expressed\s+(?:here\s+)?(?:are|is)\s+"
                     r"(?:his|her|their|the\s+author['\u2019]s)\s+own")
"""A column's disclaimer ("The opinions expressed are his own"): alone, furniture (``_DISCLAIMER``); run into the
lead, an opening ``strip_dateline`` takes off."""

# Openings strip_dateline removes, tried in turn until none matches. Every one ends in white
# space or a dash, and the text after it must start a sentence (_START); after a wire agency's
# dateline, which is unmistakable, any word may follow.
WIRE_DATELINE_END = re.compile(r"\(" + _WIRE + r"\)\s*" + _DASH + r"\s*$")
"""The end of an opening that is a wire's dateline ("HOUSTON, May 8 (Reuters) -- "): a report begins."""
_ROLE_PHRASE = r"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}" + _ROLE
"""A writer's role after the names ("Business reporter", "Environment correspondent")."""
_BYLINE_OUTLET = _BYNAME + r"\s+(?:" + _ROLE_PHRASE + r",\s+)?" + _WIRE + r"\s+News"
"""A byline that ends on its outlet's news desk ("By Jane Doe Business reporter, BBC News")."""
_NOT_A_TIME = (r"(?!(?:" + WEEKDAY + r"|" + MONTH + r"|Christmas|Easter|New\s+Year|Then|Now|Noon|Midnight|Nightfall|"
               r"Dawn|Early|Late|Mid|Tonight|Today|Tomorrow|Election|Thanksgiving|Sunset|Sunrise|Memorial|Labor|Labour|"
               r"Independence|Veterans|Black|Columbus|Boxing|Good|Inauguration|Halloween)\b)")
"""Not a time's word after "By" ("By Friday the slick had ...", "By Christmas Day ..."): no byline."""
_OPENINGS = re.compile(
    r"(?:"
    # WASHINGTON (Reuters) - | CAIRO, Egypt (CNN) -- | LONDON, March 3 (Reuters) - | Thu Oct 20, 2011 3:54pm EDT (Reuters) -
    r"(?:" + _CAPWORD + r",?\s+){1,8}\(" + _AGENCY + r"\)\s*" + _DASH + r"\s*"
    # * highlight * highlight PARIS, May 3 (Reuters) - : whatever precedes a wire dateline is furniture (a page's
    # highlights or quotes, up to 800 characters of them)
    r"|[^\n]{0,800}?\(" + _WIRE + r"\)\s*" + _DASH + r"\s*"
    r")(?=[\"'\u201c\u2018]?\w)"
    r"|(?:"
    # (Reuters) - | (CNN) -- | (Update 3:51 p.m. Cairo, 8:51 a.m. ET) | (AP Photo/X)
    + _ASIDE + r"\s*(?:" + _DASH + r"\s*)?"
    # Video of the speech: (Update 1:50 a.m. Wednesday in Cairo)   (a live page's label for what came before)
    r"|[^:()\n.!?]{1,100}:\s+(?=\((?i:update))" + _ASIDE + r"\s*"
    # WASHINGTON -- | BILOXI, Miss. -- | NEW YORK, March 3 --
    r"|" + _DATELINE_PLACE + r"(?:,?\s+" + MONTH
    + r"\s+\d{1,2})?\s+" + _DASH + r"\s+"
    # headline PLACE | Tue Jun 1, 2010 3:00 pm EDT   (a wire page's masthead line)
    r"|[^|\n]{0,120}?(?:\|\s*(?:" + STAMP_LEAD + r")?|\s(?i:updated|published|posted):\s*)" + _STAMP + r"\s+"
    # By Ezra Klein | May 14, 2010; 7:15 AM ET | By Dan Primack February 2, 2011: 2:24 PM ET
    # | By Jane Doe, staff reporterFebruary 7, 2011: 5:46 AM ET   (a role, and the stamp glued to it)
    r"|" + _BYNAME + r"(?:,\s+(?:[A-Za-z]+\s+){0,2}" + _ROLE + r")?\s*\|?\s*(?:" + STAMP_LEAD + r")?" + _STAMP
    + r"\s*(?:" + _DASH + r"\s*|\|\s*)?"
    # By Julian E. Zelizer, Special to CNN
    r"|" + _BYNAME + r",\s+Special\s+to\s+(?:the\s+)?[A-Z][\w.]*\s+"
    # By Michael Martinez, CNN | By Amy Hybels, For CNN | By Jane Doe, Staff Writer | By Jane Doe, CNN's Senior
    # State Department Producer   (the writers, then their
    # wire or their role; not an outlet with a place after it, "By Jane Doe, BBC News, Washington Some ...",
    # where the place's end cannot be told)
    r"|(?:" + _BYNAME + r"|From\s+[A-Z][\w.'\u2019-]*\s+[A-Z][\w.'\u2019-]*(?:\s+and\s+[A-Z][\w.'\u2019-]*\s+"
    r"[A-Z][\w.'\u2019-]*)?)" + r",\s+(?:(?:[Ff]or\s+)?" + _WIRE + r"(?:\s+(?:World\s+)?News(?:\s+Online)?)?"
    r"|(?:[A-Z][A-Za-z]*['\u2019]s\s+)?(?:[A-Za-z]+\s+){0,3}" + _ROLE + r"(?:,\s+" + _WIRE + r")?)\s+(?=[\"'\u201c\u2018]?[A-Z])"
    # By the CNN Wire Staff | By Jane Doe for CNN | By Jane Doe Business reporter, BBC News   (the writers, then the
    # staff, outlet or role that ends their names; not an outlet with a place after it, whose end cannot be told)
    r"|By\s+the\s+(?:[A-Z][\w.]*\s+){1,3}(?:Wire\s+)?Staff\s+(?=[\"'\u201c\u2018]?[A-Z])"
    r"|" + _BYNAME + r"\s+for\s+(?:the\s+)?" + _WIRE + r"\s+(?=[\"'\u201c\u2018]?[A-Z])"
    r"|" + _BYLINE_OUTLET + r"\s+(?=[\"'\u201c\u2018]?[A-Z])"
    # By Finlo Rohrer BBC News, Washington There has been ...   (a place after the outlet, ended by a word that opens
    # sentences; where another word opens the lead, "Texas David Shukman looks ...", the byline stays)
    r"|" + _BYLINE_OUTLET + r",\s+"
    r"(?:[A-Z][\w.'\u2019-]*,?\s+){1,3}?(?=(?:There|It|The|A|An|In|This|These|Some|Many|Everything|When|As|After)\s)"
    # By Bryony Jones Members of the ... | By Lisa Rein and Ed O'Keefe BP has reimbursed ...   (a first and a last name,
    # or two, run into a sentence that opens on a capital: the names end there, not at a time, "By Friday Rescuers")
    r"|By\s+" + _NOT_A_TIME + r"(?!(?:The|An?|Interior|Energy|Homeland|Defense|Treasury|State|Prime|Vice|Deputy|"
    r"Chief|President|Secretary|Senator|Governor|General|Mayor|Judge|Justice|Associated)\b)"
    r"[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?(?!(?:Secretary|Minister|President|Director|Chief|Staff|Press)\b)"
    r"[A-Z][\w'\u2019-]+"
    r"(?:\s+and\s+[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+)?\s+(?=[A-Z][\w'\u2019-]*\s+[a-z])"
    r"(?!" + _ROLE_PHRASE + r"\b|" + _WIRE + r"\b|[A-Z][\w-]*['\u2019]s\b)"
    # By Michael D. Shear and Robert Barnes NEW YORK --   (the writers' names alone, then a dateline)
    r"|" + _BYNAME + r"\s+(?=" + _DATELINE_PLACE + r"(?:,?\s+" + MONTH + r"\s+\d{1,2})?\s+" + _DASH + r"\s)"
    # Updated: Friday, April 30, 2010; 2:30 PM | -- June 02, 2010 2:31 PM | 15:33 UK
    r"|(?:" + _DASH + r"\s*)?(?:" + STAMP_LEAD + r")?(?:" + _STAMP + r")\s*(?:" + _DASH + r"\s*|\|\s*)?"
    # Page last updated at 15:47 GMT, Friday, 22 January 2010 (an error occurred while processing this directive)
    r"(?:" + _SSI_ERROR + r"\s*)?"
    # June 28, 2010 - 6:39 AM | by: Jane Doe   (a labelled byline after the stamp: a first and a last name)
    r"(?:[Bb]y:\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+\s+)?"
    # 15:33 UK | Last updated at 12:45 GMT Help
    r"|(?:(?=[LlUuPp])" + STAMP_LEAD + r")?" + _CLOCK + r"\s*" + _ZONE + r"\s+(?:" + _NAV + r"\s+)?"
    # BACK {current} of {total} NEXT
    r"|(?>" + _COUNTER + r")\s+"
    # YES | NO Egypt's president ...   (an edition chooser's buttons) | More Headlines" "Less Headlines The ...
    # (a headline list's toggle)
    r"|YES\s*\|\s*NO\s+|More\s+Headlines\W{1,4}Less\s+Headlines\s+"
    # This Story: Read + | Watch + | Talk +   (a page's links, each a few words, run into the sentence)
    r"|(?:(?>[^|.!?\n\d]{1,30}\|\s*)){2,}+(?<=\|\s)(?=[^|\n]{30})(?![^|\n]*\|)"  # possessive: linear
    # Friday, February 20, 2009; Page D01   (a print edition's date and page)
    r"|" + DATE + r"\s*;?\s+(?:Page|Pg\.?)\s+[A-Z]?\d{1,3}[A-Z]?\s+"
    # The views expressed are his own -- If you look no further ...   (a column's disclaimer run into its lead)
    r"|" + _DISCLAIMER_WORDS + r"\.?\s*(?:-{1,2}\s*)?(?=[\"'\u201c\u2018A-Z])"
    # Note: The photograph on this page was updated in 2011   (run into the sentence after it)
    r"|" + _NOTE + r"[^.!?\n]{0,80}?\b(?:updated|corrected|amended|changed|edited|replaced)"
    r"(?:\s+(?:in|on|at)\s+[^.!?\n]{0,30}?\d{4}(?=[\s.]))?\.?\s+"
    # Photograph: Gerald Herbert/AP | Photo credit: Spencer Platt/Getty Images | Photograph: Pete Souza/White House
    r"|" + _CREDIT_LABEL_PIECE + r"\s+(?:[\w.'\u2019-]+\s+){0,4}?[\w.'\u2019-]+"
    r"(?:/(?:Getty\s+Images|Rex\s+Features|(?:The\s+|Official\s+)?White\s+House(?:\s+Photo)?|[\w.-]+))+\s+"
    # AP2010 President Obama will ...   (a wire's credit glued to its year, before the sentence)
    r"|(?:AP|AFP)(?:19|20)\d\d\s+"
    # AP NEW ORLEANS -- | AP GRAND ISLE, La. --   (a wire's credit before its dateline, which comes off next)
    r"|(?:AP|AFP|UPI|Getty(?:\s+Images)?)\s+(?=" + _DATELINE_PLACE + r"\s+" + _DASH + r"\s)"
    # AP BP officials on Friday ... | AP July 12: The new containment cap ...   (a photo's credit, alone on the
    # line the caption before it ended, run into the next sentence; not a credit with its photographer, "AP
    # Photo/...", the agency's own names, "AP Television News", or words in capitals, which a dateline the
    # alternative before did not take may be, "AP NEW ORLEANS is ...")
    r"|(?:AP|AFP)\s+(?=[A-Z])(?!(?:Photo|PHOTO|FILE|File|Images|Television|Sports|Exclusive|EXCLUSIVE)\b)"
    r"(?!(?!A\s)[A-Z][A-Z.'\u2019-]*\s+[A-Z]{2})"
    # Reuters British Petroleum was able ... | AP Photo The White House is ...   (the same credit, a wire's name or
    # its photo's, before a sentence that opens on a name, not the wire's own services, "Reuters Television")
    r"|Reuters\s+(?=[A-Z])(?!(?:Television|TV|Health|Life|Breakingviews|Insider|Foundation|Institute|News|Photo|"
    r"PHOTO|FILE|UK|US|Africa|India|Canada|Bureau|Chief|Editor|Editors|Correspondent|Reporter|Staff)\b)"
    r"(?![A-Z][A-Z.'\u2019-]*\s+[A-Z]{2})"
    r"|AP\s+Photo\s+(?=[A-Z][a-z])(?!(?:Editor|Editors|Director|Chief|Staff)\b)"
    # NASA Goddard The administrator ...   (an agency's picture credit before a sentence that opens on an article,
    # which no agency's name is followed by: "NOAA Fisheries closed ..." is the agency's news)
    r"|(?:NASA(?:\s+Goddard)?|NOAA)\s+(?=(?:The|An?)\s+[a-z])"
    # Follow The World Desk On: Financial Crisis Leaves Romania Reeling   (a page's prompt before its headline)
    r"|(?:[\u201d\"]\s+)?Follow\s+(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+On:\s+"
    r"|Follow\s+live\s+(?:updates|coverage|blogging)\s+(?:here|below)\s+(?=[A-Z])"
    # NEW CAP FOR LEAKING OIL WELL In June, BP ...   (a subheading in capitals, three words or more and one
    # of four letters, run into the sentence after it; no comma in it, which a transcript's speaker label has,
    # "WOLF BLITZER, CNN ANCHOR: Well, ...", no colon at its end, and no day before it, which dates a
    # chronology's item, "2 JUNE: LOWER MARINE RISER PACKAGE After the failure ...")
    r"|(?=[^a-z\n]{0,80}?[A-Z]{4})(?:[A-Z][A-Z0-9'\u2019&./:-]*\s+)(?:[A-Z0-9][A-Z0-9'\u2019&./:-]*\s+){1,11}"
    r"[A-Z0-9][A-Z0-9'\u2019&./-]*(?<!:)\s+(?=[A-Z][a-z])"
    # Photograph: AP | Photo: Reuters   (a wire's credit alone before the caption or sentence)
    r"|(?:Photo(?:graph)?s?|Picture|Image):\s+(?:AP|AFP|Reuters|EPA|PA|Getty\s+Images|Rex\s+Features|Bloomberg|"
    r"Associated\s+Press|[a-z][\w-]*\.(?:co\.uk|com|org))\s+"
    # (AP Photo/Charles Dharapak) (Charles Dharapak - AP) PARIS, ... | AP Photo/Dave Martin | REUTERS/Kevin Lamarque
    # | AFP/Getty Images   (a picture's credit, an agency and its photographer, glued to the next sentence; in
    # brackets only before a dateline: a caption follows them otherwise, and the whole is the caption)
    r"|\((?:AP\s+Photo|AFP|REUTERS|Reuters)/[^()\n]{1,60}\)\s+(?:\([^()\n]{1,60}\)\s+){0,2}(?=[A-Z]{2}[A-Z .'-]*,\s)"
    r"|(?:AP\s+Photo|AFP|REUTERS|Reuters)(?:/[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)+\s+(?![a-z])"
    # Most computers will open this document automatically, but you may need Adobe Reader   (a page's notice
    # beside a linked document, run into the sentence after it)
    r"|(?:Most\s+computers|Your\s+computer)\s+will\s+open\s+this\s+(?:document|file)\s+automatically,?\s+but\s+you\s+"
    r"may\s+need\s+(?:Adobe\s+)?(?:Acrobat\s+)?Reader(?:\s+to\s+(?:view|open|read)\s+it)?\.?\s+"
    # U.S. Coast Guard via AP NEW ORLEANS -- ... | BP, via AP BP CEO Tony Hayward said ...   (a picture's credit
    # through a wire, glued to the next sentence; the source may take a comma)
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,?\s+via\s+"
    r"(?:AP|AFP|Reuters|REUTERS|Getty\s+Images)\s+(?=[A-Z])"
    # Photo: Frederic Dupoux I was in ... | Illustration: Paul Scruton for the Guardian BP's report ...   (a credit's
    # label, a first and a last name, maybe the outlet they worked for, before a sentence's capital)
    r"|" + _CREDIT_LABEL_PIECE + r"\s+[A-Z][a-z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]+\s+"
    r"(?:for\s+(?:the\s+)?[A-Z][\w.]*\s+)?(?=[A-Z][\w'\u2019-]*\s+[a-z])"
    r"|" + _CREDIT_LABEL_PIECE + r"\s+[A-Z]{2,}\s+(?=[A-Z][\w'\u2019-]*\s+[a-z])"
    # Image by theimpulsivebuy via Flickr | Photo courtesy of Jane Doe   (a credit without a colon: one name,
    # one or two words, and where it came from)
    r"|(?:Image|Photo|Picture)\s+(?:by|courtesy\s+of)\s+[\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]*)?"
    r"(?:\s+(?:via|on|from)\s+[A-Z][\w.-]*)?\s+"
    r")" + _START
)

_BYLINE_RUN_IN = re.compile(
    r"By\s+" + _NOT_A_TIME + r"[A-Z][a-z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]+"
    r"(?:\s+and\s+[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)?,\s+who\b[^.!?]*[.!?]?$")
"""A writer's note in the form of a byline ("By Christine Bader, who worked for BP from 1999-2008."): furniture. (A
byline run into the lead with its outlet and a place, "By Jorn Madslien Business reporter, BBC News, CBI annual
conference Bob Dudley said ...", stays: where the place ends cannot be told, and the lead may be cut later.)"""

_SHORT = 200
"""Whole-sentence patterns (a bare dateline, a widget) are only tried on sentences this short."""
_PUNCT_ONLY = re.compile(r"[\W_]*")


_HEADLINE_STAMP = re.compile(
    r"[^\n]{0,160}?\s" + DATE + r"\s+(?=" + STAMP_LEAD + r"(?:" + _CLOCK + r"))")
"""A headline and the day before a page's time stamp ("BP oil spill caused by a 'failure of
management' 6 January 2011 Last updated at 01:53 GMT Help ..."); the stamp is one of the
``_OPENINGS``. Tried only on text holding "updated at", "published at" or "posted at" (the cue):
trying it on every sentence cost 7 µs a sentence, three quarters more than all the openings
(0.20 to 0.36 s for 21,894 bpoil sentences; with the cue 0.26 s)."""
_HEADLINE_STAMP_CUE = re.compile(r"(?i:updated|published|posted)\s+at\s")
_HEADLINE_ZONED_STAMP = re.compile(
    r"[^\n]{0,400}?\s(?=" + DATE + r"(?:\s*[,;:]?\s*(?:at\s+)?" + _CLOCK + r"\s*" + _ZONE
    + r"|\s*;\s*\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\b))")
"""A page's headline and standfirst run, without a stop, into its time stamp and then its first
sentence ("BP claims milestone in efforts to seal the well Wednesday 4 August 2010 20.43 BST BP says
it has completed ..."). A stamp with its year, clock and time zone is never part of a sentence, and
the text after it must start one (``_START``), so the whole run-in is the opening. Tried only when
nothing opens the sentence otherwise and a year is followed by a clock (the cue). A stamp without a zone
whose clock follows the year after a semicolon ("Shell Oil President Monday, July 19, 2010; 10:30 AM A day
that seemed destined for success ended in ambiguity Sunday.") is one too: no sentence writes a date so.
Nine dev titles lose a stamp ("Republicans escalate criticism of oil spill response Tuesday, May 25, 2010;
6:20 PM..." is "Republicans escalate criticism of oil spill response"); twelve dev events change: seven go
(their leads date nothing of their own: one judged misdated, one judged not worth), five are read from their
lead's own words ("BP said Tuesday that it plans to cut its U.S. tax bill ...")."""
_ZONED_STAMP_CUE = re.compile(r"\d{4}\s*[,;:]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}")
_DATED_DATELINE = (_DATELINE_PLACE + r",?\s+" + MONTH
                   + r"\s+\d{1,2}\s+" + _DASH + r"\s")
"""A paper's dateline with its day ("TOULON, France, Sept. 25 -- ", "RIO DE JANEIRO, Dec. 9 -- "): one of the
``_OPENINGS``, and never part of a sentence."""
_HEADLINE_WORD = (r"(?:[A-Z0-9$\u201c\"'][\w.,;:'\u2019$&%\"\u201d-]*"
                  r"|(?:a|an|the|of|in|on|to|for|and|or|at|by|with|after|as|from|over|into|amid|but|is|are|its)[,;:]?)")
"""A word of a headline in title case: capitalized (or a figure), or a short function word."""
_HEADLINE_DATELINE = re.compile(r"(?:" + _HEADLINE_WORD + r"\s+){2,25}?(?=" + _DATED_DATELINE + r")")
"""A headline in title case run, without a stop, into the dateline of its story's first sentence ("Sarkozy
Advocates Systemic Change After Crisis TOULON, France, Sept. 25 -- French President Nicolas Sarkozy warned ...",
"France Plans $33 Billion in Economic Stimulus; Central Banks Cut Rates PARIS, Dec. 4 -- Facing a drastic
slowdown, ..."): a saved page of one paper's foreign desk. Only as the opening of what the other openings leave, and
only where a dated dateline follows (the cue): on the 2,716 dev articles, the leads of 4. A first-time reader met the
first atop a day's page. A known limit: a headline's last word in capitals goes with the place ("Obama Meets With
NATO PARIS, Dec. 4 -- ..." is titled "Obama Meets With"; the lead is right), as "NEW" goes with "YORK"."""
_HEADLINE_DATELINE_CUE = re.compile(r"\s" + _DATED_DATELINE)
_CAPTION_CREDIT_CUE = re.compile(r"\s" + _CREDIT_LABEL_PIECE + r"\s")
_CAPTION_CREDIT = re.compile(r"[^\n]{0,400}?\s(?=" + _CREDIT_LABEL_PIECE + r"\s)")
"""A picture's caption run, without a stop, into the picture's credit and then a sentence ("A sea
turtle covered in oil Photograph: Lee Celano/Reuters BP said today ..."): the credit closes the
caption, which is no part of the sentence. Taken off only when ``_OPENINGS`` reads a credit after it."""


_NOT_AFTER_OPENER = r"(?!(?:for|and|or|of|to|in|on|at|is|was|are|were|by|with|as)\b)"
_LEAD_WORDS = "The|An|Some|Many|Several|Both|Each|Every|Another"
"""Words that open a sentence and no headline's last words ("A" besides, read with care below)."""
_LEAD_OPENING = (r"(?:(?:" + _LEAD_WORDS + r")\s" + _NOT_AFTER_OPENER
                 + r"|A\s" + _NOT_AFTER_OPENER + r"(?![aeio])(?![a-z]*[^su]s\b))[a-z]")
_NAMES_BY_LETTER = frozenset("type grade class plan category exhibit vitamin group section phase tier part".split())
"""Words a letter names a kind after ("a type A influenza virus"): "A" after one opens nothing."""
_QUANTIFIERS = "Both|Each|Every|Another|Several|Many|Some"
_NAMED_LEAD_OPENING = (r"(?:" + _QUANTIFIERS + r")\s(?:[A-Z][\w'\u2019.-]*\s(?:(?:and|or|of)\s)?){1,2}"
                       r"(?!(?:and|or|of|the|in|on|at|to|for|from|with|by)\b)[a-z]{3,}")
"""A word of quantity that opens a sentence, before one or two capitalized words and then one in lower case ("Both
McCain and Obama addressed", "Some Louisiana fishermen affected"): capitalized after a word with no stop between,
even a capitalized one, it opens the sentence run in (``_HEADLINE_LEAD``: "Handling the Economic Crisis: 10 Bright
(Political) Ideas Both McCain and Obama addressed ...", a blog's headline on Finan's 15 September key date), where a
title's words stay capitalized ("Figures in Both Campaigns Have Deep Ties", "Killing Each Other"); not after a word
that names a title ("called", "the"). On the 2,716 dev articles 17 sentences hold such a word after a capitalized
one, a figure or a bracket: it cuts 9, all run-ins (headlines, a credit, readers' comments' labels, a list's figures,
time stamps), and one event goes (a headline's "Sunday" had dated "Many Egyptians vow to remain in Tahrir Square
..."). A known limit: a two-word title after a verb ("He read Many Waters and said ...") is cut."""
_NOT_AFTER_NAMING = (r"(?<!\bcalled)(?<!\btitled)(?<!\bnamed)(?<!\b[Tt]he)(?<!\b[Aa])(?<!\bof)(?<!\bin)(?<!\bon)"
                     r"(?<!\bat)(?<!['\u2019]s)")
_HEADLINE_LEAD_CUE = re.compile(r"[a-z0-9%'\u2019]\s(?:A|" + _LEAD_WORDS + r")\s[a-z]"
                                r"|[A-Za-z0-9%'\u2019)]\s(?:" + _QUANTIFIERS + r")\s[A-Z]")
_HEADLINE_LEAD = re.compile(r"[^\n]{0,400}(?:[a-z0-9%'\u2019](?=\s" + _LEAD_OPENING + ")|[A-Za-z0-9%'\u2019)]"
                            + _NOT_AFTER_NAMING + r"(?=\s" + _NAMED_LEAD_OPENING + "))")
"""A headline, standfirst or caption run, without a stop, into the sentence after it ("Retrial for
Dutch politician accused of inciting hatred A retrial of a right-wing Dutch politician ... is set to
begin on Monday", "... spread The number of swine flu cases in Australia has doubled"): a word that
opens sentences, capitalized after a word in lower case with no stop between, opens the sentence.
The last such place is taken, and only when none follows it in the sentence (so stripping again changes
nothing); not a letter's name ("exhibit A for a problem", "a type A influenza virus", "Grade A eggs": "A"
after a word that names by letters, before a vowel or a plural)."""
_REPEATED_SUBJECT = re.compile(
    r"(?=[^\n]{0,40}?[a-z])((?:[A-Z][\w.'\u2019-]*\s+){2,5}[A-Z][\w.'\u2019-]*)\s"
    r"[^\n,;:.!?]{0,400}?(?<![\w.'\u2019-])([a-z][a-z'\u2019-]*)"
    r"(?=\s\1\s+(?!(?:of|and|or|in|for|to|at|on|by|with|from|de)\b)[a-z])")
"""A headline about a name run into the lead that opens on the name again ("US President Barack Obama 'to extend
oil drilling ban' BP hope to stem the flow ... into the breached well US President Barack Obama is set to extend a
moratorium ...", "BP CEO Tony Hayward criticised for yacht trip Mr Hayward and his son attended ... BP CEO Tony
Hayward has faced fresh criticism ..."): the name, three to six capitalized words (not a line in capitals), opens
the sentence and comes again right after a word all in lower case, with no comma, colon or stop between the two,
its verb after it; the lead opens there, at the last such place (``_run_in`` reads on while one follows, so that
stripping again changes nothing). Not after a word a name goes on from ("and", "said": ``NOT_BEFORE_RUN_IN``) or a
time's word ("yesterday", "expected"; both ``_NOT_BEFORE_REPEATED``), nor before one that goes on the name ("of",
"and"). So a sentence that names its subject twice keeps its first clause: "Prime Minister Gordon Brown called the
election for 6 May and in 2010 Prime Minister Gordon Brown lost it.", "Chief Executive Tony Hayward resigned in
July; in October Chief Executive Tony Hayward left the board.". ``_HEADLINE_LEAD`` does not see it: a name after a
lower-case word is more often set in a sentence. In the dev articles five lines carry it, each such a run-in
(bpoil's 26 May key date had printed one; no event changes). Tried at every sentence's start: 0.14 s for the
150,897 lines of the dev articles (``strip_dateline`` 3.3 s)."""
_NOT_BEFORE_REPEATED = NOT_BEFORE_RUN_IN | frozenset(
    "yesterday today tonight also expected ago morning afternoon evening night".split())
_LEAD_BOUNDARY = re.compile(r"[a-z0-9%'\u2019]\s" + _LEAD_OPENING + r"|[A-Za-z0-9%'\u2019)]" + _NOT_AFTER_NAMING
                            + r"\s" + _NAMED_LEAD_OPENING)
_CHRONOLOGY_HEADING_END = re.compile(r"[A-Z][A-Z ,.'\u2019&-]{3,}\d{1,2},?\s+\d{4}$")
"""A chronology item's heading in capitals and its day ("THE BIG EXPLOSION, MARCH 23, 2005 The explosion
at the refinery ..."): not a headline run into a sentence but the item's date, which the sentence needs."""
_QUOTE_CAPTION_CUE = re.compile(r"[\w.]:\s[\u201c\"]")
_QUOTE_CAPTION = re.compile(
    r"(?P<before>[^\n\u201c\"]{0,160}?(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*"
    r"(?:,?\s+(?:of\s+)?[A-Z][\w.'\u2019-]*){0,6}):\s"
    r"[\u201c\"][^\u201d\"\n]{4,250}[^.!?,;:\s\u201d\"][\u201d\"](?=\s+[\u201c\"'\u2018]?[A-Z])")
"""A picture's or a video's caption that quotes someone, its speaker named before a colon, run without a stop into
the sentence after it, a headline before it or none ("Barack Obama: \u201cDomestic oil production must be done
responsibly\u201d An emergency shrimping season was opened ...", "Obama defends Gulf of Mexico oil spill response
President Obama: \u201cPeople are going to be frustrated until (the leak) stops\u201d US President Barack Obama has
defended ..."): a quotation that ends with no stop of its own, right before a capitalized word, after a name and a
colon, with no word of a quotation's lead before it (``words.QUOTE_LEADS``: "Svanberg told reporters in Washington:
..." is a sentence's). Such captions follow one another ("Parag Khanna: ... Shadi Hamid: ..."): the last is taken, so
that stripping again changes nothing. Only as the opening of what the other openings leave. On the 2,716 dev
articles about 30 lines carry it, nearly all such captions (the others a reader's comment quoting a poem, a page's
"NEW:" highlight and two lines not in English). The nineteenth first-time reader met the first atop bpoil's 29 April
page."""
_PARTICIPLE = r"(?:Speaking|Looking|Writing|Talking|Addressing|Responding|Commenting)"
"""The participles of saying or seeing that a caption runs into (``_PARTICIPLE_LEAD``)."""
_PARTICIPLE_CUE = re.compile(r"\s" + _PARTICIPLE + r"\s")
_PARTICIPLE_LEAD = re.compile(r"[a-z0-9)\u201d'\"](?<!\b[Tt]he)(?<!\b[Aa])(?<!\b[Aa]n)(?<!\bof)(?<!\bin)(?<!\band)"
                              r"(?<!\bfor)(?<!\bby)(?<!\bto)(?<!\bon)(?<!\bat)(?<!\bwith)(?<!\bfrom)(?<!\babout)"
                              r"(?<!\bcalled)(?<!\btitled)"
                              r"(?=\s" + _PARTICIPLE + r"\s(?:to|at|in|on|from|about|after|before|during|with)\s"
                              r"[^\n,.;:!?]{1,80},)")
"""A caption run, without a stop, into a sentence that opens on a participle of saying or seeing and its preposition
("Many waited in the streets during Wednesday Speaking to BBC Caribbean, a spokeswoman said ...", "Gallery:
Protesters fill the streets in Egypt Looking at the protests Tuesday in Cairo, ..."): such a participle, capitalized
after a word with no stop between, its phrase closed by a comma, opens the sentence; the last such place within
``_RUN_IN_REACH`` is taken. Not after an article, a preposition, "and", "called" or "titled", which make the words a
title ("the book Talking to Strangers was published", "praise for Speaking to Power, a memoir"). On the 2,716 dev
articles 8 lines carry it, 6 of them a picture's caption or a headline run in, 2 readers' comments (without the
comma, 10: one more caption, "... after seven days Speaking from his hospital bed he described ...", and a
transcript's line). The nineteenth first-time reader met the first atop haiti's 13 January page."""
_RUN_IN_REACH = 420
"""How far into what is left of a sentence a run-in without a stop is looked for (``_HEADLINE_LEAD``'s reach)."""
_QUOTE_LEAD_WORD = re.compile(r"\b(?:" + "|".join(sorted(QUOTE_LEADS | {"quoted", "quoting", "tells", "telling"}))
                              + r")\b", re.I)
"""A word of a quotation's lead before a quoting caption's colon: what a sentence quotes, not a caption."""
_LEAD_GAP = re.compile(r"\s+")
"""The space between a run-in and the sentence's first word (``_HEADLINE_LEAD`` ends before it)."""


def _strip_end(norm: str, run_in: bool = True, lead: bool = True) -> int:
    """Where the real sentence starts in ``norm`` after every opening piece (0: none); with
    ``run_in``, a headline run into a time stamp or a caption into its credit (``_run_in``)
    when nothing else opens it, and with ``lead`` too, a headline run into the sentence's first word."""
    pos = 0
    if _HEADLINE_STAMP_CUE.search(norm, 0, 260):
        headline = _HEADLINE_STAMP.match(norm)
        stamp = _OPENINGS.match(norm, headline.end()) if headline is not None else None
        if stamp is not None:
            pos = stamp.end()  # the headline and the stamp after it
    while True:
        m = _OPENINGS.match(norm, pos)
        if m is None or m.end() <= pos:
            found = _run_in(norm, pos, lead) if run_in else None
            if found is None:
                return pos
            m = found[1]  # past the run-in's stamp or credit: pos only grows
        pos = m.end()


def _run_in(norm: str, pos: int = 0, lead: bool = True) -> tuple[int, re.Match[str]] | None:
    """Where a run-in from ``pos`` that ends without a stop ends, and the opening after it: a headline
    before its zoned time stamp (``_HEADLINE_ZONED_STAMP``, only as the sentence's opening), a
    caption before its credit (``_CAPTION_CREDIT``, also after a headline and its stamp), a headline in title case
    before a dated dateline (``_HEADLINE_DATELINE``); or, with ``lead``, before the sentence's first word: a caption
    quoting someone (``_QUOTE_CAPTION``), a caption before a participle of saying or seeing (``_PARTICIPLE_LEAD``), a
    headline about a name before the lead that names it again (``_REPEATED_SUBJECT``, only as the sentence's
    opening), or else a headline or caption before a word that opens sentences (``_HEADLINE_LEAD``)."""
    for cue, run_in, reach in ((_ZONED_STAMP_CUE, _HEADLINE_ZONED_STAMP, 560),
                               (_CAPTION_CREDIT_CUE, _CAPTION_CREDIT, 460),
                               (_HEADLINE_DATELINE_CUE, _HEADLINE_DATELINE, 360)):
        if (pos == 0 or run_in is not _HEADLINE_ZONED_STAMP) and cue.search(norm, pos, pos + reach):
            head = run_in.match(norm, pos)
            opening = _OPENINGS.match(norm, head.end()) if head is not None else None
            if head is not None and opening is not None and opening.end() > pos:
                return head.end(), opening
    if lead and _QUOTE_CAPTION_CUE.search(norm, pos, pos + _RUN_IN_REACH):
        caption = None
        while ((more := _QUOTE_CAPTION.match(norm, caption.end() if caption else pos)) is not None
               and _QUOTE_LEAD_WORD.search(more.group("before")) is None):
            caption = more
        if caption is not None:
            return _before_lead(norm, caption.end())
    if (lead and _PARTICIPLE_CUE.search(norm, pos, pos + _RUN_IN_REACH)
            and (participle := _last(_PARTICIPLE_LEAD.finditer(norm, pos, pos + _RUN_IN_REACH))) is not None):
        return _before_lead(norm, participle.end())
    if lead and pos == 0:
        lead_at = None
        while ((subject := _REPEATED_SUBJECT.match(norm, lead_at.end() if lead_at else 0)) is not None
               and subject.group(2) not in _NOT_BEFORE_REPEATED):
            lead_at = _LEAD_GAP.match(norm, subject.end())  # always: the pattern's lookahead reads white space
        if lead_at is not None:
            return lead_at.start(), lead_at
    if lead and _HEADLINE_LEAD_CUE.search(norm, pos, pos + _RUN_IN_REACH):
        head = _HEADLINE_LEAD.match(norm, pos)
        if (head is not None and _LEAD_BOUNDARY.search(norm, head.end() + 1) is None  # the last: stripped once
                and not _CHRONOLOGY_HEADING_END.search(norm, max(pos, head.end() - 80), head.end())
                and not (norm.startswith("A ", head.end() + 1)
                         and norm[max(pos, head.end() - 12):head.end()].split()[-1].lower() in _NAMES_BY_LETTER)):
            return _before_lead(norm, head.end())
    return None


def _before_lead(norm: str, end: int) -> tuple[int, re.Match[str]] | None:
    """A run-in that ends at ``end`` and the space before the sentence's first word (None only if no space follows,
    which the run-in patterns' lookaheads rule out)."""
    gap = _LEAD_GAP.match(norm, end)
    return (end, gap) if gap is not None else None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches`` (None: none)."""
    last = None
    for last in matches:
        pass
    return last


_BULLET = re.compile(r"(?:-{1,2}|[\u2013\u2014\u2022])[ \t]+(?=[\"'\u201c\u2018A-Z0-9])")
"""A list item's mark before a sentence ("-- State-run Nile TV reported that police forces were scheduled to start
deploying ... on Monday", a live page's item; "- More than two thousand students ...", a dateline's dash left on
the line after it): no part of what the sentence tells. A writer's line set off the same way is furniture
(``_BIO``)."""


def strip_dateline(sentence: str, lead: bool = True) -> str:
    """``sentence`` without the wire dateline, timestamp, byline or bracketed aside that
    opens it ("WASHINGTON (Reuters) - The Senate voted" -> "The Senate voted"); the
    sentence itself when nothing opens it (a list item's mark goes too: ``_BULLET``). Treebank tokens ("-LRB- Reuters -RRB-") are
    read as the brackets they stand for. The result is never longer than ``sentence``,
    and stripping it again changes nothing. Without ``lead``, a headline run into the sentence's first
    word stays (``_HEADLINE_LEAD``): a title is cut from it."""
    stripped = sentence.strip()
    bullet = _BULLET.match(stripped)
    if bullet is not None:
        stripped = stripped[bullet.end():]
    if _strip_end(_normal_text(stripped), lead=lead) == 0:
        return sentence if bullet is None else stripped
    norm, where = _normalize(stripped)
    return stripped[where[_strip_end(norm, lead=lead)]:].lstrip()


def stamped_headline(sentence: str) -> str | None:
    """The headline (with its standfirst, or a picture's caption) that opens ``sentence`` before the
    page's time stamp, the picture's credit or a dated dateline (``_run_in``), when ``strip_dateline`` takes that
    run-in off; else None. The opening is no event and no summary, but it holds the article's best title."""
    stripped = sentence.strip()
    norm = _normal_text(stripped)
    if not (_ZONED_STAMP_CUE.search(norm, 0, 560) or _CAPTION_CREDIT_CUE.search(norm, 0, 460)
            or _HEADLINE_DATELINE_CUE.search(norm, 0, 360)):
        return None
    if _strip_end(norm, run_in=False):
        return _credited_headline(stripped)
    norm, where = _normalize(stripped)
    run_in = _run_in(norm, lead=False)
    return stripped[:where[run_in[0]]].strip() if run_in is not None else None


def _credited_headline(stripped: str) -> str | None:
    """A headline before a picture's credit that a wire's dateline follows ("BP to raise $50 billion for
    oil spill costs: report Credit: Reuters/Jane Doe/Handout LONDON | Sun Jun 20, 2010 8:50 am EDT LONDON
    (Reuters) - ..."): the wire's opening takes all of it off, headline too, and the headline is the title."""
    norm, where = _normalize(stripped)
    head = _CAPTION_CREDIT.match(norm) if _CAPTION_CREDIT_CUE.search(norm, 0, 460) else None
    if head is None or _OPENINGS.match(norm, head.end()) is None or _OPENINGS.match(norm[:head.end()]) is not None:
        return None
    return stripped[:where[head.end()]].strip()


# --- Cues -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Cued:
    """A costly pattern, searched only in text that holds a piece every match of it needs.

    The kind patterns are long alternations (dates, clocks, dozens of phrases) that the
    regex engine tries at every position of every sentence of every article: they were
    two thirds of the extraction time. Each alternative needs a literal piece (a word,
    a clock's digits, an opening word), listed in ``words`` (found anywhere),
    ``openings`` (at the start) or ``other`` (a small pattern); text with none of them
    cannot match, and the pattern runs only on the rest. The test suite checks the
    cues against the patterns (``test_cued_patterns_find_what_the_patterns_find``).
    Measured (benchmarks/results/build.md, 2,716 dev articles, Markdown only): a cold
    build took 25.5 s before the cues and 15.7 s with them; one article added, 5.9 s
    and 4.3 s.
    """

    pattern: re.Pattern[str]
    words: tuple[str, ...]
    openings: tuple[str, ...] = ()
    other: re.Pattern[str] | None = None

    def cued(self, text: str) -> bool:
        """Whether ``text`` holds a cue: False means the pattern cannot match it."""
        return bool(any(word in text for word in self.words) or text.startswith(self.openings)
                    or (self.other is not None and self.other.search(text)))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.cued(text) else None


# --- Kinds -------------------------------------------------------------------------------------
_COMMENT = re.compile(
    r"\|\s*Reply\b|\bReport (?:abuse|as abus(?:iv)?e)\b|\bReply\s*\|"
    rf"|{DATE}\s+(?:{_CLOCK}\s+)?at\s+{_CLOCK}\s*(?:\||$|Reply\b|Report\b)"
    rf"|^\W*(?:\w+\s+){{0,3}}?{DATE}\s+(?:{_CLOCK}\s+)?at\s+{_CLOCK}\s*(?:\||$)"
    rf"|^\s*{_ORD}\s+{MONTH}\s+\d{{4}}\s*{_DASH}\s*\d{{1,2}}:\d{{2}}\b"
    rf"|\bAt\s+{_CLOCK}\s+(?:on\s+)?{DATE},\s*[^\s,:]{{1,40}}(?:\s+[^\s,:]{{1,40}}){{0,3}}\s+wrote:"
    r"|\bPosted\s+by:?\s+[^|.]{1,60}?\s*(?:\||\bon\s+" + DATE + r"|\bat\s+" + _CLOCK + r")"
    r"|^(?:Reply|Recommend(?:ed)?|Report(?: abuse)?|Flag|Permalink|Like|Dislike)\s*(?:\(\d+\))?[.!]?$"
    r"|\b(?:\d+\s+)?(?:people\s+)?recommended\s+this\b"
    r"|\bThis (?:discussion|debate) is (?:now )?closed\b|\b[Cc]omments (?:are|have been) (?:now )?closed\b"
    r"|^The comments to this entry are closed\b|\bComments are not pre-screened\b"
    r"|^We welcome comments\b|\bViews expressed in the comments\b|\bNotify me of (?:follow-up|new) comments\b"
    r"|^Please (?:create a screen name|log ?in to comment|sign in to comment)\b|^(?:Leave|Post) a comment\b"
    r"|\bThis comment (?:was|has been) removed\b|\(required, but will not be displayed\)"
    r"|\bcomments? (?:may be )?edited for length\b|\bmoderation staff\.?$"
    # a reader's message on a live page, after its clock stamp: "1614 Jane Doe from Leeds e-mails: ..."
    r"|^(?:[0-2]\d[0-5]\d\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:from|in)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}"
    r"(?:e-?mails|writes|texts|tweets)\s*:"
)
DATELINE_ONLY = re.compile(
    rf"\W*(?:{STAMP_LEAD})?(?:{_STAMP}|{DATE}|{_TIME})(?:(?>\s*(?:{_DASH}|\||[,;])?\s*)(?:{_STAMP}|{_TIME}))*"
    r"(?:\s*\([^()]{1,30}\))?\W*"
    rf"|{_PLACE}(?:,\s+[A-Z][\w.'\u2019-]*){{0,2}}\s*\({_WIRE}\)\W*"
    # ON TAMBOUR BAY, LA.   (a place in capitals and its state's abbreviation, alone)
    rf"|{_PLACE},\s+[A-Z][A-Za-z]{{0,4}}\.(?:[A-Z]\.)?\W*"
    rf"|{_BYNAME}(?:(?:,|\s+-|\s+of|\s+for|\s+and)\s+"
    r"(?:[A-Z][\w.&'\u2019/-]*|and|of|for|to|the|in|at|special|senior|chief|staff|"
    r"(?:\w+\s+)?" + _ROLE + ")"
    r"(?:\s+(?:[A-Z][\w.&'\u2019/-]*|and|of|for|to|the|in|at|special|senior|chief|staff|" + _ROLE + r")){0,8})?"
    rf"(?:\s*\|?\s*{_STAMP})?\W*"
)
"""A line that is only a dateline, a time stamp or a byline ("Thu Oct 20, 2011 3:54pm EDT", "CAIRO, Egypt
(CNN)", "By Jane Doe, staff writer"), read whole (``fullmatch``)."""
_LINK_LABEL = re.compile(
    r"(?:Watch|Video|Videos|Photos|Gallery|Slideshow|Audio|Listen|Latest|Top\s+stories|More\s+from\s+[\w.]+|"
    r"Most\s+(?:popular|read|viewed|shared|emailed)|Recommended|You\s+may\s+also\s+like|In\s+pictures|"
    r"Full\s+coverage|Special\s+report|Timeline)\s*:"
)
_KIND_LABEL = re.compile(r"(?:Article|Video|Photos?|Gallery|Audio|Interactive|Graphic|Blog\s+post)\s+\|\s")
"""A link list's entry labelled by its kind ("Article | MIAMI -- BP advanced on the final lap ..."): a teaser of
a page, however long, not the article's own text."""
_HEADLINE_MAX = 80
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
_LINK_LABEL_MAX = 120
"""A "Video: ..." line longer than this carries a real sentence after the link."""
_SEPARATOR = re.compile(r"\s[|\u2022\u00b7]\s|\s\u00bb\s|^[|\u2022]\s|\s[|\u2022]$")
_SEPARATOR_CHARS = frozenset("|\u2022\u00b7\u00bb")
"""Every ``_SEPARATOR`` holds one of these."""
_RELATED = re.compile(
    r"^(?:Related(?:\s+(?:articles?|stories|story|links?|content|coverage|topics?|news|video|items?))?\s*[:.\u2026-]"
    r"|Related\s+(?:articles?|stories|links?|content|coverage|topics?)$"
    r"|Read\s+more\b|Read\s+the\s+full\s+(?:story|article)\b|Read:\s|See\s+also\b|\(See\s+also\b"
    r"|More\s+(?:on\s+this\s+(?:story|topic)|stories|coverage)\b\s*[:.\u2026]?|Also\s+(?:read|see|on\s+[A-Z]\w*)\s*:"
    r"|(?:News|Stories|More|Elsewhere)\s+(?i:from\s+)?(?i:around|across)\s+(?i:the)\s+Web\b)"
    r"|\bRead\s+more\s*(?:\.{3}|\u2026|\u00bb|>+)?$"
)
_RELATED_CUED = _Cued(_RELATED, ("Related", "Read", "See", "More", "Also", "Web"))


def _cut_off(text: str) -> bool:
    """Whether ``text`` is a link's teaser cut off at its length ("... to ensure it follows all envir..",
    "... owned by Transocean Ltd.."): two stops straight after a letter, where prose has one stop or an
    ellipsis of three.

    A page's list of other stories runs such teasers into its text, each of its own day, which the page's
    date does not give (on the dev articles, 13 of the 14 events they made)."""
    end = text.rstrip("\"'\u201d\u2019)")
    return end.endswith("..") and len(end) > 2 and end[-3].isalpha()


_SHARE = re.compile(
    r"^(?:Share(?:\s+this(?:\s+(?:story|article|page|post|video))?)?|Share\s+on\s+\w+|Tweet|Tweet\s+this|Email|E-mail|"
    r"Print|Print\s+this(?:\s+(?:story|article|page))?|Email\s+this(?:\s+(?:story|article))?|Save|Comments?|"
    r"Like|Pin\s+it|Text\s+size|Bookmark|Share\s+via\s+\w+)\s*(?:\(\d+\))?[.!:]?$"
    r"|\bFollow\s+(?:us|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+on\s+(?:Twitter|Facebook|Instagram|Google\+)\b"
    r"|^Follow\s+@\w+|\bLike\s+us\s+on\s+Facebook\b|\bFind\s+us\s+on\s+Facebook\b"
    r"|\bSign\s+up\s+(?:now\s+)?(?:for|to\s+(?:receive|get))\s+(?:[\w.-]+\s+){0,5}?(?:newsletters?|e-?mails?|alerts|updates|digest)\b"
    r"|\bSubscribe\s+(?:to\s+(?:our|the)\s+(?:\w+\s+){0,3}?(?:newsletter|feed|podcast|channel)|now\b)"
    r"|^Subscribe\s+to\b|\bClick\s+here\b|^(?:Click|Tap)\s+(?:NEXT|Next|next|on\s+the\s+arrow)\s+to\s+(?:continue|see|view)\b|\bE-?mail\s+(?:this\s+)?(?:story\s+|article\s+)?to\s+a\s+friend\b"
    r"|\bvia\s+these\s+feeds\b|\breading\s+via\s+RSS\b|^Send\s+us\s+(?:an?\s+)?(?:e-?mail|tip|your)\b"
    r"|^Send\s+your\s+(?:videos?|photos?|images?|stories)\b|\bdelivered\s+to\s+your\s+inbox\b"
    # a newsletter's or an event's prompt: "All you need is one click to get ...", "Send an email with ... in
    # the subject line to us"
    r"|\b(?:one|a\s+single|just\s+a)\s+click\s+to\s+(?:get|receive|sign\s+up|subscribe|join)\b"
    r"|^Send\s+(?:us\s+|him\s+|her\s+|me\s+|them\s+)?an?\s+e-?mail\b"
    # a call for the readers' pictures, comments or tips: "Share your iReport photos and video with CNN.", "Please get
    # involved and leave a comment.", "Send Melissa your tips and suggestions via e-mail, Facebook or Twitter.",
    # "Copy the URL and paste into your emails or Tweets ...", "Enter your e-mail address below and ...", "Thoughts,
    # comments, suggestions or criticisms about The Post's Live Q&A s?", "Follow Tales from the Trail ..."
    r"|^Share\s+your\s+(?:[\w-]+\s+){0,3}?(?:images?|photos?|videos?|pictures?|story|stories|iReports?|views|"
    r"experiences?|thoughts|comments)\b"
    r"|^Please\s+(?:[\w-]+\s+){0,3}?(?:leave|post|send|add)\s+(?:us\s+)?(?:a|your)\s+(?:comments?|thoughts|views)\b"
    r"|^Copy\s+(?:and\s+paste\s+)?the\s+(?:URL|link|code)\b"
    r"|^Send\s+(?:[A-Z][\w'\u2019-]*\s+|him\s+|her\s+|me\s+|us\s+)?your\s+(?:tips|suggestions|questions|comments|"
    r"thoughts|feedback|ideas)\b"
    r"|^Enter\s+your\s+(?:e-?mail|user\s*name|password|zip|post\s*code)\b"
    r"|(?:^|\s)(?:Thoughts|Questions|Comments),\s+(?:\w+,?\s+){0,4}(?:or\s+\w+\s+)?(?:about|on|for)\b[^.!?]{0,200}\?$"
    r"|^Follow\s+(?:The\s+)?[A-Z](?![\w.]*['\u2019]s\b)(?![\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+On:)"
    r"|^Follow(?:\s*:|\s+(?:live|our|us|along)\b)"
    r"|^(?:Get|Download)\s+(?:the|our)\s+(?:\w+\s+){0,2}?app\b"
    # a download prompt: "Download PDF maps related to today's show", "Download the PDF"
    r"|\bDownload\s+(?:the\s+)?PDF\b"
    # a pointer to the site's other pages: "For the latest political news: www.CNNPolitics.com"
    r"|^For\s+(?:the\s+)?(?:latest|more)\b[^.:]{0,60}:\s*(?:www\.|https?://)"
    # a newsletter's or a section's tagline: "Your essential source for the latest news on ..."
    r"|^Your\s+(?:essential|ultimate|trusted|one-stop|go-to|indispensable|daily)\s+(?:source|guide|destination|briefing)\b"
    # an e-mail address: a contact line ("Letters should be sent to letters@example.com", "email me at ...")
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"  # (the look-behind: tried once a run, not at each of its letters)
)
_CAPTION = re.compile(
    r"^\W*(?:Image|Photo|Picture)\s+(?:caption|copyright)\b"
    r"|^\(?\s*(?:[A-Z][\w.]*\s+){0,2}Photos?(?:\s+by)?\s*[/:]\s*[^()]{0,80}\)?\W*$"
    r"|^\(\s*(?:Photo(?:graph)?\s+by\s+)?[^()]{1,60}(?:/|\s-\s|--\s)(?:AP|AFP|Reuters|REUTERS|EPA|Getty(?:\s+Images)?|"
    r"Bloomberg|Corbis|PA|Rex(?:\s+Features)?|[A-Z][\w.]*\s+(?:Images|Photo|Photos|Pictures))\s*\)\W*$"
    r"|^(?:AP|AFP|Reuters|EPA|Getty\s+Images|Getty|Corbis|PA|Rex\s+Features|NASA(?:\s+Goddard)?|NOAA|"
    r"U\.?S\.?\s+Coast\s+Guard)"
    r"(?:\s+Photo)?(?:\s*/\s*[^\s/]+(?:\s+[^\s/]+){0,3})?\W*$"
    # a picture's caption by its own words: "Larry Summers file photo.", "Secretary of Energy Steven Chu (AP).", "This
    # image from a video released by BP shows ...", "This Sept. 2010 photo provided by ...", "2010 photo, nesting
    # pelicans are seen ..."
    r"|\bis\s+an?\s+(?:[\w-]+\s+){0,2}(?:writer|reporter|correspondent|columnist|editor)\s+(?:for|at|with)\s+"
    r"(?:the\s+)?"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:\s+section)?\.$"
    r"|^(?:A|An|This)\s+(?:frame|video|screen)\s+grab\b"
    r"|\bfile\s+photo\.?$|^(?:[A-Z][\w.'\u2019-]*\s+(?:of\s+)?){1,6}\((?:AP|Reuters|AFP|EPA|Getty\s+Images)\)\.?$"
    r"|^This\s+(?:(?:[A-Z][a-z]{2,}\.?|\d{1,4},?|file|undated|handout|aerial|satellite|video|NASA|NOAA|AP)\s+){0,4}"
    r"(?:image|photo|photograph|picture|frame\s+grab)\s+(?:from|provided|released|taken|"
    r"made|obtained)\b|^\d{4}\s+(?:file\s+)?photo,\s|\bThis\s+caption\s+was\s+(?:amended|corrected|changed|updated)\b"
    # a gallery's caption: "July 15: Freshly sorted blue crabs sit in a box", "Aug. 3: In this image ...",
    # with its year or its wire's credit before it: "June 23, 2010: This image from video ...", "AP July 12: ..."
    r"|^(?:(?:AP|AFP|Reuters|EPA)\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?\s*:\s+[A-Z]"
    r"(?=.*\b(?:pictured|poses?|sits?|stands?|walks?|holds?|looks\s+on|(?:is|are)\s+seen|photo|image)\b"
    # or closed by its wire's credit: "May 10: Boats work with containment boom on the shoreline of Grand Isle, La.
    # (AP)" (prose may end so too, "..., officials said (Reuters).": only after a gallery's date)
    r"|.*\((?:AP|AFP|Reuters|REUTERS|EPA|Getty\s+Images|Bloomberg|Corbis)(?:\s+Photo)?\)\W*$)"
    r"|^\W*In\s+this\s+(?:[\w,]+\s+){0,5}?(?:image|photo|photograph|picture|handout)\b"
    # a file picture's caption, alone or run into the headline before it: "FILE - In this June 1, 2010 file photo,
    # workers collect oil ...", "AP FILE: President Obama talks with ...", "... another BP oil rig FILE - In this ..."
    r"|^\W*(?:(?:AP|AFP|Reuters)\s+)?FILE\s*(?::|\s[-\u2013\u2014])\s+[A-Z]|\sFILE\s+[-\u2013\u2014]\s+In\s+this\b"
    r"|^\W*(?:Photo|Image|Picture)\s+credits\s*:"  # a list of credits, each with its picture's caption
    # a caption led by its credit: "Kim Badawi/Getty Images for CNN A protester totes a shield ..."
    r"|^(?:[A-Z][\w.'-]+\s+){1,3}?[A-Z][\w.'-]+\s*\\?/\s*(?:Getty\s+Images|AP|AFP|Reuters|EPA|Corbis|Bloomberg)"
    r"(?:\s+for\s+[A-Z][\w.]*)?\s+[A-Z]"
)
_REGION = r"(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central)"
"""A place's lower-case part in a caption's close ("in Kobe, western Japan, May 17, 2009.")."""
_CAPTION_PROSE = re.compile(
    # who stands where in the picture: "Ban Ki-moon (2nd L) listens", "(L-R) Rex Tillerson, John Watson";
    # "(R)" alone is a party label ("Gov. Bobby Jindal (R)"), so it counts only beside another mark
    r"\((?:(?:\d(?:st|nd|rd|th)|second|third|fourth|far)\s+(?:from\s+)?)?(?:L|C|L-R|R-L|left|right|centre|center|top|"
    r"bottom|front|back|rear|foreground|background)\)"
    r"|\((?:\d(?:st|nd|rd|th)|second|third|fourth|far)\s+(?:from\s+)?R\)|\(R\)(?=.*\([LC]\))"
    # a photo credit before the caption: "(AP Photo/Jane Doe) (Jane Doe - AP) Firefighters spray water ..."
    # (unless a wire dateline follows: the credit was glued onto the article's lead, "... TOKYO, Oct. 17 -- ...")
    r"|^\(\s*(?:[A-Z][\w.]*\s+){0,2}Photo(?:graph)?s?\b[^()]{0,80}\)(?!.*\d\s*(?:--|\u2014)\s)\s*\S"
    # the same in words, after a name: "President Bush, left, sits with ...", "Sarkozy, second right, and"
    r"|(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*,\s(?:(?:second|third|far|2nd|3rd)\s+(?:from\s+)?)?(?:left|right|center|centre|top|"
    r"bottom|foreground|background)(?:\s+to\s+right)?(?:,\s|\s+and\s)"
    # ... or after a thing's name, in lower case: "... swarm the blowout preventer, bottom left, as oil rises ...",
    # "... flows from the broken well, center, as a new containment cap, left, hovers ..." (not a bare ", right,",
    # which talk says: "a rebound thing, right, where ..."; on the 2,716 dev articles, 4 sentences, each a caption)
    r"|(?<=[a-z]),\s(?:(?:top|bottom|far|front|back)\s+(?:left|right|center|centre)|left|center|centre),\s"
    # a wire caption's closing place and full date, with no "on" before it: "... at a pig farm in Ipoh
    # April 29, 2009." | "... in Paris, Sunday, Oct. 12, 2008." | "... in Camden, London, 27 July 2010."
    # (prose says "in Paris on Oct. 12")
    r"|\b(?:in|at|of|near|outside|off)\s+(?:(?:[A-Z][\w.'\u2019-]*|" + _REGION + r"),?\s+){1,5}?(?:" + WEEKDAY + r",?\s+)?"
    r"(?:" + MONTH + r"\s+\d{1,2},|\d{1,2}\s+" + MONTH + r",?)\s+\d{4}\.?$"
    # ... or its weekday and full date set off by commas inside it, the place after them: "President Obama makes a
    # statement ..., Friday, June 11, 2010, in the Rose Garden of the White House." (prose says "on Friday, June 11",
    # or "said Friday"; on the 2,716 dev articles, 16 sentences, each a wire picture's caption)
    r"|(?<!\bon)(?<!\bOn)(?<!\bsaid)(?<!\bsays),\s+" + WEEKDAY + r",\s+" + MONTH + r"\s+\d{1,2},\s+\d{4,5}"
    r"(?:,\s|\s+in\s+[A-Z])"
    # the wire's closing picture formula: "... waits for customers in Beijing in this May 8, 2008 file
    # photo." | "... in an undated handout photo." | "... in this handout photograph taken on April 21."
    r"|\bin\s+(?:this|an\s+undated)\s+(?:(?:[A-Z][\w.'\u2019-]*|\d[\d,.]*|file|handout|undated|aerial|archive|"
    r"satellite|family|video),?\s+){0,6}?(?:photo(?:graph)?|picture|image)"
    r"(?:\s+(?:taken|released|provided|made|obtained|distributed|issued|supplied|dated)\b[^.!?]*)?\.?$"
    # a pointer to the page's own video or audio, which the text does not hold: "In the following video, CNN's
    # Anderson Cooper reports on being attacked ...", "In this video interview from May 5, ...", "Shots can be
    # heard in this video of crowds ...". A video that is the news is told otherwise ("In the video, posted on
    # YouTube, ...", "In this video, posted by activists, ..."; "The video is dated the 28th of January"). On the
    # 2,716 dev articles, 8 sentences
    r"|^In\s+(?:the\s+(?:following|accompanying)\s+(?:video|clip|audio)\b|the\s+(?:video|clip|audio)\s+(?:below|above)\b"
    r"|this\s+(?:video|audio)\s+(?:interview|report|blog)\b)"
    r"|\bcan\s+be\s+(?:seen|heard)\s+in\s+(?:this|the\s+(?:following|accompanying))\s+(?:video|clip|audio)\b"
)
"""A caption written as a sentence: who stands where in the picture, the wire's place-and-date close,
or its closing "in this ... file photo"."""
_CAPTION_PROSE_CUED = _Cued(_CAPTION_PROSE, ("(", "left", "right", "cent", "top", "bottom", "ground", "in this",
                                             "in an undated", "day, ", "video", "clip", "audio"),
                            other=re.compile(r"\d{4}\.?$"))
_CREDIT_LABEL = re.compile(
    r"\(?\s*(?:Photo(?:graph)?s?(?:\s+credits?)?|Pictures?|Credits?|Caption|Image|Illustration)\s*:\s*")
_CREDIT_WORDS = 10
"""A "Photo: ..." line of more words than this carries a real sentence."""
_LOWER_WORD = re.compile(r"\b(?!(?:by|and|of|for|the|via|courtesy|from|de|van|von)\b)[a-z]{3,}")
_SPEAKER = re.compile(
    r"^(?P<label>[A-Z][A-Z.'\u2019-]*(?:\s+[A-Z][A-Z.'\u2019-]*){0,4})"
    r"(?:,\s*[A-Z0-9][A-Z0-9.,'\u2019&/()\s-]{0,120}?)?:\s+\S"
    r"|^\((?:BEGIN|END)\s+(?:VIDEO|AUDIO|VIDEOTAPE)[A-Z\s]*\)|^\((?:COMMERCIAL\s+BREAK|CROSSTALK|LAUGHTER|APPLAUSE|"
    r"BEGIN\s+[A-Z\s]+|END\s+[A-Z\s]+)\)"
)
_SIGN_ON = re.compile(
    r"^(?:I['\u2019]m|I\s+am)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+"
    r"(?:,?\s+(?:in|at|from|for|with)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}|,\s+[A-Z]{2,5})?\.$"
    r"|^This\s+is\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+,\s+[A-Z]{2,5}\.$"
    r"|^(?:The\s+)?[A-Z][\w&]*['\u2019]s\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}\s+reports"
    r"(?:\s+from\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?\.$"
    # a video's credit line, the reporter's name alone: "Christian Fraser reports from Leogane."
    r"|^[A-Z][a-z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]+\s+reports\s+from\s+[A-Z][\w'\u2019-]*"
    r"(?:[\s-][A-Z][\w'\u2019-]*){0,3}\.$"
)
"""A broadcast's sign-on or hand-over, a whole sentence: "I'm Fareed Zakaria.", "I'm Becky Anderson in London.",
"This is Randi Kaye, CNN.", "CNN's Frederik Pleitgen reports." A name is two capitalized words, so "I'm
Egyptian." is a sentence, and "This is" signs on only before its outlet ("This is Tahrir Square." is a sentence)."""
_SIGN_ON_MAX = 90
_CREDIT_LINE = re.compile(
    r"^(?:-{1,3}\s*)?[A-Z][^.!?]{0,100}?\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\W*$"
    r"|^(?:Additional\s+[Rr]eporting|Reporting)\s+by\s+[A-Z]|;\s*[Ee]diting\s+by\s+[A-Z]|^(?:Writing|Compiled|Edited)\s+by\s+[A-Z]"
)
"""A wire's or a site's credit line, a sentence of its own ("CNN's Saad Abedine contributed to this report.",
"Reporting by Jane Doe; Editing by John Roe", "Additional reporting by ..."): bylines' kin. Not one glued to the end
of a real sentence ("... before hostilities erupted in Kuwait. --- Andy Pasztor contributed to this article.")."""
_DISCLAIMER = re.compile(_DISCLAIMER_WORDS + r"\W*$")
"""A column's disclaimer alone ("The opinions expressed are his own."): the writer's line, furniture."""
_BIO = re.compile(
    r"^" + _DASH + r"\s*(?:[A-Z][\w.'\u2019-]*,?\s+){1,4}(?:is|was|has\s+been)\s+(?:a|an|the)?\s*"
    r"(?:[\w.,'\u2019&-]+\s+){0,8}?(?:columnist|correspondent|reporter|writer|editor|professor|author|analyst|"
    r"fellow|contributor|commentator|economist|blogger|producer|lecturer|researcher|journalist)s?\b"
    r"|^" + _DASH + r"\s*(?:[A-Z][\w.'\u2019-]*,?\s+){1,4}(?:has\s+)?(?:written|writes)\b"
)
"""A writer's line set off by a dash ("-- Eric Auchard is a Reuters columnist.", "-- Kees Willemse is professor of
offshore engineering ...", "-- Riki Ott, PhD, has written two books ..."): the page's furniture, not a list item."""
_NOT_SPEAKERS = frozenset(
    """NEW UPDATE UPDATED BREAKING WATCH VIDEO PHOTOS PHOTO LIVE EXCLUSIVE ANALYSIS OPINION EDITORIAL
    COMMENT COMMENTARY NOTE FACT CHECK WHO US USA UK UN EU NATO NASA FYI PS P.S. OK AIDS HIV SARS""".split()
)
_HIGHLIGHT_MARK = r"(?:^|\s)NEW:\s+(?=[A-Z0-9\"'\u201c\u2018`])"
"""The mark of a story's highlight added as the story is updated ("... NEW: President Obama spoke to ..."): a block of
them is furniture, but its headline titles the page (``holds_highlights``, ``timeline.read.untitled``)."""
_HIGHLIGHTS = re.compile(_HIGHLIGHT_MARK)
_PAGE_PROMPT = (r"(?:Watch|View|Explore)\s+(?:the\s+(?:full\s+)?|all\s+(?:of\s+)?our\s+|our\s+|more\s+)?"
                r"(?:[\w'\u2019-]+\s+){0,3}?(?:video|videos|graphics?|interactive|gallery|slideshow|map|path|photos|"
                r"pictures|clip)\b")
"""A page's prompt to its own pictures ("Explore all of our oil spill graphics ...", "Watch the full video interview"):
a widget's words (``_WIDGET``), at a sentence's start, after a credit's bracket or run in after a headline."""
_PLAYER_NOTICE = r"(?:In\s+order\s+to|To)\s+(?:play|see|view|watch)\s+this\s+(?:content|video|clip|media)\b"
"""A player's notice that it cannot show its content ("To play this content JavaScript must be turned on ...")."""
_PROMPT_RUN_IN = re.compile(r"\b[a-z][\w'\u2019-]*(?=\s+(?:" + _PAGE_PROMPT + "|" + _PLAYER_NOTICE + "))")
_HEAD_ENDS = frozenset("a an the and or but to of in on at for by with can could will would may might must should is "
                       "are was were be you we they he she it".split())
"""Words no headline ends on: before a prompt they make its head a clause's fragment ("Readers at home can Watch
...")."""


def prompt_head(sentence: str) -> str:
    """The headline a page's prompt (``_PAGE_PROMPT``) runs into, of three words or more ("D.C. lawyers handling oil
    spill-related litigation Explore all of our oil spill graphics ..."); "" when there is none. The sentence is a
    widget's, and its head the article's best title."""
    m = _PROMPT_RUN_IN.search(sentence)
    head = sentence[:m.end()].strip() if m is not None else ""
    return head if len(head.split()) >= 3 and head.split()[-1].lower() not in _HEAD_ENDS else ""


_WIDGET = re.compile(
    r"^RT\s+@\w|\bRT\s+@\w+:|^[@#][A-Za-z_]\w*|\bRETWEET\b|\bpic\.twitter\.com/"
    r"|\s[-\u2013\u2014|]\s+\d{1,2}\s+(?:hrs?|hours?|mins?|minutes?|days?)\s+ago\b"
    r"|^A version (?:of this (?:article|story) )?appeared (?:in|on)\b|\bAuto[- ]update every\b"
    r"|^\(?All\s+times\s+(?:are\s+)?(?:in\s+)?[A-Z]{2,4}\b"
    # a programme's slot: "Tune in week nights at 2200 CET ...", "Watch AC360 at 8 & 10 p.m. ET."
    r"|^(?:Tune\s+in|Watch\s+[A-Z][\w&]*)\b[^.!?\n]{0,40}?\bat\s+\d{1,4}(?::\d\d)?(?:\s*(?:&|and)\s*\d{1,2}(?::\d\d)?)?"
    r"\s*(?:[ap]\.?m\.?\s*)?(?:ET|EST|EDT|PT|PST|PDT|CET|GMT|BST)\b"
    r"|\(@\w{1,15}\)\s+" + MONTH + r"\s+\d{1,2},\s+\d{4}"
    r"|(?:\bCopyright\b|\u00a9)\s*(?:\(c\)\s*)?\d{4}|^(?:\(c\)|\u00a9)\s|\b(?i:all rights reserved)\b"
    r"|\bmay not be (?:published|reproduced|redistributed),?\s+(?:broadcast|rewritten|or)\b"
    r"|\bstock quote data provided by\b|\b(?i:quotes?\s+(?:are\s+)?delayed)\b|^All times are [A-Z]{1,4}\b\.?$"
    r"|\bMarket data provided by\b|^(?:Morningstar|FactSet|Thomson Reuters|Dow Jones)\b[^a-z]{0,40}(?:Inc|Ltd|LLC)\.?\s*\d{0,4}\.?$"
    r"|^FactSet Research Systems Inc\.?\s*\d{4}\.?$"
    # an index's or a market data vendor's notice: "All content of the Dow Jones IndexesSM 2013 is proprietary to
    # Dow Jones & Company, Inc.", "The market data is the property of Chicago Mercantile Exchange Inc. and its licensors."
    r"|\bproprietary\s+to\s+(?:and\s+distributed\s+by\s+)?[A-Z][\w.&,'\s]{0,40}?\b(?:Inc|Ltd|LLC|plc)\b"
    r"|\bdata\s+(?:is|are)\s+the\s+property\s+of\s+[A-Z][\w.&,'\s]{0,40}?\b(?:Inc|Ltd|LLC|plc)\b"
    r"|\bTHIS\s+IS\s+A\s+RUSH\s+TRANSCRIPT\b|\bTHIS\s+COPY\s+MAY\s+NOT\s+BE\s+IN\s+ITS\s+FINAL\s+FORM\b"
    # a broadcast page's notice: "Today is broadcast live and the running order is subject to change.",
    # "We do not offer transcripts for our program interviews."
    r"|\brunning\s+order\s+is\s+subject\s+to\s+change\b|\b(?:do\s+not|don't)\s+offer\s+transcripts\b"
    # a story's highlights above its lead, each bullet marked "NEW:" as the story is updated ("By the CNN Wire Staff
    # Obama on Egypt: Change must happen now NEW: President Obama spoke to Egypt's president on Tuesday NEW: ..."):
    # the bullets run into one another and into the byline and the headline. On the 2,716 dev articles, 17
    # sentences, each such a block
    r"|" + _HIGHLIGHT_MARK +
    # a programme's listing: "BP - In Deep Water, BBC One, Monday, 21 June at 2030 BST Then available in the UK via
    # the link below", "Broadcast on BBC Radio 4, 4:30 PM Thu, 11 Jun 2009 Available until ..."
    r"|^(?:First\s+)?Broadcast\s+(?:on\s+)?BBC\b|\bavailable\s+in\s+the\s+UK\s+via\s+the\s+link\s+below\b"
    r"|^" + _COUNTER + r"$"
    # a notice to the reader's browser: "Your browser's settings may be preventing you from commenting ...",
    # "Your browser does not support the video tag", and the pointer after it, "See instructions for fixing ..."
    r"|^(?:Your|your)\s+browser\b|\bin\s+your\s+browser\b|^See\s+(?:the\s+)?instructions\b"
    # a media player's notice: "Can not play media.", "Sorry, this media is not available in your territory."
    r"|^(?:Can\s*not|Cannot|Unable\s+to)\s+play\s+(?:media|video)\b"
    r"|\b(?:media|video|content|clip)\s+is\s+not\s+available\s+in\s+your\s+(?:territory|country|region|location)\b"
    # a site's edition chooser: "You've selected the U.S. Edition.", "Would you like to make this your default edition?"
    r"|^You(?:'|\u2019)ve\s+selected\s+the\s+[\w.\s]{1,24}?\s+[Ee]dition\b|\bmake\s+this\s+your\s+default\s+edition\b"
    # a player's or a page's notice and pointer: "To play this content JavaScript must be turned on and the latest
    # Flash player installed.", "... Your browser's settings may be preventing you from ...", "Click image for full
    # graphic.", "... click on the links below.", "Watch the full video interview, or click through the transcript
    # ...", "Explore all of our oil spill graphics ...", "You can see video ... at the top of the page", "We will be
    # bringing you news, insights from BBC correspondents ...", "This content has been removed as our copyright has
    # expired."; a live page's list of its posts, each with its time ("More on vaccines - 16:10 UK time, Wednesday, 8
    # July 2009 Policy shift expected - 08:55 UK time, ..."); a wire story's id, "(ID: nLDE66Q09I)"; a page's data,
    # '{"title": ...'
    r"|\b[Jj]ava[Ss]cript\b[^.!?\n]{0,80}?\b(?:enabled|turned\s+on|installed|required|disabled)\b"
    r"|\bFlash\s+(?:player\s+)?installed\b|\bYour\s+browser(?:'s|\u2019s)?\s+(?:settings|does|may|is)\b"
    r"|^(?:Click|Tap)\s+(?:on\s+)?(?:the\s+)?(?:images?|icons?|links?|picture|graphic|map|play|button|thumbnails?)\b"
    r"|\bclick\s+(?:on\s+)?the\s+links?\s+below\b|\bclick\s+through\s+the\s+(?:transcript|slideshow|gallery|images)\b"
    r"|(?:^|\)\s+|\b[a-z][\w'\u2019-]*\s+)" + _PAGE_PROMPT +
    r"|\b(?:see|watch|find|video|links?|above|below)\b[^.!?\n]{0,60}?\bat\s+the\s+(?:top|bottom)\s+of\s+"
    r"(?:this|the)\s+page\b|^We(?:'ll|\u2019ll|\s+will)\s+be\s+bringing\s+you\b"
    r"|\bcopyright\s+has\s+expired\b|^This\s+content\s+(?:has\s+been\s+removed|is\s+(?:no\s+longer|not)\s+available)\b"
    r"|\b" + _PLAYER_NOTICE +
    r"|(?:\s[-\u2013]\s+\d{1,2}[:.]\d\d\s+(?:UK\s+time|GMT|BST)\b[^\n]*){2}"
    r"|^\(ID:\s*n[A-Z0-9]{6,}\)[^A-Za-z]*$|\{\s*[\u201c\"]title[\u201d\"]\s*:"
    r"|^" + _NOTE
)
"""Widget and feed text: tweets and retweets, "2 hours ago" stamps, copyright and market-data notices,
a slideshow's counter alone (``_COUNTER``; before a sentence it is an opening, stripped), an
editor's note about the page (``_NOTE``; run into a sentence, an opening), a broadcast transcript's notice
("THIS IS A RUSH TRANSCRIPT", which CNN's transcripts open with after the show's name and air date) and a broadcast
page's ("the running order is subject to change")."""
_COMMENT_CUED = _Cued(_COMMENT, ("Repl", "Report", "ecommend", "Posted", "omment", "discussion", "debate", "Please",
                                   "required, but", "moderation staff", "mails:", "writes:", "texts:", "tweets:"),
                     ("Flag", "Permalink", "Like", "Dislike"), re.compile(r"\d[:.]\d\d"))
_WIDGET_CUED = _Cued(_WIDGET, ("RT", "RETWEET", "pic.twitter", "ago", "appeared", "update every", "(@", "Copyright", "\u00a9",
                               "(c)", "may not be", "data provided by", "All times are", "Inc", "Ltd", "LLC", "} of {",
                               "TRANSCRIPT", "FINAL FORM", "proprietary", "property of", "browser", "instructions",
                               "running order", "transcripts", "play media", "play video", "not available in your", "default edition",
                               "Broadcast", "via the link below", "All times", "NEW:", "avascript", "avaScript",
                               "Flash",
                               "of the page", "of this page", "bringing you", "copyright", "This content",
                               "this content", "this video", "this clip", "this media", "Explore", "Watch",
                               "View", "UK time", "GMT", "BST", "(ID:", "title", "page", "click"),
                     ("@", "#", "Note", "NOTE", "Editor", "editor", "EDITOR", "Correction", "CORRECTION",
                      "Clarification", "CLARIFICATION", "This", "An earlier", "You've", "You\u2019ve", "Tune in",
                      "Watch ", "View ", "Explore ", "Click", "Tap", "We", "{"),
                     re.compile(r"(?i:rights reserved|delayed)"))
_CORRECTION_CUED = _Cued(re.compile("^" + _CORRECTION),
                         ("correct", "wrong", "misstat", "misident", "misspel", "misquot", "misattrib", "mistaken",
                          "omitted", "erroneous", "version", "updated", "amended", "changed", "jointly", "This"))
"""A correction or a credit of the article itself (``_CORRECTION``): a pattern of its own, not one of ``_WIDGET``'s,
as its openings ("The", "A") would run that long pattern on most sentences."""
_SHARE_CUED = _Cued(_SHARE, ("Follow", "Facebook", "Sign", "Subscribe", "Click", "friend", "feeds", "RSS", "inbox",
                            "@", "click", "PDF", "Thoughts,", "Questions,", "Comments,"),
                    ("Share", "Tweet", "Email", "E-mail", "Print", "Save", "Comment", "Like", "Pin", "Text",
                     "Bookmark", "Send", "Get", "Download", "Your", "For", "Tap", "Please", "Copy", "Enter",
                     "Questions"))
_CREDIT_LINE_CUED = _Cued(_CREDIT_LINE, ("contributed", "diting by"),
                          ("Reporting", "Additional", "Writing", "Compiled", "Edited"))
_HAS_TEMP = re.compile(r"\d\s?\u00b0")
_WEATHER_TOKEN = re.compile(
    r"[A-Z][\w.'-]*,?|Hi|Lo|High|Low|(?i:sunny|cloudy|clear|fog|foggy|rain|showers?|snow|thunderstorms?|overcast|"
    r"windy|haze|hazy|mist|drizzle|sleet|partly|mostly|light|heavy|scattered|isolated)|and|with|"
    r"-?\d{1,3}(?:\u00b0[CF]?)?(?:/-?\d{1,3}\u00b0?[CF]?)?|\u00b0[CF]?|\d{1,3}%|[/|,:;.-]"
)
_TICKER_TOKEN = re.compile(
    r"[A-Z][\w&.'-]*|[+\u2212-]?\d[\d,]*(?:\.\d+)?%?|\([+\u2212-]?\d[\d,]*(?:\.\d+)?%?\)|[\u25b2\u25bc\u2191\u2193|/:,-]"
)
_TICKER_CHANGE = re.compile(r"(?:^|\s|\()[+\u2212-]\d[\d,]*(?:\.\d+)?%?|[\u25b2\u25bc\u2191\u2193]")


def boilerplate_kind(sentence: str) -> str | None:
    """The kind of page furniture ``sentence`` is (one of ``KINDS``), or None for a real
    sentence. A sentence that only opens with a dateline ("WASHINGTON (Reuters) - The
    Senate voted ...") is real: ``strip_dateline`` removes the opening."""
    norm = _normal_text(sentence.strip())
    if not norm:
        return None
    if _COMMENT_CUED.search(norm):
        return COMMENT
    if len(norm) <= _SHORT and DATELINE_ONLY.fullmatch(norm) and _PUNCT_ONLY.fullmatch(norm) is None:
        return DATELINE
    rest = norm[_strip_end(norm, lead=False):]  # furniture's own words may read as a headline's
    if rest != norm and len(rest) <= _SHORT and DATELINE_ONLY.fullmatch(rest) and _PUNCT_ONLY.fullmatch(rest) is None:
        return DATELINE  # a stamp, then the wire's dateline alone: "LONDON | Tue Jun 9, 2009 9:52 am EDT LONDON (Reuters)"
    if rest.startswith("By") and _BYLINE_RUN_IN.match(rest):
        return DATELINE
    label = _CORRECTION_LABEL.match(rest)
    if _CORRECTION_CUED.search(rest[label.end():] if label else rest):
        return CORRECTION
    if _WIDGET_CUED.search(rest):
        return WIDGET
    if _SHARE_CUED.search(rest):
        return SHARE
    if (_CAPTION.search(rest) or _is_credit(rest) or _CAPTION_PROSE_CUED.search(rest)
            or PICTURE_CREDIT.fullmatch(rest)):
        return CAPTION
    if (_RELATED_CUED.search(rest) or _is_link_list(rest) or (len(rest) <= _LINK_LABEL_MAX and _LINK_LABEL.match(rest))
            or _cut_off(rest) or _KIND_LABEL.match(rest)):
        return RELATED
    speaker = _SPEAKER.match(rest)
    if speaker and (speaker.group("label") is None or _is_speaker_label(speaker.group("label"))):
        return SPEAKER
    if rest[-1:] == "." and len(rest) <= _SIGN_ON_MAX and _SIGN_ON.match(rest):
        return SPEAKER
    if norm[:1] in "-\u2013\u2014" and _BIO.match(norm):
        return CAPTION
    if "expressed" in norm and _DISCLAIMER.match(norm):
        return CAPTION
    if _CREDIT_LINE_CUED.search(rest):
        return DATELINE
    if _is_widget_line(rest):
        return WIDGET
    return None


_LEANS_BACK = re.compile(r"(?:It|This|That)(?:['\u2019]s)?\s")
"""The opening of a sentence that speaks of the one before it."""


_STORY_LINK = re.compile(r"(?:^|(?<=\s))Full\s+Article\s+(?=\S)")
"""The label of a link to another story in a site's widget above the article ("Helicopter crashes into crane
on London tower, kills two. Full Article Norway to apply BP oil spill lessons to Arctic ..."): the teaser
before it is the other story's, and the page's own headline follows it."""
WIDGET_REACH = 600
"""How far into a text a widget above the article is looked for."""
_LEAD_AFTER_DATELINE = 6
"""The fewest words of a lead after a dateline; fewer are what a credit leaves ("... Credit: Reuters/Ann
Marie Gorden/U.")."""


def widget_end(text: str) -> int:
    """Where a site's story-link widget above the article ends in ``text`` (``_STORY_LINK``: after its
    label), or 0 when the text opens with none within ``WIDGET_REACH`` characters."""
    label = _STORY_LINK.search(text, 0, WIDGET_REACH)
    return 0 if label is None else label.end()


def widget_sentences(texts: Sequence[str], reach: int) -> int:
    """How many of the first sentences ``texts`` are a site's story-link widget above the article (see
    ``widget_end``), looked for in the first ``reach`` + 1 sentences: the teasers before the label, and the
    label's own sentence unless the article's dateline follows the label in it ("... Full Article Hong Kong
    hotel quarantine move stirs controversy HONG KONG | Sat May 2, 2009 9:15 pm IST HONG KONG (Reuters) -
    Travelers quarantined ...": the lead is in it, after the dateline, which ``strip_dateline`` takes off
    with all before it)."""
    for i, text in enumerate(texts[:reach + 1]):
        label = _STORY_LINK.search(text)
        if label is not None:
            rest = text[label.end():]
            lead = strip_dateline(rest)
            return i if lead != rest and len(lead.split()) >= _LEAD_AFTER_DATELINE else i + 1
    return 0


def holds_highlights(sentence: str) -> bool:
    """Whether ``sentence`` is (or holds) a block of a story's highlights (``_HIGHLIGHT_MARK``): furniture as an
    event, but an untitled page's headline may open it."""
    return "NEW:" in sentence and _HIGHLIGHTS.search(sentence) is not None


def kind_after(previous_kind: str | None, sentence: str, previous: str = "") -> str | None:
    """The kind of furniture ``sentence`` is (``boilerplate_kind``) after a sentence ``previous`` of
    ``previous_kind``.

    One that opens on "It", "This" or "That" after a share or subscribe prompt goes on with it ("Get our
    newsletter every morning. It's like reading it on the blog, only much more convenient."), so it is
    the prompt's too (``SHARE``). So does what a correction says is right ("The article incorrectly said
    that Sen. Kent Conrad chairs the Senate banking committee. Conrad is the chairman of the Budget
    Committee."): one plain sentence (``_corrects``) right after a correction ``boilerplate_kind`` finds, not
    the page's headline, which often comes next ("This article misstated the first name of ... Historic Market
    Bailout Set in Motion")."""
    kind = boilerplate_kind(sentence)
    if kind is None and previous_kind == SHARE and _LEANS_BACK.match(sentence.strip()) is not None:
        return SHARE
    if (kind is None and previous_kind == CORRECTION and boilerplate_kind(previous) == CORRECTION
            and _corrects(sentence, previous)):
        return CORRECTION
    return kind


_TITLE_CASE_RUN = re.compile(r"(?:\b[A-Z][\w'\u2019.-]*\s+){3}[A-Z]")
"""Four capitalized words in a row: a headline in title case ("Obama Takes First Shot at ..."), not a name."""
_RIGHT_NOT_WRONG = re.compile(r",\s+not\s+(?!(?:in|on|at|for|to|by|from|with|as|yet|only|just|now)\b)[^,]{1,60}[.!?]"
                              r"[\"'\u201d\u2019)]*$")
"""What is right, then what was printed ("The spill is estimated at more than 4 million barrels, not 4 million
gallons.")."""


def _corrects(sentence: str, correction: str) -> bool:
    """Whether ``sentence``, after ``correction``, says what is right: prose, not a headline (a closing stop, no
    run of title-case words), and either "X, not Y" ("He is Robert Craft, not Robert Kraft.") or naming a name or
    figure the correction names after its first word ("Conrad is the chairman of the Budget Committee.", "It is the
    Oil Pollution Act of 1990."). Not a sentence that only shares the story's words with it: "This article
    misstated the amount of oil released by the spill." is followed by the story's lead ("BP said on Monday that the
    oil spill ... had grown"). On the 2,716 dev articles, the sentences after 10 of the 18 corrections; after three
    others comes the page's headline, kept, and five are missed ("The FDIC's funds come from insurance payments ...":
    the correction wrote "Federal Deposit Insurance Corp.")."""
    said = sentence.strip()
    if not _SENTENCE_END.search(said) or _TITLE_CASE_RUN.search(said):
        return False
    if _RIGHT_NOT_WRONG.search(said) is not None:
        return True
    return not _names_and_figures(said).isdisjoint(_names_and_figures(correction.strip(), first=False))


_NAME_OR_FIGURE = re.compile(r"\b[A-Z][\w'\u2019.-]*[\w]|\b[0-9][0-9.,]*[0-9]\b|\b[0-9]\b")


def _names_and_figures(text: str, first: bool = True) -> set[str]:
    """The names (capitalized words that are no function words) and figures of ``text``, lower-cased, a possessive
    read as its noun; without its first word when ``first`` is False (a sentence's first word is capitalized
    whatever it is)."""
    found = _NAME_OR_FIGURE.finditer(text)
    return {POSSESSIVE.sub("", m.group().lower()) for m in found if first or m.start() > 0} - STOP


def _is_link_list(text: str) -> bool:
    """Headlines joined by | or • (two separators, or one in a short line), none of them
    a long sentence (a link list glued to a real sentence is kept)."""
    if not _SEPARATOR_CHARS.intersection(text):
        return False
    separators = len(_SEPARATOR.findall(text))
    if not (separators >= 2 or (separators == 1 and len(text) <= 100)):
        return False
    return not any(len(part) > _HEADLINE_MAX and _SENTENCE_END.search(part) for part in _SEPARATOR.split(text))


def _is_credit(text: str) -> bool:
    """A bare photo credit ("Photo: Getty Images"), not a credit glued to a sentence."""
    label = _CREDIT_LABEL.match(text)
    if label is None:
        return False
    tail = text[label.end():]
    return len(tail.split()) <= _CREDIT_WORDS and len(_LOWER_WORD.findall(tail)) <= 2


def opens_with_credit(sentence: str) -> bool:
    """Whether ``sentence`` starts with a photo credit's label ("Photograph: Gerald Herbert/AP ...",
    "Picture: ...", "Credit: ..."), alone or glued to the text after it."""
    return _CREDIT_LABEL.match(_normal_text(sentence.strip())) is not None


_BRACKETED_CREDIT = re.compile(r"\((?:By\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}\s+"
                               r"(?:-{1,2}|[\u2013\u2014])\s+(?:The\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}\)(?:\s|$)")
"""A picture's credit in brackets, its photographer and their agency or paper ("(Bill O'leary - The Washington
Post)", "(By Ricky Carioti -- The Washington Post)"): printed under its caption. On the 2,716 dev articles, 10
Finan events were such captions, wherever on the page ("The company's stock price has dropped 60 percent this
week."); of the 5 judged before, 4 not worth a reader's time."""


def opens_with_bracketed_credit(sentence: str) -> bool:
    """Whether ``sentence`` starts with a picture's credit in brackets (``_BRACKETED_CREDIT``): the sentence
    before it is the picture's caption."""
    return _BRACKETED_CREDIT.match(sentence.lstrip()) is not None


_WIRE_CREDIT = re.compile(r"(?:AP|AFP)(?:(?:19|20)\d\d)?\s+(?=[A-Z])(?!(?:Television|Sports|Exclusive|EXCLUSIVE)\b)")
"""A wire's bare credit glued to what follows it ("AP A BP program to hire ...", "AP WASHINGTON -- ...", "AP
July 12: The new containment cap ..."): a news site's picture credit, left where the caption before it ended.
Not the wire's own names ("AP Television News"), nor a headline's label ("AP Exclusive: ...")."""


def opens_with_wire_credit(sentence: str) -> bool:
    """Whether ``sentence`` starts with a wire's bare credit (``_WIRE_CREDIT``). Near a page's top it closes
    the caption block before it ("In this May 22, 2010 photo, pelicans are seen ... Oil from the spill
    affected the coast. AP A BP program ..."); elsewhere it is only an opening (``strip_dateline``)."""
    return _WIRE_CREDIT.match(sentence.lstrip()) is not None


def _is_speaker_label(label: str) -> bool:
    """An all-caps name; not a single short or headline word ("US:", "NEW:", "UPDATE:")."""
    words = label.split()
    if len(words) == 1 and (label in _NOT_SPEAKERS or len(label.strip(".'\u2019-")) < 3):
        return False
    return sum(c.isalpha() for c in label) >= 3


def _is_widget_line(text: str) -> bool:
    """A weather widget ("Cairo Sunny 23°C") or a stock ticker ("Dow 12,345 -0.5%")."""
    temperature = _HAS_TEMP.search(text) is not None
    if len(text) > 160 or not (temperature or _TICKER_CHANGE.search(text)):
        return False  # neither: no need to read its words
    tokens = text.replace("\u00b0 ", "\u00b0").split()
    if temperature and len(tokens) <= 14 and all(_WEATHER_TOKEN.fullmatch(t) for t in tokens):
        return True
    if 3 <= len(tokens) <= 30 and _TICKER_CHANGE.search(text) and all(_TICKER_TOKEN.fullmatch(t) for t in tokens):
        numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", text)
        return len(numbers) >= 2
    return False
