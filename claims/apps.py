import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("verify")


class ClaimsConfig(AppConfig):
    name = "claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            logger.info("REDIS_URL is not set: background tasks run in-process, right after each commit")
        else:
            logger.info("REDIS_URL is set: background tasks go to Celery through %s", _redacted(settings.REDIS_URL))


def _redacted(url: str) -> str:
    # Keep passwords out of logs.
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url
