"""Extractive article summaries with sumy, without any downloaded NLTK data.

sumy's own ``Tokenizer`` needs NLTK's punkt model, which would have to be
downloaded at run time. We hand sumy our sentences directly (built into its
document model) and a regex word tokenizer, and use its stemmer (NLTK's
Snowball, pure code) and its packaged stop-word lists.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

_SUMMARIZERS: dict[str, Callable[[Any], Any]] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
}


class WordTokenizer:
    """The part of sumy's tokenizer interface its summarizers use: ``to_words``."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


@functools.lru_cache(maxsize=8)
def _summarizer(name: str, language: str) -> Any:
    summarizer = _SUMMARIZERS[name](Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    return summarizer


def summarize(sentences: Sequence[str], count: int, method: str = "lexrank", language: str = "english") -> tuple[int, ...]:
    """Indices of the ``count`` best sentences, in article order.

    ``method`` is a sumy summarizer name or ``lead`` (the first sentences,
    the classic news baseline). Short articles are returned whole.
    """
    if count <= 0 or not sentences:
        return ()
    if len(sentences) <= count or method == "lead":
        return tuple(range(min(count, len(sentences))))
    tokenizer = WordTokenizer(language)
    sumy_sentences = [SumySentence(text, tokenizer) for text in sentences]
    document = ObjectDocumentModel([Paragraph(sumy_sentences)])
    chosen = _summarizer(method, language)(document, count)
    position = {id(s): i for i, s in enumerate(sumy_sentences)}
    indices = [position[id(s)] for s in chosen if id(s) in position]
    if len(indices) < len(chosen):  # sumy returned equal copies: fall back to text
        first_index: dict[str, int] = {}
        for i, text in enumerate(sentences):
            first_index.setdefault(SumySentence(text, tokenizer)._text, i)
        indices = [first_index[s._text] for s in chosen]
    return tuple(sorted(set(indices)))
