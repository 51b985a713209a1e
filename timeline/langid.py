"""Language identification by counting each table's common function words."""
from __future__ import annotations

import re

from . import language

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SAMPLE_CHARS = 20_000  # the start of a document is enough to tell its language


def detect_language(text: str) -> str | None:
    """The code of the table whose stopwords are most frequent in the text, or None when too
    few words are known to any table (another language, or no prose)."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return None
    scores = {}
    for code in language.available():
        stopwords = language.load(code).stopwords
        scores[code] = sum(1 for w in words if w in stopwords)
    best = max(scores, key=scores.get)
    if scores[best] < max(2, 0.08 * len(words)):
        return None
    return best
