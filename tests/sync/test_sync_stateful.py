"""Two laptops, an office user's device and the office doing random edits, deletes, erasures, backups, restores
and syncs.

The laptops are advisors' (their scope: the companies of the people they work on); the office user's device sees
the whole network and also works on a company no laptop has in its scope. Checked on every sync of a replica,
for each person's notes it changed: the change was accepted exactly when it was based on the office's current
version, and became a conflict otherwise (every concurrent change of the same field is a conflict; no false
ones). At the end every conflict is resolved, everyone syncs, and every replica equals the office row for row
within its own scope (no accepted change lost, none applied twice). ``VERBUND_SYNC_EXAMPLES`` raises the number
of runs (the ``slow`` test does so by itself).
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import create_engine, select, text, update

from tests import pg
from tests.sync.harness import Direct, Office, laptop, replica_rows, value
from verbund_desktop.persistence.backup import BackupKind, rotating_backup
from verbund_desktop.persistence.models import Department, Employee
from verbund_desktop.persistence.restore import restore_into
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import erasure
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.office_apply import Scope
from verbund_desktop.services.sync.outbox import SyncCounts, sync_counts
from verbund_desktop.services.sync.run import sync

LAPTOPS = 2
DESK = LAPTOPS  # the office user's device: the last replica
REPLICAS = LAPTOPS + 1
PEOPLE = 3
NAMES = ("Lager", "Versand")


class Network(RuleBasedStateMachine):
    """Replicas ``0 … LAPTOPS-1`` are advisors' laptops, ``DESK`` the office user's device."""

    template: Path
    root: Path
    backend = "sqlite"

    @initialize()
    def start(self) -> None:
        folder = self.root / uuid.uuid4().hex
        folder.mkdir()
        self._database: Any = None
        engine = None
        if self.backend == "postgresql":
            self._database = pg.fresh_database(migrated=True, seed=self.template)
            engine = create_engine(pg._psycopg(self._database.__enter__()))
        self.office = Office(self.template, folder, engine)
        self.replicas = [laptop(self.template, folder, f"l{i}") for i in range(LAPTOPS)]
        self.replicas.append(laptop(self.template, folder, "buero"))
        with self.replicas[0].unit_of_work() as uow:
            rows = list(
                uow.session.execute(
                    select(Employee.id, Employee.company_id).order_by(Employee.pseudonym_code)
                )
            )
        self.elsewhere = max(c for _, c in rows)  # a company only the office user works on
        picked = [r for r in rows if r[1] != self.elsewhere][:PEOPLE]
        self.people = [p for p, _ in picked]
        self.outside = next(p for p, c in rows if c == self.elsewhere)
        self.company = picked[0][1]
        self.scopes = [self.office.scope(sorted({str(c) for _, c in picked}))] * LAPTOPS
        self.scopes.append(self.office.scope())  # the office user's device: the whole network
        self.erased: set[uuid.UUID] = set()
        tracked = [*self.people, self.outside]
        self.base = [dict.fromkeys(tracked, 0) for _ in range(REPLICAS)]  # version my row is based on
        self.dirty: list[set[uuid.UUID]] = [set() for _ in range(REPLICAS)]
        self.renamed: list[dict[uuid.UUID, str]] = [
            {} for _ in range(REPLICAS)
        ]  # held renames of departments
        self.unsure = [False] * REPLICAS  # after a restore, expectations are off until the next sync
        self.backups: list[Path | None] = [None] * REPLICAS
        self.counter = 0

    def teardown(self) -> None:
        for ws in getattr(self, "replicas", []):
            ws.close()
        if getattr(self, "_database", None) is not None:
            self.office.engine.dispose()
            self._database.__exit__(None, None, None)

    def version_at_office(self, person: uuid.UUID) -> int:
        found = self.office.scalar("SELECT version FROM office_sync_row WHERE row_id = :r", r=str(person))
        return int(found or 0)

    @rule(i=st.integers(0, REPLICAS - 1), j=st.integers(0, PEOPLE - 1))
    def edit(self, i: int, j: int) -> None:
        self._edit(i, self.people[j])

    @rule(j=st.integers(0, PEOPLE - 2), pair=st.permutations(range(REPLICAS)).map(lambda p: tuple(p[:2])))
    def edit_on_both(self, j: int, pair: tuple[int, ...] = (0, 1)) -> None:
        """The same field changed on two replicas (two laptops, or a laptop and the office) before either syncs."""
        self._edit(pair[0], self.people[j])
        self._edit(pair[1], self.people[j])

    @rule()
    def edit_elsewhere(self) -> None:
        """The office user works on a company no laptop has in its scope."""
        self._edit(DESK, self.outside)

    def _edit(self, i: int, person: uuid.UUID) -> None:
        ws = self.replicas[i]
        if value(ws, "SELECT count(*) FROM employee WHERE id = :p", p=person.hex) == 0:
            return
        self.counter += 1
        with ws.unit_of_work() as uow:
            uow.session.execute(
                update(Employee).where(Employee.id == person).values(notes=f"R{i}#{self.counter}")
            )
            uow.commit()
        if _open_conflicts(ws, person) == 0:
            self.dirty[i].add(person)

    def _company(self, i: int, elsewhere: bool) -> uuid.UUID:
        return self.elsewhere if elsewhere and i == DESK else self.company

    @rule(i=st.integers(0, REPLICAS - 1), name=st.sampled_from(NAMES), elsewhere=st.booleans())
    def add_department(self, i: int, name: str, elsewhere: bool = False) -> None:
        ws, company = self.replicas[i], self._company(i, elsewhere)
        sql = "SELECT count(*) FROM department WHERE name = :n AND company_id = :c"
        if value(ws, sql, n=name, c=company.hex):
            return
        with ws.unit_of_work() as uow:
            uow.session.add(Department(company_id=company, name=name))
            uow.commit()

    @rule(i=st.integers(0, REPLICAS - 1), name=st.sampled_from(NAMES), elsewhere=st.booleans())
    def delete_department(self, i: int, name: str, elsewhere: bool = False) -> None:
        company = self._company(i, elsewhere)
        with self.replicas[i].unit_of_work() as uow:
            uow.session.execute(
                Department.__table__.delete().where(Department.name == name, Department.company_id == company)
            )
            uow.commit()

    @rule(i=st.integers(0, REPLICAS - 1), k=st.integers(0, 3))
    def rename_department(self, i: int, k: int) -> None:
        """A department renamed here, which another replica may delete or rename meanwhile (issue 12, B4.3)."""
        ws = self.replicas[i]
        sql = "SELECT id, name FROM department WHERE company_id = :c ORDER BY name LIMIT 1 OFFSET :k"
        with ws.engine.connect() as conn:
            found = conn.execute(text(sql), {"c": self.company.hex, "k": k}).first()
        if found is None:
            return
        name = str(found[1]).split(" ")[0]
        self.counter += 1
        ident, new = uuid.UUID(str(found[0])), f"{name} {self.counter}"
        with ws.unit_of_work() as uow:
            uow.session.execute(update(Department).where(Department.id == ident).values(name=new))
            uow.commit()
        _seen("rename")
        self.renamed[i][ident] = new

    @rule(i=st.integers(0, REPLICAS - 1))
    def erase(self, i: int) -> None:
        person, ws = self.people[-1], self.replicas[i]  # the others stay, so edits keep meeting
        if value(ws, "SELECT count(*) FROM employee WHERE id = :p", p=person.hex) == 0:
            return
        erasure.erase_person(ws, actor="Test", employee_id=person, approve_all=True)
        _seen("erase")
        self.erased.add(person)

    @rule(i=st.integers(0, REPLICAS - 1))
    def backup(self, i: int) -> None:
        self.backups[i] = rotating_backup(self.replicas[i], BackupKind.MANUAL, keep=1).path

    @precondition(lambda self: any(b is not None for b in self.backups))
    @rule(i=st.integers(0, REPLICAS - 1))
    def restore(self, i: int) -> None:
        backup = self.backups[i]
        if backup is None or not backup.exists():
            return
        kept = backup.with_name(backup.name + ".kopie")
        shutil.copy(backup, kept)  # the restore moves the current file aside, the backup stays usable
        restore_into(self.replicas[i], kept)
        _seen("restore")
        self.unsure[i] = True

    def _transport(self, i: int) -> Direct:
        return Direct(self.office, self.scopes[i])

    @rule(i=st.integers(0, REPLICAS - 1))
    def sync(self, i: int) -> None:
        ws = self.replicas[i]
        expected = {p: self.base[i][p] == self.version_at_office(p) for p in self.dirty[i]}
        sync(ws, self._transport(i))
        for person, accept in expected.items():
            if self.unsure[i] or person in self.erased:
                continue
            mine = value(ws, "SELECT notes FROM employee WHERE id = :p", p=person.hex)
            there = self.office.scalar("SELECT notes FROM employee WHERE id = :p", p=person.hex)
            conflict = _open_conflicts(ws, person)
            _seen(f"checked {'accept' if accept else 'conflict'}{' (office user)' if i == DESK else ''}")
            if accept:
                assert mine == there and not conflict, (
                    "a change based on the current version was not accepted"
                )
            else:
                assert conflict, "a concurrent change of the same field was not made a conflict"
        for ident, name in self.renamed[i].items():
            if self.unsure[i]:
                break
            _seen("checked rename")
            there = self.office.scalar("SELECT name FROM department WHERE id = :d", d=ident.hex)
            assert there == name or _open_conflicts(ws, ident), (
                "a rename of a department deleted or renamed elsewhere was lost without a conflict"
            )
        self.unsure[i] = False
        self._after_sync(i)

    def _after_sync(self, i: int) -> None:
        ws = self.replicas[i]
        held = {uuid.UUID(r) for r in _column(ws, "SELECT row_id FROM sync_change")}
        self.dirty[i] = {p for p in self.dirty[i] if p in held and p not in self.erased}
        self.renamed[i] = {d: n for d, n in self.renamed[i].items() if d in held}
        for person in self.base[i]:
            found = value(ws, "SELECT version FROM sync_row_version WHERE row_id = :p", p=person.hex)
            self.base[i][person] = int(found or 0)

    @rule(i=st.integers(0, REPLICAS - 1), data=st.data())
    def resolve(self, i: int, data: st.DataObject) -> None:
        ws = self.replicas[i]
        for view in list_conflicts(ws):
            choice = data.draw(st.sampled_from([c for c in view.choices if c != "edited"]))
            resolve_conflict(ws, view.id, choice, actor="Test")
        self._after_sync(i)
        held = {uuid.UUID(r) for r in _column(ws, "SELECT row_id FROM sync_change")}
        self.dirty[i] |= {p for p in self.base[i] if p in held}

    def settle(self) -> None:
        for _round in range(4):
            for i, ws in enumerate(self.replicas):
                for view in list_conflicts(ws):
                    resolve_conflict(ws, view.id, "theirs", actor="Test")
                sync(ws, self._transport(i))
        _seen("settled")
        for ws in self.replicas:
            refused = _column(ws, "SELECT message FROM sync_changeset WHERE status = 'rejected'")
            assert sync_counts(ws) == SyncCounts(pending=0, conflicts=0, rejected=0), refused
        for i, ws in enumerate(self.replicas):
            scope: Scope = self.scopes[i]
            office = replica_rows(self.office.engine, scope.company_ids)
            mine = replica_rows(ws.engine, scope.company_ids)
            assert mine.keys() == office.keys(), (i, sorted(mine.keys() ^ office.keys())[:5])
            assert [k for k in office if office[k] != mine[k]] == [], i


def _seen(what: str) -> None:
    path = os.environ.get("VERBUND_SYNC_TRACE")
    if path:
        with open(path, "a") as fh:
            fh.write(what + "\n")


def _open_conflicts(ws: Workspace, person: uuid.UUID) -> int:
    """Conflicts of the person's row still waiting for a decision (a resolved one stays as a record)."""
    return int(
        value(
            ws,
            "SELECT count(*) FROM sync_conflict WHERE row_id = :p AND resolution IS NULL AND kind != 'parked'",
            p=person.hex,
        )
    )


