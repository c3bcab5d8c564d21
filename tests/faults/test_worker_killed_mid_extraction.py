"""A worker killed with SIGKILL in the middle of an extraction: another worker finishes it, once."""

import pytest

from claims import services
from claims.models import Article

from ..celery_worker import wait_for
from .conftest import assert_extracted_once

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def _extracting(article_id):
    return Article.objects.filter(pk=article_id, extraction_status=Article.ExtractionStatus.EXTRACTING).exists()


def test_a_killed_worker_leaves_the_task_for_another_worker_that_extracts_it_once(desk, seed_text):
    desk.pause_healthy()
    doomed = desk.worker(VERIFY_FAULTS_EXTRACT_DELAY=60, preload=False)
    article = services.ingest_article(text=seed_text, origin=Article.Origin.FILE)
    wait_for(lambda: _extracting(article.pk), timeout=30, what=f"extraction to start\n{doomed.log()}")
    doomed.kill()  # SIGKILL to the worker and its pool process: nothing is acknowledged, nothing cleaned up
    doomed.wait_exit(timeout=10)
    assert (desk.queued(), desk.unacked()) == (0, 1), "the task waits in the broker, unacknowledged"

    desk.resume_healthy()  # takes the task back once its visibility timeout has passed
    [done] = desk.wait_extracted([article.pk], timeout=60)

    assert_extracted_once(done)
    assert done.extraction_attempts == 2
    desk.wait_idle()


def test_an_article_that_kills_every_worker_is_given_up_after_the_delivery_limit(desk, seed_text):
    desk.pause_healthy()
    crasher = desk.worker(VERIFY_FAULTS_EXTRACT_EXIT=1, VERIFY_MAX_DELIVERIES=3, preload=False)
    article = services.ingest_article(text=seed_text, origin=Article.Origin.FILE)

    def given_up():
        return Article.objects.filter(pk=article.pk, extraction_status=Article.ExtractionStatus.FAILED).first()

    failed = wait_for(given_up, timeout=60, what=f"the article to be given up\n{crasher.log()}")
    assert "gave up after 3 attempts" in failed.failure_reason
    assert failed.claims.count() == 0
    # Each lost pool process sent the task straight back (reject_on_worker_lost), not after the timeout.
    assert crasher.log().count("exited with 'exitcode 17'") == 3
    desk.wait_idle()
