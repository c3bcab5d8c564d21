"""Fault tests: real PostgreSQL, a private Redis and real Celery worker processes, killed on purpose.

The session gets its own redis-server on a free port (never the shared one on 6379: these
tests stop it, restart it empty and leave tasks unacknowledged in it), with an append-only
file as a production broker should have, and one long-lived healthy worker (`desk.healthy`,
two pool processes) that tests pause and resume. Tests start the workers they kill themselves.
All workers run verify.settings_faults: short time limits and visibility timeout, and
extraction made slow or fatal on request.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claims import extraction
from claims.models import Article, Claim, ClaimTransition
from verify.celery import app as celery_app

from ..celery_worker import (
    RedisServer,
    Worker,
    _control_app,
    _control_apps,
    require_real_services,
    use_broker,
    wait_for,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_a63f8e3313b1e4f1.txt"
LOG_DIR = ROOT / "test-artifacts" / "faults"

# The relations the settings enforce, scaled down so that a lost task comes back within seconds:
# visibility timeout 10 s > hard limit 9 s > soft limit 8 s > extraction budget 6 s; retries <= 5 s.
FAST_LIMITS = {
    "CELERY_BROKER_VISIBILITY_TIMEOUT": "10",
    "CELERY_TASK_TIME_LIMIT": "9",
    "CELERY_TASK_SOFT_TIME_LIMIT": "8",
    "VERIFY_EXTRACTION_TIME_BUDGET": "6",
    "VERIFY_TASK_MAX_RETRY_DELAY": "5",
    "VERIFY_AUTO_ASSIGN": "0",
}
QUEUE_KEYS = ("celery", "unacked", "unacked_index")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here) and item.get_closest_marker("faults") is None:
            raise pytest.UsageError(f"{item.nodeid}: every test in tests/faults is marked @pytest.mark.faults")


def start_worker(broker: RedisServer, *, wait: bool = True, concurrency: int = 1, preload: bool = True, **env):
    extra = {
        **FAST_LIMITS,
        "REDIS_URL": broker.url(),
        "VERIFY_FAULTS_PRELOAD": "1" if preload else "0",
        **{k: str(v) for k, v in env.items()},
    }
    started = Worker(
        concurrency=concurrency, extra_env=extra, log_dir=LOG_DIR, settings_module="verify.settings_faults"
    )
    if wait:
        try:
            started.wait_ready(timeout=120)
        except Exception:
            started.stop()
            raise
    return started


@pytest.fixture(scope="session")
def faults_broker(tmp_path_factory):
    broker = RedisServer(data_dir=tmp_path_factory.mktemp("faults-redis"), appendonly=True)
    broker.start()
    yield broker
    broker.stop()


@pytest.fixture(scope="session")
def healthy_worker(faults_broker, django_db_setup, django_db_blocker):
    # Tests use it through `desk`; it must point at the test database, hence django_db_setup.
    with django_db_blocker.unblock():
        started = start_worker(faults_broker, concurrency=2)
    yield started
    started.stop()


class Desk:
    """The broker, the workers and the checks one fault test needs."""

    def __init__(self, broker: RedisServer, healthy: Worker):
        self.broker = broker
        self.healthy = healthy
        self.workers: list[Worker] = []

    def worker(self, **kwargs) -> Worker:
        started = start_worker(self.broker, **kwargs)
        self.workers.append(started)
        return started

    # -- the healthy worker: paused while a test needs a task to go to a worker it will kill
    def pause_healthy(self) -> None:
        self._control("cancel_consumer")
        # A BRPOP already waiting when the consumer was cancelled can still take one message;
        # it gives up after kombu's brpop_timeout (1 s).
        time.sleep(1.5)

    def resume_healthy(self) -> None:
        self._control("add_consumer")

    def _control(self, command: str) -> None:
        # Through a control app of its own: after a broker restart a pooled connection may be stale.
        for _attempt in range(5):
            try:
                replies = getattr(_control_app(self.broker.url()).control, command)(
                    "celery", destination=[self.healthy.hostname], reply=True, timeout=3
                )
            except Exception:  # a stale connection: drop it and try again
                _control_apps.pop(self.broker.url(), None)
                continue
            if replies:
                return
        raise AssertionError(f"the healthy worker did not answer {command}\n{self.healthy.log()}")

    def wait_healthy_connected(self, timeout: float = 60) -> None:
        """After a broker restart: the healthy worker has reconnected and answers again."""
        wait_for(
            self.healthy.ping,
            timeout=timeout,
            what=f"the healthy worker to reconnect\n{self.healthy.log()}",
        )

    # -- the broker
    def queued(self, queue: str = "celery") -> int:
        return self.broker.client().llen(queue)

    def unacked(self) -> int:
        return self.broker.client().hlen("unacked")

    def clear_queues(self) -> None:
        # Not FLUSHDB: that would also drop the bindings the workers' remote control listens on.
        self.broker.client().delete(*QUEUE_KEYS)

    def logs(self) -> str:
        return "\n".join(f"--- {w.hostname}\n{w.log()}" for w in [self.healthy, *self.workers])

    def wait_extracted(self, article_ids, *, timeout: float = 60) -> list[Article]:
        ids = list(article_ids)

        def finished():
            done = list(Article.objects.filter(pk__in=ids, extraction_status__in=["extracted", "failed"]))
            return done if len(done) == len(ids) else None

        done = wait_for(finished, timeout=timeout, what=f"articles {ids} to be extracted\n{self.logs()}")
        failed = [(a.pk, a.failure_reason) for a in done if a.extraction_status != "extracted"]
        assert not failed, f"{failed}\n{self.logs()}"
        return done

    def wait_idle(self, timeout: float = 30) -> None:
        """Nothing queued, nothing unacknowledged: every task was finished and acknowledged."""
        wait_for(lambda: (self.queued(), self.unacked()) == (0, 0), timeout=timeout, what="an empty broker")


@pytest.fixture
def desk(request):
    require_real_services()
    request.getfixturevalue("transactional_db")
    broker = request.getfixturevalue("faults_broker")
    healthy = request.getfixturevalue("healthy_worker")
    previous = celery_app.conf.broker_url
    use_broker(broker.url())
    celery_app.conf.task_always_eager = False
    running = Desk(broker, healthy)
    running.clear_queues()
    try:
        yield running
    finally:
        for started in running.workers:
            started.stop()
        if broker.process is None:
            broker.start()
        try:
            running.wait_healthy_connected()
            running.resume_healthy()
            # Let the healthy worker finish what the test left, before the database is flushed.
            running.wait_idle()
        finally:
            running.clear_queues()
            celery_app.conf.task_always_eager = True
            use_broker(previous)


@pytest.fixture(scope="session")
def seed_text() -> str:
    from claims import services

    return services.decode_article_bytes(data=SEED.read_bytes(), name=SEED.name)


_clean: dict[str, list[tuple[int, int, str]]] = {}


def clean_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each claim from a clean in-process extraction of `text`."""
    if text not in _clean:
        result = extraction.extract(text, time_budget=60)
        _clean[text] = [(c["start"], c["end"], text[c["start"] : c["end"]]) for c in result["claims"]]
    return _clean[text]


def stored_spans(article: Article) -> list[tuple[int, int, str]]:
    return list(Claim.objects.filter(article=article).order_by("ordinal").values_list("start", "end", "text"))


def assert_extracted_once(article: Article) -> None:
    """The article's claims are those of a clean run, each with exactly one `new` transition."""
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.EXTRACTED, article.failure_reason
    spans = stored_spans(article)
    assert spans == clean_spans(article.original_text)
    assert len(spans) == len(set(spans))
    claims = Claim.objects.filter(article=article)
    new_moves = ClaimTransition.objects.filter(claim__article=article, to_status=Claim.Status.NEW)
    assert new_moves.count() == claims.count()
    assert set(new_moves.values_list("claim_id", flat=True)) == set(claims.values_list("pk", flat=True))


def another_article(text: str, n: int) -> str:
    """A different article (articles are de-duplicated by content): the text with a line of its own."""
    return f"{text.rstrip()}\n\nCorrection {n}: an earlier version of this article misspelled a name.\n"
