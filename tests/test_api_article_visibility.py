"""Which articles an API consumer may read: those with a published claim (and of them only the
published claims) and those their own API key submitted (with every claim); nothing else, not even
through the 409 of a duplicate submission. Desk staff see everything."""

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from claims.models import Article, Claim

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .factories import ARTICLE_TEXT, ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/articles/"
B_TEXT = ARTICLE_TEXT + "\nThe road reopened on Tuesday, the council said.\n"


@dataclass
class Consumer:
    key: APIKey
    client: APIClient


def _consumer(name: str) -> Consumer:
    row, key = APIKey.objects.create_key(name=name)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    return Consumer(row, client)


@pytest.fixture
def consumer_a(db):
    return _consumer("newsroom A")


@pytest.fixture
def consumer_b(db):
    return _consumer("newsroom B")


@pytest.fixture
def quiet_enqueue(monkeypatch):
    """No background extraction or fetch: the tests add the claims themselves."""
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)
    monkeypatch.setattr("claims.services.enqueue_fetch", lambda *, article_id: True)


def _submit(consumer: Consumer, text: str = B_TEXT) -> Article:
    response = consumer.client.post(URL, {"text": text}, format="json")
    assert response.status_code == 202, response.content
    return Article.objects.get(pk=response.json()["id"])


def _listed(client) -> set[int]:
    response = client.get(URL)
    assert response.status_code == 200, response.content
    return {article["id"] for article in response.json()["results"]}


def _claims(client, article) -> dict[int, str]:
    response = client.get(f"{URL}{article.pk}/")
    assert response.status_code == 200, response.content
    return {claim["id"]: claim["status"] for claim in response.json()["claims"]}


def _workflow_claims(article) -> tuple[Claim, Claim]:
    """A new claim and one in progress: the desk's own business until published."""
    return (
        ClaimFactory(article=article, status=Claim.Status.NEW),
        ClaimFactory(article=article, status=Claim.Status.IN_PROGRESS),
    )


# --------------------------------------------------------------------------- submitting records the key


def test_posting_text_records_the_consumers_key(consumer_a, quiet_enqueue):
    article = _submit(consumer_a)
    assert article.submitted_by_key_id == consumer_a.key.pk and article.submitted_by is None


def test_posting_a_url_records_the_consumers_key(consumer_a, quiet_enqueue, receiver):
    response = consumer_a.client.post(URL, {"url": f"{receiver.url}/floods"}, format="json")
    assert response.status_code == 202, response.content
    assert Article.objects.get(pk=response.json()["id"]).submitted_by_key_id == consumer_a.key.pk


def test_staff_submissions_record_the_person_not_a_key(staff_client, editor, quiet_enqueue):
    response = staff_client.post(URL, {"text": B_TEXT}, format="json")
    article = Article.objects.get(pk=response.json()["id"])
    assert article.submitted_by == editor and article.submitted_by_key is None


def test_deleting_the_key_keeps_the_article(consumer_a, quiet_enqueue):
    article = _submit(consumer_a)
    consumer_a.key.delete()
    article.refresh_from_db()
    assert article.submitted_by_key is None


# --------------------------------------------------------------------------- unpublished submissions


def test_a_consumer_cannot_read_another_consumers_unpublished_submission(consumer_a, consumer_b, quiet_enqueue):
    article = _submit(consumer_b)
    _workflow_claims(article)
    response = consumer_a.client.get(f"{URL}{article.pk}/")
    assert response.status_code == 404
    assert response.json()["detail"] == f"no article {article.pk}"  # the same as for no article at all
    assert consumer_a.client.get(f"{URL}999999/").json()["detail"] == "no article 999999"
    assert article.pk not in _listed(consumer_a.client)


def test_a_consumer_reads_its_own_submission_with_every_claim_and_coarse_statuses(consumer_b, quiet_enqueue):
    article = _submit(consumer_b)
    new, in_progress = _workflow_claims(article)
    response = consumer_b.client.get(f"{URL}{article.pk}/")
    assert response.status_code == 200
    claims = {claim["id"]: claim for claim in response.json()["claims"]}
    assert set(claims) == {new.pk, in_progress.pk}
    assert all(claim["status"] == "unpublished" and claim["api_url"] is None for claim in claims.values())
    assert all("workflow_status" not in claim for claim in claims.values())  # coarse statuses only
    assert _listed(consumer_b.client) == {article.pk}


def test_an_article_nobody_published_from_is_hidden_from_every_consumer(consumer_a, quiet_enqueue):
    desk_article = ArticleFactory()  # ingested on the desk, no key
    _workflow_claims(desk_article)
    assert consumer_a.client.get(f"{URL}{desk_article.pk}/").status_code == 404
    assert desk_article.pk not in _listed(consumer_a.client)


# --------------------------------------------------------------------------- articles with a published claim


