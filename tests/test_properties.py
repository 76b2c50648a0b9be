"""Properties over arbitrary input: readers never crash, escaping round-trips, order holds.

The key property is the escaping one: any text, escaped by
``escape_markdown`` and converted by Python-Markdown with the site's
extensions, must come out as exactly that text (whitespace-normalized) and
nothing else: no element, link or attribute made from it.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.assemble import assemble
from timeline.config import ExtractConfig
from timeline.extract import extract
from timeline.render.escape import escape_markdown, html_title, safe_url
from timeline.records import Article, Event, Extraction, Granularity, Sentence, Sentences, When
from timeline.read import read_file
from timeline.read.clean import clean_text
from timeline.read.decode import DecodeError, decode
from timeline.read.fields import FieldError
from timeline.read.jsonl import parse_feed
from timeline.read.text import FrontMatterError, parse_text_article
from timeline.render import render_pages
from timeline_factory import held_whole

SITE_EXTENSIONS = ["attr_list", "toc", "tables", "def_list", "abbr", "footnotes", "md_in_html"]
"""mkdocs.yml's extensions and the Markdown ones a user is likeliest to add."""

# Text with a generous share of the characters that mean something to Markdown, HTML, Jinja or YAML.
SYNTAX = "\\`*_{}[]()#+-.!|~^=:<>&\"'%;/@$\n\t \x00\x02\x03\r"
syntax_text = st.text(alphabet=st.one_of(st.sampled_from(SYNTAX), st.characters()), max_size=200)
WORDS = ["<script>", "</p>", "<!--", "-->", "{{", "}}", "{%", "%}", "[TOC]", "!!! note", "--8<--", "{: #x }",
         "javascript:", "data:", "](", "![", "&amp;", "&#60;", "***", "```", "1.", "- ", "> ", "# ", "\n===\n",
         "\n---\n", "| a |", "*[HTML]: x", "[^1]", "<div markdown>", "\x02wzxhzdk:0\x03", "\\", "<https://x.y>"]
markup_text = st.lists(st.one_of(st.sampled_from(WORDS), syntax_text), max_size=12).map("".join)


