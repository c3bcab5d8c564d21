"""The same extraction delivered twice, also at the same moment: one set of claims, one transition each."""

import threading

import pytest
from django.db import connection

from claims import extraction, services
from claims.models import Article, Claim, ClaimTransition
from claims.tasks import extract_article

from ..celery_worker import require_real_services
from .conftest import assert_extracted_once

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def test_two_deliveries_of_one_task_to_two_pool_processes_at_once_store_one_set_of_claims(desk, seed_text):
    desk.pause_healthy()
    article = services.ingest_article(text=seed_text)
    extract_article.delay(article.pk)  # the same task again, as a redelivery would bring it
    assert desk.queued() == 2
    desk.resume_healthy()  # two pool processes take one delivery each

    [done] = desk.wait_extracted([article.pk])
    desk.wait_idle()
    done.refresh_from_db()
    assert_extracted_once(done)
    assert done.extraction_attempts == 2


def test_two_runs_storing_at_the_same_moment_store_one_set_of_claims(transactional_db, seed_text, monkeypatch):
    require_real_services()
    from .conftest import clean_spans

    clean_spans(seed_text)  # load the model before the race
    monkeypatch.setattr(services, "enqueue_extraction", lambda *, article_id: True)
    article = services.ingest_article(text=seed_text)
    both_extracted = threading.Barrier(2, timeout=60)
    real = extraction.extract

    def extract_then_wait(text, *, time_budget=None):
        result = real(text, time_budget=time_budget)
        both_extracted.wait()  # both runs reach store_extraction together
        return result

    monkeypatch.setattr(extraction, "extract", extract_then_wait)
    errors = []

    def run():
        try:
            services.run_extraction(article_id=article.pk)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []

    assert_extracted_once(article)
    article.refresh_from_db()
    assert article.extraction_attempts == 2
    ids = sorted(Claim.objects.filter(article=article).values_list("pk", flat=True))
    monkeypatch.setattr(extraction, "extract", real)
    services.run_extraction(article_id=article.pk)  # and once more, later
    assert sorted(Claim.objects.filter(article=article).values_list("pk", flat=True)) == ids
    assert ClaimTransition.objects.filter(claim__article=article).count() == len(ids)
    assert Article.objects.get(pk=article.pk).extraction_status == Article.ExtractionStatus.EXTRACTED
