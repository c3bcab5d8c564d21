"""Every list endpoint runs the same number of queries for 1 row and for 50."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import SourceAlias
from webhooks.models import Delivery, Subscription

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .factories import ArticleFactory, AttributionFactory, SourceFactory

pytestmark = pytest.mark.django_db


def _rows(n: int, start: int = 0):
    """n published claims, each in its own article with two sources, an alias, a subscription
    and a delivery: every list grows by n rows."""
    claims, subscription = [], None
    for i in range(start, start + n):
        claim = make_published_claim(article=ArticleFactory(), source_name=f"Source {i}")
        AttributionFactory(
            claim=claim, source=SourceFactory(name=f"Other {i}", normalized_name=f"other {i}"), ordinal=2
        )
        SourceAlias.objects.create(source=claim.attributions.first().source, name=f"Alias {i}")
        subscription = Subscription.objects.create(url=f"https://hooks.example.org/{i}", events=["claim.published"])
        Delivery.objects.create(subscription=subscription, event="claim.published", claim_id=claim.pk, payload={})
        claims.append(claim)
    return claims, subscription


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


LISTS = [
    "/api/v1/claims/?page_size=50",
    "/api/v1/claims/?page_size=50&source=source 0",
    "/api/v1/sources/?page_size=50",
    "/api/v1/articles/?page_size=50",
    "/api/v1/claimreview-feed",
    "/api/v1/factcheck/claims:search?pageSize=50",
    "/api/v1/webhooks/?page_size=50",
]


@pytest.mark.parametrize("url", LISTS)
def test_queries_do_not_grow_with_rows(staff_client, url, django_assert_num_queries):
    _rows(1)
    expected = _count(staff_client, url)
    _rows(49, start=1)
    with django_assert_num_queries(expected):
        body = staff_client.get(url).json()
    items = body.get("results") or body.get("claims") or body.get("dataFeedElement")
    assert len(items) == (1 if "source=" in url else 50)


def test_deliveries_list_is_constant_too(staff_client, django_assert_num_queries):
    _, subscription = _rows(1)
    url = f"/api/v1/webhooks/{subscription.pk}/deliveries/?page_size=50"
    expected = _count(staff_client, url)
    for _ in range(49):
        Delivery.objects.create(subscription=subscription, event="claim.published", payload={})
    with django_assert_num_queries(expected):
        assert len(staff_client.get(url).json()["results"]) == 50


def test_consumer_claims_list_takes_five_queries(api_client, django_assert_num_queries):
    _rows(50)
    # the API key, the claims with their articles, attributions with sources, verdicts, evidence
    with django_assert_num_queries(5):
        assert len(api_client.get("/api/v1/claims/?page_size=50").json()["results"]) == 50
