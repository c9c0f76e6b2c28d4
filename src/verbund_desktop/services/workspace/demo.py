"""The demo workspace: one network, three companies of different sizes, people, interviews, ratings, plans.

Names are fictional; deterministic (seeded) so screenshots and tests are repeatable.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import PURPOSES_IN_ORDER
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.german import format_date
from verbund_desktop.assessment.guide import (
    GuideQuestion,
    QuestionType,
    builtin_guides,
    is_relevant,
    validate_answer,
)
from verbund_desktop.assessment.legal_texts import authority_templates
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Advisor,
    Company,
    CompanyInterview,
    Competence,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    Department,
    DevelopmentPlan,
    Employee,
    InterviewAnswer,
    InterviewGuide,
    MeasureGap,
    Network,
    PlanMeasure,
    RoleProfile,
    RoleTarget,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.content import sync_builtin_content
from verbund_desktop.services.workspace.demo_data import (
    COMPANIES,
    COMPANY_TEXT,
    DEMO_DATE,
    DEMO_REFUSALS,
    DEMO_TEXT_VERSION,
    TEXT_ANSWERS,
    DemoCompany,
)
from verbund_desktop.services.workspace.workspace_service import APP_PROGRAM, create_locked


class DemoExistsError(UserError, FileExistsError):
    pass


def create_demo_workspace(path: Path, passphrase: str | None, *, program: str = APP_PROGRAM) -> Workspace:
    """Create the demo workspace at ``path`` (refuses an existing file); it holds the writer lock."""

    def initialize(ws: Workspace) -> None:
        with ws.unit_of_work() as uow:
            sync_builtin_content(uow.session)
            uow.flush()
            with uow.session.no_autoflush:  # the object graph is built first, then flushed at once
                populate_demo(uow.session)
            uow.commit()

    return create_locked(path, passphrase, program, initialize)  # appears complete or not at all


def populate_demo(session: Session) -> None:
    rng = random.Random(20261126)
    network, advisor = _demo_network()
    session.add_all([network, advisor])
    competences = _demo_competences(session)
    guide_row = session.scalars(select(InterviewGuide).order_by(InterviewGuide.version.desc())).first()
    offers = list(session.scalars(select(TrainingOffer).order_by(TrainingOffer.title)))
    for c_index, spec in enumerate(COMPANIES):
        company = _demo_company(network, spec, c_index)
        session.add(company)
        roles = {name: _role(company, name, competences, rng) for name in spec.roles}
        departments = {
            name: Department(company=company, name=name)
            for name in dict.fromkeys(p.department for p in spec.people)
        }
        session.add_all([*roles.values(), *departments.values()])
        if guide_row is not None:
            _company_interview(
                session, company, guide_row, advisor, rng, DEMO_DATE - timedelta(days=30 - c_index)
            )
        for p_index, person in enumerate(spec.people):
            employee = Employee(
                company=company,
                first_name=person.first,
                last_name=person.last,
                pseudonym_code=f"{spec.code}-{p_index + 1:02d}",
                job_title=person.job,
                department=departments[person.department],
                role=roles[person.role],
                birth_year=person.birth_year,
                has_vocational_qualification=person.qualification_year is not None,
                qualification_year=person.qualification_year,
            )
            session.add(employee)
            when = DEMO_DATE + timedelta(days=p_index)
            session.add_all(_demo_consents(employee, spec.code, p_index, advisor, when))
            first = _assessment(employee, roles[person.role], advisor, when, rng, previous=None)
            session.add(first)
            latest = first
            if p_index == 0:  # a re-interview after training: a new dated assessment, the old one stays
                latest = _assessment(
                    employee, roles[person.role], advisor, when + timedelta(days=40), rng, first
                )
                session.add(latest)
            session.add(_draft_plan(employee, latest, advisor, offers))


def _demo_network() -> tuple[Network, Advisor]:
    authority = next(a for a in authority_templates() if a.land == "NW")
    network = Network(
        name="Weiterbildungsverbund Südwestfalen (Demo)",
        region="Siegen-Wittgenstein/Olpe",
        street="Bahnhofstraße 5",
        postcode="57072",
        city="Siegen",
        contact="0271 123450, kontakt@verbund.example",
        dpo_name="Datenschutz Südwestfalen GbR (extern, Demo)",
        dpo_contact="dsb@datenschutz-suedwestfalen.example",
        authority_name=authority.name,
        authority_address="\n".join(authority.address_lines),
    )
    advisor = Advisor(
        network=network, name="Dr. Sabine Kröger", email="kroeger@verbund.example", is_current=True
    )
    return network, advisor


def _demo_company(network: Network, spec: DemoCompany, c_index: int) -> Company:
    return Company(
        network=network,
        name=spec.name,
        industry=spec.industry,
        headcount=spec.headcount,
        headcount_linked=spec.headcount_linked,
        street=f"Industriestraße {c_index + 3}",
        postcode=spec.postcode,
        region=spec.region,
        # Companies with 20 or more people handling data regularly name a DPO (§ 38 BDSG).
        dpo_name="Datenschutzbeauftragte/r des Betriebs" if spec.headcount >= 20 else "",
        dpo_contact=f"datenschutz@{spec.code.lower()}.example" if spec.headcount >= 20 else "",
        works_council=spec.works_council,
        training_agreement=spec.training_agreement,
        contact_name=spec.contact,
    )


def _demo_consents(
    employee: Employee, code: str, p_index: int, advisor: Advisor, when: date
) -> list[ConsentRecord]:
    """Consent on paper for every purpose, except the refusals the demo names."""
    return [
        ConsentRecord(
            employee=employee,
            purpose=purpose.value,
            text_version=DEMO_TEXT_VERSION,
            method="paper",
            given_on=when,
            recorded_by=advisor.name,
        )
        for purpose in PURPOSES_IN_ORDER
        if (code, p_index, purpose) not in DEMO_REFUSALS
    ]


def _demo_competences(session: Session) -> list[Competence]:
    """A mix of digital (DigComp) and cross-cutting competences for the demo role profiles."""
    chosen: list[Competence] = []
    for catalog in session.scalars(select(CompetenceCatalog).order_by(CompetenceCatalog.key)):
        for area in catalog.areas:
            chosen.extend(area.competences[:2])
    return chosen


def _role(company: Company, name: str, competences: list[Competence], rng: random.Random) -> RoleProfile:
    role = RoleProfile(
        company=company, name=name, description=f"Stellenprofil {name} im Betrieb {company.name}"
    )
    picked = rng.sample(competences, k=min(8, len(competences)))
    for comp in sorted(picked, key=lambda c: (c.catalog.key, c.position, c.code)):
        top = max(lv.value for lv in comp.catalog.levels)
        low = min(lv.value for lv in comp.catalog.levels)
        target = rng.randint(max(low + 2, (low + top) // 2), top - (1 if top > 4 else 0))
        role.targets.append(
            RoleTarget(competence=comp, target_level=target, priority=rng.choice((1, 2, 2, 3)))
        )
    return role


def _assessment(
    employee: Employee,
    role: RoleProfile,
    advisor: Advisor,
    when: date,
    rng: random.Random,
    previous: CompetencyAssessment | None,
) -> CompetencyAssessment:
    assessment = CompetencyAssessment(
        id=uuid.uuid4(),
        employee=employee,
        advisor=advisor,
        role=role,
        assessed_on=when,
        status=STATUS_COMPLETE,
        completed_at=datetime.combine(when, datetime.min.time(), tzinfo=UTC) + timedelta(hours=11),
        previous_id=previous.id if previous else None,
    )
    before = {r.competence_id: r for r in previous.ratings} if previous else {}
    for pos, target in enumerate(role.targets):
        comp = target.competence
        low = min(lv.value for lv in comp.catalog.levels)
        top = max(lv.value for lv in comp.catalog.levels)
        old = before.get(comp.id)
        if old is not None and old.agreed_level is not None:
            agreed = min(top, old.agreed_level + rng.randint(0, 2))
        else:
            agreed = max(low, target.target_level - rng.choice((0, 1, 1, 2, 3)))
        assessment.ratings.append(
            CompetencyRating(
                competence=comp,
                catalog=comp.catalog,
                catalog_version=comp.catalog.version,
                self_level=min(top, max(low, agreed + rng.choice((-1, 0, 1)))),
                supervisor_level=min(top, max(low, agreed + rng.choice((-1, 0, 0, 1)))),
                agreed_level=agreed,
                target_level=target.target_level,
                priority=target.priority,
                note="Im Gespräch abgestimmt." if rng.random() < 0.3 else "",
                position=pos,
            )
        )
    return assessment


def _draft_plan(
    employee: Employee, assessment: CompetencyAssessment, advisor: Advisor, offers: list[TrainingOffer]
) -> DevelopmentPlan:
    plan = DevelopmentPlan(
        employee=employee,
        assessment=assessment,
        advisor=advisor,
        starting_point=f"Kompetenzgespräch vom {format_date(assessment.assessed_on)} mit {employee.full_name}.",
        goals="Die wichtigsten Lücken zum Stellenprofil in den nächsten zwölf Monaten schließen.",
        responsibilities="Führungskraft: Freistellung planen. Beschäftigte/r: Teilnahme und Transfer in die Praxis.",
        review_date=assessment.assessed_on + timedelta(days=180),
    )
    gaps = [
        r
        for r in assessment.ratings
        if r.agreed_level is not None and r.target_level is not None and r.target_level > r.agreed_level
    ]
    gaps.sort(key=lambda r: (r.priority or 2, -((r.target_level or 0) - (r.agreed_level or 0)), r.position))
    for pos, rating in enumerate(gaps[:2]):
        offer = _matching_offer(rating, offers)
        if offer is not None:
            starts = offer.start_date_values()
            measure = PlanMeasure(
                kind="kurs",
                offer=offer,
                title=offer.title,
                provider=offer.provider,
                format=offer.format,
                start_date=starts[0] if starts else None,
                hours=offer.hours,
                cost_eur=offer.cost_eur,
                release_hours=offer.hours,
                azav=offer.azav_measure and offer.azav_provider,
                responsibility="Personalleitung",
                position=pos,
            )
        else:
            measure = PlanMeasure(
                kind="training_am_arbeitsplatz",
                title=f"Training am Arbeitsplatz: {rating.competence.name_de}",
                provider="intern",
                hours=Decimal("16"),
                cost_eur=Decimal("0"),
                release_hours=Decimal("16"),
                responsibility="Führungskraft",
                position=pos,
            )
        measure.gaps.append(MeasureGap(competence=rating.competence))
        plan.measures.append(measure)
    return plan


def _matching_offer(rating: CompetencyRating, offers: list[TrainingOffer]) -> TrainingOffer | None:
    current = rating.agreed_level or 0
    fitting: list[tuple[int, str, TrainingOffer]] = []
    for offer in offers:
        for oc in offer.competences:
            same = oc.competence_id == rating.competence.id or oc.competence is rating.competence
            if same and oc.level_to > current:
                fitting.append((abs(oc.level_from - current), offer.title, offer))
    return min(fitting, key=lambda t: (t[0], t[1]))[2] if fitting else None


def _company_interview(
    session: Session,
    company: Company,
    guide: InterviewGuide,
    advisor: Advisor,
    rng: random.Random,
    when: date,
) -> None:
    definition = next(
        (g for g in builtin_guides() if g.key == guide.key and g.version == guide.version), None
    )
    if definition is None:
        return
    interview = CompanyInterview(
        company=company,
        guide=guide,
        advisor=advisor,
        interviewees=company.contact_name,
        status=STATUS_COMPLETE,
        conducted_on=when,
        completed_at=datetime.combine(when, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10),
    )
    answers: dict[str, Any] = {}
    for question in definition.questions():
        if not is_relevant(question, answers):
            continue
        value = _demo_answer(question, company, rng)
        answers[question.key] = value
        interview.answers.append(InterviewAnswer(question_key=question.key, value=value))
    session.add(interview)


def _demo_answer(q: GuideQuestion, company: Company, rng: random.Random) -> Any:
    """A plausible answer; the funding-relevant ones agree with the company's master data."""
    consistent: dict[str, Any] = {
        "betriebsrat": company.works_council,
        "vereinbarung_weiterbildung": company.training_agreement,
        "verbundene_unternehmen": company.headcount_linked > company.headcount,
        "beschaeftigte_gesamt": _answer_number(company.headcount_linked),
        "beschaeftigte_betrieb": _answer_number(company.headcount),
        "gruendungsjahr": rng.randint(1950, 2010),
        "wb_budget_hoehe": rng.choice((1000, 2500, 5000, 12000)) * max(1, int(company.headcount) // 20),
    }
    code = next((spec.code for spec in COMPANIES if spec.name == company.name), "")
    text = COMPANY_TEXT.get(code, {}).get(q.key)
    if text is not None and q.type is QuestionType.TEXT:
        return text
    if q.key in consistent:
        value = consistent[q.key]
        return value if validate_answer(q, value) is None else _generic_answer(q, company, rng)
    return _generic_answer(q, company, rng)


def _answer_number(headcount: Decimal | int) -> int | float:
    """A weighted headcount as an interview answer (JSON): whole numbers stay whole."""
    value = Decimal(headcount)
    return int(value) if value == value.to_integral_value() else float(value)


def _generic_answer(q: GuideQuestion, company: Company, rng: random.Random) -> Any:
    if q.type is QuestionType.YES_NO:
        return rng.random() < 0.6
    if q.type is QuestionType.NUMBER:
        if q.unit_de == "%":
            return rng.choice((10, 15, 20, 25, 30))
        if q.unit_de == "Personen":
            return max(1, int(company.headcount) // rng.choice((4, 6, 10)))
        return rng.randint(1, 3)
    if q.type is QuestionType.SCALE:
        return rng.randint(q.scale_min or 1, q.scale_max or 5)
    if q.type is QuestionType.SINGLE_CHOICE:
        return rng.choice(q.options).value
    if q.type is QuestionType.MULTIPLE_CHOICE:
        k = min(len(q.options), rng.randint(1, 3))
        return sorted(o.value for o in rng.sample(list(q.options), k))
    return rng.choice(TEXT_ANSWERS)
