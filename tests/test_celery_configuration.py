"""Celery keeps the relations that make a lost worker harmless, and settings refuse to break them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from claims import tasks
from verify.celery import app

ROOT = Path(__file__).resolve().parent.parent


def test_tasks_are_acknowledged_late_and_given_back_when_their_worker_is_lost():
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.task_serializer == "json" and app.conf.accept_content == ["json"]
    assert settings.VERIFY_MAX_DELIVERIES >= 1  # redeliveries after a lost worker are bounded


def test_the_visibility_timeout_outlasts_every_run_and_every_retry():
    visibility = app.conf.broker_transport_options["visibility_timeout"]
    assert visibility == settings.CELERY_BROKER_VISIBILITY_TIMEOUT
    assert visibility > app.conf.task_time_limit > app.conf.task_soft_time_limit
    assert app.conf.task_soft_time_limit > settings.VERIFY_EXTRACTION_TIME_BUDGET
    assert visibility > settings.VERIFY_TASK_MAX_RETRY_DELAY
    assert visibility > settings.VERIFY_WEBHOOK_BACKOFF_MAX
    assert settings.VERIFY_STUCK_AFTER_SECONDS > app.conf.task_time_limit


def test_extract_article_carries_the_same_limits():
    task = tasks.extract_article
    assert task.acks_late is True
    assert (task.soft_time_limit, task.time_limit) == (
        settings.CELERY_TASK_SOFT_TIME_LIMIT,
        settings.CELERY_TASK_TIME_LIMIT,
    )
    assert task.retry_backoff_max == settings.VERIFY_TASK_MAX_RETRY_DELAY
    assert 0 < task.max_retries <= 10


def test_every_project_task_is_late_acknowledged_and_ends_before_it_could_be_redelivered():
    visibility = settings.CELERY_BROKER_VISIBILITY_TIMEOUT
    ours = {name: task for name, task in app.tasks.items() if not name.startswith("celery.")}
    assert "claims.tasks.extract_article" in ours and "claims.tasks.requeue_stuck_articles" in ours
    for name, task in ours.items():
        assert task.acks_late, name
        limit = task.time_limit or app.conf.task_time_limit
        assert limit and limit < visibility, name
        assert (getattr(task, "retry_backoff_max", 0) or 0) < visibility, name
        assert task.default_retry_delay < visibility, name


def test_beat_runs_the_sweepers():
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"claims.tasks.requeue_stuck_articles", "claims.tasks.release_expired_leases"} <= scheduled


def _settings_with(env_changes: dict) -> subprocess.CompletedProcess:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("CELERY_", "VERIFY_", "DJANGO_"))}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env={**keep, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "verify.settings", **env_changes},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_default_configuration_starts():
    result = _settings_with({})
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CELERY_BROKER_VISIBILITY_TIMEOUT": "120"}, "CELERY_BROKER_VISIBILITY_TIMEOUT must be longer"),
        (
            {"CELERY_BROKER_VISIBILITY_TIMEOUT": "500", "VERIFY_TASK_MAX_RETRY_DELAY": "900"},
            "CELERY_BROKER_VISIBILITY_TIMEOUT must be longer",
        ),
        ({"CELERY_TASK_SOFT_TIME_LIMIT": "200"}, "CELERY_TASK_TIME_LIMIT must be longer"),
        ({"VERIFY_EXTRACTION_TIME_BUDGET": "120"}, "VERIFY_EXTRACTION_TIME_BUDGET must be shorter"),
        ({"VERIFY_STUCK_AFTER_SECONDS": "60"}, "VERIFY_STUCK_AFTER_SECONDS must be longer"),
    ],
    ids=["visibility-below-time-limit", "visibility-below-retry-delay", "soft-limit-above-hard", "budget-above-soft",
         "sweeper-faster-than-time-limit"],
)
def test_settings_refuse_a_configuration_that_could_run_a_task_twice(env, message):
    result = _settings_with(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr
