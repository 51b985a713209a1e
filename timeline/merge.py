"""Mentions -> events: the same event told by several passages, documents and languages
becomes one event that cites them all.

Two mentions can be one event only if their dates nest (a day inside a month: "Fin août" and
"last month") and their status agrees; they are one event when enough evidence is shared:
actors, place, counted things ("70 prisonniers" = "70 prisoners"), the same time of day ("à 13
heures" = "at 1 p.m."), words, the same document, the very same calendar interval. A date
written without its year ("September 9") joins a dated event on that day and month when the
evidence is strong, and so borrows its year.

Events are kept in an index by month and year, so that a mention is compared only with the
events its date can nest with: the cost grows with the corpus, not with its square.
"""
from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .mentions import Mention, plain
from .store import PRECISIONS

SAME_EVENT = 3  # evidence score from which two mentions are one event
SAME_UNDATED_EVENT = 5  # undated mentions need more: nothing else ties them
MIN_COUNT = 10  # smaller counts ("two people") say little about which event is meant
DISTINCTIVE_EVENTS = 3  # a count told of more events than this is not distinctive
REPORTED_WITHIN = timedelta(days=31)  # a corroborating passage dates something this soon after


@dataclass
class Evidence:
    """What a group of mentions says about who, where and what: kept up to date as the group
    grows, so that comparing two groups does not re-read their mentions."""
    actors: set = field(default_factory=set)
    places: set = field(default_factory=set)
    numbers: set = field(default_factory=set)
    clocks: set = field(default_factory=set)
    stems: set = field(default_factory=set)
    docs: set = field(default_factory=set)
    languages: set = field(default_factory=set)

    def add(self, m: Mention) -> None:
        self.actors.update(plain(a) for a in m.actors)  # compared without accents or case
        if m.location:
            self.places.add(plain(m.location))  # "Taïwan" = "Taiwan"
        self.numbers |= m.numbers
        if m.clock:
            self.clocks.add(m.clock)
        self.stems |= m.stems
        self.docs.add(m.doc.id)
        self.languages.add(m.doc.lang)

    def update(self, other: "Evidence") -> None:
        for name in ("actors", "places", "numbers", "clocks", "stems", "docs", "languages"):
            getattr(self, name).update(getattr(other, name))

    def shared(self, other: "Evidence", same_interval: bool) -> int:
        score = 2 * min(3, len(self.actors & other.actors))
        score += 3 if self.numbers & other.numbers else 0
        score += 2 if self.clocks & other.clocks else 0  # dates nest, so this is the same hour of one day
        score += min(3, len(self.stems & other.stems))
        # reports of one event in one language share more than where it happened: a march and a
        # derailment in France on one Monday are two events; in two languages, no word can be shared
        if self.places & other.places and (score or not self.languages & other.languages):
            score += 2
        score += 1 if self.docs & other.docs else 0
        score += 1 if same_interval else 0
        return score

    @classmethod
    def of(cls, mentions) -> "Evidence":
        evidence = cls()
        for m in mentions:
            evidence.add(m)
        return evidence


@dataclass
class Event:
    mentions: list[Mention]
    date_start: date | None
    date_end: date | None
    precision: str
    borrowed: list[Mention] = field(default_factory=list)  # year-less mentions dated by the event
    corroborating: list[Mention] = field(default_factory=list)  # passages sharing a count
    evidence: Evidence = field(default_factory=Evidence)
    order: int = 0  # creation rank: ties are broken by it, so results never depend on hashing

    @classmethod
    def start(cls, m: Mention, order: int = 0) -> "Event":
        precision = m.precision if m.dated else "undated"
        return cls([m], m.date_start, m.date_end if m.dated else None, precision,
                   evidence=Evidence.of([m]), order=order)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.evidence.add(m)
        if m.dated and m.date_end - m.date_start < self.date_end - self.date_start:
            self.date_start, self.date_end, self.precision = m.date_start, m.date_end, m.precision

    def absorb(self, other: "Event") -> None:
        self.mentions += other.mentions
        self.evidence.update(other.evidence)
        if other.date_end - other.date_start < self.date_end - self.date_start:
            self.date_start, self.date_end, self.precision = other.date_start, other.date_end, other.precision

    @property
    def all_mentions(self) -> list[Mention]:
        return self.mentions + self.borrowed + self.corroborating

    @property
    def status(self) -> str:
        return self.mentions[0].status

    @property
    def sources(self) -> list[str]:
        return sorted({m.doc.id for m in self.all_mentions})

    @property
    def actors(self) -> list[str]:
        """Most named first; a name written with and without accents is one actor, shown as
        most mentions write it."""
        spellings: dict[str, Counter] = defaultdict(Counter)
        for m in self.all_mentions:
            for a in m.actors:
                spellings[plain(a)][a] += 1
        ranked = sorted(spellings.values(), key=lambda c: -c.total())
        return [c.most_common(1)[0][0] for c in ranked]

    @property
    def location(self) -> str:
        """The place most mentions name, a place named outright before one only an area is near
        ("at Fort de Brégançon" before "dans le sud de la France")."""
        counts = Counter(m.location for m in self.all_mentions if m.location)
        outright = {m.location for m in self.all_mentions if m.location and not m.in_area}
        return max(counts, key=lambda place: (place in outright, counts[place]), default="")

    @property
    def lead(self) -> Mention:
        """The mention that best tells the event: the most precise date, from a document whose
        date is known, with the most actors."""
        dated = self.mentions + self.borrowed
        return min(dated, key=lambda m: (PRECISIONS.index(m.precision), m.doc.dct is None,
                                         -len(m.actors), -len(m.title), m.doc.id, m.passage))

    @functools.cached_property
    def event_id(self) -> str:
        """Stable across runs: derived from the earliest mention key of the event (read once
        the event is complete)."""
        key = min(m.key for m in self.mentions + self.borrowed)
        return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]

    def nests(self, start: date, end: date) -> bool:
        return (self.date_start <= start and end <= self.date_end) or (
            start <= self.date_start and self.date_end <= end)


