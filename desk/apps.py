from django.apps import AppConfig


class DeskConfig(AppConfig):
    """The web desk: fact-checkers' queues, the claim page and the editors' review."""

    name = "desk"
    default_auto_field = "django.db.models.BigAutoField"
