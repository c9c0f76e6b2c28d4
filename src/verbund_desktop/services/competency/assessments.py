"""Competency interviews (Kompetenzgespräche): start, rate field by field, complete, re-interview.

Every function is one user action in one unit of work, committed before it returns, with an audit event in
the same transaction. No rating is stored without a valid consent (see :mod:`.consent`). A completed
assessment never changes; a re-interview is a new assessment that points at the last one (``previous_id``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.assessment.german import format_date
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    STATUS_DRAFT,
    CatalogLevel,
    Competence,
    CompetencyAssessment,
    CompetencyRating,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.competency.assessment_queries import load_sheet
from verbund_desktop.services.competency.assessment_sheets import (
    AssessmentSheet,
    RatingField,
    RatingValues,
    open_levels_message,
)
from verbund_desktop.services.protection.consent import require_assessment_consent

__all__ = [
    "AssessmentClosedError",
    "AssessmentError",
    "IncompleteAssessmentError",
    "RatingValueError",
    "complete_assessment",
    "set_rating_field",
    "start_from_competences",
    "start_from_role",
    "start_reinterview",
]


class AssessmentError(UserError, ValueError):
    """A competency interview action is refused; the message is a German sentence for the user."""


class AssessmentClosedError(AssessmentError):
    pass


class IncompleteAssessmentError(AssessmentError):
    def __init__(self, message: str, open_rating_ids: Sequence[uuid.UUID]) -> None:
        super().__init__(message)
        self.open_rating_ids = tuple(open_rating_ids)


class RatingValueError(AssessmentError):
    pass


# Catalogue versions are immutable (a changed catalogue is a new version with new ids): cache their scales.
_SCALES: dict[uuid.UUID, tuple[int, int]] = {}


def _scale(session: Session, catalog_id: uuid.UUID) -> tuple[int, int]:
    found = _SCALES.get(catalog_id)
    if found is None:
        values = list(
            session.scalars(select(CatalogLevel.value).where(CatalogLevel.catalog_id == catalog_id))
        )
        if not values:
            raise AssessmentError("Der Kompetenzkatalog dieser Bewertung hat keine Stufen.")
        found = _SCALES[catalog_id] = (min(values), max(values))
    return found


def _clean(session: Session, rating: CompetencyRating, which: RatingField, value: object) -> object:
    if which.is_level:
        if value is None:
            return None
        low, high = _scale(session, rating.catalog_id)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise RatingValueError(
                Message(
                    "Stufe {value} gibt es in diesem Katalog nicht; erlaubt sind {low}–{high}.",
                    value=value,
                    low=low,
                    high=high,
                )
            )
        return value
    if which is RatingField.PRIORITY:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value not in (1, 2, 3):
            raise RatingValueError(
                Message(
                    "Priorität {value} gibt es nicht; erlaubt sind 1 (hoch), 2 (mittel), 3 (niedrig).",
                    value=value,
                )
            )
        return value
    if which is RatingField.NOTE:
        if not isinstance(value, str):
            raise RatingValueError("Eine Notiz muss Text sein.")
        return value.strip()
    if not isinstance(value, bool):
        raise RatingValueError("„nicht anwendbar“ ist ja oder nein.")
    return value


def _values(rating: CompetencyRating) -> RatingValues:
    return RatingValues(
        self_level=rating.self_level,
        supervisor_level=rating.supervisor_level,
        agreed_level=rating.agreed_level,
        target_level=rating.target_level,
        priority=rating.priority,
        note=rating.note,
        not_applicable=rating.not_applicable,
    )


def set_rating_field(
    ws: Workspace, rating_id: uuid.UUID, which: RatingField | str, value: object, *, actor: str
) -> RatingValues:
    """Set one field of one rating and commit at once (with an audit event). Returns the stored values.

    Raises ConsentMissingError without a valid consent, AssessmentClosedError for a completed assessment and
    RatingValueError for a value outside the catalogue's scale; nothing is stored then.
    """
    which = RatingField(which)
    with ws.unit_of_work() as uow:
        session = uow.session
        found = session.execute(
            select(CompetencyRating, CompetencyAssessment.status, CompetencyAssessment.employee_id)
            .join(CompetencyAssessment, CompetencyRating.assessment_id == CompetencyAssessment.id)
            .where(CompetencyRating.id == rating_id)
        ).one_or_none()
        if found is None:
            raise AssessmentError("Diese Bewertung gibt es nicht (mehr).")
        rating, status, employee_id = found
        if status != STATUS_DRAFT:
            raise AssessmentClosedError(
                "Dieses Kompetenzgespräch ist abgeschlossen und bleibt unverändert. "
                "Für neue Einschätzungen bitte ein Folgegespräch beginnen."
            )
        require_assessment_consent(session, employee_id)
        clean = _clean(session, rating, which, value)
        old = getattr(rating, which.value)
        if old != clean:
            setattr(rating, which.value, clean)
            audit.record(
                session,
                actor=actor,
                action="rating.set",
                entity_type="competency_rating",
                entity_id=rating.id,
                subject_id=employee_id,
                field=which.value,
                old=old,
                new=clean,
            )
            uow.commit()
        return _values(rating)


def _new_assessment(
    session: Session, employee_id: uuid.UUID, on: date | None
) -> tuple[Employee, CompetencyAssessment]:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise AssessmentError("Diese Person gibt es nicht (mehr).")
    if employee.archived_at is not None:
        raise AssessmentError("Diese Person ist archiviert; mit ihr wird kein Kompetenzgespräch geführt.")
    require_assessment_consent(session, employee.id)
    assessments = list(
        session.scalars(
            select(CompetencyAssessment)
            .where(CompetencyAssessment.employee_id == employee.id)
            .order_by(CompetencyAssessment.assessed_on.desc(), CompetencyAssessment.created_at.desc())
        )
    )
    draft = next((a for a in assessments if a.status == STATUS_DRAFT), None)
    if draft is not None:
        raise AssessmentError(
            Message(
                "Es gibt schon ein offenes Kompetenzgespräch vom {day}; bitte dort weitermachen.",
                day=draft.assessed_on,
            )
        )
    previous = next((a for a in assessments if a.status == STATUS_COMPLETE), None)
    assessment = CompetencyAssessment(
        employee_id=employee.id,
        role_id=employee.role_id,
        previous_id=previous.id if previous else None,
        assessed_on=on or date.today(),
    )
    session.add(assessment)
    return employee, assessment


def _competence_order(c: Competence) -> tuple[str, str, int, int, str]:
    return (c.catalog.key, c.catalog.version, c.area.position, c.position, c.code)


def _add_ratings(
    session: Session,
    assessment: CompetencyAssessment,
    competences: Sequence[Competence],
    prefill: Mapping[uuid.UUID, RatingValues],
) -> None:
    for pos, comp in enumerate(sorted(competences, key=_competence_order)):
        values = prefill.get(comp.id, RatingValues())
        rating = CompetencyRating(
            assessment=assessment,
            competence_id=comp.id,
            catalog_id=comp.catalog_id,
            catalog_version=comp.catalog.version,
            self_level=values.self_level,
            supervisor_level=values.supervisor_level,
            agreed_level=values.agreed_level,
            target_level=values.target_level,
            priority=values.priority,
            note=values.note,
            not_applicable=values.not_applicable,
            position=pos,
        )
        session.add(rating)


def _started(session: Session, actor: str, assessment: CompetencyAssessment, how: str, count: int) -> None:
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="assessment.start",
        entity_type="competency_assessment",
        entity_id=assessment.id,
        subject_id=assessment.employee_id,
        new={"origin": how, "competences": count, "assessed_on": assessment.assessed_on.isoformat()},
    )


def _load_competences(session: Session, ids: Sequence[uuid.UUID]) -> list[Competence]:
    rows = list(
        session.scalars(
            select(Competence)
            .where(Competence.id.in_(ids))
            .options(selectinload(Competence.area), selectinload(Competence.catalog))
        )
    )
    if len(rows) != len(set(ids)):
        raise AssessmentError("Mindestens eine gewählte Kompetenz gibt es nicht (mehr).")
    return rows


def start_from_role(
    ws: Workspace, employee_id: uuid.UUID, *, actor: str, on: date | None = None
) -> uuid.UUID:
    """Start a draft assessment with the competences of the person's role profile, targets prefilled."""
    with ws.unit_of_work() as uow:
        session = uow.session
        employee, assessment = _new_assessment(session, employee_id, on)
        role = employee.role
        if role is None or not role.targets:
            raise AssessmentError(
                "Für diese Person ist kein Stellenprofil mit Soll-Stufen hinterlegt. "
                "Bitte Kompetenzen aus einem Katalog wählen."
            )
        prefill = {
            t.competence_id: RatingValues(target_level=t.target_level, priority=t.priority)
            for t in role.targets
        }
        competences = _load_competences(session, list(prefill))
        _add_ratings(session, assessment, competences, prefill)
        _started(session, actor, assessment, f"Stellenprofil {role.name}", len(competences))
        uow.commit()
        return assessment.id


