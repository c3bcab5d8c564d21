"""Admin actions drive the workflow through the services and report refusals."""

import pytest

from claims.models import Claim, ClaimTransition

from .factories import AttributionFactory, ClaimFactory, rating

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/claims/claim/"


def act(client, action, claims, **extra):
    data = {"action": action, "_selected_action": [c.pk for c in claims], **extra}
    return client.post(CHANGELIST, data, follow=True)


def test_the_changelist_shows_claims_with_sources_and_filters(client, editor):
    attribution = AttributionFactory(source__name="Maria Lopez", via="Reuters")
    client.force_login(editor)
    response = client.get(CHANGELIST + "?unverifiable__exact=0&hedged=no&has_sources=yes")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Maria Lopez" in body and "Reuters" in body
    # The factory's text is a slice of the article that may start anywhere (quotes, newlines), so
    # look for the claim's own change link rather than its escaped text.
    assert f"{CHANGELIST}{attribution.claim.pk}/change/" in body


def test_the_claim_page_shows_it_in_its_article(client, editor):
    claim = ClaimFactory()
    client.force_login(editor)
    body = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "<mark>" in body


def test_assign_to_me_records_a_transition(client, fact_checker):
    claim = ClaimFactory()
    client.force_login(fact_checker)
    response = act(client, "assign_to_me", [claim])
    assert "Assigned to you: 1 claim(s)." in response.content.decode()
    claim.refresh_from_db()
    assert claim.assignee == fact_checker
    assert ClaimTransition.objects.get(claim=claim).actor == fact_checker


def test_propose_then_approve_by_another_person(client, fact_checker, editor):
    claim = ClaimFactory()
    client.force_login(fact_checker)
    act(client, "assign_to_me", [claim])
    act(client, "start", [claim])
    page = act(client, "propose", [claim])
    assert "explanation" in page.content.decode()  # the intermediate form
    act(client, "propose", [claim], apply="1", rating=rating("True").pk, explanation="Matches the records.")
    refused = act(client, "approve", [claim])
    assert "only editors can approve" in refused.content.decode()
    client.force_login(editor)
    act(client, "approve", [claim])
    claim.refresh_from_db()
    assert claim.status == Claim.Status.PUBLISHED


def test_return_and_dismiss_ask_for_a_reason(client, fact_checker, editor):
    claim, other = ClaimFactory(), ClaimFactory()
    client.force_login(editor)
    page = act(client, "dismiss", [other])
    assert "reason" in page.content.decode()
    act(client, "dismiss", [other], apply="1", reason="Opinion only.")
    other.refresh_from_db()
    assert other.status == Claim.Status.DISMISSED
    assert ClaimTransition.objects.get(claim=other).reason == "Opinion only."
    refused = act(client, "return_for_work", [claim], apply="1", reason="Needs sources.")
    assert "cannot move a claim that is new to in progress" in refused.content.decode()


def test_assign_to_a_fact_checker(client, editor, fact_checker):
    claim = ClaimFactory()
    client.force_login(editor)
    act(client, "assign_to_fact_checker", [claim], apply="1", assignee=fact_checker.pk)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (Claim.Status.ASSIGNED, fact_checker)


def test_claims_cannot_be_edited_directly(client, editor):
    claim = ClaimFactory()
    client.force_login(editor)
    client.post(f"/admin/claims/claim/{claim.pk}/change/", {"status": "published", "text": "changed"})
    claim.refresh_from_db()
    assert claim.status == Claim.Status.NEW and claim.text != "changed"
