"""Sentence spans, shared by the tagger (context resets) and the event builder (passages)."""
from __future__ import annotations

import functools
import re

# A full stop, possibly closing a quotation (after a space in French: "coup. »"), then the start of
# the next sentence; or a line break.
_SENTENCE_END = re.compile(r"[.!?]+(?:\s?[»\"”’])?\s+(?=[«\"“‘`(\w])|\n\s*\n|\n(?=\S)")
_LAST_WORD = re.compile(r"(\w+)\.$")
_DOTTED = re.compile(r"(?<![\w.])(?:\w\.){2,}$")  # "U.S.", "a.m.", "N.J."
_NEXT_WORD = re.compile(r"[«\"“(]*(\w+)")


def sentence_spans(text: str, abbreviations: frozenset = frozenset(),
                   openers: frozenset = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order, covering the text; a line break ends one too.
    A full stop ends no sentence after an abbreviation of the language ("Mr.", "M.", "Nov.")
    nor before a lower-case word ("Roe vs. Wade", "10 p.m. yesterday"); after a dotted
    abbreviation, only before one of `openers` ("in the U.S. The talks", not "9 a.m. EST
    Tuesday", "Late Monday, U.S. Attorney General")."""
    return list(_spans(text, abbreviations, openers))


@functools.lru_cache(maxsize=2)  # the tagger and the event builder split the same document in turn
def _spans(text: str, abbreviations: frozenset, openers: frozenset) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group() and _continues(text, m, abbreviations, openers):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple((s, e) for s, e in spans if text[s:e].strip())


def _continues(text: str, end: re.Match, abbreviations: frozenset, openers: frozenset) -> bool:
    if text[end.end()].islower():
        return True
    if openers and _DOTTED.search(text, max(0, end.start() - 20), end.start() + 1):
        following = _NEXT_WORD.match(text, end.end())
        return bool(following) and following.group(1).lower() not in openers
    word = _LAST_WORD.search(text, max(0, end.start() - 20), end.start() + 1)
    return bool(word) and word.group(1).lower() in abbreviations