class EventIndex:
    """Dated events bucketed by the month or year their interval lies in (wider ones apart),
    and within a bucket by what they name: an actor, a place, a count, a time of day, a
    document. A mention is compared only with events of the buckets its date nests with that
    share one of these; shared words alone are not enough to look an event up (they count once
    it is found)."""

    def __init__(self):
        self.postings: dict[tuple, dict[int, Event]] = defaultdict(dict)
        self.placed: dict[int, tuple] = {}  # id(event) -> its bucket

    @staticmethod
    def bucket(start: date, end: date) -> tuple:
        if (start.year, start.month) == (end.year, end.month):
            return ("month", start.year, start.month)
        if start.year == end.year:
            return ("year", start.year)
        return ("wide",)

    @staticmethod
    def tokens(evidence: Evidence):
        yield from (("actor", a) for a in evidence.actors)
        yield from (("place", p) for p in evidence.places)
        yield from (("count", n) for n in evidence.numbers)
        yield from (("clock", c) for c in evidence.clocks)
        yield from (("doc", d) for d in evidence.docs)

    def add(self, e: Event) -> None:
        """Index an event, or re-index it after it grew or its interval narrowed."""
        self.remove(e)
        key = self.bucket(e.date_start, e.date_end)
        self.placed[id(e)] = key
        for token in self.tokens(e.evidence):
            self.postings[(key, token)][id(e)] = e

    def remove(self, e: Event) -> None:
        key = self.placed.pop(id(e), None)
        if key is not None:
            for token in self.tokens(e.evidence):
                self.postings.get((key, token), {}).pop(id(e), None)

    def candidates(self, start: date, end: date, evidence: Evidence) -> list[Event]:
        """Events whose interval can nest with [start, end] and that share an actor, a place,
        a count, a time of day or a document with `evidence`, in the order they were indexed."""
        key = self.bucket(start, end)
        if key[0] == "month":
            keys = [key, ("year", start.year), ("wide",)]
        elif key[0] == "year":
            keys = [("month", start.year, k) for k in range(1, 13)] + [key, ("wide",)]
        else:
            keys = sorted({k for k, _ in self.postings}, key=str)
        found: dict[int, Event] = {}
        for k in keys:
            for token in self.tokens(evidence):
                found.update(self.postings.get((k, token), {}))
        return sorted(found.values(), key=lambda e: e.order)

    def events(self) -> list[Event]:
        found = {}
        for events in self.postings.values():
            found.update(events)
        return sorted(found.values(), key=lambda e: e.order)


