"""Source passages as safe HTML: document text is always escaped, never interpreted."""
from __future__ import annotations

import html

import pandas as pd


def highlighted(passage: str, start: int, end: int) -> str:
    """The passage as HTML with characters [start, end) marked; offsets outside the passage
    mark nothing."""
    if 0 <= start < end <= len(passage):
        return (html.escape(passage[:start]) + "<mark>" + html.escape(passage[start:end]) + "</mark>"
                + html.escape(passage[end:]))
    return html.escape(passage)


def for_event(mentions: pd.DataFrame, event_id: str) -> pd.DataFrame:
    """The passages that support an event, grouped by document (sorted), with the offset of the
    date expression inside each passage (-1 when it has none)."""
    rows = mentions[mentions["event_id"] == event_id].copy()
    rows["mark_start"] = (rows["timex_start"] - rows["passage_start"]).where(rows["timex_start"] >= 0, -1)
    rows["mark_end"] = (rows["timex_end"] - rows["passage_start"]).where(rows["timex_start"] >= 0, -1)
    return rows.sort_values(["doc", "passage_start"])


def passage_html(row) -> str:
    return highlighted(row.passage, int(row.mark_start), int(row.mark_end))


def document_html(text: str, mentions: pd.DataFrame, doc: str, event_id: str) -> str:
    """A whole (cleaned) document as HTML: the event's passages underlined, their date
    expressions marked; everything else escaped as it is."""
    rows = mentions[(mentions["doc"] == doc) & (mentions["event_id"] == event_id)]
    spans = sorted({(int(r.passage_start), int(r.passage_end), int(r.timex_start), int(r.timex_end))
                    for r in rows.itertuples()})
    out, position = [], 0
    for start, end, timex_start, timex_end in spans:
        if start < position or end > len(text):
            continue
        local = (timex_start - start, timex_end - start) if timex_start >= 0 else (-1, -1)
        out += [html.escape(text[position:start]), "<u class='passage'>",
                highlighted(text[start:end], *local), "</u>"]
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out).replace("\n", "<br>")
