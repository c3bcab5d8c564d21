"""Background work. Each task takes an id, re-fetches, calls one service and is safe to run twice."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.db.models import Q
from django.utils import timezone

from . import services
from .models import Article

logger = logging.getLogger(__name__)

# Errors worth another try: the database or the network blinked.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=5,
    retry_backoff_max=settings.VERIFY_TASK_MAX_RETRY_DELAY,
    retry_jitter=True,
    max_retries=5,
    soft_time_limit=settings.CELERY_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.CELERY_TASK_TIME_LIMIT,
)
def extract_article(self, article_id: int) -> str:
    try:
        article = services.run_extraction(article_id=article_id)
    except SoftTimeLimitExceeded:
        services.mark_extraction_failed(
            article_id=article_id,
            reason=f"extraction took longer than {settings.CELERY_TASK_SOFT_TIME_LIMIT} seconds and was stopped",
        )
        return "failed"
    except TRANSIENT_ERRORS:
        raise
    except Exception as exc:
        # Not transient: retrying would fail the same way. Record it where people look.
        logger.exception("article %s: extraction crashed", article_id)
        services.mark_extraction_failed(article_id=article_id, reason=f"internal error: {exc.__class__.__name__}: {exc}")
        return "failed"
    return article.extraction_status if article else "gone"


@shared_task(acks_late=True)
def requeue_stuck_articles() -> int:
    """Queue again every article left `received` (broker was down), `extracting` (worker died) or
    `fetching` (its fetch task was lost)."""
    now = timezone.now()
    stuck_extracting = now - timedelta(seconds=settings.VERIFY_STUCK_AFTER_SECONDS)
    waiting_since = now - timedelta(seconds=60)
    received = Article.ExtractionStatus.RECEIVED
    ids = list(
        Article.objects.filter(
            # Never queued (the broker was down at ingest), or queued so long ago that the task was lost;
            # an article queued recently is just waiting behind a backlog and is left alone.
            Q(extraction_status=received, extraction_queued_at__isnull=True, created_at__lt=waiting_since)
            | Q(extraction_status=received, extraction_queued_at__lt=stuck_extracting)
            | Q(extraction_status=Article.ExtractionStatus.EXTRACTING, extraction_started_at__lt=stuck_extracting)
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:1000]
    )
    queued = sum(1 for pk in ids if services.enqueue_extraction(article_id=pk))
    fetches = list(
        Article.objects.filter(extraction_status=Article.ExtractionStatus.FETCHING, updated_at__lt=stuck_extracting)
        .order_by("pk")
        .values_list("pk", flat=True)[:1000]
    )
    queued += sum(1 for pk in fetches if services.enqueue_fetch(article_id=pk))
    ids += fetches
    if ids:
        logger.info("sweeper: %d stuck articles found, %d queued again", len(ids), queued)
    return queued


@shared_task(acks_late=True)
def release_expired_leases() -> int:
    released = services.release_expired_leases()
    if released:
        logger.info("%d claims returned to the queue after their assignment lease expired", released)
    return released


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_jitter=True,
    max_retries=3,
    soft_time_limit=settings.VERIFY_URL_FETCH_TIMEOUT + 30,
    time_limit=settings.VERIFY_URL_FETCH_TIMEOUT + 60,
)
def fetch_article_url(self, article_id: int) -> str:
    """Fetch a URL article's page (address-checked, size and time limited) and store its text."""
    from .fetch import FetchError, UnsafeURLError, fetch_article

    article = Article.objects.filter(pk=article_id).first()
    if article is None or not services.is_awaiting_fetch(article):
        logger.info("article %s: nothing to fetch", article_id)
        return "skipped"
    try:
        fetched = fetch_article(article.url)
        services.store_fetched_article(article_id=article_id, text=fetched.text)
    except (UnsafeURLError, FetchError, services.IngestError) as exc:
        if not isinstance(exc, services.DuplicateArticleError):
            services.mark_fetch_failed(article_id=article_id, reason=str(exc))
        return "failed"
    except SoftTimeLimitExceeded:
        services.mark_fetch_failed(article_id=article_id, reason="the fetch took too long and was stopped")
        return "failed"
    return "fetched"

