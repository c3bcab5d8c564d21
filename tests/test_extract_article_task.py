"""The extract_article task: queued after commit, thin, safe to run twice, failures recorded."""

import pytest
from django.db import transaction

from claims import extraction, services, tasks
from claims.models import Article

from .test_extraction_service import TEXT, fake_result

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queued(monkeypatch):
    ids = []
    monkeypatch.setattr(tasks.extract_article, "delay", lambda article_id: ids.append(article_id))
    return ids


def test_it_is_queued_only_after_the_article_commits(queued):
    with transaction.atomic():
        article = services.ingest_article(text=TEXT)
        assert queued == []
    assert queued == [article.pk]


def test_a_rolled_back_ingest_queues_nothing(queued):
    class Boom(Exception):
        pass

    with pytest.raises(Boom), transaction.atomic():
        services.ingest_article(text=TEXT)
        raise Boom
    assert queued == []
    assert Article.objects.count() == 0


def test_a_broker_that_is_down_leaves_the_article_stored_for_the_sweeper(monkeypatch):
    def down(article_id):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.extract_article, "delay", down)
    article = services.ingest_article(text=TEXT)
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.RECEIVED


def test_the_sweeper_requeues_articles_stuck_in_received_or_extracting(queued, settings):
    from datetime import timedelta

    from django.utils import timezone

    old = timezone.now() - timedelta(hours=2)
    waiting = Article.objects.create(original_text="a b c", content_hash="w")
    crashed = Article.objects.create(
        original_text="d e f", content_hash="c", extraction_status="extracting", extraction_started_at=old
    )
    fresh = Article.objects.create(original_text="g h i", content_hash="f")
    done = Article.objects.create(original_text="j k l", content_hash="d", extraction_status="extracted")
    Article.objects.filter(pk__in=[waiting.pk, crashed.pk, done.pk]).update(created_at=old)
    assert tasks.requeue_stuck_articles() == 2
    assert sorted(queued) == sorted([waiting.pk, crashed.pk])
    assert fresh.pk not in queued and done.pk not in queued


def test_the_task_runs_extraction_and_twice_is_the_same(monkeypatch):
    monkeypatch.setattr(extraction, "extract", lambda text, time_budget=None: fake_result(text))
    monkeypatch.setattr(services, "enqueue_extraction", lambda *, article_id: True)
    article = services.ingest_article(text=TEXT)
    assert tasks.extract_article.apply(args=[article.pk]).get() == "extracted"
    first = list(article.claims.values_list("pk", "start", "end"))
    assert tasks.extract_article.apply(args=[article.pk]).get() == "extracted"
    assert list(article.claims.values_list("pk", "start", "end")) == first


def test_an_unexpected_crash_marks_the_article_failed_with_a_reason(monkeypatch):
    def crash(text, time_budget=None):
        raise IndexError("list index out of range")

    monkeypatch.setattr(extraction, "extract", crash)
    monkeypatch.setattr(services, "enqueue_extraction", lambda *, article_id: True)
    article = services.ingest_article(text=TEXT)
    assert tasks.extract_article.apply(args=[article.pk]).get() == "failed"
    article.refresh_from_db()
    assert article.extraction_status == "failed"
    assert "IndexError: list index out of range" in article.failure_reason
    assert article.claims.count() == 0


def test_a_deleted_article_is_skipped():
    assert tasks.extract_article.apply(args=[123456]).get() == "gone"


def test_the_sweeper_requeues_a_lost_url_fetch_and_extraction_waits_for_it(monkeypatch, queued):
    from datetime import timedelta

    from django.utils import timezone

    fetches = []
    monkeypatch.setattr(services, "enqueue_fetch", lambda *, article_id: fetches.append(article_id) or True)
    waiting = Article.objects.create(
        original_text="", content_hash="u", origin="url", url="https://example.org/a", extraction_status="fetching"
    )
    Article.objects.filter(pk=waiting.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    assert tasks.requeue_stuck_articles() == 1
    assert fetches == [waiting.pk] and queued == []
    assert services.run_extraction(article_id=waiting.pk).extraction_status == "fetching"
    assert Article.objects.get(pk=waiting.pk).claims.count() == 0


def test_the_sweeper_leaves_articles_that_were_queued_recently_and_wait_behind_a_backlog(queued):
    from datetime import timedelta

    from django.utils import timezone

    old = timezone.now() - timedelta(hours=2)
    waiting = Article.objects.create(original_text="a b c", content_hash="q1", extraction_queued_at=timezone.now())
    lost = Article.objects.create(original_text="d e f", content_hash="q2", extraction_queued_at=old)
    Article.objects.filter(pk__in=[waiting.pk, lost.pk]).update(created_at=old)
    assert tasks.requeue_stuck_articles() == 1
    assert queued == [lost.pk]


def test_queueing_records_when_the_article_was_queued(queued):
    article = services.ingest_article(text=TEXT)
    article.refresh_from_db()
    assert queued == [article.pk]
    assert article.extraction_queued_at is not None
