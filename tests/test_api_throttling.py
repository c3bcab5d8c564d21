"""Scoped throttles per consumer: 429 with Retry-After."""

import pytest
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_rates(settings):
    rest = dict(settings.REST_FRAMEWORK)
    rest["DEFAULT_THROTTLE_RATES"] = {**rest["DEFAULT_THROTTLE_RATES"], "read": "3/minute", "search": "1/minute"}
    settings.REST_FRAMEWORK = rest


def test_it_answers_429_with_retry_after_past_the_rate(api_client, tight_rates):
    for _ in range(3):
        assert api_client.get("/api/v1/claims/").status_code == 200
    response = api_client.get("/api/v1/claims/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "throttled" in response.json()["detail"].lower()


def test_each_key_has_its_own_budget(api_client, tight_rates):
    for _ in range(4):
        api_client.get("/api/v1/claims/")
    other = APIClient()
    other.credentials(HTTP_AUTHORIZATION=f"Api-Key {APIKey.objects.create_key(name='other')[1]}")
    assert other.get("/api/v1/claims/").status_code == 200


def test_scopes_are_counted_apart(api_client, tight_rates):
    assert api_client.get("/api/v1/factcheck/claims:search").status_code == 200
    assert api_client.get("/api/v1/factcheck/claims:search").status_code == 429
    assert api_client.get("/api/v1/claims/").status_code == 200
