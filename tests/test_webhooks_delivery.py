"""Webhook delivery to a real receiver on 127.0.0.1: Standard Webhooks signatures, the same
webhook-id on retries, backoff with jitter, every attempt logged, events from the workflow."""

import json

import pytest

from claims import services
from webhooks import services as webhooks
from webhooks.models import Delivery, DeliveryAttempt

from .api_factories import *  # noqa: F403
from .api_factories import publish_through_workflow
from .factories import ClaimFactory, rating

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscription(receiver):
    return webhooks.create_subscription(
        url=f"{receiver.url}/hooks",
        events=["claim.published", "claim.verdict_changed", "claim.withdrawn"],
        name="newsroom",
    )


def _verified(receiver, secret):
    return [webhooks.verify(secret=secret, headers=r["headers"], body=r["body"]) for r in receiver.requests]


def test_publishing_a_claim_delivers_a_signed_event(
    receiver, subscription, fact_checker, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim = publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    assert request["method"] == "POST" and request["path"] == "/hooks"
    assert _verified(receiver, subscription.secret) == [True]
    assert request["headers"]["webhook-signature"].startswith("v1,")
    assert request["headers"]["webhook-id"].startswith("msg_")
    body = json.loads(request["body"])
    assert body["type"] == "claim.published"
    assert body["data"]["id"] == claim.pk and body["data"]["verdict"]["rating"] == "False"
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.webhook_id) == (
        "succeeded",
        1,
        request["headers"]["webhook-id"],
    )


def test_a_wrong_secret_or_a_changed_body_does_not_verify(
    receiver, subscription, fact_checker, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    request = receiver.requests[0]
    other = webhooks.create_subscription(url=f"{receiver.url}/x", events=["claim.published"])
    assert not webhooks.verify(secret=other.secret, headers=request["headers"], body=request["body"])
    assert not webhooks.verify(secret=subscription.secret, headers=request["headers"], body=request["body"] + b" ")


def test_a_receiver_that_fails_twice_gets_the_same_message_a_third_time(
    receiver, subscription, fact_checker, editor, django_capture_on_commit_callbacks, monkeypatch
):
    delays = []
    real_enqueue = webhooks.enqueue_delivery

    def enqueue(*, delivery_id, countdown=None):
        delays.append(countdown)
        return real_enqueue(delivery_id=delivery_id, countdown=countdown)

    monkeypatch.setattr(webhooks, "enqueue_delivery", enqueue)
    receiver.script = [500, 503]
    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    assert len(receiver.requests) == 3
    assert len({r["headers"]["webhook-id"] for r in receiver.requests}) == 1
    assert _verified(receiver, subscription.secret) == [True, True, True]
    delivery = Delivery.objects.get()
    assert delivery.status == "succeeded" and delivery.attempts == 3
    attempts = list(DeliveryAttempt.objects.filter(delivery=delivery).order_by("number"))
    assert [(a.number, a.status_code, a.succeeded) for a in attempts] == [
        (1, 500, False),
        (2, 503, False),
        (3, 200, True),
    ]
    assert "HTTP 500" in attempts[0].error
    # first queued with no delay, then two retries with growing backoff
    assert delays[0] is None and 0 < delays[1] and delays[1] < delays[2] * 2


def test_it_gives_up_after_the_last_attempt(
    receiver, subscription, settings, fact_checker, editor, django_capture_on_commit_callbacks
):
    settings.VERIFY_WEBHOOK_MAX_ATTEMPTS = 3
    receiver.script = [500] * 10
    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, len(receiver.requests)) == ("failed", 3, 3)
    assert delivery.attempt_log.count() == 3


def test_backoff_grows_exponentially_with_jitter(settings):
    settings.VERIFY_WEBHOOK_BACKOFF_BASE = 10
    settings.VERIFY_WEBHOOK_BACKOFF_MAX = 600
    for attempt, ceiling in [(1, 10), (2, 20), (3, 40), (4, 80), (10, 600)]:
        samples = {round(webhooks.backoff_delay(attempt), 6) for _ in range(50)}
        assert all(ceiling / 2 <= s <= ceiling for s in samples)
        assert len(samples) > 1, "jittered"


def test_corrections_and_withdrawals_are_events_too(
    receiver, subscription, fact_checker, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim = publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    with django_capture_on_commit_callbacks(execute=True):
        claim = services.reopen_claim(claim=claim, actor=editor, reason="new records", assignee=fact_checker)
    with django_capture_on_commit_callbacks(execute=True):
        services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("True"), explanation="Corrected.")
        services.approve_verdict(claim=claim, actor=editor)
    claim.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        claim = services.reopen_claim(claim=claim, actor=editor, reason="wrong claim")
    with django_capture_on_commit_callbacks(execute=True):
        services.dismiss_claim(claim=claim, actor=editor, reason="not a claim")
    events = [json.loads(r["body"]) for r in receiver.requests]
    assert [(e["type"], e["data"]["status"]) for e in events] == [
        ("claim.published", "published"),
        ("claim.withdrawn", "correcting"),
        ("claim.verdict_changed", "published"),
        ("claim.withdrawn", "correcting"),
        ("claim.withdrawn", "withdrawn"),
    ]


def test_only_subscribed_events_are_sent_and_never_before_commit(
    receiver, fact_checker, editor, django_capture_on_commit_callbacks
):
    webhooks.create_subscription(url=f"{receiver.url}/w", events=["claim.withdrawn"])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    assert receiver.requests == [] and callbacks
    for callback in callbacks:
        callback()
    assert receiver.requests == []
    assert not Delivery.objects.exists()


def test_a_dismissed_never_published_claim_sends_nothing(
    receiver, subscription, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.dismiss_claim(claim=ClaimFactory(), actor=editor, reason="opinion")
    assert receiver.requests == []


def test_redirects_are_not_followed_for_webhooks(
    receiver, subscription, settings, fact_checker, editor, django_capture_on_commit_callbacks
):
    settings.VERIFY_WEBHOOK_MAX_ATTEMPTS = 1
    receiver.routes["/hooks"] = (307, {"Location": "http://10.0.0.1/"}, b"")
    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    delivery = Delivery.objects.get()
    assert delivery.status == "failed" and delivery.last_status_code == 307


def test_a_delivery_task_run_twice_makes_one_attempt(receiver, subscription):
    delivery = Delivery.objects.create(subscription=subscription, event="claim.published", payload={"type": "x"})
    from webhooks.tasks import deliver_webhook

    deliver_webhook(delivery.pk)
    deliver_webhook(delivery.pk)
    assert len(receiver.requests) == 1 and delivery.attempt_log.count() == 1
