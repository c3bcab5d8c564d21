"""The claim workflow: every move is guarded, recorded, and refused clearly when illegal."""

import pytest

from claims import services
from claims.models import Claim, ClaimTransition, Verdict

from .factories import ClaimFactory, rating

pytestmark = pytest.mark.django_db
S = Claim.Status


def last_transition(claim):
    return ClaimTransition.objects.filter(claim=claim).order_by("-id").first()


@pytest.fixture
def claim():
    return ClaimFactory()


def in_review(claim, fact_checker):
    services.assign_claim(claim=claim, assignee=fact_checker, actor=fact_checker)
    services.start_claim(claim=claim, actor=fact_checker)
    services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("False"), explanation="Records say 12.")
    claim.refresh_from_db()
    return claim


def test_a_fact_checker_takes_a_new_claim_and_it_is_recorded(claim, fact_checker):
    services.assign_claim(claim=claim, assignee=fact_checker, actor=fact_checker)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (S.ASSIGNED, fact_checker)
    assert claim.deadline is not None and claim.lease_expires_at is not None
    t = last_transition(claim)
    assert (t.from_status, t.to_status, t.actor) == (S.NEW, S.ASSIGNED, fact_checker)


def test_a_fact_checker_cannot_assign_claims_to_someone_else(claim, fact_checker, other_fact_checker):
    with pytest.raises(services.WorkflowPermissionError, match="only editors"):
        services.assign_claim(claim=claim, assignee=other_fact_checker, actor=fact_checker)
    claim.refresh_from_db()
    assert claim.status == S.NEW and claim.assignee is None


def test_an_outsider_cannot_be_assigned(claim, editor, outsider):
    with pytest.raises(services.WorkflowPermissionError, match="not on the desk"):
        services.assign_claim(claim=claim, assignee=outsider, actor=editor)


def test_only_the_assignee_can_start_and_propose(claim, fact_checker, other_fact_checker):
    services.assign_claim(claim=claim, assignee=fact_checker, actor=fact_checker)
    with pytest.raises(services.WorkflowPermissionError):
        services.start_claim(claim=claim, actor=other_fact_checker)
    services.start_claim(claim=claim, actor=fact_checker)
    with pytest.raises(services.WorkflowPermissionError):
        services.propose_verdict(claim=claim, actor=other_fact_checker, rating=rating(), explanation="x")
    assert Claim.objects.get(pk=claim.pk).status == S.IN_PROGRESS


def test_proposing_needs_an_explanation(claim, fact_checker):
    services.assign_claim(claim=claim, assignee=fact_checker, actor=fact_checker)
    with pytest.raises(services.WorkflowError, match="explanation"):
        services.propose_verdict(claim=claim, actor=fact_checker, rating=rating(), explanation="  ")
    assert not Verdict.objects.exists()


def test_the_proposer_cannot_approve_their_own_verdict(claim, fact_checker, editor):
    # Even an editor who proposed may not approve: two people per published verdict.
    claim = in_review(claim, fact_checker)
    fact_checker.groups.add(editor.groups.first())
    fact_checker._verify_group_names = None
    with pytest.raises(services.WorkflowPermissionError, match="second person"):
        services.approve_verdict(claim=claim, actor=fact_checker)
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW


def test_an_editor_approves_and_the_claim_is_published(claim, fact_checker, editor):
    claim = in_review(claim, fact_checker)
    verdict = services.approve_verdict(claim=claim, actor=editor, note="well sourced")
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED and claim.published_at is not None
    assert (verdict.state, verdict.approved_by) == (Verdict.State.APPROVED, editor)
    assert [t.to_status for t in claim.transitions.all()] == [S.ASSIGNED, S.IN_PROGRESS, S.IN_REVIEW, S.PUBLISHED]


def test_a_fact_checker_cannot_approve(claim, fact_checker, other_fact_checker):
    claim = in_review(claim, fact_checker)
    with pytest.raises(services.WorkflowPermissionError, match="only editors"):
        services.approve_verdict(claim=claim, actor=other_fact_checker)


