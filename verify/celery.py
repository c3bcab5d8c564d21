import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verify.settings")

app = Celery("verify")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def load_the_language_model(**kwargs) -> None:
    """Load spaCy once in the worker's main process, before the pool forks, so the first
    article a pool process takes does not spend seconds of its time budget loading it."""
    from claims.extraction import get_nlp

    get_nlp()
