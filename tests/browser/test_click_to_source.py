"""In a real browser: click an event on the chart, read its source passage in the panel."""
from pathlib import Path

import pytest

from timeline import store

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]

# The SVG marker of the point whose customdata[0] is the given event id.
MARKER_OF = """(eventId) => {
  const plot = document.querySelector('.js-plotly-plot');
  const traces = plot.querySelectorAll('.scatterlayer .trace');
  for (let t = 0; t < plot.data.length; t++) {
    const data = plot.data[t].customdata || [];
    for (let p = 0; p < data.length; p++) {
      if (data[p] && data[p][0] === eventId) {
        const marker = traces[t].querySelectorAll('.points path')[p];
        if (marker) { const box = marker.getBoundingClientRect();
                      return {x: box.x + box.width / 2, y: box.y + box.height / 2}; }
      }
    }
  }
  return null;
}"""


def test_clicking_an_event_opens_its_source_passages(page, app_url):
    events = store.load_events(ROOT / "data" / "events.csv")
    mentions = store.load_mentions(ROOT / "data" / "mentions.csv")
    event = events[(events["precision"] == "day") & (events["n_sources"] > 1)].iloc[0]
    passage = mentions[mentions["event_id"] == event.event_id].iloc[0]

    page.goto(app_url)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .points path", timeout=60000)
    point = page.evaluate(MARKER_OF, event.event_id)
    assert point, "no marker carries the event id"
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("blockquote.passage", timeout=30000)
    panel = " ".join(page.locator("blockquote.passage").all_inner_texts())
    assert " ".join(passage.passage.split()) in " ".join(panel.split())
    marked = page.locator("blockquote.passage mark").first.inner_text()
    assert marked == passage.date_text
    for doc in event.sources.split(";"):
        assert page.locator(f"blockquote.passage[data-doc='{doc}']").count() >= 1
