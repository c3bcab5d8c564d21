"""Settings for the Celery workers that the fault tests (tests/faults/) start and kill.

The real settings, plus what only these tests need, read from environment variables that no
other settings module honours:

- the Redis transport sweeps for unacknowledged tasks every second (the default is every
  100 seconds), so that a task whose worker was killed comes back soon after the short
  visibility timeout the tests set through CELERY_BROKER_VISIBILITY_TIMEOUT;
- VERIFY_FAULTS_EXTRACT_DELAY=seconds: sleep before each extraction (time to kill the worker);
- VERIFY_FAULTS_EXTRACT_EXIT=1: end the pool process abruptly in each extraction;
- VERIFY_FAULTS_PRELOAD=1: each pool process loads the language model as it starts, so that
  the tests' short extraction budget measures extraction, not a model load on a busy machine.

It refuses to run against a database whose name does not start with "test_".
"""

import os
import time

from celery.signals import worker_init, worker_process_init
from django.core.exceptions import ImproperlyConfigured

from .settings import *  # noqa: F403
from .settings import CELERY_BROKER_TRANSPORT_OPTIONS, DATABASES

if not str(DATABASES["default"]["NAME"]).startswith("test_"):
    raise ImproperlyConfigured("verify.settings_faults injects faults; it only runs against a test_ database")

CELERY_BROKER_TRANSPORT_OPTIONS = {
    **CELERY_BROKER_TRANSPORT_OPTIONS,
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
    # A worker killed while holding the restore lock must not block the others for 5 minutes.
    "unacked_mutex_expire": 5,
}

_DELAY = float(os.environ.get("VERIFY_FAULTS_EXTRACT_DELAY") or 0)
_EXIT = os.environ.get("VERIFY_FAULTS_EXTRACT_EXIT") == "1"


def _install_extraction_hooks(**_kwargs) -> None:
    import claims.extraction as extraction

    real = getattr(extraction.extract, "__wrapped_by_faults__", None) or extraction.extract

    def extract(text, *, time_budget=None):
        if _DELAY:
            time.sleep(_DELAY)
        if _EXIT:
            os._exit(17)
        return real(text, time_budget=time_budget)

    extract.__wrapped_by_faults__ = real
    extraction.extract = extract


def _load_model(**_kwargs) -> None:
    from claims.extraction import get_nlp

    get_nlp()


if os.environ.get("VERIFY_FAULTS_PRELOAD") == "1":
    worker_process_init.connect(_load_model, weak=False)
    # A pool process that loads the model takes longer than Celery's default 4 s to start.
    CELERY_WORKER_PROC_ALIVE_TIMEOUT = 120
if _DELAY or _EXIT:
    # worker_init runs in the main process before the pool forks; worker_process_init in each
    # pool process (a replacement process after a crash included).
    worker_init.connect(_install_extraction_hooks, weak=False)
    worker_process_init.connect(_install_extraction_hooks, weak=False)
