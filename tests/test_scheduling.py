"""The long-first order of tests/scheduling.py: the same tests, each worker's slice headed by its long tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import pytest

from tests import scheduling


@dataclass
class _Item:
    nodeid: str
    slow: bool = False

    def get_closest_marker(self, name: str) -> object | None:
        return object() if name == "slow" and self.slow else None


def _items(n_short: int, long_ids: list[str]) -> list[pytest.Item]:
    items = [_Item(f"tests/t.py::short_{i}") for i in range(n_short)]
    for k, nodeid in enumerate(long_ids):
        items.insert(3 * k, _Item(nodeid, slow=True))
    return cast(list[pytest.Item], items)


def test_the_slices_are_those_of_the_worksteal_scheduler() -> None:
    assert scheduling.slice_sizes(11, 2) == [5, 6]
    assert scheduling.slice_sizes(10, 3) == [3, 3, 4]
    assert sum(scheduling.slice_sizes(1562, 2)) == 1562


def test_every_worker_starts_with_long_tests_and_no_test_is_lost_or_doubled() -> None:
    long_ids = [*scheduling.KNOWN_LONG_SECONDS, "tests/x.py::unlisted_slow"]
    items = _items(40, long_ids)
    ordered = scheduling.long_first(items, 2)
    assert sorted(i.nodeid for i in ordered) == sorted(i.nodeid for i in items)
    first, second = 0, scheduling.slice_sizes(len(items), 2)[0]
    heads = [ordered[first], ordered[second]]
    assert all(scheduling.expected_seconds(i) > 0 for i in heads)
    loads = [
        sum(scheduling.expected_seconds(i) for i in ordered[:second]),
        sum(scheduling.expected_seconds(i) for i in ordered[second:]),
    ]
    assert abs(loads[0] - loads[1]) <= max(scheduling.expected_seconds(i) for i in items)
    # within a slice the long tests come first, longest first; the short ones keep their collected order
    for part in (ordered[:second], ordered[second:]):
        seconds = [scheduling.expected_seconds(i) for i in part]
        assert seconds == sorted(seconds, reverse=True)
    shorts = [i.nodeid for i in ordered if scheduling.expected_seconds(i) == 0]
    assert shorts == [i.nodeid for i in items if scheduling.expected_seconds(i) == 0]


def test_one_worker_or_no_long_tests() -> None:
    items = _items(5, ["tests/x.py::slow"])
    assert scheduling.long_first(items, 1)[0].nodeid == "tests/x.py::slow"
    plain = _items(5, [])
    assert scheduling.long_first(plain, 2) == plain
