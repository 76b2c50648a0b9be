"""The build reads the extractions one at a time and holds only what the later stages read."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

import timeline.assemble.gather as gather_module
import timeline.build as build_module
import timeline.buildsys.extraction as extraction_module
from timeline.assemble import assemble, story_span
from timeline.assemble.gather import HeldExtractions, gather
from timeline.assemble.keydates import select_key_dates, sentences_read
from timeline.assemble.story_title import story_title
from timeline.assemble.timeline import Timeline
from timeline.assemble.topicality import focus
from timeline.build import build, make_timeline
from timeline.buildsys.extraction import extract_all
from timeline.buildsys.cache import DATABASE, KEEP_BUILDS, ExtractionCache
from timeline.config import UNNAMED, Config, ExtractConfig
from timeline.read import ReadResult
from timeline.records import Article, Extraction

LEAD = ExtractConfig(summarizer="lead")
SPILL = [
    "On {day} May 2010 crews fought the oil spill from the BP well in the Gulf of Mexico.",
    "The spill reached the Louisiana coast on {next} May 2010, BP said.",
    "Engineers tried to cap the well on {day} May 2010 and the oil kept flowing.",
    "The coast guard said the slick from the well had grown since April 2010.",
    "Fishermen in Louisiana said the oil had closed their waters.",
    "Residents of the parishes feared the crude would ruin marshes, beaches and shrimp harvests.",
]
ASIDE = "The city council sold the old library to a developer on 2 June 2010."
ASIDES = ["In other news, the mayor opened a market hall.", ASIDE, "The library had stood empty for a decade."]
SPORT = ["The football club won the cup final on {day} May 2010.", "Fans of the club celebrated in the streets.",
         "The club's coach said the season had been long.", "The striker scored twice in the final.",
         "The club will parade the cup on Sunday.", "Ticket prices for the stadium rise next season.",
         "The coach thanked the fans of the club.", "The club's captain lifted the cup.",
         "The football league praised the club."]


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles ``gather`` judges against the story (not recalled from the cache)."""
    ids: list[str] = []
    real = gather_module._judged

    def judging(extraction, *args):  # type: ignore[no-untyped-def]
        ids.append(extraction.article_id)
        return real(extraction, *args)

    monkeypatch.setattr(gather_module, "_judged", judging)
    return ids

def story() -> list[Article]:
    """25 articles of one story (every fifth with an aside about another), and 2 about another story."""
    articles = []
    for n in range(25):
        day = 1 + n % 20
        lines = [s.format(day=day, next=day + 1) for s in SPILL[n % 3:] + SPILL[:n % 3]]
        if n % 5 == 0:
            lines[3:3] = ASIDES
        articles.append(Article(id=f"s{n:02d}", origin=f"feed.jsonl:{n}", title=f"Spill {n}", text=" ".join(lines),
                                published=dt.date(2010, 5, day + 1), slug=f"s{n:02d}"))
    for n in range(2):
        text = " ".join(s.format(day=10 + n) for s in SPORT)
        articles.append(Article(id=f"x{n}", origin=f"other.jsonl:{n}", title=f"Cup {n}", text=text,
                                published=dt.date(2010, 5, 12 + n), slug=f"x{n}"))
    return articles


def all_at_once(articles: list[Article], extractions: dict[str, Extraction], config: Config) -> Timeline:
    """The timeline as the build made it before it gathered: every extraction held whole."""
    story_focus = focus([a.id for a in articles], extractions)
    on_story = story_focus.restrict(extractions, story_span(articles))
    topical = [a for a in articles if a.id not in story_focus.off_topic]
    key_dates = select_key_dates(topical, on_story)
    title = config.site.title or story_title(a.title for a in topical) or UNNAMED  # named from the titles
    return assemble(articles, on_story, title=title, description=config.site.description,
                    key_dates=key_dates, off_topic=story_focus.off_topic, profile=story_focus.profile)


def test_gathering_one_article_at_a_time_makes_the_timeline_of_all_at_once() -> None:
    articles = story()
    extractions = extract_all(articles, LEAD, jobs=1)
    config = replace(Config(), extract=LEAD)
    expected = all_at_once(articles, extractions, config)
    gathered = make_timeline(ReadResult(tuple(articles), ()), extractions, config)
    assert gathered == expected
    assert {a.id for a in expected.off_topic} == {"x0", "x1"}  # the story is judged, not skipped
    assert ASIDE not in {e.sentence for e in expected.entries} and expected.key_dates


