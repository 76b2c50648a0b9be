"""MkDocs hook of ``timeline serve``: copies the exports into the preview's site (``timeline.publish.preview``)."""
from timeline.publish.preview import on_post_build

__all__ = ["on_post_build"]
