"""The events table as CSV for spreadsheets: cells a spreadsheet would execute are neutralised."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import store

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """A cell a spreadsheet would read as a formula ("=HYPERLINK(...)", "+1", "@SUM") gets a
    leading apostrophe, which spreadsheets show as text; other cells are unchanged. Negative
    numbers stay numbers: only text is touched."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_frame(events: pd.DataFrame) -> pd.DataFrame:
    text_columns = [c for c in events.columns if events[c].dtype == object or str(events[c].dtype).startswith("str")]
    safe = events.copy()
    for column in text_columns:
        safe[column] = safe[column].map(neutralised)
    return safe


def write(events: pd.DataFrame, mentions: pd.DataFrame, path: Path, title: str = "") -> None:
    store.write_csv_atomic(to_frame(events), path)
