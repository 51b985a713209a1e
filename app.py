"""Streamlit app: the events table as an interactive timeline with its sources.

    streamlit run app.py                                  # data/events.csv
    streamlit run app.py -- --events PATH [--sources DIR] # another events table of the same schema

Layout and widgets only; every computation is in the `timeline` library.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
from datetime import date
from pathlib import Path

import streamlit as st

from timeline import curation, documents, figure, filters, passages, pipeline, presentation, store, uploads, view
from timeline import export

ROOT = Path(__file__).parent
UNDATED_SHOWN = 50  # undated events listed as buttons under the chart
TABLE_ROWS = 1000  # rows of the events table sent to the browser; filters reach the others


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--events", default=str(ROOT / "data" / "events.csv"))
    parser.add_argument("--sources", default=None, help="folder of the documents (default: sources/ beside the table)")
    known, _ = parser.parse_known_args(sys.argv[1:])
    if known.sources is None:
        known.sources = str(Path(known.events).parent / "sources")
    return known


@st.cache_data(show_spinner=False)
def load(path: str, modified: float):
    """Both tables, read once per version of the file (`modified` is part of the cache key)."""
    return store.load_events(path), store.load_mentions(store.mentions_path(path))


@st.cache_data(show_spinner=False, max_entries=4)
def choices(path: str, modified: float) -> dict:
    """Filter choices and search text, computed once per version of the table."""
    events, mentions = load(path, modified)
    return {"actors": filters.values(events, "actors"), "sources": filters.values(events, "sources"),
            "languages": filters.values(events, "languages"),
            "text": filters.searchable_text(events, mentions)}


@st.cache_data(show_spinner=False, max_entries=16)
def view_of(path: str, modified: float, settings: str):
    """The events a view shows, computed once per table version and view settings (JSON)."""
    events, _ = load(path, modified)
    wanted = json.loads(settings)
    for key in ("start", "end"):
        wanted[key] = date.fromisoformat(wanted[key]) if wanted[key] else None
    return filters.apply(events, choices(path, modified)["text"], search=wanted["search"], statuses=wanted["status"],
                         actors=wanted["actors"], sources=wanted["sources"], languages=wanted["languages"],
                         precisions=wanted["precision"], start=wanted["start"], end=wanted["end"])


@st.cache_data(show_spinner=False, max_entries=16)
def chart_of(path: str, modified: float, settings: str, facet: str, highlight: str | None):
    return figure.build(view_of(path, modified, settings), facet=facet, highlight=highlight)


@st.cache_data(show_spinner=False)
def document_text(path: str) -> str | None:
    try:
        return documents.read(path).text
    except documents.DocumentError:
        return None


def select(event_id: str | None) -> None:
    st.session_state["selected"] = event_id


def on_chart_select() -> None:
    points = st.session_state["chart"].selection.points
    if not points or not points[0].get("customdata"):
        return
    bar = figure.range_of(points[0]["customdata"])
    if bar:  # a density bar: narrow the view to its dates
        st.session_state["start"], st.session_state["end"] = bar
    else:
        select(points[0]["customdata"][0])


def on_table_select() -> None:
    # the row indices refer to the table as it was last drawn
    rows = st.session_state["table"].selection.rows
    ids = st.session_state.get("table_ids", [])
    if rows and rows[0] < len(ids):
        select(ids[rows[0]])


def restore_view_from_url() -> None:
    """On a session's first run, widgets start from the link's query parameters."""
    if st.session_state.get("view_restored"):
        return
    state = view.from_params(st.query_params.to_dict())
    state.setdefault("status", list(store.STATUSES))
    for key, value in state.items():
        if key != "event":
            st.session_state[key] = value
    st.session_state["selected"] = state.get("event")
    st.session_state["view_restored"] = True


def save(path: Path, event_id: str, field: str, value) -> None:
    try:
        curation.save(path, event_id, field, value)
        st.session_state["message"] = ("success", f"Saved: {field} of {event_id}.")
    except (store.SchemaError, ValueError) as e:
        st.session_state["message"] = ("error", str(e))


def undo(path: Path) -> None:
    curation.undo(path)
    st.session_state["message"] = ("success", "Last change undone.")


def sidebar(events, path: Path, options: dict):
    with st.sidebar:
        st.header("View", anchor=False)
        st.toggle("Presentation mode", key="presenting")
        facet = st.selectbox("Lanes", list(figure.LANE_FACETS), key="facet")
        search = st.text_input("Search titles and passages", key="search")
        dated = events[events["date_start"] != ""]
        low = date.fromisoformat(dated["date_start"].min()) if len(dated) else None
        high = date.fromisoformat(dated["date_end"].replace("", None).dropna().max()) if len(dated) else None
        start = st.date_input("From", min_value=date(1, 1, 1), key="start", help=f"earliest event: {low}")
        end = st.date_input("To", min_value=date(1, 1, 1), key="end", help=f"latest event: {high}")
        statuses = st.multiselect("Status", list(store.STATUSES), key="status")
        actors = st.multiselect("Actors", options["actors"], key="actors")
        sources = st.multiselect("Sources", options["sources"], key="sources")
        languages = st.multiselect("Languages", options["languages"], key="languages")
        precisions = st.multiselect("Precision", list(store.PRECISIONS), key="precision")
        st.divider()
        upload_section(path)
        st.divider()
        changes = curation.load(curation.path_for(path)) if curation.path_for(path).exists() else None
        st.button("Undo last change", key="undo", on_click=undo, args=(path,),
                  disabled=changes is None or changes.empty)
        st.caption(f"Events table: {path}")
    return dict(facet=facet, search=search, start=start, end=end, status=statuses, actors=actors,
                sources=sources, languages=languages, precision=precisions)


def upload_section(path: Path) -> None:
    sources_dir = Path(arguments().sources)
    files = st.file_uploader(
        f"Add documents ({', '.join(uploads.ACCEPTED)}; up to {uploads.MAX_FILE_BYTES // 2**20} MB each, "
        f"{uploads.MAX_BATCH_BYTES // 2**20} MB in all)", accept_multiple_files=True, key="uploads")
    if not files or not st.button("Add and extract", key="add"):
        return
    try:
        written = uploads.save(sources_dir, [(f.name, f.getvalue()) for f in files])
    except uploads.UploadError as e:
        st.session_state["message"] = ("error", f"Upload refused: {e}")
        return
    candidates = pipeline.document_files([sources_dir])
    bar = st.progress(0.0, text="Extracting events…")
    done = []

    def progress(document):
        done.append(document)
        bar.progress(len(done) / max(1, len(candidates)), text=f"Reading {document.name}")
    report = pipeline.extract_to([sources_dir], path, progress)
    skipped = [line for line in report.skipped if line.split(":")[0] in {w.name for w in written}]
    level = "error" if skipped else "success"
    text = f"Added {len(written) - len(skipped)} document(s); {report.events} events in all."
    st.session_state["message"] = (level, text + "".join(f" Skipped {line}." for line in skipped))
    st.rerun()


# Arrow and page keys turn the slides; registered once per page.
SLIDE_KEYS = """<script>
if (!window.timelineSlideKeys) {
  window.timelineSlideKeys = true;
  document.addEventListener('keydown', (e) => {
    if (['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName)) return;
    const name = {ArrowRight: 'Next', PageDown: 'Next', ArrowLeft: 'Previous', PageUp: 'Previous'}[e.key];
    const button = name && [...document.querySelectorAll('button')].find(b => b.innerText.trim().startsWith(name));
    if (button) { e.preventDefault(); button.click(); }
  });
}
</script>"""
PROJECTOR_STYLE = """<style>
.slide-date { font-size: 2.2rem; font-weight: 700; color: #000; }
.slide-title { font-size: 2.8rem; line-height: 1.15; color: #000; margin: .3rem 0 1rem; }
.slide-quote { font-size: 1.5rem; border-left: 6px solid #0072B2; padding-left: 1rem; color: #111; }
.slide-source { font-size: 1.1rem; color: #333; }
</style>"""


def move(step: int, count: int) -> None:
    st.session_state["slide"] = min(max(st.session_state.get("slide", 0) + step, 0), count - 1)


def presentation_mode(shown, mentions) -> None:
    deck = presentation.slides(shown, mentions)
    index = min(st.session_state.get("slide", 0), len(deck) - 1)
    slide = deck[index]
    st.html(PROJECTOR_STYLE)
    st.html(SLIDE_KEYS, unsafe_allow_javascript=True)
    controls = st.columns([1, 1, 6])
    controls[0].button("Previous", key="previous", on_click=move, args=(-1, len(deck)), disabled=index == 0)
    controls[1].button("Next", key="next", on_click=move, args=(1, len(deck)), disabled=index == len(deck) - 1)
    controls[2].caption(f"Slide {index + 1} / {len(deck)} · arrow keys turn the slides")
    st.html(f"<div class='slide-date'>{html.escape(slide.date)}</div><div class='slide-title'>{html.escape(slide.heading)}</div>")
    for text, doc, date_text in slide.quotes:
        start = text.find(date_text) if date_text else -1
        quote = passages.highlighted(text, start, start + len(date_text)) if start >= 0 else html.escape(text)
        st.html(f"<div class='slide-quote'>« {quote} »</div><div class='slide-source'>— {html.escape(doc)}</div>")
    if slide.event_id is None:
        st.html(f"<div class='slide-source'>{html.escape(slide.sources)}</div>")
    st.plotly_chart(figure.build(shown, highlight=slide.event_id, height=220), key="strip",
                    config={"displayModeBar": False, "staticPlot": True})


def source_panel(events, mentions, event_id: str, sources_dir: Path) -> None:
    row = events[events["event_id"] == event_id]
    if row.empty:
        st.info("The selected event is not in the current view.")
        return
    event = row.iloc[0]
    st.subheader(event["title"] or "(untitled)", anchor=False)
    st.caption(f"{figure.date_label(event)} · {event['status']} · {event['n_sources']} source(s)"
               + (" · corrected: " + event["curated"].replace(";", ", ") if event["curated"] else ""))
    if event["actors"]:
        st.caption("Actors: " + event["actors"].replace(store.LIST_SEPARATOR, ", "))
    for doc, rows in passages.for_event(mentions, event_id).groupby("doc", sort=True):
        first = rows.iloc[0]
        dated = f"dated {first['doc_date']}" if first["doc_date"] else "no document date"
        st.markdown(f"**{html.escape(doc)}**")
        st.caption(f"{first['lang']} · {dated} ({first['doc_date_source']})")
        for passage in rows.itertuples():
            st.html(f"<blockquote class='passage' data-doc='{html.escape(doc, quote=True)}'>"
                    f"{passages.passage_html(passage)}</blockquote>")
        with st.expander(f"Read {doc}"):
            text = document_text(str(sources_dir / doc))
            if text is None:
                st.warning(f"{doc} is not in {sources_dir}.")
            else:
                st.html(f"<div class='document'>{passages.document_html(text, mentions, doc, event_id)}</div>")


def editor(events, mentions, event_id: str, path: Path) -> None:
    row = events[events["event_id"] == event_id]
    if row.empty:
        return
    event = row.iloc[0]
    with st.expander("Correct this event"):
        with st.form(f"edit-{event_id}"):
            title = st.text_input("Title", value=event["title"])
            start = st.text_input("First day (YYYY-MM-DD)", value=event["date_start"])
            end = st.text_input("Last day (YYYY-MM-DD, empty when undated)", value=event["date_end"])
            precision = st.selectbox("Precision", store.PRECISIONS, index=store.PRECISIONS.index(event["precision"]))
            status = st.selectbox("Status", store.STATUSES, index=store.STATUSES.index(event["status"]))
            if st.form_submit_button("Save"):
                for field, value in (("title", title), ("date_start", start), ("date_end", end),
                                     ("precision", precision), ("status", status)):
                    if str(value) != str(event[field]):
                        save(path, event_id, field, value)
                st.rerun()
        st.button("Hide this event", key=f"hide-{event_id}", on_click=save, args=(path, event_id, "hidden", True))
        others = filters.merge_candidates(events, event_id).set_index("event_id", drop=False)
        target = st.selectbox("Merge into", [""] + list(others.index), key=f"merge-target-{event_id}",
                              format_func=lambda i: f"{figure.date_label(others.loc[i])} — {others.loc[i, 'title']}" if i else "")
        st.button("Merge", key=f"merge-{event_id}", disabled=not target,
                  on_click=save, args=(path, event_id, curation.MERGE, target))
        own = mentions[mentions["event_id"] == event_id]
        if len(own) > 1:
            choices = [f"{r.doc}@{r.passage_start}" for r in own.itertuples()]
            passage = st.selectbox("Split off a passage", choices, key=f"split-target-{event_id}")
            st.button("Split", key=f"split-{event_id}", on_click=save, args=(path, event_id, curation.SPLIT, passage))


def main() -> None:
    st.set_page_config(page_title="Timeline", layout="wide")
    args = arguments()
    path = Path(args.events)
    try:
        curation.refresh(path)  # a save cut short elsewhere left the table behind its changes
        modified = path.stat().st_mtime if path.exists() else 0.0
        events, mentions = load(str(path), modified)
    except store.SchemaError as e:
        st.error(f"Cannot open the events table: {e}")
        return

    restore_view_from_url()
    options = choices(str(path), modified)
    settings = sidebar(events, path, options)
    view_key = json.dumps({k: v for k, v in settings.items() if k != "facet"}, default=str, sort_keys=True)
    shown = view_of(str(path), modified, view_key)
    selected = st.session_state.get("selected")
    st.query_params.from_dict(view.to_params({**settings, "event": selected}))

    if st.session_state.get("presenting"):
        presentation_mode(shown, mentions)
        return
    st.title("Timeline", anchor=False)
    if message := st.session_state.pop("message", None):
        (st.success if message[0] == "success" else st.error)(message[1])
    st.caption(f"{len(shown)} of {len(events)} events shown")
    chart_col, panel_col = st.columns([3, 2])
    with chart_col:
        st.plotly_chart(chart_of(str(path), modified, view_key, settings["facet"], selected), key="chart",
                        on_select=on_chart_select, selection_mode="points",
                        config={"scrollZoom": True, "displaylogo": False})
        undated = figure.undated(shown)
        if len(undated):
            st.markdown(f"**Undated events** ({len(undated)})")
            if len(undated) > UNDATED_SHOWN:
                st.caption(f"The first {UNDATED_SHOWN}; filter to see others (all are in the table below).")
            for row in undated.head(UNDATED_SHOWN).itertuples():
                st.button(f"{figure.date_label(row)} — {row.title}", key=f"undated-{row.event_id}",
                          on_click=select, args=(row.event_id,))
    with panel_col:
        if selected:
            source_panel(events, mentions, selected, Path(args.sources))
            editor(events, mentions, selected, path)
        else:
            st.info("Click an event on the chart or in the table to read its sources.")

    st.markdown("**Events**")
    exports = st.columns([2, 1, 2])
    fmt = exports[0].selectbox("Export format", list(export.FORMATS), key="export-format",
                               label_visibility="collapsed")
    if exports[1].button("Prepare", key="prepare-export"):
        try:
            with st.spinner("Preparing the export…"):
                st.session_state["prepared"] = export.to_bytes(shown, mentions, fmt)
        except export.image.ImageExportError as e:
            st.error(str(e))
    if prepared := st.session_state.get("prepared"):
        exports[2].download_button(f"Download {prepared[1]}", prepared[0], prepared[1], key="download")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} of {len(shown):,} events by date; filter to narrow the list.")
    table = shown[["event_id", "date_start", "date_end", "precision", "status", "title", "sources"]].head(TABLE_ROWS)
    st.session_state["table_ids"] = list(table["event_id"])
    st.dataframe(table, key="table", on_select=on_table_select, selection_mode="single-row",
                 hide_index=True, width="stretch")


main()