def test_returning_needs_a_reason_and_sends_the_claim_back(claim, fact_checker, editor):
    claim = in_review(claim, fact_checker)
    with pytest.raises(services.WorkflowError, match="reason"):
        services.return_claim(claim=claim, actor=editor, reason="")
    services.return_claim(claim=claim, actor=editor, reason="Cite the city records.")
    claim.refresh_from_db()
    assert claim.status == S.IN_PROGRESS
    assert last_transition(claim).reason == "Cite the city records."
    assert claim.verdicts.get().state == Verdict.State.RETURNED


def test_illegal_moves_are_refused_with_the_current_state(claim, editor):
    with pytest.raises(services.ConflictError, match="cannot move a claim that is new to in progress"):
        services.reopen_claim(claim=claim, actor=editor, reason="a correction")
    with pytest.raises(services.ConflictError, match="cannot move a claim that is new to published"):
        services.approve_verdict(claim=claim, actor=editor)
    claim.refresh_from_db()
    assert claim.status == S.NEW
    assert ClaimTransition.objects.filter(claim=claim).count() == 0


def test_dismissing_needs_a_reason_and_an_editor(claim, fact_checker, editor):
    with pytest.raises(services.WorkflowPermissionError):
        services.dismiss_claim(claim=claim, actor=fact_checker, reason="opinion")
    with pytest.raises(services.WorkflowError, match="reason"):
        services.dismiss_claim(claim=claim, actor=editor, reason=" ")
    services.dismiss_claim(claim=claim, actor=editor, reason="An opinion, not checkable.")
    claim.refresh_from_db()
    assert claim.status == S.DISMISSED
    assert last_transition(claim).reason == "An opinion, not checkable."


def test_a_correction_keeps_the_earlier_verdict_as_a_version(claim, fact_checker, editor):
    claim = in_review(claim, fact_checker)
    services.approve_verdict(claim=claim, actor=editor)
    services.reopen_claim(claim=claim, actor=editor, reason="New records published.")
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (S.IN_PROGRESS, fact_checker)
    services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("Mostly false"), explanation="Now 15.")
    services.approve_verdict(claim=claim, actor=editor)
    versions = list(claim.verdicts.order_by("version").values_list("version", "rating__label", "state"))
    assert versions == [(1, "False", "superseded"), (2, "Mostly false", "approved")]


def test_two_moves_from_one_state_give_one_winner(claim, fact_checker, editor, second_editor):
    claim = in_review(claim, fact_checker)
    stale_copy = Claim.objects.get(pk=claim.pk)
    services.approve_verdict(claim=claim, actor=editor)
    with pytest.raises(services.ConflictError):
        services.return_claim(claim=stale_copy, actor=second_editor, reason="too late")
    assert Claim.objects.get(pk=claim.pk).status == S.PUBLISHED
    assert ClaimTransition.objects.filter(claim=claim, to_status=S.IN_PROGRESS, actor=second_editor).count() == 0


def test_take_next_gives_the_most_checkworthy_claim_once(fact_checker, other_fact_checker):
    low = ClaimFactory(checkworthiness=0.2)
    high = ClaimFactory(checkworthiness=0.9)
    assert services.take_next_claim(user=fact_checker).pk == high.pk
    assert services.take_next_claim(user=other_fact_checker).pk == low.pk
    assert services.take_next_claim(user=fact_checker) is None


def test_an_expired_lease_returns_the_claim_to_the_queue(claim, fact_checker):
    from datetime import timedelta

    from django.utils import timezone

    services.assign_claim(claim=claim, assignee=fact_checker, actor=fact_checker)
    assert services.release_expired_leases(now=timezone.now()) == 0
    released = services.release_expired_leases(now=timezone.now() + timedelta(days=30))
    claim.refresh_from_db()
    assert released == 1
    assert (claim.status, claim.assignee) == (S.NEW, None)
    assert last_transition(claim).reason == "assignment lease expired"
