"""Every benchmark, one table: `make bench` (or .venv/bin/python bench/run.py).

    .venv/bin/python bench/run.py                      # all of them, several minutes
    .venv/bin/python bench/run.py --only take_next,scale

Each benchmark is a module in bench/ whose `run()` returns {name, value, goal, met, detail}
(optionally `unit`, and `extra_rows` for a second goal it measures in the same run). Each runs
in its own process, one after the other, so that each can point Django at its own database
and none competes with another for the two cores. Progress goes to stderr, the table to
stdout; the last line reads `goals met: K of N`. A benchmark whose services are missing
(PostgreSQL, Redis) or that is not written yet still has its row, counted as not met.
These are figures, not tests: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import progress, run_isolated  # noqa: E402

# (module, row name when it cannot run, goal text, required: a missing module is a row "not available")
BENCHMARKS = [
    ("extraction", "extraction words/s vs bare spaCy", ">= 0.8", True),
    ("ingest", "ingest via 2 Celery workers vs extraction rate", ">= 0.7", True),
    ("api", "published-claims list req/s vs bare Django view", ">= 0.5", True),
    ("take_next", '"take next" with 16 fact-checkers at once', ">= 500 claims/s, 0 doubles", True),
    ("scale", "list p95 latency at 1,000,000 claims", "p95 < 100 ms", True),
    ("matching", "claim matching F1", "", False),
]
UNITS = {"take_next": " claims/s", "scale": " ms"}


def _goal_text(goal) -> str:
    if isinstance(goal, int | float):
        return f">= {goal}"
    return str(goal)


def _value_text(row: dict, module: str) -> str:
    value = row.get("value")
    if row.get("skipped") or value is None:
        return "-"
    unit = row.get("unit", UNITS.get(module, ""))
    if row.get("name", "").endswith("latency p50"):
        unit = " s"
    if isinstance(value, float):
        return f"{value:,.3g}{unit}" if abs(value) < 100 else f"{value:,.0f}{unit}"
    return f"{value}{unit}"


def collect(only: set[str] | None) -> list[tuple[str, dict, float]]:
    rows = []
    for module, name, goal, required in BENCHMARKS:
        if only and module not in only:
            continue
        path = ROOT / "bench" / f"{module}.py"
        if not path.exists():
            if required:
                missing = f"not available (bench/{module}.py is not written yet)"
                rows.append((module, {"name": name, "value": None, "goal": goal, "met": False, "detail": missing,
                                      "skipped": True}, 0.0))  # fmt: skip
            continue
        progress(f"{module}: starting")
        started = time.monotonic()
        try:
            row = run_isolated(module)
        except Exception as exc:  # a crashed benchmark is a row saying so, not a crashed table
            row = {"name": name, "value": None, "goal": goal, "met": False, "detail": f"failed: {exc}",
                   "skipped": True}  # fmt: skip
        elapsed = time.monotonic() - started
        progress(f"{module}: done in {elapsed:.0f} s ({'met' if row.get('met') else 'not met'})")
        rows.append((module, row, elapsed))
        for extra in row.pop("extra_rows", []):
            rows.append((module, extra, 0.0))
    return rows


def machine(load_at_start: float) -> str:
    cores = os.cpu_count() or 1
    load_now = os.getloadavg()[0]
    return (
        f"machine: {cores} cores, load average {load_at_start:.1f} at the start and {load_now:.1f} at the end "
        f"(anything else running on the machine slows every figure)"
    )


def table(rows: list[tuple[str, dict, float]], total: float, load_at_start: float) -> str:
    header = ("#", "benchmark", "result", "goal", "met")
    body = []
    for number, (module, row, _) in enumerate(rows, start=1):
        met = "yes" if row.get("met") else ("skipped" if row.get("skipped") else "no")
        body.append((str(number), row["name"], _value_text(row, module), _goal_text(row.get("goal")), met))
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def line(cells) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(cells) for cells in body]
    out.append("")
    for number, (_module, row, elapsed) in enumerate(rows, start=1):
        took = f" [{elapsed:.0f} s]" if elapsed else ""
        out.append(f"{number}. {row.get('detail', '')}{took}")
    met = sum(1 for _, row, _ in rows if row.get("met"))
    out.append("")
    out.append(machine(load_at_start))
    out.append(f"whole run: {total / 60:.1f} min")
    out.append(f"goals met: {met} of {len(rows)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated modules, e.g. take_next,scale")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",")} if args.only else None
    started = time.monotonic()
    load_at_start = os.getloadavg()[0]
    rows = collect(only)
    print(table(rows, time.monotonic() - started, load_at_start), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
