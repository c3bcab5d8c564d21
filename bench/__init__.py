"""Benchmarks; each module exposes run() -> {"name", "value", "goal", "met", "detail"}."""
