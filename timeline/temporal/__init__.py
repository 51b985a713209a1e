"""Temporal tagger for French and English news.

    from timeline.temporal import tag
    tag("Le Drian était à Moscou ce lundi 9 septembre.", lang="fr", dct="2019-09-09")

returns Timex objects (start, end, text, type, value, mod) in text order, with ISO-TimeML TIMEX3
values. Language knowledge lives in `lang/<code>.toml`; this package holds only the engine.
"""
from __future__ import annotations

from .dct import DocumentDate, infer_dct
from ..langid import detect_language
from .tagger import Timex, parse_dct, tag_with
from .values import interval

__all__ = ["tag", "infer_dct", "DocumentDate", "Timex", "detect_language", "interval"]


def tag(text: str, lang: str | None = None, dct=None) -> list[Timex]:
    """Find and resolve every date expression of `text`.

    lang: 'fr' or 'en', detected when None. dct: the document creation date (date or
    'YYYY-MM-DD'); when None, a date the text itself states with confidence (a dateline, "ce
    lundi 9 septembre" next to "aujourd'hui") stands in for it, and otherwise expressions that
    need it keep an unknown year (XXXX-09-09), never today's.
    """
    lang = lang or detect_language(text) or "en"
    reference = parse_dct(dct)
    if reference is None:
        inferred = infer_dct(text, lang)
        if inferred.date and inferred.confidence >= DocumentDate.TRUSTED:
            reference = inferred.date
    return tag_with(text, lang, reference)
