"""Mentions -> events: the same event told by several passages, documents and languages
becomes one event that cites them all.

Two mentions can be one event only if their dates nest (a day inside a month: "Fin août" and
"last month") and their status agrees; they are one event when enough evidence is shared:
actors, place, counted things ("70 prisonniers" = "70 prisoners"), words, the same document,
the very same calendar interval.
A date written without its year ("September 9") joins a dated event on that day and month
when the evidence is strong, and so borrows its year.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .mentions import Mention

PRECISION_ORDER = ["day", "week", "month", "season", "quarter", "year", "decade", "century", "undated"]
SAME_EVENT = 3  # evidence score from which two mentions are one event
SAME_UNDATED_EVENT = 5  # undated mentions need more: nothing else ties them


@dataclass
class Event:
    mentions: list[Mention]
    date_start: date | None
    date_end: date | None
    precision: str
    borrowed: list[Mention] = field(default_factory=list)  # year-less mentions dated by the event
    corroborating: list[Mention] = field(default_factory=list)  # undated passages sharing a count

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
        counts = Counter(a for m in self.all_mentions for a in m.actors)
        return [a for a, _ in counts.most_common()]

    @property
    def location(self) -> str:
        counts = Counter(m.location for m in self.all_mentions if m.location)
        return counts.most_common(1)[0][0] if counts else ""

    @property
    def lead(self) -> Mention:
        """The mention that best tells the event: the most precise date, then most actors."""
        dated = self.mentions + self.borrowed
        return min(dated, key=lambda m: (PRECISION_ORDER.index(m.precision), -len(m.actors),
                                         -len(m.title), m.doc.id, m.passage))

    @property
    def event_id(self) -> str:
        """Stable across runs: derived from the earliest mention key of the event."""
        key = min(m.key for m in self.mentions + self.borrowed)
        return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def merge(mentions: list[Mention]) -> list[Event]:
    dated = sorted((m for m in mentions if m.dated), key=_order)
    events: list[Event] = []
    for m in dated:
        best = _best_event(m, events, compatible=_nests)
        if best is None:
            events.append(Event([m], m.date_start, m.date_end, m.precision))
        else:
            best.mentions.append(m)
            if m.date_end - m.date_start < best.date_end - best.date_start:
                best.date_start, best.date_end, best.precision = m.date_start, m.date_end, m.precision
    events = _join_events(events)
    undated = []
    for m in sorted((m for m in mentions if not m.dated), key=_order):
        if m.partial:
            best = _best_event(m, events, compatible=_fits_partial)
            if best is not None:
                best.borrowed.append(m)
                continue
        best = _best_event(m, undated, compatible=lambda m, e: True, threshold=SAME_UNDATED_EVENT)
        if best is None:
            undated.append(Event([m], m.date_start, None, "undated"))
        else:
            best.mentions.append(m)
            if m.date_start and (best.date_start is None or m.date_start > best.date_start):
                best.date_start = m.date_start  # the tighter lower bound
    events += undated
    _add_corroboration(events)
    return sorted(events, key=lambda e: (e.date_start or date.max, e.date_end or date.max, e.event_id))


def _order(m: Mention):
    return (PRECISION_ORDER.index(m.precision), m.doc.id, m.passage, m.region)


def _best_event(m: Mention, events: list[Event], compatible, threshold: int = SAME_EVENT) -> Event | None:
    scored = [(evidence(m, e), i) for i, e in enumerate(events)
              if e.status == m.status and compatible(m, e)]
    scored = [(s, i) for s, i in scored if s >= threshold]
    return events[max(scored)[1]] if scored else None


def _nests(m: Mention, e: Event) -> bool:
    if e.date_start is None:
        return False
    inside = e.date_start <= m.date_start and m.date_end <= e.date_end
    around = m.date_start <= e.date_start and e.date_end <= m.date_end
    return inside or around


def _fits_partial(m: Mention, e: Event) -> bool:
    """XXXX-09-09 fits an event on 9 September of some year; XXXX-09 one within September."""
    if e.date_start is None or e.precision not in ("day", "month"):
        return False
    parts = m.partial.split("-")
    if len(parts) < 2 or not parts[1].isdigit() or int(parts[1]) != e.date_start.month:
        return False
    if len(parts) >= 3 and parts[2].isdigit():
        return e.precision == "day" and int(parts[2]) == e.date_start.day
    return e.date_end.month == e.date_start.month


def evidence(m: Mention, e: Event) -> int:
    """How strongly a mention and an event share who, where, what and when."""
    return _shared([m], e.mentions, same_interval=m.dated and (m.date_start, m.date_end) == (e.date_start, e.date_end))


def _shared(group_a: list[Mention], group_b: list[Mention], same_interval: bool) -> int:
    def union(attribute, group):
        return set().union(*(getattr(x, attribute) for x in group))
    score = 2 * min(3, len(union("actors", group_a) & union("actors", group_b)))
    places_a = {x.location for x in group_a if x.location}
    score += 2 if places_a & {x.location for x in group_b if x.location} else 0
    score += 3 if union("numbers", group_a) & union("numbers", group_b) else 0
    score += min(3, len(union("stems", group_a) & union("stems", group_b)))
    score += 1 if {x.doc.id for x in group_a} & {x.doc.id for x in group_b} else 0
    score += 1 if same_interval else 0
    return score


def _join_events(events: list[Event]) -> list[Event]:
    """Second pass: events that grew apart only because of the order mentions came in (a
    mention opened an event before its twin's better-matching partners arrived) are joined,
    comparing events of the same year only."""
    by_year: dict[int, list[Event]] = {}
    for e in events:
        by_year.setdefault(e.date_start.year, []).append(e)
    joined = []
    for group in by_year.values():
        group.sort(key=lambda e: PRECISION_ORDER.index(e.precision))
        alive = list(group)
        for e in group:
            if e not in alive:
                continue
            for other in alive:
                if other is e or other.status != e.status or not _nests_event(other, e):
                    continue
                same = (e.date_start, e.date_end) == (other.date_start, other.date_end)
                if _shared(other.mentions, e.mentions, same) >= SAME_EVENT:
                    e.mentions += other.mentions
                    if other.date_end - other.date_start < e.date_end - e.date_start:
                        e.date_start, e.date_end, e.precision = other.date_start, other.date_end, other.precision
                    alive.remove(other)
        joined += alive
    return joined


def _nests_event(a: Event, b: Event) -> bool:
    return (a.date_start <= b.date_start and b.date_end <= a.date_end) or (
        b.date_start <= a.date_start and a.date_end <= b.date_end)


def _add_corroboration(events: list[Event]) -> None:
    """A passage of another document that counts the same things ("70 prisoners") supports the
    event even where that passage dates something else."""
    for e in events:
        counted = set().union(*(m.numbers for m in e.mentions))
        if not counted:
            continue
        own_docs = {m.doc.id for m in e.all_mentions}
        for other in events:
            if other is e:
                continue
            for m in other.mentions + other.borrowed:
                if m.doc.id not in own_docs and counted & m.numbers:
                    e.corroborating.append(m)
                    own_docs.add(m.doc.id)
