"""GET /api/v1/claims/{id}/claimreview and /api/v1/claimreview-feed (Data Commons DataFeed)."""

import json

import pytest
from django.test import Client

from claims.models import Claim

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .claimreview_reader import expand, json_ld_blocks, types, value

pytestmark = pytest.mark.django_db


def test_the_api_gives_the_same_claimreview_as_the_page(api_client):
    claim = make_published_claim()
    response = api_client.get(f"/api/v1/claims/{claim.pk}/claimreview")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    page = Client().get(f"/claims/{claim.pk}/").content.decode()
    embedded = json_ld_blocks(page, base_url="http://127.0.0.1:8000/")[0]
    assert json.loads(response.content) == embedded


def test_plain_json_is_available_too(api_client):
    claim = make_published_claim()
    response = api_client.get(f"/api/v1/claims/{claim.pk}/claimreview", HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")


def test_only_published_claims_have_a_claimreview(api_client):
    claim = make_published_claim()
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.IN_PROGRESS)
    response = api_client.get(f"/api/v1/claims/{claim.pk}/claimreview")
    assert response.status_code == 404
    assert "no published verdict" in response.json()["detail"]


def test_the_feed_is_a_datafeed_of_every_published_claimreview(api_client):
    claims = [make_published_claim(label=label) for label in ("False", "True", "Unverifiable")]
    withdrawn = make_published_claim()
    Claim.objects.filter(pk=withdrawn.pk).update(status=Claim.Status.DISMISSED)
    response = api_client.get("/api/v1/claimreview-feed")
    assert response.status_code == 200
    feed = expand(json.loads(response.content))[0]
    assert types(feed) == ["DataFeed"]
    elements = feed["http://schema.org/dataFeedElement"]
    assert len(elements) == 3
    reviewed_urls = set()
    for element in elements:
        assert types(element) == ["DataFeedItem"]
        review = value(element, "item")
        assert types(review) == ["ClaimReview"]
        assert value(review, "dateCreated") is None and value(element, "dateCreated")
        reviewed_urls.add(value(review, "url"))
    assert reviewed_urls == {f"http://127.0.0.1:8000/claims/{c.pk}/" for c in claims}
