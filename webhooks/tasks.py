"""Webhook delivery tasks: thin, take an id, safe to run twice (attempt_delivery claims each
attempt with a conditional UPDATE)."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings

from . import services

logger = logging.getLogger("claims.webhooks")


@shared_task(
    acks_late=True,
    soft_time_limit=settings.VERIFY_WEBHOOK_TIMEOUT + 20,
    time_limit=settings.VERIFY_WEBHOOK_TIMEOUT + 40,
)
def deliver_webhook(delivery_id: int) -> str:
    outcome = services.attempt_delivery(delivery_id=delivery_id)
    if outcome is None:
        return "skipped"
    if outcome.retry_in is not None:
        # The same delivery (same webhook-id) is tried again after the backoff.
        services.enqueue_delivery(delivery_id=delivery_id, countdown=outcome.retry_in)
        return "retrying"
    return outcome.delivery.status


@shared_task(acks_late=True)
def sweep_deliveries() -> int:
    ids = services.due_deliveries()
    queued = sum(1 for pk in ids if services.enqueue_delivery(delivery_id=pk))
    if ids:
        logger.info("webhooks sweeper: %d overdue deliveries, %d queued again", len(ids), queued)
    return queued
