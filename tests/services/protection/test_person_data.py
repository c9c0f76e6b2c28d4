"""Art. 15 GDPR export (JSON and PDF) and reading the audit trail with filters."""

from __future__ import annotations

import io
import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from verbund_desktop.persistence.models import (
    AuditEvent,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.data_export import (
    ExportSection,
    ExportTable,
    PersonDataExportView,
    build_person_data_export,
)
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.services.protection.audit_view import AuditFilter, audit_facets, query_audit
from verbund_desktop.services.protection.consent import METHOD_PAPER, record_consent
from verbund_desktop.services.protection.person_data import export_person, person_data


def person_id(ws: Workspace, code: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).where(Employee.pseudonym_code == code)).one()


def changed_rating(ws: Workspace, employee_id: uuid.UUID, actor: str) -> uuid.UUID:
    assessment = start_reinterview(ws, employee_id, actor=actor)
    with ws.unit_of_work() as uow:
        rating = uow.session.scalars(
            select(CompetencyRating.id).where(CompetencyRating.assessment_id == assessment)
        ).first()
    assert rating is not None
    set_rating_field(ws, rating, RatingField.SELF, 2, actor=actor)
    set_rating_field(ws, rating, RatingField.SELF, 4, actor=actor)
    return rating


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_json_holds_every_rating_consent_plan_and_change_about_the_person(ws: Workspace) -> None:
    ident = person_id(ws, "BM-01")
    changed_rating(ws, ident, "Dr. Sabine Kröger")
    data = person_data(ws, ident)
    with ws.unit_of_work() as uow:
        s = uow.session
        ratings = s.scalar(
            select(func.count(CompetencyRating.id))
            .join(CompetencyAssessment)
            .where(CompetencyAssessment.employee_id == ident)
        )
        consents = s.scalar(select(func.count(ConsentRecord.id)).where(ConsentRecord.employee_id == ident))
        plans = s.scalar(select(func.count(DevelopmentPlan.id)).where(DevelopmentPlan.employee_id == ident))
        events = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.subject_id == ident))
    assert data["person"]["vorname"] == "Jürgen" and data["person"]["pseudonym_code"] == "BM-01"
    assert data["betrieb"]["name"] == "Bäckerei Möller GmbH"
    assert sum(len(a["bewertungen"]) for a in data["kompetenzgespräche"]) == ratings
    assert len(data["einwilligungen"]) == consents and len(data["entwicklungspläne"]) == plans
    assert len(data["änderungsprotokoll"]) >= events >= 3
    changes = [e for e in data["änderungsprotokoll"] if e["aktion"] == "rating.set"]
    assert [(c["alt"], c["neu"]) for c in changes] == [(None, 2), (2, 4)]
    json.dumps(data)  # plain JSON values only


def test_export_writes_json_and_pdf_named_by_code_and_records_it(ws: Workspace, tmp_path: Path) -> None:
    ident = person_id(ws, "SL-02")
    out = tmp_path / "auskunft"
    out.mkdir()
    files = export_person(ws, ident, out, actor="Beraterin", network_name="Verbund Süd")
    assert files.json_path.name.startswith("Auskunft-SL-02-") and "Yıldız" not in files.json_path.name
    data = json.loads(files.json_path.read_text("utf-8"))
    assert data["person"]["nachname"] == "Yıldız"
    text = pdf_text(files.pdf_path.read_bytes())
    assert "Auskunft nach Art. 15 DSGVO" in text and "Özlem Yıldız" in text
    assert "Südwest Logistik AG" in text and "Einwilligungen" in text and "Änderungsprotokoll" in text
    first_competence = data["kompetenzgespräche"][0]["bewertungen"][0]["kompetenz"]
    assert first_competence.split()[0] in text
    second = export_person(ws, ident, out, actor="Beraterin")
    assert second.json_path != files.json_path and files.json_path.exists()  # nothing overwritten
    with ws.unit_of_work() as uow:
        exports = uow.session.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.action == "export_art15", AuditEvent.subject_id == ident
            )
        )
    assert exports == 2


def test_export_of_an_unknown_person_or_folder_is_a_german_error(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="gibt es nicht"):
        export_person(ws, uuid.uuid4(), tmp_path, actor="T")
    with pytest.raises(ValueError, match="Ordner"):
        export_person(ws, person_id(ws, "BM-01"), tmp_path / "fehlt", actor="T")


def test_the_pdf_builder_handles_long_tables_and_empty_sections() -> None:
    rows = tuple((f"Zeile {i} mit Umlauten äöüß", "x" * (i % 50), "–") for i in range(300))
    view = PersonDataExportView(
        person_label="Änne Weiß-Müller",
        company_name="Bäckerei Möller GmbH",
        network_name="Verbund",
        created=date(2026, 11, 26),
        sections=(
            ExportSection("Leer"),
            ExportSection("Lang", tables=(ExportTable("Tabelle", ("A", "B", "C"), rows),)),
            ExportSection("Ohne Zeilen", tables=(ExportTable("T", ("A",), (), empty_text="Nichts da."),)),
        ),
    )
    data = build_person_data_export(view)
    reader = PdfReader(io.BytesIO(data))
    text = pdf_text(data)
    assert len(reader.pages) > 3 and "Zeile 299 mit Umlauten äöüß" in text and "Nichts da." in text
    assert f"Seite 1 von {len(reader.pages)}" in text
    assert reader.metadata is not None and "Änne Weiß-Müller" in (reader.metadata.title or "")


def test_audit_filters_by_entity_person_actor_and_date(ws: Workspace) -> None:
    first, second = person_id(ws, "BM-02"), person_id(ws, "MS-01")
    changed_rating(ws, first, "Anna")
    changed_rating(ws, second, "Bernd")
    record_consent(
        ws, second, method=METHOD_PAPER, given_on=date.today(), actor="Bernd", purpose="schwerbehinderung"
    )
    everything = query_audit(ws)
    assert len(everything) >= 7
    assert [r.at for r in everything] == sorted((r.at for r in everything), reverse=True)

    ratings = query_audit(ws, AuditFilter(entity_type="competency_rating"))
    assert ratings and all(r.entity_type == "competency_rating" for r in ratings)
    by_person = query_audit(ws, AuditFilter(subject_id=second))
    assert by_person and all(r.subject_id == second for r in by_person)
    assert {r.subject_label for r in by_person} == {"Straßburger, Günter (MS-01)"}
    assert {r.subject_label for r in query_audit(ws, AuditFilter(subject_id=second), pseudonymised=True)} == {
        "MS-01"
    }
    by_actor = query_audit(ws, AuditFilter(actor="Anna"))
    assert by_actor and all(r.actor == "Anna" and r.subject_id == first for r in by_actor)
    # The days the events were written on (two if the test ran across midnight), not the clock now.
    first_day, last_day = min(r.at.date() for r in everything), max(r.at.date() for r in everything)
    assert len(query_audit(ws, AuditFilter(date_from=first_day, date_to=last_day))) == len(everything)
    assert query_audit(ws, AuditFilter(date_to=first_day - timedelta(days=1))) == []
    assert query_audit(ws, AuditFilter(date_from=last_day + timedelta(days=1))) == []
    assert len(query_audit(ws, AuditFilter(limit=2))) == 2

    facets = audit_facets(ws)
    assert {"Anna", "Bernd"} <= set(facets.actors)
    assert {"competency_rating", "consent_record"} <= set(facets.entity_types)
    assert {ident for ident, _ in facets.subjects} == {first, second}
