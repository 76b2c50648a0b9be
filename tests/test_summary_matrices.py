"""The NumPy LexRank/TextRank matrices equal sumy's pure-Python ones exactly."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from timeline.extract.sumy_methods import MatrixLexRank, MatrixTextRank, WordTokenizer

_WORDS = ["oil", "spill", "BP", "the", "well", "gulf", "on", "Tuesday", "leaked", "cap", "a", "of", "shares"]
_sentences = st.lists(st.lists(st.sampled_from(_WORDS), max_size=9).map(" ".join), min_size=1, max_size=12)


def _pair(fast: type, slow: type) -> tuple[object, object]:
    made = []
    for cls in (fast, slow):
        summarizer = cls(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        made.append(summarizer)
    return made[0], made[1]


def _document(texts: list[str]) -> ObjectDocumentModel:
    tokenizer = WordTokenizer("english")
    return ObjectDocumentModel([Paragraph([SumySentence(t, tokenizer) for t in texts])])


@settings(max_examples=200)
@given(_sentences)
def test_textrank_matrix_is_sumys(texts: list[str]) -> None:
    fast, slow = _pair(MatrixTextRank, TextRankSummarizer)
    document = _document(texts)
    assert np.array_equal(fast._create_matrix(document), slow._create_matrix(document))  # type: ignore[attr-defined]


@settings(max_examples=200)
@given(_sentences)
def test_lexrank_matrix_is_sumys(texts: list[str]) -> None:
    fast, slow = _pair(MatrixLexRank, LexRankSummarizer)
    words = [slow._to_words_set(s) for s in _document(texts).sentences]  # type: ignore[attr-defined]
    tf, idf = slow._compute_tf(words), slow._compute_idf(words)  # type: ignore[attr-defined]
    assert fast._compute_idf(words) == idf  # type: ignore[attr-defined]
    expected = slow._create_matrix(words, slow.threshold, tf, idf)  # type: ignore[attr-defined]
    assert np.allclose(fast._create_matrix(words, slow.threshold, tf, idf), expected, rtol=0, atol=1e-12)  # type: ignore[attr-defined]

