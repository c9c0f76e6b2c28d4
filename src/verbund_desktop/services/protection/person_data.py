"""Art. 15 GDPR: a copy of everything stored about one person, as JSON (machine-readable) and as a PDF.

:func:`collect_person_data` reads every row that belongs to the person — master data, consent records,
assessments with all ratings, development plans with measures, and the audit events about them — into plain JSON
values with German keys. :func:`export_view` turns the same data into the PDF's view model, so both files always
hold the same facts.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop import __version__
from verbund_desktop.assessment.clean_names import safe_file_name
from verbund_desktop.assessment.consent_purposes import PURPOSES_IN_ORDER, ConsentPurpose
from verbund_desktop.assessment.errors import InputError, Message, failure_message
from verbund_desktop.files import write_atomic
from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.services.protection.consent_gates import has_consent
from verbund_desktop.services.protection.person_data_view import export_view

SCHEMA = "verbund-desktop/auskunft-art15/1"


@dataclass(frozen=True)
class ExportFiles:
    json_path: Path
    pdf_path: Path


def _value(value: Any) -> Any:
    """JSON-ready: dates and times as ISO text, amounts as exact decimal text, ids as text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_value(v) for v in value]
    return value


def _employee(session: Session, employee_id: uuid.UUID) -> Employee:
    employee = session.get(
        Employee,
        employee_id,
        options=[
            selectinload(Employee.company),
            selectinload(Employee.role),
            selectinload(Employee.department),
        ],
    )
    if employee is None:
        raise InputError("Diese Person gibt es nicht (mehr) im Arbeitsbereich.")
    return employee


def _person(employee: Employee) -> dict[str, Any]:
    return {
        "id": employee.id,
        "vorname": employee.first_name,
        "nachname": employee.last_name,
        "pseudonym_code": employee.pseudonym_code,
        "tätigkeit": employee.job_title,
        "abteilung": employee.department.name if employee.department else None,
        "stellenprofil": employee.role.name if employee.role else None,
        "geburtsjahr": employee.birth_year,
        "berufsabschluss": employee.has_vocational_qualification,
        "jahr_des_berufsabschlusses": employee.qualification_year,
        "schwerbehinderung": employee.severely_disabled,
        "notizen": employee.notes,
        "angelegt_am": employee.created_at,
        "geändert_am": employee.updated_at,
        "archiviert_am": employee.archived_at,
    }


def _company(company: Company) -> dict[str, Any]:
    return {
        "name": company.name,
        "ort": " ".join(p for p in (company.postcode, company.region) if p),
        "aufbewahrungsfrist_monate": company.retention_months,
    }


def _consents(session: Session, employee_id: uuid.UUID) -> list[dict[str, Any]]:
    records = session.scalars(
        select(ConsentRecord)
        .where(ConsentRecord.employee_id == employee_id)
        .order_by(ConsentRecord.given_on, ConsentRecord.created_at)
    )
    return [
        {
            "id": r.id,
            "zweck": r.purpose,
            "status": r.status,
            "form": r.method,
            "rechtsgrundlage": r.legal_basis,
            "dokumentation": r.legal_basis_note,
            "textfassung": r.text_version,
            "erteilt_am": r.given_on,
            "widerrufen_am": r.withdrawn_on,
            "erfasst_von": r.recorded_by,
        }
        for r in records
    ]


def _assessments(session: Session, employee_id: uuid.UUID) -> list[dict[str, Any]]:
    assessments = session.scalars(
        select(CompetencyAssessment)
        .where(CompetencyAssessment.employee_id == employee_id)
        .options(
            selectinload(CompetencyAssessment.ratings).selectinload(CompetencyRating.competence),
            selectinload(CompetencyAssessment.ratings).selectinload(CompetencyRating.catalog),
            selectinload(CompetencyAssessment.advisor),
            selectinload(CompetencyAssessment.role),
        )
        .order_by(CompetencyAssessment.assessed_on, CompetencyAssessment.created_at)
    )
    out = []
    for a in assessments:
        ratings = []
        for r in a.ratings:
            gap = None
            if r.target_level is not None and r.agreed_level is not None and not r.not_applicable:
                gap = max(0, r.target_level - r.agreed_level)
            ratings.append(
                {
                    "katalog": r.catalog.name,
                    "katalogversion": r.catalog_version,
                    "kompetenz_code": r.competence.code,
                    "kompetenz": r.competence.name_de,
                    "selbsteinschätzung": r.self_level,
                    "fremdeinschätzung": r.supervisor_level,
                    "ist_vereinbart": r.agreed_level,
                    "soll": r.target_level,
                    "lücke": gap,
                    "priorität": r.priority,
                    "nicht_anwendbar": r.not_applicable,
                    "notiz": r.note,
                    "geändert_am": r.updated_at,
                }
            )
        out.append(
            {
                "id": a.id,
                "datum": a.assessed_on,
                "status": a.status,
                "abgeschlossen_am": a.completed_at,
                "vorheriges_gespräch": a.previous_id,
                "stellenprofil": a.role.name if a.role else None,
                "berater_in": a.advisor.name if a.advisor else None,
                "notiz": a.note,
                "bewertungen": ratings,
            }
        )
    return out