def merge(mentions: list[Mention]) -> list[Event]:
    index = EventIndex()
    dated = sorted((m for m in mentions if m.dated), key=_order)
    for rank, m in enumerate(dated):
        best = _best(m, index.candidates(m.date_start, m.date_end, Evidence.of([m])), _nests)
        if best is None:
            best = Event.start(m, rank)
        else:
            best.add(m)
        index.add(best)
    events = _join(index)
    undated: list[Event] = []
    by_day = {}
    for e in events:
        if e.precision in ("day", "month"):
            by_day.setdefault((e.date_start.month, e.date_start.day if e.precision == "day" else None), []).append(e)
    for m in sorted((m for m in mentions if not m.dated), key=_order):
        if m.partial:
            month, day = _partial_month_day(m.partial)
            best = _best(m, by_day.get((month, day), ()), _fits_partial) if month else None
            if best is not None:
                best.borrowed.append(m)
                continue
        best = _best(m, undated, _same_partial_date, threshold=SAME_UNDATED_EVENT)
        if best is None:
            undated.append(Event.start(m, len(dated) + len(undated)))
        else:
            best.mentions.append(m)
            best.evidence.add(m)
            if m.date_start and (best.date_start is None or m.date_start > best.date_start):
                best.date_start = m.date_start  # the tighter lower bound
    events += undated
    _add_corroboration(events)
    return sorted(events, key=lambda e: (e.date_start or date.max, e.date_end or date.max, e.event_id))


def _order(m: Mention):
    return (PRECISIONS.index(m.precision), m.doc.id, m.passage, m.region)


def _best(m: Mention, events, compatible, threshold: int = SAME_EVENT) -> Event | None:
    single = Evidence.of([m])
    best, best_score = None, threshold - 1
    for e in events:
        if e.status != m.status or not compatible(m, e):
            continue
        same = m.dated and (m.date_start, m.date_end) == (e.date_start, e.date_end)
        score = single.shared(e.evidence, same)
        if score > best_score:
            best, best_score = e, score
    return best


def _nests(m: Mention, e: Event) -> bool:
    return e.date_start is not None and e.nests(m.date_start, m.date_end)


def _partial_month_day(partial: str | None) -> tuple[int | None, int | None]:
    """The month and day a date without its year names (XXXX-09-09), where it names them; a
    weekday (XXXX-WXX-1) names neither."""
    parts = (partial or "").split("-")
    month = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None
    day = int(parts[2][:2]) if month and len(parts) >= 3 and parts[2][:2].isdigit() else None
    return month, day


def _same_partial_date(m: Mention, e: Event) -> bool:
    """Undated reports of one event name no two months or days: "le 30 juin" and "mardi 16
    juillet" of one sentence are two events, whatever else they share."""
    mine = _partial_month_day(m.partial)
    return not any(a is not None and b is not None and a != b
                   for other in e.mentions for a, b in zip(mine, _partial_month_day(other.partial)))


def _fits_partial(m: Mention, e: Event) -> bool:
    """XXXX-09-09 fits an event on 9 September of some year; XXXX-09 one within September."""
    month, day = _partial_month_day(m.partial)
    if day is not None:
        return e.precision == "day" and (e.date_start.month, e.date_start.day) == (month, day)
    return e.precision in ("day", "month") and e.date_start.month == month == e.date_end.month


def _join(index: EventIndex) -> list[Event]:
    """Second pass: events that grew apart only because of the order mentions came in (a
    mention opened an event before its twin's better-matching partners arrived) are joined."""
    events = sorted(index.events(), key=lambda e: (PRECISIONS.index(e.precision), e.order))
    gone = set()
    for e in events:
        if id(e) in gone:
            continue
        for other in index.candidates(e.date_start, e.date_end, e.evidence):
            if other is e or id(other) in gone or other.status != e.status or not other.nests(e.date_start, e.date_end):
                continue
            same = (e.date_start, e.date_end) == (other.date_start, other.date_end)
            if e.evidence.shared(other.evidence, same) >= SAME_EVENT:
                index.remove(other)
                e.absorb(other)
                gone.add(id(other))
                index.add(e)
    return [e for e in events if id(e) not in gone]


def _add_corroboration(events: list[Event]) -> None:
    """A passage of another document that counts the same things ("70 prisoners") supports a
    dated event even where that passage dates something else, when the count is distinctive
    (at least MIN_COUNT, named by few events) and the passage is not dated before the event
    nor long after it."""
    by_number = defaultdict(list)
    for e in events:
        for m in e.mentions + e.borrowed:
            for number in m.numbers:
                if int(number[0]) >= MIN_COUNT:
                    by_number[number].append((e, m))
    for e in events:
        if e.precision not in ("day", "month"):
            continue
        own_docs = {m.doc.id for m in e.all_mentions}
        for number in sorted(set().union(*(m.numbers for m in e.mentions))):
            tellers = by_number.get(number, [])
            if len({id(other) for other, _ in tellers}) > DISTINCTIVE_EVENTS:
                continue
            for other, m in tellers:
                if other is e or m.doc.id in own_docs:
                    continue
                if m.dated and not (e.date_start <= m.date_start <= e.date_end + REPORTED_WITHIN):
                    continue
                e.corroborating.append(m)
                own_docs.add(m.doc.id)
