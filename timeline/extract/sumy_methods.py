"""sumy's summarizers, run without any downloaded NLTK data.

sumy's own ``Tokenizer`` needs NLTK's punkt model, which would have to be
downloaded at run time. We hand sumy our sentences directly (built into its
document model) and a regex word tokenizer, and use its stemmer (NLTK's
Snowball, pure code) and its packaged stop-word lists.

Imported only when a sumy method is configured (``timeline.extract.summarize``):
sumy pulls in NLTK, requests and NumPy, half a second of start-up.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
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

class MatrixLexRank(LexRankSummarizer):  # type: ignore[misc]
    """sumy's LexRank with its similarity matrix and IDF computed by NumPy.

    Same formulas (idf-modified cosine, threshold, degree normalization) as
    sumy's pure-Python double loop, which dominated the build's run time.
    """

    @staticmethod
    def _compute_idf(sentences: list[list[str]]) -> dict[str, float]:
        frequency = Counter(term for sentence in sentences for term in set(sentence))
        return {term: math.log(len(sentences) / (1 + n)) for term, n in frequency.items()}

    def _create_matrix(self, sentences: list[list[str]], threshold: float, tf_metrics: list[dict[str, float]],
                       idf_metrics: dict[str, float]) -> Any:
        column = {term: i for i, term in enumerate(idf_metrics)}
        weights = np.zeros((len(sentences), max(1, len(column))))
        for row, tf in enumerate(tf_metrics):
            for term, value in tf.items():
                weights[row, column[term]] = value * idf_metrics[term]
        norms = np.sqrt((weights * weights).sum(axis=1))
        with np.errstate(divide="ignore", invalid="ignore"):
            cosine = (weights @ weights.T) / np.outer(norms, norms)
        cosine[~(np.outer(norms, norms) > 0)] = 0.0
        matrix = (cosine > threshold).astype(float)
        degrees = matrix.sum(axis=1)
        degrees[degrees == 0] = 1
        return matrix / degrees[:, None]


class MatrixTextRank(TextRankSummarizer):  # type: ignore[misc]
    """sumy's TextRank with its edge weights computed as one matrix product.

    sumy rates each sentence pair in Python (``list.count`` per word and a
    ``numpy.isclose`` per pair), which was most of the extract stage's time.
    The weight of an edge, shared words counted with repetition over the sum
    of the log lengths, is the dot product of the two sentences' word counts
    divided by the same float sum, so the matrix is bit-for-bit sumy's.
    """

    def _create_matrix(self, document: Any) -> Any:
        words = [self._to_words_set(sentence) for sentence in document.sentences]
        column: dict[str, int] = {}
        counts = np.zeros((len(words), 1 + sum(len(w) for w in words)))
        for row, sentence_words in enumerate(words):
            for word, n in Counter(sentence_words).items():
                counts[row, column.setdefault(word, len(column))] = n
        shared = counts @ counts.T  # integers, exact in float64
        logs = np.array([math.log(len(w)) if w else 0.0 for w in words])
        norm = logs[:, None] + logs[None, :]
        single = np.isclose(norm, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            weights = np.where(shared == 0, 0.0, np.where(single, shared, shared / norm))
        weights /= weights.sum(axis=1)[:, np.newaxis] + self._ZERO_DIVISION_PREVENTION
        count = len(words)
        return np.full((count, count), (1.0 - self.damping) / count) + self.damping * weights


_SUMMARIZERS: dict[str, Callable[[Any], Any]] = {
    "lexrank": MatrixLexRank,
    "textrank": MatrixTextRank,
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
    # Words repeat across sentences and articles; Snowball stemming was a tenth of the run time.
    summarizer = _SUMMARIZERS[name](functools.lru_cache(maxsize=1 << 16)(Stemmer(language)))
    summarizer.stop_words = get_stop_words(language)
    return summarizer


def choose(sentences: Sequence[str], count: int, method: str, language: str) -> tuple[int, ...]:
    """Indices of the ``count`` sentences sumy's ``method`` picks, in article order."""
    tokenizer = WordTokenizer(language)
    sumy_sentences = [SumySentence(text, tokenizer) for text in sentences]
    document = ObjectDocumentModel([Paragraph(sumy_sentences)])
    chosen = _summarizer(method, language)(document, count)
    # sumy returns the very Sentence objects of the document: map them back by identity.
    position = {id(s): i for i, s in enumerate(sumy_sentences)}
    return tuple(sorted({position[id(s)] for s in chosen}))
