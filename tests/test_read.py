"""The read stage: every format, and every kind of bad file, with exact messages."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.read import read_file, read_sources, slugify
from timeline.read.clean import clean_text
from timeline.report import Severity


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def reasons(result: object) -> list[tuple[str, str, str]]:
    return [(Path(p.origin).name, p.severity.value, p.reason) for p in result.problems]  # type: ignore[attr-defined]


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: Talks end\ndate: 2024-05-17\nurl: https://example.org/a\n"
                             "source: Example News\ntags: [china, russia]\nlanguage: en\n---\nBody text.\n")
    result = read_sources([tmp_path])
    assert result.problems == ()
    (article,) = result.articles
    assert article.id == "a"
    assert article.slug == "a"
    assert article.title == "Talks end"
    assert article.published == dt.date(2024, 5, 17)
    assert article.url == "https://example.org/a"
    assert article.source == "Example News"
    assert article.tags == ("china", "russia")
    assert article.text == "Body text.\n"


def test_text_body_is_kept_byte_for_byte(tmp_path: Path) -> None:
    body = "Line one “quoted”.\r\nLine two — dash.\n\n"
    write(tmp_path / "x.txt", "---\ndate: 2024-01-02\n---\n" + body)
    (article,) = read_sources([tmp_path]).articles
    assert article.text == body


def test_seed_article_keeps_the_supplied_body() -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_6c96f36706eda69f.txt"
    supplied = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds" / "000_6c96f36706eda69f.txt"
    (article,) = read_sources([seed]).articles
    assert article.published == dt.date(2024, 5, 17)
    assert article.source == "The New York Times"
    if supplied.exists():
        assert article.text.encode("utf-8") == supplied.read_bytes()


def test_date_from_file_name_then_folder(tmp_path: Path) -> None:
    write(tmp_path / "2024-03-01-story.md", "Text one.")
    write(tmp_path / "2023-12-31" / "story.txt", "Text two.")
    articles = {a.id: a for a in read_sources([tmp_path]).articles}
    assert articles["2024-03-01-story"].published == dt.date(2024, 3, 1)
    assert articles["2023-12-31/story"].published == dt.date(2023, 12, 31)


def test_undated_article_is_used_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "nodate.md", "Some text on Friday.")
    result = read_sources([tmp_path])
    assert [a.id for a in result.articles] == ["nodate"]
    assert reasons(result) == [("nodate.md", "warning", "no title: titled 'Some text on Friday.' from its text"),
                               ("nodate.md", "warning", "no publication date: its relative dates stay unresolved")]


def test_jsonl_feed_with_every_date_key_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "published": "2024-05-17", "title": "One", "text": "First."}),
        json.dumps({"id": "a2", "date": "2024-05-18", "text": "Second."}),
        json.dumps({"id": "a3", "time": "2024-05-19", "text": "Third."}),
        json.dumps({"id": "a4", "date_publish": "2024-05-20 10:00:00", "text": "Fourth."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a7", "text": ""}),
        json.dumps({"id": "a8", "date": "2024-02-30", "text": "Bad date."}),
        "",
    ]
    write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = read_sources([tmp_path / "feed.jsonl"])
    assert [(a.id, a.published) for a in result.articles] == [
        ("a1", dt.date(2024, 5, 17)), ("a2", dt.date(2024, 5, 18)),
        ("a3", dt.date(2024, 5, 19)), ("a4", dt.date(2024, 5, 20)),
    ]
    assert [(p.origin.rsplit(":", 1)[1], p.reason) for p in result.problems] == [
        ("2", "no title: titled 'Second.' from its text"), ("3", "no title: titled 'Third.' from its text"),
        ("4", "no title: titled 'Fourth.' from its text"),
        ("5", "not valid JSON: Expecting property name enclosed in double quotes at column 2"),
        ("6", "expected a JSON object, got list"),
        ("7", "no text (the 'text' field is missing or empty)"),
        ("8", "date: '2024-02-30' is not a calendar date (day is out of range for month)"),
    ]


def test_html_page_through_trafilatura(tmp_path: Path) -> None:
    paragraph = "The council approved the new budget after a long debate on Tuesday evening. " * 4
    page = (
        "<html><head><title>Council approves budget</title>"
        '<meta property="article:published_time" content="2024-04-02">'
        "</head><body><nav>Home | About</nav><article><h1>Council approves budget</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    write(tmp_path / "page.html", page)
    result = read_sources([tmp_path])
    (article,) = result.articles
    assert article.title == "Council approves budget"
    assert article.published == dt.date(2024, 4, 2)
    assert "approved the new budget" in article.text
    assert "Home | About" not in article.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", "", "is empty"),
        ("blank.txt", "  \n\n", "is empty"),
        ("binary.md", b"\x00\x01\x02\x03PNG\x00\x00", "is binary, not text"),
        ("broken.md", "---\ntitle: [unclosed\n---\nBody.", "front matter is not valid YAML (line 3): "
         "expected ',' or ']', but got '<stream end>'"),
        ("unclosed.md", "---\ntitle: x\nBody.", "front matter starts with '---' but has no closing '---' line"),
        ("list.md", "---\n- a\n- b\n---\nBody.", "front matter must be a mapping of keys to values, not list"),
        ("baddate.md", "---\ndate: 2024-02-30\n---\nBody.",
         "front matter date: '2024-02-30' is not a calendar date (day is out of range for month)"),
        ("notadate.md", "---\ndate: soon-ish\n---\nBody.", "front matter date: 'soon-ish' is not a date"),
        ("ancient.md", "---\ndate: 0999-01-01\n---\nBody.",
         "front matter date: 0999-01-01 is outside the years 1000-2199"),
        ("title.md", "---\ntitle: {a: 1}\n---\nBody.", "front matter title: expected text, got dict"),
        ("nobody.md", "---\ntitle: Only a title\n---\n", "has no article text"),
    ],
)
def test_bad_file_is_reported_and_skipped(tmp_path: Path, name: str, content: str | bytes, reason: str) -> None:
    write(tmp_path / name, content)
    write(tmp_path / "good.md", "---\ndate: 2024-01-01\n---\nGood text.")
    result = read_sources([tmp_path])
    assert [a.id for a in result.articles] == ["good"]
    assert sorted(reasons(result)) == sorted([(name, "error", reason),
                                              ("good.md", "warning", "no title: titled 'Good text.' from its text")])


def test_latin1_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "latin.md", "---\ndate: 2024-01-01\n---\nCaf\u00e9 cr\u00e8me.".encode("latin-1"))
    result = read_sources([tmp_path])
    (article,) = result.articles
    assert article.text == "Caf\u00e9 cr\u00e8me."
    assert reasons(result) == [("latin.md", "warning",
                                "not valid UTF-8 (first bad byte at offset 28); decoded as Windows-1252"),
                               ("latin.md", "warning", "no title: titled 'Caf\u00e9 cr\u00e8me.' from its text")]


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    write(tmp_path / "wide.txt", "---\ndate: 2024-01-01\n---\nWide text.".encode("utf-16"))
    result = read_sources([tmp_path])
    assert result.articles[0].text == "Wide text."
    assert reasons(result) == [("wide.txt", "warning", "decoded as UTF-16 (byte-order mark)"),
                               ("wide.txt", "warning", "no title: titled 'Wide text.' from its text")]


def test_a_utf16_feed_is_read_whole_and_each_record_used(tmp_path: Path) -> None:
    lines = ['{"title": "Wide one", "published": "2024-01-01", "text": "The first wide record."}',
             '{"title": "Wide two", "published": "2024-01-02"}']
    write(tmp_path / "wide.jsonl", ("\n".join(lines) + "\n").encode("utf-16"))
    result = read_sources([tmp_path])
    assert [(a.title, a.text) for a in result.articles] == [("Wide one", "The first wide record.")]
    assert reasons(result) == [("wide.jsonl", "warning", "decoded as UTF-16 (byte-order mark)"),
                               ("wide.jsonl:2", "error", "no text (the 'text' field is missing or empty)")]


def test_missing_source_and_unsupported_file(tmp_path: Path) -> None:
    write(tmp_path / "image.png", b"\x89PNG")
    result = read_sources([tmp_path / "nothing", tmp_path / "image.png"])
    assert result.articles == ()
    assert [p.reason for p in result.problems] == [
        "no such file or folder",
        "unsupported file type '.png'; expected one of .htm, .html, .jsonl, .markdown, .md, .txt",
    ]


def test_duplicate_ids_are_renamed_and_slugs_unique(tmp_path: Path) -> None:
    feed = "\n".join(json.dumps({"id": i, "date": "2024-01-01", "text": "T."}) for i in ["x", "x", "X"])
    write(tmp_path / "f.jsonl", feed)
    result = read_sources([tmp_path])
    assert [(a.id, a.slug) for a in result.articles] == [("x", "x"), ("x-2", "x-2"), ("X", "x-3")]
    # Three untitled lines (three "no title" warnings), then the rename.
    assert [p.severity for p in result.problems] == [Severity.WARNING] * 4
    assert [p.reason for p in result.problems][:3] == ["no title: titled 'T.' from its text"] * 3
    assert "duplicate id 'x'" in result.problems[3].reason


def test_symlink_loop_is_reported_once(tmp_path: Path) -> None:
    write(tmp_path / "a" / "one.md", "---\ndate: 2024-01-01\n---\nText.")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    result = read_sources([tmp_path])
    assert [a.id for a in result.articles] == ["a/one"]
    assert [(Path(p.origin).name, p.reason) for p in result.problems] == [
        ("loop", "symbolic link loop; folder skipped"), ("one.md", "no title: titled 'Text.' from its text")]


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Hello, World!", "hello-world"), ("../../etc/passwd", "etc-passwd"), ("CON", "con-article"),
     ("", "article"), ("Ünïcödé", "unicode"), ("a\x00b", "a-b")],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_files_that_are_not_articles_in_a_folder_get_one_warning_naming_them(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("---\ndate: 2024-05-17\n---\nTalks ended on Friday.\n", encoding="utf-8")
    for name in ("photo.png", "scan.PDF", "notes", ".DS_Store", "_draft.docx", "README.txt"):
        (tmp_path / "news" / name).write_bytes(b"x")
    (tmp_path / "news" / "sub").mkdir()
    (tmp_path / "news" / "sub" / "data.csv").write_text("a,b\n", encoding="utf-8")
    result = read_sources([tmp_path / "news"])
    assert [a.id for a in result.articles] == ["a"]
    assert [(p.severity, p.reason) for p in result.problems] == [(
        Severity.WARNING, "no title: titled 'Talks ended on Friday.' from its text"), (
        Severity.WARNING,
        "skipped 4 file(s) of a type that is not read as an article ((none), .csv, .pdf, .png; articles are "
        ".htm, .html, .jsonl, .markdown, .md, .txt): notes, photo.png, scan.PDF, sub/data.csv",
    )]


_CONTROL_REFERENCE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0xFFFF)
               | st.sampled_from("\x00\x07\t\n\x0b\x0c\r\x1f\x7f\x80\x85\x9f\ud800\udfff\ufffe\uffff a")))
def test_clean_text_removes_exactly_what_the_rule_says(text: str) -> None:
    # The rule in one regex pass (the ASCII fast path must give the same answer).
    expected = _CONTROL_REFERENCE.sub("", re.sub(r"[\ud800-\udfff]", "\ufffd", text))
    assert clean_text(text) == expected
    assert clean_text("news " + text + " more") == "news " + expected + " more"


@pytest.mark.parametrize("code", range(0x100))
def test_clean_text_on_each_latin1_character(code: int) -> None:
    text = f"a{chr(code)}b"
    assert clean_text(text) == _CONTROL_REFERENCE.sub("", text)


def test_clean_text_keeps_layout_characters_and_drops_controls() -> None:
    assert clean_text("a\tb\nc\x0cd\re") == "a\tb\nc\x0cd\re"
    assert clean_text("a\x00b\x02c\x1fd\x7fe") == "abcde"
    assert clean_text("caf\u00e9\x85\ud800") == "caf\u00e9\ufffd"


def test_readers_form_a_registry_by_suffix_and_the_readme_names_each() -> None:
    from timeline.read import READERS, SUFFIXES

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert SUFFIXES == frozenset(READERS) == {".md", ".markdown", ".txt", ".html", ".htm", ".jsonl"}
    assert all(f"`{suffix}`" in readme or f"`*{suffix}`" in readme for suffix in READERS), "a suffix is undocumented"
    assert READERS[".jsonl"].parse is None and all(READERS[s].parse is not None for s in SUFFIXES - {".jsonl"})


def test_a_feed_is_handed_over_record_by_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article reaches ``each`` before the next record is parsed: no feed is held whole."""
    import timeline.read as read_module

    records = [{"id": f"r{n}", "title": f"T{n}", "date": "2024-05-17", "text": f"Text {n} happened on Friday."}
               for n in range(3)]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    seen: list[str] = []
    real = read_module.parse_line

    def parsing(number: int, line: str):  # type: ignore[no-untyped-def]
        seen.append(f"parse {number}")
        return real(number, line)

    def each(article, digest):  # type: ignore[no-untyped-def]
        seen.append(f"each {article.id}")
        return article, ""

    monkeypatch.setattr(read_module, "parse_line", parsing)
    read = read_sources([tmp_path], each)
    assert [a.id for a in read.articles] == ["r0", "r1", "r2"]
    assert seen == ["parse 1", "each r0", "parse 2", "each r1", "parse 3", "each r2"]


