"""The articles a build read, in their store (``timeline.read.article_store``)."""
from __future__ import annotations

import datetime as dt
import gc
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.assemble.timeline import ArticlePage
from timeline.read.article_store import ArticleStore
from timeline.records import Article

DAY = dt.date(2010, 5, 2)


def _article(article_id: str, published: dt.date | None = DAY, **fields: object) -> Article:
    given: dict[str, object] = {"title": f"Title of {article_id}", "text": "", **fields}
    return Article(id=article_id, origin=f"{article_id}.md", published=published, slug=article_id,
                   **given)  # type: ignore[arg-type]


def test_the_store_gives_back_what_it_was_given_in_reading_order() -> None:
    articles = [_article("b", url="https://example.org/b", source="Wire", tags=("oil", "Gulf"), language="fr"),
                _article("a", None, title="", text="Its text, kept when given.")]
    store = ArticleStore()
    for article, key in zip(articles, ("key-b", "key-a")):
        store.add(article, key)
    assert store == articles and list(store) == articles
    assert (store[0], store[-1], store[:1]) == (articles[0], articles[1], (articles[0],))
    assert store.get("a") == articles[1] and store.get("c") is None
    assert list(store.ids()) == ["b", "a"]
    assert dict(store.keys) == {"b": "key-b", "a": "key-a"} and "c" not in store.keys
    assert store.published_span() == (DAY, DAY)


def test_stamps_are_kept_beside_the_articles_and_listed_by_id() -> None:
    store = ArticleStore.holding([_article("b"), _article("a")])
    assert "a" not in store.stamps  # none yet
    store.stamp_all(lambda article, key: f"{article.id}:{article.title}")
    assert list(store.stamps.items_by_id()) == [("a", "a:Title of a"), ("b", "b:Title of b")]


def test_a_repeated_id_and_a_taken_slug_are_made_unique() -> None:
    store = ArticleStore()
    first = store.unique(_article("Oil Spill"))
    store.add(first)
    again = store.unique(_article("Oil Spill"))
    store.add(again)
    clash = store.unique(_article("oil-spill"))  # its own id, but the slug of the first
    assert (first.id, first.slug) == ("Oil Spill", "oil-spill")
    assert (again.id, again.slug) == ("Oil Spill-2", "oil-spill-2")
    assert (clash.id, clash.slug) == ("oil-spill", "oil-spill-3")
    assert [p.reason for p in store.renames] == ["duplicate id 'Oil Spill' (first in Oil Spill.md); renamed 'Oil Spill-2'"]
    assert not store.takes(["x", "Oil Spill"]) and not store.takes(["x", "x"]) and store.takes(["x", "y"])


ids = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)
days = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ids, days), max_size=12, unique_by=lambda pair: pair[0]), st.data())
def test_the_orders_a_store_gives_are_those_python_sorts_to(pairs: list[tuple[str, dt.date | None]],
                                                            data: st.DataObject) -> None:
    """``ordered``: by publication day, undated last, then id; ``by_id``: by id, leaving some out
    (SQLite compares text as UTF-8 bytes, Python by code point: the same order)."""
    articles = [_article(article_id, day) for article_id, day in pairs]
    store = ArticleStore.holding(articles)
    assert list(store.ordered()) == sorted(articles, key=lambda a: (a.published or dt.date.max, a.id))
    left_out = frozenset(data.draw(st.sets(st.sampled_from([a.id for a in articles])))) if articles else frozenset()
    view = store.by_id(left_out)
    expected = sorted((a for a in articles if a.id not in left_out), key=lambda a: a.id)
    assert list(view) == expected and len(view) == len(expected) and list(view.ids()) == [a.id for a in expected]
    assert [view[i] for i in range(len(view))] == expected


def test_a_build_holds_no_article_record_past_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The later stages read the articles from the store, and the timeline's article pages from its
    entry store: when the pages are rendered, no Article and no ArticlePage is alive (at 20,000
    articles, the records with their keys and stamps took 0.7 KB each, the pages 0.5 KB)."""
    import timeline.build as build_module
    from timeline.build import build
    from timeline.config import Config

    sources = tmp_path / "sources"
    sources.mkdir()
    for n in range(30):
        (sources / f"a{n:02d}.md").write_text(
            f"---\ntitle: Report {n}\ndate: 2010-05-{n % 28 + 1:02d}\n---\n"
            f"The well leaked on 2 May 2010, engineers said in report {n}. Crews worked on.\n", encoding="utf-8")
    alive: list[int] = []
    real = build_module._render

    def rendering(*args, **kwargs):  # type: ignore[no-untyped-def]
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, (Article, ArticlePage))))
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "_render", rendering)
    before = sum(1 for o in gc.get_objects() if isinstance(o, (Article, ArticlePage)))  # the test modules' own
    config = replace(Config(), sources=(str(sources),), docs_dir=str(tmp_path / "docs"), cache_dir=str(tmp_path / "cache"),
                     jobs=1)
    result = build(config, run_mkdocs=False)
    assert result.summary.articles == 30 and result.timeline is not None and len(result.timeline.articles) == 30
    assert alive == [before]


def test_the_pages_look_up_their_articles_stamps_together() -> None:
    store = ArticleStore.holding(Article(id=f"article {n}", origin="x", title=f"T{n}", text="t.", slug=f"a{n}")
                                 for n in range(50))
    store.stamp_all(lambda article, key: f"{article.title}:{key}")
    assert store.stamps.of(["article 3", "no such article", "article 49"]) == {"article 3": "T3:",
                                                                               "article 49": "T49:"}
    assert store.stamps.of([]) == {}
    assert store.stamps["article 7"] == "T7:" and "no such article" not in store.stamps
    assert len(store.stamps) == 50 and list(store.stamps)[:2] == ["article 0", "article 1"]
