"""Joint courses: formed from a cell, seats confirmed into plans, cost split, funding by each company's size."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from verbund_desktop.assessment.network_terms import CourseStatus
from verbund_desktop.persistence.models import (
    Company,
    Employee,
    FollowUp,
    JointCourse,
    PlanMeasure,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.follow_ups import follow_ups
from verbund_desktop.services.network.funder_report import funder_report, parse_period
from verbund_desktop.services.network.joint_course_views import (
    joint_course_detail,
    joint_courses,
    seat_candidates,
)
from verbund_desktop.services.network.joint_courses import (
    CourseDraft,
    JointCourseError,
    confirm_seat,
    create_joint_course,
    propose_seat,
    set_course_status,
)
from verbund_desktop.services.network.pooling import pooled_demand
from verbund_desktop.services.planning.plan_funding import estimate_measure, funding_person
from verbund_desktop.services.planning.plan_queries import current_plan
from verbund_desktop.services.planning.plans import freeze_plan

ACTOR = "Test"
ADVISOR = "Dr. Sabine Kröger"  # the demo plans' advisor
START = date(2027, 3, 1)


def _draft(ws: Workspace, **changes: object) -> CourseDraft:
    cell = max(pooled_demand(ws).cells, key=lambda c: (c.companies, c.people))
    values: dict[str, object] = {
        "competence_id": cell.competence_id,
        "target_level": cell.level,
        "title": "Datenschutz im Betrieb",
        "min_seats": 2,
        "max_seats": 12,
        "hours": Decimal(160),
        "total_cost_eur": Decimal(6000),
        "azav": True,
        "start_date": START,
        "end_date": date(2027, 5, 31),
    }
    values.update(changes)
    return CourseDraft(**values)  # type: ignore[arg-type]


def _young_in(ws: Workspace, headcount: Decimal, candidates: set[uuid.UUID]) -> uuid.UUID:
    """A candidate in a company of that size, made younger than 45 (so only the company size decides)."""
    with ws.unit_of_work() as uow:
        people = uow.session.scalars(
            select(Employee)
            .join(Company, Company.id == Employee.company_id)
            .where(Company.headcount_linked == headcount)
            .order_by(Employee.pseudonym_code)
        ).all()
        person = next(p for p in people if p.id in candidates)
        person.birth_year = START.year - 30
        uow.commit()
        return person.id


def test_per_company_funding_equals_the_single_person_estimate(net: Workspace) -> None:
    course_id = create_joint_course(net, _draft(net), actor=ACTOR)
    candidates = {c.employee_id for c in seat_candidates(net, course_id)}
    small = _young_in(net, Decimal(25), candidates)
    medium = _young_in(net, Decimal(300), candidates)
    for person in (small, medium):
        propose_seat(net, course_id, person, actor=ACTOR)
    detail = joint_course_detail(net, course_id, today=date.today())
    assert detail.cost_per_seat == Decimal(3000)  # 6000 over the minimum of 2 seats
    by_person = {seat.employee_id: seat for seat in detail.seats}
    assert by_person[small].funding_share == Decimal(1)
    assert by_person[medium].funding_share == Decimal("0.5")
    with net.unit_of_work() as uow:
        s = uow.session
        for person, seat in by_person.items():
            employee = s.get(Employee, person)
            assert employee is not None
            single = estimate_measure(
                funding_person(s, employee),
                kind="kurs",
                hours=Decimal(160),
                cost=Decimal(3000),
                azav=True,
                start=START,
                today=date.today(),
            )
            assert seat.funding.estimate == single.estimate


def test_seats_confirmed_in_two_companies_plans_print_with_the_course(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws), actor=ACTOR)
    candidates = seat_candidates(ws, course_id)
    by_company: dict[str, uuid.UUID] = {}
    for c in candidates:
        by_company.setdefault(c.company, c.employee_id)
    assert len(by_company) >= 2
    people = list(by_company.values())[:2]
    seats = [propose_seat(ws, course_id, p, actor=ACTOR) for p in people]
    for seat in seats:
        confirm_seat(ws, seat, actor=ADVISOR, today=date.today())
    set_course_status(ws, course_id, CourseStatus.CONFIRMED, actor=ACTOR)
    for person in people:
        with ws.unit_of_work() as uow:
            plan = current_plan(uow.session, person)
            assert plan is not None
            plan_id = plan.id
        view = freeze_plan(ws, plan_id, actor=ACTOR, today=date.today()).view
        pooled = [m for m in view.measures if "Datenschutz im Betrieb" in m.pooled_course]
        assert len(pooled) == 1
        measure = pooled[0]
        assert measure.cost == Decimal(3000) and measure.funding is not None
        assert measure.funding.rule_set_title  # the estimate names its dated rule set


def test_a_company_sees_its_own_participants_only(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws), actor=ACTOR)
    for c in seat_candidates(ws, course_id)[:6]:
        propose_seat(ws, course_id, c.employee_id, actor=ACTOR)
    everything = joint_course_detail(ws, course_id)
    company_name = everything.seats[0].company
    with ws.unit_of_work() as uow:
        company_id = uow.session.scalars(select(Company.id).where(Company.name == company_name)).one()
    own = joint_course_detail(ws, course_id, company_id=company_id)
    assert {s.company for s in own.seats} == {company_name}
    assert own.others is not None
    assert own.others.seats == len(everything.seats) - len(own.seats)
    assert own.others.companies == len({s.company for s in everything.seats} - {company_name})


def test_rules_of_seats_and_status(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws, min_seats=2, max_seats=2), actor=ACTOR)
    people = [c.employee_id for c in seat_candidates(ws, course_id)]
    first = propose_seat(ws, course_id, people[0], actor=ACTOR)
    with pytest.raises(JointCourseError, match="schon einen Platz"):
        propose_seat(ws, course_id, people[0], actor=ACTOR)
    propose_seat(ws, course_id, people[1], actor=ACTOR)
    with pytest.raises(JointCourseError, match="Alle 2 Plätze"):
        propose_seat(ws, course_id, people[2], actor=ACTOR)
    confirm_seat(ws, first, actor=ADVISOR)
    with pytest.raises(JointCourseError, match="erst mit 2 bestätigten"):
        set_course_status(ws, course_id, CourseStatus.CONFIRMED, actor=ACTOR)
    with pytest.raises(JointCourseError, match="kann nicht"):
        set_course_status(ws, course_id, CourseStatus.COMPLETED, actor=ACTOR)
    summary = joint_courses(ws)[0]
    assert (summary.seats_taken, summary.seats_confirmed, summary.filled) == (2, 1, False)


def test_bad_drafts_change_nothing(ws: Workspace) -> None:
    for bad in (_draft(ws, min_seats=5, max_seats=3), _draft(ws, min_seats=0), _draft(ws, hours=Decimal(-1))):
        with pytest.raises(JointCourseError):
            create_joint_course(ws, bad, actor=ACTOR)
    with pytest.raises(JointCourseError, match="angebot"):
        create_joint_course(ws, _draft(ws, offer_id=uuid.uuid4()), actor=ACTOR)
    with ws.unit_of_work() as uow:
        assert uow.session.scalars(select(JointCourse)).first() is None


def test_people_without_pooling_consent_get_no_seat(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws), actor=ACTOR)
    with ws.unit_of_work() as uow:
        refuser = uow.session.scalars(select(Employee.id).where(Employee.pseudonym_code == "MS-02")).one()
    assert refuser not in {c.employee_id for c in seat_candidates(ws, course_id)}
    with pytest.raises(JointCourseError, match="Verbund"):
        propose_seat(ws, course_id, refuser, actor=ACTOR)


def test_completing_the_course_schedules_follow_ups(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws, min_seats=1), actor=ACTOR)
    person = seat_candidates(ws, course_id)[0].employee_id
    confirm_seat(ws, propose_seat(ws, course_id, person, actor=ACTOR), actor=ADVISOR)
    for status in (CourseStatus.CONFIRMED, CourseStatus.RUNNING, CourseStatus.COMPLETED):
        set_course_status(ws, course_id, status, actor=ACTOR)
    with ws.unit_of_work() as uow:
        follow_up = uow.session.scalars(select(FollowUp)).one()
        measure = uow.session.get(PlanMeasure, follow_up.measure_id)
        assert measure is not None and measure.status == "abgeschlossen"
        assert follow_up.due_on == date(2027, 11, 30)  # 31 May + 6 months, clipped to November's end
    listed = follow_ups(ws, only_due_on=date(2027, 12, 1))
    assert [f.employee_id for f in listed] == [person]
    assert follow_ups(ws, only_due_on=date(2027, 11, 1)) == []


def test_only_the_persons_advisor_confirms_the_seat(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws), actor=ACTOR)
    seat = propose_seat(ws, course_id, seat_candidates(ws, course_id)[0].employee_id, actor=ACTOR)
    with pytest.raises(JointCourseError, match="Sabine Kröger"):
        confirm_seat(ws, seat, actor="Jemand anderes")
    assert joint_course_detail(ws, course_id).summary.seats_confirmed == 0
    confirm_seat(ws, seat, actor=f"{ADVISOR} (Kommandozeile)")
    assert joint_course_detail(ws, course_id).summary.seats_confirmed == 1


def test_a_large_member_company_opens_its_in_house_course_to_the_network(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        host_id, host_name = uow.session.execute(
            select(Company.id, Company.name).order_by(Company.headcount_linked.desc()).limit(1)
        ).one()
    course_id = create_joint_course(ws, _draft(ws, host_company_id=host_id), actor=ACTOR)
    candidates = seat_candidates(ws, course_id)
    guests = [c for c in candidates if c.company != host_name]
    assert guests  # people of other member companies can take its seats
    own = [c for c in candidates if c.company == host_name]
    for c in own[:1] + guests[:1]:
        propose_seat(ws, course_id, c.employee_id, actor=ACTOR)
    detail = joint_course_detail(ws, course_id)
    assert detail.summary.host_company == host_name
    assert [c.host_company for c in joint_courses(ws)] == [host_name]
    assert guests[0].company in {s.company for s in detail.seats}  # a guest company's person has a seat
    with pytest.raises(JointCourseError, match="Betrieb"):
        create_joint_course(ws, _draft(ws, host_company_id=uuid.uuid4()), actor=ACTOR)
    with ws.unit_of_work() as uow:
        assert len(uow.session.scalars(select(JointCourse)).all()) == 1  # the refused one left nothing


def test_a_cancelled_course_cancels_its_seats_measures_and_goes_no_further(ws: Workspace) -> None:
    course_id = create_joint_course(ws, _draft(ws, min_seats=1), actor=ACTOR)
    person = seat_candidates(ws, course_id)[0].employee_id
    confirm_seat(ws, propose_seat(ws, course_id, person, actor=ACTOR), actor=ADVISOR)
    set_course_status(ws, course_id, CourseStatus.CONFIRMED, actor=ACTOR)
    set_course_status(ws, course_id, CourseStatus.CANCELLED, actor=ACTOR)
    with ws.unit_of_work() as uow:
        measure = uow.session.scalars(
            select(PlanMeasure).where(PlanMeasure.title.like("%Datenschutz im Betrieb%"))
        ).one()
        assert measure.status == "abgebrochen"
        assert uow.session.scalars(select(FollowUp)).first() is None  # a cancelled course closes no gap
    assert joint_courses(ws)[0].status is CourseStatus.CANCELLED
    for status in CourseStatus:
        with pytest.raises(JointCourseError, match="abgesagt"):
            set_course_status(ws, course_id, status, actor=ACTOR)


def test_the_funder_report_counts_courses_formed_filled_and_cancelled(ws: Workspace) -> None:
    def course(min_seats: int, confirmed: int) -> uuid.UUID:
        course_id = create_joint_course(ws, _draft(ws, min_seats=min_seats), actor=ACTOR)
        for c in seat_candidates(ws, course_id)[:confirmed]:
            confirm_seat(ws, propose_seat(ws, course_id, c.employee_id, actor=ACTOR), actor=ADVISOR)
        return course_id

    course(min_seats=1, confirmed=1)  # filled
    course(min_seats=2, confirmed=1)  # below its minimum
    cancelled = course(min_seats=1, confirmed=1)
    set_course_status(ws, cancelled, CourseStatus.CANCELLED, actor=ACTOR)
    year = date.today().year
    vm = funder_report(ws, parse_period(f"{year}-01..{year}-12"), today=date.today())
    figures = {f.key: f.value for f in vm.figures}
    assert (figures["verbund_gebildet"], figures["verbund_belegt"], figures["verbund_abgesagt"]) == (
        "3",
        "1",
        "1",
    )
    earlier = funder_report(ws, parse_period(f"{year - 1}-01..{year - 1}-12"), today=date.today())
    assert {f.key: f.value for f in earlier.figures}["verbund_gebildet"] == "0"  # counted in the year formed


def test_a_course_linked_to_an_offer_takes_title_provider_hours_and_cost_from_it(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        offer = uow.session.scalars(
            select(TrainingOffer)
            .where(TrainingOffer.retired.is_(False), TrainingOffer.hours_missing.is_(False))
            .order_by(TrainingOffer.key)
            .limit(1)
        ).one()
        uow.session.expunge(offer)
    draft = _draft(ws, offer_id=offer.id, title="", hours=None, total_cost_eur=None, min_seats=3, azav=False)
    course_id = create_joint_course(ws, draft, actor=ACTOR)
    summary = joint_course_detail(ws, course_id).summary
    assert (summary.title, summary.tendered) == (offer.title, False)
    with ws.unit_of_work() as uow:
        course = uow.session.get(JointCourse, course_id)
        assert course is not None
        assert (course.provider, course.hours) == (offer.provider, offer.hours)
        assert course.total_cost_eur == offer.cost_eur * 3  # an offer prices one participant
        assert course.azav == bool(offer.azav_measure and offer.azav_provider)
    tendered = create_joint_course(ws, _draft(ws, title=""), actor=ACTOR)
    assert joint_course_detail(ws, tendered).summary.tendered  # no offer: still to be tendered
