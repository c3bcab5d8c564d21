"""Proposing a verdict from the scale moves the claim to review."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimTransition, VerdictRating
from desk.testing import make_article, rating

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def mine(fact_checker):
    _, (claim, *_rest) = make_article()
    Claim.objects.filter(pk=claim.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    claim.refresh_from_db()
    return claim


def test_the_form_offers_the_active_verdict_scale(client, fact_checker, mine):
    VerdictRating.objects.filter(label="Mixed").update(active=False)
    client.force_login(fact_checker)
    html = client.get(reverse("desk:claim", args=[mine.pk])).content.decode()
    for label in ("False", "Mostly false", "Mostly true", "True", "Unverifiable"):
        assert f"{label}</label>" in html, label
    assert "Mixed</label>" not in html


def test_it_proposes_a_verdict_and_sends_the_claim_to_review(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(
        reverse("desk:claim_propose", args=[mine.pk]),
        {"rating": rating("Mostly false").pk, "explanation": "City records: 12 homes, not 40."},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == S.IN_REVIEW
    verdict = mine.verdicts.get()
    assert (verdict.rating.label, verdict.proposed_by, verdict.version) == ("Mostly false", fact_checker, 1)
    t = ClaimTransition.objects.filter(claim=mine).latest("id")
    assert (t.from_status, t.to_status, t.actor) == (S.IN_PROGRESS, S.IN_REVIEW, fact_checker)


def test_it_needs_an_explanation(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:claim_propose", args=[mine.pk]), {"rating": rating().pk, "explanation": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    mine.refresh_from_db()
    assert mine.status == S.IN_PROGRESS and not mine.verdicts.exists()


def test_it_refuses_a_retired_rating(client, fact_checker, mine):
    VerdictRating.objects.filter(label="Mixed").update(active=False)
    client.force_login(fact_checker)
    response = client.post(
        reverse("desk:claim_propose", args=[mine.pk]), {"rating": rating("Mixed").pk, "explanation": "x"}
    )
    assert response.status_code == 400 and not mine.verdicts.exists()


def test_proposing_twice_gives_a_conflict_page(client, fact_checker, mine):
    client.force_login(fact_checker)
    data = {"rating": rating().pk, "explanation": "City records."}
    client.post(reverse("desk:claim_propose", args=[mine.pk]), data)
    response = client.post(reverse("desk:claim_propose", args=[mine.pk]), data)
    assert response.status_code == 409
    assert "Someone changed this claim first" in response.content.decode()
    assert mine.verdicts.count() == 1
