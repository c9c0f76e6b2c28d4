"""The competency interview service: start, rate field by field (committed at once), complete, re-interview."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompetencyRating,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_queries import (
    assessment_sheet,
    catalog_choices,
    employee_history,
    interview_overview,
)
from verbund_desktop.services.competency.assessment_sheets import AssessmentSheet, RatingField, gap_summary
from verbund_desktop.services.competency.assessments import (
    AssessmentClosedError,
    AssessmentError,
    IncompleteAssessmentError,
    RatingValueError,
    complete_assessment,
    set_rating_field,
    start_from_competences,
    start_from_role,
    start_reinterview,
)
from verbund_desktop.services.protection.consent import METHOD_PAPER, record_consent

ACTOR = "Dr. Sabine Kröger"


def new_person(ws: Workspace, *, with_role: bool = True) -> uuid.UUID:
    """A new person in the logistics company, with consent on paper (and the first role profile)."""
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name.like("Südwest%"))).one()
        employee = Employee(
            company_id=company.id,
            role_id=company.roles[0].id if with_role else None,
            first_name="Ömer",
            last_name="Weißbach",
            pseudonym_code="SL-77",
        )
        uow.session.add(employee)
        uow.commit()
        person = employee.id
    record_consent(ws, person, method=METHOD_PAPER, given_on=date(2026, 11, 20), actor=ACTOR)
    return person


def role_targets(ws: Workspace, person: uuid.UUID) -> dict[uuid.UUID, tuple[int, int]]:
    with ws.unit_of_work() as uow:
        employee = uow.session.get(Employee, person)
        assert employee is not None and employee.role is not None
        return {t.competence_id: (t.target_level, t.priority) for t in employee.role.targets}


def sheet_of(ws: Workspace, assessment: uuid.UUID) -> AssessmentSheet:
    sheet = assessment_sheet(ws, assessment)
    assert sheet is not None
    return sheet


def fill_completely(ws: Workspace, sheet: AssessmentSheet) -> None:
    for row in sheet.rows:
        scale = sheet.scale_of(row)
        set_rating_field(ws, row.id, RatingField.AGREED, scale.min_level + 1, actor=ACTOR)
        if row.values.target_level is None:
            set_rating_field(ws, row.id, RatingField.TARGET, scale.max_level, actor=ACTOR)


def test_start_from_role_prefills_targets_and_priorities_in_catalogue_order(ws: Workspace) -> None:
    person = new_person(ws)
    targets = role_targets(ws, person)
    assessment = start_from_role(ws, person, actor=ACTOR, on=date(2026, 11, 26))
    sheet = sheet_of(ws, assessment)
    assert sheet.info.status == "draft" and sheet.info.assessed_on == date(2026, 11, 26)
    assert sheet.info.previous_id is None and sheet.info.role_name
    assert {r.competence_id: (r.values.target_level, r.values.priority) for r in sheet.rows} == targets
    assert all(r.values.agreed_level is None and r.values.self_level is None for r in sheet.rows)
    order = [(r.catalog_label, r.position) for r in sheet.rows]
    assert order == sorted(order)
    assert [r.position for r in sheet.rows] == list(range(len(sheet.rows)))
    with ws.unit_of_work() as uow:
        event = uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == assessment)).one()
        assert event.action == "assessment.start" and event.subject_id == person
        assert event.new_value is not None and event.new_value["competences"] == len(targets)


def test_only_one_open_interview_per_person(ws: Workspace) -> None:
    person = new_person(ws)
    start_from_role(ws, person, actor=ACTOR, on=date(2026, 11, 26))
    with pytest.raises(AssessmentError, match=r"schon ein offenes Kompetenzgespräch vom 26\.11\.2026"):
        start_from_role(ws, person, actor=ACTOR)


def test_start_without_role_profile_needs_picked_competences(ws: Workspace) -> None:
    person = new_person(ws, with_role=False)
    with pytest.raises(AssessmentError, match="kein Stellenprofil"):
        start_from_role(ws, person, actor=ACTOR)
    with pytest.raises(AssessmentError, match="mindestens eine Kompetenz"):
        start_from_competences(ws, person, [], actor=ACTOR)
    with pytest.raises(AssessmentError, match="gibt es nicht"):
        start_from_competences(ws, person, [uuid.uuid4()], actor=ACTOR)
    catalogs = catalog_choices(ws)
    assert len(catalogs) >= 2 and all(c.areas and c.scale.levels for c in catalogs)
    picked = [catalogs[1].areas[0].competences[0].id, catalogs[0].areas[1].competences[2].id]
    assessment = start_from_competences(ws, person, [*picked, picked[0]], actor=ACTOR)
    sheet = sheet_of(ws, assessment)
    assert [r.competence_id for r in sheet.rows] == [picked[1], picked[0]]  # catalogue order, no duplicates
    assert all(r.values.target_level is None for r in sheet.rows)


def test_picked_competences_take_targets_from_the_role_where_it_has_them(ws: Workspace) -> None:
    person = new_person(ws)
    targets = role_targets(ws, person)
    in_role = next(iter(targets))
    other = next(
        c.id for cat in catalog_choices(ws) for a in cat.areas for c in a.competences if c.id not in targets
    )
    sheet = sheet_of(ws, start_from_competences(ws, person, [in_role, other], actor=ACTOR))
    by_id = {r.competence_id: r.values for r in sheet.rows}
    assert by_id[in_role].target_level == targets[in_role][0]
    assert by_id[other].target_level is None


def test_each_field_is_committed_at_once_with_an_audit_event(ws: Workspace) -> None:
    person = new_person(ws)
    sheet = sheet_of(ws, start_from_role(ws, person, actor=ACTOR))
    row = sheet.rows[0]
    scale = sheet.scale_of(row)
    changes: list[tuple[RatingField, object]] = [
        (RatingField.SELF, scale.min_level + 1),
        (RatingField.SUPERVISOR, scale.min_level + 2),
        (RatingField.AGREED, scale.min_level + 1),
        (RatingField.TARGET, scale.max_level),
        (RatingField.PRIORITY, 1),
        (RatingField.NOTE, "  Möchte Tabellenkalkulation vertiefen (Schulung über den Verbund).  "),
        (RatingField.NOT_APPLICABLE, True),
    ]
    for which, value in changes:
        stored = set_rating_field(ws, row.id, which, value, actor=ACTOR)
        expected = value.strip() if isinstance(value, str) else value
        assert stored.get(which) == expected
    with ws.unit_of_work() as uow:  # a fresh session reads what was committed
        rating = uow.session.get(CompetencyRating, row.id)
        assert rating is not None
        assert (rating.self_level, rating.supervisor_level, rating.agreed_level, rating.target_level) == (
            scale.min_level + 1,
            scale.min_level + 2,
            scale.min_level + 1,
            scale.max_level,
        )
        assert rating.priority == 1 and rating.not_applicable is True
        assert rating.note == "Möchte Tabellenkalkulation vertiefen (Schulung über den Verbund)."
        events = [
            (e.action, e.field, e.subject_id, e.actor, e.old_value, e.new_value)
            for e in uow.session.scalars(
                select(AuditEvent).where(AuditEvent.entity_id == row.id).order_by(AuditEvent.at)
            )
        ]
    assert [e[1] for e in events] == [c[0].value for c in changes]
    assert all(e[0] == "rating.set" and e[2] == person and e[3] == ACTOR for e in events)
    assert events[3][4:] == (row.values.target_level, scale.max_level)


def test_an_unchanged_value_writes_no_audit_event(ws: Workspace) -> None:
    person = new_person(ws)
    sheet = sheet_of(ws, start_from_role(ws, person, actor=ACTOR))
    row = sheet.rows[0]
    set_rating_field(ws, row.id, RatingField.PRIORITY, row.values.priority, actor=ACTOR)
    with ws.unit_of_work() as uow:
        assert uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == row.id)).all() == []


def test_levels_are_checked_against_each_catalogue_scale(ws: Workspace) -> None:
    person = new_person(ws, with_role=False)
    catalogs = {c.scale.min_level: c for c in catalog_choices(ws)}
    zero_based, one_based = catalogs[0], catalogs[1]
    assert (zero_based.scale.max_level, one_based.scale.max_level) == (4, 8)
    picked = [zero_based.areas[0].competences[0].id, one_based.areas[0].competences[0].id]
    sheet = sheet_of(ws, start_from_competences(ws, person, picked, actor=ACTOR))
    rows = {r.competence_id: r for r in sheet.rows}
    zero_row, one_row = rows[picked[0]], rows[picked[1]]
    assert set_rating_field(ws, zero_row.id, RatingField.AGREED, 0, actor=ACTOR).agreed_level == 0
    assert set_rating_field(ws, one_row.id, RatingField.TARGET, 8, actor=ACTOR).target_level == 8
    for rating, bad in (
        (zero_row, 5),
        (zero_row, -1),
        (one_row, 0),
        (one_row, 9),
        (one_row, True),
        (one_row, "3"),
    ):
        with pytest.raises(RatingValueError, match="erlaubt sind"):
            set_rating_field(ws, rating.id, RatingField.SELF, bad, actor=ACTOR)
    for bad_priority in (0, 4):
        with pytest.raises(RatingValueError, match=r"Priorität .* erlaubt sind 1 \(hoch\)"):
            set_rating_field(ws, one_row.id, RatingField.PRIORITY, bad_priority, actor=ACTOR)
    with pytest.raises(RatingValueError):
        set_rating_field(ws, one_row.id, RatingField.NOT_APPLICABLE, 1, actor=ACTOR)
    after = sheet_of(ws, sheet.info.id)
    assert after.row(zero_row.id).values.self_level is None
    assert after.row(one_row.id).values.self_level is None
    assert after.row(one_row.id).values.priority == 2
    assert set_rating_field(ws, one_row.id, RatingField.TARGET, None, actor=ACTOR).target_level is None


def test_complete_needs_agreed_and_target_unless_not_applicable(ws: Workspace) -> None:
    person = new_person(ws)
    sheet = sheet_of(ws, start_from_role(ws, person, actor=ACTOR))
    with pytest.raises(IncompleteAssessmentError, match="Noch ohne Ist- oder Soll-Stufe") as caught:
        complete_assessment(ws, sheet.info.id, actor=ACTOR)
    assert set(caught.value.open_rating_ids) == {r.id for r in sheet.rows}
    fill_completely(ws, sheet)
    last = sheet.rows[-1]
    set_rating_field(ws, last.id, RatingField.AGREED, None, actor=ACTOR)
    with pytest.raises(IncompleteAssessmentError) as caught:
        complete_assessment(ws, sheet.info.id, actor=ACTOR)
    assert caught.value.open_rating_ids == (last.id,)
    set_rating_field(ws, last.id, RatingField.NOT_APPLICABLE, True, actor=ACTOR)
    when = datetime(2026, 11, 26, 15, 30, tzinfo=UTC)
    done = complete_assessment(ws, sheet.info.id, actor=ACTOR, now=when)
    assert done.info.status == "complete" and done.info.completed_at == when
    assert done.info.assessed_on == when.astimezone().date()
    with pytest.raises(AssessmentClosedError, match="abgeschlossen"):
        set_rating_field(ws, sheet.rows[0].id, RatingField.SELF, 2, actor=ACTOR)
    with pytest.raises(AssessmentClosedError):
        complete_assessment(ws, sheet.info.id, actor=ACTOR)


def test_reinterview_is_a_new_prefilled_assessment_and_the_old_one_never_changes(ws: Workspace) -> None:
    person = new_person(ws)
    with pytest.raises(AssessmentError, match="noch kein abgeschlossenes"):
        start_reinterview(ws, person, actor=ACTOR)
    first = sheet_of(ws, start_from_role(ws, person, actor=ACTOR, on=date(2026, 11, 2)))
    for row in first.rows:
        set_rating_field(ws, row.id, RatingField.SELF, first.scale_of(row).min_level, actor=ACTOR)
    set_rating_field(ws, first.rows[0].id, RatingField.NOTE, "erste Notiz", actor=ACTOR)
    fill_completely(ws, first)
    completed = complete_assessment(ws, first.info.id, actor=ACTOR, now=datetime(2026, 11, 2, 9, tzinfo=UTC))

    second_id = start_reinterview(ws, person, actor=ACTOR, on=date(2026, 11, 26))
    second = sheet_of(ws, second_id)
    assert second_id != first.info.id and second.info.previous_id == first.info.id
    assert second.info.status == "draft" and second.info.role_name == first.info.role_name
    assert [r.competence_id for r in second.rows] == [r.competence_id for r in completed.rows]
    for old, new in zip(completed.rows, second.rows, strict=True):
        assert new.id != old.id
        assert (new.values.agreed_level, new.values.target_level, new.values.priority) == (
            old.values.agreed_level,
            old.values.target_level,
            old.values.priority,
        )
        assert new.values.self_level is None and new.values.supervisor_level is None and new.values.note == ""
    scale = second.scale_of(second.rows[0])
    set_rating_field(ws, second.rows[0].id, RatingField.AGREED, scale.max_level, actor=ACTOR)
    assert sheet_of(ws, first.info.id) == completed  # untouched, field by field

    overview = interview_overview(ws, person)
    assert overview is not None and overview.sheet is not None
    assert overview.sheet.info.id == second_id  # the open draft is what the tab shows
    assert [a.id for a in overview.assessments] == [second_id, first.info.id]
    older = interview_overview(ws, person, first.info.id)
    assert older is not None and older.sheet == completed


def test_history_lists_each_competence_over_time(ws: Workspace) -> None:
    person = new_person(ws)
    first = sheet_of(ws, start_from_role(ws, person, actor=ACTOR, on=date(2026, 10, 1)))
    fill_completely(ws, first)
    complete_assessment(ws, first.info.id, actor=ACTOR, now=datetime(2026, 10, 1, 12, tzinfo=UTC))
    second = sheet_of(ws, start_reinterview(ws, person, actor=ACTOR, on=date(2026, 11, 26)))
    row = second.rows[0]
    raised = second.scale_of(row).min_level + 3
    set_rating_field(ws, row.id, RatingField.AGREED, raised, actor=ACTOR)

    history = employee_history(ws, person)
    assert [a.id for a in history.assessments] == [first.info.id, second.info.id]
    assert len(history.competences) == len(first.rows)
    first_comp = next(c for c in history.competences if c.competence_id == row.competence_id)
    series = first_comp.series(history.assessments)
    assert [p.values.agreed_level for p in series] == [first_comp.scale.min_level + 1, raised]
    assert [p.status for p in series] == ["complete", "draft"]
    assert [p.assessed_on for p in series] == [date(2026, 10, 1), date(2026, 11, 26)]


def test_gap_summary_follows_the_rows_as_shown(ws: Workspace) -> None:
    person = new_person(ws, with_role=False)
    one_based = next(c for c in catalog_choices(ws) if c.scale.min_level == 1)
    picked = [c.id for c in one_based.areas[0].competences[:3]]
    sheet = sheet_of(ws, start_from_competences(ws, person, picked, actor=ACTOR))
    a, b, c = sheet.rows
    for row, agreed, target, prio in ((a, 2, 5, 2), (b, 4, 4, 1), (c, None, 6, 1)):
        set_rating_field(ws, row.id, RatingField.AGREED, agreed, actor=ACTOR)
        set_rating_field(ws, row.id, RatingField.TARGET, target, actor=ACTOR)
        set_rating_field(ws, row.id, RatingField.PRIORITY, prio, actor=ACTOR)
    set_rating_field(ws, c.id, RatingField.SELF, 3, actor=ACTOR)
    set_rating_field(ws, c.id, RatingField.SUPERVISOR, 2, actor=ACTOR)
    sheet = sheet_of(ws, sheet.info.id)
    summary = gap_summary(sheet.rows, sheet.scales)
    # c: no agreed level, so the gap is provisional from the lower of self (3) and supervisor (2): 6 - 2.
    assert [(e.code, e.current, e.target, e.provisional) for e in summary.entries] == [
        (c.competence_code, 2, 6, True),
        (a.competence_code, 2, 5, False),
    ]
    assert summary.entries[0].priority == Priority.HIGH and summary.high_priority == 1
    assert summary.total_levels == 7 and summary.complete_rows == 2 and summary.applicable == 3
    assert (
        summary.text_de()
        == "2 Lücken, zusammen 7 Stufen, 1 mit hoher Priorität · 2 von 3 Kompetenzen mit Ist und Soll"
    )
    set_rating_field(ws, c.id, RatingField.NOT_APPLICABLE, True, actor=ACTOR)
    sheet = sheet_of(ws, sheet.info.id)
    after = gap_summary(sheet.rows, sheet.scales)
    assert [e.code for e in after.entries] == [a.competence_code]
    assert (after.applicable, after.not_applicable) == (2, 1)
