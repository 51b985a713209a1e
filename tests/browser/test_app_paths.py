"""In a real browser, on a copy of the bundled data: a filter, the URL round trip, an edit that
survives a reload, and an upload whose events appear."""
import re
import shutil
from urllib.parse import quote

import pytest

from timeline import store

from .conftest import ROOT, start_app, wait_until_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def copy_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    for name in ("events.csv", "events.extracted.csv", "mentions.csv"):
        shutil.copy(ROOT / "data" / name, folder / name)
    shutil.copytree(ROOT / "data" / "sources", folder / "sources")
    process, url = start_app("--events", str(folder / "events.csv"))
    yield url, folder
    process.terminate()
    process.wait(timeout=10)


def shown_count(page) -> str:
    return page.get_by_text(re.compile(r"^\d+ of \d+ events shown$")).inner_text()


def test_search_filter_narrows_the_view(page, copy_app):
    url, folder = copy_app
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot")
    total = len(store.load_events(folder / "events.csv"))
    assert shown_count(page).startswith(f"{total} of {total}")
    box = page.get_by_label("Search titles and passages")
    box.fill("Brégançon")
    box.press("Enter")
    page.wait_for_function("() => document.body.innerText.includes('1 of ')", timeout=30000)
    assert "search=Br" in page.url


def test_a_link_reproduces_the_view(page, copy_app):
    url, folder = copy_app
    event = store.load_events(folder / "events.csv").iloc[0]
    page.goto(f"{url}/?search={quote('Moscou')}&event={event.event_id}")
    page.wait_for_selector("blockquote.passage", timeout=60000)
    page.wait_for_function("() => [...document.querySelectorAll('input')].some(i => i.value === 'Moscou')", timeout=30000)
    assert page.get_by_label("Search titles and passages").input_value() == "Moscou"
    assert event.title.split()[0] in page.locator("h3").first.inner_text()


def test_an_edit_survives_a_reload(page, copy_app):
    url, folder = copy_app
    event = store.load_events(folder / "events.csv").iloc[1]
    page.goto(f"{url}/?event={event.event_id}")
    page.wait_for_selector("blockquote.passage", timeout=60000)
    wait_until_idle(page)
    page.get_by_text("Correct this event").click()
    title = page.get_by_label("Title", exact=True)
    title.fill("Title corrected in the browser")
    wait_until_idle(page)
    page.get_by_role("button", name="Save").click()
    page.wait_for_function("() => document.body.innerText.includes('Saved: title')", timeout=30000)
    page.reload()
    page.wait_for_selector("blockquote.passage", timeout=60000)
    assert "Title corrected in the browser" in page.locator("h3").first.inner_text()
    assert store.load_events(folder / "events.csv").set_index("event_id").loc[event.event_id, "title"] == \
        "Title corrected in the browser"


def test_an_uploaded_document_adds_its_events(page, copy_app, tmp_path):
    url, folder = copy_app
    document = tmp_path / "2020-02-03 sommet à Tripoli.txt"
    document.write_text("Le ministre Jean-Yves Le Drian s'est rendu à Tripoli le 2 février 2020 pour "
                        "rencontrer les autorités libyennes et parler du cessez-le-feu.", encoding="utf-8")
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot")
    page.locator("input[type=file]").set_input_files(str(document))
    page.get_by_role("button", name="Add and extract").click()
    page.wait_for_function("() => document.body.innerText.includes('Added 1 document')", timeout=60000)
    assert (folder / "sources" / document.name).exists()
    events = store.load_events(folder / "events.csv")
    assert (events["sources"] == document.name).any()
    assert "Tripoli" in set(events["location"])


def test_selecting_a_row_of_the_events_table_opens_its_sources(page, copy_app):
    url, folder = copy_app
    events = store.load_events(folder / "events.csv").sort_values(["date_start", "date_end", "event_id"])
    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(url)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=60000)
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    row_height = 35  # Streamlit's default; the header takes the first row
    page.mouse.click(box["x"] + 15, box["y"] + row_height * 3.5)  # the selection cell of the third event
    page.wait_for_selector("blockquote.passage", timeout=30000)
    assert page.locator("h3").first.inner_text() == events.iloc[2].title
