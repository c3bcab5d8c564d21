"""Playwright for Python driving Debian's Chromium against pytest-django's live server.

Playwright's own browser downloads are not reachable here, so the tests use /usr/bin/chromium
(installed by .ci/run) and skip with a clear reason when it is missing.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test
# itself (setting up data, checking results) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, single-threaded on SQLite.

    With SQLite's in-memory test database every request thread shares one connection, so two
    requests at once fail with "database table is locked". On SQLite the server handles one
    request at a time (the browser still sends them at once); on PostgreSQL it stays threaded,
    so the "take next" race in these tests is a real race there (as in CI).
    """
    from django.core.servers.basehttp import WSGIServer
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    class OneAtATimeServer(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    addr = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(addr, start=False)
    if connection.vendor == "sqlite":
        server.thread.server_class = OneAtATimeServer
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def screenshot(request):
    """screenshot(page, "step-name") saves test-artifacts/browser/<test>/<nn>-<step>.png."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    counter = {"n": 0}

    def take(page, name: str) -> Path:
        counter["n"] += 1
        path = folder / f"{counter['n']:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