def _plans(session: Session, employee_id: uuid.UUID) -> list[dict[str, Any]]:
    plans = session.scalars(
        select(DevelopmentPlan)
        .where(DevelopmentPlan.employee_id == employee_id)
        .options(
            selectinload(DevelopmentPlan.measures).selectinload(PlanMeasure.gaps),
            selectinload(DevelopmentPlan.advisor),
        )
        .order_by(DevelopmentPlan.series_id, DevelopmentPlan.version)
    )
    out = []
    for p in plans:
        measures = [
            {
                "titel": m.title,
                "art": m.kind,
                "anbieter": m.provider,
                "format": m.format,
                "beginn": m.start_date,
                "ende": m.end_date,
                "status": m.status,
                "stunden": m.hours,
                "kosten_eur": m.cost_eur,
                "freistellung_stunden": m.release_hours,
                "azav": m.azav,
                "verbundmaßnahme": m.pooled_note,
                "zuständig": m.responsibility,
                "notiz": m.note,
                "schließt_lücken": [g.competence.code for g in m.gaps],
            }
            for m in p.measures
        ]
        out.append(
            {
                "id": p.id,
                "serie": p.series_id,
                "version": p.version,
                "ausgangslage": p.starting_point,
                "ziele": p.goals,
                "zuständigkeiten": p.responsibilities,
                "überprüfung_am": p.review_date,
                "gedruckt_und_fixiert_am": p.frozen_at,
                "berater_in": p.advisor.name if p.advisor else None,
                "maßnahmen": measures,
                "druckfassung": p.snapshot,
            }
        )
    return out


def person_audit_condition(session: Session, employee_id: uuid.UUID) -> Any:
    """Audit events about the person: marked with them as subject, or about one of their rows."""
    ids: list[uuid.UUID] = [employee_id]
    ids += session.scalars(select(ConsentRecord.id).where(ConsentRecord.employee_id == employee_id))
    assessment_ids = list(
        session.scalars(
            select(CompetencyAssessment.id).where(CompetencyAssessment.employee_id == employee_id)
        )
    )
    ids += assessment_ids
    ids += session.scalars(
        select(CompetencyRating.id).where(CompetencyRating.assessment_id.in_(assessment_ids))
    )
    plan_ids = list(
        session.scalars(select(DevelopmentPlan.id).where(DevelopmentPlan.employee_id == employee_id))
    )
    ids += plan_ids
    ids += session.scalars(select(PlanMeasure.id).where(PlanMeasure.plan_id.in_(plan_ids)))
    return or_(AuditEvent.subject_id == employee_id, AuditEvent.entity_id.in_(ids))


def _audit(session: Session, employee_id: uuid.UUID) -> list[dict[str, Any]]:
    events = session.scalars(
        select(AuditEvent).where(person_audit_condition(session, employee_id)).order_by(AuditEvent.at)
    )
    return [
        {
            "zeitpunkt": e.at,
            "wer": e.actor,
            "aktion": e.action,
            "objekt": e.entity_type,
            "objekt_id": e.entity_id,
            "feld": e.field,
            "alt": e.old_value,
            "neu": e.new_value,
            "grund": e.reason,
        }
        for e in events
    ]


def _purposes(session: Session, employee_id: uuid.UUID) -> list[str]:
    """The purposes the person's data are used for now: those with a valid consent (or other basis)."""
    return [p.label_de for p in PURPOSES_IN_ORDER if has_consent(session, employee_id, p)]


