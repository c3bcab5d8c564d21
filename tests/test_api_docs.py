"""/api/schema/ (OpenAPI) and /api/docs/ (a page built from it, with nothing from a CDN)."""

import pytest
from django.test import Client

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db


def test_the_schema_is_served_and_describes_api_key_auth():
    response = Client().get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    assert "/api/v1/claims/" in schema["paths"]
    assert "/api/v1/factcheck/claims:search" in schema["paths"]
    assert schema["components"]["securitySchemes"]["ApiKeyAuth"]["name"] == "Authorization"


def test_the_docs_page_lists_every_endpoint_without_a_cdn():
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in ("/api/v1/claims/", "/api/v1/claimreview-feed", "/api/v1/articles/", "/api/v1/webhooks/"):
        assert path in html
    assert "cdn" not in html.lower() and "<script" not in html.lower()
