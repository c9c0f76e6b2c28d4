"""Joint courses (Verbundmaßnahmen): formed from a pooled-demand cell, seats proposed, confirmed into plans.

Each function is one user action in one unit of work with its audit events. A seat is proposed for a person
with pooling consent (purpose 3); the person's advisor confirms it, which adds the course as a measure to the
person's current development plan (a printed plan gets a new version first, as every plan edit does), with the
course's cost per seat, so the plan's § 82 estimate is the person's own, by their company's size.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.errors import Message, UserError, as_message, message_of
from verbund_desktop.assessment.network_terms import (
    MEASURE_STATUS_FOR,
    NEXT_STATUSES,
    SEAT_CONFIRMED,
    CourseStatus,
    cost_per_seat,
)
from verbund_desktop.assessment.offers import MISSING_HOURS_DE
from verbund_desktop.persistence.models import (
    Advisor,
    Company,
    Competence,
    CompetencyRating,
    Employee,
    JointCourse,
    JointCourseSeat,
    MeasureGap,
    Network,
    PlanMeasure,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.planning.follow_up_schedule import schedule_follow_up
from verbund_desktop.services.planning.plan_queries import current_plan
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.planning.plan_versions import editable_plan
from verbund_desktop.services.protection.consent_gates import ConsentMissingError, require_consent

POOLED_SUFFIX = " (Verbundmaßnahme)"


class JointCourseError(UserError, ValueError):
    """A joint-course action that cannot be done; the message is German and nothing was changed."""


@dataclass(frozen=True)
class CourseDraft:
    competence_id: uuid.UUID
    target_level: int
    title: str = ""
    offer_id: uuid.UUID | None = None  # None: to be tendered
    host_company_id: uuid.UUID | None = None  # a member company's in-house course
    provider: str = ""
    min_seats: int = 6
    max_seats: int = 12
    hours: Decimal | None = None
    total_cost_eur: Decimal | None = None
    azav: bool = False
    start_date: date | None = None
    end_date: date | None = None


def _check_draft(s: Session, d: CourseDraft) -> tuple[Competence, TrainingOffer | None]:
    competence = s.get(Competence, d.competence_id)
    if competence is None:
        raise JointCourseError("Diese Kompetenz gibt es nicht (mehr).")
    if not 1 <= d.min_seats <= d.max_seats:
        raise JointCourseError(
            "Die Mindestzahl der Plätze muss mindestens 1 sein und darf die Höchstzahl nicht übersteigen."
        )
    if d.start_date and d.end_date and d.end_date < d.start_date:
        raise JointCourseError("Das Ende der Verbundmaßnahme liegt vor ihrem Beginn.")
    for value, what in ((d.hours, "Die Stundenzahl"), (d.total_cost_eur, "Die Kosten")):
        if value is not None and value < 0:
            raise JointCourseError(Message("{what} darf nicht negativ sein.", what=Message(what)))
    offer = None
    if d.offer_id is not None:
        offer = s.get(TrainingOffer, d.offer_id)
        if offer is None:
            raise JointCourseError("Dieses Weiterbildungsangebot gibt es nicht (mehr).")
        if offer.hours is None:
            raise JointCourseError(MISSING_HOURS_DE)
    if d.host_company_id is not None and s.get(Company, d.host_company_id) is None:
        raise JointCourseError("Diesen Betrieb gibt es nicht (mehr).")
    return competence, offer


def create_joint_course(ws: Workspace, draft: CourseDraft, *, actor: str) -> uuid.UUID:
    """A joint course for one cell; an offer fills in title, provider, hours, costs and AZAV left empty."""
    with ws.unit_of_work() as uow:
        s = uow.session
        competence, offer = _check_draft(s, draft)
        network = s.scalars(select(Network)).first()
        if network is None:
            raise JointCourseError("Im Arbeitsbereich ist noch kein Verbund angelegt.")
        title = draft.title.strip() or (offer.title if offer else f"{competence.code} {competence.name_de}")
        cost = draft.total_cost_eur
        if cost is None and offer is not None:
            cost = offer.cost_eur * draft.min_seats  # offers price one participant
        starts = offer.start_date_values() if offer else []
        course = JointCourse(
            network_id=network.id,
            title=title,
            competence_id=competence.id,
            target_level=draft.target_level,
            offer_id=offer.id if offer else None,
            host_company_id=draft.host_company_id,
            provider=draft.provider.strip() or (offer.provider if offer else ""),
            min_seats=draft.min_seats,
            max_seats=draft.max_seats,
            hours=draft.hours if draft.hours is not None else (offer.hours if offer else None),
            total_cost_eur=cost,
            azav=draft.azav or bool(offer and offer.azav_measure and offer.azav_provider),
            start_date=draft.start_date or (starts[0] if starts else None),
            end_date=draft.end_date,
            status=CourseStatus.PLANNING.value,
        )
        s.add(course)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="joint_course.create",
            entity_type="joint_course",
            entity_id=course.id,
            new={"titel": title, "kompetenz": competence.code, "stufe": draft.target_level},
        )
        uow.commit()
        return course.id


def _course(s: Session, course_id: uuid.UUID) -> JointCourse:
    course = s.get(JointCourse, course_id)
    if course is None:
        raise JointCourseError("Diese Verbundmaßnahme gibt es nicht (mehr).")
    return course


def _open_for_seats(course: JointCourse) -> None:
    if course.status not in (CourseStatus.PLANNING.value, CourseStatus.CONFIRMED.value):
        label = CourseStatus(course.status).label_de
        raise JointCourseError(
            Message(
                "Die Verbundmaßnahme ist {label}; Plätze werden nicht mehr vergeben.", label=as_message(label)
            )
        )


def propose_seat(ws: Workspace, course_id: uuid.UUID, employee_id: uuid.UUID, *, actor: str) -> uuid.UUID:
    """Reserve a seat for a person (pooling consent needed); their advisor confirms it later."""
    with ws.unit_of_work() as uow:
        s = uow.session
        course = _course(s, course_id)
        _open_for_seats(course)
        employee = s.get(Employee, employee_id)
        if employee is None or employee.archived_at is not None:
            raise JointCourseError("Diese Person gibt es nicht (mehr).")
        try:
            require_consent(s, employee.id, ConsentPurpose.NETWORK_POOLING)
        except ConsentMissingError as exc:
            raise JointCourseError(message_of(exc)) from exc
        if any(seat.employee_id == employee.id for seat in course.seats):
            raise JointCourseError("Diese Person hat in der Verbundmaßnahme schon einen Platz.")
        if len(course.seats) >= course.max_seats:
            raise JointCourseError(
                Message("Alle {count} Plätze der Verbundmaßnahme sind vergeben.", count=course.max_seats)
            )
        seat = JointCourseSeat(course=course, employee_id=employee.id, company_id=employee.company_id)
        s.add(seat)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="joint_course.seat",
            entity_type="joint_course_seat",
            entity_id=seat.id,
            subject_id=employee.id,
            new={"verbundmassnahme": str(course.id)},
        )
        uow.commit()
        return seat.id


def confirmed_count(s: Session, course_id: uuid.UUID) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(JointCourseSeat)
            .where(JointCourseSeat.course_id == course_id, JointCourseSeat.status == SEAT_CONFIRMED)
        )
        or 0
    )


def course_seat_cost(s: Session, course: JointCourse, taken: int | None = None) -> Decimal | None:
    if course.total_cost_eur is None:
        return None
    taken = confirmed_count(s, course.id) if taken is None else taken
    return cost_per_seat(course.total_cost_eur, course.min_seats, taken)


def confirm_seat(ws: Workspace, seat_id: uuid.UUID, *, actor: str, today: date | None = None) -> uuid.UUID:
    """The advisor confirms a seat: the course becomes a measure of the person's current plan (its id)."""
    with ws.unit_of_work() as uow:
        s = uow.session
        seat = s.get(JointCourseSeat, seat_id)
        if seat is None:
            raise JointCourseError("Diesen Platz gibt es nicht (mehr).")
        course = seat.course
        _open_for_seats(course)
        if seat.status == SEAT_CONFIRMED:
            raise JointCourseError("Dieser Platz ist schon bestätigt.")
        plan = current_plan(s, seat.employee_id)
        if plan is None:
            raise JointCourseError(
                "Für diese Person gibt es noch keinen Entwicklungsplan; legen Sie zuerst einen an."
            )
        _require_advisor(s, plan.advisor_id, actor)
        try:
            plan, _copied, _ = editable_plan(s, plan.id, actor)
        except PlanError as exc:
            raise JointCourseError(message_of(exc)) from exc
        seat.status = SEAT_CONFIRMED
        seat.confirmed_by = actor
        seat.confirmed_on = today or date.today()
        s.flush()
        measure = _seat_measure(s, course, plan.id, plan.assessment_id, position=len(plan.measures))
        seat.measure_id = measure.id
        _reprice(s, course)
        audit.record(
            s,
            actor=actor,
            action="joint_course.confirm",
            entity_type="joint_course_seat",
            entity_id=seat.id,
            subject_id=seat.employee_id,
            field="status",
            old="vorgeschlagen",
            new=SEAT_CONFIRMED,
        )
        uow.commit()
        return measure.id


