"""Frozen view models: everything a printed document shows, as plain values.

The builders in this package read nothing else: no ORM objects, no services, no Qt. Database rows are
mapped to these classes; every field says what it holds and in which unit. Money is ``Decimal`` in
euros, shares are ``Decimal`` fractions (``Decimal("0.5")`` is 50 %), hours are ``Decimal``, levels are
``int`` on the catalogue's own scale. Empty strings mean "not recorded" and are printed as "–".

:func:`scrub_names` is the safety net for pseudonymised documents: the builders print pseudonym codes where
they name an employee, but free text written by people may still mention a name; before a pseudonymised
document is built, every string of its view model passes through it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from verbund_desktop.assessment.gap_outcome import BeforeAfter
from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.assessment.legal_texts import SheetText, sheet_text
from verbund_desktop.assessment.measures import MeasureStatus
from verbund_desktop.assessment.names import PersonName, Pseudonymiser

# ---------------------------------------------------------------------------------------- shared parts


@dataclass(frozen=True)
class FundingEstimateView:
    """One funding estimate (mirrors ``assessment.funding.FundingEstimate``); printed as "Schätzung"."""

    rule_set_title: str  # e.g. "§ 82 SGB III in der Fassung des Aus- und Weiterbildungsgesetzes"
    rule_set_valid_from: date  # the rule set's "Stand" printed next to every estimate
    eligible: bool
    course_cost_share: Decimal = Decimal(0)  # fraction of the course cost paid by the BA
    course_cost_subsidy: Decimal = Decimal(0)  # euros
    wage_subsidy_share: Decimal = Decimal(0)  # fraction of the wage during release from work
    wage_subsidy: Decimal | None = None  # euros; None when wage or months were not given
    reasons: tuple[str, ...] = ()  # German reasons, printed when not eligible


@dataclass(frozen=True)
class PartyView:
    """A company, office or authority with its postal address."""

    name: str
    address_lines: tuple[str, ...] = ()
    contact: str = ""  # phone and/or e-mail, one line


# ------------------------------------------------------------------------------------ development plan


@dataclass(frozen=True)
class CompetencyLine:
    """One competence in the plan's competence table."""

    code: str  # e.g. "1.1" or "SK.2"
    name: str  # German name
    self_level: int | None = None
    supervisor_level: int | None = None
    agreed_level: int | None = None  # agreed current level (Ist)
    target_level: int | None = None  # Soll
    priority: Priority | None = None
    not_applicable: bool = False
    note: str = ""

    @property
    def gap(self) -> int | None:
        """Target minus agreed level where positive; None when not applicable or not rated."""
        if self.not_applicable or self.agreed_level is None or self.target_level is None:
            return None
        return max(self.target_level - self.agreed_level, 0)


@dataclass(frozen=True)
class CompetencyGroupView:
    """All rated competences of one catalogue version (a plan may use several catalogues)."""

    catalogue_title: str  # e.g. "DigComp 2.2 – Digitale Kompetenzen"
    catalogue_version: str  # e.g. "2.2"
    min_level: int  # lowest level of the scale (DigComp 1, DQR-based 0)
    max_level: int  # highest level of the scale
    lines: tuple[CompetencyLine, ...]
    attribution: str = ""  # licence / source credit printed under the table (CC BY 4.0 needs it)


@dataclass(frozen=True)
class PlanMeasureView:
    """One measure of the development plan."""

    title: str
    closes_gaps: tuple[str, ...]  # competence codes, e.g. ("1.1", "4.2")
    provider: str = ""
    format: str = ""  # e.g. "Präsenz", "Online", "Blended Learning", "am Arbeitsplatz"
    hours: Decimal | None = None
    start: date | None = None
    end: date | None = None
    cost: Decimal | None = None  # course cost in euros
    azav: bool = False  # measure and provider approved under AZAV
    funding: FundingEstimateView | None = None
    pooled_course: str = ""  # name of the Verbundmaßnahme this measure belongs to, if any
    release_hours: Decimal | None = None  # release from work (Freistellung) in hours
    status: MeasureStatus = MeasureStatus.PLANNED
    responsibility: str = ""  # who organises it (person or role)
    # Completed measure with its follow-up interview done: per competence it addressed, the level before the
    # measure, the target and the level at the follow-up (printed with "Lücke geschlossen" / "noch 1 Stufe").
    outcomes: tuple[BeforeAfter, ...] = ()


