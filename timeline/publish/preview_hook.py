"""MkDocs hook of ``timeline serve``: the site's search worker (``timeline.publish.search_worker``), its name, and the
exports copied into the preview's site (``timeline.publish.preview``)."""
from timeline.publish.preview import on_config, on_post_build

__all__ = ["on_config", "on_post_build"]
