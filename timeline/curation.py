"""The analyst's corrections, kept apart from what extraction produces so that re-running
extraction never loses them: `curation.csv` beside the events table, one row per change
(event_id, field, value, saved_at), applied in order on top of every extraction.

Events entered by hand (imported from a TimelineJS sheet) are kept in `entered.csv` beside the
table and join the extraction before the changes are applied.

Fields: date_start, date_end, precision, title, status, hidden (true/false); merge_into (the
event is folded into the one named); split (a passage, DOC@OFFSET, leaves the event and becomes
an event of its own, dated by its own date expression)."""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from . import store
from .temporal import interval

COLUMNS = ["event_id", "field", "value", "saved_at"]
EDITABLE = ("date_start", "date_end", "precision", "title", "status", "hidden")
MERGE = "merge_into"  # value: the id of the event this one is folded into
SPLIT = "split"  # value: "DOC@OFFSET", a passage of the event that becomes an event of its own
FIELDS = EDITABLE + (MERGE, SPLIT)


def path_for(events_path: str | Path) -> Path:
    return Path(events_path).with_name("curation.csv")


def extracted_path(events_path: str | Path) -> Path:
    """The table as extraction made it, kept beside the curated one: events.extracted.csv."""
    p = Path(events_path)
    return p.with_name(p.stem + ".extracted" + p.suffix)


