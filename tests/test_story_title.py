"""The story's name from its articles' titles, when its maintainer gives none (``timeline.assemble.story_title``)."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from timeline.assemble.story_title import story_title
from timeline.build import build
from timeline.config import Config, SiteConfig

ROOT = Path(__file__).resolve().parents[1]


SPILL = [
    "BP oil spill: the cap holds",
    "BP oil spill reaches Louisiana marshes",
    "Obama visits the Gulf as BP oil spill grows",
    "Oil spill: fishermen count the cost",
    "BP's shares fall again",
    "Gulf oil spill: the view from Grand Isle",
    "Hurricane season threatens the clean-up",
]


def test_the_name_grows_from_the_most_used_word_by_the_neighbours_most_titles_write_beside_it() -> None:
    # "oil" (5 titles) -> "oil spill" (5) -> "BP oil spill" (3 of 5); "Gulf oil spill" has 1
    assert story_title(SPILL) == "BP oil spill"


def test_a_neighbour_few_titles_share_does_not_join_and_the_first_letter_is_a_capital() -> None:
    titles = ["earthquake in the capital", "the earthquake's toll rises", "earthquake survivors wait",
              "aid for earthquake victims", "Haiti earthquake: a week on", "schools reopen"]
    # "haiti earthquake" is 1 of the 5 titles using "earthquake": under a quarter
    assert story_title(titles) == "Earthquake"


def test_a_possessive_counts_as_its_noun_and_stop_words_never_make_the_name() -> None:
    titles = ["Egypt's army on the streets", "Egypt braces for protests", "The crowd in Egypt",
              "What the day brings", "Egypt's president speaks"]
    assert story_title(titles) == "Egypt"


def test_a_name_stays_within_one_part_of_a_title_and_out_of_its_sites_labels() -> None:
    titles = ["Haiti earthquake: Live", "Haiti earthquake - Live updates", "Live: Haiti earthquake toll rises",
              "Haiti earthquake | The Guardian", "Aid for Haiti | The Guardian", "Guardian readers give | The Guardian"]
    assert story_title(titles) == "Haiti earthquake"
    # a contraction is one word ("Don't" is no "Don"), a name's apostrophe stays ("O'Brien"), a month is no name
    assert story_title(["Don't panic, says O'Brien", "O'Brien on the oil spill", "O'Brien: the spill in May",
                        "Don't drill, May says"]) == "O'Brien"
    # a word written in mixed case keeps its case
    assert story_title(["iPhone sales soar", "iPhone shortage", "Why the iPhone sold out"]) == "iPhone"


def test_titles_that_share_no_word_give_no_name() -> None:
    assert story_title([]) is None
    assert story_title(["Storm hits coast", "Markets fall", "Election called"]) is None
    # a word in three titles of forty is under the tenth of them
    many = ["Flood warning issued", "Flood barriers raised", "Flood waters recede"]
    assert story_title(many + [f"Note{i} follows{i}" for i in range(37)]) is None
    assert story_title(many + [f"Note{i} follows{i}" for i in range(27)]) == "Flood"


@given(st.lists(st.text(alphabet=st.sampled_from("abcAB'- :|iI"), max_size=40), max_size=30))
def test_any_titles_give_a_name_of_one_to_three_words_one_title_writes_so_or_none(titles: list[str]) -> None:
    name = story_title(titles)
    if name is not None:
        assert 1 <= len(name.split()) <= 3
        # the name's words stand in that order in a title, the first perhaps with a capital and without a
        # possessive
        first, *rest = name.split()
        written = (f"(?<!\\w)[{re.escape(first[0].lower() + first[0].upper())}]{re.escape(first[1:])}"
                   + "".join(r"[\W_]+" + re.escape(word) for word in rest))
        assert any(re.search(written, title) for title in titles)


def _config(tmp_path: Path, name: str, **site: str) -> Config:
    feed = tmp_path / "articles.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{i}", "title": title, "date": f"2010-05-{i + 1:02d}",
                                        "text": "The well leaked on 3 May 2010, officials said."}) + "\n"
                            for i, title in enumerate(SPILL)), encoding="utf-8")
    return replace(Config(), sources=(str(feed),), docs_dir=str(tmp_path / name / "docs"),
                   site_dir=str(tmp_path / name / "site"), mkdocs_config=str(ROOT / "mkdocs.yml"),
                   cache_dir=str(tmp_path / name / "cache"), site=SiteConfig(**site))


def test_the_built_site_is_called_by_its_titles_in_every_header_unless_the_maintainer_names_it(tmp_path: Path) -> None:
    result = build(_config(tmp_path, "titles"))
    assert result.timeline is not None and result.timeline.title == "BP oil spill"
    assert "<title>BP oil spill</title>" in (tmp_path / "titles" / "site" / "index.html").read_text(encoding="utf-8")
    named = build(_config(tmp_path, "named", title="The Deepwater Horizon disaster"), run_mkdocs=False)
    assert named.timeline is not None and named.timeline.title == "The Deepwater Horizon disaster"
    assert "# The Deepwater Horizon disaster" in (tmp_path / "named" / "docs" / "index.md").read_text(encoding="utf-8")


def test_a_site_name_in_mkdocs_yml_names_the_site(tmp_path: Path) -> None:
    own = tmp_path / "mkdocs.yml"
    own.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8") + "site_name: Spill watch\n", encoding="utf-8")
    build(replace(_config(tmp_path, "own"), mkdocs_config=str(own)))
    assert "<title>Spill watch</title>" in (tmp_path / "own" / "site" / "index.html").read_text(encoding="utf-8")


def test_the_site_is_named_by_its_config_where_it_or_a_file_it_inherits_names_one(tmp_path: Path) -> None:
    from timeline.publish import own_site_name, site_name

    base = tmp_path / "base.yml"
    base.write_text("site_name: Spill watch\n", encoding="utf-8")
    inherits = tmp_path / "inherits.yml"
    inherits.write_text("INHERIT: base.yml\ntheme:\n  name: material\n", encoding="utf-8")
    tagged = tmp_path / "tagged.yml"
    tagged.write_text("\ufeffmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: "
                      "!!python/name:material.extensions.emoji.twemoji\nsite_name:\n  'Spill watch'\n",
                      encoding="utf-8")
    blank = tmp_path / "blank.yml"
    blank.write_text('site_name: ""\n# site_name: Old name\n', encoding="utf-8")
    assert [own_site_name(f) for f in (base, inherits, tagged, blank)] == ["Spill watch"] * 3 + [""]
    assert site_name(inherits, "BP oil spill") == {}
    assert site_name(blank, "BP oil spill") == {"site_name": "BP oil spill"}
    assert site_name(blank, "") == {"site_name": "Timeline"}


def test_serves_preview_is_named_anew_at_each_rebuild_unless_its_config_names_it(tmp_path: Path) -> None:
    from timeline.publish import mkdocs_config
    from timeline.publish.preview import _naming, name_site, on_config

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    bare = tmp_path / "mkdocs.yml"
    bare.write_text("theme:\n  name: material\n", encoding="utf-8")
    config = mkdocs_config(bare, tmp_path / "docs", tmp_path / "site", [], name="Oil spill")
    assert config.site_name == "Oil spill"
    try:
        name_site("BP oil spill")  # a rebuild's new articles named the story anew
        assert on_config(config).site_name == "BP oil spill"
        bare.write_text("site_name: Spill watch\ntheme:\n  name: material\n", encoding="utf-8")  # named meanwhile
        assert on_config(config).site_name == "Spill watch"
        bare.write_text("theme:\n  name: material\n", encoding="utf-8")
        name_site("")  # a rebuild that could use no article: no title, the default name, no blank header
        assert on_config(config).site_name == "Timeline"
    finally:
        _naming.clear()
