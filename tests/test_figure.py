"""The timeline figure: markers, spans, lanes, and the density view for large tables."""
from datetime import date, timedelta

import pandas as pd
import pytest

from timeline import figure, store


def synthetic(n: int, start=date(2000, 1, 1)) -> pd.DataFrame:
    rows = []
    for i in range(n):
        day = start + timedelta(days=i % 3650)
        precision = "day" if i % 3 else "month"
        end = day if precision == "day" else (day.replace(day=28))
        first = day if precision == "day" else day.replace(day=1)
        rows.append({"event_id": f"ev-{i}", "date_start": first.isoformat(), "date_end": end.isoformat(),
                     "precision": precision, "status": "planned" if i % 7 == 0 else "occurred",
                     "title": f"event <b>{i}</b>", "actors": f"actor {i % 5}", "location": "",
                     "sources": f"doc{i % 11}.txt", "quote": "q", "date_text": "d", "languages": "en", "n_sources": 1})
    return store.validate_events(pd.DataFrame(rows))


def marker_traces(fig):
    return [t for t in fig.data if t.mode == "markers" and t.customdata is not None and len(t.customdata[0]) > 2]


def test_every_event_is_a_marker_carrying_its_id():
    events = synthetic(50)
    fig = figure.build(events)
    ids = [c[0] for t in marker_traces(fig) for c in t.customdata]
    assert sorted(ids) == sorted(events["event_id"])


def test_planned_events_are_hollow_and_spans_are_diamonds():
    fig = figure.build(synthetic(30))
    symbols = [s for t in marker_traces(fig) for s in t.marker.symbol]
    statuses = [c[5] for t in marker_traces(fig) for c in t.customdata]
    assert all(s.endswith("-open") == (st == "planned") for s, st in zip(symbols, statuses))
    assert any(s.startswith("diamond") for s in symbols) and any(s.startswith("circle") for s in symbols)


def test_titles_from_documents_are_escaped_in_hover_labels():
    fig = figure.build(synthetic(3))
    titles = [c[1] for t in marker_traces(fig) for c in t.customdata]
    assert all("<b>" not in t and "&lt;b&gt;" in t for t in titles)


def test_lanes_by_facet():
    fig = figure.build(synthetic(40), facet="actor")
    assert {t.name for t in marker_traces(fig)} == {f"actor {k}" for k in range(5)}


def test_markers_of_nearby_events_do_not_overlap():
    fig = figure.build(synthetic(20))
    points = [(x, y) for t in marker_traces(fig) for x, y in zip(t.x, t.y)]
    assert len(points) == len(set(points))


def test_large_tables_are_drawn_as_a_density_whose_bars_give_their_dates():
    events = synthetic(figure.DETAIL_LIMIT + 1)
    fig = figure.build(events)
    assert [t.type for t in fig.data] == ["bar"]
    assert sum(fig.data[0].y) == len(events)
    first = figure.range_of(fig.data[0].customdata[0])
    assert first[0] <= date(2000, 1, 1) <= first[1]
    assert figure.range_of(["ev-1", "title"]) is None


@pytest.mark.parametrize("precision,start,end,expected", [
    ("day", "2019-09-09", "2019-09-09", "9 September 2019"),
    ("month", "2019-08-01", "2019-08-31", "August 2019"),
    ("undated", "2017-06-20", "", "undated, after 20 June 2017"),
    # a range says both ends, in the words of its precision
    ("day", "2019-08-24", "2019-08-26", "24 August 2019 – 26 August 2019"),
    ("year", "2014-01-01", "2016-12-31", "2014 – 2016"),
    ("week", "2019-09-09", "2019-09-15", "9 September 2019 – 15 September 2019"),
])
def test_date_labels_read_as_written(precision, start, end, expected):
    row = pd.Series({"precision": precision, "date_start": start, "date_end": end})
    assert figure.date_label(row) == expected


def test_a_range_of_days_is_drawn_as_a_span():
    events = synthetic(3).iloc[[1, 2]].copy()  # two events of one day
    events.loc[events.index[0], ["date_start", "date_end"]] = ["2019-08-24", "2019-08-26"]
    fig = figure.build(events)
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == 1 and list(lines[0].x) == ["2019-08-24", "2019-08-27", None]
    symbols = {c[0]: s for t in marker_traces(fig) for c, s in zip(t.customdata, t.marker.symbol)}
    assert symbols["ev-1"].startswith("diamond") and symbols["ev-2"].startswith("circle")
