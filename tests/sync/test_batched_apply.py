"""The set-based apply (one statement per table) decides and writes exactly as the row-by-row reference.

Hypothesis builds random changesets — inserts, updates and deletes of departments and people with random base
versions, duplicate names and pseudonym codes, rows named twice, parents that do not exist, companies outside
the device's scope, resends — and applies the same sequence to two copies of the office: row by row
(``batched=False``) and set-based. Every answer (accepted with versions, conflicts with their kind, fields and
the office's row, refusals) and the whole office state afterwards (domain rows, sync rows, conflicts, log) must
be the same.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session

from tests import pg
from tests.sync.harness import Office, replica_rows
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models.sync import office_conflict, office_sync_log, office_sync_row
from verbund_desktop.services.sync.office_apply import apply_changeset
from verbund_desktop.services.sync.schema import to_wire_values
from verbund_desktop.sync.messages import ApplyResult, Change, Changeset

SCHEMA = HEAD_REVISION  # the laptop is at the current revision
NEW_IDS = [
    str(uuid.UUID(int=0xB000 + n)) for n in range(4)
]  # rows the changesets may create (and name again)
NAMES = ("Lager", "Versand")
CODES = ("BM-90", "BM-91")


def _demo(template: Path) -> dict[str, Any]:
    """The demo's departments and people as wire rows (what a laptop would send)."""
    from verbund_desktop.persistence.models import Department, Employee

    engine = create_engine(f"sqlite:///{template}")
    try:
        with engine.connect() as conn:
            dep = [dict(r) for r in conn.execute(select(Department.__table__)).mappings()]
            emp = [dict(r) for r in conn.execute(select(Employee.__table__)).mappings()]
    finally:
        engine.dispose()
    return {
        "departments": [to_wire_values("department", d) for d in dep],
        "people": [to_wire_values("employee", e) for e in emp],
    }


def _change(draw: st.DrawFn, demo: dict[str, Any]) -> Change:
    departments, people = demo["departments"], demo["people"]
    companies = [*sorted({d["company_id"] for d in departments}), str(uuid.UUID(int=0xDEAD))]
    base = draw(st.integers(0, 2))
    kind = draw(
        st.sampled_from(["dep_insert", "dep_update", "dep_delete", "emp_update", "emp_insert", "emp_delete"])
    )
    dep_ids = [d["id"] for d in departments] + NEW_IDS
    if kind == "dep_insert":
        row = dict(draw(st.sampled_from(departments)))
        row_id = draw(st.sampled_from(dep_ids))
        name = draw(st.sampled_from([*NAMES, row["name"]]))
        row.update(id=row_id, name=name, company_id=draw(st.sampled_from(companies)))
        return Change("department", row_id, "insert", base, row)
    if kind == "dep_update":
        row_id = draw(st.sampled_from(dep_ids))
        return Change("department", row_id, "update", base, {"name": draw(st.sampled_from(NAMES))})
    if kind == "dep_delete":
        return Change("department", draw(st.sampled_from(dep_ids)), "delete", base)
    person = draw(st.sampled_from(people))
    if kind == "emp_update":
        new = {"notes": draw(st.sampled_from(["a", "b"]))}
        if draw(st.booleans()):
            new["pseudonym_code"] = draw(st.sampled_from(CODES))
        return Change("employee", person["id"], "update", base, new)
    if kind == "emp_insert":
        row_id = draw(st.sampled_from(NEW_IDS))
        row = dict(
            person, id=row_id, pseudonym_code=draw(st.sampled_from([*CODES, person["pseudonym_code"]]))
        )
        return Change("employee", row_id, "insert", base, row)
    return Change("employee", person["id"], "delete", base)


@st.composite
def changesets(draw: st.DrawFn, demo: dict[str, Any]) -> list[Changeset]:
    replica = str(uuid.UUID(int=0xC0FFEE))
    out: list[Changeset] = []
    for seq in range(1, draw(st.integers(1, 6)) + 1):
        if out and draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from(out)))  # a resend
            continue
        changes = tuple(_change(draw, demo) for _ in range(draw(st.integers(1, 6))))
        out.append(Changeset(str(uuid.uuid4()), replica, seq, SCHEMA, changes))
    return out


def _apply(
    office: Office, scope_companies: list[str] | None, sets: list[Changeset], batched: bool
) -> list[ApplyResult]:
    """Each answer. A changeset naming a row twice is refused ("format") by both ways alike; it used to make
    the apply fail with two inserts of the row's sync row (a 500 of the service)."""
    results: list[ApplyResult] = []
    for changeset in sets:
        with Session(office.engine) as session:  # committed as the service commits it
            scope = office.scope(scope_companies)
            results.append(apply_changeset(session, scope, changeset, batched=batched, commit=True))
    return results


def _state(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        sync_rows = sorted(tuple(r) for r in conn.execute(select(office_sync_row)))
        conflicts = sorted(
            (r.changeset_id, r.tbl, r.row_id, r.kind) for r in conn.execute(select(office_conflict))
        )
        log = sorted(
            (r.changeset_id, r.status, r.server_seq, r.result) for r in conn.execute(select(office_sync_log))
        )
    return {"rows": replica_rows(engine), "sync": sync_rows, "conflicts": conflicts, "log": log}


@contextmanager
def _two_offices(backend: str, template: Path, folder: Path) -> Iterator[tuple[Office, Office]]:
    if backend == "sqlite":
        (folder / "a").mkdir(parents=True)
        (folder / "b").mkdir()
        offices = (Office(template, folder / "a"), Office(template, folder / "b"))
        try:
            yield offices
        finally:
            for office in offices:
                office.engine.dispose()
            shutil.rmtree(folder, ignore_errors=True)
        return
    folder.mkdir(parents=True)
    with (
        pg.fresh_database(migrated=True, seed=template) as a,
        pg.fresh_database(migrated=True, seed=template) as b,
    ):
        offices = tuple(Office(template, folder, create_engine(pg._psycopg(url))) for url in (a, b))
        try:
            yield offices[0], offices[1]
        finally:
            for office in offices:
                office.engine.dispose()


@pytest.mark.parametrize(("backend", "examples"), [("sqlite", 40), ("postgresql", 10)])
def test_batched_apply_equals_the_row_by_row_reference(
    backend: str, examples: int, demo_template: Path, tmp_path: Path
) -> None:
    demo = _demo(demo_template)
    companies = sorted({d["company_id"] for d in demo["departments"]})

    @settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(sets=changesets(demo), scoped=st.booleans())
    def check(sets: list[Changeset], scoped: bool) -> None:
        scope = companies[:1] if scoped else None
        with _two_offices(backend, demo_template, tmp_path / uuid.uuid4().hex) as (reference, batched):
            assert _apply(reference, scope, sets, False) == _apply(batched, scope, sets, True)
            assert _state(reference.engine) == _state(batched.engine)

    check()
