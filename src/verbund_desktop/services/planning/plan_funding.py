"""§ 82 SGB III estimates for plan measures, from what the workspace knows about the person and the company.

The workspace has no wage and no date of the last funding; the estimate is then partial and says so in
``missing``. The age is derived from the birth year, cautiously (the lower of the two possible ages).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.funding import (
    FundingEstimate,
    FundingInput,
    FundingRuleSet,
    estimate_funding,
    format_date_de,
    format_euro,
    format_share,
)
from verbund_desktop.assessment.german import format_decimal
from verbund_desktop.assessment.matching import FundingContext
from verbund_desktop.assessment.measures import MeasureKind
from verbund_desktop.persistence.models import Company, CompanyInterview, Employee, InterviewAnswer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.viewmodels import FundingEstimateView
from verbund_desktop.services.funding.funding_rules_store import effective_rule_sets
from verbund_desktop.services.protection.consent_gates import has_consent

# Measures without course costs by nature: no § 82 estimate unless they do cost something.
NON_COURSE_KINDS = frozenset(kind.value for kind in MeasureKind if kind.costs_nothing_by_nature)
MONTH_HOURS = Decimal("167")  # a full-time month: 38,5 hours × 52 weeks / 12, rounded
SHARE_QUESTION = "anteil_strukturwandel"  # company interview, in percent
NO_FUNDING_CONSENT = "Keine Förderschätzung: Die Person hat nicht eingewilligt, ihre Daten für einen Förderantrag zu verwenden."


@dataclass(frozen=True)
class FundingPerson:
    """The facts about one employee and their company that the estimate uses."""

    company_size: Decimal  # weighted headcount including linked companies (§ 82 Abs. 6 SGB III)
    birth_year: int | None
    qualification_year: int | None
    has_vocational_qualification: bool
    severely_disabled: bool
    company_agreement: bool
    share_affected: Decimal | None
    # The rule sets in force in this workspace (bundled, or corrected by the office); None: the bundled ones.
    rule_sets: tuple[FundingRuleSet, ...] | None = None
    # Consent to purpose (2), using the data for a funding application: without it no estimate of this person.
    funding_consent: bool = True

    def age_at(self, day: date) -> int | None:
        """The lower of the two ages possible in ``day.year`` (only the birth year is stored)."""
        return None if self.birth_year is None else day.year - self.birth_year - 1

    def context(self, today: date, rule_sets: Sequence[FundingRuleSet] | None = None) -> FundingContext:
        """The funding context for ranking offers (no wage known: course-cost subsidy only)."""
        return FundingContext(
            company_size=self.company_size,
            age=self.age_at(today),
            qualification_year=self.qualification_year if self.has_vocational_qualification else None,
            has_vocational_qualification=self.has_vocational_qualification,
            severely_disabled=self.severely_disabled,
            company_agreement=self.company_agreement,
            share_affected_by_change=self.share_affected,
            rule_sets=tuple(rule_sets) if rule_sets is not None else self.rule_sets,
        )


@dataclass(frozen=True)
class MeasureFunding:
    """The estimate of one measure, or why there is none; ``missing`` names inputs that were assumed."""

    estimate: FundingEstimate | None
    missing: tuple[str, ...] = ()
    problem: str | None = None

    def view(self) -> FundingEstimateView | None:
        est = self.estimate
        if est is None:
            return None
        return FundingEstimateView(
            rule_set_title=est.rule_set.title,
            rule_set_valid_from=est.rule_set.valid_from,
            eligible=est.eligible,
            course_cost_share=est.course_cost_share,
            course_cost_subsidy=est.course_cost_subsidy,
            wage_subsidy_share=est.wage_subsidy_share,
            wage_subsidy=est.wage_subsidy,
            reasons=est.reasons + self.missing,
        )

    @property
    def summary_de(self) -> str:
        """One German line for the editor: amount or why not, always marked as a Schätzung."""
        est = self.estimate
        if est is None:
            return self.problem or "Keine Schätzung."
        basis = f"nach „{est.rule_set.title}“, Stand {format_date_de(est.rule_set.valid_from)}"
        if not est.eligible:
            return f"Schätzung: voraussichtlich nicht förderfähig ({basis})"
        text = (
            f"Schätzung: {format_share(est.course_cost_share)} der Lehrgangskosten = "
            f"{format_euro(est.course_cost_subsidy)} ({basis})"
        )
        if self.missing:
            text += " – Teilschätzung"
        return text

    @property
    def details_de(self) -> tuple[str, ...]:
        """Every reason and every assumption, for a tooltip or a details panel."""
        reasons = self.estimate.reasons if self.estimate is not None else ()
        note = (self.estimate.note,) if self.estimate is not None else ()
        return reasons + self.missing + note


def funding_person(session: Session, employee: Employee) -> FundingPerson:
    company = session.get(Company, employee.company_id)
    assert company is not None
    return person_facts(
        employee,
        company,
        share=share_affected(session, company.id),
        rule_sets=effective_rule_sets(session),
        funding_consent=has_consent(session, employee.id, ConsentPurpose.FUNDING_APPLICATION),
    )


def person_facts(
    employee: Employee,
    company: Company,
    *,
    share: Decimal | None,
    rule_sets: tuple[FundingRuleSet, ...],
    funding_consent: bool,
) -> FundingPerson:
    """The estimate's facts from the rows already read (one person, or many: ``plan_sets.funding_people``)."""
    return FundingPerson(
        company_size=company.headcount_linked,
        birth_year=employee.birth_year,
        qualification_year=employee.qualification_year,
        has_vocational_qualification=employee.has_vocational_qualification,
        severely_disabled=bool(employee.severely_disabled),
        company_agreement=company.training_agreement,
        share_affected=share,
        rule_sets=rule_sets,
        funding_consent=funding_consent,
    )


