"""The release site: built from a release folder alone, byte-identical for the same release, and
browsed in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium;
nothing downloaded): pages load without console errors, links and downloads resolve, search
finds a row, a highlighted evidence sentence shows its row. Screenshots go to test-artifacts/.

Without a browser these tests are skipped, saying why; under CI (CI is set) they fail instead."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from seedtables.site import build
from tests.conftest import ROOT

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "test-artifacts"
COMMITTED = ROOT / "datasets"


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_site_is_built_from_the_release_alone_and_byte_identical(tmp_path):
    first = build(COMMITTED, tmp_path / "a")
    second = build(COMMITTED, tmp_path / "b")
    assert tree(first) == tree(second)
    latest = (COMMITTED / "latest").read_text().strip()
    pages = tree(first)
    assert "index.html" in pages and f"{latest}/tables/casualties.html" in pages
    assert f"{latest}/seeds/000_a2b66a124bb8fab2.html" in pages and f"{latest}/estimates.html" in pages
    # no file of the site is fetched from the network: every script and style is a local file
    for page in first.rglob("*.html"):
        assert not re.search(r"""(?:src|href)="(?:https?:)?//""", page.read_text()), page


def _browser():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        reason = "no Debian chromium and chromium-driver (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must run the browser tests")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not look for a driver on the network
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,900", f"--user-data-dir={tempfile.mkdtemp(prefix='seedtables-chromium-')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))


@pytest.fixture(scope="module")
def browser():
    driver = _browser()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def committed_site(tmp_path_factory):
    return build(COMMITTED, tmp_path_factory.mktemp("site") / "site")


def visit(driver, page: Path) -> list[str]:
    """Load a page; the console's errors, if any."""
    driver.get_log("browser")  # what earlier pages logged
    driver.get(page.as_uri())
    time.sleep(0.2)
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def links(driver) -> list[str]:
    found = [e.get_attribute("href") for e in driver.find_elements("css selector", "a[href]")]
    found += [e.get_attribute("src") for e in driver.find_elements("css selector", "script[src]")]
    found += [e.get_attribute("href") for e in driver.find_elements("css selector", "link[href]")]
    return [u for u in found if u]


def test_every_page_loads_without_errors_and_every_link_resolves(browser, committed_site):
    latest = (COMMITTED / "latest").read_text().strip()
    pages = [committed_site / "index.html", *sorted((committed_site / latest).rglob("*.html"))]
    pages += sorted(p for p in committed_site.glob("v*/changes.html"))
    checked = set()
    for page in dict.fromkeys(pages):
        assert visit(browser, page) == [], page
        for url in links(browser):
            parsed = urlparse(url)
            assert parsed.scheme == "file", (page, url)  # nothing leaves the machine
            target = Path(unquote(parsed.path))
            if target not in checked:
                assert target.is_file(), (page, url)
                checked.add(target)
    downloads = {p.name for p in checked if p.suffix in (".parquet", ".csv", ".json") and "datasets" in p.parts}
    assert {"casualties.parquet", "casualties.csv", "datapackage.json"} <= downloads


def test_search_in_a_table_finds_a_known_row(browser, committed_site):
    from selenium.webdriver.common.by import By

    latest = (COMMITTED / "latest").read_text().strip()
    assert visit(browser, committed_site / latest / "tables" / "casualties.html") == []
    box = browser.find_element(By.ID, "search")
    box.send_keys("intelligence sudcoreana")
    time.sleep(0.5)
    shown = browser.find_element(By.ID, "shown").text
    assert re.match(r"[1-9]\d* of \d+ rows", shown), shown
    cells = [c.text for c in browser.find_elements(By.CSS_SELECTOR, ".tabulator-row .tabulator-cell")]
    assert any("intelligence sudcoreana" in c for c in cells)
    box.clear()
    box.send_keys("no row says this")
    time.sleep(0.5)
    assert browser.find_element(By.ID, "shown").text.startswith("0 of ")


def test_selecting_a_highlighted_sentence_shows_its_rows(browser, committed_site):
    from selenium.webdriver.common.by import By

    latest = (COMMITTED / "latest").read_text().strip()
    page = committed_site / latest / "seeds" / "000_a2b66a124bb8fab2.html"
    assert visit(browser, page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    marks = browser.find_elements(By.CSS_SELECTOR, "mark[data-rows]")
    assert marks
    target = next(m for m in marks if "300" in m.text)
    target.click()
    details = browser.find_element(By.ID, "details").text
    assert "casualties" in details and "count_best" in details and "300" in details
    ids = target.get_attribute("data-rows").split()
    assert all(i in details for i in ids)
    browser.save_screenshot(str(ARTIFACTS / "site-seed.png"))
    assert visit(browser, committed_site / "index.html") == []
    browser.save_screenshot(str(ARTIFACTS / "site-home.png"))
    assert (ARTIFACTS / "site-home.png").stat().st_size > 10_000


def test_a_thousand_seed_release_builds_in_seconds_and_stays_responsive(browser, tmp_path):
    from selenium.webdriver.common.by import By

    from benchmarks.synth import synthesize
    from seedtables.publish import publish
    from seedtables.steps import assemble, extract_batch
    from validation.validate import validate_withholding

    paths = synthesize(1000, tmp_path / "seeds", ROOT.parent / "shared" / "corpus" / "dev", 0)
    frames, rejects = assemble([extract_batch([str(p) for p in paths])])
    frames, report, _ = validate_withholding(frames)
    assert report.ok
    datasets = tmp_path / "datasets"
    publish(frames, datasets)
    started = time.perf_counter()
    site = build(datasets)
    assert time.perf_counter() - started < 60
    seeds = list((site / "v1.0.0" / "seeds").glob("*.html"))
    assert len(seeds) == 1001  # every seed and the list
    assert visit(browser, site / "v1.0.0" / "tables" / "numbers.html") == []
    started = time.perf_counter()
    box = browser.find_element(By.ID, "search")
    box.send_keys(paths[500].stem)
    time.sleep(0.5)
    shown = browser.find_element(By.ID, "shown").text
    assert re.match(r"[1-9][\d,]* of [\d,]+ rows", shown), shown
    assert len(browser.find_elements(By.CSS_SELECTOR, ".tabulator-row")) <= 50  # paged, not one huge table
    assert visit(browser, site / "v1.0.0" / "estimates.html") == []
    shutil.rmtree(site)
