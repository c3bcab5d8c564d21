"""SIGTERM during a task: the task finishes (warm shutdown) or goes back to the queue; none is lost."""

import signal

import pytest

from claims import services
from claims.models import Article

from ..celery_worker import wait_for
from .conftest import another_article, assert_extracted_once

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def _extracting():
    return Article.objects.filter(extraction_status=Article.ExtractionStatus.EXTRACTING).first()


def test_sigterm_to_the_worker_finishes_the_running_extraction_and_leaves_the_rest_queued(desk, seed_text):
    desk.pause_healthy()
    stopping = desk.worker(VERIFY_FAULTS_EXTRACT_DELAY=3)
    articles = [services.ingest_article(text=another_article(seed_text, n)) for n in range(3)]
    running = wait_for(_extracting, timeout=60, what=f"an extraction to start\n{stopping.log()}")

    stopping.terminate()  # the main process only: what `kill PID`, Docker or a process manager sends
    assert stopping.wait_exit(timeout=30) == 0, stopping.log()

    running.refresh_from_db()
    assert running.extraction_status == Article.ExtractionStatus.EXTRACTED, stopping.log()
    assert (desk.queued(), desk.unacked()) == (2, 0), "the two waiting tasks are back in the queue, none held"

    desk.resume_healthy()
    for done in desk.wait_extracted([a.pk for a in articles]):
        assert_extracted_once(done)
        assert done.extraction_attempts == 1  # nothing ran twice
    desk.wait_idle()


def test_sigterm_to_the_whole_process_group_sends_the_running_task_back(desk, seed_text):
    # systemd's default KillMode signals every process of the service at once, pool processes included.
    desk.pause_healthy()
    stopping = desk.worker(VERIFY_FAULTS_EXTRACT_DELAY=60, preload=False)
    article = services.ingest_article(text=seed_text)
    wait_for(_extracting, timeout=60, what=f"the extraction to start\n{stopping.log()}")

    stopping.kill(signal.SIGTERM)
    stopping.wait_exit(timeout=30)
    assert desk.queued() + desk.unacked() == 1, "the interrupted task is still on the broker"

    desk.resume_healthy()
    [done] = desk.wait_extracted([article.pk])
    assert_extracted_once(done)
    assert done.extraction_attempts == 2
    desk.wait_idle()
