"""Garbage-collector settings for a web process, applied once the application is loaded.

Serialising a page of 200 claims allocates tens of thousands of objects; some survive a young
collection mid-request and push CPython into a full collection every few requests, and a full
collection walks every object Django, DRF and our modules loaded at start-up (~100,000). Measured
on the published-claims list at 1,000,000 claims (bench/scale.py): p50 52 ms, p95 144 ms with the
defaults; p50 49 ms, p95 58 ms after freezing the start-up objects and making full collections
rarer. Young collections still run as usual, so short-lived cycles are freed at once; gunicorn's
max-requests recycling bounds what waits for a full collection.

VERIFY_GC_FREEZE=0 turns it off; VERIFY_GC_THRESHOLDS="700,10,10" restores CPython's defaults.
"""

from __future__ import annotations

import gc
import os

from django.core.exceptions import ImproperlyConfigured

DEFAULT_THRESHOLDS = (2000, 20, 1000)


def thresholds_from_environment() -> tuple[int, int, int]:
    value = os.environ.get("VERIFY_GC_THRESHOLDS", "").strip()
    if not value:
        return DEFAULT_THRESHOLDS
    wrong = ImproperlyConfigured(f"VERIFY_GC_THRESHOLDS={value!r}: expected three integers like 2000,20,1000")
    try:
        numbers = tuple(int(part) for part in value.split(","))
    except ValueError:
        raise wrong from None
    if len(numbers) != 3 or numbers[0] < 1 or min(numbers) < 0:
        raise wrong
    return numbers  # type: ignore[return-value]


def tune_web_process() -> bool:
    """Freeze what start-up loaded and set the thresholds; False when turned off."""
    switch = os.environ.get("VERIFY_GC_FREEZE", "1").strip().lower()
    if switch not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
        raise ImproperlyConfigured(f"VERIFY_GC_FREEZE={switch!r}: expected 1 or 0")
    thresholds = thresholds_from_environment()
    if switch in ("0", "false", "no", "off"):
        return False
    from django.urls import get_resolver

    len(get_resolver().url_patterns)  # load every view module now, so that it is frozen too
    gc.collect()
    gc.freeze()
    gc.set_threshold(*thresholds)
    return True
