"""The exports in ``timeline serve``'s preview.

``timeline serve`` previews the site with MkDocs's own server, which builds into a folder of its
own and knows nothing of the exports (``timeline.json``, ``feed.xml``, ``embed.html`` ...) that
``timeline build`` writes beside the pages: the home page's download links were 404 in the preview.
Each of serve's builds writes the exports into a folder of the build cache (``exports_folder``), and
``on_post_build``, an MkDocs hook (``HOOK``), copies them into the preview's site after each of
MkDocs's builds, as ``timeline build`` adds them to the site.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

HOOK = Path(__file__).with_name("preview_hook.py")
"""The file MkDocs loads as a hook: it hands MkDocs ``on_post_build`` of this module (MkDocs loads a hook
by its path, as a module of its own, which would not share this module's ``_serving``)."""

_serving: list[Path] = []
"""The folder of exports being served (``serve_exports``); empty outside ``timeline serve``."""


def exports_folder(cache_dir: str | Path) -> Path:
    """Where ``timeline serve``'s builds write the exports: in the build cache, which no site serves."""
    return Path(cache_dir) / "preview-exports"


def serve_exports(folder: Path) -> None:
    """Have ``on_post_build`` copy the exports in ``folder`` into each site MkDocs builds from now on."""
    _serving[:] = [folder]


_naming: list[str] = []
"""The story's title from ``timeline serve``'s latest build (``name_site``); empty outside it."""


def name_site(title: str) -> None:
    """Have ``on_config`` call the site ``title`` from now on, where ``mkdocs.yml`` names no site: MkDocs reads the
    config again for each of its rebuilds, and new articles may give the story another name."""
    _naming[:] = [title]


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    """Before each of MkDocs's builds of the preview: the site's search worker, and its name, the one ``mkdocs.yml``
    gives (read again: it may have changed since serve began) or else the story's latest title."""
    from timeline.config import UNNAMED
    from timeline.publish import own_site_name
    from timeline.publish.search_worker import with_search_worker

    if _naming and config.config_file_path:
        # as ``publish.site_name`` names it: a build with no article used has no title
        config["site_name"] = own_site_name(Path(config.config_file_path)) or _naming[0] or UNNAMED
    return with_search_worker(config)


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    """After MkDocs built the preview: copy the exports into its site folder (nothing outside a preview)."""
    for folder in _serving:
        if folder.is_dir():
            shutil.copytree(folder, config.site_dir, dirs_exist_ok=True)


def with_hook(config_file: Path) -> list[str]:
    """The hooks of ``config_file`` (an MkDocs config) and ``HOOK``: what ``timeline serve`` gives MkDocs's
    server, which lets a ``hooks`` given to it replace the file's own."""
    from mkdocs.utils.yaml import yaml_load

    with config_file.open("rb") as stream:
        raw = yaml_load(stream) or {}
    own = (raw.get("hooks") or []) if isinstance(raw, dict) else []
    return [str(hook) for hook in own] + [str(HOOK)]
