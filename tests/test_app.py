"""The Streamlit app's widgets, driven by Streamlit's AppTest (no browser)."""
import sys
from pathlib import Path

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


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A copy of the bundled tables and documents, and the app pointed at it."""
    import shutil
    for name in ("events.csv", "events.extracted.csv", "mentions.csv"):
        shutil.copy(ROOT / "data" / name, tmp_path / name)
    shutil.copytree(ROOT / "data" / "sources", tmp_path / "sources")
    monkeypatch.setattr(sys, "argv", ["app.py", "--events", str(tmp_path / "events.csv")])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at, tmp_path


def select_event(at, event_id):
    at.session_state["selected"] = event_id
    at.run()
    assert not at.exception


def test_filters_by_actor_date_range_and_precision(app):
    events = committed_events()
    app.multiselect(key="actors").set_value(["Sergei Shoigu"]).run()
    shown = app.dataframe[0].value
    assert len(shown) and set(shown["event_id"]) <= set(events[events["actors"].str.contains("Sergei Shoigu")]["event_id"])
    app.multiselect(key="actors").set_value([]).run()
    from datetime import date
    app.date_input(key="start").set_value(date(2019, 9, 1)).run()
    app.date_input(key="end").set_value(date(2019, 9, 30)).run()
    shown = app.dataframe[0].value
    dated = shown[shown["date_end"] != ""]
    assert len(dated) and all((dated["date_start"] <= "2019-09-30") & (dated["date_end"] >= "2019-09-01"))
    # an undated event stays while its lower bound does not exclude it from the range
    assert all(shown[shown["date_end"] == ""]["date_start"] <= "2019-09-30")
    app.multiselect(key="precision").set_value(["day"]).run()
    assert set(app.dataframe[0].value["precision"]) == {"day"}


def test_the_view_is_written_to_and_read_from_the_url(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py"])
    event = committed_events().iloc[0]
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["search"] = "Brégançon"
    at.query_params["facet"] = "source"
    at.query_params["event"] = event.event_id
    at.run()
    assert at.text_input(key="search").value == "Brégançon"
    assert at.selectbox(key="facet").value == "source"
    assert at.session_state["selected"] == event.event_id
    at.text_input(key="search").input("Moscou").run()
    assert at.query_params["search"] in ("Moscou", ["Moscou"])


def test_an_edit_is_saved_shown_and_undone(workspace):
    at, folder = workspace
    event = store.load_events(folder / "events.csv").iloc[0]
    select_event(at, event.event_id)
    form_title = next(t for t in at.text_input if t.label == "Title")
    form_title.input("A corrected title")
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception
    saved = store.load_events(folder / "events.csv").set_index("event_id")
    assert saved.loc[event.event_id, "title"] == "A corrected title"
    assert "title" in saved.loc[event.event_id, "curated"]
    assert (folder / "curation.csv").exists()
    at.button(key="undo").click().run()
    assert store.load_events(folder / "events.csv").set_index("event_id").loc[event.event_id, "title"] == event.title


def test_an_invalid_date_is_refused_with_a_message(workspace):
    at, folder = workspace
    event = store.load_events(folder / "events.csv").iloc[0]
    select_event(at, event.event_id)
    next(t for t in at.text_input if t.label.startswith("First day")).input("31/02/2019")
    next(b for b in at.button if b.label == "Save").click().run()
    assert any("change refused" in e.value for e in at.error)
    assert store.load_events(folder / "events.csv").set_index("event_id").loc[event.event_id, "date_start"] == event.date_start


def test_hide_merge_and_split(workspace):
    at, folder = workspace
    events = store.load_events(folder / "events.csv")
    first, second = events.iloc[0].event_id, events.iloc[1].event_id
    select_event(at, first)
    at.button(key=f"hide-{first}").click().run()
    assert store.load_events(folder / "events.csv").set_index("event_id").loc[first, "hidden"]
    assert first not in set(at.dataframe[0].value["event_id"])
    select_event(at, second)
    target = events.iloc[2].event_id
    at.selectbox(key=f"merge-target-{second}").set_value(target).run()
    at.button(key=f"merge-{second}").click().run()
    after = store.load_events(folder / "events.csv")
    assert second not in set(after["event_id"])
    multi = after[after["n_sources"] == 3].iloc[0].event_id
    select_event(at, multi)
    at.button(key=f"split-{multi}").click().run()
    assert len(store.load_events(folder / "events.csv")) == len(after) + 1


def test_the_whole_document_is_readable_with_the_passage_marked(workspace):
    at, folder = workspace
    event = store.load_events(folder / "events.csv").query("n_sources == 3").iloc[0]
    select_event(at, event.event_id)
    documents_html = [h.proto.body for h in at.get("html") if "class='document'" in h.proto.body]
    assert len(documents_html) == 3
    assert all("<u class='passage'>" in body and "<mark>" in body for body in documents_html)


def test_a_large_table_opens_as_a_density_and_narrowing_the_dates_shows_events(tmp_path, monkeypatch):
    import json
    from datetime import date
    from tests.test_figure import synthetic
    from timeline import figure
    path = tmp_path / "big_events.csv"
    store.write_csv_atomic(synthetic(figure.DETAIL_LIMIT * 2), path)
    monkeypatch.setattr(sys, "argv", ["app.py", "--events", str(path)])
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    kinds = {t["type"] for t in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    assert kinds == {"bar"}
    at.date_input(key="start").set_value(date(2001, 1, 1)).run()
    at.date_input(key="end").set_value(date(2001, 3, 31)).run()
    kinds = {t.get("type", "scatter") for t in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]}
    assert "bar" not in kinds and "scatter" in kinds


def test_presentation_mode_steps_through_the_events_in_date_order(app):
    events = committed_events()
    app.toggle(key="presenting").set_value(True).run()
    assert not app.exception
    assert any(f"Slide 1 / {len(events) + 1}" in c.value for c in app.caption)
    ordered = events.sort_values(["date_start", "date_end", "event_id"])
    app.button(key="next").click().run()
    bodies = " ".join(h.proto.body for h in app.get("html"))
    assert ordered.iloc[0].title.replace("'", "&#x27;") in bodies or ordered.iloc[0].title in bodies
    assert "Slide 2 /" in " ".join(c.value for c in app.caption)
    app.button(key="previous").click().run()
    assert "Slide 1 /" in " ".join(c.value for c in app.caption)


def test_exports_are_prepared_and_offered_for_download(app):
    app.selectbox(key="export-format").set_value("csv").run()
    app.button(key="prepare-export").click().run()
    assert not app.exception
    assert app.session_state["prepared"][1] == "timeline.csv"
    assert app.session_state["prepared"][0].startswith(b"event_id,")
