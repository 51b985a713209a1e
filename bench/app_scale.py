"""How the app keeps up with 100,000 events, next to the bundled seed table.

    .venv/bin/python bench/app_scale.py [--events 100000]

Generates a synthetic events table, starts the app on it and on the seed table, and drives
each in headless Chromium (Debian's chromium) on a warm server: time until the chart is on
screen, for a pan to redraw it, and for a filter change to redraw it. Prints the figures side by side.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM_ARGS, start_app  # noqa: E402
from timeline import store  # noqa: E402

ACTORS = ["Vladimir Putin", "Emmanuel Macron", "Angela Merkel", "Sergei Lavrov", "Jean-Yves Le Drian", "NATO"]


def synthetic_table(n: int, path: Path) -> None:
    random.seed(1)
    rows = []
    for i in range(n):
        day = date(2000, 1, 1) + timedelta(days=random.randrange(8000))
        precision = random.choice(["day", "day", "day", "month", "year", "undated"])
        start, end = {
            "day": (day, day),
            "month": (day.replace(day=1), day.replace(day=28)),
            "year": (day.replace(month=1, day=1), day.replace(month=12, day=31)),
            "undated": (day, None),
        }[precision]
        rows.append({"event_id": f"ev-{i:07d}", "date_start": start.isoformat(),
                     "date_end": end.isoformat() if end else "", "precision": precision,
                     "status": random.choice(["occurred", "occurred", "planned"]),
                     "title": f"Event {i} between {random.choice(ACTORS)} and {random.choice(ACTORS)}",
                     "actors": ";".join(random.sample(ACTORS, 2)), "location": "", "sources": f"doc{i % 997}.txt",
                     "quote": f"Passage {i}.", "date_text": start.isoformat(), "languages": "en", "n_sources": 1})
    store.write_csv_atomic(store.validate_events(pd.DataFrame(rows)), path)


def chart_time(page, url: str) -> float:
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120000)
    page.wait_for_function("() => document.body.innerText.includes('events shown')", timeout=120000)
    return time.perf_counter() - start


def filter_time(page, text: str) -> float:
    before = page.get_by_text(re.compile(r"^\d+ of \d+ events shown$")).inner_text()
    box = page.get_by_label("Search titles and passages")
    start = time.perf_counter()
    box.fill(text)
    box.press("Enter")
    page.wait_for_function("(before) => { const e = [...document.querySelectorAll('p')].find(p => p.innerText.includes('events shown'));"
                           " return e && e.innerText !== before; }", arg=before, timeout=120000)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120000)
    return time.perf_counter() - start


def pan_time(page) -> float:
    """A drag across the plot, timed until Plotly has redrawn the new range."""
    page.evaluate("""() => { const plot = document.querySelector('.js-plotly-plot');
        window.__panned = new Promise(r => plot.on('plotly_relayout', () => r(performance.now()))); }""")
    box = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    y = box["y"] + box["height"] / 2
    start = page.evaluate("() => performance.now()")
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=5)
    page.mouse.up()
    end = page.evaluate("() => window.__panned")
    return (end - start) / 1000


def measure(label: str, events_path: Path, browser) -> tuple[str, float, float]:
    process, url = start_app("--events", str(events_path), timeout=120)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        chart_time(page, url)  # warm the server: the table is read and cached once
        page.close()
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        first = min(chart_time(page, url) for _ in range(2))
        pan = pan_time(page)
        redraw = filter_time(page, "Macron")
        page.close()
        return label, first, redraw, pan
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as p:
        big = Path(scratch) / "big_events.csv"
        synthetic_table(args.events, big)
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        results = [measure("seed table", ROOT / "data" / "events.csv", browser),
                   measure(f"{args.events:,} events", big, browser)]
        browser.close()
    print(f"{'table':>16s} {'chart on screen':>16s} {'filter redraw':>14s} {'pan':>8s}")
    for label, first, redraw, pan in results:
        print(f"{label:>16s} {first:15.2f}s {redraw:13.2f}s {pan:7.2f}s")
    print(f"chart on screen: +{results[1][1] - results[0][1]:.2f} s for the large table")


if __name__ == "__main__":
    main()
