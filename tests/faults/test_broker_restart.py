"""Redis stopped and restarted while articles wait in the queue: every article is extracted."""

import shutil
from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services, tasks
from claims.models import Article

from .conftest import another_article, assert_extracted_once

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def test_a_redis_restart_with_extractions_running_and_queued_loses_none(desk, seed_text):
    # The healthy worker is consuming: some tasks are running and some queued when Redis goes.
    articles = [services.ingest_article(text=another_article(seed_text, n)) for n in range(6)]
    desk.broker.stop()
    desk.broker.start()  # its append-only file brings back what was queued or unacknowledged

    desk.wait_healthy_connected()
    for done in desk.wait_extracted([a.pk for a in articles], timeout=90):
        assert_extracted_once(done)
    desk.wait_idle(timeout=40)


def test_articles_whose_tasks_redis_lost_are_queued_again_by_the_sweeper(desk, seed_text):
    desk.pause_healthy()
    articles = [services.ingest_article(text=another_article(seed_text, n)) for n in range(3)]
    assert desk.queued() == 3
    desk.broker.stop()
    shutil.rmtree(desk.broker.data_dir / "appendonlydir", ignore_errors=True)  # a Redis that lost its data
    desk.broker.start()
    assert desk.queued() == 0

    desk.wait_healthy_connected()
    desk.resume_healthy()
    assert {a.extraction_status for a in Article.objects.all()} == {Article.ExtractionStatus.RECEIVED}
    # The sweeper leaves recently queued articles alone (they may be waiting behind a backlog);
    # these were queued "an hour ago", longer than the stuck limit, as if Redis lost them then.
    an_hour_ago = timezone.now() - timedelta(hours=1)
    Article.objects.update(created_at=an_hour_ago, extraction_queued_at=an_hour_ago)
    tasks.requeue_stuck_articles.delay()  # what beat sends every five minutes

    for done in desk.wait_extracted([a.pk for a in articles]):
        assert_extracted_once(done)
        assert done.extraction_attempts == 1
    desk.wait_idle()
