"""Desk writes that combine the claims services, and the desk's own records (reminders)."""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims import services
from claims.models import Claim, Evidence
from claims.notifications import notify_overdue, wants_email

from . import selectors
from .models import OverdueReminder

logger = logging.getLogger(__name__)
S = Claim.Status


@transaction.atomic
def add_evidence(*, claim: Claim, actor, url: str = "", archive_url: str = "", note: str = "", stance: str) -> Evidence:
    """Add to the ledger; the assignee's first piece of evidence starts work on an assigned claim."""
    if claim.status == S.ASSIGNED and claim.assignee_id == actor.pk:
        claim = services.start_claim(claim=claim, actor=actor)
    return services.add_evidence(claim=claim, actor=actor, url=url, archive_url=archive_url, note=note, stance=stance)


def remind_overdue_claims(*, now: datetime | None = None) -> int:
    """Email the assignee of every claim past its deadline, at most once per claim per day.

    The unique (claim, day) row is taken first, so two runs at once send one email.
    """
    now = now or timezone.now()
    day = timezone.localdate(now)
    sent = 0
    for claim in selectors.overdue_claims(now=now):
        try:
            with transaction.atomic():
                OverdueReminder.objects.create(
                    claim=claim, user=claim.assignee, day=day, emailed=wants_email(claim.assignee)
                )
        except IntegrityError:
            continue  # already reminded today
        if notify_overdue(claim=claim):
            sent += 1
    if sent:
        logger.info("%d overdue reminders sent", sent)
    return sent
