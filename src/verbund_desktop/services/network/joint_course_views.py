"""What the joint-course screen shows: the courses, one course's seats, cost split and per-person funding.

The § 82 estimate of a seat is the person's own (:func:`estimate_measure` with their company's size and their
facts, the course's cost per seat): the same course can be 100 % funded for a 30-person company and 50 % for a
300-person one. Seen for one company (``company_id``), a course lists that company's participants only; the
other companies appear as counts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.network_terms import SEAT_CONFIRMED, CourseStatus, band_of
from verbund_desktop.persistence.models import Company, Employee, JointCourse, TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.joint_courses import JointCourseError, confirmed_count, course_seat_cost
from verbund_desktop.services.network.pooling import PoolFilter, cell_people
from verbund_desktop.services.planning.plan_funding import MeasureFunding, estimate_measure, funding_person


@dataclass(frozen=True)
class CourseSummary:
    id: uuid.UUID
    title: str
    competence: str
    target_level: int
    status: CourseStatus
    seats_taken: int
    seats_confirmed: int
    min_seats: int
    max_seats: int
    tendered: bool  # no offer linked yet: to be tendered
    host_company: str

    @property
    def filled(self) -> bool:
        return self.seats_confirmed >= self.min_seats


@dataclass(frozen=True)
class SeatView:
    id: uuid.UUID
    employee_id: uuid.UUID
    pseudonym_code: str
    company: str
    company_size_band: str
    confirmed: bool
    funding: MeasureFunding

    @property
    def funding_share(self) -> Decimal | None:
        est = self.funding.estimate
        return est.course_cost_share if est is not None and est.eligible else None


@dataclass(frozen=True)
class OtherCompanies:
    companies: int
    seats: int


@dataclass(frozen=True)
class CourseDetail:
    summary: CourseSummary
    provider: str
    hours: Decimal | None
    total_cost_eur: Decimal | None
    cost_per_seat: Decimal | None
    azav: bool
    start_date: date | None
    seats: tuple[SeatView, ...]
    others: OtherCompanies | None  # set when seen for one company


def _summary(s: Session, course: JointCourse) -> CourseSummary:
    host = s.get(Company, course.host_company_id) if course.host_company_id else None
    return CourseSummary(
        id=course.id,
        title=course.title,
        competence=f"{course.competence.code} {course.competence.name_de}",
        target_level=course.target_level,
        status=CourseStatus(course.status),
        seats_taken=len(course.seats),
        seats_confirmed=confirmed_count(s, course.id),
        min_seats=course.min_seats,
        max_seats=course.max_seats,
        tendered=course.offer_id is None,
        host_company=host.name if host else "",
    )


def joint_courses(ws: Workspace) -> list[CourseSummary]:
    with ws.unit_of_work() as uow:
        s = uow.session
        courses = s.scalars(select(JointCourse).order_by(JointCourse.created_at)).all()
        return [_summary(s, c) for c in courses]


def seat_funding(s: Session, course: JointCourse, employee: Employee, today: date) -> MeasureFunding:
    """The § 82 estimate for one participant: their own facts and company size, the course's cost per seat."""
    return estimate_measure(
        funding_person(s, employee),
        kind="kurs",
        hours=course.hours,
        cost=course_seat_cost(s, course),
        azav=course.azav,
        start=course.start_date,
        today=today,
    )


def joint_course_detail(
    ws: Workspace, course_id: uuid.UUID, *, company_id: uuid.UUID | None = None, today: date | None = None
) -> CourseDetail:
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        course = s.get(JointCourse, course_id)
        if course is None:
            raise JointCourseError("Diese Verbundmaßnahme gibt es nicht (mehr).")
        seats: list[SeatView] = []
        other_seats = [
            seat for seat in course.seats if company_id is not None and seat.company_id != company_id
        ]
        for seat in course.seats:
            if seat in other_seats:
                continue
            company = s.get(Company, seat.company_id)
            assert company is not None
            seats.append(
                SeatView(
                    id=seat.id,
                    employee_id=seat.employee_id,
                    pseudonym_code=seat.employee.pseudonym_code,
                    company=company.name,
                    company_size_band=band_of(company.headcount_linked).label_de,
                    confirmed=seat.status == SEAT_CONFIRMED,
                    funding=seat_funding(s, course, seat.employee, today),
                )
            )
        others = (
            OtherCompanies(len({seat.company_id for seat in other_seats}), len(other_seats))
            if company_id is not None
            else None
        )
        return CourseDetail(
            summary=_summary(s, course),
            provider=course.provider,
            hours=course.hours,
            total_cost_eur=course.total_cost_eur,
            cost_per_seat=course_seat_cost(s, course),
            azav=course.azav,
            start_date=course.start_date,
            seats=tuple(seats),
            others=others,
        )


@dataclass(frozen=True)
class Candidate:
    employee_id: uuid.UUID
    pseudonym_code: str
    company: str


def seat_candidates(ws: Workspace, course_id: uuid.UUID) -> list[Candidate]:
    """People behind the course's cell (pooling consent, a gap towards the level) who have no seat yet."""
    with ws.unit_of_work() as uow:
        s = uow.session
        course = s.get(JointCourse, course_id)
        if course is None:
            raise JointCourseError("Diese Verbundmaßnahme gibt es nicht (mehr).")
        seated = {seat.employee_id for seat in course.seats}
        people = cell_people(s, course.competence_id, course.target_level, PoolFilter())
        wanted = [e for e, _c in people if e not in seated]
        if not wanted:
            return []
        rows = s.execute(
            select(Employee.id, Employee.pseudonym_code, Company.name)
            .join(Company, Company.id == Employee.company_id)
            .where(Employee.id.in_(wanted))
            .order_by(Company.name, Employee.pseudonym_code)
        )
        return [Candidate(e, code, company) for e, code, company in rows]


@dataclass(frozen=True)
class CourseChoices:
    """What the form of a new joint course offers to pick: offers of the catalogue and member companies."""

    offers: tuple[tuple[uuid.UUID, str], ...]
    companies: tuple[tuple[uuid.UUID, str], ...]


def course_choices(ws: Workspace) -> CourseChoices:
    with ws.unit_of_work() as uow:
        s = uow.session
        offers = s.execute(
            select(TrainingOffer.id, TrainingOffer.title, TrainingOffer.provider)
            .where(TrainingOffer.hours_missing.is_(False))  # without hours no § 82 estimate per seat
            .order_by(TrainingOffer.title)
        ).all()
        companies = s.execute(
            select(Company.id, Company.name).where(Company.archived_at.is_(None)).order_by(Company.name)
        ).all()
    return CourseChoices(
        offers=tuple((i, f"{title} ({provider})") for i, title, provider in offers),
        companies=tuple((i, name) for i, name in companies),
    )
