"""The beat task: remind assignees of overdue claims once a day, and release expired leases."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from claims import services
from claims.models import Claim, ClaimTransition, DeskProfile
from desk import tasks
from desk.models import OverdueReminder
from desk.services import remind_overdue_claims
from desk.testing import make_article

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def overdue(fact_checker):
    _, (late, on_time, *_rest) = make_article()
    now = timezone.now()
    Claim.objects.filter(pk=late.pk).update(
        status=S.IN_PROGRESS, assignee=fact_checker, deadline=now - timedelta(hours=2)
    )
    Claim.objects.filter(pk=on_time.pk).update(
        status=S.IN_PROGRESS, assignee=fact_checker, deadline=now + timedelta(days=3)
    )
    return late


def test_it_reminds_the_assignee_of_an_overdue_claim_once_a_day(overdue, fact_checker):
    mail.outbox.clear()
    assert remind_overdue_claims() == 1
    assert remind_overdue_claims() == 0
    assert [m.to for m in mail.outbox] == [[fact_checker.email]]
    assert "past its deadline" in mail.outbox[0].subject
    assert OverdueReminder.objects.get().claim == overdue
    tomorrow = timezone.now() + timedelta(days=1)
    assert remind_overdue_claims(now=tomorrow) == 1  # a new day, a new reminder
    assert len(mail.outbox) == 2


def test_it_does_not_email_people_who_turned_emails_off(overdue, fact_checker):
    DeskProfile.objects.update_or_create(user=fact_checker, defaults={"email_notifications": False})
    mail.outbox.clear()
    assert remind_overdue_claims() == 0
    assert mail.outbox == []
    assert OverdueReminder.objects.get().emailed is False


def test_it_leaves_claims_in_review_and_published_alone(overdue):
    Claim.objects.filter(pk=overdue.pk).update(status=S.IN_REVIEW)
    assert remind_overdue_claims() == 0


def test_the_beat_tasks_remind_and_release_expired_leases(overdue, fact_checker, editor):
    from claims import tasks as claim_tasks

    _, (claim, *_rest) = make_article(title="Another article", sentences=("The bridge opened in 1999.",))
    services.assign_claim(claim=claim, assignee=fact_checker, actor=editor)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - timedelta(minutes=1))
    mail.outbox.clear()
    assert tasks.remind_overdue_claims.delay().get() == 1
    assert claim_tasks.release_expired_leases.delay().get() == 1
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (S.NEW, None)
    assert ClaimTransition.objects.filter(claim=claim).latest("id").reason == "assignment lease expired"


def test_the_task_is_on_the_beat_schedule():
    entry = settings.CELERY_BEAT_SCHEDULE["remind-overdue-claims"]
    assert entry["task"] == "desk.tasks.remind_overdue_claims"
