"""Editors reassign one claim or bulk-assign many; fact-checkers cannot."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimTransition
from desk.testing import make_article

pytestmark = pytest.mark.django_db
S = Claim.Status


def test_an_editor_reassigns_a_claim(client, editor, fact_checker, other_fact_checker):
    _, (claim, *_rest) = make_article()
    Claim.objects.filter(pk=claim.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    client.force_login(editor)
    response = client.post(
        reverse("desk:claim_assign", args=[claim.pk]),
        {"assignee": other_fact_checker.pk, "deadline": "2031-05-01T12:00"},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (S.ASSIGNED, other_fact_checker)
    assert claim.deadline.year == 2031
    t = ClaimTransition.objects.filter(claim=claim).latest("id")
    assert (t.from_status, t.to_status, t.actor) == (S.IN_PROGRESS, S.ASSIGNED, editor)


def test_it_refuses_to_assign_to_someone_off_the_desk(client, editor, outsider):
    _, (claim, *_rest) = make_article()
    client.force_login(editor)
    response = client.post(reverse("desk:claim_assign", args=[claim.pk]), {"assignee": outsider.pk})
    assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.assignee is None


def test_an_editor_bulk_assigns_claims(client, editor, fact_checker):
    _, claims = make_article()
    client.force_login(editor)
    response = client.post(
        reverse("desk:bulk_assign"),
        {"bulk-claims": [c.pk for c in claims[:3]], "bulk-assignee": fact_checker.pk, "next": "/desk/unassigned/"},
        follow=True,
    )
    assert "3 claim(s) assigned to alice." in response.content.decode()
    assert set(Claim.objects.filter(assignee=fact_checker).values_list("pk", flat=True)) == {c.pk for c in claims[:3]}
    assert Claim.objects.get(pk=claims[3].pk).assignee is None


def test_bulk_assign_reports_the_claims_it_could_not_assign(client, editor, fact_checker, other_fact_checker):
    _, (free, published, *_rest) = make_article()
    Claim.objects.filter(pk=published.pk).update(status=S.PUBLISHED, assignee=other_fact_checker)
    client.force_login(editor)
    response = client.post(
        reverse("desk:bulk_assign"),
        {"bulk-claims": [free.pk, published.pk], "bulk-assignee": fact_checker.pk},
        follow=True,
    )
    html = response.content.decode()
    assert "1 claim(s) assigned" in html
    assert Claim.objects.get(pk=published.pk).assignee == other_fact_checker


def test_bulk_assign_without_claims_says_to_tick_some(client, editor, fact_checker):
    client.force_login(editor)
    response = client.post(reverse("desk:bulk_assign"), {"bulk-assignee": fact_checker.pk}, follow=True)
    assert "Tick at least one claim." in response.content.decode()


def test_bulk_assign_never_redirects_off_the_desk(client, editor, fact_checker):
    client.force_login(editor)
    response = client.post(
        reverse("desk:bulk_assign"), {"bulk-assignee": fact_checker.pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("desk:unassigned")