@pytest.mark.parametrize("keep_texts", [True, False])
def test_a_title_that_untitled_articles_of_many_days_share_is_furniture(tmp_path: Path, keep_texts: bool) -> None:
    """A site's line printed above every article ("most popular: ...") titles none of them: untitled
    articles of three days or more that share their made title are titled by their next real sentence
    instead, or by source and day where the line is all their text; the same line over two days, and a
    given title however often it repeats, stay. So too when the store keeps no text, as a build's does:
    there every such article had been titled by its source and day."""
    banner = "Two men charged after the museum theft, police say."
    lines = [json.dumps({"id": f"a{day}", "date": f"2011-01-{day:02d}", "source": "Wire",
                         "text": f"{banner}\nProtesters filled the square on day {day} of the strike."})
             for day in (24, 25)]
    lines += [json.dumps({"id": "a26", "date": "2011-01-26", "source": "Wire", "text": banner})]
    lines += [json.dumps({"id": f"b{day}", "date": f"2011-02-{day:02d}", "source": "Wire",
                          "text": f"Snow closes the airport again.\nFlights resumed on day {day}."}) for day in (1, 2)]
    lines += [json.dumps({"id": f"c{day}", "date": f"2011-03-{day:02d}", "title": "Letters",
                          "text": f"Readers wrote on day {day} about the strike."}) for day in (1, 2, 3)]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_sources([tmp_path / "feed.jsonl"], None if keep_texts else lambda a, _: (replace(a, text=""), ""))
    titles = {a.id: a.title for a in result.articles}
    assert titles == {"a24": "Protesters filled the square on day 24 of the strike.",
                      "a25": "Protesters filled the square on day 25 of the strike.",
                      "a26": "Wire, 26 January 2011", "b1": "Snow closes the airport again.",
                      "b2": "Snow closes the airport again.", "c1": "Letters", "c2": "Letters", "c3": "Letters"}
    assert reasons(result)[0] == (
        "feed.jsonl:1", "warning",
        "no title: titled 'Protesters filled the square on day 24 of the strike.': the title its text gave, "
        f"{banner!r}, opens 3 untitled articles published on 3 days (the site's furniture, not a headline)")
    assert reasons(result)[2][2].startswith("no title: titled 'Wire, 26 January 2011': the title its text gave")
    assert reasons(result)[3] == ("feed.jsonl:4", "warning",
                                  "no title: titled 'Snow closes the airport again.' from its text")


