"""Absolute links in API answers, on the canonical site address (VERIFY_SITE_URL), so that the
same claim has the same links in an API answer, a webhook payload and its ClaimReview."""

from __future__ import annotations

from django.conf import settings

API = "/api/v1"


def _base() -> str:
    return settings.VERIFY_SITE_URL.rstrip("/") + API


def claim(pk: int) -> str:
    return f"{_base()}/claims/{pk}/"


def claimreview(pk: int) -> str:
    return f"{_base()}/claims/{pk}/claimreview"


def article(pk: int) -> str:
    return f"{_base()}/articles/{pk}/"


def source(pk: int) -> str:
    return f"{_base()}/sources/{pk}/"


def claims_of_source(pk: int) -> str:
    return f"{_base()}/claims/?source={pk}"


def webhook(pk: int) -> str:
    return f"{_base()}/webhooks/{pk}/"