def test_anyone_reads_an_article_with_a_published_claim_but_only_its_published_claims(
    consumer_a, consumer_b, quiet_enqueue
):
    published = make_published_claim()
    article = published.article
    correcting = ClaimFactory(
        article=article, status=Claim.Status.IN_PROGRESS, published_at=timezone.now()
    )  # published, then reopened for a correction: the claims API shows it too
    _workflow_claims(article)
    expected = {published.pk: "published", correcting.pk: "correcting"}
    for consumer in (consumer_a, consumer_b):
        assert _claims(consumer.client, article) == expected
        assert article.pk in _listed(consumer.client)
        listed = next(a for a in consumer.client.get(URL).json()["results"] if a["id"] == article.pk)
        assert {claim["id"] for claim in listed["claims"]} == set(expected)


def test_the_submitter_of_a_published_article_still_sees_every_claim(consumer_a, consumer_b, quiet_enqueue):
    article = _submit(consumer_b)
    new, in_progress = _workflow_claims(article)
    published = make_published_claim(article=article)
    assert _claims(consumer_b.client, article) == {
        new.pk: "unpublished",
        in_progress.pk: "unpublished",
        published.pk: "published",
    }
    assert _claims(consumer_a.client, article) == {published.pk: "published"}
    assert _listed(consumer_a.client) == {article.pk}


# --------------------------------------------------------------------------- desk staff


def test_staff_see_every_article_with_every_claim(staff_client, consumer_b, quiet_enqueue):
    submitted = _submit(consumer_b)
    submitted_claims = _workflow_claims(submitted)
    desk_article = ArticleFactory()
    published = make_published_claim()
    other_claims = _workflow_claims(published.article)
    assert set(_claims(staff_client, submitted)) == {claim.pk for claim in submitted_claims}
    assert set(_claims(staff_client, published.article)) == {published.pk, *(c.pk for c in other_claims)}
    assert staff_client.get(f"{URL}{desk_article.pk}/").status_code == 200
    assert _listed(staff_client) == {submitted.pk, desk_article.pk, published.article_id}


# --------------------------------------------------------------------------- the 409 of a duplicate


def _conflict(consumer_or_client, text: str = B_TEXT):
    client = getattr(consumer_or_client, "client", consumer_or_client)
    response = client.post(URL, {"text": text}, format="json")
    assert response.status_code == 409, response.content
    return response


def test_the_409_does_not_name_another_consumers_unpublished_article(consumer_a, consumer_b, quiet_enqueue):
    article = _submit(consumer_b)
    response = _conflict(consumer_a)
    body = response.json()
    assert set(body) == {"detail"}
    assert "already on the desk" in body["detail"]
    assert str(article.pk) not in body["detail"]
    assert "Location" not in response
    assert Article.objects.count() == 1  # and nothing new stored


def test_the_409_of_a_url_does_not_name_it_either(consumer_a, consumer_b, quiet_enqueue, receiver):
    first = consumer_b.client.post(URL, {"url": f"{receiver.url}/floods"}, format="json")
    assert first.status_code == 202
    again = consumer_a.client.post(URL, {"url": f"{receiver.url}/floods"}, format="json")
    assert again.status_code == 409
    assert set(again.json()) == {"detail"} and "Location" not in again


def test_the_409_names_the_article_to_whoever_may_read_it(consumer_a, consumer_b, staff_client, quiet_enqueue):
    article = _submit(consumer_b)
    api_url = f"/api/v1/articles/{article.pk}/"
    own = _conflict(consumer_b)  # the submitter's own article
    assert own.json()["id"] == article.pk and own.json()["api_url"].endswith(api_url) and own["Location"]
    staff = _conflict(staff_client)
    assert staff.json()["id"] == article.pk
    make_published_claim(article=article)  # now anyone may read it
    other = _conflict(consumer_a)
    assert other.json()["id"] == article.pk and other.json()["api_url"].endswith(api_url)
    assert consumer_a.client.get(other.json()["api_url"]).status_code == 200


# --------------------------------------------------------------------------- cost


def test_a_consumers_list_takes_the_same_queries_for_one_page_or_fifty(
    consumer_a, consumer_b, quiet_enqueue, django_assert_num_queries
):
    def page():
        with CaptureQueriesContext(connection) as queries:
            assert consumer_a.client.get(f"{URL}?page_size=50").status_code == 200
        return len(queries)

    make_published_claim()
    _submit(consumer_a)
    one = page()
    for n in range(24):
        make_published_claim(article=ArticleFactory())
        _submit(consumer_a, text=f"{B_TEXT}\nCorrection {n}: the bridge was closed too.\n")
        _submit(consumer_b, text=f"{B_TEXT}\nNote {n}: schools stayed shut.\n")
    with django_assert_num_queries(one):
        assert len(consumer_a.client.get(f"{URL}?page_size=50").json()["results"]) == 50
