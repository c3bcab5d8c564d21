"""The web process freezes what start-up loaded and makes full collections rare; env can undo it."""

import gc

import pytest
from django.core.exceptions import ImproperlyConfigured

from verify import gc_tuning


@pytest.fixture(autouse=True)
def restore_the_collector():
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_start_up_objects_are_frozen_and_thresholds_raised(monkeypatch):
    monkeypatch.delenv("VERIFY_GC_FREEZE", raising=False)
    monkeypatch.delenv("VERIFY_GC_THRESHOLDS", raising=False)
    assert gc_tuning.tune_web_process() is True
    assert gc.get_freeze_count() > 10_000
    assert gc.get_threshold() == gc_tuning.DEFAULT_THRESHOLDS


def test_thresholds_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("VERIFY_GC_THRESHOLDS", "700,10,10")
    gc_tuning.tune_web_process()
    assert gc.get_threshold() == (700, 10, 10)


def test_it_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("VERIFY_GC_FREEZE", "0")
    before = gc.get_threshold()
    assert gc_tuning.tune_web_process() is False
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


@pytest.mark.parametrize("value", ["2000,20", "a,b,c", "0,10,10", "2000,-1,5"])
def test_wrong_thresholds_fail_loudly(monkeypatch, value):
    monkeypatch.setenv("VERIFY_GC_THRESHOLDS", value)
    with pytest.raises(ImproperlyConfigured, match="VERIFY_GC_THRESHOLDS"):
        gc_tuning.tune_web_process()


def test_a_wrong_switch_fails_loudly(monkeypatch):
    monkeypatch.setenv("VERIFY_GC_FREEZE", "maybe")
    with pytest.raises(ImproperlyConfigured, match="VERIFY_GC_FREEZE"):
        gc_tuning.tune_web_process()
