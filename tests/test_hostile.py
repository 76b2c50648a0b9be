"""Hostile articles go through a real ``timeline build`` and nothing of theirs executes.

The corpus in ``tests/corpus/hostile/`` plants unique markers (``pwned-N``)
in titles, text, tags, sources and URLs, wrapped in every kind of markup that
could run: HTML tags and event handlers, ``javascript:``/``data:`` links,
Markdown links and images, Jinja, pymdown/MkDocs syntax, YAML tags and alias
bombs, path pieces. MkDocs adds scripts of its own, so the checks look for
the markers where code runs (script elements, event-handler attributes, link
targets) in the parsed pages rather than for ``<script`` anywhere.
"""
from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
HOSTILE = REPO / "tests" / "corpus" / "hostile"
MARKER = "pwned"
LINK_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"})
ACTIVE_ELEMENTS = frozenset({"script", "iframe", "object", "embed", "img", "svg", "form", "base", "meta", "link"})


@dataclass
class ActiveFinder(HTMLParser):
    """Collects every place in a page where an article's marker could run."""

    findings: list[str] = field(default_factory=list)
    _open_scripts: int = 0

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._open_scripts += 1
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.findings.append(f"<{tag} {name}={value[:60]!r}>: event handler")
            if name in LINK_ATTRIBUTES and urlsplit(value.strip()).scheme.lower() not in ("", "http", "https"):
                self.findings.append(f"<{tag} {name}={value[:60]!r}>: {urlsplit(value.strip()).scheme}: URL")
            if MARKER in value and tag in ACTIVE_ELEMENTS:
                self.findings.append(f"<{tag} {name}={value[:60]!r}>: article marker in an active element")
            if MARKER in value and name in LINK_ATTRIBUTES and urlsplit(value).scheme:
                self.findings.append(f"<{tag} {name}={value[:60]!r}>: article marker in an absolute link")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._open_scripts:
            self._open_scripts -= 1

    def handle_data(self, data: str) -> None:
        if self._open_scripts and MARKER in data:
            self.findings.append(f"script/style holds an article marker: {data[:80]!r}")

    def handle_comment(self, data: str) -> None:
        if MARKER in data:
            self.findings.append(f"HTML comment from an article survived: {data[:80]!r}")


def active_markers(markup: str) -> list[str]:
    """Every finding of ActiveFinder in ``markup``."""
    finder = ActiveFinder()
    finder.feed(markup)
    finder.close()
    return finder.findings


@dataclass(frozen=True)
class HostileBuild:
    root: Path
    exit_code: int
    stderr: str


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> HostileBuild:
    root = tmp_path_factory.mktemp("hostile")
    work = root / "work"
    work.mkdir()
    shutil.copy(REPO / "mkdocs.yml", work / "mkdocs.yml")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "build", str(HOSTILE), "--docs", "docs", "--site", "site", "--jobs", "1"],
        cwd=work, env=env, capture_output=True, text=True, timeout=300,
    )
    return HostileBuild(work, done.returncode, done.stderr)


def test_the_scanner_catches_what_it_looks_for() -> None:
    page = ('<p onclick="x">a</p><a href="javascript:alert(1)">b</a><script>alert("pwned-0")</script>'
            '<title></title><script>pwned</script><img src="x" alt="pwned"><a href="data:text/html,x">c</a>')
    assert active_markers(page) == [
        "<p onclick='x'>: event handler",
        "<a href='javascript:alert(1)'>: javascript: URL",
        "script/style holds an article marker: 'alert(\"pwned-0\")'",
        "script/style holds an article marker: 'pwned'",
        "<img alt='pwned'>: article marker in an active element",
        "<a href='data:text/html,x'>: data: URL",
    ]


def test_the_build_succeeds_and_reports_the_refused_front_matter(hostile_build: HostileBuild) -> None:
    assert hostile_build.exit_code == 0, hostile_build.stderr
    errors = sorted(line.replace(str(HOSTILE) + "/", "") for line in hostile_build.stderr.splitlines()
                    if line.startswith("error:"))
    assert errors == [
        "error: 04-yaml-tags.md: front matter is not valid YAML (line 2): could not determine a constructor "
        "for the tag 'tag:yaml.org,2002:python/object/apply:os.system'",
        "error: 05-billion-laughs.md: front matter title: expected text, got list",
        "error: 10-alias-bomb-date.md: front matter date: expected a date, got list",
    ]
    assert "9 articles used, 3 inputs skipped" in hostile_build.stderr