def _require_advisor(s: Session, advisor_id: uuid.UUID | None, actor: str) -> None:
    """Only the person's own advisor (of their plan) confirms a seat; a plan without an advisor: anyone."""
    advisor = s.get(Advisor, advisor_id) if advisor_id is not None else None
    if advisor is not None and not actor.startswith(advisor.name):
        raise JointCourseError(
            Message(
                "Den Platz bestätigt die Beraterin oder der Berater der Person ({name}), "
                "die ihren Entwicklungsplan betreut.",
                name=advisor.name,
            )
        )


def _seat_measure(
    s: Session, course: JointCourse, plan_id: uuid.UUID, assessment_id: uuid.UUID | None, position: int
) -> PlanMeasure:
    measure = PlanMeasure(
        plan_id=plan_id,
        kind="kurs",
        offer_id=course.offer_id,
        title=course.title,
        provider=course.provider,
        start_date=course.start_date,
        end_date=course.end_date,
        status=MEASURE_STATUS_FOR[CourseStatus(course.status)],
        hours=course.hours,
        cost_eur=course_seat_cost(s, course),
        azav=course.azav,
        pooled_note=course.title + POOLED_SUFFIX,
        position=position,
    )
    s.add(measure)
    rated = assessment_id is not None and s.scalar(
        select(func.count())
        .select_from(CompetencyRating)
        .where(
            CompetencyRating.assessment_id == assessment_id,
            CompetencyRating.competence_id == course.competence_id,
        )
    )
    if rated:
        s.add(MeasureGap(measure=measure, competence_id=course.competence_id))
    s.flush()
    return measure


