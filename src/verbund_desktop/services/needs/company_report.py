"""Database → view model of the company report (*Bedarfsanalyse*): profile, drivers, heat map, measures."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.gap_outcome import count_by_competence
from verbund_desktop.assessment.guide import GuideQuestion, QuestionType, is_relevant
from verbund_desktop.assessment.names import Pseudonymiser
from verbund_desktop.persistence.models import (
    Company,
    CompanyInterview,
    Competence,
    CompetencyRating,
    Employee,
    InterviewAnswer,
    Network,
    PlanMeasure,
)
from verbund_desktop.persistence.query_hints import unindexed
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.viewmodels import (
    ClosedGapsView,
    CompanyProfileView,
    CompanyReportView,
    FundingEstimateView,
    HeatMapCell,
    HeatMapCompetence,
    HeatMapRow,
    InterviewAnswerView,
    InterviewSectionView,
    Priority,
    RecommendedMeasureView,
    scrub_names,
)
from verbund_desktop.services.needs.interview_guides import guide_definition
from verbund_desktop.services.needs.report_ratings import Assessed, ReportRating, assessed_people
from verbund_desktop.services.organisation.advisors import current_advisor
from verbund_desktop.services.organisation.pseudonyms import pseudonym_people
from verbund_desktop.services.planning.follow_up_levels import follow_up_outcomes
from verbund_desktop.services.planning.plan_documents import (
    PRIORITIES,
    DocumentError,
    measure_format,
)
from verbund_desktop.services.planning.plan_funding import MeasureFunding, estimate_measure, share_affected
from verbund_desktop.services.planning.plan_sets import (
    consenting,
    current_plans,
    funding_people,
    latest_complete_assessments,
)
from verbund_desktop.services.protection.consent_gates import pooling_consented

DRIVER_SECTIONS = ("a3_veraenderungen", "a4_strategie", "digitaler_wandel", "demografie")
FURTHER_SECTIONS = ("a2_staerken_schwaechen", "a5_kooperation", "b_personalentwicklung", "foerderung")
MAX_POOLING_LINES = 8


def format_answer(question: GuideQuestion, value: Any) -> str:
    """An interview answer as German text (choice labels, ja/nein, scale with its range, number with unit)."""
    if question.type is QuestionType.YES_NO:
        return "ja" if value else "nein"
    if question.type is QuestionType.SINGLE_CHOICE:
        return question.option_label(str(value))
    if question.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
        return ", ".join(question.option_label(str(v)) for v in value)
    if question.type is QuestionType.SCALE:
        text = f"{value} auf einer Skala von {question.scale_min} bis {question.scale_max}"
        if question.scale_labels_de:
            text += f" ({question.scale_labels_de[0]} … {question.scale_labels_de[1]})"
        return text
    if question.type is QuestionType.NUMBER and question.unit_de:
        unit = "Person" if value == 1 and question.unit_de == "Personen" else question.unit_de
        return f"{value} {unit}"
    return str(value)


def _drivers(
    s: Session, interview: CompanyInterview | None, keys: Sequence[str] = DRIVER_SECTIONS
) -> tuple[InterviewSectionView, ...]:
    if interview is None:
        return ()
    guide = guide_definition(s, interview.guide_id)
    answers = {
        a.question_key: a.value
        for a in s.scalars(select(InterviewAnswer).where(InterviewAnswer.interview_id == interview.id))
        if a.value is not None
    }
    sections = []
    for section in guide.sections:
        if section.key not in keys:
            continue
        rows = tuple(
            InterviewAnswerView(q.text_de, format_answer(q, answers[q.key]))
            for q in section.questions
            if q.key in answers and is_relevant(q, answers)
        )
        sections.append(InterviewSectionView(section.title_de, rows))
    return tuple(sections)


def _gap(rating: ReportRating | None) -> int | None:
    if rating is None or rating.agreed_level is None or rating.target_level is None:
        return None
    return max(rating.target_level - rating.agreed_level, 0)


def _has_gap(rating: ReportRating | None) -> bool:
    return rating is not None and not rating.not_applicable and (_gap(rating) or 0) > 0


@dataclass
class _MeasureGroup:
    first: PlanMeasure
    codes: set[str] = field(default_factory=set)
    participants: int = 0
    cost: Decimal | None = None
    fundings: list[MeasureFunding] = field(default_factory=list)


def _recommended(
    s: Session, employees: Sequence[Employee], today: date
) -> tuple[RecommendedMeasureView, ...]:
    groups: dict[tuple[Any, ...], _MeasureGroup] = {}
    plans = current_plans(s, [e.id for e in employees])
    people = funding_people(s, [e for e in employees if e.id in plans])
    for employee in employees:
        plan = plans.get(employee.id)
        if plan is None:
            continue
        person = people[employee.id]
        for m in plan.measures:
            if m.status == "abgebrochen":
                continue
            key = ("offer", m.offer_id) if m.offer_id else (m.kind, m.title.casefold(), m.provider.casefold())
            group = groups.setdefault(key, _MeasureGroup(m))
            group.codes.update(link.competence.code for link in m.gaps)
            group.participants += 1
            if m.cost_eur is not None:
                group.cost = (group.cost or Decimal(0)) + m.cost_eur
            group.fundings.append(
                estimate_measure(
                    person,
                    kind=m.kind,
                    hours=m.hours,
                    cost=m.cost_eur,
                    azav=m.azav,
                    start=m.start_date,
                    today=today,
                    pay=(m.monthly_pay_eur, m.release_hours),
                )
            )
    return measure_views(groups)


def measure_views(groups: dict[tuple[Any, ...], _MeasureGroup]) -> tuple[RecommendedMeasureView, ...]:
    """One recommended measure per group, most participants (then cost) first."""
    views = [
        RecommendedMeasureView(
            title=g.first.title,
            competence_codes=tuple(sorted(g.codes)),
            provider=g.first.provider,
            format=measure_format(g.first),
            hours=g.first.hours,
            participants=g.participants,
            cost=g.cost,
            azav=g.first.azav,
            funding=_summed(g.fundings, g.cost),
            pooled_course=g.first.pooled_note,
        )
        for g in groups.values()
    ]
    views.sort(key=lambda v: (-v.participants, -(v.cost or Decimal(0)), v.title.casefold()))
    return tuple(views)


def _summed(fundings: Sequence[MeasureFunding], cost: Decimal | None) -> FundingEstimateView | None:
    """One estimate for all participants: eligible subsidies added up (the share is the overall share)."""
    estimates = [f.estimate for f in fundings if f.estimate is not None]
    if not estimates:
        return None
    eligible = [e for e in estimates if e.eligible]
    basis = (eligible or estimates)[0].rule_set
    subsidy = sum((e.course_cost_subsidy for e in eligible), Decimal(0))
    share = (subsidy / cost).quantize(Decimal("0.001")) if cost else Decimal(0)
    return FundingEstimateView(
        rule_set_title=basis.title,
        rule_set_valid_from=basis.valid_from,
        eligible=bool(eligible),
        course_cost_share=share,
        course_cost_subsidy=subsidy,
        reasons=tuple(dict.fromkeys(r for e in estimates for r in e.reasons)),
    )


def _pooling(
    s: Session, company: Company, here: Sequence[Assessed], competences: Sequence[Competence]
) -> tuple[str, ...]:
    """Competences with gaps here and in other companies of the network: counts only, no names.

    A pooled count is the network's own use (purpose 3): only people who consented to it are counted, here as
    well as elsewhere.
    """
    pooled = consenting(s, [a.employee.id for a in here], ConsentPurpose.NETWORK_POOLING)
    here = [a for a in here if a.employee.id in pooled]
    others = (
        select(Employee.id)
        .join(Company, Employee.company_id == Company.id)
        .where(
            Company.network_id == company.network_id,
            Company.id != company.id,
            Company.archived_at.is_(None),
            Employee.archived_at.is_(None),
            Employee.id.in_(pooling_consented()),
        )
    )
    latest = latest_complete_assessments(others)
    # Per competence: people elsewhere with a gap in their newest complete assessment, and their companies.
    # The ratings are read from the covering index ix_competency_rating_pool (competence first): looked up by
    # assessment instead (SQLite's own choice), every rating's table row is read, which at network scale filled
    # the whole page cache (+37 MiB, 1.0 s) where the index needs +16 MiB and 0.5-0.6 s (docs/performance.md).
    counted = s.execute(
        select(CompetencyRating.competence_id, func.count(), func.count(func.distinct(Employee.company_id)))
        .join(latest, unindexed(CompetencyRating.assessment_id) == latest.c.assessment_id)
        .join(Employee, Employee.id == latest.c.employee_id)
        .where(
            CompetencyRating.competence_id.in_([c.id for c in competences]),
            CompetencyRating.not_applicable.is_(False),
            CompetencyRating.agreed_level.is_not(None),
            CompetencyRating.target_level > CompetencyRating.agreed_level,
        )
        .group_by(CompetencyRating.competence_id)
    )
    elsewhere = {competence_id: (people, firms) for competence_id, people, firms in counted}
    lines: list[tuple[int, str]] = []
    for competence in competences:
        local = sum(1 for a in here if _has_gap(a.ratings.get(competence.id)))
        outside, firms = elsewhere.get(competence.id, (0, 0))
        if local == 0 or firms == 0:
            continue
        text = (
            f"{competence.code} {competence.name_de}: {local} Beschäftigte hier, {outside} in "
            f"{firms} {'weiterem Betrieb' if firms == 1 else 'weiteren Betrieben'} des Verbunds"
        )
        lines.append((local + outside, text))
    lines.sort(key=lambda pair: -pair[0])
    return tuple(text for _n, text in lines[:MAX_POOLING_LINES])


def company_report_view(
    ws: Workspace, company_id: uuid.UUID, *, today: date | None = None, pseudonymised: bool = False
) -> CompanyReportView:
    """The company report from the newest interview, the latest complete assessments and current plans."""
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        company = s.get(Company, company_id)
        if company is None:
            raise DocumentError("Diesen Betrieb gibt es nicht (mehr).")
        network = s.get(Network, company.network_id)
        interview = s.scalars(
            select(CompanyInterview)
            .where(CompanyInterview.company_id == company.id)
            .order_by(CompanyInterview.status == "complete", CompanyInterview.created_at)
        ).all()
        newest = interview[-1] if interview else None
        advisor = (newest.advisor if newest is not None else None) or current_advisor(s)
        employees = s.scalars(
            select(Employee)
            .where(Employee.company_id == company.id, Employee.archived_at.is_(None))
            .order_by(Employee.last_name, Employee.first_name)
        ).all()
        assessed = assessed_people(s, employees)
        competences, note = _report_competences(assessed)
        rows = tuple(
            HeatMapRow(
                employee_name=a.employee.full_name,
                pseudonym_code=a.employee.pseudonym_code,
                cells=tuple(_cell(a.ratings.get(c.id)) for c in competences),
            )
            for a in assessed
        )
        view = CompanyReportView(
            created=today,
            profile=_profile(s, company),
            interview_date=newest.conducted_on if newest is not None else today,
            advisor_name=advisor.name if advisor is not None else "",
            network_name=network.name if network is not None else "",
            pseudonymised=pseudonymised,
            drivers=_drivers(s, newest),
            further=_drivers(s, newest, FURTHER_SECTIONS),
            competences=tuple(HeatMapCompetence(c.code, c.name_de) for c in competences),
            rows=rows,
            measures=_recommended(s, employees, today),
            pooling_needs=_pooling(s, company, assessed, competences),
            catalogue_note=note,
            closed_gaps=_closed_gaps(s, assessed, competences),
        )
        if not pseudonymised:
            return view
        # Everyone of the company, assessed or not, with first and last name told apart.
        return scrub_names(view, Pseudonymiser(pseudonym_people(s, company.id)))


def _closed_gaps(
    s: Session, assessed: Sequence[Assessed], competences: Sequence[Competence]
) -> tuple[ClosedGapsView, ...]:
    """Per field of action, the people of the report whose follow-up after a completed measure checked a gap."""
    outcomes = follow_up_outcomes(s, [a.employee.id for a in assessed])
    counts = count_by_competence((person, row) for (person, _title), rows in outcomes.items() for row in rows)
    order = {c.code: i for i, c in enumerate(competences)}
    ordered = sorted(counts, key=lambda c: (order.get(c.code, len(order)), c.code))
    return tuple(ClosedGapsView(c.code, c.name, c.closed, c.still_open) for c in ordered)


def _report_competences(assessed: Sequence[Assessed]) -> tuple[list[Competence], str]:
    """The competences anyone of the company was rated in, in catalogue order, and the catalogues' note."""
    seen: dict[uuid.UUID, ReportRating] = {}
    for a in assessed:
        for ident, rating in a.ratings.items():
            seen.setdefault(ident, rating)
    ordered = sorted(
        seen.values(),
        key=lambda r: (r.catalog.key, r.competence.area.position, r.competence.position, r.competence.code),
    )
    catalogs = {r.catalog.id: r.catalog for r in ordered}
    note = " ".join(
        f"{c.name}, Version {c.version}: {c.attribution}"
        if c.attribution
        else f"{c.name}, Version {c.version}."
        for c in catalogs.values()
    )
    return [r.competence for r in ordered], note


def _profile(s: Session, company: Company) -> CompanyProfileView:
    contact = ", ".join(p for p in (company.contact_phone, company.contact_email) if p)
    return CompanyProfileView(
        name=company.name,
        industry=company.industry,
        headcount=company.headcount,
        headcount_incl_linked=company.headcount_linked,
        region=" ".join(p for p in (company.postcode, company.region) if p),
        has_works_council=company.works_council,
        training_agreement="Betriebsvereinbarung oder Tarifvertrag zur Weiterbildung"
        if company.training_agreement
        else "",
        contact_name=company.contact_name,
        contact_details=contact,
        staff_affected_share=share_affected(s, company.id),
    )


def _cell(rating: ReportRating | None) -> HeatMapCell:
    if rating is None:
        return HeatMapCell(gap=None)
    priority = PRIORITIES.get(rating.priority or 2, Priority.MEDIUM)
    return HeatMapCell(gap=_gap(rating), priority=priority, not_applicable=rating.not_applicable)
