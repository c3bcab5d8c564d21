"""Webhook subscriptions and their deliveries.

A Delivery is one message (an event for one subscription) with a `webhook_id` that stays the same
on every retry, so receivers can drop duplicates. Each try is a DeliveryAttempt row: when, how
long, what the receiver answered or what went wrong.
"""

from __future__ import annotations

import base64
import secrets

from django.conf import settings
from django.db import models


class Event(models.TextChoices):
    CLAIM_PUBLISHED = "claim.published", "claim.published"
    CLAIM_VERDICT_CHANGED = "claim.verdict_changed", "claim.verdict_changed"
    CLAIM_WITHDRAWN = "claim.withdrawn", "claim.withdrawn"


def new_secret() -> str:
    """A Standard Webhooks secret: "whsec_" and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def new_webhook_id() -> str:
    return "msg_" + secrets.token_urlsafe(18)


class Subscription(models.Model):
    name = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, help_text="Where to POST events; must be http(s) on a public address.")
    secret = models.CharField(max_length=100, default=new_secret, help_text="Signs every delivery (whsec_...).")
    events = models.JSONField(default=list, help_text='Event types to send, e.g. ["claim.published"].')
    active = models.BooleanField(default=True)
    api_key = models.ForeignKey(
        "rest_framework_api_key.APIKey",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="webhook_subscriptions",
        help_text="The consumer that made it through the API (it manages only its own).",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.name or self.url

    def wants(self, event: str) -> bool:
        return self.active and event in (self.events or [])


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "pending"
        SUCCEEDED = "succeeded", "succeeded"
        FAILED = "failed", "failed"

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    webhook_id = models.CharField(max_length=64, unique=True, default=new_webhook_id, editable=False)
    event = models.CharField(max_length=40, choices=Event.choices)
    claim_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    payload = models.JSONField(help_text="The body, exactly as sent (its JSON is signed).")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name_plural = "deliveries"
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_due_idx")]

    def __str__(self) -> str:
        return f"{self.event} to {self.subscription} ({self.status})"


class DeliveryAttempt(models.Model):
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(default=0)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    succeeded = models.BooleanField(default=False)
    error = models.TextField(blank=True)
    response_excerpt = models.TextField(blank=True)

    class Meta:
        ordering = ["delivery_id", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="attempt_unique_number")]

    def __str__(self) -> str:
        outcome = "ok" if self.succeeded else (self.error or f"HTTP {self.status_code}")
        return f"attempt {self.number}: {outcome}"
