""" "Take next" throughput: 16 fact-checkers pressing "take next" at once on PostgreSQL.

    .venv/bin/python bench/take_next.py
    BENCH_TAKE_NEXT_WORKERS=processes .venv/bin/python bench/take_next.py   # one process each

Works in its own database (verify_bench on the bench PostgreSQL server, see bench/common.py),
filled once by `manage.py bench_data` with about 20,000 new claims among a realistic mix of
statuses. Sixteen fact-checkers, each with its own database connection, call
`services.take_next_claim` in a loop until the queue is empty (or the time cap is reached); they
are released together and the clock stops when the last one finishes. The figure is claims
assigned per second. Afterwards the database is asked, claim by claim, how many times each was
assigned: any claim assigned twice fails the benchmark whatever the speed. Before each run the
claims taken by the previous run are put back in the queue.

The fact-checkers are threads of this process by default, as they always were, so figures compare
with earlier runs. BENCH_TAKE_NEXT_WORKERS=processes runs each in its own forked process instead
(like gunicorn's sync workers); the database sees the same 16 concurrent sessions either way. On
the 2-core bench machine processes measured lower, not higher: the GIL is not the limit (the
Python side costs about 0.5 ms of CPU per take), and 16 busy interpreters compete with the 16
PostgreSQL backends for the two cores, whereas the database's wait is mostly the WAL flush at
each commit. Report which mode a figure came from; the detail line names it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    create_database,
    django_env,
    migrate,
    pg_unavailable,
    progress,
    result,
    setup_django,
    skipped,
)

NAME = '"take next" with 16 fact-checkers at once'
GOAL = 500.0
GOAL_TEXT = ">= 500 claims/s, 0 doubles"
DATABASE = "verify_bench"
PEOPLE = 16
POOL = 20_000
TIME_CAP = float(os.environ.get("BENCH_TAKE_NEXT_SECONDS", "90"))
WORKERS = os.environ.get("BENCH_TAKE_NEXT_WORKERS", "threads")  # or "processes"
TAKER_PREFIX = "bench-taker-"


def prepare() -> None:
    """A migrated database holding at least POOL new claims, none left taken by an earlier run."""
    import subprocess

    if create_database(DATABASE):
        progress(f"take next: created database {DATABASE}")
    migrate(DATABASE)
    setup_django(DATABASE)
    from django.db import connection

    from claims.models import Claim, ClaimTransition

    takers = list(_takers())
    # Put back what the previous run took (its transitions are the takers').
    taken = Claim.objects.filter(assignee__in=takers)
    restored = taken.update(status=Claim.Status.NEW, assignee=None, deadline=None, lease_expires_at=None)
    ClaimTransition.objects.filter(actor__in=takers).delete()
    if restored:
        progress(f"take next: {restored:,} claims from the previous run put back in the queue")
    pool = Claim.objects.filter(status=Claim.Status.NEW, assignee__isnull=True).count()
    if pool < POOL:
        # 30% published, 75% of the rest new: about 20,000 new claims out of 38,100.
        claims = int(POOL / (0.7 * 0.75)) + 100
        progress(f"take next: filling {DATABASE} with {claims:,} bench claims (bench_data)")
        subprocess.run(
            [sys.executable, "manage.py", "bench_data", "--reset", "--claims", str(claims), "-v", "0"],
            cwd=ROOT,
            env=django_env(DATABASE),
            check=True,
        )
    with connection.cursor() as cursor:
        # Start from a clean table, as a desk whose autovacuum has caught up would.
        for table in ("claims_claim", "claims_claimtransition"):
            cursor.execute(f"VACUUM ANALYZE {table}")


def _takers():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims import roles

    group = Group.objects.get(name=roles.FACT_CHECKERS)
    User = get_user_model()
    for i in range(1, PEOPLE + 1):
        user, created = User.objects.get_or_create(username=f"{TAKER_PREFIX}{i:02d}")
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(group)
        yield user


def _work(person_pk: int, barrier, outbox) -> None:
    """One fact-checker: its own connection, "take next" until the queue is empty or time is up.

    Runs in a thread (or a forked process, with BENCH_TAKE_NEXT_WORKERS=processes); reports what
    it took and when it finished through `outbox`.
    """
    from django.contrib.auth import get_user_model
    from django.db import connections

    from claims import services

    mine: list[int] = []
    error = None
    finished = time.monotonic()
    try:
        person = get_user_model().objects.get(pk=person_pk)  # loaded on this worker's own connection
        barrier.wait(timeout=60)
        deadline = time.monotonic() + TIME_CAP
        while time.monotonic() < deadline:
            claim = services.take_next_claim(user=person)
            if claim is None:
                break
            mine.append(claim.pk)
        finished = time.monotonic()
    except BaseException as exc:  # reported by the parent
        error = repr(exc)
    finally:
        connections.close_all()
        outbox.put((person_pk, mine, finished, error))


def _run_workers(people: list) -> tuple[dict[int, list[int]], float]:
    """Start one worker per person, release them together; who took what and the seconds it took."""
    from django.db import connections

    connections.close_all()  # a forked child must not share its parent's connection
    if WORKERS not in ("threads", "processes"):
        raise SystemExit(f"BENCH_TAKE_NEXT_WORKERS is {WORKERS!r}: threads or processes")
    if WORKERS == "threads":
        import queue

        barrier, outbox = threading.Barrier(PEOPLE + 1), queue.Queue()
        workers = [threading.Thread(target=_work, args=(p.pk, barrier, outbox), daemon=True) for p in people]
    else:
        context = multiprocessing.get_context("fork")
        barrier, outbox = context.Barrier(PEOPLE + 1), context.Queue()
        workers = [context.Process(target=_work, args=(p.pk, barrier, outbox), daemon=True) for p in people]
    for worker in workers:
        worker.start()
    barrier.wait(timeout=60)
    started = time.monotonic()
    taken: dict[int, list[int]] = {}
    errors: list[str] = []
    last = started
    for _ in workers:  # drain before joining: a child blocks until its report is read
        person_pk, mine, finished, error = outbox.get(timeout=TIME_CAP + 120)
        taken[person_pk] = mine
        last = max(last, finished)
        if error:
            errors.append(error)
    for worker in workers:
        worker.join(timeout=60)
    if errors:
        raise RuntimeError(f"{len(errors)} fact-checkers failed; first: {errors[0]}")
    return taken, last - started


def measure() -> dict:
    from claims.models import Claim, ClaimTransition

    people = list(_takers())
    pool = Claim.objects.filter(status=Claim.Status.NEW, assignee__isnull=True).count()
    taken, elapsed = _run_workers(people)

    # The database's word on who got what.
    ids = [pk for mine in taken.values() for pk in mine]
    rows = ClaimTransition.objects.filter(actor__in=people, to_status=Claim.Status.ASSIGNED).values_list(
        "claim_id", flat=True
    )
    per_claim: dict[int, int] = {}
    for claim_id in rows.iterator(chunk_size=5000):
        per_claim[claim_id] = per_claim.get(claim_id, 0) + 1
    doubles = sum(1 for n in per_claim.values() if n > 1)
    owners = dict(Claim.objects.filter(assignee__in=people).values_list("pk", "assignee_id"))
    mismatched = sum(1 for person_pk, mine in taken.items() for pk in mine if owners.get(pk) != person_pk)
    doubles += len(ids) - len(set(ids))
    rate = len(ids) / elapsed if elapsed else 0.0
    shares = sorted(len(mine) for mine in taken.values())
    emptied = len(ids) >= pool
    detail = (
        f"{len(ids):,} claims taken in {elapsed:.1f} s by {PEOPLE} {WORKERS} "
        f"({'queue emptied' if emptied else f'stopped at the {TIME_CAP:.0f} s cap'}; pool {pool:,}); "
        f"per person {shares[0]:,}-{shares[-1]:,}; assigned twice: {doubles}; "
        f"assignee differs from taker: {mismatched}; transition rows {len(per_claim):,}"
    )
    ok = rate >= GOAL and doubles == 0 and mismatched == 0 and len(per_claim) == len(ids)
    return result(NAME, round(rate, 1), GOAL_TEXT, ok, detail)


def run() -> dict:
    reason = pg_unavailable()
    if reason:
        return skipped(NAME, GOAL_TEXT, reason)
    progress("take next: preparing the queue")
    prepare()
    progress(f"take next: {PEOPLE} fact-checkers taking claims")
    outcome = measure()
    progress(f"take next: {outcome['value']} claims/s")
    return outcome


def main() -> int:
    r = run()
    print(r["detail"])
    print(f"{r['value']} claims/s (goal {r['goal']}): {'met' if r['met'] else 'not met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
