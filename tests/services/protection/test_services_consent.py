"""Consent first: recording consent or another legal basis, and the gate that refuses ratings without it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompetencyRating,
    ConsentRecord,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_queries import interview_overview
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_from_role
from verbund_desktop.services.protection.consent import (
    DEFAULT_TEXT_VERSION,
    METHOD_ELECTRONIC,
    METHOD_OTHER_BASIS,
    METHOD_PAPER,
    OTHER_LEGAL_BASES,
    ConsentError,
    ConsentMissingError,
    assessment_consent,
    consents_of,
    has_assessment_consent,
    mark_withdrawn,
    record_consent,
)

TODAY = date(2026, 11, 26)


def new_employee(ws: Workspace, code: str = "BM-99") -> uuid.UUID:
    """A person without any consent, in the bakery, with the bakery's first role profile."""
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).order_by(Company.name)).first()
        assert company is not None
        employee = Employee(
            company_id=company.id,
            role_id=company.roles[0].id,
            first_name="Käthe",
            last_name="Groß",
            pseudonym_code=code,
        )
        uow.session.add(employee)
        uow.commit()
        return employee.id


def rating_count(ws: Workspace) -> int:
    with ws.unit_of_work() as uow:
        return uow.session.scalar(select(func.count(CompetencyRating.id))) or 0


def test_a_new_person_has_no_consent_and_nothing_can_be_started(ws: Workspace) -> None:
    person = new_employee(ws)
    assert not has_assessment_consent(ws, person)
    assert assessment_consent(ws, person) is None
    before = rating_count(ws)
    with pytest.raises(ConsentMissingError, match="keine gültige Einwilligung"):
        start_from_role(ws, person, actor="Test")
    assert rating_count(ws) == before
    overview = interview_overview(ws, person)
    assert overview is not None and overview.assessments == () and not overview.has_consent


def test_paper_consent_is_stored_with_date_text_version_purpose_and_audit(ws: Workspace) -> None:
    person = new_employee(ws)
    info = record_consent(ws, person, method=METHOD_PAPER, given_on=TODAY, actor="Dr. Kröger", today=TODAY)
    assert has_assessment_consent(ws, person)
    assert info.text_version == DEFAULT_TEXT_VERSION
    assert "am 26.11.2026" in info.summary_de and "Papier" in info.summary_de
    with ws.unit_of_work() as uow:
        record = uow.session.get(ConsentRecord, info.id)
        assert record is not None
        assert (record.method, record.purpose, record.status) == ("paper", "kompetenzerhebung", "given")
        assert record.legal_basis == "Art. 6 Abs. 1 lit. a DSGVO"
        assert record.recorded_by == "Dr. Kröger"
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == info.id)).one()
        assert event.action == "consent.record" and event.subject_id == person
        assert event.new_value is not None and event.new_value["given_on"] == "2026-11-26"


def test_electronic_consent_with_own_text_version(ws: Workspace) -> None:
    person = new_employee(ws)
    record_consent(
        ws,
        person,
        method=METHOD_ELECTRONIC,
        given_on=date(2026, 11, 2),
        text_version="2026-02",
        actor="T",
        today=TODAY,
    )
    found = assessment_consent(ws, person)
    assert found is not None and found.method == "electronic" and found.text_version == "2026-02"


def test_other_legal_basis_needs_a_documenting_note(ws: Workspace) -> None:
    person = new_employee(ws)
    with pytest.raises(ConsentError, match="dokumentieren"):
        record_consent(
            ws,
            person,
            method=METHOD_OTHER_BASIS,
            given_on=TODAY,
            legal_basis=OTHER_LEGAL_BASES[0],
            actor="T",
            today=TODAY,
        )
    assert not has_assessment_consent(ws, person)
    info = record_consent(
        ws,
        person,
        method=METHOD_OTHER_BASIS,
        given_on=TODAY,
        legal_basis=OTHER_LEGAL_BASES[1],
        note="Betriebsvereinbarung Personalentwicklung vom 01.03.2026, Ordner Personal",
        actor="T",
        today=TODAY,
    )
    assert has_assessment_consent(ws, person)
    assert info.legal_basis_note.startswith("Betriebsvereinbarung")
    assert info.summary_de.startswith("Andere Rechtsgrundlage: Art. 6 Abs. 1 lit. c DSGVO")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "fax"}, "wie die Einwilligung vorliegt"),
        ({"given_on": date(2026, 11, 27)}, "in der Zukunft"),
        ({"given_on": date(1999, 12, 31)}, "nicht plausibel"),
        ({"text_version": "  "}, "Textfassung"),
    ],
)
def test_invalid_consent_input_is_refused_in_german(
    ws: Workspace, kwargs: dict[str, object], message: str
) -> None:
    person = new_employee(ws)
    args: dict[str, object] = {"method": METHOD_PAPER, "given_on": TODAY, **kwargs}
    with pytest.raises(ConsentError, match=message):
        record_consent(ws, person, actor="T", today=TODAY, **args)  # type: ignore[arg-type]
    assert consents_of(ws, person) == []


def test_unknown_person_is_refused(ws: Workspace) -> None:
    with pytest.raises(ConsentError, match="gibt es nicht"):
        record_consent(ws, uuid.uuid4(), method=METHOD_PAPER, given_on=TODAY, actor="T", today=TODAY)


def test_the_gate_refuses_ratings_after_withdrawal_and_stores_nothing(ws: Workspace) -> None:
    person = new_employee(ws)
    consent = record_consent(ws, person, method=METHOD_PAPER, given_on=TODAY, actor="T", today=TODAY)
    assessment = start_from_role(ws, person, actor="T")
    overview = interview_overview(ws, person)
    assert overview is not None and overview.sheet is not None
    assert overview.sheet.info.id == assessment
    row = overview.sheet.rows[0]
    scale = overview.sheet.scale_of(row)
    set_rating_field(ws, row.id, RatingField.SELF, scale.min_level, actor="T")

    mark_withdrawn(ws, consent.id, withdrawn_on=TODAY, actor="T", reason="Widerruf per E-Mail")
    assert not has_assessment_consent(ws, person)
    with pytest.raises(ConsentMissingError):
        set_rating_field(ws, row.id, RatingField.SELF, scale.max_level, actor="T")
    with pytest.raises(ConsentMissingError):
        set_rating_field(ws, row.id, RatingField.NOTE, "darf nicht gespeichert werden", actor="T")
    with ws.unit_of_work() as uow:
        rating = uow.session.get(CompetencyRating, row.id)
        assert rating is not None and rating.self_level == scale.min_level and rating.note == ""
    history = consents_of(ws, person)
    assert [c.status for c in history] == ["withdrawn"]
    assert "widerrufen am 26.11.2026" in history[0].summary_de

    with pytest.raises(ConsentError, match="schon widerrufen"):
        mark_withdrawn(ws, consent.id, withdrawn_on=TODAY, actor="T")
    record_consent(ws, person, method=METHOD_ELECTRONIC, given_on=TODAY, actor="T", today=TODAY)
    assert (
        set_rating_field(ws, row.id, RatingField.SELF, scale.max_level, actor="T").self_level
        == scale.max_level
    )


def test_consent_of_another_purpose_does_not_open_the_gate(ws: Workspace) -> None:
    person = new_employee(ws)
    record_consent(
        ws, person, method=METHOD_PAPER, given_on=TODAY, purpose="schwerbehinderung", actor="T", today=TODAY
    )
    assert not has_assessment_consent(ws, person)
    with pytest.raises(ConsentMissingError):
        start_from_role(ws, person, actor="T")
