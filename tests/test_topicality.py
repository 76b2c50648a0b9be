"""Articles, and passages, that are not about the story are recognised by the story's own words."""
from __future__ import annotations

import dataclasses
import datetime as dt

from timeline.records import Event, Extraction, Granularity, Mention, Sentence, Sentences, When
from timeline.assemble.topicality import (CORE_WORDS, ITEM_LABEL, chronology_block, headline_item, MIN_ARTICLES,
                                          MIN_SENTENCES, MIX_SENTENCES, NAME_REACH, NAMED_STORY, far_from_names, focus,
                                          judge, off_topic, story_core, story_names)
from timeline.words import NAME_MARK, content_words, names_in, vocabulary


def extraction(article_id: str, lines: list[str]) -> Extraction:
    sentences, start = [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(i, start, start + len(line), line))
        start += len(line) + 1
    return Extraction(article_id, Sentences.of(sentences), (), (), ())


STORY = [
    "The flood waters rose along the river overnight in the valley.",
    "Rescue crews pulled residents from flooded homes near the river.",
    "The river crested at a record height, the flood service reported.",
    "Volunteers stacked sandbags against the flood in the old town.",
]
OTHER = [
    "The central bank raised interest rates by a quarter point.",
    "Shares in technology companies fell sharply after the announcement.",
    "The footballer signed a new contract with his club for three seasons.",
    "A new opera opened to warm reviews at the national theatre.",
]


def story(n: int) -> dict[str, Extraction]:
    return {f"s{i}": extraction(f"s{i}", [*STORY, f"Report number {i} on the flood and the river was filed."])
            for i in range(n)}


def test_an_unrelated_article_is_off_the_story() -> None:
    found = story(MIN_ARTICLES) | {"stray": extraction("stray", OTHER)}
    assert off_topic(sorted(found), found) == {"stray"}


def test_a_roundup_that_mentions_the_story_once_is_off_it() -> None:
    roundup = extraction("roundup", [*OTHER, *OTHER, *OTHER, "The river flood closed one road in the valley."])
    found = story(MIN_ARTICLES) | {"roundup": roundup}
    assert off_topic(sorted(found), found) == {"roundup"}


def test_an_article_of_the_story_in_other_words_stays() -> None:
    feature = extraction("feature", [*OTHER[:3], STORY[0], STORY[1], *OTHER[3:]])
    found = story(MIN_ARTICLES) | {"feature": feature}
    assert off_topic(sorted(found), found) == frozenset()


def test_a_small_story_keeps_every_article() -> None:
    found = story(3) | {"stray": extraction("stray", OTHER)}
    assert off_topic(sorted(found), found) == frozenset()


def test_a_passage_far_from_the_story_is_stray_and_loses_its_events() -> None:
    day = When(dt.date(2024, 3, 1), Granularity.DAY, "2024-03-01", dt.date(2024, 3, 1))
    lines = [STORY[0], STORY[1], *OTHER, *OTHER, STORY[2]]
    base = extraction("mixed", lines)
    mixed = dataclasses.replace(base, events=tuple(Event("mixed", i, lines[i], day, "x", 0, 1) for i in (0, 5, 10)),
                                mentions=tuple(Mention(i, day) for i in (0, 5, 10)))
    found = story(MIN_ARTICLES) | {"mixed": mixed}
    focused = focus(sorted(found), found)
    assert focused.off_topic == frozenset()
    # Sentences 0-1 and 10 use story words; 2 and 9 are their neighbours; 3-8 are another story.
    assert focused.strays["mixed"] == {3, 4, 5, 6, 7, 8}
    restricted = focused.restrict(found)["mixed"]
    assert [e.sentence_index for e in restricted.events] == [0, 10]
    assert [m.sentence_index for m in restricted.mentions] == [0, 10]


def test_a_neighbour_that_names_the_story_once_does_not_carry_a_sentence() -> None:
    once = "The valley closed one road in the morning."  # "valley": one story word
    lines = [*OTHER[:2], once, OTHER[2], OTHER[3], STORY[0], OTHER[0]]
    found = story(MIN_ARTICLES) | {"mixed": extraction("mixed", lines)}
    strays = focus(sorted(found), found).strays["mixed"]
    # OTHER[2] sits beside a sentence with one story word: stray; OTHER[3] and the last
    # line sit beside STORY[0], which names the story many times: kept.
    assert 3 in strays and 4 not in strays and 6 not in strays
    assert 2 not in strays  # a sentence that names the story itself stays