def _seat_measures(s: Session, course: JointCourse) -> list[PlanMeasure]:
    ids = [seat.measure_id for seat in course.seats if seat.measure_id is not None]
    return list(s.scalars(select(PlanMeasure).where(PlanMeasure.id.in_(ids)))) if ids else []


def _reprice(s: Session, course: JointCourse) -> None:
    """Every confirmed seat pays the same share: unprinted plans follow the new price; printed ones keep theirs."""
    price = course_seat_cost(s, course)
    for measure in _seat_measures(s, course):
        if measure.plan.frozen_at is None and measure.cost_eur != price:
            measure.cost_eur = price


def set_course_status(
    ws: Workspace, course_id: uuid.UUID, status: CourseStatus, *, actor: str, today: date | None = None
) -> None:
    """Move the course on; its seats' measures follow. Completing it schedules each participant's follow-up."""
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        course = _course(s, course_id)
        old = CourseStatus(course.status)
        if status not in NEXT_STATUSES[old]:
            raise JointCourseError(
                Message(
                    "Eine Verbundmaßnahme, die {old} ist, kann nicht {new} werden.",
                    old=as_message(old.label_de),
                    new=as_message(status.label_de),
                )
            )
        taken = confirmed_count(s, course.id)
        if status is CourseStatus.CONFIRMED and taken < course.min_seats:
            raise JointCourseError(
                Message(
                    "Bestätigt werden kann die Verbundmaßnahme erst mit {count} bestätigten Plätzen (bisher {taken}).",
                    count=course.min_seats,
                    taken=taken,
                )
            )
        course.status = status.value
        for measure in _seat_measures(s, course):
            if measure.plan.frozen_at is None:
                measure.status = MEASURE_STATUS_FOR[status]
            if status is CourseStatus.COMPLETED:
                schedule_follow_up(s, measure, course.end_date or today)
        audit.record(
            s,
            actor=actor,
            action="joint_course.status",
            entity_type="joint_course",
            entity_id=course.id,
            field="status",
            old=old.value,
            new=status.value,
        )
        uow.commit()
