from __future__ import annotations

from datetime import timedelta

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def duration(value: timedelta | None) -> str:
    """A short human duration: 45 s, 12 min, 3 h 20 min, 2 d 4 h."""
    if value is None:
        return "–"
    seconds = int(value.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


@register.filter
def overdue(deadline) -> bool:
    return deadline is not None and deadline < timezone.now()


@register.filter
def percent(value) -> str:
    """A CSS width from a number 0..100, never anything but digits and a dot."""
    try:
        number = max(0.0, min(100.0, float(value)))
    except (TypeError, ValueError):
        number = 0.0
    return f"{number:.1f}%"


@register.filter
def score(value) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return "–"


@register.simple_tag
def bar_x(index: int, width: int = 60, gap: int = 20, left: int = 10) -> int:
    return left + index * (width + gap)


@register.filter
def is_editor(user) -> bool:
    from claims import roles

    return roles.is_editor(user)


@register.filter
def is_fact_checker(user) -> bool:
    from claims import roles

    return roles.is_fact_checker(user)


@register.filter
def status_label(status: str) -> str:
    from claims.models import Claim

    try:
        return Claim.Status(status).label
    except ValueError:
        return status or "–"


@register.filter
def safe_url(value: str) -> str:
    """Only http(s) links become hrefs; anything else (javascript:, data:) becomes nothing."""
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""
