"""A PowerPoint deck (python-pptx): title slide, the timeline picture, one slide per event with
its date, title, quote and citation, and every passage in the speaker notes."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from pptx import Presentation
from pptx.util import Inches, Pt

from .. import figure, passages, store
from . import image

QUOTE_CHARS = 600  # a longer quote is cut on the slide; the notes keep it whole


def deck(events: pd.DataFrame, mentions: pd.DataFrame, title: str = "Timeline") -> Presentation:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    sources = sorted({s for v in events["sources"] for s in v.split(";") if s})
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = title
    first.placeholders[1].text = f"{len(events)} events from {len(sources)} documents"
    picture = prs.slides.add_slide(prs.slide_layouts[5])
    picture.shapes.title.text = "Timeline"
    png = image.render(events, "png", title)
    picture.shapes.add_picture(io.BytesIO(png), Inches(0.4), Inches(1.3), width=Inches(12.5))
    ordered = events.sort_values(["date_start", "event_id"])
    for row in ordered.itertuples():
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = row.title or "(untitled)"
        box = slide.shapes.add_textbox(Inches(0.6), Inches(1.5), Inches(12), Inches(5.5)).text_frame
        box.word_wrap = True
        box.text = figure.date_label(row) + (" (planned)" if row.status == "planned" else "")
        box.paragraphs[0].runs[0].font.size = Pt(28)
        quote = row.quote if len(row.quote) <= QUOTE_CHARS else row.quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        for text, size in ((f"« {quote} »", 20), ("Sources: " + ", ".join(row.sources.split(";")), 14)):
            paragraph = box.add_paragraph()
            paragraph.text = text
            paragraph.runs[0].font.size = Pt(size)
        notes = []
        for p in passages.for_event(mentions, row.event_id).itertuples():
            notes.append(f"{p.doc} ({p.lang}{', ' + p.doc_date if p.doc_date else ''}): {' '.join(p.passage.split())}")
        slide.notes_slide.notes_text_frame.text = "\n\n".join(notes) or row.quote
    return prs


def write(events: pd.DataFrame, mentions: pd.DataFrame, path: Path, title: str = "Timeline") -> None:
    buffer = io.BytesIO()
    deck(events, mentions, title).save(buffer)
    store.write_bytes_atomic(path, buffer.getvalue())
