"""The site's search worker as MkDocs gets it (``timeline.publish.search_worker``): its theme laid over
Material's where the site is Material's and searched in English, and the scripts' version. No browser needed:
the worker itself is tested in Chromium by ``test_search_worker.py``."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline.publish import mkdocs_config
from timeline.publish.search_worker import THEME

ROOT = Path(__file__).resolve().parent.parent


def test_a_material_site_names_the_worker_and_a_site_main_template_keeps_its_own(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    config = mkdocs_config(ROOT / "mkdocs.yml", docs, tmp_path / "site", [])
    assert config.theme.dirs[0] == str(THEME)
    own = tmp_path / "overrides"
    own.mkdir()
    (own / "main.html").write_text('{% extends "base.html" %}\n')
    (tmp_path / "mkdocs.yml").write_text("site_name: S\ntheme:\n  name: material\n  custom_dir: overrides\n")
    config = mkdocs_config(tmp_path / "mkdocs.yml", docs, tmp_path / "site", [])
    assert config.theme.dirs[:2] == [str(own), str(THEME)]
    assert config.theme.get_env().get_template("main.html").filename == str(own / "main.html")
    # a site searched in another language keeps Material's worker (ours reads English words)
    (tmp_path / "mkdocs.yml").write_text("site_name: S\ntheme:\n  name: material\nplugins:\n  - search:\n"
                                         "      lang: de\n")
    assert str(THEME) not in mkdocs_config(tmp_path / "mkdocs.yml", docs, tmp_path / "site", []).theme.dirs


def test_the_scripts_version_follows_their_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.publish import search_worker

    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "w.js").write_text("one();\n")
    monkeypatch.setattr(search_worker, "THEME", tmp_path)
    first = search_worker.assets_version()
    assert search_worker.assets_version() == first
    (tmp_path / "assets" / "w.js").write_text("two();\n")
    assert search_worker.assets_version() != first
