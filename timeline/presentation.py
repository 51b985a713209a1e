"""Slides for presenting a timeline: a title slide, then the events in date order, each with
its date as it should be read, its title, and key quotes with their sources."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import figure, passages

QUOTES_PER_SLIDE = 2  # one quote per source document, at most this many


@dataclass(frozen=True)
class Slide:
    event_id: str | None  # None for the title slide
    heading: str
    date: str
    quotes: tuple  # (passage text, document name, date expression or "")
    sources: str


def slides(events: pd.DataFrame, mentions: pd.DataFrame, title: str = "Timeline") -> list[Slide]:
    ordered = events.sort_values(["date_start", "date_end", "event_id"])
    documents = sorted({s for v in events["sources"] for s in v.split(";") if s})
    first = figure.dated(ordered)
    span = f"{figure.date_label(first.iloc[0])} – {figure.date_label(first.iloc[-1])}" if len(first) else ""
    out = [Slide(None, title, span, (), f"{len(events)} events from {len(documents)} documents")]
    for row in ordered.itertuples():
        quotes = []
        for doc, rows in passages.for_event(mentions, row.event_id).groupby("doc", sort=True):
            p = rows.iloc[0]
            quotes.append((" ".join(p.passage.split()), doc, p.date_text))
        if not quotes:
            quotes = [(row.quote, row.sources.split(";")[0], row.date_text)]
        when = figure.date_label(row) + (" (planned)" if row.status == "planned" else "")
        out.append(Slide(row.event_id, row.title, when, tuple(quotes[:QUOTES_PER_SLIDE]), row.sources.replace(";", ", ")))
    return out
