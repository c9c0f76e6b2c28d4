"""Shared helpers for benchmarks: timing, medians, a table printer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

Row = tuple[str, float, str]


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def print_table(title: str, rows: Sequence[Row]) -> None:
    print(f"\n## {title}")
    width = max(len(r[0]) for r in rows) if rows else 10
    for name, seconds, comment in rows:
        shown = f"{seconds * 1000:10.2f} ms" if seconds == seconds else " " * 13  # NaN: not a time (memory)
        print(f"  {name:<{width}}  {shown}  {comment}")
