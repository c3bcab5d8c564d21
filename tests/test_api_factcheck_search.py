"""GET /api/v1/factcheck/claims:search in the shape of Google Fact Check Tools' claims:search."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .factories import ArticleFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/factcheck/claims:search"


def test_it_answers_in_the_fact_check_tools_shape(api_client, settings):
    settings.VERIFY_ORGANIZATION_NAME = "Example Fact Desk"
    settings.VERIFY_ORGANIZATION_URL = "https://factdesk.example.org/"
    claim = make_published_claim(label="Mostly false", source_name="Maria Lopez")
    body = api_client.get(URL, {"query": "homes"}).json()
    assert set(body) == {"claims"}
    [item] = body["claims"]
    assert item["text"] == claim.text
    assert item["claimant"] == "Maria Lopez"
    assert item["claimDate"] == f"{claim.article.published.isoformat()}T00:00:00Z"
    [review] = item["claimReview"]
    assert review["publisher"] == {"name": "Example Fact Desk", "site": "factdesk.example.org"}
    assert review["url"].endswith(f"/claims/{claim.pk}/")
    assert review["title"].startswith("Fact check: ")
    assert review["textualRating"] == "Mostly false"
    assert review["languageCode"] == "en"
    assert review["reviewDate"].endswith("Z")


def test_it_pages_with_page_tokens(api_client):
    claims = [make_published_claim(published_at=timezone.now() - timedelta(hours=h)) for h in range(5)]
    seen, token, pages = [], None, 0
    while True:
        params = {"pageSize": 2, **({"pageToken": token} if token else {})}
        body = api_client.get(URL, params).json()
        seen += [c["claimReview"][0]["url"] for c in body["claims"]]
        pages += 1
        token = body.get("nextPageToken")
        if not token:
            break
    assert pages == 3
    assert seen == [f"http://127.0.0.1:8000/claims/{c.pk}/" for c in claims]


def test_it_filters_by_query_language_and_age(api_client):
    quake = make_published_claim(article=ArticleFactory(title="Quake toll rises"), language="ar")
    old = make_published_claim(published_at=timezone.now() - timedelta(days=40))
    urls = lambda body: [c["claimReview"][0]["url"].rsplit("/", 2)[-2] for c in body["claims"]]  # noqa: E731
    assert urls(api_client.get(URL, {"query": "quake"}).json()) == [str(quake.pk)]
    assert urls(api_client.get(URL, {"languageCode": "ar-SY"}).json()) == [str(quake.pk)]
    assert str(old.pk) not in urls(api_client.get(URL, {"maxAgeDays": 30}).json())


def test_it_answers_400_to_a_tampered_token_or_bad_size(api_client):
    response = api_client.get(URL, {"pageToken": "not-a-token"})
    assert response.status_code == 400 and "pageToken" in response.json()
    assert api_client.get(URL, {"pageSize": 0}).status_code == 400
    assert api_client.get(URL, {"maxAgeDays": "soon"}).status_code == 400
