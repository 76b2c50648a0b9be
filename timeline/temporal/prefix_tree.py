"""Word lists as regex alternations factored by common prefixes (used by the patterns of every rule)."""
from __future__ import annotations

import re
from collections.abc import Iterable


def trie(words: list[str] | set[str]) -> str:
    """A regex alternation factored by common prefixes ("J(?:an(?:uary)?|u(?:ne|ly))").

    Why: the regex engine tries alternatives one by one; a prefix tree makes
    a failing position cost one character test instead of one per word.
    Longer words are preferred where one word is a prefix of another.
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body
    return emit(tree)


def phrase_trie(phrases: Iterable[str]) -> str:
    """``trie`` of phrases, each space in one any white space ("a couple of" matches "a  couple\nof")."""
    return trie({phrase.replace(" ", "\0") for phrase in phrases}).replace(re.escape("\0"), r"\s+")