@pytest.mark.parametrize("keep_texts", [True, False])
def test_pages_that_open_with_two_lines_of_furniture_are_titled_by_their_own_first_sentence(
        tmp_path: Path, keep_texts: bool) -> None:
    """A site's pages that open with another story's headline and then a prompt, both on every page: each is
    titled by the first sentence after them (``TITLES_GIVEN``), not by its source and day, also when the store
    keeps no text."""
    promo = "Senate hearing as cleanup efforts continue -- photos"
    prompt = "View how tourism, commerce and the coastline are all at risk."
    lines = [json.dumps({"id": f"p{day}", "date": f"2010-05-{day:02d}", "source": "Post",
                         "text": f"{promo}\n{prompt}\nFishermen waited on day {day} for the oil to come ashore.\n"
                                 "Crews laid booms along the coast."})
             for day in (2, 4, 5)]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_sources([tmp_path / "feed.jsonl"], None if keep_texts else lambda a, _: (replace(a, text=""), ""))
    assert [a.title for a in result.articles] == [f"Fishermen waited on day {day} for the oil to come ashore."
                                                  for day in (2, 4, 5)]


def test_an_untitled_article_whose_text_gives_no_title_is_titled_by_its_source_and_day(tmp_path: Path) -> None:
    teasers = ("BP agreed late Friday to settle lawsuits brought by more than 100,000 fishermen who lost work.. "
               "A federal judge has given final approval to the settlement with a bulk of businesses who lost..")
    lines = [json.dumps({"id": "t1", "date": "2010-07-07", "source": "Fox News", "text": teasers}),
             json.dumps({"id": "t2", "date": "2010-07-07", "text": teasers})]
    write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = read_sources([tmp_path / "feed.jsonl"])
    # without a source, the feed's name and line stay the title
    assert [a.title for a in result.articles] == ["Fox News, 7 July 2010", "feed-2"]
    assert [p.reason for p in result.problems] == [
        "no title: titled 'Fox News, 7 July 2010' by its source and day: its text holds no sentence to title it",
        "no title: titled 'feed-2' by its file or line: its text holds no sentence to title it"]


