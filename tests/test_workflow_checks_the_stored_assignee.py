"""A fact-checker acting on a stale copy of a claim that was just given to someone else is refused.

The status-guarded update alone would not notice: a reassignment keeps the status `assigned`,
so the previous assignee's start or proposal would go through on the new assignee's claim.
"""

import pytest

from claims import services
from claims.models import Claim, ClaimTransition, Verdict

from .factories import ClaimFactory, rating

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def reassigned(fact_checker, other_fact_checker, editor):
    """The claim as the first fact-checker last saw it, after an editor gave it to the other one."""
    claim = ClaimFactory()
    services.assign_claim(claim=claim, assignee=fact_checker, actor=fact_checker)
    stale = Claim.objects.get(pk=claim.pk)
    services.assign_claim(claim=claim, assignee=other_fact_checker, actor=editor)
    return stale


def test_the_previous_assignee_cannot_start_it(reassigned, fact_checker, other_fact_checker):
    moves = ClaimTransition.objects.filter(claim=reassigned).count()
    with pytest.raises(services.WorkflowPermissionError, match="only the assigned"):
        services.start_claim(claim=reassigned, actor=fact_checker)
    stored = Claim.objects.get(pk=reassigned.pk)
    assert (stored.status, stored.assignee) == (S.ASSIGNED, other_fact_checker)
    assert ClaimTransition.objects.filter(claim=reassigned).count() == moves


def test_the_previous_assignee_cannot_propose_a_verdict(reassigned, fact_checker):
    with pytest.raises(services.WorkflowPermissionError, match="only the assigned"):
        services.propose_verdict(claim=reassigned, actor=fact_checker, rating=rating("False"), explanation="x")
    assert not Verdict.objects.filter(claim=reassigned).exists()
    assert Claim.objects.get(pk=reassigned.pk).status == S.ASSIGNED


def test_the_new_assignee_can_work_on_it(reassigned, other_fact_checker):
    services.start_claim(claim=reassigned, actor=other_fact_checker)
    verdict = services.propose_verdict(
        claim=reassigned, actor=other_fact_checker, rating=rating("False"), explanation="Records say 12."
    )
    assert verdict.proposed_by == other_fact_checker
    assert Claim.objects.get(pk=reassigned.pk).status == S.IN_REVIEW
