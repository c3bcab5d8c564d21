"""What the benchmarks share: where PostgreSQL and Redis are, the bench databases, Django set-up,
running one benchmark in its own process, percentiles and progress lines.

Services are found from the environment, falling back to this machine's defaults:

- PostgreSQL: BENCH_PG_URL, else DATABASE_URL when it is postgres://, else postgres://postgres@127.0.0.1:5432.
  Benchmarks create their own databases on that server (verify_bench, verify_bench_scale) and never
  touch the desk's database.
- Redis: BENCH_REDIS_URL, else REDIS_URL (or redis://127.0.0.1:6379) switched to database 14, which the
  ingest benchmark empties before it starts; so a desk's own broker database is never flushed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCH_REDIS_DB = 14
_STARTED = time.monotonic()


def progress(message: str) -> None:
    """A progress line on stderr (the table goes to stdout)."""
    elapsed = time.monotonic() - _STARTED
    print(f"[bench {elapsed:6.0f}s] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.5 is the median, 0.95 the 95th percentile)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-share * len(ordered) // 1))))
    return ordered[rank - 1]


def result(name: str, value, goal: str, met: bool, detail: str) -> dict:
    return {"name": name, "value": value, "goal": goal, "met": bool(met), "detail": detail}


def skipped(name: str, goal: str, reason: str) -> dict:
    return {"name": name, "value": None, "goal": goal, "met": False, "detail": f"skipped ({reason})", "skipped": True}


# --------------------------------------------------------------------------- PostgreSQL


def pg_server_url() -> str:
    explicit = os.environ.get("BENCH_PG_URL")
    if explicit:
        return explicit
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url.startswith(("postgres://", "postgresql://")):
        return database_url
    return "postgres://postgres@127.0.0.1:5432/postgres"


def pg_url(dbname: str) -> str:
    parts = urlsplit(pg_server_url())
    return urlunsplit((parts.scheme, parts.netloc, f"/{dbname}", parts.query, ""))


def _pg_connect(dbname: str = "postgres"):
    import psycopg

    return psycopg.connect(
        pg_url(dbname).replace("postgres://", "postgresql://", 1), autocommit=True, connect_timeout=5
    )


def pg_unavailable() -> str | None:
    """None if PostgreSQL answers, else why not."""
    try:
        with _pg_connect() as conn:
            conn.execute("SELECT 1")
    except Exception as exc:  # any failure to connect means "skip"
        return f"PostgreSQL at {urlsplit(pg_server_url()).hostname} not reachable: {str(exc).strip().splitlines()[0]}"
    return None


def create_database(name: str, *, fresh: bool = False) -> bool:
    """Create the bench database (dropping it first if `fresh`); True if it was created now."""
    with _pg_connect() as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None
        if exists and fresh:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = False
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return not exists


def django_env(database: str, **extra: str) -> dict[str, str]:
    """Environment for a Django process (migrate, a worker, a benchmark) on the bench database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "verify.settings",
        "DEBUG": "1",
        "DATABASE_URL": pg_url(database),
        "PYTHONPATH": str(ROOT),
    }
    env.update(extra)
    return env


def migrate(database: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=django_env(database),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def setup_django(database: str | None = None, **extra: str) -> None:
    """Point Django at a bench database (before anything imports the settings) and set it up."""
    if database is not None:
        os.environ.update({k: v for k, v in django_env(database, **extra).items() if k not in ("PYTHONPATH",)})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verify.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()


# --------------------------------------------------------------------------- Redis


def redis_url() -> str:
    explicit = os.environ.get("BENCH_REDIS_URL")
    if explicit:
        return explicit
    parts = urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    return urlunsplit((parts.scheme, parts.netloc, f"/{BENCH_REDIS_DB}", parts.query, ""))


def redis_unavailable() -> str | None:
    try:
        import redis

        redis.Redis.from_url(redis_url(), socket_connect_timeout=3).ping()
    except Exception as exc:  # any failure means "skip"
        return f"Redis at {urlsplit(redis_url()).netloc} not reachable: {exc}"
    return None


# --------------------------------------------------------------------------- Celery workers


# Workers run as in production: with DEBUG on, Django keeps every query of a task in memory and
# wraps each cursor call, which slows storing an article without saying anything about the code.
PRODUCTION_LIKE = {"DEBUG": "0", "SECRET_KEY": "bench-only-not-a-secret-" + "x" * 40, "ALLOWED_HOSTS": "localhost"}


class Worker:
    """A real Celery worker process (like tests/celery_worker.py) on a bench database and broker."""

    def __init__(self, *, database: str, broker: str, concurrency: int = 1, log_dir: Path | None = None, **env):
        import socket
        import uuid

        self.name = f"bench-{uuid.uuid4().hex[:8]}"
        self.hostname = f"{self.name}@{socket.gethostname()}"
        log_dir = log_dir or Path(tempfile.gettempdir()) / "verify-bench"
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = log_dir / f"{self.name}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "verify",
                "worker",
                f"--concurrency={concurrency}",
                "--loglevel=INFO",
                "-n",
                self.hostname,
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],  # fmt: skip
            cwd=ROOT,
            env=django_env(database, REDIS_URL=broker, **{**PRODUCTION_LIKE, **env}),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 120) -> None:
        from verify.celery import app

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early; see {self.log_path}")
            if app.control.ping(destination=[self.hostname], timeout=0.5):
                return
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready after {timeout:.0f} s; see {self.log_path}")

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) used so far by the worker's processes (its session: the main
        process and its pool), from /proc; None where there is no /proc."""
        ticks = os.sysconf("SC_CLK_TCK")
        total, found = 0, False
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:  # the process ended while we looked
                continue
            if int(fields[3]) == self.process.pid:  # its session id: start_new_session=True above
                total += int(fields[11]) + int(fields[12])  # utime, stime
                found = True
        return total / ticks if found else None

    def stop(self) -> None:
        import signal

        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()


# --------------------------------------------------------------------------- one benchmark per process


def run_isolated(module: str, *, timeout: float = 3600, env: dict | None = None) -> dict:
    """Run `bench.<module>.run()` in a fresh interpreter and return its dict.

    Each benchmark sets Django up for its own database, and Django can be set up once per process.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    try:
        proc = subprocess.run(
            [sys.executable, str(Path(__file__)), module, str(out)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            timeout=timeout,
            stdout=sys.stderr,  # a benchmark's own prints are progress, not the table
        )
        text = out.read_text() if out.exists() else ""
        if proc.returncode != 0 or not text:
            raise RuntimeError(f"bench/{module}.py exited with status {proc.returncode}")
        return json.loads(text)
    finally:
        out.unlink(missing_ok=True)


def _child(module: str, out: str) -> int:
    import importlib

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verify.settings")
    os.environ.setdefault("DEBUG", "1")
    outcome = importlib.import_module(f"bench.{module}").run()
    Path(out).write_text(json.dumps(outcome, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], sys.argv[2]))
