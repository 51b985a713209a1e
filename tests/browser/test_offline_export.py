"""The exported HTML in a real browser with no network: click an event, read its passage; and a
page exported from documents that carry script runs none of it."""
import pytest

from timeline import cli, pipeline, store

from .conftest import ROOT
from .test_click_to_source import MARKER_OF

pytestmark = pytest.mark.browser


def open_offline(page, path):
    requests = []

    def refuse(route):
        requests.append(route.request.url)
        route.abort()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else refuse(route))
    page.goto(path.as_uri())
    page.wait_for_selector(".plotly-graph-div .scatterlayer .points path", timeout=30000)
    return requests


def test_the_offline_page_shows_passages_without_network(page, tmp_path):
    out = tmp_path / "timeline.html"
    assert cli.main(["export", "--format", "html", "-o", str(out)]) == 0
    events = store.load_events(ROOT / "data" / "events.csv")
    mentions = store.load_mentions(ROOT / "data" / "mentions.csv")
    event = events[(events["precision"] == "day") & (events["n_sources"] > 1)].iloc[0]
    passage = mentions[mentions["event_id"] == event.event_id].iloc[0]
    requests = open_offline(page, out)
    point = page.evaluate(MARKER_OF.replace(".js-plotly-plot", ".plotly-graph-div"), event.event_id)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#panel blockquote.passage", timeout=10000)
    shown = " ".join(page.locator("#panel blockquote.passage").all_inner_texts())
    assert " ".join(passage.passage.split()) in " ".join(shown.split())
    assert page.locator("#panel mark").first.inner_text() == passage.date_text
    assert requests == []


def test_an_exported_hostile_corpus_runs_no_script(page, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    payload = "<img src=x onerror=\"window.__pwned=1\"></script><script>window.__pwned=1</script>"
    (sources / "1999-03-04 <img src=x onerror=window.__pwned=1>.txt").write_text(
        f"{payload} Le ministre a signé l'accord à Paris le 3 mars 1999 devant la presse. {payload}", encoding="utf-8")
    pipeline.extract_to([sources], tmp_path / "events.csv")
    out = tmp_path / "hostile.html"
    assert cli.main(["export", "--format", "html", "--events", str(tmp_path / "events.csv"), "-o", str(out)]) == 0
    open_offline(page, out)
    page.locator("ol button").first.click()
    page.wait_for_selector("#panel blockquote.passage", timeout=10000)
    for marker in page.locator(".plotly-graph-div .scatterlayer .points path").all():
        marker.hover(force=True)
    assert page.evaluate("() => window.__pwned") is None
    assert "__pwned" in page.locator("#panel blockquote.passage").first.inner_text()
