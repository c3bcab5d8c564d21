"""Email people about the transitions that concern them: assignment, return, approval, overdue."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from .models import ClaimTransition, DeskProfile

logger = logging.getLogger(__name__)


def wants_email(user) -> bool:
    if user is None or not user.is_active or not user.email:
        return False
    profile = DeskProfile.objects.filter(user=user).first()
    return profile is None or profile.email_notifications


def _recipient(transition: ClaimTransition):
    claim = transition.claim
    if transition.to_status == "assigned":
        return claim.assignee, "assigned to you"
    if transition.from_status == "in_review" and transition.to_status == "in_progress":
        return claim.assignee, "returned to you"
    if transition.to_status == "published":
        verdict = claim.verdicts.order_by("-version").first()
        return (verdict.proposed_by if verdict else None), "approved and published"
    return None, ""


def notify_transition(*, transition_id: int) -> bool:
    transition = ClaimTransition.objects.select_related("claim", "claim__assignee", "actor").filter(pk=transition_id).first()
    if transition is None:
        return False
    person, what = _recipient(transition)
    if person is None or person == transition.actor or not wants_email(person):
        return False
    return send_claim_email(user=person, claim=transition.claim, what=what, reason=transition.reason)


def send_claim_email(*, user, claim, what: str, reason: str = "") -> bool:
    context = {
        "user": user,
        "claim": claim,
        "what": what,
        "reason": reason,
        "url": f"{settings.VERIFY_SITE_URL}/desk/claims/{claim.pk}/",
    }
    body = render_to_string("emails/claim_update.txt", context)
    try:
        send_mail(f"[verify] Claim {claim.pk} {what}", body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except OSError as exc:
        logger.warning("could not email %s about claim %s: %s", user, claim.pk, exc)
        return False
    return True


def notify_overdue(*, claim) -> bool:
    """Remind the assignee that a claim is past its deadline (the caller makes it once a day)."""
    person = claim.assignee
    if person is None or not wants_email(person):
        return False
    deadline = claim.deadline.strftime("%Y-%m-%d %H:%M %Z") if claim.deadline else ""
    return send_claim_email(user=person, claim=claim, what="past its deadline", reason=f"it was due {deadline}")
