"""MkDocs hook of ``timeline serve``: the site's search worker (``timeline.publish.search_worker``) and the
exports copied into the preview's site (``timeline.publish.preview``)."""
from timeline.publish.preview import on_post_build
from timeline.publish.search_worker import on_config

__all__ = ["on_config", "on_post_build"]
