"""Erasure (Art. 17 GDPR) against planted text: exactly the erased person's mentions go, everyone else's stay.

Every column of every table is compared before and after; the only differences allowed are the rows of the
person, the planted texts (compared with what they must become) and the one new audit event of the erasure.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.persistence.models.sync import SYNC_TABLES
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.planning.printing import plan_pdf, plan_print_jobs, print_plans
from verbund_desktop.services.protection import erasure
from verbund_desktop.services.protection.person_data import export_person

NFD_ANNE = unicodedata.normalize("NFD", "Änne Schröder")
GONE = "[gelöscht]"


Key = tuple[str, str, str]  # table, row id, column


def snapshot(ws: Workspace) -> dict[Key, str]:
    """Every value of every domain table. The sync bookkeeping (outbox, notices) is left out: an erasure adds its
    tombstones there and drops the person's unsent changes; ``assert_outbox_forgot`` checks it instead."""
    out: dict[Key, str] = {}
    with ws.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in SYNC_TABLES:
                continue
            for row in conn.execute(select(table)).mappings():
                ident = str(row.get("id", json.dumps({k: str(v) for k, v in row.items()}, sort_keys=True)))
                for column, value in row.items():
                    shown = (
                        json.dumps(value, ensure_ascii=False)
                        if isinstance(value, dict | list)
                        else str(value)
                    )
                    out[(table.name, ident, column)] = shown
    return out


def add_person(ws: Workspace, company: str, first: str, last: str, code: str, notes: str = "") -> uuid.UUID:
    with ws.unit_of_work() as uow:
        company_id = uow.session.scalars(select(Company.id).where(Company.name.like(f"{company}%"))).one()
        person = Employee(
            company_id=company_id, first_name=first, last_name=last, pseudonym_code=code, notes=notes
        )
        uow.session.add(person)
        uow.commit()
        return person.id


