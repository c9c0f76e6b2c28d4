"""Long tests first: the order of the collection so that, under ``pytest -n N --dist worksteal``, every worker
starts with its share of the long tests and no worker is left running a 150 s test alone at the end.

xdist's worksteal scheduler hands worker i the i-th contiguous slice of the collection (slice sizes
``len(pending) // workers_remaining``) and later steals from the *tail* of the busiest worker's queue. So the long
tests are dealt to the slices longest first (each to the slice with the least long work so far) and put at the
head of their slice; the short tests fill the rest in their collected order and are what gets stolen.

Only the order changes: every test still runs, with the same assertions. The figures are rough seconds measured at
load ~2 (docs/performance.md, "Test suite"); a ``slow`` test not listed counts as ``DEFAULT_SLOW_SECONDS``.
"""

from __future__ import annotations

import itertools
import os

import pytest

DEFAULT_SLOW_SECONDS = 60.0

KNOWN_LONG_SECONDS: dict[str, float] = {
    "tests/ui/shell/test_bundle.py::test_the_bundle_creates_a_demo_prints_a_plan_and_starts_offscreen": 157.0,
    "tests/persistence/test_kill_schema.py::test_sigkill_at_every_step_of_workspace_creation": 103.0,
    "tests/persistence/test_kill_schema.py::test_sigkill_at_every_step_of_an_upgrade_from_revision_1_to_2": 65.0,
    "tests/sync/test_sync_stateful.py::test_many_more_random_runs[postgresql]": 60.0,
    # until 50 kills hit a sync (session 11): 153 s at load 7, so about 60 s at load 2
    "tests/office/test_kill_service.py::test_sigkill_of_the_service_during_sync_loses_and_doubles_nothing": 60.0,
    "tests/sync/test_sync_stateful.py::test_many_more_random_runs[sqlite]": 39.0,
    "tests/cli/test_damaged_files.py::test_every_page_damaged_through_check_and_the_commands_in_turn[0-bit]": 76.0,
    "tests/cli/test_damaged_files.py::test_every_page_damaged_through_check_and_the_commands_in_turn[3-bit]": 43.0,
    "tests/cli/test_damaged_files.py::test_every_page_damaged_through_check_and_the_commands_in_turn[1-bit]": 41.0,
    "tests/sync/test_batched_apply.py::test_batched_apply_equals_the_row_by_row_reference[sqlite-40]": 36.0,
    "tests/cli/test_damaged_files.py::test_every_page_damaged_through_check_and_the_commands_in_turn[2-bit]": 31.0,
    "tests/sync/test_batched_apply.py::test_batched_apply_equals_the_row_by_row_reference[postgresql-10]": 30.0,
    "tests/services/test_scaling_queries.py::test_company_reports_equal_the_per_person_queries_on_a_generated_network": 23.0,
    "tests/services/test_scaling_queries.py::test_company_reports_equal_after_random_changes": 22.0,
    "tests/cli/test_damaged_files.py::test_every_page_damaged_through_check_and_the_commands_in_turn[4-bit]": 20.0,
    "tests/persistence/test_kill_writes.py::test_every_reported_change_survives_sigkill_at_random_points": 19.0,
    "tests/cli/test_damaged_files.py::test_a_full_disk_through_every_command": 16.0,
    "tests/ui/competency/test_kill_interview.py::test_sigkill_at_random_moments_loses_no_saved_rating": 14.0,
    "tests/cli/test_damaged_files.py::test_every_page_damaged_through_check_and_the_commands_in_turn[5-bit]": 12.0,
}


def expected_seconds(item: pytest.Item) -> float:
    if item.nodeid in KNOWN_LONG_SECONDS:
        return KNOWN_LONG_SECONDS[item.nodeid]
    if item.get_closest_marker("slow") is not None:
        return DEFAULT_SLOW_SECONDS
    return 0.0


def slice_sizes(total: int, workers: int) -> list[int]:
    """The sizes of the slices worksteal's first distribution gives the workers, in worker order."""
    sizes = []
    remaining = total
    for i in range(workers):
        size = remaining // (workers - i)
        sizes.append(size)
        remaining -= size
    return sizes


def long_first(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """``items`` reordered for ``workers`` worksteal workers (the same multiset, deterministic)."""
    long_items = sorted(
        (i for i in items if expected_seconds(i) > 0), key=lambda i: (-expected_seconds(i), i.nodeid)
    )
    if not long_items:
        return list(items)
    long_ids = {id(i) for i in long_items}
    short_items = [i for i in items if id(i) not in long_ids]
    sizes = slice_sizes(len(items), max(1, workers))
    heads: list[list[pytest.Item]] = [[] for _ in sizes]
    loads = [0.0 for _ in sizes]
    for item in long_items:
        candidates = [s for s in range(len(sizes)) if len(heads[s]) < sizes[s]] or list(range(len(sizes)))
        target = min(candidates, key=lambda s: (loads[s], s))
        heads[target].append(item)
        loads[target] += expected_seconds(item)
    ordered: list[pytest.Item] = []
    rest = iter(short_items)
    for head, size in zip(heads, sizes, strict=True):
        ordered.extend(head)
        ordered.extend(itertools.islice(rest, max(0, size - len(head))))
    ordered.extend(rest)
    return ordered


def worker_count(config: pytest.Config) -> int:
    """The number of xdist workers of this run (1 without xdist); the same in the controller and every worker."""
    env = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    if env is not None:
        return int(env)
    return 1
