"""URLs the desk refuses before connecting, through its entry points: article ingestion by URL
(POST /api/v1/articles/ and the fetch task) and webhook subscriptions (API, and at delivery time).

tests/test_api_url_safety.py checks claims.urlsafety itself; this adds the spellings and paths it
does not reach. Names are resolved by a fake resolver and any attempt to open a socket to anything
but the loopback test receiver fails the test: nothing leaves the machine.
"""

import socket

import pytest

from claims import services, urlsafety
from claims.models import Article
from webhooks import services as webhooks
from webhooks.models import Delivery, DeliveryAttempt, Subscription

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db

REFUSED = [
    ("file:///etc/passwd", "only http and https"),
    ("gopher://example.org:70/_GET", "only http and https"),
    ("http://127.0.0.1/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:7f00:1]/", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "metadata"),
    ("http://2130706433/", "decimal, octal"),
    ("http://0177.0.0.1/", "decimal, octal"),
    ("http://017700000001/", "decimal, octal"),
    ("http://0x7f.0x0.0x0.0x1/", "decimal, octal"),
    ("http://inward.example.org/", "private"),  # a public-looking name that resolves inward
    ("http://metadata.example.org/", "metadata"),
]


@pytest.fixture(autouse=True)
def no_outside_connections(monkeypatch):
    """Fake DNS; sockets may only reach 127.0.0.1 (the receiver fixture)."""
    table = {
        "news.example.org": ["93.184.216.34"],
        "inward.example.org": ["10.0.0.5"],
        "metadata.example.org": ["169.254.169.254"],
        "rebinding.example.org": ["93.184.216.34"],
    }

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "127.0.0.1":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in table[host]]

    real_connect = socket.socket.connect

    def connect(self, address):
        if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"tried to connect to {address}")
        return real_connect(self, address)

    monkeypatch.setattr(urlsafety.socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    return table


@pytest.mark.parametrize("url, message", REFUSED, ids=[u for u, _ in REFUSED])
def test_article_urls_are_refused_with_400(api_client, url, message):
    response = api_client.post("/api/v1/articles/", {"url": url}, format="json")
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert not Article.objects.exists()


@pytest.mark.parametrize("url, message", REFUSED, ids=[u for u, _ in REFUSED])
def test_webhook_urls_are_refused_with_400(api_client, url, message):
    response = api_client.post("/api/v1/webhooks/", {"url": url, "events": ["claim.published"]}, format="json")
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert not Subscription.objects.exists()


def test_a_webhook_url_cannot_be_changed_to_a_private_one(api_client, receiver, settings):
    created = api_client.post(
        "/api/v1/webhooks/", {"url": f"{receiver.url}/in", "events": ["claim.published"]}, format="json"
    ).json()
    settings.VERIFY_URL_ALLOW_LOOPBACK = False
    for url, message in REFUSED:
        response = api_client.patch(created["api_url"], {"url": url}, format="json")
        assert response.status_code == 400 and message in response.json()["detail"], url
    assert Subscription.objects.get().url == f"{receiver.url}/in"


@pytest.mark.parametrize(
    "location, message",
    [
        ("http://10.0.0.1/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://2130706433/", "decimal, octal"),
        ("http://inward.example.org/", "private"),
        ("file:///etc/passwd", "only http and https"),
        ("http://[fd00:ec2::254]/", "metadata"),
    ],
)
def test_an_article_url_redirecting_inward_fails_the_article_before_connecting(
    api_client, receiver, django_capture_on_commit_callbacks, location, message
):
    receiver.routes["/story"] = (302, {"Location": location}, b"")
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post("/api/v1/articles/", {"url": f"{receiver.url}/story"}, format="json")
    assert response.status_code == 202
    article = Article.objects.get()
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert message in article.failure_reason
    assert [r["path"] for r in receiver.requests] == ["/story"]


def test_a_webhook_is_not_sent_where_its_name_resolves_inward_at_delivery_time(no_outside_connections):
    subscription = webhooks.create_subscription(url="https://rebinding.example.org/in", events=["claim.published"])
    no_outside_connections["rebinding.example.org"] = ["10.0.0.9"]  # DNS changed after the check
    delivery = Delivery.objects.create(subscription=subscription, event="claim.published", payload={"x": 1})
    webhooks.attempt_delivery(delivery_id=delivery.pk)
    attempt = DeliveryAttempt.objects.get(delivery=delivery)
    assert not attempt.succeeded and "private" in attempt.error


def test_a_webhook_receiver_redirecting_inward_is_not_followed(receiver):
    receiver.routes["/in"] = (307, {"Location": "http://10.0.0.1/internal"}, b"")
    subscription = webhooks.create_subscription(url=f"{receiver.url}/in", events=["claim.published"])
    delivery = Delivery.objects.create(subscription=subscription, event="claim.published", payload={"x": 1})
    webhooks.attempt_delivery(delivery_id=delivery.pk)
    attempt = DeliveryAttempt.objects.get(delivery=delivery)
    assert not attempt.succeeded and attempt.status_code == 307
    assert [r["path"] for r in receiver.requests] == ["/in"]


def test_ingestion_by_url_through_the_service_refuses_the_same(no_outside_connections):
    for url, message in REFUSED:
        with pytest.raises(services.IngestError, match=message):
            services.ingest_article_from_url(url=url)
    assert not Article.objects.exists()