def start_from_competences(
    ws: Workspace,
    employee_id: uuid.UUID,
    competence_ids: Sequence[uuid.UUID],
    *,
    actor: str,
    on: date | None = None,
) -> uuid.UUID:
    """Start a draft assessment with picked competences; targets come from the role profile where it has them."""
    ids = list(dict.fromkeys(competence_ids))
    if not ids:
        raise AssessmentError("Bitte mindestens eine Kompetenz wählen.")
    with ws.unit_of_work() as uow:
        session = uow.session
        employee, assessment = _new_assessment(session, employee_id, on)
        targets = employee.role.targets if employee.role is not None else []
        prefill = {
            t.competence_id: RatingValues(target_level=t.target_level, priority=t.priority) for t in targets
        }
        competences = _load_competences(session, ids)
        _add_ratings(session, assessment, competences, prefill)
        _started(session, actor, assessment, "Auswahl aus Katalogen", len(competences))
        uow.commit()
        return assessment.id


def start_reinterview(
    ws: Workspace, employee_id: uuid.UUID, *, actor: str, on: date | None = None
) -> uuid.UUID:
    """A follow-up interview: a new draft prefilled from the last complete one, which stays unchanged.

    Agreed current level, target, priority and „n. a.“ are carried over as the starting point; self and
    supervisor ratings are asked anew, notes start empty.
    """
    with ws.unit_of_work() as uow:
        session = uow.session
        _employee, assessment = _new_assessment(session, employee_id, on)
        if assessment.previous_id is None:
            raise AssessmentError(
                "Es gibt noch kein abgeschlossenes Kompetenzgespräch, an das ein Folgegespräch anschließen kann."
            )
        previous = session.get(CompetencyAssessment, assessment.previous_id)
        assert previous is not None
        assessment.role_id = previous.role_id if assessment.role_id is None else assessment.role_id
        prefill = {
            r.competence_id: RatingValues(
                agreed_level=r.agreed_level,
                target_level=r.target_level,
                priority=r.priority,
                not_applicable=r.not_applicable,
            )
            for r in previous.ratings
        }
        competences = _load_competences(session, list(prefill))
        _add_ratings(session, assessment, competences, prefill)
        _started(
            session,
            actor,
            assessment,
            f"Folgegespräch zu {format_date(previous.assessed_on)}",
            len(competences),
        )
        uow.commit()
        return assessment.id


