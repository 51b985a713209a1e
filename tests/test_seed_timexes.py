"""Every date expression of the hand-made seed gold is found with its value, given the
documents' true dates where they are known (tests/data/seed_timexes.csv)."""
import csv
from pathlib import Path

import pytest

from timeline.temporal import tag

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
# The documents' true dates: two are known from their publication, two are not known at all;
# 004's year comes only from the event it shares with 000, so it is given here.
DOCUMENT_DATES = {"000": "2019-09-09", "001": "2021-11-12", "002": None, "003": None, "004": "2019-09-09"}


def gold_rows():
    with (ROOT / "tests" / "data" / "seed_timexes.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", gold_rows(), ids=lambda r: f"{r['doc'][:3]}:{r['text']}")
def test_seed_timex_found_with_its_value(row):
    text = (SOURCES / row["doc"]).read_text(encoding="utf-8")
    lang = "en" if row["doc"].startswith("004") else "fr"
    found = tag(text, lang=lang, dct=DOCUMENT_DATES[row["doc"][:3]])
    start, end = int(row["start"]), int(row["end"])
    overlapping = [t for t in found if t.start < end and start < t.end]
    assert overlapping, f"{row['text']!r} not found"
    assert overlapping[0].value == row["value"]
