"""The events table schema, atomic writes, and curation that survives re-extraction."""
import os
import shutil
import stat
from pathlib import Path

import pandas as pd
import pytest

from timeline import cli, curation, store

ROOT = Path(__file__).resolve().parent.parent


def events_table(**overrides):
    row = {"event_id": "ev-1", "date_start": "2019-09-09", "date_end": "2019-09-09", "precision": "day",
           "status": "occurred", "title": "t", "actors": "", "location": "", "sources": "a.txt", "quote": "q"}
    row.update(overrides)
    return pd.DataFrame([row])


@pytest.mark.parametrize("overrides,message", [
    ({"date_start": "9/9/2019"}, "line 2, column date_start"),
    ({"precision": "minute"}, "line 2, column precision"),
    ({"status": "maybe"}, "line 2, column status"),
    ({"date_end": "2019-01-01"}, "line 2, column date_end: before date_start"),
    ({"precision": "day", "date_start": "", "date_end": ""}, "column date_start: empty for a dated event"),
])
def test_invalid_rows_are_reported_with_line_and_column(overrides, message):
    with pytest.raises(store.SchemaError, match=message):
        store.validate_events(events_table(**overrides), "t.csv")


def test_missing_columns_and_duplicate_ids(tmp_path):
    with pytest.raises(store.SchemaError, match="missing column"):
        store.validate_events(events_table().drop(columns=["quote"]))
    twice = pd.concat([events_table(), events_table()], ignore_index=True)
    with pytest.raises(store.SchemaError, match="line 3, column event_id: duplicate"):
        store.validate_events(twice)


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "events.csv"
    store.write_csv_atomic(events_table(), path)
    before = path.read_bytes()

    class Boom:
        def to_csv(self, *a, **k):
            raise RuntimeError("disk full")
    with pytest.raises(RuntimeError):
        store.write_csv_atomic(Boom(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_atomic_write_leaves_a_target_that_is_no_regular_file_alone(tmp_path):
    pipe = tmp_path / "events.csv"
    os.mkfifo(pipe)
    with pytest.raises(ValueError, match="not a regular file"):
        store.write_csv_atomic(events_table(), pipe)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_round_trip(tmp_path):
    path = tmp_path / "events.csv"
    store.write_csv_atomic(store.validate_events(events_table()), path)
    loaded = store.load_events(path)
    assert loaded.iloc[0].event_id == "ev-1" and loaded.iloc[0].hidden is False or loaded.iloc[0].hidden == False


def test_curated_edits_survive_re_extraction(tmp_path):
    shutil.copytree(ROOT / "data" / "sources", tmp_path / "sources")
    out = tmp_path / "events.csv"
    assert cli.main(["extract", str(tmp_path / "sources"), "-o", str(out), "--quiet"]) == 0
    events = store.load_events(out)
    target = events.iloc[0].event_id
    hide = events.iloc[1].event_id
    changes = curation.path_for(out)
    curation.record(changes, target, "title", "Corrected title")
    curation.record(changes, target, "date_start", "2014-03-01")
    curation.record(changes, hide, "hidden", True)
    assert cli.main(["extract", str(tmp_path / "sources"), "-o", str(out), "--quiet"]) == 0
    again = store.load_events(out).set_index("event_id")
    assert again.loc[target, "title"] == "Corrected title"
    assert again.loc[target, "date_start"] == "2014-03-01"
    assert "title" in again.loc[target, "curated"] and again.loc[hide, "hidden"]
    curation.undo_last(changes)
    assert cli.main(["extract", str(tmp_path / "sources"), "-o", str(out), "--quiet"]) == 0
    assert not store.load_events(out).set_index("event_id").loc[hide, "hidden"]


def test_merge_curation_folds_one_event_into_another():
    events = pd.concat([events_table(), events_table(event_id="ev-2", sources="b.txt")], ignore_index=True)
    changes = pd.DataFrame([{"event_id": "ev-2", "field": "merge_into", "value": "ev-1", "saved_at": ""}])
    merged = curation.apply(store.validate_events(events), None, changes)
    assert list(merged["event_id"]) == ["ev-1"] and merged.iloc[0].sources == "a.txt;b.txt"


def test_cli_exits_non_zero_only_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert cli.main(["extract", str(tmp_path), "-o", str(tmp_path / "e.csv"), "--quiet"]) == 1
    assert "bad.txt: binary content" in capsys.readouterr().err


def test_cli_extract_writes_nothing_when_the_output_is_no_regular_file(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2019-09-09_a.txt").write_text("Le sommet a eu lieu le 3 mars 2019 à Paris.", encoding="utf-8")
    os.mkfifo(tmp_path / "events.csv")
    assert cli.main(["extract", str(tmp_path / "docs"), "-o", str(tmp_path / "events.csv"), "--quiet"]) == 1
    assert "events.csv: not a regular file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "events.csv"]


def test_cli_tag_prints_json_lines(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text("Le sommet a eu lieu hier à Paris, a indiqué le ministre devant la presse.", encoding="utf-8")
    assert cli.main(["tag", str(doc), "--dct", "2019-09-09"]) == 0
    assert '"value": "2019-09-08"' in capsys.readouterr().out


def test_committed_events_table_is_valid_and_matches_its_mentions():
    events = store.load_events(ROOT / "data" / "events.csv")
    mentions = store.load_mentions(ROOT / "data" / "mentions.csv")
    assert set(mentions["event_id"]) == set(events["event_id"])
    for row in mentions.itertuples():
        if row.timex_start >= 0:
            local = row.passage[row.timex_start - row.passage_start:row.timex_end - row.passage_start]
            assert local == row.date_text


def test_split_curation_moves_a_passage_into_its_own_event(tmp_path):
    shutil.copytree(ROOT / "data" / "sources", tmp_path / "sources")
    out = tmp_path / "events.csv"
    assert cli.main(["extract", str(tmp_path / "sources"), "-o", str(out), "--quiet"]) == 0
    events, mentions = store.load_events(out), store.load_mentions(store.mentions_path(out))
    merged = events[events["n_sources"] == 3].iloc[0]
    passage = mentions[(mentions["event_id"] == merged.event_id) & (mentions["lang"] == "en")].iloc[0]
    where = f"{passage.doc}@{passage.passage_start}"
    curation.record(curation.path_for(out), merged.event_id, "split", where)
    assert cli.main(["extract", str(tmp_path / "sources"), "-o", str(out), "--quiet"]) == 0
    after = store.load_events(out).set_index("event_id")
    new = after.loc[curation.split_id(merged.event_id, where)]
    assert new.sources == passage.doc and new.date_text == passage.date_text and new.curated == "split"
    assert passage.doc not in after.loc[merged.event_id, "sources"]
    assert after.loc[merged.event_id, "n_sources"] == 2
