"""Home chart and links, tag and source pages, and a strict MkDocs build of the fixture corpus."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.assemble.timeline import Timeline
from timeline.build import build
from timeline.config import Config
from timeline.export import FORMATS
from timeline.publish.navigation import navigation, story_years
from timeline.publish import publish
from timeline.records import KeyDate, KeySentence
from timeline.render import render_pages, write_if_changed
from timeline_factory import small_timeline

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"


def test_tag_and_source_pages_exist_for_every_tag_and_source() -> None:
    pages = render_pages(small_timeline())
    assert sorted(p for p in pages if p.startswith(("tags/", "sources/"))) == [
        "sources/gazette.md", "sources/index.md", "sources/times.md",
        "tags/bridge.md", "tags/council.md", "tags/index.md",
    ]


def test_a_tag_page_lists_its_articles_by_year_with_their_event_counts() -> None:
    page = render_pages(small_timeline())["tags/council.md"]
    body = page[page.index("# Tag: council"):]
    assert body == (
        "# Tag: council\n\n"
        "1 article with 1 dated event · [All tags](index.md)\n\n"
        "## 2023\n\n"
        '- [Council backs "bridge"](../articles/plan.md) — 14 March 2023 · 1 event\n'
    )


def test_user_templates_calling_the_macros_render_the_packaged_pages(tmp_path: Path) -> None:
    """The packaged tag, month and events pages include their bodies, which are written out as they are
    made; templates of a user's that call the macros as before render the same pages."""
    packaged_dir = ROOT / "site_templates"
    (tmp_path / "tag.md.j2").write_text('{% from "_facet.md.j2" import facet_body %}\n' + (
        packaged_dir / "tag.md.j2").read_text().replace('{% include "_facet_body.md.j2" %}', "{{ facet_body(ctx) }}"))
    (tmp_path / "month.md.j2").write_text((packaged_dir / "month.md.j2").read_text().replace(
        '{% set groups, depth, more_link = ctx.groups, 1, true %}\n{% include "_group_list.md.j2" %}',
        "{{ m.group_list(ctx.groups, 1) }}"))
    (tmp_path / "events.md.j2").write_text((packaged_dir / "events.md.j2").read_text().replace(
        '{% set groups, depth, more_link = ctx.groups, 1, false %}\n{% include "_group_list.md.j2" +%}',
        "{{ m.group_list(ctx.groups, 1, false) }}"))
    assert all("include" not in (tmp_path / name).read_text() for name in ("tag.md.j2", "month.md.j2", "events.md.j2"))
    packaged = render_pages(small_timeline())
    users = render_pages(small_timeline(), template_dirs=(tmp_path, packaged_dir))
    names = ("tags/council.md", "tags/bridge.md", "months/2024-06.md", "events/2024-06.md", "events/2023-03-13.md")
    assert all(name in packaged for name in names)
    assert {name: users[name] for name in names} == {name: packaged[name] for name in names}


def test_a_facet_s_articles_are_grouped_by_year_as_they_are_walked_the_undated_last() -> None:
    from timeline.assemble.facets import Facet
    from timeline.assemble.timeline import ArticlePage

    def page(name: str, published: dt.date | None) -> ArticlePage:
        return ArticlePage(name, name, name.title(), published, "", "Gazette", (), ())

    articles = (page("a", dt.date(2010, 3, 1)), page("undated", None), page("b", dt.date(2010, 9, 1)),
                page("c", dt.date(2011, 1, 5)))
    grouped = [(year, [a.id for a in group]) for year, group in Facet("Gazette", "gazette", articles, ()).articles_by_year]
    assert grouped == [(2010, ["a", "b"]), (2011, ["c"]), (None, ["undated"])]
    assert [(year, [a.id for a in group]) for year, group in Facet("G", "g", articles[:1], ()).articles_by_year] == [
        (2010, ["a"])]


def test_the_all_years_page_lists_every_year_and_the_navigation_only_the_story_years() -> None:
    page = render_pages(small_timeline())["years/index.md"]
    assert "- [2023](2023.md) — 1 event\n- [2024](2024.md) — 2 events\n" in page
    assert story_years([1990, 2009, 2010, 2011, 2024], [2010, 2009, 2011]) == [2009, 2010, 2011]
    assert story_years([1990, 2009, 2010], []) == [1990, 2009, 2010]
    assert story_years(list(range(1900, 2000)), [1900, 1999], limit=3) == [1997, 1998, 1999]
    assert navigation([2010])[2] == {"Years": [{"All years": "years/index.md"}, {"2010": "years/2010.md"}]}
    # a story with no year has no years page to link to (MkDocs warned of the link, which failed --strict)
    assert navigation([]) == [{"Home": "index.md"}, {"Key dates": "key-dates.md"}]


