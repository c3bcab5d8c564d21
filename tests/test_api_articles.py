"""POST /api/v1/articles/ (text or URL) and GET of an article's extraction status and claims."""

import pytest

from claims.models import Article, Claim

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .factories import ARTICLE_TEXT, ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/articles/"
PAGE = b"""<!doctype html><html><head><title>Floods cut the main road</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Floods cut the main road</h1>
<p>Heavy rain flooded the main road into the city on Monday, officials said.</p>
<p>"At least 40 homes were damaged," Maria Lopez, the mayor, told Reuters.</p>
<p>The army reportedly sent two helicopters to the area, according to the civil defence agency.</p>
</article><footer>Copyright The Daily Example</footer></body></html>"""


def test_it_accepts_text_with_202_and_the_articles_url(api_client, django_capture_on_commit_callbacks, monkeypatch):
    queued = []
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: queued.append(article_id))
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(URL, {"text": ARTICLE_TEXT}, format="json")
    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert response["Location"] == response.json()["api_url"]
    assert response.json()["api_url"].endswith(f"/api/v1/articles/{article.pk}/")
    assert article.origin == Article.Origin.API and article.original_text == ARTICLE_TEXT
    assert queued == [article.pk]


def test_it_answers_409_with_the_existing_article_for_the_same_text(api_client):
    first = api_client.post(URL, {"text": ARTICLE_TEXT}, format="json").json()
    again = api_client.post(URL, {"text": ARTICLE_TEXT.replace("\n", "\n  ")}, format="json")
    assert again.status_code == 409
    assert again.json()["id"] == first["id"]
    assert again.json()["api_url"] == first["api_url"] == again["Location"]


@pytest.mark.parametrize(
    "body, message",
    [
        ({}, "give either `text`"),
        ({"text": "   "}, "give either `text`"),
        ({"text": "An article.", "url": "https://example.org/a"}, "not both"),
        ({"text": "bad\x00bytes"}, "Null characters"),
        ({"text": "bad" + "\x01" * 10 + "bytes"}, "binary"),
        ({"url": "ftp://example.org/a"}, "only http and https"),
        ({"url": "http://127.0.0.1/admin"}, "loopback"),
        ({"url": "http://169.254.169.254/latest/"}, "metadata"),
    ],
)
def test_it_answers_400_saying_what_is_wrong(api_client, body, message):
    response = api_client.post(URL, body, format="json")
    assert response.status_code == 400
    assert message in str(response.json())
    assert not Article.objects.exists()


def test_it_refuses_text_over_the_size_limit(api_client, settings):
    settings.VERIFY_MAX_ARTICLE_BYTES = 100
    response = api_client.post(URL, {"text": "word " * 50}, format="json")
    assert response.status_code == 400
    assert "size limit" in response.json()["detail"]


def test_it_fetches_a_url_in_the_background_and_extracts_the_main_text(
    api_client, receiver, django_capture_on_commit_callbacks
):
    receiver.routes["/floods"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(URL, {"url": f"{receiver.url}/floods"}, format="json")
    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert article.origin == Article.Origin.URL
    assert "told Reuters" in article.original_text
    assert "Home | World" not in article.original_text  # navigation dropped by trafilatura
    assert article.original_text.startswith("Floods cut the main road")
    body = api_client.get(response.json()["api_url"]).json()
    assert body["extraction_status"] == "extracted"
    assert body["claims"], "extraction found claims"
    assert all(c["status"] == "unpublished" and c["api_url"] is None for c in body["claims"])


def test_a_url_given_twice_answers_409(api_client, receiver):
    receiver.routes["/x"] = (200, {"Content-Type": "text/html"}, PAGE)
    first = api_client.post(URL, {"url": f"{receiver.url}/x"}, format="json")
    second = api_client.post(URL, {"url": f"{receiver.url}/x"}, format="json")
    assert second.status_code == 409 and second.json()["id"] == first.json()["id"]


def test_a_failed_fetch_shows_as_failed_with_the_reason(api_client, receiver, django_capture_on_commit_callbacks):
    receiver.routes["/gone"] = (404, {"Content-Type": "text/html"}, b"not here")
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(URL, {"url": f"{receiver.url}/gone"}, format="json")
    body = api_client.get(response.json()["api_url"]).json()
    assert body["extraction_status"] == "failed"
    assert "HTTP 404" in body["failure_reason"]


def test_a_pending_fetch_shows_as_fetching(api_client, receiver, monkeypatch):
    monkeypatch.setattr("claims.services.enqueue_fetch", lambda *, article_id: True)
    response = api_client.post(URL, {"url": f"{receiver.url}/later"}, format="json")
    assert response.json()["extraction_status"] == "fetching"
    assert api_client.get(response.json()["api_url"]).json()["extraction_status"] == "fetching"


def test_get_shows_status_and_claims_with_links_to_published_ones(api_client):
    published = make_published_claim()
    ClaimFactory(article=published.article, status=Claim.Status.IN_PROGRESS)
    body = api_client.get(f"{URL}{published.article_id}/").json()
    assert body["extraction_status"] == "extracted"
    statuses = {c["id"]: (c["status"], c["api_url"]) for c in body["claims"]}
    assert statuses[published.pk][0] == "published" and statuses[published.pk][1].endswith(f"/claims/{published.pk}/")
    assert api_client.get(f"{URL}999999/").status_code == 404


def test_consumers_list_articles_with_published_claims_staff_all(api_client, staff_client):
    published = make_published_claim()
    quiet = ArticleFactory()
    assert [a["id"] for a in api_client.get(URL).json()["results"]] == [published.article_id]
    assert {a["id"] for a in staff_client.get(URL).json()["results"]} == {published.article_id, quiet.pk}
