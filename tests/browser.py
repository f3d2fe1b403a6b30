"""Headless Chromium for the page tests and the page benchmark, with the network off.

Debian's ``chromium`` and ``chromium-driver`` (``make browser`` installs
them) are driven with selenium. The browser gets no network: every host
name resolves to nothing and every connection goes to a closed proxy, so a
page that needed the network would show it.
"""
from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
OFFLINE = ["--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
           "--proxy-bypass-list=<-loopback>"]


def missing() -> str | None:
    """Why the browser cannot run here, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            return f"{path} is missing: run `make browser` (Debian packages chromium and chromium-driver)"
    return None


@contextmanager
def chromium(width: int = 1280, height: int = 800):
    """A headless Chromium driven by selenium, offline, in a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-extensions",
                 f"--user-data-dir={profile}", f"--window-size={width},{height}", *OFFLINE]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_draw(driver, timeout: float = 20.0) -> float:
    """Wait until the page's network has drawn once; return the time of that draw (ms from navigation)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return window.kgPage && window.kgPage.firstDraw !== null"))
    return driver.execute_script("return window.kgPage.firstDraw")