def test_the_source_index_counts_events_and_articles() -> None:
    page = render_pages(small_timeline())["sources/index.md"]
    assert "- [Gazette](gazette.md) — 1 event, 1 article\n- [Times](times.md) — 3 events, 1 article\n" in page
    # the vote is reported by both sources: the counts add up to more than the story's 3 events, and the page says why
    assert "an event that articles of several sources report counts under each" in page


def test_article_pages_link_their_tags_and_source() -> None:
    page = render_pages(small_timeline())["articles/plan.md"]
    assert "· [Gazette](../sources/gazette.md) ·" in page
    assert "Tags: [bridge](../tags/bridge.md), [council](../tags/council.md)\n" in page


def test_home_has_the_chart_a_jump_to_latest_link_and_the_downloads() -> None:
    from timeline.export import downloads

    page = render_pages(small_timeline(), downloads=downloads())["index.md"]
    assert '\n\n<div class="timeline-chart"><div class="timeline-chart-wide" data-search-exclude=""><svg ' in page
    assert "</svg></div><style>" in page and "</style></div>\n\n" in page
    assert "[Jump to the latest event →](events/2024-06.md#e-2024-06-cccc3333)" in page
    assert '<a href="timeline.json">json</a>' in page and '<a href="embed.html">embed</a>' in page
    # the downloads are the build's to give: pages rendered without them link to none
    assert 'href="timeline.json"' not in render_pages(small_timeline())["index.md"]


def test_stale_tag_pages_are_removed(tmp_path: Path) -> None:
    (tmp_path / "tags").mkdir()
    (tmp_path / "tags" / "gone.md").write_text("# Tag: gone\n", encoding="utf-8")
    write_if_changed(tmp_path, render_pages(small_timeline()))
    assert not (tmp_path / "tags" / "gone.md").exists()
    assert (tmp_path / "tags" / "bridge.md").exists()


def test_fixture_site_builds_with_mkdocs_strict_and_carries_the_exports(tmp_path: Path) -> None:
    config = Config(docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"),
                    mkdocs_config=str(ROOT / "mkdocs.yml"), jobs=1)
    result = build(config, [str(FIXTURE)])
    assert result.summary.articles == 6 and result.timeline is not None
    publish(ROOT / "mkdocs.yml", tmp_path / "docs", tmp_path / "strict", result.nav_years, strict=True)
    site = tmp_path / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<a href="months/2024-06/"' in home
    assert 'id="e-2024-06-' in (site / "months" / "2024-06" / "index.html").read_text(encoding="utf-8")
    assert 'id="e-2024-06-' in (site / "events" / "2024-06-08" / "index.html").read_text(encoding="utf-8")
    assert (site / "tags" / "bridge" / "index.html").exists() and (site / "sources" / "index.html").exists()
    doc = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "timeline/1" and len(doc["events"]) == len(result.timeline.entries)
    assert (site / "embed.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_built_exports_use_mkdocs_site_url_for_absolute_links(tmp_path: Path) -> None:
    mkdocs_yml = tmp_path / "mkdocs.yml"
    mkdocs_yml.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8") + "site_url: https://example.org/story\n",
                          encoding="utf-8")
    config = Config(docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"), mkdocs_config=str(mkdocs_yml),
                    cache_dir=str(tmp_path / "cache"), jobs=1)
    result = build(config, [str(FIXTURE)])
    feed = (tmp_path / "site" / "feed.xml").read_text(encoding="utf-8")
    assert 'href="https://example.org/story/events/2024-08-28/#e-2024-08-28-' in feed
    doc = json.loads((tmp_path / "site" / "timeline.json").read_text(encoding="utf-8"))
    assert all(e["page"].startswith("https://example.org/story/") for e in doc["events"])
    # Extracted over two processes: the same files.
    two = build(replace(config, site_dir=str(tmp_path / "site2"), docs_dir=str(tmp_path / "docs2"), jobs=2),
                [str(FIXTURE)])
    assert two.timeline == result.timeline
    assert {f.filename: (tmp_path / "site2" / f.filename).read_bytes() for f in FORMATS.values()} == {
        f.filename: (tmp_path / "site" / f.filename).read_bytes() for f in FORMATS.values()}