@dataclass(frozen=True)
class Responsibility:
    """Who does what for the plan (one line in "Verantwortlichkeiten")."""

    party: str  # e.g. "Arbeitgeber (Frau Krüger, Personal)"
    duty: str  # e.g. "Anmeldung und Freistellung"


@dataclass(frozen=True)
class DevelopmentPlanView:
    """Everything printed in one *Individueller Entwicklungsplan*."""

    created: date  # printing date; builders never call date.today()
    company_name: str
    company_has_works_council: bool  # the Betriebsrat signature line is printed only when True
    employee_name: str
    pseudonym_code: str
    pseudonymised: bool  # True: print the pseudonym code instead of the name, everywhere
    role: str
    department: str
    interview_date: date
    advisor_name: str
    network_name: str  # the Weiterbildungsverbund / Koordinierungsstelle
    plan_version: int
    version_date: date  # "Stand" of this plan version
    starting_point: str  # free text; blank lines separate paragraphs
    goals: str
    competence_groups: tuple[CompetencyGroupView, ...]
    measures: tuple[PlanMeasureView, ...]
    responsibilities: tuple[Responsibility, ...] = ()
    next_review: date | None = None
    place: str = ""  # pre-printed place for the signature lines, e.g. "Bremen"
    consent_text_version: str = ""  # the consent text the data rest on, e.g. "2026-01"
    consent_date: date | None = None

    @property
    def employee_label(self) -> str:
        return self.pseudonym_code if self.pseudonymised else self.employee_name


# -------------------------------------------------------------------------------------- company report


@dataclass(frozen=True)
class CompanyProfileView:
    """Modul A basic data of the company."""

    name: str
    industry: str
    headcount: Decimal | int  # weighted (§ 82 Abs. 6 SGB III: part-time staff 0.25/0.5/0.75)
    headcount_incl_linked: Decimal | int  # including linked companies; funding bands depend on it
    region: str
    has_works_council: bool
    training_agreement: str  # e.g. "Betriebsvereinbarung zur Weiterbildung"; "" = none
    contact_name: str
    contact_role: str = ""
    contact_details: str = ""  # phone / e-mail
    staff_affected_share: Decimal | None = None  # share affected by structural change, fraction


@dataclass(frozen=True)
class InterviewAnswerView:
    question: str
    answer: str


@dataclass(frozen=True)
class InterviewSectionView:
    """One section of the company interview guide with its answered questions."""

    title: str  # e.g. "A3 Aktuelle und geplante Veränderungen"
    answers: tuple[InterviewAnswerView, ...]


@dataclass(frozen=True)
class HeatMapCompetence:
    code: str
    name: str


@dataclass(frozen=True)
class HeatMapCell:
    """Gap of one employee in one competence."""

    gap: int | None  # target minus agreed level, >= 0; None = not rated
    priority: Priority = Priority.MEDIUM
    not_applicable: bool = False


@dataclass(frozen=True)
class HeatMapRow:
    """One employee: cells in the order of ``CompanyReportView.competences``."""

    employee_name: str
    pseudonym_code: str
    cells: tuple[HeatMapCell, ...]


@dataclass(frozen=True)
class RecommendedMeasureView:
    """A measure recommended to the company, possibly for several employees."""

    title: str
    competence_codes: tuple[str, ...]
    provider: str = ""
    format: str = ""
    hours: Decimal | None = None
    participants: int = 1
    cost: Decimal | None = None  # total course cost for all participants, euros
    azav: bool = False
    funding: FundingEstimateView | None = None  # summed over the participants
    pooled_course: str = ""  # Verbundmaßnahme, if the measure is pooled


@dataclass(frozen=True)
class ClosedGapsView:
    """One field of action (competence): gaps that follow-up interviews after completed measures checked."""

    code: str
    name: str
    closed: int  # people whose follow-up shows the gap closed
    still_open: int  # people whose follow-up shows the gap still open


