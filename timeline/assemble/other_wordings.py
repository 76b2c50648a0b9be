"""How many more articles told an entry's happening at the time in other words.

An entry is one sentence and its near-duplicates (``timeline.assemble.NEAR_DUPLICATE``), so a day's main news,
told in many wordings, is many entries of one or two reports each, while a side story that one outlet pasted
into three of its day's articles is one entry of three. A first-time reader found bpoil's 15 July 2010 page
opening on BP's lobbying over a Libyan prisoner transfer (three reports of one paragraph) and the oil's flow
stopping, the day's news, after it.

Two entries of a day tell one happening when their content words (``timeline.words.content_words``), less the
story's own words (``topicality.profile_of``: "oil", "spill", "bp", which every sentence of the story uses),
overlap by ``OTHER_WORDING`` (Jaccard) or more: "The flow of oil was shut off at 1425 local time" and "A new cap
was used on Thursday to stop the flow for the first time since 20 April" share "flow" and the day's other words.
Only the entries told at the time count (not ``Entry.recalled``, not ``Entry.expected``), and only the one of
most reports among those that tell a happening (its lead) is credited with the others' articles: credited to
each, a day's five had told its big happening two or three times over in other words, and lost its other news
(``benchmarks/results/judged/happening-importance/``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from timeline.assemble.timeline import Entry
from timeline.words import content_words

OTHER_WORDING = 0.2
"""Jaccard similarity of two entries' content words, less the story's, from which they tell one happening."""
COMPARED = 300
"""A day's entries compared: the ``COMPARED`` of most reports (ties to the earlier). The comparison is quadratic in
them, and a lead is among a day's most reported: a synthetic day of 5,000 entries took 5.9 s compared whole, and
one of 2,000 1.0 s (an archive of a year at 300,000 articles has days of thousands)."""


def other_reports(entries: Sequence[Entry], profile: frozenset[str] | None) -> list[int]:
    """For each of one day's entries, how many articles that do not report it told its happening at the time in
    other words (``OTHER_WORDING``), for the lead of the happening (the most reports, ties to the earlier); 0
    for the others.

    Compared through the words they share (an index of the day's words), not every pair: a busy day's entries
    share few words once the story's are left out."""
    if len(entries) > COMPARED:
        kept = sorted(sorted(range(len(entries)), key=lambda i: (-len(entries[i].sources), i))[:COMPARED])
        counted = dict(zip(kept, other_reports([entries[i] for i in kept], profile)))
        return [counted.get(i, 0) for i in range(len(entries))]
    timely = [not (entry.recalled or entry.expected) for entry in entries]
    words = [frozenset(content_words(entry.sentence).split()) - (profile or frozenset()) if told else frozenset()
             for entry, told in zip(entries, timely)]
    reporters = [{source.article_id for source in entry.sources} for entry in entries]
    holding: dict[str, list[int]] = {}
    for i, own in enumerate(words):
        for word in own:
            holding.setdefault(word, []).append(i)
    counts = []
    for i, own in enumerate(words):
        shared = Counter(j for word in own for j in holding[word] if j != i)
        linked = [j for j, n in shared.items() if n >= OTHER_WORDING * (len(own) + len(words[j]) - n)]
        if any((len(reporters[j]), -j) > (len(reporters[i]), -i) for j in linked):
            counts.append(0)  # another tells it with more reports: that one leads
            continue
        telling = set(reporters[i]).union(*(reporters[j] for j in linked))
        counts.append(len(telling) - len(reporters[i]))
    return counts
