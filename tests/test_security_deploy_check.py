"""`manage.py check --deploy` reports nothing under the production environment the README documents,
and reports the missing pieces when they are left out (so the test would notice a regression)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "verify.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://verify.example.org",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
    "BEHIND_TLS_PROXY": "1",
}


def check_deploy(env: dict) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "DATABASE_URL", "REDIS_URL")}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "verify.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = check_deploy(PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_it_warns_when_production_settings_are_left_out():
    env = {k: v for k, v in PRODUCTION.items() if k not in ("SECURE_HSTS_SECONDS", "SECURE_SSL_REDIRECT")}
    result = check_deploy({**env, "SECRET_KEY": "short"})
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W009"):
        assert warning in result.stdout + result.stderr
