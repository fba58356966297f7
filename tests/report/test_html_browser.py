"""The HTML report in a real headless Chromium: highlights at the right text, working filters.

Skips when Chromium, ChromeDriver or selenium is missing (CI installs the Debian
packages chromium and chromium-driver). A screenshot is saved to
build/screenshots/html-report.png.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.report.html_format import render_html
from factcheck.report.located import locate

from .synthetic import ZH_MARKS, ZH_TEXT, Mark, build

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs chromium and chromedriver (Debian packages)"
)

TEXT = ZH_TEXT + "\n這個政府喪心病狂，簡直是一場災難。\n"
MARKS = [
    *ZH_MARKS,
    Mark("喪心病狂", nth=1, confidence=0.9),
    Mark("政府喪心病狂", rule="rhetoric.name_calling", device="name_calling", confidence=0.5),
    Mark("1.8兆美元", kind="claim", rule="claim.supported", device=None, level="info", confidence=0.95),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,900")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser, tmp_path: Path):  # type: ignore[no-untyped-def]
    report = build(TEXT, MARKS)
    path = tmp_path / "report.html"
    path.write_text(render_html([(report, TEXT, locate([report]))]), encoding="utf-8")
    browser.get(path.as_uri())
    return browser


_PIECES = """
const id = arguments[0];
const els = Array.from(document.querySelectorAll('.hl')).filter(e => e.dataset.f.split(' ').includes(id));
return els.map(e => [e.textContent, e.className]);
"""


def _data(driver) -> list[dict]:  # type: ignore[no-untyped-def]
    return json.loads(driver.execute_script("return document.getElementById('findings-data').textContent"))


def _lit(driver, fid: str) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
    pieces = driver.execute_script(_PIECES, fid)
    return "".join(t for t, _ in pieces), all("off" not in c for _, c in pieces)


def test_every_finding_is_highlighted_at_its_text(page) -> None:  # type: ignore[no-untyped-def]
    data = _data(page)
    assert len(data) == len(MARKS)
    for f in data:
        text, lit = _lit(page, f["id"])
        assert text == f["text"] == TEXT[f["start"] : f["end"]] and lit, f
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.find_element("css selector", '.hl[data-f~="' + data[1]["id"] + '"]').click()
    page.save_screenshot(str(SHOTS / "html-report.png"))


def test_click_shows_the_details(page) -> None:  # type: ignore[no-untyped-def]
    claim = next(f for f in _data(page) if f["rule"] == "claim.contradicted")
    page.find_element("css selector", f'.hl[data-f~="{claim["id"]}"]').click()
    detail = page.find_element("id", "detail").text
    for expected in (
        "contradicted",
        "claim.contradicted",
        "0.90",
        "37.6 trillion USD",
        "US Treasury, Debt to the Penny",
    ):
        assert expected in detail
    link = page.find_element("css selector", "#detail a")
    assert link.get_attribute("href") == "https://fiscaldata.treasury.gov/"


def test_filters_by_kind_and_confidence(page) -> None:  # type: ignore[no-untyped-def]
    data = _data(page)
    page.find_element("css selector", '#kind-filters input[data-kind="rhetoric"]').click()
    for f in data:
        assert _lit(page, f["id"])[1] == (f["kind"] != "rhetoric"), f
    assert page.find_element("id", "shown-count").text == str(sum(f["kind"] != "rhetoric" for f in data))
    page.find_element("css selector", '#kind-filters input[data-kind="rhetoric"]').click()
    page.execute_script(
        "const s = document.getElementById('min-conf'); s.value = '0.85';s.dispatchEvent(new Event('input'));"
    )
    for f in data:
        assert _lit(page, f["id"])[1] == (f["confidence"] >= 0.85), f
    assert page.find_element("id", "min-conf-value").text == "0.85"
