"""Exports: spreadsheet-safe CSV and the offline HTML page."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from timeline import cli, store
from timeline.export import csv_table, offline_html

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("cell,expected", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("+33 1 23", "'+33 1 23"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("Macron", "Macron"), ("", ""), (3, 3),
])
def test_cells_a_spreadsheet_would_execute_are_neutralised(cell, expected):
    assert csv_table.neutralised(cell) == expected


def test_csv_export_round_trips_and_is_safe(tmp_path):
    events = store.load_events(ROOT / "data" / "events.csv")
    events.loc[0, "title"] = "=cmd|' /C calc'!A0"
    out = tmp_path / "out.csv"
    csv_table.write(events, None, out)
    back = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert back.loc[0, "title"] == "'=cmd|' /C calc'!A0"
    assert list(back["event_id"]) == list(events["event_id"])


def test_cli_export_honours_filters_and_corrections(tmp_path, capsys):
    out = tmp_path / "t.csv"
    assert cli.main(["export", "--format", "csv", "-o", str(out), "--search", "Brégançon"]) == 0
    exported = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(exported) == 1 and "Fort de Brégançon" in exported.loc[0, "location"]
    assert "1 of" in capsys.readouterr().err


def test_offline_page_embeds_plotly_and_escapes_document_text():
    events = store.load_events(ROOT / "data" / "events.csv")
    mentions = store.load_mentions(ROOT / "data" / "mentions.csv")
    events.loc[0, "title"] = "<script>window.__pwned=1</script>"
    mentions.loc[0, "passage"] = "</script><script>window.__pwned=1</script>"
    page = offline_html.page(events, mentions)
    assert not re.search(r"<script[^>]+src=", page) and "Plotly.newPlot" in page  # inlined, nothing fetched
    assert "<script>window.__pwned" not in page
    data = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(data)["passages"]  # the data block ends where it should
    sources = sorted({s for v in events["sources"] for s in v.split(";")})
    assert all(s in page for s in sources)


@pytest.fixture(scope="module")
def tables():
    return store.load_events(ROOT / "data" / "events.csv"), store.load_mentions(ROOT / "data" / "mentions.csv")


def test_pptx_deck_has_a_slide_per_event_with_quote_citation_and_notes(tmp_path, tables):
    from pptx import Presentation
    out = tmp_path / "deck.pptx"
    assert cli.main(["export", "--format", "pptx", "-o", str(out), "--title", "Franco-Russian file"]) == 0
    events, mentions = tables
    deck = Presentation(str(out))
    slides = list(deck.slides)
    assert len(slides) == 2 + len(events)
    assert slides[0].shapes.title.text == "Franco-Russian file"
    assert any(shape.shape_type == 13 for shape in slides[1].shapes)  # the timeline picture
    merged = events[events["n_sources"] == 3].iloc[0]
    slide = next(s for s in slides[2:] if s.shapes.title.text == merged.title)
    body = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
    assert "August 2019" in body and all(doc in body for doc in merged.sources.split(";"))
    notes = slide.notes_slide.notes_text_frame.text
    assert all(doc in notes for doc in merged.sources.split(";"))


def test_pdf_and_png_pictures_render(tmp_path):
    import pypdfium2
    for fmt in ("pdf", "png", "svg"):
        assert cli.main(["export", "--format", fmt, "-o", str(tmp_path / f"t.{fmt}")]) == 0
    pdf = pypdfium2.PdfDocument(str(tmp_path / "t.pdf"))
    bitmap = pdf[0].render(scale=1).to_pil()
    assert bitmap.size[0] > 1000 and len(bitmap.convert("L").getcolors(maxcolors=256 * 256) or ()) > 10  # something is drawn
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "t.svg").read_bytes()[:200]


def test_timelinejs_json_follows_the_documented_fields(tmp_path, tables):
    events, _ = tables
    out = tmp_path / "t.json"
    assert cli.main(["export", "--format", "timelinejs", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"title", "events"} and doc["title"]["text"]["headline"]
    dated = events[events["precision"] != "undated"]
    assert len(doc["events"]) == len(dated)
    for slide in doc["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["start_date"]) <= {"year", "month", "day"}
        assert slide["text"]["headline"] and slide["unique_id"] in set(dated["event_id"])
        if "end_date" in slide:
            assert isinstance(slide["end_date"]["year"], int)
    bregancon = next(s for s in doc["events"] if s["display_date"] == "August 2019")
    assert bregancon["start_date"] == {"year": 2019, "month": 8} and bregancon["end_date"] == {"year": 2019, "month": 8}


def test_timelinejs_sheet_has_the_spreadsheet_layout(tmp_path):
    from timeline.export import timelinejs
    out = tmp_path / "t.csv"
    assert cli.main(["export", "--format", "timelinejs-csv", "-o", str(out)]) == 0
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(sheet.columns) == timelinejs.SHEET_COLUMNS
    day = sheet[sheet["Display Date"] == "9 September 2019"].iloc[0]
    assert (day["Year"], day["Month"], day["Day"], day["End Year"]) == ("2019", "9", "9", "")


def test_a_range_of_days_is_exported_with_its_last_day():
    from timeline.export import timelinejs
    events = store.load_events(ROOT / "data" / "events.csv")
    day = events[events["precision"] == "day"].iloc[[0]].copy()
    day[["date_start", "date_end"]] = ["2019-08-24", "2019-08-26"]
    slide = timelinejs.document(day, pd.DataFrame())["events"][0]
    assert slide["end_date"] == {"year": 2019, "month": 8, "day": 26}
    row = timelinejs.sheet(day, pd.DataFrame()).iloc[0]
    assert (row["Day"], row["End Day"], row["Display Date"]) == (24, 26, "24 August 2019 – 26 August 2019")


def test_timelinejs_sheet_round_trips_as_hand_entered_events(tmp_path):
    import shutil
    for name in ("events.csv", "events.extracted.csv", "mentions.csv"):
        shutil.copy(ROOT / "data" / name, tmp_path / name)
    sheet = tmp_path / "sheet.csv"
    assert cli.main(["export", "--format", "timelinejs-csv", "--events", str(tmp_path / "events.csv"), "-o", str(sheet)]) == 0
    before = store.load_events(tmp_path / "events.csv")
    assert cli.main(["import", str(sheet), "--events", str(tmp_path / "events.csv")]) == 0
    after = store.load_events(tmp_path / "events.csv")
    hand = after[after["curated"] == "entered by hand"]
    dated = before[before["precision"] != "undated"]
    assert len(hand) == len(dated) and len(after) == len(before) + len(hand)
    assert sorted(zip(hand["date_start"], hand["date_end"], hand["precision"])) == \
        sorted(zip(dated["date_start"], dated["date_end"], dated["precision"]))
    assert set(hand["title"]) == set(dated["title"])
    # importing twice replaces, and a re-extraction keeps them
    assert cli.main(["import", str(sheet), "--events", str(tmp_path / "events.csv")]) == 0
    assert len(store.load_events(tmp_path / "events.csv")) == len(after)
    from timeline import curation
    curation.rebuild(tmp_path / "events.csv")
    assert len(store.load_events(tmp_path / "events.csv")) == len(after)


def test_a_sheet_that_is_not_timelinejs_is_refused(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    assert cli.main(["import", str(bad), "--events", str(tmp_path / "events.csv")]) == 1
    assert "not a TimelineJS sheet" in capsys.readouterr().err