def test_a_key_date_or_event_printed_beside_its_title_does_not_repeat_it() -> None:
    # an untitled page's headline runs into its first sentence, and titles the article
    timeline = small_timeline()
    run_in = "Bridge opens at last The first cars crossed the river on Sunday morning."
    article = replace(timeline.articles[1], title="Bridge opens at last")
    entry = replace(timeline.years[1].months[0].entries[0], sentence=run_in,
                    sources=(replace(timeline.years[1].months[0].entries[0].sources[0], title="Bridge opens at last"),))
    june = replace(timeline.years[1].months[0], entries=(entry,))
    timeline = replace(timeline, articles=(timeline.articles[0], article),
                       years=(timeline.years[0], replace(timeline.years[1], months=(june,))),
                       key_dates=(KeyDate(dt.date(2024, 6, 9), (KeySentence(run_in, "opening", 0),)),))
    pages = render_pages(timeline)
    assert ("- The first cars crossed the river on Sunday morning. <span data-search-exclude>([Bridge opens at last](articles/opening.md))</span>\n"
            in pages["key-dates.md"])
    assert "The first cars crossed the river on Sunday morning.<br>\n<small data-search-exclude>Source: [Bridge opens at last]" in pages[
        "events/2024-06.md"]
    assert "Bridge opens at last The first" not in pages["key-dates.md"] + pages["events/2024-06.md"]


def _long_lists(off_topic: int, wire: int) -> Timeline:
    """A story of ``wire`` articles of one source, each telling one event, and ``off_topic`` articles off it."""
    from timeline.assemble import assemble
    from timeline.records import Article, Event, Extraction, Granularity, Sentence, Sentences, When

    articles, extractions = [], {}
    for n in range(wire + off_topic):
        name = f"wire-{n:02d}" if n < wire else f"stray-{n:02d}"
        day = dt.date(2010, 5, 1) + dt.timedelta(days=n)
        articles.append(Article(id=name, origin=f"{name}.md", title=f"Report {n}", text="x", slug=name,
                                published=day, source="Wire" if n < wire else "Stray"))
        sentence = f"The pier number {n} opened on {day:%d %B}."
        when = When(day, Granularity.DAY, day.isoformat(), day)
        extractions[name] = Extraction(name, Sentences.of([Sentence(0, 0, 1, sentence)]), (),
                                       (Event(name, 0, sentence, when, "e", 0, 1),), (0,))
    return assemble(articles, extractions, title="Piers",
                    off_topic=frozenset(a.id for a in articles if a.id.startswith("stray")))


