"""End to end: a real Celery worker on Redis and PostgreSQL extracts an ingested article."""

from pathlib import Path

import pytest

from claims import services
from claims.models import Article, Claim
from verify.celery import app as celery_app

from .celery_worker import Worker, require_real_services, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_a63f8e3313b1e4f1.txt"


@pytest.fixture
def worker(transactional_db):
    require_real_services()
    celery_app.conf.task_always_eager = False
    celery_app.control.purge()
    started = Worker()
    try:
        started.wait_ready()
        yield started
    finally:
        started.stop()
        celery_app.conf.task_always_eager = True


def test_a_real_worker_extracts_the_seed_into_its_claims(worker):
    text = services.decode_article_bytes(data=SEED.read_bytes(), name=SEED.name)
    article = services.ingest_article(text=text, origin=Article.Origin.FILE, filename=SEED.name)

    def extracted():
        return Article.objects.filter(pk=article.pk, extraction_status__in=["extracted", "failed"]).first()

    done = wait_for(extracted, timeout=120, what=f"article {article.pk} to be extracted\n{worker.log()}")
    assert done.extraction_status == "extracted", done.failure_reason
    claims = Claim.objects.filter(article=article).order_by("ordinal")
    assert claims.count() == 20
    assert all(text[c.start : c.end] == c.text for c in claims)
    assert claims.filter(unverifiable=True).count() == 2
    assert claims.filter(attributions__via="AFP").exists()
    assert done.extraction_attempts == 1
    assert "claims.tasks.extract_article" in worker.log()
    assert done.title == "Syria: Aleppo's fate in the balance as IS advances"
