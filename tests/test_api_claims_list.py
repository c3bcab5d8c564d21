"""GET /api/v1/claims/: what consumers and staff see, the fields, and every filter."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, SourceAlias

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


def ids(response):
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_it_shows_consumers_published_claims_only(api_client):
    published = make_published_claim()
    ClaimFactory(status=Claim.Status.IN_REVIEW)
    ClaimFactory(status=Claim.Status.NEW)
    assert ids(api_client.get(URL)) == [published.pk]


def test_it_gives_text_article_sources_verdict_evidence_and_history(api_client):
    claim = make_published_claim(label="Mostly false", hedges=["reportedly"], unverifiable=True, unverifiable_by="AFP")
    row = api_client.get(URL).json()["results"][0]
    assert row["text"] == claim.text
    assert row["status"] == "published"
    assert row["workflow_status"] is None
    assert row["hedged"] is True and row["hedges"] == ["reportedly"]
    assert row["unverifiable"] is True and row["unverifiable_by"] == "AFP"
    assert row["article"]["title"] == "Floods cut the main road"
    assert row["article"]["outlet"] == "The Daily Example"
    assert row["article"]["url"] == "https://news.example.org/floods"
    assert row["article"]["published"] == claim.article.published.isoformat()
    assert row["sources"][0] | {"api_url": None} == {
        "source_id": claim.attributions.get().source_id,
        "name": "Maria Lopez",
        "kind": "person",
        "name_as_written": "",
        "descriptor": "the mayor",
        "cue": "told",
        "via": "Reuters",
        "quote": "direct",
        "api_url": None,
    }
    assert row["verdict"]["rating"] == "Mostly false"
    assert row["verdict"]["rating_value"] == 2
    assert row["verdict"]["approved_at"]
    assert row["verdict"]["state"] == "current"
    assert [v["state"] for v in row["verdict_history"]] == ["current"]
    assert row["evidence"][0]["stance"] == "refutes"
    assert row["claimreview_url"].endswith(f"/api/v1/claims/{claim.pk}/claimreview")
    assert row["page_url"].endswith(f"/claims/{claim.pk}/")


def test_it_lets_staff_filter_any_workflow_status(staff_client):
    make_published_claim()
    waiting = ClaimFactory(status=Claim.Status.IN_REVIEW)
    assert ids(staff_client.get(URL, {"workflow_status": "in_review"})) == [waiting.pk]
    row = staff_client.get(URL, {"workflow_status": "in_review"}).json()["results"][0]
    assert row["status"] == "unpublished" and row["workflow_status"] == "in_review"
    assert waiting.pk in ids(staff_client.get(URL, {"status": "unpublished"}))


def test_it_refuses_workflow_status_to_consumers_with_403(api_client):
    response = api_client.get(URL, {"workflow_status": "in_review"})
    assert response.status_code == 403
    assert "desk staff" in response.json()["detail"]


def test_it_never_shows_consumers_unpublished_claims_even_when_asked(api_client):
    ClaimFactory(status=Claim.Status.IN_REVIEW)
    assert ids(api_client.get(URL, {"status": "unpublished"})) == []


def test_it_filters_by_verdict_any_case(api_client):
    false = make_published_claim(label="False")
    true = make_published_claim(label="True")
    assert ids(api_client.get(URL, {"verdict": "false"})) == [false.pk]
    assert ids(api_client.get(URL, {"verdict": "TRUE"})) == [true.pk]


def test_it_filters_by_source_id_name_or_alias(api_client):
    lopez = make_published_claim(source_name="Maria Lopez")
    make_published_claim(source_name="Civil Defence")
    source = lopez.attributions.get().source
    SourceAlias.objects.create(source=source, name="Mayor Lopez")
    assert ids(api_client.get(URL, {"source": source.pk})) == [lopez.pk]
    assert ids(api_client.get(URL, {"source": "maria lopez"})) == [lopez.pk]
    assert ids(api_client.get(URL, {"source": "Mayor Lopez"})) == [lopez.pk]
    assert ids(api_client.get(URL, {"source": "nobody at all"})) == []


def test_it_filters_by_article_language_flags_and_text(api_client):
    article = ArticleFactory(title="Quake toll rises")
    quake = make_published_claim(article=article, hedges=["reportedly"], language="ar")
    plain = make_published_claim(unverifiable=True)
    assert ids(api_client.get(URL, {"article": article.pk})) == [quake.pk]
    assert ids(api_client.get(URL, {"hedged": "true"})) == [quake.pk]
    assert ids(api_client.get(URL, {"hedged": "false"})) == [plain.pk]
    assert ids(api_client.get(URL, {"unverifiable": "true"})) == [plain.pk]
    assert ids(api_client.get(URL, {"language": "ar"})) == [quake.pk]
    assert ids(api_client.get(URL, {"q": "quake toll"})) == [quake.pk]
    assert ids(api_client.get(URL, {"q": "helicopters"})) == [quake.pk, plain.pk]


def test_it_filters_by_published_and_updated_since(api_client):
    old = make_published_claim(published_at=timezone.now() - timedelta(days=10))
    new = make_published_claim(published_at=timezone.now() - timedelta(hours=1))
    since = (timezone.now() - timedelta(days=2)).isoformat()
    assert ids(api_client.get(URL, {"published_since": since})) == [new.pk]
    Claim.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=5))
    assert ids(api_client.get(URL, {"updated_since": since})) == [new.pk]


def test_it_answers_400_naming_the_bad_parameter(api_client):
    response = api_client.get(URL, {"published_since": "last tuesday"})
    assert response.status_code == 400
    assert "published_since" in response.json()
    assert api_client.get(URL, {"hedged": "maybe"}).status_code == 400
    assert api_client.get(URL, {"cursor": "garbage"}).status_code == 404


def test_it_shows_one_claim_and_404s_unpublished_ones(api_client, staff_client):
    claim = make_published_claim()
    hidden = ClaimFactory(status=Claim.Status.IN_REVIEW)
    assert api_client.get(f"{URL}{claim.pk}/").json()["id"] == claim.pk
    assert api_client.get(f"{URL}{hidden.pk}/").status_code == 404
    assert staff_client.get(f"{URL}{hidden.pk}/").json()["workflow_status"] == "in_review"


def test_it_shows_sources_of_several_attributions_in_order(api_client):
    claim = make_published_claim(source_name="Maria Lopez")
    AttributionFactory(
        claim=claim, source=SourceFactory(name="Civil Defence", normalized_name="civil defence"), ordinal=2, via=""
    )
    row = api_client.get(f"{URL}{claim.pk}/").json()
    assert [s["name"] for s in row["sources"]] == ["Maria Lopez", "Civil Defence"]
