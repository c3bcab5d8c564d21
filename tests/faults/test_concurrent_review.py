"""Approve and return pressed at once on one claim: one wins, the other gets a ConflictError."""

import threading

import pytest
from django.db import connection

from claims import services
from claims.models import Claim, ClaimTransition, Verdict

from ..celery_worker import require_real_services
from ..factories import ArticleFactory, ClaimFactory, rating

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]
ROUNDS = 15


def _claim_in_review(fact_checker, editor):
    claim = ClaimFactory(article=ArticleFactory())
    services.assign_claim(claim=claim, assignee=fact_checker, actor=editor)
    services.start_claim(claim=claim, actor=fact_checker)
    services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("False"), explanation="Records say 12.")
    return Claim.objects.get(pk=claim.pk)


def _race(*actions):
    barrier = threading.Barrier(len(actions), timeout=30)
    outcomes = [None] * len(actions)

    def run(i, action):
        try:
            barrier.wait()
            outcomes[i] = ("ok", action())
        except Exception as exc:  # noqa: BLE001 - the outcome is the point
            outcomes[i] = ("error", exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_approve_and_return_at_once_have_one_winner_and_one_conflict(fact_checker, editor, second_editor):
    require_real_services()
    for _ in range(ROUNDS):
        claim = _claim_in_review(fact_checker, editor)
        approve, give_back = _race(
            lambda c=claim: services.approve_verdict(claim=Claim.objects.get(pk=c.pk), actor=editor),
            lambda c=claim: services.return_claim(claim=Claim.objects.get(pk=c.pk), actor=second_editor, reason="more"),
        )
        results = sorted([approve[0], give_back[0]])
        assert results == ["error", "ok"], (approve, give_back)
        loser = approve if approve[0] == "error" else give_back
        assert isinstance(loser[1], services.ConflictError), repr(loser[1])

        claim.refresh_from_db()
        verdict = Verdict.objects.get(claim=claim)
        moves = ClaimTransition.objects.filter(claim=claim, from_status=Claim.Status.IN_REVIEW)
        assert moves.count() == 1
        if approve[0] == "ok":
            assert (claim.status, verdict.state, verdict.approved_by) == ("published", "approved", editor)
        else:
            assert (claim.status, verdict.state, verdict.approved_by) == ("in_progress", "returned", None)
        assert moves.get().to_status == claim.status
