"""Streamlit app: the events table as an interactive timeline with its sources.

    streamlit run app.py                       # data/events.csv
    streamlit run app.py -- --events PATH      # another events table of the same schema

Layout and widgets only; every computation is in the `timeline` library.
"""
from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

import streamlit as st

from timeline import figure, filters, passages, store

DEFAULT_EVENTS = Path(__file__).parent / "data" / "events.csv"


def events_path() -> Path:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--events", default=str(DEFAULT_EVENTS))
    known, _ = parser.parse_known_args(sys.argv[1:])
    return Path(known.events)


@st.cache_data(show_spinner=False)
def load(path: str, modified: float):
    """Both tables, read once per version of the file (`modified` is part of the cache key)."""
    return store.load_events(path), store.load_mentions(store.mentions_path(path))


def select(event_id: str | None) -> None:
    st.session_state["selected"] = event_id


def on_chart_select() -> None:
    points = st.session_state["chart"].selection.points
    if points and points[0].get("customdata"):
        select(points[0]["customdata"][0])


def on_table_select() -> None:
    # the row indices refer to the table as it was last drawn
    rows = st.session_state["table"].selection.rows
    ids = st.session_state.get("table_ids", [])
    if rows and rows[0] < len(ids):
        select(ids[rows[0]])


def source_panel(events, mentions, event_id: str) -> None:
    row = events[events["event_id"] == event_id]
    if row.empty:
        st.info("The selected event is not in the current view.")
        return
    event = row.iloc[0]
    st.subheader(event["title"] or "(untitled)", anchor=False)
    st.caption(f"{figure.date_label(event)} · {event['status']} · {event['n_sources']} source(s)")
    if event["actors"]:
        st.caption("Actors: " + event["actors"].replace(store.LIST_SEPARATOR, ", "))
    for doc, rows in passages.for_event(mentions, event_id).groupby("doc", sort=True):
        first = rows.iloc[0]
        dated = f"dated {first['doc_date']}" if first["doc_date"] else "no document date"
        st.markdown(f"**{doc}**", help=f"{dated} ({first['doc_date_source']})")
        st.caption(f"{first['lang']} · {dated}")
        for passage in rows.itertuples():
            st.html(f"<blockquote class='passage' data-doc='{html.escape(doc, quote=True)}'>"
                    f"{passages.passage_html(passage)}</blockquote>")


def main() -> None:
    st.set_page_config(page_title="Timeline", layout="wide")
    path = events_path()
    try:
        events, mentions = load(str(path), path.stat().st_mtime if path.exists() else 0.0)
    except store.SchemaError as e:
        st.error(f"Cannot open the events table: {e}")
        return

    with st.sidebar:
        st.header("View", anchor=False)
        facet = st.selectbox("Lanes", list(figure.LANE_FACETS), key="facet")
        statuses = st.multiselect("Status", list(store.STATUSES), default=list(store.STATUSES), key="status")
        search = st.text_input("Search titles and passages", key="search")
        st.caption(f"Events table: {path}")

    shown = filters.apply(events, mentions, search=search, statuses=statuses)
    selected = st.session_state.get("selected")
    st.title("Timeline", anchor=False)
    chart_col, panel_col = st.columns([3, 2])
    with chart_col:
        st.plotly_chart(figure.build(shown, facet=facet, highlight=selected), key="chart",
                        on_select=on_chart_select, selection_mode="points",
                        config={"scrollZoom": True, "displaylogo": False})
        undated = figure.undated(shown)
        if len(undated):
            st.markdown("**Undated events**")
            for row in undated.itertuples():
                st.button(f"{figure.date_label(row)} — {row.title}", key=f"undated-{row.event_id}",
                          on_click=select, args=(row.event_id,))
    with panel_col:
        if selected:
            source_panel(events, mentions, selected)
        else:
            st.info("Click an event on the chart or in the table to read its sources.")

    st.markdown("**Events**")
    table = shown[["event_id", "date_start", "date_end", "precision", "status", "title", "sources"]]
    st.session_state["table_ids"] = list(table["event_id"])
    st.dataframe(table, key="table", on_select=on_table_select, selection_mode="single-row",
                 hide_index=True, width="stretch")


main()