class VisibleText(HTMLParser):
    """The text a reader sees, and every element and attribute the HTML holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.append("!--")


def visible(html: str) -> VisibleText:
    parser = VisibleText()
    parser.feed(html)
    parser.close()
    return parser


def normalized(text: str) -> str:
    return " ".join(clean_text(text).replace("\x85", " ").split())


@settings(max_examples=400, deadline=None)
@given(markup_text)
def test_escaped_text_renders_as_itself_and_nothing_else(text: str) -> None:
    html = markdown.markdown(escape_markdown(text), extensions=SITE_EXTENSIONS)
    seen = visible(html)
    assert " ".join("".join(seen.text).split()) == normalized(text)
    assert seen.tags in ([], ["p"])
    assert seen.attributes == []


@settings(max_examples=200, deadline=None)
@given(markup_text)
@example("\ud800")  # a lone surrogate: shown as U+FFFD, as the reader shows it
@example("\x02wzxhzdk:0\x03")  # Python-Markdown's own placeholder for stashed HTML
def test_escaped_text_stays_text_in_a_heading_a_list_item_and_a_link(text: str) -> None:
    source = (f"# {escape_markdown(text)}\n\n- {escape_markdown(text)}\n\n"
              f"[{escape_markdown(text)}](articles/a.md)\n")
    seen = visible(markdown.markdown(source, extensions=SITE_EXTENSIONS))
    assert [t for t in seen.tags if t not in ("h1", "ul", "li", "p", "a")] == []
    assert seen.tags.count("a") == 1
    assert [v for k, v in seen.attributes if k == "href"] == ["articles/a.md"]
    assert " ".join("".join(seen.text).split()) == " ".join([normalized(text)] * 3).strip()


@settings(max_examples=200, deadline=None)
@given(markup_text)
def test_a_front_matter_title_is_plain_text_for_mkdocs(text: str) -> None:
    """``html_title`` is valid YAML, and the string it holds shows as the text in <title>."""
    value = yaml.safe_load(f"title: {html_title(text)}")["title"]
    assert isinstance(value, str) and "<" not in value and ">" not in value
    assert " ".join("".join(visible(f"<title>{value}</title>").text).split()) == normalized(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_safe_url_gives_an_http_url_or_nothing(url: str) -> None:
    safe = safe_url(url)
    assert safe == "" or safe.lower().startswith(("http://", "https://"))
    assert not any(c in safe for c in " \"'<>()\\\n") or safe == ""


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_a_reason(data: bytes) -> None:
    try:
        decoded = decode(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert isinstance(decoded.text, str)


front_matter_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.dates(min_value=dt.date(1, 1, 1)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
front_matter = st.dictionaries(
    st.sampled_from(["title", "date", "published", "url", "source", "tags", "id", "language", "text", "other"]),
    front_matter_values, max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(front_matter, syntax_text)
def test_any_front_matter_is_read_or_refused_with_a_reason(meta: dict[str, object], body: str) -> None:
    try:
        fields, rest = parse_text_article(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}")
    except (FrontMatterError, FieldError) as exc:
        assert str(exc)
    else:
        assert rest == body
        assert fields.published is None or 1000 <= fields.published.year <= 2199


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), front_matter.map(lambda m: yaml.safe_dump(m)[:200])), max_size=6))
def test_a_feed_of_anything_yields_one_result_per_nonblank_line(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ") for line in lines)
    results = list(parse_feed(text))
    assert [r.line for r in results] == [n for n, line in enumerate(text.splitlines(), 1) if line.strip()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from([".md", ".txt", ".jsonl", ".html"]))
def test_reading_any_file_never_raises(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        articles, problems = read_file(path, Path(folder))
    assert articles or problems
    for article in articles:
        article.text.encode("utf-8")  # every field can be written out
        article.title.encode("utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup_text, st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31)) | st.none())
def test_extract_never_raises_on_any_text(text: str, published: dt.date | None) -> None:
    article = Article(id="a", origin="a.md", title="t", text=clean_text(text), published=published, slug="a")
    result = extract(article, ExtractConfig(summarizer="lead"))
    assert all(0 <= e.start <= e.end <= len(article.text) for e in result.events)


GRANULARITY_DAYS = {Granularity.DAY: 0, Granularity.MONTH: 27, Granularity.YEAR: 364}


@st.composite
def whens(draw: st.DrawFn) -> When:
    granularity = draw(st.sampled_from(sorted(GRANULARITY_DAYS)))
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    if granularity is Granularity.YEAR:
        first, value = day.replace(month=1, day=1), f"{day.year}"
        last = first.replace(month=12, day=31)
    elif granularity is Granularity.MONTH:
        first, value = day.replace(day=1), f"{day:%Y-%m}"
        last = first + dt.timedelta(days=GRANULARITY_DAYS[granularity])
    else:
        first = last = day
        value = day.isoformat()
    return When(first=first, granularity=granularity, value=value, last=last)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 3), whens(), markup_text), min_size=1, max_size=12))
def test_assembled_and_rendered_timelines_are_ordered_and_escaped(events: list[tuple[int, When, str]]) -> None:
    articles = [Article(id=f"a{i}", origin=f"a{i}.md", title=f"<b>{i}</b>", text="x", slug=f"a{i}",
                        published=dt.date(2020, 1, 1 + i)) for i in range(4)]
    extractions = {
        a.id: Extraction(a.id, Sentences.of([Sentence(0, 0, 1, "x")]), (), tuple(
            Event(a.id, n, clean_text(sentence) or "x", when, "e", 0, 1)  # the reader cleans every text
            for n, (owner, when, sentence) in enumerate(events) if owner == i), ())
        for i, a in enumerate(articles)
    }
    timeline = assemble(articles, extractions, title="T")
    entries = timeline.entries
    assert [e.when for e in entries] == sorted(e.when for e in entries)
    assert [y.year for y in timeline.years] == sorted({e.when.first.year for e in timeline.story_entries})
    assert set(entries) == {*timeline.background, *timeline.story_entries, *timeline.outlook}
    pages = render_pages(timeline)
    # read from its store section by section, it renders as the same timeline held whole in tuples
    assert pages == render_pages(held_whole(timeline))
    for name, page in pages.items():
        seen = visible(markdown.markdown(page, extensions=["attr_list", "toc", "meta"]))
        assert "script" not in seen.tags and "b" not in seen.tags, name
        assert not [k for k, _ in seen.attributes if k.startswith("on")], name