def share_affected(session: Session, company_id: uuid.UUID) -> Decimal | None:
    """The share of staff affected by structural change, from the newest company interview (fraction)."""
    return shares_affected(session, [company_id]).get(company_id)


def shares_affected(
    session: Session, company_ids: Iterable[uuid.UUID] | None
) -> dict[uuid.UUID, Decimal | None]:
    """:func:`share_affected` of many companies in one statement: the answer of each company's newest company
    interview that has one (companies without an answer are absent); ``None``: of every company (no list of
    keys sent, cheaper when the caller wants nearly all of them)."""
    query = (
        select(CompanyInterview.company_id, InterviewAnswer.value)
        .join(CompanyInterview, InterviewAnswer.interview_id == CompanyInterview.id)
        .where(InterviewAnswer.question_key == SHARE_QUESTION)
        .order_by(CompanyInterview.created_at.desc())
    )
    if company_ids is not None:
        ids = set(company_ids)
        if not ids:
            return {}
        query = query.where(CompanyInterview.company_id.in_(ids))
    rows = session.execute(query)
    out: dict[uuid.UUID, Decimal | None] = {}
    for company_id, value in rows:
        if company_id not in out:
            out[company_id] = _share(value)
    return out


def _share(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    share = Decimal(str(value)) / 100
    return share if 0 <= share <= 1 else None


def estimate_measure(
    person: FundingPerson,
    *,
    kind: str,
    hours: Decimal | None,
    cost: Decimal | None,
    azav: bool,
    start: date | None,
    today: date,
    rule_sets: Sequence[FundingRuleSet] | None = None,
    pay: tuple[Decimal | None, Decimal | None] = (None, None),
) -> MeasureFunding:
    """Estimate one measure; a missing start date, age, wage or last funding gives a partial estimate."""
    if not person.funding_consent:
        return MeasureFunding(None, problem=NO_FUNDING_CONSENT)
    if kind in NON_COURSE_KINDS and not cost:
        return MeasureFunding(None, problem="Keine Förderschätzung: Maßnahme ohne Lehrgangskosten.")
    if hours is None or cost is None:
        absent = " und ".join(n for n, v in (("Stunden", hours), ("Kosten", cost)) if v is None)
        return MeasureFunding(None, problem=f"Keine Förderschätzung: {absent} fehlen noch.")
    if hours <= 0:
        return MeasureFunding(None, problem="Keine Förderschätzung: die Stundenzahl ist 0.")
    day, age, missing = _assumed(person, start, today)
    monthly_wage, months_release = _release(pay, missing)
    inp = FundingInput(
        start=day,
        company_size=person.company_size,
        age=age,
        hours=hours,
        course_cost=cost,
        monthly_wage=monthly_wage,
        months_release=months_release,
        qualification_year=person.qualification_year if person.has_vocational_qualification else None,
        has_vocational_qualification=person.has_vocational_qualification,
        severely_disabled=person.severely_disabled,
        azav_measure=azav,
        azav_provider=azav,
        company_agreement=person.company_agreement,
        share_affected_by_change=person.share_affected,
    )
    try:
        estimate = estimate_funding(inp, rule_sets if rule_sets is not None else person.rule_sets)
    except ValueError as exc:  # impossible input or no rule set for the start date
        return MeasureFunding(None, tuple(missing), problem=f"Keine Förderschätzung: {exc}")
    return MeasureFunding(estimate, tuple(missing))


def _assumed(person: FundingPerson, start: date | None, today: date) -> tuple[date, int | None, list[str]]:
    """The start day and age the estimate uses, and the notes on what it had to assume (in that order)."""
    missing: list[str] = []
    day = start
    if day is None:
        day = today
        missing.append(f"Beginn noch offen: geschätzt mit den Regeln, die am {format_date_de(today)} gelten.")
    age = person.age_at(day)
    if age is None:
        missing.append("Alter unbekannt: die Sonderregel für Beschäftigte ab 45 Jahren wurde nicht geprüft.")
    else:
        missing.append(f"Alter aus dem Geburtsjahr ermittelt (vorsichtig: {age} Jahre bei Beginn).")
    missing.append(
        "Ende der letzten nach § 82 SGB III geförderten Teilnahme nicht erfasst: angenommen, es gab keine."
    )
    missing.append(
        f"Antragsdatum nicht erfasst: angenommen wird der Tag vor dem Beginn "
        f"({format_date_de(day - timedelta(days=1))}); der Antrag muss vor dem Beginn gestellt sein."
    )
    return day, age, missing


def _release(
    pay: tuple[Decimal | None, Decimal | None], missing: list[str]
) -> tuple[Decimal | None, Decimal | None]:
    """Monthly pay and months of release for the wage subsidy; a note in ``missing`` says what was assumed."""
    monthly_pay, release_hours = pay
    if monthly_pay is None:
        missing.append("Arbeitsentgeltzuschuss nicht geschätzt: das Monatsentgelt ist nicht erfasst.")
        return None, None
    if not release_hours:
        missing.append(
            "Arbeitsentgeltzuschuss nicht geschätzt: die Freistellung (Stunden) ist nicht erfasst."
        )
        return None, None
    months = (release_hours / MONTH_HOURS).quantize(Decimal("0.01"))
    missing.append(
        f"Arbeitsentgeltzuschuss geschätzt mit {format_decimal(months)} Monaten Freistellung "
        f"({format_decimal(release_hours)} Stunden, {format_decimal(MONTH_HOURS)} Stunden je Monat Vollzeit)."
    )
    return monthly_pay, months


@dataclass(frozen=True)
class CompanyFundingFacts:
    """What the funding tab of a company starts from."""

    name: str
    company_size: Decimal  # weighted, including linked companies: decides the § 82 band
    headcount: Decimal  # weighted, the Betrieb alone: counts for the Qualifizierungsgeld (§ 82a Abs. 2)
    training_agreement: bool
    share_affected: Decimal | None
    rule_sets: tuple[FundingRuleSet, ...] | None = None


def company_funding_facts(ws: Workspace, company_id: uuid.UUID) -> CompanyFundingFacts | None:
    with ws.unit_of_work() as uow:
        company = uow.session.get(Company, company_id)
        if company is None:
            return None
        return CompanyFundingFacts(
            name=company.name,
            company_size=company.headcount_linked,
            headcount=company.headcount,
            training_agreement=company.training_agreement,
            share_affected=share_affected(uow.session, company.id),
            rule_sets=effective_rule_sets(uow.session),
        )
