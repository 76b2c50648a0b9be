"""Fixtures more than one test module uses."""
from __future__ import annotations

import pytest

from timeline.config import ExtractConfig
from timeline.records import Article, Extraction


@pytest.fixture
def extract_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles ``extract`` is run on (in this process: use jobs=1)."""
    calls: list[str] = []
    from timeline.extract import extract as real

    def counting(a: Article, config: ExtractConfig) -> Extraction:
        calls.append(a.id)
        return real(a, config)

    monkeypatch.setattr("timeline.extract.extract", counting)  # build imports it on use
    return calls
