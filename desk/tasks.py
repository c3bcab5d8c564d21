"""The desk's periodic work, run by Celery beat (see CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims import services as claim_services

from . import services

logger = logging.getLogger(__name__)


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=30,
    max_retries=3,
    soft_time_limit=120,
    time_limit=180,
)
def remind_overdue_claims() -> dict:
    """Return expired leases to the queue, then remind assignees of claims past their deadline.

    Both steps are idempotent: a second run in the same day sends nothing new.
    """
    released = claim_services.release_expired_leases()
    reminded = services.remind_overdue_claims()
    if released or reminded:
        logger.info("desk sweep: %d leases released, %d overdue reminders sent", released, reminded)
    return {"released": released, "reminded": reminded}