def _column(ws: Workspace, sql: str) -> list[str]:
    with ws.engine.connect() as conn:
        from sqlalchemy import text

        return [str(r[0]) for r in conn.execute(text(sql))]


def _run(template: Path, root: Path, examples: int, backend: str = "sqlite") -> None:
    class Machine(Network):
        def teardown(self) -> None:
            try:
                if hasattr(self, "office"):
                    self.settle()
            finally:
                super().teardown()

    Machine.template, Machine.root, Machine.backend = template, root, backend
    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=examples, stateful_step_count=25, deadline=None, derandomize=DERANDOMIZE
        ),
    )


# In CI (``CI`` set) the runs are derandomized, as Hypothesis's own CI profile does: the same commit gets the same
# verdict, and a failure there is a defect of that commit, not of the day's draw. Everywhere else every run draws
# new examples, which is how these runs found sync defects in two sessions running (each fixed and kept as a
# deterministic replay: tests/sync/test_recreated_departments.py, tests/sync/test_mine_after_deletion.py). The
# non-strict "under watch" mark is gone: after those fixes, 100-run series on both backends passed twice
# (two laptops), and 30/60-example series with the office user's device passed on both.
DERANDOMIZE = bool(os.environ.get("CI"))


def test_random_work_on_two_laptops_converges_with_the_office(demo_template: Path, tmp_path: Path) -> None:
    _run(demo_template, tmp_path, int(os.environ.get("VERBUND_SYNC_EXAMPLES", "6")))


def test_random_work_converges_with_an_office_on_postgresql(demo_template: Path, tmp_path: Path) -> None:
    _run(
        demo_template, tmp_path, max(2, int(os.environ.get("VERBUND_SYNC_EXAMPLES", "6")) // 2), "postgresql"
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_many_more_random_runs(demo_template: Path, tmp_path: Path, backend: str) -> None:
    """50 runs per backend in ``make test`` (derandomized in CI); ``make soak`` draws 200 new ones per backend."""
    _run(demo_template, tmp_path, int(os.environ.get("VERBUND_SYNC_SOAK", "50")), backend)
