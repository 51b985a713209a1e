"""The events and mentions tables: schema, validation at the boundary, atomic writes, and the
analyst's curation laid over what extraction produced."""
from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd

from .temporal.values import PRECISIONS as CALENDAR_PRECISIONS

PRECISIONS = (*CALENDAR_PRECISIONS, "undated")  # finest first
STATUSES = ("occurred", "planned")
LIST_SEPARATOR = ";"

# name: (type, description). The README's schema section is written from this table.
EVENT_COLUMNS = {
    "event_id": ("str", "stable id, derived from the event's first passage"),
    "date_start": ("date", "first day the event may lie on (ISO); for an undated event its known lower bound, or empty"),
    "date_end": ("date", "last day the event may lie on (ISO, inclusive); empty when undated"),
    "precision": ("str", "one of " + ", ".join(PRECISIONS)),
    "status": ("str", "occurred or planned"),
    "title": ("str", "short headline"),
    "actors": ("list", "people and organisations, canonical names, ';'-separated"),
    "location": ("str", "place where stated, or empty"),
    "sources": ("list", "document file names, ';'-separated"),
    "quote": ("str", "the sentence that dates the event, in its original language"),
    "date_text": ("str", "the date as written in that sentence (empty when undated without one)"),
    "languages": ("list", "languages of the sources, ';'-separated"),
    "n_sources": ("int", "number of source documents"),
    "hidden": ("bool", "hidden by the analyst"),
    "curated": ("str", "fields set by the analyst, ';'-separated (empty when untouched)"),
}
MENTION_COLUMNS = {
    "event_id": ("str", "the event this passage supports"),
    "doc": ("str", "document file name"),
    "lang": ("str", "document language"),
    "doc_date": ("date", "document date, or empty"),
    "doc_date_source": ("str", "where the document date came from"),
    "role": ("str", "dated, borrowed (year from the event), corroborating (no date of its own), undated"),
    "passage_start": ("int", "character offset of the passage in the cleaned document text"),
    "passage_end": ("int", "end offset of the passage"),
    "timex_start": ("int", "offset of the date expression, or -1"),
    "timex_end": ("int", "end offset of the date expression, or -1"),
    "date_text": ("str", "the date expression as written"),
    "date_value": ("str", "its TIMEX3 value (a range: both joined by '/')"),
    "passage": ("str", "the passage text"),
}
REQUIRED_EVENT_COLUMNS = ("event_id", "date_start", "date_end", "precision", "status", "title",
                          "actors", "location", "sources", "quote")


class SchemaError(ValueError):
    """A table that does not follow the schema; the message names the file, line and column."""


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def events_frame(events) -> pd.DataFrame:
    rows = []
    for e in events:
        lead = e.lead if (e.mentions or e.borrowed) else None
        rows.append({
            "event_id": e.event_id,
            "date_start": _iso(e.date_start),
            "date_end": _iso(e.date_end) if e.precision != "undated" else "",
            "precision": e.precision,
            "status": e.status,
            "title": lead.title if lead else "",
            "actors": LIST_SEPARATOR.join(e.actors),
            "location": e.location,
            "sources": LIST_SEPARATOR.join(e.sources),
            "quote": lead.quote if lead else "",
            "date_text": lead.timex.text if lead and lead.timex else "",
            "languages": LIST_SEPARATOR.join(sorted({m.doc.lang for m in e.all_mentions if m.doc.lang})),
            "n_sources": len(e.sources),
            "hidden": False,
            "curated": "",
        })
    return validate_events(pd.DataFrame(rows, columns=list(EVENT_COLUMNS)))