def test_a_bad_feed_line_says_where_json_stops_reading_it() -> None:
    """The JSON reader's message ends where the position goes: "Invalid control character at" was printed so."""
    from timeline.read.jsonl import BadLine, parse_line

    assert parse_line(3, '{"text": "tab\there"}') == BadLine(3, "not valid JSON: Invalid control character at column 14")
    assert parse_line(4, '{"text": "a"} {"text": "b"}') == BadLine(4, "not valid JSON: Extra data at column 15")


def test_a_control_character_in_front_matter_is_dropped_not_the_article() -> None:
    """YAML refuses a control character: an article whose title held a BEL was skipped whole, where every other
    field drops it (``clean.clean_text``)."""
    from timeline.read.text import split_front_matter

    assert split_front_matter("---\ntitle: Bridge \x07opens\x1b\ndate: 2024-06-09\n---\nBody") == (
        {"title": "Bridge opens", "date": "2024-06-09"}, "Body")


def test_a_given_title_is_one_line(tmp_path: Path) -> None:
    """A title given over several lines was printed so in the CSV and the calendar, on one line on the pages."""
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps({"id": "a", "published": "2024-06-09", "title": "Bridge\nopens\r\n  today",
                                "text": "The bridge opened on 8 June 2024."}) + "\n", encoding="utf-8")
    articles, problems = read_file(feed)
    assert [a.title for a in articles] == ["Bridge opens today"] and problems == []
