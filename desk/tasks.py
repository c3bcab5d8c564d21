"""The desk's periodic work, run by Celery beat (see CELERY_BEAT_SCHEDULE)."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

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
def remind_overdue_claims() -> int:
    """Remind assignees of claims past their deadline, at most once per claim per day.

    Expired leases are returned to the queue by claims.tasks.release_expired_leases, on its own
    beat entry; this task does not repeat that work.
    """
    reminded = services.remind_overdue_claims()
    if reminded:
        logger.info("desk sweep: %d overdue reminders sent", reminded)
    return reminded
