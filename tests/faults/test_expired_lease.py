"""An assignment whose lease expired returns the claim to the queue, through the beat task on a worker."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services, tasks
from claims.models import Claim, ClaimTransition

from ..celery_worker import wait_for
from ..factories import ArticleFactory, ClaimFactory

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def test_the_release_task_returns_an_expired_assignment_to_the_queue(desk, fact_checker, other_fact_checker, editor):
    article = ArticleFactory()
    expired, current, started = (ClaimFactory(article=article) for _ in range(3))
    for claim in (expired, current, started):
        services.assign_claim(claim=claim, assignee=fact_checker, actor=editor)
    services.start_claim(claim=Claim.objects.get(pk=started.pk), actor=fact_checker)
    past = timezone.now() - timedelta(minutes=1)
    Claim.objects.filter(pk__in=[expired.pk, started.pk]).update(lease_expires_at=past)

    tasks.release_expired_leases.delay()

    def released():
        return Claim.objects.filter(pk=expired.pk, status=Claim.Status.NEW).first()

    claim = wait_for(released, timeout=30, what=f"the lease to be released\n{desk.logs()}")
    assert (claim.assignee, claim.lease_expires_at) == (None, None)
    move = ClaimTransition.objects.filter(claim=claim).latest("pk")
    assert (move.from_status, move.to_status, move.actor, move.reason) == (
        "assigned", "new", None, "assignment lease expired"
    )
    assert Claim.objects.get(pk=current.pk).status == Claim.Status.ASSIGNED  # lease still running
    assert Claim.objects.get(pk=started.pk).status == Claim.Status.IN_PROGRESS  # work has begun

    tasks.release_expired_leases.delay()  # again: nothing more to do
    desk.wait_idle()
    assert ClaimTransition.objects.filter(claim=claim, to_status="new").count() == 1
    assert services.take_next_claim(user=other_fact_checker).pk == claim.pk  # back in the queue
