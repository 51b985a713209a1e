"""The Plotly timeline figure from an events frame: one place, used by the app and the exports.

Day-precision events are markers; month, year and wider events, and ranges of days, are spans
over their interval with a marker in the middle; planned events are hollow. Each marker's
customdata[0] is its event_id, so a selection names events, not trace indices. Undated events
are not drawn: they have no place on a time axis and are listed apart with their bounds.
"""
from __future__ import annotations

import html
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from . import store

# Okabe-Ito: distinguishable by colour-blind readers and on a washed-out projector.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
LANE_FACETS = {"none": None, "actor": "actors", "source": "sources", "language": "languages", "status": "status"}
NO_LANE = "events"
MAX_LANES = 12  # more lanes than this are folded into "other"
MARKER_SLOTS = 60  # markers closer than 1/60 of the time span are put on separate rows
LABEL_SLOTS = 4  # with labels beside them, events closer than 1/4 of the span are
DETAIL_LIMIT = 2000  # more events than this are drawn as a density; narrow the dates to see each one
DENSITY_BINS = 120  # at most this many bars in the density view
RANGE_PREFIX = "range:"  # customdata of a density bar: "range:START:END"


def dated(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[(frame["precision"] != "undated") & (frame["date_start"] != "")]


def undated(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[(frame["precision"] == "undated") | (frame["date_start"] == "")]


def lanes(frame: pd.DataFrame, facet: str) -> pd.Series:
    """The lane of each event: the first value of the facet's column (lists are ';'-joined),
    the most frequent lanes kept and the rest folded into 'other'."""
    column = LANE_FACETS.get(facet)
    if column is None:
        return pd.Series(NO_LANE, index=frame.index)
    first = frame[column].str.split(store.LIST_SEPARATOR).str[0].replace("", "(none)")
    keep = set(first.value_counts().index[:MAX_LANES])
    return first.where(first.isin(keep), "other")


def date_label(row) -> str:
    """The date as it should be read: '9 September 2019', 'August 2019', '2014', and for a
    range of them '24 August 2019 – 26 August 2019', '2014 – 2016'."""
    if row.precision == "undated" or not row.date_start:
        return f"undated, after {_long(row.date_start)}" if row.date_start else "undated"
    end = row.date_end or row.date_start
    written = _WRITTEN.get(row.precision, _long)
    first, last = written(row.date_start), written(end)
    return first if first == last else f"{first} – {last}"


def is_span(row) -> bool:
    """Whether an event covers more than one day: drawn as a span, exported with an end."""
    return row.precision != "day" or bool(row.date_end) and row.date_end != row.date_start


def _long(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


# How a date of each precision is written; finer than a day or coarser than a year: its first and last days.
_WRITTEN = {"day": _long, "month": lambda iso: date.fromisoformat(iso).strftime("%B %Y"), "year": lambda iso: iso[:4]}


def build(frame: pd.DataFrame, facet: str = "none", highlight: str | None = None,
          height: int = 460, labels: bool = False) -> go.Figure:
    """Markers and spans for each event, or, past DETAIL_LIMIT events, their density. With
    `labels` (for pictures, where nothing can be hovered) each marker is named beside it."""
    frame = dated(frame)
    if len(frame) > DETAIL_LIMIT:
        return density(frame, height)
    fig = go.Figure()
    ticks, tick_text = [], []
    if len(frame):
        frame = frame.assign(lane=lanes(frame, facet), middle=[_middle(r) for r in frame.itertuples()])
        frame = frame.sort_values(["middle", "event_id"])
        lane_order = list(dict.fromkeys(frame["lane"]))
        frame["y"] = _stack(frame, lane_order, LABEL_SLOTS if labels else MARKER_SLOTS)
        for k, lane in enumerate(lane_order):
            rows = frame[frame["lane"] == lane]
            _add_lane(fig, rows, lane, PALETTE[k % len(PALETTE)], labels)
            ticks.append(rows["y"].mean())
            tick_text.append(lane)
        if highlight is not None and highlight in set(frame["event_id"]):
            _add_highlight(fig, frame[frame["event_id"] == highlight].iloc[0])
    fig.update_yaxes(tickvals=ticks, ticktext=tick_text, showticklabels=facet != "none", showgrid=False,
                     zeroline=False, automargin=True, autorange="reversed", fixedrange=True)
    fig.update_layout(
        height=height, template="plotly_white", hovermode="closest", dragmode="pan",
        margin=dict(l=10, r=10, t=30, b=10), legend=dict(orientation="h", y=1.08),
        showlegend=facet != "none", clickmode="event+select",
        xaxis=dict(type="date", rangeslider=dict(visible=True, thickness=0.08)),
    )
    return fig


def density(frame: pd.DataFrame, height: int = 460) -> go.Figure:
    """Events per month, quarter or year (whichever gives at most DENSITY_BINS bars), each bar
    carrying its date range so that selecting it narrows the view to those events."""
    starts = pd.to_datetime(frame["date_start"], format="%Y-%m-%d")
    span_days = (starts.max() - starts.min()).days
    for freq, days in (("MS", 31), ("QS", 92), ("YS", 366), ("10YS", 3653)):
        if span_days / days <= DENSITY_BINS:
            break
    bins = starts.dt.to_period({"MS": "M", "QS": "Q", "YS": "Y", "10YS": "Y"}[freq]).dt.start_time
    if freq == "10YS":
        bins = pd.to_datetime((bins.dt.year // 10 * 10).astype(str) + "-01-01")
    counts = bins.value_counts().sort_index()
    offset = pd.tseries.frequencies.to_offset(freq)
    ends = [(b + offset - pd.Timedelta(days=1)).date().isoformat() for b in counts.index]
    fig = go.Figure(go.Bar(
        x=counts.index, y=counts.values, marker_color=PALETTE[0], name="events",
        customdata=[[f"{RANGE_PREFIX}{b.date().isoformat()}:{e}", int(c)] for b, e, c in zip(counts.index, ends, counts.values)],
        hovertemplate="%{x|%b %Y}: %{customdata[1]} events — select to see them<extra></extra>",
    ))
    fig.update_layout(height=height, template="plotly_white", margin=dict(l=10, r=10, t=30, b=10),
                      dragmode="pan", clickmode="event+select", bargap=0.1,
                      title=dict(text=f"{len(frame):,} events: select a bar or narrow the dates to see each event",
                                 font=dict(size=13)),
                      xaxis=dict(type="date", rangeslider=dict(visible=True, thickness=0.08)))
    return fig


def range_of(customdata) -> tuple[date, date] | None:
    """The date range a density bar stands for, or None for an event marker."""
    value = str(customdata[0]) if customdata else ""
    if not value.startswith(RANGE_PREFIX):
        return None
    _, start, end = value.split(":")
    return date.fromisoformat(start), date.fromisoformat(end)


def _stack(frame: pd.DataFrame, lane_order: list[str], slots: int) -> pd.Series:
    """A row for each event so that markers and spans closer than a marker's width do not hide
    one another: within a lane, each event goes to the first row free over its interval. Lanes are
    stacked one below the other with a blank row between them."""
    starts, ends = pd.to_datetime(frame["date_start"]), pd.to_datetime(frame["date_end"])
    gap = max((ends.max() - starts.min()) / slots, pd.Timedelta(days=1))
    y = pd.Series(0.0, index=frame.index)
    base = 0
    for lane in lane_order:
        row_ends: list[pd.Timestamp] = []
        for index in frame.index[frame["lane"] == lane]:
            row = next((r for r, end in enumerate(row_ends) if starts[index] - end >= gap), len(row_ends))
            if row == len(row_ends):
                row_ends.append(ends[index])
            row_ends[row] = ends[index]
            y[index] = base + row
        base += len(row_ends) + 1
    return y


def _add_lane(fig: go.Figure, rows: pd.DataFrame, lane: str, colour: str, labels: bool = False) -> None:
    spans = rows[[is_span(r) for r in rows.itertuples()]]
    if len(spans):
        xs, ys = [], []
        for row in spans.itertuples():
            end = date.fromisoformat(row.date_end) + timedelta(days=1)
            xs += [row.date_start, end.isoformat(), None]
            ys += [row.y, row.y, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=colour, width=10),
                                 opacity=0.35, hoverinfo="skip", showlegend=False, legendgroup=lane))
    planned = rows["status"] == "planned"
    symbols = [("diamond" if is_span(r) else "circle") + ("-open" if s else "")
               for r, s in zip(rows.itertuples(), planned)]
    text = [f"{date_label(r)}: {_short(r.title)}" for r in rows.itertuples()] if labels else None
    fig.add_trace(go.Scatter(
        x=rows["middle"], y=rows["y"], mode="markers+text" if labels else "markers", name=lane, legendgroup=lane,
        text=text, textposition="middle right", textfont=dict(size=13),
        marker=dict(size=14, color=colour, symbol=symbols, line=dict(width=2, color=colour)),
        # document text is escaped: Plotly renders a subset of HTML in hover labels
        customdata=list(zip(rows["event_id"], rows["title"].map(html.escape), [date_label(r) for r in rows.itertuples()],
                            rows["date_text"].map(html.escape), rows["n_sources"], rows["status"])),
        hovertemplate="<b>%{customdata[2]}</b> (%{customdata[5]})<br>%{customdata[1]}<br>"
                      "as written: %{customdata[3]}<br>%{customdata[4]} source(s)<extra></extra>",
    ))


def _short(title: str, words: int = 7) -> str:
    parts = html.escape(title).split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _add_highlight(fig: go.Figure, row) -> None:
    fig.add_trace(go.Scatter(x=[row.middle], y=[row.y], mode="markers", hoverinfo="skip",
                             customdata=[[row.event_id]],
                             marker=dict(size=26, color="rgba(0,0,0,0)", line=dict(width=3, color="#000000")),
                             showlegend=False))


def _middle(row) -> str:
    start = date.fromisoformat(row.date_start)
    end = date.fromisoformat(row.date_end) if row.date_end else start
    return (start + (end - start) / 2).isoformat()