@contextlib.contextmanager
def _locked(path: Path):
    """Serialise read-change-write of the curation file between app sessions and processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def save(events_path: str | Path, event_id: str, field: str, value) -> pd.DataFrame:
    """Record one change and rewrite the events table as extraction plus every change. Changes
    saved meanwhile by another session are kept: each save adds to the file as it is on disk."""
    events_path = Path(events_path)
    with _locked(path_for(events_path)):
        _ensure_extracted(events_path)
        record(path_for(events_path), event_id, field, value)
        try:
            return rebuild(events_path)
        except store.SchemaError as e:  # the change would break the table: take it back
            undo_last(path_for(events_path))
            raise store.SchemaError(f"change refused: {str(e).split(': ', 1)[-1]}") from None


def undo(events_path: str | Path) -> pd.DataFrame:
    """Take back the last change and rewrite the events table."""
    events_path = Path(events_path)
    with _locked(path_for(events_path)):
        _ensure_extracted(events_path)
        undo_last(path_for(events_path))
        return rebuild(events_path)


def refresh(events_path: str | Path) -> bool:
    """Rebuild the events table if changes were recorded after it was written (a save cut
    short between the two writes). Returns whether it was rebuilt."""
    events_path = Path(events_path)
    changes = path_for(events_path)
    if not (changes.exists() and extracted_path(events_path).exists() and events_path.exists()):
        return False
    if changes.stat().st_mtime_ns <= events_path.stat().st_mtime_ns:
        return False
    with _locked(changes):
        rebuild(events_path)
    return True


def entered_path(events_path: str | Path) -> Path:
    """Events the analyst entered by hand (imported), kept beside the table: entered.csv."""
    return Path(events_path).with_name("entered.csv")


def add_entered(events_path: str | Path, events: pd.DataFrame) -> pd.DataFrame:
    """Add hand-entered events (replacing any with the same id) and rewrite the table."""
    events_path = Path(events_path)
    with _locked(path_for(events_path)):
        _ensure_extracted(events_path)
        path = entered_path(events_path)
        known = store.load_events(path) if path.exists() else events.iloc[0:0]
        merged = pd.concat([known[~known["event_id"].isin(set(events["event_id"]))], events], ignore_index=True)
        store.write_csv_atomic(store.validate_events(merged, str(path)), path)
        return rebuild(events_path)


def rebuild(events_path: str | Path) -> pd.DataFrame:
    events_path = Path(events_path)
    base = store.load_events(extracted_path(events_path))
    if entered_path(events_path).exists():
        base = pd.concat([base, store.load_events(entered_path(events_path))], ignore_index=True)
    mentions = store.load_mentions(store.mentions_path(events_path))
    events = apply(base, mentions, load(path_for(events_path)))
    store.write_csv_atomic(events, events_path)
    return events


def _ensure_extracted(events_path: Path) -> None:
    """A table that did not come from `extract` (no extraction beside it) becomes its own base."""
    base = extracted_path(events_path)
    if not base.exists():
        store.write_csv_atomic(store.load_events(events_path), base)


def load(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=COLUMNS)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise store.SchemaError(f"{path}: missing column(s) {', '.join(missing)}")
    for line, field in enumerate(df["field"], start=2):
        if field not in FIELDS:
            raise store.SchemaError(f"{path}: line {line}, column field: {field!r} cannot be curated")
    return df[COLUMNS]


def apply(events: pd.DataFrame, mentions: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """Events with the changes laid over them. A change to an event that no longer exists is
    kept in the file (the event may come back) but has no effect."""
    events = events.copy().set_index("event_id", drop=False)
    for change in changes.itertuples(index=False):
        if change.event_id not in events.index:
            continue
        if change.field == MERGE:
            events = _merge(events, change.event_id, change.value)
            continue
        if change.field == SPLIT:
            events = _split(events, mentions, change.event_id, change.value)
            continue
        value = change.value
        if change.field == "hidden":
            value = str(value).lower() in ("true", "1", "yes")
        events.loc[change.event_id, change.field] = value
        done = [f for f in events.loc[change.event_id, "curated"].split(store.LIST_SEPARATOR) if f]
        if change.field not in done:
            events.loc[change.event_id, "curated"] = store.LIST_SEPARATOR.join(done + [change.field])
    return store.validate_events(events.reset_index(drop=True))


def _merge(events: pd.DataFrame, source_id: str, target_id: str) -> pd.DataFrame:
    if target_id not in events.index or target_id == source_id:
        return events
    for column in ("sources", "actors", "languages"):
        items = events.loc[target_id, column].split(store.LIST_SEPARATOR) + events.loc[source_id, column].split(store.LIST_SEPARATOR)
        events.loc[target_id, column] = store.LIST_SEPARATOR.join(dict.fromkeys(i for i in items if i))
    events.loc[target_id, "n_sources"] = len(events.loc[target_id, "sources"].split(store.LIST_SEPARATOR))
    done = [f for f in events.loc[target_id, "curated"].split(store.LIST_SEPARATOR) if f]
    events.loc[target_id, "curated"] = store.LIST_SEPARATOR.join(dict.fromkeys(done + [MERGE]))
    return events.drop(index=source_id)


def split_id(event_id: str, passage: str) -> str:
    """The id of the event split off `event_id` at `passage`: the same on every run."""
    return "ev-" + hashlib.sha1(f"{event_id}|{passage}".encode("utf-8")).hexdigest()[:10]


def _split(events: pd.DataFrame, mentions: pd.DataFrame | None, event_id: str, passage: str) -> pd.DataFrame:
    """Move one passage out of an event into a new event dated by its own date expression."""
    doc, _, offset = passage.rpartition("@")
    if mentions is None or not offset.isdigit():
        return events
    rows = mentions[(mentions["event_id"] == event_id) & (mentions["doc"] == doc)
                    & (mentions["passage_start"] == int(offset))]
    if rows.empty:
        return events
    row = rows.iloc[0]
    found = interval(row["date_value"]) if row["date_value"] else None
    new = events.loc[event_id].copy()
    new["event_id"] = split_id(event_id, passage)
    new["date_start"], new["date_end"], new["precision"] = (
        (found[0].isoformat(), found[1].isoformat(), found[2]) if found else ("", "", "undated"))
    new["sources"], new["languages"], new["n_sources"] = doc, row["lang"], 1
    new["quote"], new["date_text"] = " ".join(row["passage"].split()), row["date_text"]
    new["curated"] = SPLIT
    rest = mentions[(mentions["event_id"] == event_id) & ~mentions.index.isin(rows.index)]
    if not (rest["doc"] == doc).any():
        remaining = [d for d in events.loc[event_id, "sources"].split(store.LIST_SEPARATOR) if d != doc]
        events.loc[event_id, "sources"] = store.LIST_SEPARATOR.join(remaining)
        events.loc[event_id, "n_sources"] = len(remaining)
    return pd.concat([events, new.to_frame().T.set_index("event_id", drop=False)])


def record(path: str | Path, event_id: str, field: str, value) -> pd.DataFrame:
    """Append one change to the file as it is on disk and write it atomically (callers that
    may run concurrently go through `save`, which holds the lock)."""
    if field not in FIELDS:
        raise ValueError(f"{field!r} cannot be curated (one of {', '.join(FIELDS)})")
    changes = load(path)
    row = {"event_id": event_id, "field": field, "value": str(value),
           "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    changes = pd.concat([changes, pd.DataFrame([row])], ignore_index=True)
    store.write_csv_atomic(changes, path)
    return changes


def undo_last(path: str | Path) -> pd.DataFrame:
    changes = load(path)
    if len(changes):
        changes = changes.iloc[:-1]
        store.write_csv_atomic(changes, path)
    return changes
