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
