"""The production processes start as the README says: gunicorn with whitenoise, and Celery beat.

Production settings (DEBUG=0, SECRET_KEY, ALLOWED_HOSTS), static files collected into a
temporary STATIC_ROOT, PostgreSQL (the test database) and the Redis broker from REDIS_URL.
The Celery worker is started the same way by tests/test_celery_worker_end_to_end.py.
"""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .celery_worker import free_port, require_real_services, wait_for
from .celery_worker import test_database_url as database_url_of_the_tests

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.fixture
def production_env(transactional_db, tmp_path):
    require_real_services()
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_", "VERIFY_"))}
    env = {
        **keep,
        "DJANGO_SETTINGS_MODULE": "verify.settings",
        "DEBUG": "0",
        "SECRET_KEY": "production-process-test-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url_of_the_tests(),
        "REDIS_URL": os.environ["REDIS_URL"],
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert collected.returncode == 0, collected.stderr
    return env


class Process:
    def __init__(self, args, *, env, log: Path):
        self.log_path = log
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()
        return self.process.returncode


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()
    except OSError:
        return None, {}, b""


def test_gunicorn_serves_healthz_and_static_files(production_env, tmp_path):
    port = free_port()
    web = Process(
        [str(BIN / "gunicorn"), "verify.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--access-logfile", "-", "--error-logfile", "-"],
        env=production_env, log=tmp_path / "gunicorn.log",
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _get(f"{base}/healthz")[0] is not None, timeout=60, what=f"gunicorn\n{web.log()}")
        status, headers, body = _get(f"{base}/healthz")
        assert status == 200, body
        assert json.loads(body) == {"status": "ok", "database": "ok", "broker": "ok"}

        manifest = json.loads((Path(production_env["STATIC_ROOT"]) / "staticfiles.json").read_text())
        hashed = manifest["paths"]["admin/css/base.css"]
        status, headers, body = _get(f"{base}/static/{hashed}")
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        assert "immutable" in headers.get("Cache-Control", "")  # whitenoise: hashed names cache forever
        assert b"body" in body

        status, _, body = _get(f"{base}/no-such-page/")
        assert status == 404 and b"Traceback" not in body  # DEBUG is off
    finally:
        assert web.stop() == 0, web.log()
    log = web.log()
    assert "Booting worker" in log and '"GET /healthz HTTP/1.1" 200' in log


def test_celery_beat_starts_with_a_schedule_file_and_stops_cleanly(production_env, tmp_path):
    schedule = tmp_path / "celerybeat-schedule"
    beat = Process(
        [str(BIN / "celery"), "-A", "verify", "beat", "--loglevel=INFO", "--schedule", str(schedule)],
        env=production_env, log=tmp_path / "beat.log",
    )
    try:
        wait_for(lambda: "beat: Starting..." in beat.log(), timeout=60, what=f"beat to start\n{beat.log()}")
        time.sleep(2)  # it must stay up: a bad schedule or broker URL ends it here
        assert beat.process.poll() is None, beat.log()
        assert list(tmp_path.glob("celerybeat-schedule*")), "beat writes its schedule file"
    finally:
        assert beat.stop() in (0, -signal.SIGTERM), beat.log()
    assert "ERROR" not in beat.log() and "Traceback" not in beat.log(), beat.log()
