"""A sequence the stateful sync test found on PostgreSQL (100-run test, 2026-12-02), replayed through the
machine's own rules: departments of the same name added, deleted and added again on two laptops with syncs in
between. After everyone has synced, one laptop still holds a department the office does not — and in a shrunk
variant resolving a duplicate-name conflict "theirs" fails with the unique constraint on (company, name).

Open in the issue "The network office". It fails on both backends here every time; the mark is not strict only
because the order in which the rules meet rows follows their random ids, so a run may pass by luck.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.test_sync_stateful import Network

RECREATED_DEPARTMENTS = pytest.mark.xfail(
    strict=False,
    reason="a department re-created under a deleted one's name survives on a laptop (and 'theirs' can hit the "
    "unique name) — found by the stateful test, not yet fixed",
)


@RECREATED_DEPARTMENTS
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_recreated_departments_settle_to_the_office(
    demo_template: Path, tmp_path: Path, backend: str
) -> None:
    Machine = type("Machine", (Network,), {"template": demo_template, "root": tmp_path, "backend": backend})
    m = Machine()
    m.start()
    try:
        m.add_department(1, "Versand")
        m.sync(0)
        m.sync(0)
        m.sync(1)
        m.add_department(0, "Versand")
        m.add_department(1, "Lager")
        m.add_department(1, "Lager")
        m.add_department(1, "Versand")
        m.add_department(0, "Lager")
        m.add_department(0, "Lager")
        m.delete_department(1, "Lager")
        m.add_department(1, "Versand")
        m.sync(0)
        for _ in range(3):
            m.delete_department(0, "Lager")
        m.delete_department(0, "Versand")
        m.delete_department(1, "Versand")
        m.sync(1)
        m.sync(0)
        m.add_department(0, "Versand")
        m.delete_department(1, "Versand")
        m.delete_department(0, "Versand")
        m.settle()  # every replica equals the office
    finally:
        m.teardown()
