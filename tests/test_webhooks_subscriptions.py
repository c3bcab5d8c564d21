"""Webhook subscriptions through the API and the admin: URL checks, the secret shown once,
consumers managing only their own."""

import pytest
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from webhooks.models import Delivery, Subscription

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db
URL = "/api/v1/webhooks/"


def test_a_consumer_subscribes_and_sees_the_secret_once(api_client, receiver):
    response = api_client.post(URL, {"url": f"{receiver.url}/in", "events": ["claim.published"]}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["secret"].startswith("whsec_")
    assert Subscription.objects.get().secret == body["secret"]
    shown = api_client.get(body["api_url"]).json()
    assert "secret" not in shown and shown["events"] == ["claim.published"]
    assert [s["id"] for s in api_client.get(URL).json()["results"]] == [body["id"]]


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://127.0.0.1:8080/in", "loopback"),
        ("http://10.0.0.7/in", "private"),
        ("http://169.254.169.254/", "metadata"),
        ("ftp://example.org/in", "only http and https"),
        ("http://2130706433/", "decimal"),
    ],
)
def test_subscription_urls_pass_the_same_checks_as_article_urls(api_client, url, message):
    response = api_client.post(URL, {"url": url, "events": ["claim.published"]}, format="json")
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert not Subscription.objects.exists()


def test_unknown_events_are_refused(api_client, receiver):
    response = api_client.post(URL, {"url": f"{receiver.url}/in", "events": ["claim.deleted"]}, format="json")
    assert response.status_code == 400 and "events" in response.json()


def test_consumers_cannot_see_or_touch_each_others_subscriptions(api_client, receiver):
    created = api_client.post(URL, {"url": f"{receiver.url}/in", "events": ["claim.published"]}, format="json").json()
    other = APIClient()
    other.credentials(HTTP_AUTHORIZATION=f"Api-Key {APIKey.objects.create_key(name='other')[1]}")
    assert other.get(URL).json()["results"] == []
    assert other.get(created["api_url"]).status_code == 404
    assert other.delete(created["api_url"]).status_code == 404
    assert api_client.patch(created["api_url"], {"active": False}, format="json").json()["active"] is False
    assert api_client.delete(created["api_url"]).status_code == 204
    assert not Subscription.objects.exists()


def test_deliveries_are_listed_per_subscription(api_client, receiver):
    created = api_client.post(URL, {"url": f"{receiver.url}/in", "events": ["claim.published"]}, format="json").json()
    Delivery.objects.create(subscription_id=created["id"], event="claim.published", payload={})
    rows = api_client.get(f"{created['api_url']}deliveries/").json()["results"]
    assert [(r["event"], r["status"], r["attempts"]) for r in rows] == [("claim.published", "pending", 0)]


def test_the_admin_refuses_a_private_url(superuser, client):
    client.force_login(superuser)
    response = client.post(
        "/admin/webhooks/subscription/add/",
        {
            "name": "x",
            "url": "http://192.168.1.10/hook",
            "events": '["claim.published"]',
            "active": "on",
            "secret": "whsec_AAAA",
        },
    )
    assert response.status_code == 200
    assert b"private address" in response.content
    assert not Subscription.objects.exists()


def test_the_admin_adds_a_public_subscription(superuser, client, monkeypatch):
    monkeypatch.setattr(
        "claims.urlsafety.socket.getaddrinfo", lambda host, port, *a, **k: [(2, 1, 6, "", ("93.184.216.34", port))]
    )
    client.force_login(superuser)
    response = client.post(
        "/admin/webhooks/subscription/add/",
        {
            "name": "x",
            "url": "https://hooks.example.org/in",
            "events": '["claim.published"]',
            "active": "on",
            "secret": "whsec_AAAA",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    assert Subscription.objects.get().created_by == superuser
