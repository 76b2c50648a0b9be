"""Articles that are not about the story are recognised by the story's own words."""
from __future__ import annotations

from timeline.model import Extraction, Sentence, Sentences
from timeline.topicality import MIN_ARTICLES, off_topic


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
