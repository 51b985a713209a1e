"""Slides for briefings."""
from pathlib import Path

from timeline import presentation, store

ROOT = Path(__file__).resolve().parent.parent


def test_a_title_slide_then_one_slide_per_event_in_date_order():
    events = store.load_events(ROOT / "data" / "events.csv")
    mentions = store.load_mentions(ROOT / "data" / "mentions.csv")
    deck = presentation.slides(events, mentions, "Briefing")
    assert deck[0].event_id is None and deck[0].heading == "Briefing"
    assert [s.event_id for s in deck[1:]] == list(events.sort_values(["date_start", "date_end", "event_id"])["event_id"])
    merged = next(s for s in deck if s.date == "August 2019")
    assert len(merged.quotes) == presentation.QUOTES_PER_SLIDE
    assert all(date_text in text for text, _, date_text in merged.quotes)
    undated = next(s for s in deck if s.date.startswith("undated"))
    assert undated.date == "undated, after 20 June 2017"