def mentions_frame(events) -> pd.DataFrame:
    rows = []
    for e in events:
        roles = [(m, "dated" if m.dated else "undated") for m in e.mentions]
        roles += [(m, "borrowed") for m in e.borrowed] + [(m, "corroborating") for m in e.corroborating]
        for m, role in roles:
            rows.append({
                "event_id": e.event_id, "doc": m.doc.id, "lang": m.doc.lang or "",
                "doc_date": _iso(m.doc.dct), "doc_date_source": m.doc.dct_source, "role": role,
                "passage_start": m.passage[0], "passage_end": m.passage[1],
                "timex_start": m.timex.start if m.timex and role != "corroborating" else -1,
                "timex_end": m.timex.end if m.timex and role != "corroborating" else -1,
                "date_text": m.timex.text if m.timex and role != "corroborating" else "",
                "date_value": m.timex.value if m.timex and role != "corroborating" else "",
                "passage": m.sentence,
            })
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def validate_events(df: pd.DataFrame, path: str = "events table") -> pd.DataFrame:
    """Check the events table against the schema and return it with proper types. Raises
    SchemaError naming the line (as in the CSV file, header = line 1) and column."""
    missing = [c for c in REQUIRED_EVENT_COLUMNS if c not in df.columns]
    if missing:
        raise SchemaError(f"{path}: missing column(s) {', '.join(missing)}")
    df = df.copy()
    for column, (kind, _) in EVENT_COLUMNS.items():
        if column not in df.columns:
            df[column] = False if kind == "bool" else (0 if kind == "int" else "")
    df = df.fillna({c: "" for c, (k, _) in EVENT_COLUMNS.items() if k in ("str", "list", "date")})
    for i, row in enumerate(df.itertuples(index=False), start=2):
        for column in ("date_start", "date_end"):
            value = str(getattr(row, column)).strip()
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise SchemaError(f"{path}: line {i}, column {column}: {value!r} is not a YYYY-MM-DD date") from None
        if row.precision not in PRECISIONS:
            raise SchemaError(f"{path}: line {i}, column precision: {row.precision!r} is not one of {', '.join(PRECISIONS)}")
        if row.status not in STATUSES:
            raise SchemaError(f"{path}: line {i}, column status: {row.status!r} is not occurred or planned")
        if row.precision != "undated" and not str(row.date_start).strip():
            raise SchemaError(f"{path}: line {i}, column date_start: empty for a dated event")
        if str(row.date_start) and str(row.date_end) and str(row.date_end) < str(row.date_start):
            raise SchemaError(f"{path}: line {i}, column date_end: before date_start")
        if not str(row.event_id).strip():
            raise SchemaError(f"{path}: line {i}, column event_id: empty")
    duplicated = df["event_id"][df["event_id"].duplicated()]
    if len(duplicated):
        line = int(duplicated.index[0]) + 2
        raise SchemaError(f"{path}: line {line}, column event_id: duplicate id {duplicated.iloc[0]!r}")
    df["n_sources"] = pd.to_numeric(df["n_sources"], errors="coerce").fillna(0).astype(int)
    df["hidden"] = df["hidden"].astype(str).str.lower().isin(["true", "1", "yes"])
    for column, (kind, _) in EVENT_COLUMNS.items():
        if kind in ("str", "list", "date"):
            df[column] = df[column].astype(str)
    return df


def load_events(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise SchemaError(f"{path}: no such file") from None
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as e:
        raise SchemaError(f"{path}: not a readable CSV table ({str(e).splitlines()[0]})") from None
    return validate_events(df, str(path))


def load_mentions(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=list(MENTION_COLUMNS))
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for column in ("passage_start", "passage_end", "timex_start", "timex_end"):
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(-1).astype(int)
    return df


def mentions_path(events_path: str | Path) -> Path:
    """The mentions table that goes with an events table: events.csv -> mentions.csv."""
    p = Path(events_path)
    name = p.name.replace("events", "mentions") if "events" in p.name else p.stem + ".mentions.csv"
    return p.with_name(name)


def write_csv_atomic(df: pd.DataFrame, path: str | Path) -> None:
    write_atomic(path, lambda f: df.to_csv(f, index=False, lineterminator="\n"))


def write_bytes_atomic(path: str | Path, content: bytes) -> None:
    write_atomic(path, lambda f: f.buffer.write(content))


def check_target(path: Path) -> None:
    """Refuse to write over what is not a regular file: the rename of an atomic write would put
    a file in place of /dev/null or a named pipe."""
    if path.exists() and not path.is_file():
        raise ValueError(f"{path}: not a regular file, left as it is")


def write_atomic(path: str | Path, write) -> None:
    """Call write(file) on a temporary file beside the target, flush and fsync it, then rename
    it over the target: a crash at any point leaves either the old file or the new one."""
    path = Path(path)
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes files private; these are meant to be shared
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
