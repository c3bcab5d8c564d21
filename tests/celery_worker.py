"""Start real Celery worker processes for end-to-end and fault tests.

The worker runs `verify.settings` against the test database that pytest-django created,
with the broker from REDIS_URL. Tests that use it need PostgreSQL (the worker is another
process, so the in-memory SQLite test database is out of its reach) and Redis.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def require_real_services() -> None:
    if not os.environ.get("REDIS_URL"):
        pytest.skip("needs REDIS_URL (a real broker); .ci/run sets it")
    if connection.vendor != "postgresql":
        pytest.skip("needs DATABASE_URL on PostgreSQL (a worker process cannot see an in-memory SQLite test db)")


def test_database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "") + "@" if s.get("USER") else ""
    return f"postgresql://{auth}{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


class Worker:
    """A `celery -A verify worker` process in its own process group.

    `settings_module` "verify.settings_faults" adds the fault hooks (slow or fatal extraction)
    and a fast sweep for unacknowledged tasks; `extra_env` overrides any environment variable
    (REDIS_URL to use another broker, CELERY_BROKER_VISIBILITY_TIMEOUT, ...).
    """

    def __init__(
        self,
        *,
        concurrency: int = 1,
        extra_env: dict | None = None,
        log_dir: Path | None = None,
        settings_module: str = "verify.settings",
    ):
        self.name = f"test-{uuid.uuid4().hex[:8]}"
        self.hostname = f"{self.name}@{socket.gethostname()}"
        env = {**os.environ, "DATABASE_URL": test_database_url(), "DJANGO_SETTINGS_MODULE": settings_module}
        env.setdefault("DEBUG", "1")
        env.update(extra_env or {})
        self.broker_url = env.get("REDIS_URL")
        log_dir = log_dir or ROOT / "test-artifacts" / "workers"
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = log_dir / f"{self.name}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "celery", "-A", "verify", "worker",
                f"--concurrency={concurrency}", "--loglevel=INFO", "-n", self.hostname,
                "--without-gossip", "--without-mingle", "--without-heartbeat",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log()}")
            if self.ping():
                return
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready after {timeout}s:\n{self.log()}")

    def ping(self, timeout: float = 0.5) -> bool:
        """Does the worker answer on its broker (which need not be this process's broker)?"""
        try:
            return bool(_control_app(self.broker_url).control.ping(destination=[self.hostname], timeout=timeout))
        except Exception:  # the broker is down or was restarted (stale connection): start afresh next time
            _control_apps.pop(self.broker_url, None)
            return False

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Signal the whole process group: the main process and its pool children."""
        try:
            os.killpg(self.process.pid, sig)
        except ProcessLookupError:
            pass

    def pool_pids(self) -> list[int]:
        """The worker's pool processes (children of the main process)."""
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    pids.append(int(entry.name))
        return pids

    def terminate(self) -> None:
        """SIGTERM to the main process only, as `kill PID` or a process manager would send it."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def wait_exit(self, timeout: float = 30) -> int:
        return self.process.wait(timeout=timeout)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill(signal.SIGKILL)
                self.process.wait(timeout=10)
        else:
            # The main process is gone (killed); make sure no pool process outlives it.
            self.kill(signal.SIGKILL)
        self._log.close()


_control_apps: dict = {}


def _control_app(broker_url: str | None):
    """A bare Celery app on `broker_url` for remote control (ping), apart from the project's app."""
    from celery import Celery

    from verify.celery import app

    if broker_url not in _control_apps:
        url = broker_url or app.conf.broker_url
        _control_apps[broker_url] = Celery("verify-tests-control", broker=url, set_as_current=False)
    return _control_apps[broker_url]


def wait_for(predicate, *, timeout: float, interval: float = 0.25, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A private redis-server on a free loopback port, for tests that stop and restart the broker.

    Never touches the shared Redis on 6379. `appendonly=True` keeps queued tasks across a restart,
    as a production broker should; without it a restart empties every queue.
    """

    def __init__(self, *, data_dir: Path, port: int | None = None, appendonly: bool = False):
        self.port = port or free_port()
        self.data_dir = data_dir
        self.appendonly = appendonly
        self.process: subprocess.Popen | None = None
        data_dir.mkdir(parents=True, exist_ok=True)

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self, timeout: float = 10) -> None:
        import redis

        self.process = subprocess.Popen(
            [
                "redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always",
                "--dir", str(self.data_dir), "--logfile", str(self.data_dir / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server on port {self.port} exited: {self.data_dir / 'redis.log'}")
            try:
                if client.ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise TimeoutError(f"redis-server on port {self.port} not answering after {timeout}s")

    def stop(self) -> None:
        """Stop the server the way a restart does (SIGTERM: an append-only file is synced first)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None

    def client(self, db: int = 0):
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, db=db, socket_connect_timeout=1, socket_timeout=5)


def use_broker(url: str) -> None:
    """Point this process's Celery app (the producer side of the tests) at another broker."""
    from verify.celery import app

    app.conf.broker_url = url
    # Drop the references only: the pools themselves are kombu's, shared per URL, and reused.
    app._pool = None
    amqp = app.__dict__.get("amqp")
    if amqp is not None:
        amqp._producer_pool = None