def complete_assessment(
    ws: Workspace, assessment_id: uuid.UUID, *, actor: str, now: datetime | None = None
) -> AssessmentSheet:
    """Complete a draft: dated today, status complete, unchangeable from now on.

    Raises IncompleteAssessmentError (with the open rating ids) while a competence lacks an agreed current
    or a target level and is not marked „nicht anwendbar“.
    """
    now = now or datetime.now(UTC)
    with ws.unit_of_work() as uow:
        session = uow.session
        assessment = session.get(CompetencyAssessment, assessment_id)
        if assessment is None:
            raise AssessmentError("Dieses Kompetenzgespräch gibt es nicht (mehr).")
        if assessment.status != STATUS_DRAFT:
            raise AssessmentClosedError("Dieses Kompetenzgespräch ist schon abgeschlossen.")
        if not assessment.ratings:
            raise AssessmentError("Ein Kompetenzgespräch ohne Kompetenzen kann nicht abgeschlossen werden.")
        sheet = load_sheet(session, assessment)
        open_rows = sheet.open_for_completion()
        if open_rows:
            raise IncompleteAssessmentError(open_levels_message(open_rows), [r.id for r in open_rows])
        assessment.status = STATUS_COMPLETE
        assessment.completed_at = now
        assessment.assessed_on = now.astimezone().date()
        audit.record(
            session,
            actor=actor,
            action="assessment.complete",
            entity_type="competency_assessment",
            entity_id=assessment.id,
            subject_id=assessment.employee_id,
            field="status",
            old=STATUS_DRAFT,
            new=STATUS_COMPLETE,
        )
        uow.commit()
        return load_sheet(session, assessment)
