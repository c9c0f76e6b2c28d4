"""Two sequences the stateful sync test found on PostgreSQL (100-run test, 2026-12-02), replayed through the
machine's own rules: departments of the same name added, deleted and added again on two laptops with syncs in
between.

The cause: laptop A's new "Versand" met the office's "Versand" and became a duplicate-name conflict holding a
copy of the office's row. Laptop B then deleted that row; A pulled the tombstone, but its conflict kept the copy,
so resolving "theirs" brought the deleted department back on A (first sequence: A keeps a department the office
lacks) or collided with A's newer "Versand" (second: the unique name refused the resolution). A tombstone now
clears the copy in open duplicate conflicts (``services/sync/pull._forget_as_existing``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.test_sync_stateful import Network

_COMMON = [
    ("add", 0, "Versand"),
    ("add", 1, "Lager"),
    ("add", 1, "Lager"),
    ("add", 1, "Versand"),
    ("add", 0, "Lager"),
    ("add", 0, "Lager"),
    ("delete", 1, "Lager"),
    ("add", 1, "Versand"),
    ("sync", 0, ""),
    ("delete", 0, "Lager"),
    ("delete", 0, "Lager"),
    ("delete", 0, "Lager"),
    ("delete", 0, "Versand"),
    ("delete", 1, "Versand"),
    ("sync", 1, ""),
    ("sync", 0, ""),
    ("add", 0, "Versand"),
    ("delete", 1, "Versand"),
]
FIRST = [
    ("add", 1, "Versand"),
    ("sync", 0, ""),
    ("sync", 0, ""),
    ("sync", 1, ""),
    *_COMMON,
    ("delete", 0, "Versand"),
]
SECOND = [
    ("add", 1, "Versand"),
    ("add", 0, "Lager"),
    ("delete", 0, "Lager"),
    ("add", 0, "Versand"),
    ("sync", 1, ""),
    ("sync", 1, ""),
    *_COMMON,
]


@pytest.mark.parametrize("steps", [FIRST, SECOND], ids=["kept-on-a-laptop", "theirs-hits-the-name"])
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_recreated_departments_settle_to_the_office(
    demo_template: Path, tmp_path: Path, backend: str, steps: list[tuple[str, int, str]]
) -> None:
    Machine = type("Machine", (Network,), {"template": demo_template, "root": tmp_path, "backend": backend})
    m = Machine()
    m.start()
    try:
        for what, laptop, name in steps:
            if what == "add":
                m.add_department(laptop, name)
            elif what == "delete":
                m.delete_department(laptop, name)
            else:
                m.sync(laptop)
        m.settle()  # resolves everything "theirs", syncs all; every replica equals the office
    finally:
        m.teardown()