def test_no_built_page_lets_an_article_run_code(hostile_build: HostileBuild) -> None:
    pages = sorted((hostile_build.root / "site").rglob("*.html"))
    assert len(pages) > 8
    findings = {str(p.relative_to(hostile_build.root)): active_markers(p.read_text("utf-8")) for p in pages}
    assert {page: found for page, found in findings.items() if found} == {}


def test_every_marker_is_shown_as_text(hostile_build: HostileBuild) -> None:
    """Escaping must not lose the content: the markers are visible, literally."""
    page = (hostile_build.root / "site" / "articles" / "01-script-title" / "index.html").read_text("utf-8")
    heading = page.split("<h1", 1)[1].split("<a class=", 1)[0].split(">", 1)[1]
    assert html.unescape(heading) == '<script>alert("pwned-1")</script> Council <img src=x onerror=alert("pwned-2")>'
    assert "<title>&lt;script&gt;alert(&quot;pwned-1&quot;)&lt;/script&gt; Council" in page


def test_the_title_cannot_close_the_title_element(hostile_build: HostileBuild) -> None:
    page = (hostile_build.root / "site" / "articles" / "nul-pwned-37" / "index.html").read_text("utf-8")
    assert ("<title>NULbyte &lt;/title&gt;&lt;script&gt;alert(&quot;pwned-38&quot;)&lt;/script&gt; (1 September 2024)"
            " - Alert</title>") in page  # the page's title carries the article's date, and the site's name: the word
    # most of the hostile titles share (``assemble.story_title``), "alert(", escaped as every title is


def test_the_search_index_carries_no_live_markup(hostile_build: HostileBuild) -> None:
    """Material's search shows each result's text as HTML: it must be escaped too."""
    index = json.loads((hostile_build.root / "site" / "search" / "search_index.json").read_text("utf-8"))
    findings = [f for doc in index["docs"] for f in active_markers(doc["title"] + doc["text"])]
    assert findings == []


def test_no_template_evaluated_article_text(hostile_build: HostileBuild) -> None:
    docs = "\n".join(p.read_text("utf-8") for p in sorted((hostile_build.root / "docs").rglob("*.md")))
    assert "49pwned-7" not in docs  # {{ 7*7 }} was not computed
    assert "\\{\\{ 7\\*7 \\}\\}pwned-7" in docs  # printed, escaped, as the tag it was
    assert not Path("/tmp/pwned-21").exists() and not Path("/tmp/pwned-27").exists()


def test_nothing_is_written_outside_the_output_folders(hostile_build: HostileBuild) -> None:
    written = sorted(p.relative_to(hostile_build.root).parts[0] for p in hostile_build.root.iterdir())
    # The extraction cache (issue 6) is an output folder of the build too, when present.
    assert [name for name in written if name != ".timeline-cache"] == [".docs.lock", ".site.lock", "docs", "mkdocs.yml", "site"]
    articles = sorted(p.name for p in (hostile_build.root / "docs" / "articles").iterdir())
    assert articles == ["01-script-title.md", "02-markdown-links.md", "03-template-syntax.md", "08-entities.md",
                        "11-page.md", "con-article.md", "etc-pwned-39.md", "nul-pwned-37.md", "tmp-pwned-28.md"]
    assert not any(p.is_symlink() for p in (hostile_build.root / "docs").rglob("*"))


def strings_in(value: object) -> list[str]:
    """Every string anywhere in a parsed JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def test_the_timelinejs_export_carries_no_live_markup(hostile_build: HostileBuild) -> None:
    """TimelineJS shows headlines and texts as HTML, so they must be escaped like the pages."""
    data = json.loads((hostile_build.root / "site" / "timelinejs.json").read_text("utf-8"))
    texts = strings_in(data)
    assert any(MARKER in text for text in texts)
    assert [f for text in texts for f in active_markers(text)] == []