@dataclass(frozen=True)
class CompanyReportView:
    """Everything printed in the company *Bedarfsanalyse* report."""

    created: date
    profile: CompanyProfileView
    interview_date: date
    advisor_name: str
    network_name: str
    pseudonymised: bool  # True: employees appear only by pseudonym code, never by name
    drivers: tuple[InterviewSectionView, ...]
    competences: tuple[HeatMapCompetence, ...]
    rows: tuple[HeatMapRow, ...]
    measures: tuple[RecommendedMeasureView, ...]
    pooling_needs: tuple[str, ...] = ()  # anonymised lines, e.g. "3 Beschäftigte: IT-Sicherheit (Grundlagen)"
    catalogue_note: str = ""  # catalogue names, versions and attribution
    # Strengths and weaknesses (with the skilled-worker shortage), A5 cooperation, B personnel development and
    # the funding answers of the interview, as answered.
    further: tuple[InterviewSectionView, ...] = ()
    closed_gaps: tuple[ClosedGapsView, ...] = ()  # counts per field of action, catalogue order


# --------------------------------------------------------------------------------------- consent sheet


@dataclass(frozen=True)
class ConsentPurposeView:
    """One purpose the employee can consent to separately (own checkbox)."""

    title: str
    description: str
    legal_basis: str = ""
    recipients: tuple[str, ...] = ()
    ticked: bool = False  # printed ticked: recorded as given (a blank form has every box empty)


@dataclass(frozen=True)
class ConsentSheetView:
    """*Einwilligung und Information* (Art. 13 GDPR) for one employee, in the words of one text version."""

    created: date
    text_version: str  # e.g. "2026-10"; printed as "Textfassung 2026-10"
    employee_name: str  # "" prints an empty line to fill in by hand
    controller: PartyView  # the company (Verantwortlicher for purposes 1 and 2)
    processor: PartyView  # the network's coordination office: processor for 1 and 2, own controller for 3
    advisor_name: str
    purposes: tuple[ConsentPurposeView, ...]
    data_categories: tuple[str, ...]
    recipients: tuple[
        str, ...
    ]  # recipients for every purpose (HR, works council); per purpose in ``purposes``
    storage_period: str  # plain sentence, e.g. "bis zum Ende der Beratung, längstens 36 Monate …"
    supervisory_authority: PartyView | None  # None: the sheet names the authority of the company's Land
    data_protection_officer: PartyView | None = None  # the company's
    network_data_protection_officer: PartyView | None = None
    ask_severe_disability: bool = False  # print the separate explicit consent (Art. 9 GDPR)
    place: str = ""
    third_country_note: str = ""  # "" prints: no transfer outside the EU/EEA
    recorded: bool = False  # True: ticks show what was recorded; False: a blank form to tick by hand
    texts: SheetText = dataclasses.field(default_factory=sheet_text)


# -------------------------------------------------------------------------------------------- pseudonyms

T = TypeVar("T")


def _person(full_name: str) -> PersonName:
    """A printed full name split for the matcher; the last word is taken as the surname."""
    words = full_name.split()
    return PersonName(" ".join(words[:-1]), words[-1] if words else "")


def scrub_names(value: T, names: Mapping[str, str] | Pseudonymiser) -> T:
    """Return a copy of ``value`` (dataclass, tuple or str) with each name replaced by its pseudonym.

    ``names`` maps a full name to its pseudonym code (or is a ready :class:`Pseudonymiser` that knows first and
    last names apart). Matching is the one of :mod:`verbund_desktop.assessment.names`: whole words, any case,
    Unicode-normalised, the usual written forms. Enum members and other non-text values stay untouched.
    """
    if not isinstance(names, Pseudonymiser):
        people = [(_person(name), code) for name, code in names.items() if name.strip()]
        if not people:
            return value
        names = Pseudonymiser(people)
    scrubbed: T = _scrub(value, names)
    return scrubbed


def _scrub(value: Any, pseudonymise: Callable[[str], str]) -> Any:
    if type(value) is str:
        return pseudonymise(value)
    if type(value) is tuple:
        return tuple(_scrub(item, pseudonymise) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            field.name: _scrub(getattr(value, field.name), pseudonymise)
            for field in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value


@dataclass(frozen=True)
class RecordedAnswer:
    """One question of the needs interview as entered: the answer in words and the advisor's note."""

    question: str
    answer: str
    note: str = ""
    required: bool = False


@dataclass(frozen=True)
class RecordedSection:
    title: str
    answers: tuple[RecordedAnswer, ...]


@dataclass(frozen=True)
class InterviewRecordView:
    """The whole needs interview, every relevant question with its answer (printout „Gespräch wie erfasst“)."""

    company_name: str
    network_name: str
    guide: str
    status: str
    conducted_on: date
    interviewees: str
    sections: tuple[RecordedSection, ...]
    created: date
