"""Data-subject rights: withdrawal, the Art. 9 field, erasure from every table, retention, pseudonyms."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from verbund_desktop.assessment.consent_purposes import CONSENT_PURPOSE_DISABILITY
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.services.organisation import pseudonyms
from verbund_desktop.services.protection import activity, erasure, privacy, retention
from verbund_desktop.services.protection.consent import METHOD_PAPER, has_assessment_consent, record_consent

TODAY = date.today()


def employee(ws: Workspace, code: str) -> Employee:
    """A detached copy of the row (the unit of work rolls back and would expire a loaded instance)."""
    with ws.unit_of_work() as uow:
        row = uow.session.scalars(select(Employee).where(Employee.pseudonym_code == code)).one()
        uow.session.expunge(row)
        return row


def consent_of(ws: Workspace, employee_id: uuid.UUID, purpose: str = "kompetenzerhebung") -> ConsentRecord:
    with ws.unit_of_work() as uow:
        query = select(ConsentRecord).where(
            ConsentRecord.employee_id == employee_id, ConsentRecord.purpose == purpose
        )
        row = uow.session.scalars(query).one()
        uow.session.expunge(row)
        return row


def count(ws: Workspace, model: Any, *where: Any) -> int:
    with ws.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def every_value(ws: Workspace) -> list[tuple[str, str, str]]:
    """(table, column, text) for every non-empty value of every column of every table."""
    out = []
    with ws.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)).mappings():
                for column, value in row.items():
                    if value is None:
                        continue
                    shown = (
                        json.dumps(value, ensure_ascii=False)
                        if isinstance(value, dict | list)
                        else str(value)
                    )
                    out.append((table.name, column, shown))
    return out


def rate_something(ws: Workspace, employee_id: uuid.UUID, note: str) -> uuid.UUID:
    """A follow-up interview with one rating and a note, stored through the assessment service."""
    assessment_id = start_reinterview(ws, employee_id, actor="Beraterin A")
    with ws.unit_of_work() as uow:
        rating_id = uow.session.scalars(
            select(CompetencyRating.id).where(CompetencyRating.assessment_id == assessment_id)
        ).first()
    assert rating_id is not None
    set_rating_field(ws, rating_id, RatingField.SELF, 3, actor="Beraterin A")
    set_rating_field(ws, rating_id, RatingField.NOTE, note, actor="Beraterin A")
    return rating_id


def test_withdrawal_removes_everything_collected_under_the_consent(ws: Workspace) -> None:
    person = employee(ws, "BM-01")
    rate_something(ws, person.id, "Möchte unbedingt den Excel-Kurs machen")
    with ws.unit_of_work() as uow:
        uow.session.execute(
            update(Employee).where(Employee.id == person.id).values(notes="Sehr motiviert, Notiz 4711")
        )
        uow.commit()
    assessments = count(ws, CompetencyAssessment, CompetencyAssessment.employee_id == person.id)
    ratings = count(
        ws,
        CompetencyRating,
        CompetencyRating.assessment_id.in_(
            select(CompetencyAssessment.id).where(CompetencyAssessment.employee_id == person.id)
        ),
    )
    assert assessments == 3 and ratings > 0

    result = privacy.withdraw_consent(
        ws, actor="Beraterin A", consent_id=consent_of(ws, person.id).id, on=TODAY, reason="per E-Mail"
    )

    assert (
        result.data_removed
        and result.removed.assessments == assessments
        and result.removed.ratings == ratings
    )
    assert count(ws, CompetencyAssessment, CompetencyAssessment.employee_id == person.id) == 0
    assert count(ws, DevelopmentPlan, DevelopmentPlan.employee_id == person.id) == 0
    assert not has_assessment_consent(ws, person.id)
    after = employee(ws, "BM-01")
    assert (after.notes, after.birth_year, after.qualification_year) == ("", None, None)
    assert consent_of(ws, person.id).status == "withdrawn"  # the proof of the withdrawal stays
    texts = [t for _, _, t in every_value(ws)]
    assert not any("Excel-Kurs" in t or "Notiz 4711" in t for t in texts)
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(select(AuditEvent).where(AuditEvent.subject_id == person.id)).all()
        actions = {e.action for e in events}
        assert {"consent.withdraw", "remove_after_withdrawal", "rating.set"} <= actions
        assert all(e.old_value is None and e.new_value is None for e in events if e.action == "rating.set")


def test_a_second_valid_consent_keeps_the_data(ws: Workspace) -> None:
    person = employee(ws, "MS-02")
    first = consent_of(ws, person.id)
    record_consent(ws, person.id, method=METHOD_PAPER, given_on=TODAY, actor="T", text_version="2027-01")
    result = privacy.withdraw_consent(ws, actor="T", consent_id=first.id, on=TODAY)
    assert not result.data_removed
    assert count(ws, CompetencyAssessment, CompetencyAssessment.employee_id == person.id) == 1
    assert has_assessment_consent(ws, person.id)


def test_impossible_withdrawals_are_refused_and_change_nothing(ws: Workspace) -> None:
    person = employee(ws, "SL-01")
    record = consent_of(ws, person.id)
    with pytest.raises(ValueError, match="vor der Einwilligung"):
        privacy.withdraw_consent(ws, actor="T", consent_id=record.id, on=record.given_on - timedelta(days=1))
    with pytest.raises(ValueError, match="Zukunft"):
        privacy.withdraw_consent(
            ws, actor="T", consent_id=record.id, on=TODAY + timedelta(days=1), today=TODAY
        )
    with pytest.raises(ValueError, match="gibt es nicht"):
        privacy.withdraw_consent(ws, actor="T", consent_id=uuid.uuid4(), on=TODAY)
    assert consent_of(ws, person.id).status == "given"
    privacy.withdraw_consent(ws, actor="T", consent_id=record.id, on=TODAY)
    with pytest.raises(ValueError, match="schon widerrufen"):
        privacy.withdraw_consent(ws, actor="T", consent_id=record.id, on=TODAY)


def test_severely_disabled_is_stored_only_with_the_explicit_consent(ws: Workspace) -> None:
    person = employee(ws, "BM-03")
    with pytest.raises(privacy.ConsentRequiredError, match=r"Art\. 9 DSGVO"):
        privacy.set_severely_disabled(ws, actor="T", employee_id=person.id, value=True)
    assert employee(ws, "BM-03").severely_disabled is None
    record_consent(
        ws, person.id, method=METHOD_PAPER, given_on=TODAY, actor="T", purpose=CONSENT_PURPOSE_DISABILITY
    )
    privacy.set_severely_disabled(ws, actor="T", employee_id=person.id, value=True)
    assert employee(ws, "BM-03").severely_disabled is True
    overview = privacy.privacy_overview(ws, person.id)
    assert overview is not None and overview.has_disability_consent and overview.severely_disabled is True

    result = privacy.withdraw_consent(
        ws, actor="T", consent_id=consent_of(ws, person.id, CONSENT_PURPOSE_DISABILITY).id, on=TODAY
    )
    assert result.data_removed
    assert employee(ws, "BM-03").severely_disabled is None
    assert count(ws, CompetencyAssessment, CompetencyAssessment.employee_id == person.id) == 1  # untouched
    with ws.unit_of_work() as uow:
        values = uow.session.execute(
            select(AuditEvent.old_value, AuditEvent.new_value).where(AuditEvent.field == "severely_disabled")
        ).all()
    assert values and all(v == (None, None) for v in values)
    with pytest.raises(privacy.ConsentRequiredError):
        privacy.set_severely_disabled(ws, actor="T", employee_id=person.id, value=False)


def test_after_erasure_no_table_holds_name_code_ratings_or_notes(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        people = uow.session.execute(
            select(Employee.id, Employee.first_name, Employee.last_name, Employee.pseudonym_code).order_by(
                Employee.pseudonym_code
            )
        ).all()
    notes = {}
    for ident, _first, _last, code in people[:3]:
        notes[ident] = f"Vertrauliche Notiz zu {code}"
        rate_something(ws, ident, notes[ident])
    for index, (ident, first, last, code) in enumerate(people):
        with ws.unit_of_work() as uow:
            rating_ids = set(
                uow.session.scalars(
                    select(CompetencyRating.id)
                    .join(CompetencyAssessment)
                    .where(CompetencyAssessment.employee_id == ident)
                )
            )
        erasure.erase_person(ws, actor="Beraterin A", employee_id=ident, approve_all=True)
        values = every_value(ws)
        for _, _, shown in values:
            # case-sensitive whole names: "Weiß" must not hit the job title "Schweißer"
            assert first not in shown.split() and last not in shown.replace(",", " ").split(), shown
            assert code not in shown and f"{first} {last}" not in shown
            if ident in notes:
                assert notes[ident] not in shown
        remaining_ids = {v for table, column, v in values if table == "competency_rating" and column == "id"}
        assert not {str(r) for r in rating_ids} & remaining_ids and not rating_ids & remaining_ids
        assert count(ws, Employee) == len(people) - index - 1  # nobody else was touched
        wal = Path(str(ws.path) + "-wal")
        raw = ws.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        for needle in (f"{first} {last}", code):
            assert needle.encode("utf-8") not in raw and needle.encode("utf-16-le") not in raw
    with ws.unit_of_work() as uow:
        erasures = uow.session.execute(
            select(AuditEvent.subject_id, AuditEvent.entity_id, AuditEvent.new_value).where(
                AuditEvent.action == "erase"
            )
        ).all()
    assert len(erasures) == len(people)
    for subject_id, entity_id, new_value in erasures:
        assert subject_id is None and entity_id is None
        assert isinstance(new_value, dict) and all(isinstance(v, int) for v in new_value.values())


def test_erasure_replaces_mentions_elsewhere_but_spares_a_namesake(ws: Workspace) -> None:
    frauke = employee(ws, "SL-04")  # also the contact person of her company
    with ws.unit_of_work() as uow:
        other = uow.session.scalars(select(Company).where(Company.name.like("Bäckerei%"))).one()
        namesake = Employee(
            company_id=other.id,
            first_name="Jürgen",
            last_name="Weiß",
            pseudonym_code="BM-77",
            notes="Namensvetter",
        )
        uow.session.add(namesake)
        uow.commit()
    removed = erasure.erase_person(ws, actor="T", employee_id=frauke.id).removed
    assert removed.text_mentions >= 2 and "company.contact_name" in removed.places
    with ws.unit_of_work() as uow:
        contacts = list(uow.session.scalars(select(Company.contact_name)))
    assert "[gelöscht] (Personalleitung)" in contacts
    result = erasure.erase_person(ws, actor="T", employee_id=employee(ws, "BM-01").id)
    assert result.removed.text_mentions == 0  # "Jürgen Weiß" is still somebody else's name
    assert result.undecided_left and all(u.reason == "namesake" for u in result.undecided_left)
    assert employee(ws, "BM-77").last_name == "Weiß"


def test_pseudonymiser_covers_every_written_form(ws: Workspace) -> None:
    from verbund_desktop.report.viewmodels import scrub_names

    everyone = pseudonyms.pseudonymiser(ws)
    company = employee(ws, "SL-01").company_id
    with ws.unit_of_work() as uow:
        codes = {code for _, code in pseudonyms.pseudonym_people(uow.session, company)}
    assert codes == {f"SL-0{i}" for i in range(1, 6)}
    text_in = "Rücksprache mit Jürgen Weiß und weiß, jürgen, mit Herrn Weiß und J. Weiss; Schweißer bleibt."
    assert scrub_names(text_in, everyone) == (
        "Rücksprache mit BM-01 und BM-01, mit BM-01 und BM-01; Schweißer bleibt."
    )


def test_retention_lists_and_erases_only_what_is_due(ws: Workspace) -> None:
    assert retention.past_retention(ws, today=TODAY) == []
    with ws.unit_of_work() as uow:
        bakery = uow.session.scalars(select(Company).where(Company.name.like("Bäckerei%"))).one()
        bakery.retention_months = 12
        uow.commit()
        bakery_id = bakery.id
    later = activity.add_months(TODAY, 13)
    due = retention.past_retention(ws, today=later)
    assert {c.company_id for c in due} == {bakery_id}
    assert [c.kind for c in due].count("company") == 1 and [c.kind for c in due].count("employee") == 4
    people = [c.id for c in due if c.kind == "employee"]
    not_due = employee(ws, "SL-01").id
    before = count(ws, Employee)
    with pytest.raises(ValueError, match="LÖSCHEN"):
        retention.erase_past_retention(ws, actor="T", ids=people, confirmation="löschen bitte", today=later)
    with pytest.raises(ValueError, match="nicht \\(mehr\\) über der Aufbewahrungsfrist"):
        retention.erase_past_retention(
            ws, actor="T", ids=[*people, not_due], confirmation="LÖSCHEN", today=later
        )
    assert count(ws, Employee) == before
    result = retention.erase_past_retention(
        ws, actor="T", ids=[bakery_id], confirmation="LÖSCHEN", today=later
    )
    assert (result.companies, result.people) == (1, 4)
    assert count(ws, Company, Company.id == bakery_id) == 0 and count(ws, Employee) == before - 4
    texts = " ".join(t for _, _, t in every_value(ws))
    assert "Möller" not in texts and "Bäckerei Möller" not in texts
    assert retention.past_retention(ws, today=later) == []


def test_add_months_keeps_the_day_or_ends_the_month() -> None:
    assert activity.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert activity.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert activity.add_months(date(2026, 11, 15), 36) == date(2029, 11, 15)


def test_every_table_is_scanned(ws: Workspace) -> None:
    """The scan helper itself must find a name where one is: it is not a test that cannot fail."""
    hits = [table for table, _, t in every_value(ws) if "Straßburger" in t]
    assert "employee" in hits
    with ws.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() in (0, 1)