def set_contact(ws: Workspace, company: str, contact: str, notes: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        row = uow.session.scalars(select(Company).where(Company.name.like(f"{company}%"))).one()
        row.contact_name, row.notes = contact, notes
        uow.commit()
        return row.id


def plant_audit_text(ws: Workspace, entity_id: uuid.UUID, value: dict[str, Any]) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        event = audit.record(
            uow.session,
            actor="Beraterin A",
            action="update",
            entity_type="company",
            entity_id=entity_id,
            field="notes",
            new=value,
        )
        uow.commit()
        return event.id


def rows_about(ws: Workspace, person_id: uuid.UUID) -> set[str]:
    """Ids of the rows about the person: theirs, their interviews, ratings, plans, measures, consents, audit."""
    with ws.unit_of_work() as uow:
        s = uow.session
        assessments = set(
            s.scalars(select(CompetencyAssessment.id).where(CompetencyAssessment.employee_id == person_id))
        )
        ratings = set(
            s.scalars(select(CompetencyRating.id).where(CompetencyRating.assessment_id.in_(assessments)))
        )
        plans = set(s.scalars(select(DevelopmentPlan.id).where(DevelopmentPlan.employee_id == person_id)))
        measures = set(s.scalars(select(PlanMeasure.id).where(PlanMeasure.plan_id.in_(plans))))
        gaps = set(s.scalars(select(MeasureGap.id).where(MeasureGap.measure_id.in_(measures))))
        consents = set(s.scalars(select(ConsentRecord.id).where(ConsentRecord.employee_id == person_id)))
        ids = {person_id, *assessments, *ratings, *plans, *measures, *gaps, *consents}
        events = set(
            s.scalars(
                select(AuditEvent.id).where(
                    (AuditEvent.subject_id == person_id) | AuditEvent.entity_id.in_(ids)
                )
            )
        )
    return {str(i) for i in ids | events}


def assert_only_expected_changes(
    before: dict[Key, str], after: dict[Key, str], about: set[str], expected: dict[Key, str]
) -> None:
    """Rows about the person may go (or, in the audit trail, lose their values); planted texts become
    ``expected``; a new row can only be the erasure's audit event; every other value is unchanged."""
    gone = {k for k in before if k not in after}
    assert gone and {k[1] for k in gone} <= about
    new_rows = {k[1] for k in after if k not in before}
    assert {after[("audit_event", r, "action")] for r in new_rows} == {"erase"}
    planted = {k[1] for k in expected}
    for key, value in after.items():
        if key[1] in new_rows or key[1] in about or (key[1] in planted and key[2] == "updated_at"):
            continue
        assert value == expected.get(key, before[key]), key


def assert_outbox_forgot(ws: Workspace, person_id: uuid.UUID, *names: str) -> None:
    """No unsent change of the sync outbox holds the person's row or one of their names; a tombstone is left."""
    with ws.engine.connect() as conn:
        changes = conn.execute(select(Base.metadata.tables["sync_change"])).mappings().all()
    mine = [c for c in changes if c["row_id"] == person_id.hex]
    assert [(c["op"], c["old_data"], c["new_data"]) for c in mine] in ([], [("delete", None, None)])
    texts = " ".join(f"{c['new_data']} {c['old_data']}" for c in changes)  # values before included
    assert not [name for name in names if name in texts]


def demo_person(ws: Workspace, first: str, last: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        query = select(Employee.id).where(Employee.first_name == first, Employee.last_name == last)
        return uow.session.scalars(query).one()


def test_erasure_removes_exactly_the_persons_mentions(ws: Workspace) -> None:
    anne = demo_person(ws, "Änne", "Schröder")  # with interviews, ratings, a plan and consents
    add_person(ws, "Bäckerei", "Änne", "Schrödermann", "BM-51")  # same first name, surname a prefix of hers
    with ws.unit_of_work() as uow:
        code = uow.session.get_one(Employee, anne).pseudonym_code
    note = (
        f"Gespräch mit Frau Schröder und A. Schröder; Aenne Schroeder kommt, {NFD_ANNE} auch; Schröder, Änne. "
        f"Die Schröderstraße und Herrn Schröders Akte bleiben, Änne Schrödermann auch. Code {code}, nicht {code}1."
    )
    colleague = add_person(ws, "Bäckerei", "Karla", "Brandt", "BM-52", notes=note)
    company = set_contact(ws, "Bäckerei", "Ä. Schröder (Personalleitung)", "Änne hat angerufen. Schröder?")
    event = plant_audit_text(ws, company, {"alt": ["Hr. Dr. Schröder", "ÄNNE SCHRÖDER"], "neu": "Schröderei"})
    preview = erasure.erasure_preview(ws, anne)
    undecided = {(u.ref.text, u.reason, u.ref.place) for u in preview.undecided}
    assert undecided == {("Änne", "namesake", "company.notes"), ("Schröder", "last_only", "company.notes")}
    first_alone = next(u.ref for u in preview.undecided if u.ref.text == "Änne")
    before, about = snapshot(ws), rows_about(ws, anne)

    result = erasure.erase_person(ws, actor="Beraterin A", employee_id=anne, approved=[first_alone])

    expected = {
        ("employee", str(colleague), "notes"): (
            f"Gespräch mit {GONE} und {GONE}; {GONE} kommt, {GONE} auch; {GONE}. "
            "Die Schröderstraße und Herrn Schröders Akte bleiben, Änne Schrödermann auch. "
            f"Code {GONE}, nicht {code}1."
        ),
        ("company", str(company), "contact_name"): f"{GONE} (Personalleitung)",
        ("company", str(company), "notes"): f"{GONE} hat angerufen. Schröder?",
        ("audit_event", str(event), "new_value"): json.dumps(
            {"alt": [GONE, GONE], "neu": "Schröderei"}, ensure_ascii=False
        ),
    }
    assert_only_expected_changes(before, snapshot(ws), about, expected)
    assert_outbox_forgot(ws, anne, "Frau Schröder", "Aenne Schroeder", "Ä. Schröder", f"Code {code}")
    assert [(u.ref.text, u.reason) for u in result.undecided_left] == [("Schröder", "last_only")]
    # 6 in the note (5 name forms and the code), the contact, 2 in the audit trail, and the approved one.
    assert result.removed.text_mentions == 10 and preview.certain_mentions == 9


def test_prefix_names_and_namesakes_stay_and_undecided_ones_are_left_unless_all_are_approved(
    ws: Workspace,
) -> None:
    max_mai = add_person(ws, "Bäckerei", "Max", "Mai", "BM-60")
    add_person(ws, "Bäckerei", "Max", "Maier", "BM-61")
    add_person(ws, "Bäckerei", "Maximilian", "Mai", "BM-62")
    text = "Max Maier und Max Mai trafen Maximilian Mai; Herr Mai kam im Mai. Mai, Max schrieb."
    company = set_contact(ws, "Bäckerei", "Max Maier (Inhaber)", text)
    before, about = snapshot(ws), rows_about(ws, max_mai)
    result = erasure.erase_person(ws, actor="T", employee_id=max_mai)
    expected = {
        ("company", str(company), "notes"): (
            f"Max Maier und {GONE} trafen Maximilian Mai; Herr Mai kam im Mai. {GONE} schrieb."
        )
    }
    assert_only_expected_changes(before, snapshot(ws), about, expected)
    assert [(u.ref.text, u.reason) for u in result.undecided_left] == [
        ("Herr Mai", "namesake"),
        ("Mai", "namesake"),
    ]

    again = add_person(ws, "Bäckerei", "Max", "Mai", "BM-63")
    erasure.erase_person(ws, actor="T", employee_id=again, approve_all=True)
    with ws.unit_of_work() as uow:
        notes = uow.session.scalars(select(Company.notes).where(Company.id == company)).one()
    assert notes == f"Max Maier und {GONE} trafen Maximilian Mai; {GONE} kam im {GONE}. {GONE} schrieb."


def test_a_changed_text_after_the_review_stops_the_erasure(ws: Workspace) -> None:
    anne = demo_person(ws, "Änne", "Schröder")
    company = set_contact(ws, "Bäckerei", "", "Änne hat angerufen.")
    ref = erasure.erasure_preview(ws, anne).undecided[0].ref
    set_contact(ws, "Bäckerei", "", "Heute: Änne hat angerufen.")
    before = snapshot(ws)
    with pytest.raises(erasure.StaleReviewError, match="nichts gelöscht"):
        erasure.erase_person(ws, actor="T", employee_id=anne, approved=[ref])
    assert snapshot(ws) == before and company


def test_the_erasure_lists_the_files_of_the_person_and_keeps_no_trace_of_them(
    ws: Workspace, tmp_path: Path
) -> None:
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee).where(Employee.pseudonym_code == "BM-01")).one()
        person_id = person.id
    files = export_person(ws, person_id, tmp_path, actor="Beraterin A")
    preview = erasure.erasure_preview(ws, person_id)
    listed = [f for d in preview.documents for f in d.files]
    assert str(files.json_path.resolve()) in listed and str(files.pdf_path.resolve()) in listed
    result = erasure.erase_person(ws, actor="Beraterin A", employee_id=person_id, approve_all=True)
    assert result.documents == preview.documents
    with ws.unit_of_work() as uow:
        values = [json.dumps(v) for v in uow.session.scalars(select(AuditEvent.new_value)) if v is not None]
    assert not any(files.json_path.name in v for v in values)


def test_saved_plans_are_listed_with_their_path_and_printed_ones_without(
    ws: Workspace, tmp_path: Path
) -> None:
    person = demo_person(ws, "Änne", "Schröder")
    jobs, _ = plan_print_jobs(ws, employee_id=person)
    written = print_plans(ws, jobs, tmp_path, actor="Beraterin A").written
    other = demo_person(ws, "Jürgen", "Weiß")
    other_jobs, _ = plan_print_jobs(ws, employee_id=other)
    plan_pdf(ws, other_jobs[0].plan_id, actor="Beraterin A")  # printed on paper: where is unknown
    mine = erasure.erasure_preview(ws, person).documents
    assert [d.files for d in mine] == [(str(written[0].resolve()),)]
    theirs = erasure.erasure_preview(ws, other).documents
    assert [(d.kind, d.files) for d in theirs] == [(erasure.DOCUMENT_ACTIONS["plan.freeze"], ())]
