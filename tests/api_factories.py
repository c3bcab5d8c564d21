"""Data and fixtures for the API, ClaimReview and webhook tests.

Fixtures are imported into each test module with `from .api_factories import *`.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from claims import services
from claims.models import Attribution, Claim, Evidence, Verdict

from .factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory, VerdictFactory, rating

__all__ = [
    "Receiver",
    "api_client",
    "api_key",
    "make_published_claim",
    "publish_through_workflow",
    "receiver",
    "staff_client",
    "_api_defaults",
]


def make_published_claim(
    *,
    label: str = "False",
    text: str | None = None,
    source_name: str | None = "Maria Lopez",
    article=None,
    published_at=None,
    **claim_fields,
) -> Claim:
    """A published claim with an approved verdict, an attribution and evidence, made directly."""
    published_at = published_at or timezone.now() - timedelta(minutes=5)
    article = article or ArticleFactory(url="https://news.example.org/floods", published=published_at.date())
    fields = {"status": Claim.Status.PUBLISHED, "published_at": published_at, **claim_fields}
    claim = ClaimFactory(article=article, **fields)
    if text is not None:
        Claim.objects.filter(pk=claim.pk).update(text=text)
        claim.text = text
    if source_name:
        source = SourceFactory(name=source_name, normalized_name=source_name.lower())
        AttributionFactory(claim=claim, source=source, descriptor="the mayor", cue="told", via="Reuters")
    VerdictFactory(
        claim=claim,
        rating=rating(label),
        state=Verdict.State.APPROVED,
        approved_at=published_at,
    )
    Evidence.objects.create(claim=claim, url="https://records.example.org/homes", note="city records", stance="refutes")
    return claim


def publish_through_workflow(claim: Claim, *, checker, editor, label: str = "False", explanation: str = "") -> Claim:
    """Walk a claim through the real workflow: assign, start, propose, approve."""
    claim = services.assign_claim(claim=claim, assignee=checker, actor=editor)
    claim = services.start_claim(claim=claim, actor=checker)
    services.propose_verdict(
        claim=claim, actor=checker, rating=rating(label), explanation=explanation or f"Records show it is {label}."
    )
    services.approve_verdict(claim=claim, actor=editor, note="approved")
    claim.refresh_from_db()
    return claim


@pytest.fixture(autouse=True)
def _api_defaults(settings):
    """No settle window (rows are brand new), fresh throttle counters."""
    settings.VERIFY_API_SYNC_SETTLE_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_key(db):
    """(APIKey row, the key as a consumer sends it)."""
    return APIKey.objects.create_key(name="newsroom sync")


@pytest.fixture
def api_client(api_key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key[1]}")
    return client


@pytest.fixture
def staff_client(editor):
    client = APIClient()
    client.force_login(editor)
    return client


class Receiver:
    """A real HTTP server on 127.0.0.1 that records requests and answers from a script."""

    def __init__(self):
        self.requests: list[dict] = []
        self.script: list[int] = []  # status codes to answer, in order; then 200
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                with receiver.lock:
                    receiver.requests.append(
                        {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                    )
                    if self.path in receiver.routes:
                        status, headers, payload = receiver.routes[self.path]
                    else:
                        status = receiver.script.pop(0) if receiver.script else 200
                        headers, payload = {"Content-Type": "text/plain"}, b"ok"
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    settings.VERIFY_URL_ALLOW_LOOPBACK = True
    with Receiver() as running:
        yield running


# Keep flake8-style linters from flagging the re-exported names as unused.
_ = (Attribution, SourceFactory)
