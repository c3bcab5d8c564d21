"""Webhook subscriptions and delivery, Standard Webhooks style (https://www.standardwebhooks.com/).

Each message is POSTed as JSON with three headers:
  webhook-id         the delivery's id, the same on every retry (receivers drop duplicates)
  webhook-timestamp  Unix seconds of this attempt
  webhook-signature  "v1,<base64 HMAC-SHA256 of '<id>.<timestamp>.<body>'>", keyed with the
                     base64-decoded part of the subscription's "whsec_..." secret
A 2xx answer is success; anything else (or no answer) is retried with exponential backoff and
jitter, up to VERIFY_WEBHOOK_MAX_ATTEMPTS; every attempt is logged. Redirects are not followed.

Events are emitted by claims.services after the workflow transaction commits:
  claim.published        a claim's first verdict was approved
  claim.verdict_changed  a corrected verdict was approved for a claim published before
  claim.withdrawn        a published claim was reopened for a correction or dismissed
The payload is {"type", "timestamp", "data": <the claim as GET /api/v1/claims/{id}/ shows it>}.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims import urlsafety
from claims.models import Claim, Verdict
from claims.services import ServiceError

from .models import Delivery, DeliveryAttempt, Event, Subscription

logger = logging.getLogger("claims.webhooks")

SIGNATURE_VERSION = "v1"
RESPONSE_EXCERPT = 500


class WebhookError(ServiceError):
    pass


# --------------------------------------------------------------------------- signing


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix("whsec_"))


def sign(*, secret: str, webhook_id: str, timestamp: int | str, body: bytes) -> str:
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return f"{SIGNATURE_VERSION},{base64.b64encode(digest).decode('ascii')}"


def verify(*, secret: str, headers: dict[str, str], body: bytes, tolerance: int = 300) -> bool:
    """What a receiver does: check the timestamp is recent and one signature matches."""
    lowered = {k.lower(): v for k, v in headers.items()}
    webhook_id, timestamp = lowered.get("webhook-id", ""), lowered.get("webhook-timestamp", "")
    if not webhook_id or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > tolerance:
        return False
    expected = sign(secret=secret, webhook_id=webhook_id, timestamp=timestamp, body=body)
    return any(hmac.compare_digest(expected, given) for given in lowered.get("webhook-signature", "").split())


# --------------------------------------------------------------------------- subscriptions


def _check_events(events) -> list[str]:
    if not isinstance(events, list | tuple) or not events:
        raise WebhookError(f"choose at least one event: {', '.join(Event.values)}")
    unknown = [e for e in events if e not in Event.values]
    if unknown:
        raise WebhookError(f"unknown event(s) {', '.join(map(str, unknown))}; known: {', '.join(Event.values)}")
    return list(dict.fromkeys(events))


def check_subscription_url(url: str) -> str:
    try:
        return urlsafety.check_url(url).url
    except urlsafety.UnsafeURLError as exc:
        raise WebhookError(f"refused webhook URL: {exc}") from None


@transaction.atomic
def create_subscription(*, url: str, events, name: str = "", api_key=None, created_by=None) -> Subscription:
    url = check_subscription_url(url)
    return Subscription.objects.create(
        url=url,
        events=_check_events(events),
        name=(name or "")[:200],
        api_key=api_key,
        created_by=created_by if created_by is not None and getattr(created_by, "_meta", None) else None,
    )


@transaction.atomic
def update_subscription(*, subscription: Subscription, url=None, events=None, name=None, active=None) -> Subscription:
    if url is not None:
        subscription.url = check_subscription_url(url)
    if events is not None:
        subscription.events = _check_events(events)
    if name is not None:
        subscription.name = name[:200]
    if active is not None:
        subscription.active = bool(active)
    subscription.save()
    return subscription


@transaction.atomic
def delete_subscription(*, subscription: Subscription) -> None:
    subscription.delete()


# --------------------------------------------------------------------------- events


def claim_payload(*, claim_id: int, event: str) -> dict | None:
    from claims.api import queries
    from claims.api.serializers import claim_to_dict

    claim = queries.api_claims().filter(pk=claim_id).first()
    if claim is None:
        return None
    return {
        "type": event,
        "timestamp": timezone.now().isoformat().replace("+00:00", "Z"),
        "data": claim_to_dict(claim),
    }


def emit(*, claim_id: int, event: str) -> list[Delivery]:
    """Record one delivery per interested subscription and queue them once committed."""
    subscriptions = [s for s in Subscription.objects.filter(active=True) if s.wants(event)]
    if not subscriptions:
        return []
    payload = claim_payload(claim_id=claim_id, event=event)
    if payload is None:
        return []
    with transaction.atomic():
        deliveries = [
            Delivery.objects.create(subscription=s, event=event, claim_id=claim_id, payload=payload)
            for s in subscriptions
        ]
        for delivery in deliveries:
            delivery_id = delivery.pk
            transaction.on_commit(lambda d=delivery_id: enqueue_delivery(delivery_id=d), robust=True)
    logger.info("claim %s: %s queued for %d subscription(s)", claim_id, event, len(deliveries))
    return deliveries


def claim_verdict_approved(*, claim_id: int) -> list[Delivery]:
    corrected = Verdict.objects.filter(claim_id=claim_id, state=Verdict.State.SUPERSEDED).exists()
    return emit(claim_id=claim_id, event=Event.CLAIM_VERDICT_CHANGED if corrected else Event.CLAIM_PUBLISHED)


def claim_reopened(*, claim_id: int) -> list[Delivery]:
    return emit(claim_id=claim_id, event=Event.CLAIM_WITHDRAWN)


def claim_dismissed(*, claim_id: int) -> list[Delivery]:
    if not Claim.objects.filter(pk=claim_id, published_at__isnull=False).exists():
        return []  # never public: nobody outside the desk knew of it
    return emit(claim_id=claim_id, event=Event.CLAIM_WITHDRAWN)


# --------------------------------------------------------------------------- delivery


def backoff_delay(attempt: int) -> float:
    """Seconds to wait after failed attempt number `attempt` (1-based): exponential, capped,
    with jitter over the upper half so that many failing deliveries do not retry in step."""
    ceiling = min(settings.VERIFY_WEBHOOK_BACKOFF_MAX, settings.VERIFY_WEBHOOK_BACKOFF_BASE * 2 ** (attempt - 1))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def enqueue_delivery(*, delivery_id: int, countdown: float | None = None) -> bool:
    from .tasks import deliver_webhook

    try:
        deliver_webhook.apply_async((delivery_id,), countdown=countdown)
    except Exception as exc:  # the broker's errors are many; the sweeper queues it again
        logger.warning("delivery %s: could not queue (%s); the sweeper will retry", delivery_id, exc)
        return False
    return True


def body_bytes(payload: dict) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Outcome:
    delivery: Delivery
    succeeded: bool
    retry_in: float | None


def attempt_delivery(*, delivery_id: int) -> Outcome | None:
    """Make the next attempt of a pending delivery; None if it is gone, finished or taken."""
    delivery = Delivery.objects.select_related("subscription").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != Delivery.Status.PENDING:
        return None
    number = delivery.attempts + 1
    # Conditional UPDATE: of two workers holding the same task, exactly one makes this attempt.
    taken = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.PENDING, attempts=number - 1).update(
        attempts=number, next_attempt_at=None
    )
    if taken != 1:
        return None
    delivery.attempts = number
    subscription = delivery.subscription
    started = timezone.now()
    clock = time.monotonic()
    status_code, error, excerpt = None, "", ""
    if not subscription.active:
        error = "the subscription is disabled"
    else:
        body = body_bytes(delivery.payload)
        timestamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "verify-webhooks/1.0",
            "webhook-id": delivery.webhook_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(
                secret=subscription.secret, webhook_id=delivery.webhook_id, timestamp=timestamp, body=body
            ),
        }
        try:
            response = urlsafety.request(
                "POST",
                subscription.url,
                headers=headers,
                body=body,
                timeout=settings.VERIFY_WEBHOOK_TIMEOUT,
                max_bytes=64 * 1024,
                max_redirects=0,
            )
            status_code = response.status
            excerpt = response.body[:RESPONSE_EXCERPT].decode("utf-8", errors="replace")
            if not 200 <= status_code < 300:
                error = f"the receiver answered HTTP {status_code}"
        except (urlsafety.UnsafeURLError, urlsafety.FetchError) as exc:
            error = str(exc)
    succeeded = not error
    DeliveryAttempt.objects.create(
        delivery=delivery,
        number=number,
        started_at=started,
        duration_ms=int((time.monotonic() - clock) * 1000),
        status_code=status_code,
        succeeded=succeeded,
        error=error[:2000],
        response_excerpt=excerpt,
    )
    retry_in = None
    fields = {"last_status_code": status_code, "last_error": error[:2000]}
    if succeeded:
        fields.update(status=Delivery.Status.SUCCEEDED, delivered_at=timezone.now())
    elif number >= settings.VERIFY_WEBHOOK_MAX_ATTEMPTS or not subscription.active:
        fields.update(status=Delivery.Status.FAILED)
        logger.warning("delivery %s: gave up after %d attempts: %s", delivery.pk, number, error)
    else:
        retry_in = backoff_delay(number)
        fields.update(next_attempt_at=timezone.now() + timedelta(seconds=retry_in))
    Delivery.objects.filter(pk=delivery.pk).update(**fields)
    for name, value in fields.items():
        setattr(delivery, name, value)
    return Outcome(delivery=delivery, succeeded=succeeded, retry_in=retry_in)


def due_deliveries(*, overdue_seconds: int = 600) -> list[int]:
    """Pending deliveries whose queued task seems lost (the broker was down or dropped it)."""
    cutoff = timezone.now() - timedelta(seconds=overdue_seconds)
    from django.db.models import Q

    return list(
        Delivery.objects.filter(status=Delivery.Status.PENDING)
        .filter(Q(next_attempt_at__lt=cutoff) | Q(next_attempt_at__isnull=True, created_at__lt=cutoff))
        .order_by("pk")
        .values_list("pk", flat=True)[:1000]
    )
