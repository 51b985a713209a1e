"""Narrowing the events table to what the analyst asks to see."""
from __future__ import annotations

import pandas as pd


def searchable_text(events: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """Per event: its title, actors, place and every passage that supports it."""
    passages = mentions.groupby("event_id")["passage"].agg(" ".join) if len(mentions) else pd.Series(dtype=str)
    own = events["title"] + " " + events["actors"] + " " + events["location"] + " " + events["quote"]
    return own + " " + events["event_id"].map(passages).fillna("")


def apply(events: pd.DataFrame, mentions: pd.DataFrame, search: str = "",
          statuses=("occurred", "planned"), show_hidden: bool = False) -> pd.DataFrame:
    shown = events[events["status"].isin(list(statuses))]
    if not show_hidden:
        shown = shown[~shown["hidden"]]
    if search.strip():
        text = searchable_text(shown, mentions)
        shown = shown[text.str.contains(search.strip(), case=False, regex=False)]
    return shown
