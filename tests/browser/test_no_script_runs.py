"""Documents that try to run script, in a real browser: nothing they carry ever runs."""
import pytest

from timeline import pipeline, store

from .conftest import start_app

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<img src=x onerror=\"window.__pwned=1\">",
    "<script>window.__pwned=1</script>",
    "[cliquez](javascript:window.__pwned=1)",
    "<svg onload=window.__pwned=1>",
    "\u202e<b onmouseover=window.__pwned=1>gras</b>",
]


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    sources = folder / "sources"
    sources.mkdir()
    for k, payload in enumerate(PAYLOADS):
        name = f"1999-03-0{k + 1} piège {k}.txt"
        (sources / name).write_text(f"{payload} Le ministre a signé l'accord à Paris le 3 mars 1999 {payload} devant la presse.",
                                    encoding="utf-8")
    (sources / "1999-03-09 page.html").write_text(
        "<html><body><article><p>Le ministre a signé l'accord à Paris le 3 mars 1999 devant la presse réunie.</p>"
        "<script>window.__pwned=1</script><img src=x onerror='window.__pwned=1'></article></body></html>",
        encoding="utf-8")
    pipeline.extract_to([sources], folder / "events.csv")
    process, url = start_app("--events", str(folder / "events.csv"))
    yield url, folder
    process.terminate()
    process.wait(timeout=10)


def test_passages_titles_and_documents_are_shown_as_text(page, hostile_app):
    url, folder = hostile_app
    events = store.load_events(folder / "events.csv")
    assert len(events)
    for event in events.itertuples():
        page.goto(f"{url}/?event={event.event_id}")
        page.wait_for_selector("blockquote.passage", timeout=60000)
        for expander in page.get_by_text("Read ").all():
            expander.click()
        page.mouse.move(10, 10)
        for marker in page.locator(".js-plotly-plot .scatterlayer .points path").all():
            marker.hover(force=True)
        page.wait_for_timeout(500)
        assert page.evaluate("() => window.__pwned") is None
        if event.sources.endswith(".txt"):  # the markup a text document carries is shown as text
            shown = " ".join(page.locator("blockquote.passage").all_inner_texts())
            assert "__pwned" in shown
