"""The Streamlit app's widgets, driven by Streamlit's AppTest (no browser)."""
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from timeline import store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py"])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def committed_events():
    return store.load_events(ROOT / "data" / "events.csv")


def test_every_dated_event_is_on_the_chart_with_its_id(app):
    chart = app.get("plotly_chart")[0]
    import json
    figure = json.loads(chart.proto.spec)
    ids = {point[0] for trace in figure["data"] for point in trace.get("customdata", [])}
    events = committed_events()
    dated = events[events["precision"] != "undated"]
    assert set(dated["event_id"]) <= ids
    assert len(app.dataframe[0].value) == len(events)


def test_undated_events_are_listed_apart_with_their_bounds(app):
    labels = [b.label for b in app.button]
    undated = committed_events().query("precision == 'undated'")
    assert len([l for l in labels if l.startswith("undated")]) == len(undated)
    assert any("after 20 June 2017" in l for l in labels)


def test_selecting_an_event_shows_its_passages_with_the_date_marked(app):
    events = committed_events()
    event = events[events["n_sources"] == 3].iloc[0]
    app.session_state["selected"] = event.event_id
    app.run()
    html = " ".join(h.proto.body for h in app.get("html"))
    for doc in event.sources.split(";"):
        assert doc in html
    assert "<mark>" in html


def test_undated_button_selects_its_event(app):
    undated = committed_events().query("precision == 'undated'").iloc[0]
    next(b for b in app.button if b.key == f"undated-{undated.event_id}").click().run()
    assert app.session_state["selected"] == undated.event_id
    assert any(undated.sources in h.proto.body for h in app.get("html"))


def test_search_and_status_filters(app):
    app.text_input(key="search").input("Brégançon").run()
    assert len(app.dataframe[0].value) == 1
    app.text_input(key="search").input("").run()
    app.multiselect(key="status").set_value(["planned"]).run()
    assert set(app.dataframe[0].value["status"]) == {"planned"}


def test_lanes_by_source(app):
    app.selectbox(key="facet").set_value("source").run()
    import json
    figure = json.loads(app.get("plotly_chart")[0].proto.spec)
    names = {t.get("name") for t in figure["data"] if t.get("mode") == "markers" and t.get("name")}
    assert len(names) > 1


def test_another_events_table_with_events_option(tmp_path, monkeypatch):
    events = committed_events().head(2).copy()
    events.loc[:, "title"] = ["Only one", "Only two"]
    path = tmp_path / "other_events.csv"
    store.write_csv_atomic(events, path)
    monkeypatch.setattr(sys, "argv", ["app.py", "--events", str(path)])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert list(at.dataframe[0].value["title"]) == ["Only one", "Only two"]


def test_a_malformed_table_is_reported_not_a_traceback(tmp_path, monkeypatch):
    path = tmp_path / "events.csv"
    path.write_text("event_id,date_start\nx,yesterday\n")
    monkeypatch.setattr(sys, "argv", ["app.py", "--events", str(path)])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "missing column" in at.error[0].value
