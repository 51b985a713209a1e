"""A single self-contained HTML file: the interactive timeline with plotly.js inlined and a
source panel that works without a server or a network (open it from a USB stick).

Document text reaches the page only as JSON data and is put on screen with textContent, never
as HTML: a passage that carries markup shows it as text.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
import plotly.io as pio

from .. import figure, store

PANEL_SCRIPT = """
(function () {
  const data = JSON.parse(document.getElementById('timeline-data').textContent);
  const panel = document.getElementById('panel');
  function text(tag, value, cls) {
    const node = document.createElement(tag);
    node.textContent = value;
    if (cls) node.className = cls;
    return node;
  }
  function show(eventId) {
    const event = data.events[eventId];
    if (!event) return;
    panel.replaceChildren(text('h2', event.title || '(untitled)'),
                          text('p', event.when + ' \u00b7 ' + event.status + ' \u00b7 ' + event.sources, 'meta'));
    for (const p of data.passages[eventId] || []) {
      panel.appendChild(text('h3', p.doc + ' (' + p.lang + (p.doc_date ? ', ' + p.doc_date : '') + ')'));
      const quote = document.createElement('blockquote');
      quote.className = 'passage';
      if (p.mark_start >= 0) {
        quote.append(p.passage.slice(0, p.mark_start), text('mark', p.passage.slice(p.mark_start, p.mark_end)),
                     p.passage.slice(p.mark_end));
      } else {
        quote.append(p.passage);
      }
      panel.appendChild(quote);
    }
  }
  const plot = document.getElementsByClassName('plotly-graph-div')[0];
  plot.on('plotly_click', (e) => { const p = e.points && e.points[0];
                                    if (p && p.customdata) show(p.customdata[0]); });
  for (const button of document.querySelectorAll('button[data-event]')) {
    button.addEventListener('click', () => show(button.dataset.event));
  }
})();
"""

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #111; background: #fff; }
main { display: grid; grid-template-columns: 3fr 2fr; gap: 1.5rem; }
#panel blockquote { border-left: 4px solid #0072B2; margin: .5rem 0; padding: .25rem .75rem; }
mark { background: #F0E442; }
.meta, footer { color: #444; font-size: .9rem; }
ol button { background: none; border: none; text-align: left; cursor: pointer; font: inherit; padding: .15rem 0; }
ol button:focus, ol button:hover { text-decoration: underline; }
"""


def page(events: pd.DataFrame, mentions: pd.DataFrame, title: str = "Timeline") -> str:
    fig = figure.build(events, height=520)
    plot = pio.to_html(fig, include_plotlyjs=True, full_html=False, config={"displaylogo": False})
    payload = {"events": {}, "passages": {}}
    for row in events.itertuples():
        payload["events"][row.event_id] = {"title": row.title, "when": figure.date_label(row), "status": row.status,
                                           "sources": row.sources.replace(";", ", ")}
    for row in mentions[mentions["event_id"].isin(set(events["event_id"]))].itertuples():
        inside = row.timex_start >= 0
        payload["passages"].setdefault(row.event_id, []).append({
            "doc": row.doc, "lang": row.lang, "doc_date": row.doc_date, "passage": row.passage,
            "mark_start": int(row.timex_start - row.passage_start) if inside else -1,
            "mark_end": int(row.timex_end - row.passage_start) if inside else -1})
    # no markup character may reach the script element that holds the data (JSON reads the
    # escapes back as the same characters)
    data = json.dumps(payload, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    listing = "\n".join(
        f"<li><button data-event='{html.escape(r.event_id, quote=True)}'>{html.escape(figure.date_label(r))}"
        f" — {html.escape(r.title)}</button></li>" for r in events.itertuples())
    sources = sorted({s for value in events["sources"] for s in value.split(";") if s})
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<style>{STYLE}</style></head>
<body><h1>{html.escape(title)}</h1>
<main><div>{plot}<h2>Events</h2><ol>{listing}</ol></div>
<section id="panel" aria-live="polite"><p>Click an event to read its sources.</p></section></main>
<footer>{len(events)} events from {len(sources)} documents: {html.escape(", ".join(sources))}.</footer>
<script type="application/json" id="timeline-data">{data}</script>
<script>{PANEL_SCRIPT}</script>
</body></html>
"""


def write(events: pd.DataFrame, mentions: pd.DataFrame, path: Path, title: str = "Timeline") -> None:
    content = page(events, mentions, title)
    store.write_atomic(path, lambda f: f.write(content))
