"""Narrowing the events table to what the analyst asks to see."""
from __future__ import annotations

from datetime import date

import pandas as pd

from . import store


def searchable_text(events: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """Per event: its title, actors, place and every passage that supports it."""
    own = events["title"] + " " + events["actors"] + " " + events["location"] + " " + events["quote"]
    if mentions.empty:
        return own
    passages = mentions.groupby("event_id")["passage"].agg(" ".join)
    return own + " " + events["event_id"].map(passages).fillna("")


def values(events: pd.DataFrame, column: str) -> list[str]:
    """The distinct items of a column (';'-separated lists split), most frequent first."""
    items = events[column].str.split(store.LIST_SEPARATOR).explode()
    return [v for v in items[items != ""].value_counts().index]


def _has_any(column: pd.Series, wanted) -> pd.Series:
    wanted = set(wanted)
    return column.str.split(store.LIST_SEPARATOR).map(lambda items: bool(wanted & set(items)))


def apply(events: pd.DataFrame, text: pd.Series, search: str = "",
          statuses=("occurred", "planned"), show_hidden: bool = False, actors=(), sources=(),
          languages=(), precisions=(), start: date | None = None, end: date | None = None) -> pd.DataFrame:
    """The events to show, in date order. Empty selections mean 'all'. A date range keeps the events whose
    interval meets it, and the undated ones whose lower bound does not lie after it. `text` is
    searchable_text(events, mentions), computed once per table."""
    shown = events[events["status"].isin(list(statuses))]
    if not show_hidden:
        shown = shown[~shown["hidden"]]
    for column, wanted in (("actors", actors), ("sources", sources), ("languages", languages)):
        if wanted:
            shown = shown[_has_any(shown[column], wanted)]
    if precisions:
        shown = shown[shown["precision"].isin(list(precisions))]
    if start or end:
        first = (start or date.min).isoformat()
        last = (end or date.max).isoformat()
        dated = shown["date_end"] != ""
        meets = dated & (shown["date_start"] <= last) & (shown["date_end"] >= first)
        bound_ok = ~dated & ((shown["date_start"] == "") | (shown["date_start"] <= last))
        shown = shown[meets | bound_ok]
    if not shown["date_start"].is_monotonic_increasing:  # tables from `extract` are in date order already
        shown = shown.sort_values(["date_start", "date_end", "event_id"], kind="stable")
    if search.strip():
        shown = shown[text.loc[shown.index].str.contains(search.strip(), case=False, regex=False)]
    return shown


MERGE_CHOICES = 200  # events offered as merge targets, nearest in time first


def merge_candidates(events: pd.DataFrame, event_id: str, limit: int = MERGE_CHOICES) -> pd.DataFrame:
    """The other events an event could be merged into, nearest in time first (undated last)."""
    own = events[events["event_id"] == event_id]
    others = events[(events["event_id"] != event_id) & ~events["hidden"]]
    if own.empty or not own.iloc[0]["date_start"]:
        return others.head(limit)
    anchor = pd.Timestamp(own.iloc[0]["date_start"])
    starts = pd.to_datetime(others["date_start"].replace("", None), errors="coerce")
    distance = (starts - anchor).abs()
    return others.assign(_d=distance).sort_values("_d", na_position="last").drop(columns="_d").head(limit)