class Store:
    """A source that stores what ``gather`` keeps, and can be made to lose it, like the build cache."""

    def __init__(self, extractions: dict[str, Extraction]) -> None:
        self.held = HeldExtractions(extractions)
        self.kept: dict[str, tuple[str, bool, Extraction, bytes | None]] = {}
        self.document_frequency = self.held.document_frequency
        self.get = self.held.get

    def kept_off(self, article_id: str, context: str) -> bool | None:
        recalled = self.recall(article_id, context)
        return None if recalled is None else recalled[0]

    def recall(self, article_id: str, context: str) -> tuple[bool, Extraction] | None:
        stored = self.kept.get(article_id)
        return None if stored is None or stored[0] != context else (stored[1], stored[2])

    def remember(self, context: str, kept: Sequence[tuple[str, bool, Extraction, bytes | None]]) -> frozenset[str]:
        self.kept.update((a, (context, off, e, part)) for a, off, e, part in kept)
        return frozenset(a for a, *_ in kept)

    def key_date_part(self, article_id: str, context: str) -> bytes | None:
        stored = self.kept.get(article_id)
        return None if stored is None or stored[0] != context else stored[3]


def test_what_is_kept_is_read_back_from_the_store_and_judged_again_when_it_was_lost(judged: list[str]) -> None:
    articles = story()
    extractions = extract_all(articles, LEAD, jobs=1)
    ids = [a.id for a in articles]
    held = gather(ids, HeldExtractions(extractions), story_span(articles))
    store = Store(extractions)
    stored = gather(ids, store, story_span(articles))
    assert len(store.kept) == len(articles) and stored.off_topic == held.off_topic
    store.kept["s03"] = ("another context", False, store.kept["s03"][2], None)  # lost, as a cache changed meanwhile
    judged.clear()
    assert dict(stored.extractions) == dict(held.extractions)  # every kept part read back, one of them judged again
    assert judged == ["s03"] and store.kept["s03"][0] != "another context"  # and stored again
    assert list(stored.extractions) == ids and "nobody" not in stored.extractions


def test_gathered_extractions_keep_only_what_the_later_stages_read() -> None:
    articles = story()
    extractions = extract_all(articles, LEAD, jobs=1)
    gathered = gather([a.id for a in articles], HeldExtractions(extractions), story_span(articles))
    assert gathered.off_topic == frozenset({"x0", "x1"})
    for article_id, kept in gathered.extractions.items():
        whole = extractions[article_id]
        assert kept.summary_sentences == whole.summary_sentences
        assert (kept.words, kept.vocabulary) == ((), "")
        assert set(kept.sentences.indices) <= set(whole.sentences.indices)
        assert set(kept.sentences.indices) >= sentences_read(kept)
        assert len(kept.sentences) < len(whole.sentences) or len(whole.sentences) <= 6
        if article_id in gathered.off_topic:  # it makes no entry and no key date: its summary is all it shows
            assert (kept.events, kept.mentions, len(kept.sentences)) == ((), (), len(kept.summary))


def test_keeping_remaps_the_summary_and_keeps_openings_and_happenings_of_kept_sentences() -> None:
    (whole,) = extract_all([Article(
        id="a", origin="a.txt", title="A", published=dt.date(2010, 5, 6),
        text="WASHINGTON (Reuters) - Crews capped the well on 3 May 2010. " + " ".join(
            f"Sentence {n} says little about anything at all." for n in range(8)) +
        " Oil stopped flowing on 5 May 2010.")], LEAD, jobs=1).values()
    kept = whole.keeping(frozenset({0}))
    assert kept.summary_sentences == whole.summary_sentences
    assert kept.told(0, kept.sentences.texts[0]) == whole.told(0, whole.sentences.texts[0]) == (
        "Crews capped the well on 3 May 2010.")
    assert set(kept.openings) <= set(kept.sentences.indices) and kept.happenings <= set(kept.sentences.indices)
    assert 0 in kept.happenings


# --- the build ------------------------------------------------------------------------------------

def _config(tmp_path: Path, articles: list[Article], name: str = "build") -> Config:
    sources = tmp_path / f"{name}-sources"
    sources.mkdir(exist_ok=True)
    records = [{"id": a.id, "title": a.title, "text": a.text, "published": a.published.isoformat()}
               for a in articles if a.published is not None]
    (sources / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return replace(Config(), sources=(str(sources),), docs_dir=str(tmp_path / f"{name}-docs"), jobs=1,
                   cache_dir=str(tmp_path / f"{name}-cache"), extract=LEAD)


def _tree(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))}