def _recipients(session: Session, employee: Employee) -> list[str]:
    valid = {p for p in PURPOSES_IN_ORDER if has_consent(session, employee.id, p)}
    result = [
        employee.company.name + " (Arbeitgeber, Verantwortlicher)",
        "Koordinierungsstelle des Weiterbildungsverbunds (Auftragsverarbeiter für Gespräch, Plan und Förderung)",
    ]
    if ConsentPurpose.FUNDING_APPLICATION in valid:
        result.append("die zuständige Agentur für Arbeit, wenn ein Förderantrag gestellt wird")
    if ConsentPurpose.NETWORK_POOLING in valid:
        result.append("Weiterbildungsverbund als (gemeinsamer) Verantwortlicher, nur pseudonymisiert")
    return result


def collect_person_data(
    session: Session, employee_id: uuid.UUID, *, now: datetime | None = None
) -> dict[str, Any]:
    """Everything stored about one person, as JSON values with German keys."""
    employee = _employee(session, employee_id)
    data = {
        "schema": SCHEMA,
        "art": "Auskunft nach Art. 15 DSGVO",
        "erstellt_am": now or datetime.now().astimezone(),
        "programm": f"Verbund Desktop {__version__}",
        "betrieb": _company(employee.company),
        "person": _person(employee),
        "einwilligungen": _consents(session, employee_id),
        "kompetenzgespräche": _assessments(session, employee_id),
        "entwicklungspläne": _plans(session, employee_id),
        "änderungsprotokoll": _audit(session, employee_id),
        "verarbeitung": {
            "zwecke": _purposes(session, employee_id),
            "empfänger": _recipients(session, employee),
            "speicherdauer": f"bis zum Widerruf, längstens {employee.company.retention_months} Monate nach "
            "der letzten Bearbeitung",
            "herkunft": "Angaben im Gespräch mit Ihnen und, bei der Fremdeinschätzung, mit Ihrer/Ihrem Vorgesetzten",
        },
    }
    result: dict[str, Any] = _value(data)
    return result


def person_data(ws: Workspace, employee_id: uuid.UUID) -> dict[str, Any]:
    with ws.unit_of_work() as uow:
        return collect_person_data(uow.session, employee_id)


def export_person(
    ws: Workspace, employee_id: uuid.UUID, out_dir: Path, *, actor: str, network_name: str = ""
) -> ExportFiles:
    """Write ``Auskunft-<code>-<date>.json`` and ``.pdf`` into ``out_dir`` and record the export in the audit
    trail with the full paths, so an erasure can list the copies (the file names carry the pseudonym code, never the
    name)."""
    from verbund_desktop.report.data_export import build_person_data_export

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InputError(Message("Den Ordner „{folder}“ gibt es nicht.", folder=str(out_dir)))
    logo = letterhead_logo(ws)
    with ws.unit_of_work() as uow:
        data = collect_person_data(uow.session, employee_id)
        code = data["person"]["pseudonym_code"] or "person"
        stem = safe_file_name(f"Auskunft-{_file_safe(code)}-{date.today().isoformat()}")
        json_path, pdf_path = _free_names(out_dir, stem)
        pdf = build_person_data_export(export_view(data, network_name=network_name), logo=logo)
        try:
            # Each file appears complete or not at all (a full disk leaves no truncated PDF behind).
            write_atomic(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
            write_atomic(pdf_path, pdf)
        except OSError as exc:
            json_path.unlink(missing_ok=True)
            raise InputError(
                Message("Die Auskunft kann nicht gespeichert werden: {reason}.", reason=failure_message(exc))
            ) from exc
        audit.record(
            uow.session,
            actor=actor,
            action="export_art15",
            entity_type="employee",
            entity_id=employee_id,
            subject_id=employee_id,
            new={"dateien": [str(json_path.resolve()), str(pdf_path.resolve())]},
        )
        uow.commit()
    return ExportFiles(json_path=json_path, pdf_path=pdf_path)


def _file_safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)


def _free_names(folder: Path, stem: str) -> tuple[Path, Path]:
    counter = 1
    while True:
        suffix = "" if counter == 1 else f"-{counter}"
        json_path, pdf_path = folder / f"{stem}{suffix}.json", folder / f"{stem}{suffix}.pdf"
        if not json_path.exists() and not pdf_path.exists():
            return json_path, pdf_path
        counter += 1
