"""The editor's review: approve (never one's own proposal), return, dismiss, reopen."""

import pytest
from django.core import mail
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimTransition, Verdict
from desk.testing import make_article, publish, rating, to_review

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def waiting(fact_checker):
    _, (claim, *_rest) = make_article()
    return to_review(claim, fact_checker)


def last(claim):
    return ClaimTransition.objects.filter(claim=claim).latest("id")


def test_the_review_queue_lists_claims_waiting_for_an_editor(client, editor, waiting):
    client.force_login(editor)
    response = client.get(reverse("desk:review"))
    assert list(response.context["page"].object_list) == [waiting]
    html = response.content.decode()
    assert "Records say 12 homes." in html and "Approve and publish" in html


def test_an_empty_review_queue_says_so(client, editor):
    client.force_login(editor)
    assert "Nothing to review." in client.get(reverse("desk:review")).content.decode()


def test_an_editor_approves_and_the_claim_is_published(
    client, editor, fact_checker, waiting, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("desk:claim_approve", args=[waiting.pk]), {"approve-note": "solid", "next": "review"}
        )
    assert response["Location"] == reverse("desk:review")
    waiting.refresh_from_db()
    assert waiting.status == S.PUBLISHED and waiting.published_at is not None
    verdict = waiting.verdicts.get()
    assert (verdict.state, verdict.approved_by, verdict.review_note) == (Verdict.State.APPROVED, editor, "solid")
    assert (last(waiting).from_status, last(waiting).to_status, last(waiting).actor) == (
        S.IN_REVIEW,
        S.PUBLISHED,
        editor,
    )
    assert [m.to for m in mail.outbox] == [[fact_checker.email]]


def test_it_refuses_self_approval(client, editor, waiting):
    Claim.objects.filter(pk=waiting.pk).update(assignee=editor)
    Verdict.objects.filter(claim=waiting).update(proposed_by=editor)
    client.force_login(editor)
    html = client.get(reverse("desk:claim", args=[waiting.pk])).content.decode()
    assert "You proposed this verdict, so another editor must approve it." in html
    assert "Approve and publish" not in html
    response = client.post(reverse("desk:claim_approve", args=[waiting.pk]), follow=True)
    assert "a second person must approve it" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == S.IN_REVIEW


def test_the_proposing_fact_checker_cannot_approve(client, fact_checker, waiting):
    client.force_login(fact_checker)
    html = client.get(reverse("desk:claim", args=[waiting.pk])).content.decode()
    assert "Approve and publish" not in html and 'id="four-eyes"' in html
    assert client.post(reverse("desk:claim_approve", args=[waiting.pk])).status_code == 403
    waiting.refresh_from_db()
    assert waiting.status == S.IN_REVIEW


def test_an_editor_returns_a_verdict_with_a_reason(client, editor, fact_checker, waiting):
    client.force_login(editor)
    client.post(reverse("desk:claim_return", args=[waiting.pk]), {"return-reason": "Cite the city report."})
    waiting.refresh_from_db()
    assert waiting.status == S.IN_PROGRESS and waiting.assignee == fact_checker
    assert waiting.verdicts.get().state == Verdict.State.RETURNED
    assert (last(waiting).to_status, last(waiting).reason) == (S.IN_PROGRESS, "Cite the city report.")


def test_returning_needs_a_reason(client, editor, waiting):
    client.force_login(editor)
    response = client.post(reverse("desk:claim_return", args=[waiting.pk]), {"return-reason": ""})
    assert response.status_code == 400
    waiting.refresh_from_db()
    assert waiting.status == S.IN_REVIEW


def test_an_editor_dismisses_a_claim_with_a_reason(client, editor):
    _, (claim, *_rest) = make_article()
    client.force_login(editor)
    client.post(reverse("desk:claim_dismiss", args=[claim.pk]), {"dismiss-reason": "Opinion, not a fact."})
    claim.refresh_from_db()
    assert claim.status == S.DISMISSED
    assert (last(claim).from_status, last(claim).reason) == (S.NEW, "Opinion, not a fact.")


def test_an_editor_reopens_a_published_claim_and_the_old_verdict_stays(client, editor, second_editor, fact_checker):
    _, (claim, *_rest) = make_article()
    publish(claim, fact_checker, second_editor)
    client.force_login(editor)
    client.post(reverse("desk:claim_reopen", args=[claim.pk]), {"reopen-reason": "The city corrected its figures."})
    claim.refresh_from_db()
    assert claim.status == S.IN_PROGRESS and claim.assignee == fact_checker
    services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("Mixed"), explanation="Corrected.")
    client.post(reverse("desk:claim_approve", args=[claim.pk]))
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED
    states = list(claim.verdicts.order_by("version").values_list("version", "state", "rating__label"))
    assert states == [(1, "superseded", "False"), (2, "approved", "Mixed")]
    html = client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "The city corrected its figures." in html and html.count('<tr class="verdict-version">') == 2


def test_approving_a_claim_someone_else_just_returned_gives_a_conflict(client, editor, second_editor, waiting):
    services.return_claim(claim=waiting, actor=second_editor, reason="not yet")
    client.force_login(editor)
    response = client.post(reverse("desk:claim_approve", args=[waiting.pk]))
    assert response.status_code == 409
    assert "Reload claim" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == S.IN_PROGRESS


def test_the_review_queue_costs_the_same_queries_for_many_claims(
    client, editor, fact_checker, django_assert_max_num_queries
):
    _, claims = make_article(sentences=tuple(f"Claim {i}: {i} homes were damaged." for i in range(12)))
    for claim in claims:
        to_review(claim, fact_checker)
    client.force_login(editor)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("desk:review"))
    assert len(response.context["page"].object_list) == 12