def test_long_lists_of_articles_go_on_over_pages_each_with_a_pager(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source, and the articles off the story, with more articles than a page lists: every article
    once over the pages, in story order, each page at most ``LISTED_PER_PAGE``, the counts of the whole
    list on each, previous and next links between them; the same from a timeline held whole."""
    import re

    import timeline.assemble.facets as facets
    import timeline.render as render
    from timeline_factory import held_whole

    monkeypatch.setattr(facets, "LISTED_PER_PAGE", 3)
    monkeypatch.setattr(render, "LISTED_PER_PAGE", 3)
    story = _long_lists(off_topic=4, wire=7)
    pages = render_pages(story)
    assert pages == render_pages(held_whole(story))
    source = ["sources/wire.md", "sources/wire.2.md", "sources/wire.3.md"]
    assert sorted(p for p in pages if p.startswith("sources/wire")) == sorted(source)
    listed = [re.findall(r"\(\.\./articles/([\w-]+)\.md\)", pages[p]) for p in source]
    assert listed == [["wire-00", "wire-01", "wire-02"], ["wire-03", "wire-04", "wire-05"], ["wire-06"]]
    assert all("7 articles with 7 dated events" in pages[p] for p in source)
    assert "Page 1 of 3 · [Next →](wire.2.md)" in pages[source[0]]
    assert "Page 2 of 3 · [← Previous](wire.md) · [Next →](wire.3.md)" in pages[source[1]]
    assert "Page 3 of 3 · [← Previous](wire.2.md)\n" in pages[source[2]]
    assert [pages[p].splitlines()[1] for p in source] == [
        'title: "Source: Wire"', 'title: "Source: Wire, page 2"', 'title: "Source: Wire, page 3"']
    other = ["other-articles.md", "other-articles/2.md"]
    assert sorted(p for p in pages if p.startswith("other-articles")) == other
    assert re.findall(r"\((?:\.\./)?articles/([\w-]+)\.md\)", pages[other[0]]) == ["stray-07", "stray-08", "stray-09"]
    assert re.findall(r"\(\.\./articles/([\w-]+)\.md\)", pages[other[1]]) == ["stray-10"]
    assert all("4 articles in the sources that are not about this story" in pages[p] for p in other)
    assert "Page 1 of 2 · [Next →](other-articles/2.md)" in pages[other[0]]
    assert "[Home](../index.md)" in pages[other[1]] and "[← Previous](../other-articles.md)" in pages[other[1]]
    assert [pages[p].splitlines()[1] for p in other] == ["title: Other articles", "title: Other articles, page 2"]


def test_facets_grouped_in_the_store_are_those_of_the_timeline_held_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sources and tags whose articles lie apart in story order, some articles in two tags, one tag
    written twice: each facet and each of its pages (``LISTED_PER_PAGE``) has the same articles and
    entries, in the same order, grouped in the store (``EntryStore.facets``) as from the articles held."""
    import timeline.assemble.facets as facets
    from timeline.assemble import assemble
    from timeline.records import Article, Event, Extraction, Granularity, Sentence, Sentences, When
    from timeline_factory import held_whole

    monkeypatch.setattr(facets, "LISTED_PER_PAGE", 2)
    articles, extractions = [], {}
    for n in range(11):
        name = f"a-{n:02d}"
        day = dt.date(2010, 5, 1) + dt.timedelta(days=n % 4)
        tags = (("Harbour",) if n % 2 else ()) + (("harbour", " Piers ") if n % 3 == 0 else ()) + (("Piers",) * (n == 5))
        articles.append(Article(id=name, origin=f"{name}.md", title=f"Report {n}", text="x", slug=name,
                                published=day, source=("Wire", "Gazette", "")[n % 3], tags=tags))
        sentence = f"The pier number {n % 5} opened on {day:%d %B}."
        when = When(day, Granularity.DAY, day.isoformat(), day)
        extractions[name] = Extraction(name, Sentences.of([Sentence(0, 0, 1, sentence)]), (),
                                       (Event(name, 0, sentence, when, "e", 0, 1),), (0,))
    stored = assemble(articles, extractions, title="Piers")
    held = held_whole(stored)

    def listed(facet: facets.Facet) -> tuple[object, ...]:
        return (facet.name, facet.slug, [a.id for a in facet.articles], len(facet.articles),
                [e.anchor for e in facet.entries], len(facet.entries), [listed(part) for part in facet.parts])

    for kind in (facets.tag_facets, facets.source_facets):
        assert [listed(f) for f in kind(stored)] == [listed(f) for f in kind(held)]
    tags = {f.name: f for f in facets.tag_facets(stored)}
    assert sorted(tags) == ["Harbour", "Piers", "harbour"]
    assert [len(part.articles) for part in tags["Harbour"].parts] == [2, 2, 1]
    assert {a.id for a in tags["Piers"].articles} == {"a-00", "a-03", "a-05", "a-06", "a-09"}
    assert [f.name for f in facets.source_facets(stored)] == ["Gazette", "Wire"]


def test_a_list_that_fits_one_page_has_no_pager() -> None:
    pages = render_pages(_long_lists(off_topic=2, wire=3))
    assert sorted(p for p in pages if p.startswith(("sources/wire", "other-articles"))) == [
        "other-articles.md", "sources/wire.md"]
    assert "Page 1" not in pages["sources/wire.md"] + pages["other-articles.md"]


def test_the_pages_a_shorter_list_no_longer_needs_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.assemble.facets as facets
    import timeline.render as render

    monkeypatch.setattr(facets, "LISTED_PER_PAGE", 3)
    monkeypatch.setattr(render, "LISTED_PER_PAGE", 3)
    write_if_changed(tmp_path, render_pages(_long_lists(off_topic=4, wire=7)))
    assert (tmp_path / "sources" / "wire.3.md").is_file() and (tmp_path / "other-articles" / "2.md").is_file()
    write_if_changed(tmp_path, render_pages(_long_lists(off_topic=2, wire=4)))
    listed = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md"))
    assert [p for p in listed if p.startswith(("sources/wire", "other-articles"))] == [
        "other-articles.md", "sources/wire.2.md", "sources/wire.md"]


def test_a_summary_sentence_printed_on_many_days_is_left_out_of_every_summary(tmp_path: Path) -> None:
    """A sidebar line that opens pages of three days is the site's: no summary prints it, and an article
    whose summary it was alone says it has none."""
    sidebar = "Two men charged after the museum theft, police say."
    lines = [{"id": f"a{day}", "date": f"2011-01-{day:02d}", "title": f"Strike day {day}",
              "text": f"{sidebar}\nProtesters filled the square on day {day} of the strike."} for day in (24, 25)]
    lines.append({"id": "a26", "date": "2011-01-26", "title": "Sidebar only", "text": sidebar})
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    config = Config(docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"),
                    mkdocs_config=str(ROOT / "mkdocs.yml"), jobs=1)
    build(config, [str(feed)], run_mkdocs=False)
    pages = {p.stem: p.read_text(encoding="utf-8") for p in (tmp_path / "docs" / "articles").glob("*.md")}
    label = "<span data-search-exclude>**Summary**</span>\n\n"
    summaries = {stem: page.split(label)[1].split("## Dated events")[0].strip() for stem, page in pages.items()}
    assert sorted(summaries.values()) == ["No summary could be made from this article's text.",
                                          "Protesters filled the square on day 24 of the strike.",
                                          "Protesters filled the square on day 25 of the strike."]
