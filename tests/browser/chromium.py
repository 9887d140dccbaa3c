"""Drive headless Debian Chromium through Selenium and chromedriver, with no network.

Used by the browser tests and by ``bench/map_scale``. Chromium starts with a fresh
``--user-data-dir``, a proxy that goes nowhere and a host resolver that resolves nothing,
and CDP's offline mode on top, so a page that tried to load anything from the network
would fail (and log an error). ``KG_CHROMIUM`` and ``KG_CHROMEDRIVER`` override the paths.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KG_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps",
         "--no-default-browser-check", "--metrics-recording-only", "--mute-audio",
         "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
         "--disable-backgrounding-occluded-windows",
         "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
         "--host-resolver-rules=MAP * ~NOTFOUND")
WIDTH, HEIGHT = 1400, 900
READY = "return !!(window.kgMap && window.kgMap.ready);"

__all__ = ["unavailable", "Chromium", "CHROMIUM", "CHROMEDRIVER", "FLAGS"]


def _executable(path: str) -> str | None:
    found = shutil.which(path)
    return found if found and os.access(found, os.X_OK) else None


def unavailable() -> str | None:
    """Why Chromium cannot be driven here, or None if it can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if _executable(p) is None]
    if missing:
        return (f"Chromium cannot be had: {' and '.join(missing)} not found (run "
                f"scripts/install-browser as root, or set KG_CHROMIUM / KG_CHROMEDRIVER)")
    return None


class Chromium:
    """One headless Chromium with its own profile; ``with Chromium() as browser: ...``."""

    def __init__(self, width: int = WIDTH, height: int = HEIGHT) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={self.profile}")
        options.add_argument(f"--window-size={width},{height}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        try:
            self.driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER),
                                           options=options)
        except Exception:
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        self.driver.set_window_size(width, height)
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    # ---- pages ----
    def open(self, page: Path, timeout: float = 60.0) -> float:
        """Load a map file and wait until it has been drawn; returns the page's ``readyAt``
        (milliseconds from navigation start until the network was drawn)."""
        self.logs()  # drop what earlier pages logged
        self.driver.get(Path(page).resolve().as_uri())
        self.wait(lambda: self.js(READY), timeout, f"the map {page} never became ready")
        return float(self.js("return window.kgMap.readyAt;"))

    def js(self, script: str, *args: object) -> object:
        return self.driver.execute_script(script, *args)

    def wait(self, condition: Callable[[], object], timeout: float = 10.0,
             message: str = "timed out") -> object:
        """Poll ``condition`` until it is truthy (an error after ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(message)
            time.sleep(0.05)

    # ---- logs ----
    def logs(self) -> dict[str, list[dict[str, object]]]:
        """The browser (console) and performance log entries since the last call."""
        return {kind: self.driver.get_log(kind) for kind in ("browser", "performance")}

    @staticmethod
    def errors(logs: dict[str, list[dict[str, object]]]) -> list[str]:
        """Console errors (and uncaught exceptions) in ``logs``."""
        return [str(e["message"]) for e in logs["browser"] if e.get("level") == "SEVERE"]

    @staticmethod
    def requests(logs: dict[str, list[dict[str, object]]]) -> list[str]:
        """URLs of the requests the page made (other than file: and data: URLs)."""
        import json

        urls = []
        for entry in logs["performance"]:
            message = json.loads(str(entry["message"]))["message"]
            if message.get("method") == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                if not url.startswith(("file:", "data:", "blob:", "about:")):
                    urls.append(url)
        return urls

    def screenshot(self, path: Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(path))
        return path
