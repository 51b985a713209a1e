"""Propose a document date from the text alone, with its evidence and a confidence."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from .. import language
from .tagger import placements, tag_with
from .values import interval, is_full_date

DATELINE_CHARS = 300  # a dateline or title stands this close to the top...
DATELINE_WORDS = 25  # ...on a line of its own this short...
# ...or in a dateline: a place, then a date or an agency (or the place in capitals), then a
# dash ("TOKYO —", "Katowice, le 3 décembre 2018 —", "MOSCOW, March 3, 2019 (Reuters) -")
_PLACE = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|d[eu]|des|la|le|of)){0,3}"
_BYLINE_SEPARATOR = re.compile(r"[—–|·•]|\s-\s")
_DATELINE = re.compile(rf"[ \t]*(?P<place>{_PLACE})(?:,[ \t]*(?P<date>[^—–()\n]{{4,40}}?))?[ \t]*"
                       rf"(?P<agency>\([^()\n]{{1,30}}\)[ \t]*)?(?:[—–]|--?)(?:[ \t]+|[ \t]*(?=\n))")


@dataclass(frozen=True)
class DocumentDate:
    TRUSTED = 0.6  # confidence from which the tagger uses the date as the document date

    date: date | None
    confidence: float
    evidence: str  # the words the date was read from, or why there is none
    not_before: date | None = None  # when no date: the document is at least this recent


def infer_dct(text: str, lang: str | None = None) -> DocumentDate:
    """The document's own date when its text states it: the earliest full date of a line
    saying when the page was published or updated (confidence 0.9), a full date near the top
    on a short line (a title) or opening a paragraph after a place and before a dash (a
    dateline), both 0.8, or a deictic day such as "ce lundi 9 septembre" whose year the weekday
    settles (0.7). Otherwise no date, with the latest date the text is no older than (one it
    tells neither ahead nor as the end of a state) as a lower bound."""
    from ..langid import detect_language

    lang = lang or detect_language(text) or "en"
    this_words = set(language.load(lang).words.get("this", {}))
    timexes = tag_with(text, lang, None)
    full_days = [t for t in timexes if t.type == "DATE" and is_full_date(t.value)]
    stamps = publication_lines(text, timexes, lang)
    if stamped := [t for t in full_days if any(start <= t.start < end for start, end in stamps)]:
        first = min(stamped, key=lambda t: t.value)
        return DocumentDate(date.fromisoformat(first.value), 0.9, f"publication line: {first.text!r}")
    head = dateline(text, full_days)
    lines = Lines(text)
    listed = _chronology_lines(text, lines, timexes)
    for t in full_days:
        if t.start >= DATELINE_CHARS or not _states_year(t.text):
            continue
        if _on_short_line(text, lines, t.start) and lines.start(t.start) not in listed or head and _in_date(head, t):
            return DocumentDate(date.fromisoformat(t.value), 0.8, f"dateline: {t.text!r}")
    for t in full_days:
        first_word = t.text.split()[0].lower()
        if first_word in this_words:
            return DocumentDate(date.fromisoformat(t.value), 0.7, f"deictic date: {t.text!r}")
    dated = [t for t in timexes if t.type == "DATE" and interval(t.value)]
    placed = placements(text, lang, [(t.start, t.end) for t in dated])
    starts = [interval(t.value)[0] for t, where in zip(dated, placed) if where.behind]
    latest = max(starts) if starts else None
    reason = f"no date stated; mentions dates up to {latest.isoformat()}" if latest else "no date stated"
    return DocumentDate(None, 0.0, reason, not_before=latest)


class Lines:
    """Where the lines of a text start and end, found once: a long line is not read again each
    time one of its many dates asks for its start."""

    def __init__(self, text: str):
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def start(self, position: int) -> int:
        at = bisect.bisect_left(self.breaks, position)
        return self.breaks[at - 1] + 1 if at else 0

    def end(self, position: int) -> int:
        """The line break ending the line holding `position`, or -1 on the last line."""
        at = bisect.bisect_left(self.breaks, position)
        return self.breaks[at] if at < len(self.breaks) else -1


_BULLETS = re.compile(r"[ \-*•\t]*")


def _chronology_lines(text: str, lines: Lines, timexes) -> set[int]:
    """The starts of lines that open with a date next to another such line: the entries of a
    chronology ("12 février 2015 : signature des accords de Minsk"), not a title's date."""
    opening = {start for t in timexes if _BULLETS.match(text, start := lines.start(t.start)).end() >= t.start}
    following = {start: end + 1 for start in opening if (end := lines.end(start)) >= 0}
    after_another = set(following.values())
    return {start for start in opening if start in after_another or following.get(start) in opening}


def _on_short_line(text: str, lines: Lines, position: int) -> bool:
    """Whether the line holding `position` is short and heads more text, as a title does."""
    start = lines.start(position)
    end = lines.end(position)
    if end < 0 or not text[end:].strip():
        return False
    return len(text[start:end].split()) <= DATELINE_WORDS


def dateline(text: str, timexes) -> re.Match | None:
    """The dateline opening a line near the top of the text, if any: its group 'date', when
    there is one, holds one of the timexes (the date the document was filed)."""
    for line in re.finditer(r"^", text[:DATELINE_CHARS], re.M):
        found = _DATELINE.match(text, line.start())
        if not found:
            continue
        if found.group("date") and any(_in_date(found, t) for t in timexes):
            return found
        # without a date, the words after the comma name a region ("ANKARA, Turkey (AP) —")
        if found.group("agency") or found.group("place").isupper():
            return found
    return None


def publication_lines(text: str, timexes, lang: str) -> list[tuple[int, int]]:
    """The (start, end) of each short line that opens, or goes on after a byline, with the
    language's publication stamp followed by one of the timexes ("Published: 26 October 2020 |
    Updated: 27 October 2020", "Par la rédaction — Publié le 8 septembre 2021 à 06h00"): page
    metadata, wherever it stands."""
    stamp = language.load(lang).publication_stamp
    text_lines = Lines(text)
    lines, line = [], (None, None, False)
    for t in timexes:
        start = text_lines.start(t.start)
        if lines and lines[-1][0] == start:
            continue
        if line[0] != start:  # (start, end, whether the line is short enough), read once per line
            end = text_lines.end(t.start)
            end = len(text) if end < 0 else end
            line = (start, end, len(text[start:end].split()) <= DATELINE_WORDS)
        start, end, short = line
        if not short:
            continue
        openings = [start]
        if not text[start:end].rstrip().endswith((".", "!", "?")):  # a byline, not a sentence with an aside
            # the stamp may follow a byline ("Par notre correspondante — Publié le")
            openings += [sep.end() for sep in _BYLINE_SEPARATOR.finditer(text, start, t.start)]
        if any((opening := stamp.match(text, at)) and opening.end() == t.start for at in openings):
            lines.append((start, end))
    return lines


def _in_date(found: re.Match, timex) -> bool:
    """Whether the timex stands in the date written in a dateline."""
    return found.start("date") <= timex.start < found.end("date")


def _states_year(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and sum(ch.isdigit() for ch in text) >= 4
