"""Fields a caller may not set are ignored: a fact-checker posting status, assignee, approved_by or
proposed_by to desk forms, and API callers posting extra fields, change nothing they name."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import Article, Claim, ClaimNote, Evidence, Verdict
from desk.testing import make_article, rating
from webhooks.models import Subscription

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def claims(fact_checker, other_fact_checker):
    _, (mine, theirs) = make_article(sentences=("The bridge cost 12 million euros.", "The mayor won 61 percent."))
    Claim.objects.filter(pk=mine.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    Claim.objects.filter(pk=theirs.pk).update(status=S.IN_PROGRESS, assignee=other_fact_checker)
    mine.refresh_from_db()
    return mine, theirs


def forged(alice, bob, theirs):
    return {
        "status": "published",
        "assignee": bob.pk,
        "approved_by": alice.pk,
        "proposed_by": bob.pk,
        "author": bob.pk,
        "added_by": bob.pk,
        "state": "approved",
        "published_at": "2020-01-01T00:00",
        "claim": theirs.pk,
        "article": theirs.article_id,
        "deadline": "2020-01-01T00:00",
        "is_superuser": "on",
        "is_staff": "on",
    }


@pytest.mark.parametrize(
    "name, fields",
    [
        ("desk:claim_note", {"body": "checked the register"}),
        ("desk:claim_evidence", {"url": "https://example.org/budget", "stance": "supports"}),
        ("desk:claim_propose", {"explanation": "The budget says 12 million."}),
        ("desk:claim_start", {}),
        ("desk:claim_take", {}),
    ],
)
def test_desk_forms_ignore_forged_fields(client, fact_checker, other_fact_checker, claims, name, fields):
    mine, theirs = claims
    if name == "desk:claim_propose":
        fields = {**fields, "rating": rating("True").pk}
    client.force_login(fact_checker)
    client.post(reverse(name, args=[mine.pk]), {**fields, **forged(fact_checker, other_fact_checker, theirs)})
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.assignee == fact_checker and mine.status in (S.IN_PROGRESS, S.IN_REVIEW)
    assert mine.published_at is None and mine.deadline is None
    assert (theirs.status, theirs.assignee) == (S.IN_PROGRESS, other_fact_checker)
    for verdict in Verdict.objects.all():
        assert (verdict.claim_id, verdict.state, verdict.proposed_by, verdict.approved_by) == (
            mine.pk,
            Verdict.State.PROPOSED,
            fact_checker,
            None,
        )
    assert all((n.claim_id, n.author) == (mine.pk, fact_checker) for n in ClaimNote.objects.all())
    assert all((e.claim_id, e.added_by) == (mine.pk, fact_checker) for e in Evidence.objects.all())
    fact_checker.refresh_from_db()
    assert not fact_checker.is_superuser


def test_settings_form_changes_only_ones_own_profile(client, fact_checker, other_fact_checker):
    client.force_login(fact_checker)
    client.post(
        reverse("desk:settings"),
        {"languages": "en", "email_notifications": "on", "user": other_fact_checker.pk, "is_superuser": "on"},
    )
    assert fact_checker.desk_profile.languages == ["en"]
    assert not hasattr(other_fact_checker, "desk_profile") or other_fact_checker.desk_profile.languages == []
    fact_checker.refresh_from_db()
    assert not fact_checker.is_superuser


def test_api_article_post_ignores_extra_fields(api_client, editor, monkeypatch):
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)
    response = api_client.post(
        "/api/v1/articles/",
        {
            "text": "The mayor said 40 homes were damaged.",
            "extraction_status": "extracted",
            "submitted_by": editor.pk,
            "origin": "file",
            "content_hash": "0" * 64,
            "claims": [{"text": "forged", "start": 0, "end": 5}],
            "failure_reason": "x",
        },
        format="json",
    )
    assert response.status_code == 202
    article = Article.objects.get()
    assert (article.extraction_status, article.submitted_by, article.origin) == ("received", None, "api")
    assert article.content_hash != "0" * 64 and not article.claims.exists()


def test_api_webhook_post_ignores_owner_and_secret_fields(api_client, api_key, receiver, editor):
    other_key, _ = __import__("rest_framework_api_key.models", fromlist=["APIKey"]).APIKey.objects.create_key(name="x")
    response = api_client.post(
        "/api/v1/webhooks/",
        {
            "url": f"{receiver.url}/in",
            "events": ["claim.published"],
            "secret": "whsec_chosen",
            "api_key": other_key.pk,
            "created_by": editor.pk,
            "active": False,
        },
        format="json",
    )
    assert response.status_code == 201
    subscription = Subscription.objects.get()
    assert subscription.api_key_id == api_key[0].pk and subscription.created_by is None
    assert subscription.secret != "whsec_chosen" and subscription.active


def test_api_webhook_patch_cannot_move_a_subscription_to_another_key(api_client, receiver):
    created = api_client.post(
        "/api/v1/webhooks/", {"url": f"{receiver.url}/in", "events": ["claim.published"]}, format="json"
    ).json()
    original = Subscription.objects.get()
    api_client.patch(created["api_url"], {"api_key": "other", "secret": "whsec_mine", "created_by": 1}, format="json")
    subscription = Subscription.objects.get()
    assert (subscription.api_key_id, subscription.secret) == (original.api_key_id, original.secret)


def test_the_api_has_no_write_to_claims(api_client, claims, editor):
    mine, _ = claims
    staff = APIClient()
    staff.force_login(editor)
    for client in (api_client, staff):
        for method in ("post", "put", "patch", "delete"):
            response = getattr(client, method)(f"/api/v1/claims/{mine.pk}/", {"status": "published"}, format="json")
            assert response.status_code in (403, 404, 405), (method, response.status_code)
    mine.refresh_from_db()
    assert mine.status == S.IN_PROGRESS
