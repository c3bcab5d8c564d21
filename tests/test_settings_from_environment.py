"""Settings come from the environment and fail loudly on a wrong value."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from verify.settings import envbool, envint, envlist

ROOT = Path(__file__).resolve().parent.parent


def test_it_reads_booleans(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "yes")
    assert envbool("SOME_FLAG", False) is True
    monkeypatch.setenv("SOME_FLAG", "0")
    assert envbool("SOME_FLAG", True) is False


def test_it_refuses_a_boolean_it_cannot_read(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="SOME_FLAG='maybe'"):
        envbool("SOME_FLAG", False)


def test_it_refuses_a_non_integer_and_a_too_small_integer(monkeypatch):
    monkeypatch.setenv("SOME_NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="expected an integer"):
        envint("SOME_NUMBER", 1)
    monkeypatch.setenv("SOME_NUMBER", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        envint("SOME_NUMBER", 5, minimum=1)


def test_it_splits_lists(monkeypatch):
    monkeypatch.setenv("SOME_HOSTS", "a.example, b.example,,")
    assert envlist("SOME_HOSTS", []) == ["a.example", "b.example"]


def _start(env_changes: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE")}
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-c", "import django; from django.conf import settings; django.setup(); print('started')"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "verify.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_will_not_start_in_production_without_a_secret_key():
    result = _start({"DEBUG": "0", "ALLOWED_HOSTS": "desk.example"})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_it_will_not_start_with_a_broken_database_url():
    result = _start({"DEBUG": "1", "DATABASE_URL": "nosuchdb://x"})
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_it_starts_with_a_secret_key_and_hosts():
    result = _start({"DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "desk.example"})
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