def test_a_rebuild_holds_the_text_only_of_the_articles_it_extracts(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    articles = story()
    build(_config(tmp_path, articles[:20]), run_mkdocs=False)
    read: list[ReadResult] = []
    held: list[str] = []
    real_read, real_add = build_module.read_sources, extraction_module.Pending.add

    def reading(*args):  # type: ignore[no-untyped-def]
        read.append(real_read(*args))
        return read[-1]

    def add(pending, article, key):  # type: ignore[no-untyped-def]
        held.append(article.id)
        real_add(pending, article, key)

    monkeypatch.setattr(build_module, "read_sources", reading)
    monkeypatch.setattr(extraction_module.Pending, "add", add)
    build(_config(tmp_path, articles), run_mkdocs=False)
    assert held == [a.id for a in articles[20:]]
    assert [a.id for a in read[0].articles] == [a.id for a in articles]
    assert {a.text for a in read[0].articles} == {""}


@pytest.mark.parametrize("damage", ["payload", "vocabulary", "deleted", "kept"])
def test_an_unusable_cache_entry_is_extracted_again_and_the_docs_come_out_the_same(
        tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    articles = story()
    config = _config(tmp_path, articles)
    first = build(config, run_mkdocs=False)
    expected = _tree(Path(config.docs_dir))
    database = Path(config.cache_dir) / DATABASE
    with sqlite3.connect(database) as db:
        key = db.execute("SELECT key FROM entries ORDER BY key LIMIT 1").fetchone()[0]
        if damage == "payload":
            db.execute("UPDATE entries SET payload = ? WHERE key = ?", (b"{not json", key))
        elif damage == "vocabulary":
            db.execute("UPDATE entries SET vocabulary = ? WHERE key = ?", (b"\x00bytes", key))
            db.execute("DELETE FROM frequencies")  # else the counts stored with its key stand for it
        if damage == "kept":  # what the last build kept of it: judged again from the whole entry
            db.execute("UPDATE kept SET payload = ? WHERE key = ?", (b"{not json", key))
        else:  # the whole entry is read only when what was kept of it is not there
            db.execute("DELETE FROM kept")
    db.close()
    if damage == "deleted":  # between the build's listing of the keys and its reading of the entry
        real = build_module._read

        def read_then_delete(*args):  # type: ignore[no-untyped-def]
            result = real(*args)
            with sqlite3.connect(database) as other:
                other.execute("DELETE FROM entries WHERE key = ?", (key,))
            other.close()
            monkeypatch.setattr(build_module, "_read", real)
            return result

        monkeypatch.setattr(build_module, "_read", read_then_delete)
    for page in Path(config.docs_dir).rglob("*.md"):
        page.unlink()  # not up to date: the build assembles again, from the cache
    again = build(config, run_mkdocs=False)
    assert _tree(Path(config.docs_dir)) == expected
    assert again.timeline == first.timeline
    assert ("unusable; extracting it again" in capsys.readouterr().err) == (damage != "kept")


@pytest.mark.parametrize("repairable", [True, False])
def test_several_unusable_entries_are_each_extracted_again_or_the_cache_left_aside(
        tmp_path: Path, repairable: bool, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    articles = story()
    config = _config(tmp_path, articles)
    first = build(config, run_mkdocs=False)
    expected = _tree(Path(config.docs_dir))
    with sqlite3.connect(Path(config.cache_dir) / DATABASE) as db:
        db.execute("DELETE FROM kept")
        keys = [row[0] for row in db.execute("SELECT key FROM entries ORDER BY key LIMIT 3")]
        db.executemany("UPDATE entries SET payload = ? WHERE key = ?", [(b"{not json", key) for key in keys])
    db.close()
    if not repairable:  # a cache that cannot be written: its entries stay as they are
        monkeypatch.setattr(ExtractionCache, "discard", lambda cache, keys: None)
    for page in Path(config.docs_dir).rglob("*.md"):
        page.unlink()
    again = build(config, run_mkdocs=False)
    assert _tree(Path(config.docs_dir)) == expected
    assert again.timeline == first.timeline
    err = capsys.readouterr().err
    assert err.count("unusable; extracting it again") == (3 if repairable else 1)
    assert ("cannot be repaired; building without it" in err) == (not repairable)


def test_what_was_kept_of_another_article_is_not_taken(tmp_path: Path, judged: list[str]) -> None:
    articles = story()
    config = _config(tmp_path, articles)
    first = build(config, run_mkdocs=False)
    with sqlite3.connect(Path(config.cache_dir) / DATABASE) as db:
        (one, one_payload, one_part), (other, *_) = db.execute(
            "SELECT key, payload, keydates FROM kept WHERE off_topic = 0 ORDER BY key LIMIT 2").fetchall()
        planted = json.loads(one_payload)
        planted["key"] = other  # a valid envelope for the other key, holding the first article's extraction
        db.execute("UPDATE kept SET payload = ?, keydates = ? WHERE key = ?",
                   (json.dumps(planted).encode(), one_part, other))  # and the first article's key-date part
    db.close()
    judged.clear()
    for page in Path(config.docs_dir).rglob("*.md"):
        page.unlink()
    again = build(config, run_mkdocs=False)
    assert again.timeline == first.timeline
    assert len(judged) == 1  # the planted one, judged again from its own entry


def test_builds_that_find_nothing_changed_do_not_age_the_cache(tmp_path: Path, extract_calls: list[str]) -> None:
    articles = story()
    build(_config(tmp_path, articles[:20]), run_mkdocs=False)
    for _ in range(KEEP_BUILDS + 1):
        assert build(_config(tmp_path, articles[:20]), run_mkdocs=False).timeline is None
    extract_calls.clear()
    build(_config(tmp_path, articles[:21]), run_mkdocs=False)
    assert extract_calls == [articles[20].id]


def test_a_first_build_extracts_while_it_reads_once_the_texts_pass_the_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    articles = story()
    build(_config(tmp_path, articles, "whole"), run_mkdocs=False)
    held: list[int] = []
    real_add = extraction_module.Pending.add

    def add(pending, article, key):  # type: ignore[no-untyped-def]
        real_add(pending, article, key)
        held.append(pending._characters)

    monkeypatch.setattr(extraction_module.Pending, "add", add)
    monkeypatch.setattr(extraction_module, "TEXT_BUDGET", 2000)
    build(_config(tmp_path, articles, "budget"), run_mkdocs=False)
    assert max(held) <= 2000 + max(len(a.text) for a in articles)
    assert held.count(0) >= len("".join(a.text for a in articles)) // 2000 - 1  # flushed along the way
    assert "extract (while reading)" in capsys.readouterr().err
    assert _tree(tmp_path / "budget-docs") == _tree(tmp_path / "whole-docs")


def test_a_rebuild_in_the_same_context_reads_what_was_kept_and_judges_nothing_again(
        tmp_path: Path, judged: list[str]) -> None:
    articles = story()
    config = _config(tmp_path, articles[:24])
    build(config, run_mkdocs=False)
    judged.clear()
    added = replace(articles[24], published=articles[3].published)  # the story's span stays the same
    again = build(_config(tmp_path, articles[:24] + [added]), run_mkdocs=False)
    assert judged == [added.id]
    fresh = build(_config(tmp_path, articles[:24] + [added], name="fresh"), run_mkdocs=False)
    assert _tree(tmp_path / "build-docs") == _tree(tmp_path / "fresh-docs")
    assert again.timeline == fresh.timeline
    assert len(judged) == 1 + 25  # the fresh build judged every article


def test_the_key_dates_read_from_stored_parts_are_those_read_from_the_extractions(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebuild reads each article's key-date part as stored when it was kept, not its extraction."""
    from timeline.assemble.keydates import rows as keydate_rows  # the survey makes the parts it lacks

    articles = story()
    extractions = extract_all(articles, LEAD, jobs=1)
    config = replace(Config(), extract=LEAD)
    read = ReadResult(tuple(articles), ())
    expected = make_timeline(read, extractions, config)
    store = Store(extractions)
    make_timeline(read, store, config)  # judges and stores every article, with its part
    assert all(part is not None for _, off, _, part in store.kept.values() if not off)
    made: list[str] = []
    real = keydate_rows.key_date_part
    monkeypatch.setattr(keydate_rows, "key_date_part", lambda e, *a: made.append(e.article_id) or real(e, *a))
    again = make_timeline(read, store, config)
    assert made == [] and again == expected and again.key_dates  # every part read back, none made again
    lost = sorted(a for a, (_, off, _, _) in store.kept.items() if not off)[0]
    store.kept[lost] = (*store.kept[lost][:3], b"[1]")  # not a part: made again from the kept extraction
    assert make_timeline(read, store, config) == expected and made == [lost]
    made.clear()
    other = sorted(a for a, (_, off, _, _) in store.kept.items() if not off and a != lost)[0]
    store.kept[lost] = (*store.kept[lost][:3], store.kept[other][3])  # another article's part: not taken
    assert make_timeline(read, store, config) == expected and made == [lost]
