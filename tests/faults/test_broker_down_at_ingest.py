"""Redis down when an article arrives: the article is stored, and the sweeper queues it later."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services, tasks
from claims.models import Article

from .conftest import assert_extracted_once

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def test_an_article_ingested_while_redis_is_down_is_stored_and_extracted_once_redis_is_back(desk, seed_text):
    desk.broker.stop()
    started = time.monotonic()
    article = services.ingest_article(text=seed_text, origin=Article.Origin.FILE)
    assert time.monotonic() - started < 10, "ingesting must not hang on a broker that is down"
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.RECEIVED
    assert article.original_text == seed_text

    desk.broker.start()
    desk.wait_healthy_connected()
    assert desk.queued() == 0  # nothing was queued: the sweeper has to find it
    Article.objects.filter(pk=article.pk).update(created_at=timezone.now() - timedelta(minutes=2))
    tasks.requeue_stuck_articles.delay()

    [done] = desk.wait_extracted([article.pk])
    assert_extracted_once(done)
    assert done.extraction_attempts == 1
    desk.wait_idle()