def test_in_a_long_page_that_mixes_stories_a_neighbour_carries_no_sentence() -> None:
    # a live page or a roundup: items of the story between many of other news
    items = [*STORY, *OTHER] * (MIX_SENTENCES // 8 + 1)
    found = story(MIN_ARTICLES) | {"page": extraction("page", items)}
    strays = focus(sorted(found), found).strays["page"]
    assert strays == {i for i, line in enumerate(items) if line in OTHER}
    # the same run of sentences in a short article: the neighbours of the story's sentences stay
    short = items[:16]
    found = story(MIN_ARTICLES) | {"short": extraction("short", short)}
    assert 4 not in focus(sorted(found), found).strays["short"]


def test_a_digests_items_are_judged_each_on_its_own() -> None:
    """A page of the day's headlines, "Label -- sentence" items: an item of other news beside the story's is no
    part of it, though the story's item is its neighbour; nor is one whose only story word is a passing one."""
    lines = ["Flood watch -- " + STORY[0], STORY[1],
             "Rate rise -- " + OTHER[0], OTHER[1],
             "Opera night -- " + OTHER[3], "The valley choir sang at the opening on Friday."]
    found = story(MIN_ARTICLES) | {"digest": extraction("digest", lines)}
    assert focus(sorted(found), found).strays["digest"] == {2, 3, 4, 5}
    # the same lines without their labels: the rate rise beside the story is carried by it, as in any article
    plain = [line.split(" -- ")[-1] for line in lines]
    found = story(MIN_ARTICLES) | {"plain": extraction("plain", plain)}
    assert 2 not in focus(sorted(found), found).strays["plain"]
    # a dateline, or an aside set off by two dashes, opens no item
    asides = ["WASHINGTON -- " + OTHER[0], "The bank -- its board split -- raised rates.", *lines[2:]]
    assert ITEM_LABEL.match(asides[0]) is None and ITEM_LABEL.match(asides[1]) is None


def test_a_headlines_item_must_name_the_story_itself() -> None:
    """A page's list of other stories runs each headline into its first sentence ("Headline words: Sentence"): such an
    item is a story of its own, which a neighbour of the story's does not carry. A quotation's lead, a chronology's
    dated item and a prose colon in a sentence that names the story are no such item."""
    lines = [STORY[0], "Opera star hurt in fall, theatre says: " + OTHER[3], STORY[1],
             "Clinton told reporters on Friday: The footballer signed a new contract.", STORY[2],
             "Sept. 29: The footballer signed a new contract with his club.", STORY[3],
             "The worst came on Friday: The river flood broke through the levee.", STORY[0]]
    found = story(MIN_ARTICLES) | {"page": extraction("page", lines)}
    assert focus(sorted(found), found).strays["page"] == {1}
    # unheaded, the same sentence is carried by the story's sentences beside it, as in any article
    lines[1] = OTHER[3]
    found = story(MIN_ARTICLES) | {"page": extraction("page", lines)}
    assert focus(sorted(found), found).strays["page"] == set()
    assert [headline_item(text) for text in (
        "Dad's letter claims he killed twins, police say: The father of missing twins wrote.",
        "U.S. stocks fall: The Dow lost 500 points.", "Mr Jindal said on Saturday: This is the worst.",
        "Mubarak's speech: “I will not run.”", "Sept. 7: U.S. government seizes Fannie Mae.")] == [
        True, True, False, False, False]


def test_an_event_outside_the_story_span_must_name_the_story() -> None:
    inside = When(dt.date(2024, 3, 1), Granularity.DAY, "2024-03-01", dt.date(2024, 3, 1))
    before = When(dt.date(2005, 1, 1), Granularity.YEAR, "2005", dt.date(2005, 12, 31))
    lines = [STORY[0], "In 2005 the singer flew food to victims of another storm.",
             "In 2005 the river flood broke the old levee in the valley.", STORY[1]]
    base = extraction("history", lines)
    history = dataclasses.replace(base, events=(
        Event("history", 0, lines[0], inside, "x", 0, 1), Event("history", 1, lines[1], before, "x", 0, 1),
        Event("history", 2, lines[2], before, "x", 0, 1)))
    found = story(MIN_ARTICLES) | {"history": history}
    focused = focus(sorted(found), found)
    span = (dt.date(2024, 2, 15), dt.date(2024, 3, 31))
    assert [e.sentence_index for e in focused.restrict(found, span)["history"].events] == [0, 2]
    assert [e.sentence_index for e in focused.restrict(found)["history"].events] == [0, 1, 2]


def test_content_words_recorded_by_extraction_or_found_in_the_text_give_the_same_focus() -> None:
    found = story(MIN_ARTICLES) | {"stray": extraction("stray", OTHER),
                                   "aside": extraction("aside", [*STORY, *OTHER])}
    recorded = {i: dataclasses.replace(e, words=(words := tuple(map(content_words, e.sentences.texts))),
                                       vocabulary=vocabulary(words))
                for i, e in found.items()}
    assert recorded["aside"].words[0] == "along flood overnight river rose valley waters"
    assert focus(sorted(recorded), recorded) == focus(sorted(found), found)
    assert focus(sorted(found), found).strays["aside"] == {5, 6, 7}


NAMED = [
    "Protesters in Strelsau marched on the palace of King Rudolf of Ruritania.",
    "Police in Zenda and Tarlenheim fired on the Ruritanian protesters.",
    "The protesters in Strelsau told Rudolf and the Elphberg court to go.",
    "In Ruritania, Sapt and Hentzau led the protesters against the Elphberg court.",
    "Protesters in Zenda chanted for Flavia as police watched the Ruritanian crowds.",
]
ELSEWHERE = [
    "Protesters in the capital of Graustark marched on the palace.",
    "Police fired on the protesters as crowds gathered.",
    "The protesters told the court to go, the opposition said.",
    "Crowds chanted as police watched the protesters.",
    "The opposition led the protesters against the court again.",
    "Police detained about 100 protesters near the palace, rights groups said.",
    "The protesters said they were inspired by the crowds in Ruritania.",
    "Thousands of protesters marched again on the palace later in the day.",
    "The police said the crowds had left the palace by nightfall.",
    "The opposition called the protesters back to the palace for the next morning.",
    "Crowds of protesters gathered at the court on the next morning.",
    "The police fired on the crowds near the court, the protesters said.",
]


def test_a_word_is_a_name_where_the_article_capitalizes_it_inside_its_sentences() -> None:
    assert names_in(["Protesters gathered in Cairo as Egypt braced.", "Oil prices rose in Cairo.",
                     "The Crisis is deep as the crisis spreads and the crisis grows."]) == {"cairo", "egypt"}
    assert vocabulary(["cairo crisis egypt"], {"cairo", "oil"}) == NAME_MARK + "cairo cairo crisis egypt"


def test_a_story_told_in_its_names_keeps_of_another_countrys_report_only_what_names_it() -> None:
    found = {f"r{i}": extraction(f"r{i}", [*NAMED, f"Report {i} on the protests was filed."])
             for i in range(MIN_ARTICLES)} | {"elsewhere": extraction("elsewhere", ELSEWHERE)}
    counts: dict[str, int] = {}
    for e in found.values():
        for word in vocabulary(map(content_words, e.sentences.texts), names_in(e.sentences.texts)).split():
            counts[word] = counts.get(word, 0) + 1
    profile = frozenset(w for w in counts if not w.startswith(NAME_MARK))
    assert len(story_names(profile, counts)) >= NAMED_STORY
    focused = focus(sorted(found), found)
    assert "elsewhere" not in focused.off_topic
    assert focused.strays["elsewhere"] == frozenset(range(len(ELSEWHERE))) - {6}  # only "... in Ruritania." stays
    # and no key date prints one of the others as a lead: they report no happening of the story
    every = {i: dataclasses.replace(e, happenings=frozenset(range(len(e.sentences.texts)))) for i, e in found.items()}
    assert focus(sorted(every), every).restrict(every)["elsewhere"].happenings == {6}
    # a story told in common words asks for none of its names: the report's sentences that use its words ("near")
    # stay, as its neighbours' rule has them, though they name nothing of it
    flood = story(MIN_ARTICLES) | {"elsewhere": extraction("elsewhere", ELSEWHERE)}
    assert not {5, 11} & focus(sorted(flood), flood).strays["elsewhere"]



def test_a_story_told_in_its_names_drops_a_passage_far_from_every_naming_sentence() -> None:
    # a page that opens on another country's protests, in the story's common words, and then turns to the story
    page = [*ELSEWHERE[:6], *NAMED]
    found = {f"r{i}": extraction(f"r{i}", [*NAMED, f"Report {i} on the protests was filed."])
             for i in range(MIN_ARTICLES)} | {"page": extraction("page", page)}
    strays = focus(sorted(found), found).strays["page"]
    assert strays == frozenset(range(6 - NAME_REACH))  # those within NAME_REACH of "Protesters in Strelsau ..." stay
    # a story told in common words keeps the passage, as its neighbours' rule has it
    flood = story(MIN_ARTICLES) | {"page": extraction("page", page)}
    assert not set(range(6)) <= focus(sorted(flood), flood).strays["page"]


def test_far_from_names_counts_the_reach_either_way() -> None:
    naming = [False] * (2 * NAME_REACH + 3)
    naming[NAME_REACH] = True
    assert far_from_names(naming) == {2 * NAME_REACH + 1, 2 * NAME_REACH + 2}
    assert far_from_names([False] * 3) == {0, 1, 2}
    assert far_from_names([]) == frozenset()


def test_an_article_using_none_of_the_storys_core_words_is_off_it() -> None:
    """A feed on a flood carries its agency's other news in the story's common words ("rescue", "homes",
    "residents"): without "flood" or "river" in any sentence it is another story."""
    profile = frozenset({"flood", "river", "rescue", "homes", "residents", "valley", "crews"})
    counts = {"flood": 40, "river": 35, "rescue": 30, "homes": 30, "residents": 20, "valley": 10, "crews": 10}
    core = story_core(profile, counts)
    assert core == {"flood", "river"} and len(core) == CORE_WORDS
    fire = [f"Rescue crews pulled residents from burning homes in the valley on day {n} of the fire."
            for n in range(MIN_SENTENCES)]
    assert judge(extraction("fire", fire), profile, core=core).off_topic
    assert not judge(extraction("fire", fire), profile).off_topic  # the story's words alone keep it
    # one sentence that names the core, a possessive read as its noun, keeps the article
    assert not judge(extraction("flood", [*fire, "The river's banks gave way."]), profile, core=core).off_topic
    # a short article is judged by the story's words alone
    assert not judge(extraction("short", fire[:MIN_SENTENCES - 1]), profile, core=core).off_topic


def test_a_chronologys_items_are_one_list_and_the_storys_when_half_of_them_name_it() -> None:
    chronology = ["March 1: Officials close the bridge over the motorway.",  # no story word, nor its neighbour
                  "March 2: Schools shut for the week in three towns.",
                  "March 3: The river floods the valley road as the flood waters rise.",
                  "March 4: Rescue crews reach homes near the river.",
                  "Sandbags went up along the river wall that night.",
                  "The writer of this list lives in the old town."]
    found = story(MIN_ARTICLES) | {"list": extraction("list", chronology)}
    # from the first item to the last (0 to 3) the list is carried (the first item alone had been a stray: its
    # neighbour names the story not at all); the lines after it are judged as elsewhere
    assert focus(sorted(found), found).strays["list"] == frozenset()
    assert focus(sorted(found), found | {"list": extraction("list", [line[9:] for line in chronology[:4]])}
                 ).strays["list"] == {0}
    assert chronology_block(chronology) == range(0, 4)
    # a list of other news is no list of the story's: its items are judged one by one
    others = [f"March {day}: {line}" for day, line in enumerate(OTHER, 1)] + [STORY[0]]
    found = story(MIN_ARTICLES) | {"others": extraction("others", others)}
    assert focus(sorted(found), found).strays["others"] == {0, 1, 2}  # the last item sits beside the story's line
    assert chronology_block(chronology[:2] + OTHER) == range(0)  # two items make no chronology
