"""Sentence spans, shared by the tagger (context resets) and the event builder (passages)."""
from __future__ import annotations

import re

# A full stop, possibly closing a quotation, then the start of the next sentence; or a line break.
_SENTENCE_END = re.compile(r"[.!?]+[»\"”’]?\s+(?=[«\"“(\w])|\n\s*\n|\n(?=\S)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order, covering the text; a line break ends one too."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
