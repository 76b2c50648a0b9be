"""The config schema: defaults, every error named by its key, unknown keys refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline.config import Config, ConfigError, ExtractConfig, config_from_mapping, load_config


def test_no_config_file_gives_working_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()
    assert Config().sources == ("seeds",)


def test_config_file_sets_nested_values(tmp_path: Path) -> None:
    path = tmp_path / "timeline.toml"
    path.write_text('sources = ["news", "feed.jsonl"]\ndocs_dir = "out"\n[extract]\nsummarizer = "textrank"\n'
                    'summary_sentences = 2\n[site]\ntitle = "The story"\n', encoding="utf-8")
    config = load_config(path)
    assert config.sources == ("news", "feed.jsonl")
    assert config.docs_dir == "out"
    assert config.extract == ExtractConfig(summarizer="textrank", summary_sentences=2)
    assert config.site.title == "The story"


def test_every_problem_is_reported_with_its_key() -> None:
    with pytest.raises(ConfigError) as info:
        config_from_mapping({
            "docs": "x",
            "jobs": "four",
            "extract": {"summarizer": "gpt", "summary_sentences": 0, "colour": 1},
            "site": "not a table",
        })
    assert info.value.problems == [
        "docs: unknown key",
        "jobs: expected an integer, got a string 'four'",
        "extract.colour: unknown key",
        "extract.summarizer: 'gpt' is not one of lexrank, textrank, lsa, luhn, kl, sumbasic, lead",
        "extract.summary_sentences: must be at least 1, got 0",
        "site: expected a table, got a string",
    ]


def test_settings_the_build_could_not_use_are_reported_with_the_rest(tmp_path: Path) -> None:
    """Each of these passed the schema and then stopped a build half way with a traceback."""
    with pytest.raises(ConfigError) as info:
        config_from_mapping({
            "site": {"title": " ", "latest_events": 0, "templates": str(tmp_path / "nowhere")},
            "extract": {"summarizer": "textrank", "language": "klingon"},
        })
    assert info.value.problems == [
        "site.title: must not be blank (\"\" or no setting: named from the articles' titles)",
        "site.latest_events: must be at least 1, got 0",
        f"site.templates: {str(tmp_path / 'nowhere')!r} is not a folder",
        "extract.language: 'klingon' has no stemmer or stop words for the textrank summarizer",
    ]
    # the lead summarizer reads no language: any is accepted; a real one with a sumy summarizer too
    assert config_from_mapping({"extract": {"language": "klingon"}}).extract.language == "klingon"
    assert config_from_mapping({"extract": {"summarizer": "lexrank", "language": "french"}}).extract.language == "french"


def test_the_embeds_theme_is_one_of_three() -> None:
    assert config_from_mapping({"site": {"embed_theme": "light"}}).site.embed_theme == "light"
    with pytest.raises(ConfigError) as info:
        config_from_mapping({"site": {"embed_theme": "blue"}})
    assert info.value.problems == ["site.embed_theme: 'blue' is not one of auto, light, dark"]


def test_booleans_are_not_integers() -> None:
    with pytest.raises(ConfigError) as info:
        config_from_mapping({"key_dates": {"dates": True}})
    assert info.value.problems == ["key_dates.dates: expected an integer, got a boolean True"]


def test_unreadable_toml_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "timeline.toml"
    path.write_text("sources = [", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.problems[0].startswith("cannot be read:")


def test_named_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "missing.toml")
    assert info.value.problems == ["file not found"]
