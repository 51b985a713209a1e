"""TimelineJS (Knight Lab) formats: the JSON the player reads, and its spreadsheet layout."""
from __future__ import annotations

import hashlib
import html
import json
from datetime import date
from pathlib import Path

import pandas as pd

from .. import figure, store
from .csv_table import neutralised

SHEET_COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
                 "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
                 "Media Thumbnail", "Type", "Group", "Background"]


def _parts(iso: str, precision: str) -> dict:
    d = date.fromisoformat(iso)
    parts = {"year": d.year}
    if store.PRECISIONS.index(precision) < store.PRECISIONS.index("year"):
        parts["month"] = d.month
    if precision in ("day", "week"):
        parts["day"] = d.day
    return parts


def _cited(row) -> str:
    """The quote and where it comes from."""
    return f"« {row.quote} » — {', '.join(row.sources.split(';'))}"


def document(events: pd.DataFrame, mentions: pd.DataFrame, title: str = "Timeline") -> dict:
    """Dated events only: TimelineJS has no place for an undated event. Texts are escaped:
    the player renders them as HTML."""
    slides = []
    for row in figure.dated(events).itertuples():
        slide = {"unique_id": row.event_id, "start_date": _parts(row.date_start, row.precision),
                 "display_date": figure.date_label(row),
                 "text": {"headline": html.escape(row.title), "text": html.escape(_cited(row))},
                 "group": row.status}
        if figure.is_span(row):
            slide["end_date"] = _parts(row.date_end, row.precision)
        slides.append(slide)
    sources = sorted({s for v in events["sources"] for s in v.split(";") if s})
    return {"title": {"text": {"headline": html.escape(title),
                               "text": html.escape(f"{len(slides)} events from {len(sources)} documents: {', '.join(sources)}")}},
            "events": slides}


def write_json(events: pd.DataFrame, mentions: pd.DataFrame, path: Path, title: str = "Timeline") -> None:
    content = json.dumps(document(events, mentions, title), ensure_ascii=False, indent=1)
    store.write_atomic(path, lambda f: f.write(content))


def sheet(events: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for row in figure.dated(events).itertuples():
        start = _parts(row.date_start, row.precision)
        end = _parts(row.date_end, row.precision) if figure.is_span(row) else {"year": ""}
        rows.append({"Year": start["year"], "Month": start.get("month", ""), "Day": start.get("day", ""),
                     "End Year": end["year"], "End Month": end.get("month", ""), "End Day": end.get("day", ""),
                     "Display Date": figure.date_label(row), "Headline": row.title,
                     "Text": _cited(row), "Group": row.status})
    # columns no event fills (media, background) would otherwise be float NaN, not blank text
    return pd.DataFrame(rows, columns=SHEET_COLUMNS, dtype=object).fillna("").map(neutralised)


def write_sheet(events: pd.DataFrame, mentions: pd.DataFrame, path: Path, title: str = "") -> None:
    store.write_csv_atomic(sheet(events, mentions), path)


HAND_ENTERED = "entered by hand"


def read_sheet(path: str | Path) -> pd.DataFrame:
    """Events from a TimelineJS spreadsheet (CSV), marked as entered by hand: the precision
    follows the fields given (Year, Month, Day), an End date widens the interval."""
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ("Year", "Headline") if c not in sheet.columns]
    if missing:
        raise store.SchemaError(f"{path}: not a TimelineJS sheet (missing {', '.join(missing)})")
    rows = []
    for line, row in enumerate(sheet.to_dict("records"), start=2):
        text = {k: str(v).strip().lstrip("'") for k, v in row.items()}
        if not text.get("Year"):
            continue
        try:
            start, end, precision = _interval(text.get("Year"), text.get("Month"), text.get("Day"))
            if text.get("End Year"):
                _, end, _ = _interval(text["End Year"], text.get("End Month"), text.get("End Day"))
                precision = "day" if start == end else precision
        except ValueError as e:
            raise store.SchemaError(f"{path}: line {line}: {e}") from None
        key = f"{text.get('Headline', '')}|{start}|{end}"
        rows.append({"event_id": "ev-hand-" + hashlib.sha1(key.encode()).hexdigest()[:10],
                     "date_start": start.isoformat(), "date_end": end.isoformat(), "precision": precision,
                     "status": "planned" if text.get("Group", "").lower() == "planned" else "occurred",
                     "title": text.get("Headline", ""), "actors": "", "location": "",
                     "sources": HAND_ENTERED, "quote": text.get("Text", ""), "date_text": text.get("Display Date", ""),
                     "languages": "", "n_sources": 0, "hidden": False, "curated": HAND_ENTERED})
    return store.validate_events(pd.DataFrame(rows, columns=list(store.EVENT_COLUMNS)), str(path))


def _interval(year: str, month: str | None, day: str | None) -> tuple[date, date, str]:
    from ..temporal.values import month_end
    y = int(year)
    if month and day:
        d = date(y, int(month), int(day))
        return d, d, "day"
    if month:
        return date(y, int(month), 1), month_end(y, int(month)), "month"
    return date(y, 1, 1), date(y, 12, 31), "year"
