"""The data model of a dated § 82 SGB III rule set: facts with status and legal source, bands, special rules.

Loading and checking live in :mod:`funding_rules`, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.assessment.german import format_date

T = TypeVar("T")


class FundingRuleError(UserError, ValueError):
    """A rule set is malformed, inconsistent or does not cover a date; the message is German."""


class FactStatus(StrEnum):
    """How well a fact is backed: read in the named source, secondary source, or unverified."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"

    @property
    def label_de(self) -> str:
        return {
            FactStatus.VERIFIED: "in der Quelle geprüft",
            FactStatus.SECONDARY: "Angabe aus Sekundärquelle",
            FactStatus.UNVERIFIED: "ungeprüfte Angabe",
        }[self]


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One value of a rule set with its status and a German note on where it comes from."""

    value: T
    status: FactStatus
    note_de: str
    source: str | None = None  # the legal source, e.g. "§ 82 Abs. 1 Satz 1 Nr. 4 SGB III"


@dataclass(frozen=True)
class FundingConditions:
    """The eligibility conditions of one rule set."""

    min_hours_exclusive: Fact[int]
    min_years_since_qualification: Fact[int]
    min_years_since_last_funding: Fact[int]
    azav_measure_required: Fact[bool]
    azav_provider_required: Fact[bool]
    employer_obligation_excluded: Fact[bool]
    # § 324 Abs. 1: the application must come before the start; None in rule sets written before it was kept.
    application_before_start: Fact[bool] | None = None


@dataclass(frozen=True)
class ShareBand:
    """A funding share for companies with ``from_employees <= size < below_employees`` (None: open end)."""

    from_employees: int
    below_employees: int | None
    share: Decimal
    up_to: bool
    status: FactStatus
    note_de: str
    source: str | None = None

    def contains(self, company_size: Decimal) -> bool:
        return self.from_employees <= company_size and (
            self.below_employees is None or company_size < self.below_employees
        )

    @property
    def label_de(self) -> str:
        if self.below_employees is None:
            return f"ab {self.from_employees} Beschäftigte"
        return f"{self.from_employees} bis unter {self.below_employees} Beschäftigte"


@dataclass(frozen=True)
class OlderOrDisabledRule:
    """Full course costs for employees aged ``min_age``+ or severely disabled in smaller companies."""

    min_age: int
    below_employees: int
    course_cost_share: Decimal
    up_to: bool
    status: FactStatus
    note_de: str
    source: str | None = None


@dataclass(frozen=True)
class NoQualificationRule:
    """Employees without a vocational qualification whose measure leads to one."""

    course_cost_share: Decimal
    wage_subsidy_share: Decimal
    wage_up_to: bool
    status: FactStatus
    note_de: str
    source: str | None = None


class BonusKind(StrEnum):
    TRAINING_AGREEMENT = "training_agreement"
    STRUCTURAL_CHANGE = "structural_change"


@dataclass(frozen=True)
class BonusRule:
    """Percentage points added to the shares from ``valid_from``; ``applied=False`` marks an open point.

    ``discretionary``: a Kann-Leistung; the estimate adds the points as the maximum and says so.
    """

    kind: BonusKind
    label_de: str
    points: Decimal
    valid_from: date
    applied: bool
    applies_to: tuple[str, ...]
    min_share: Decimal | None
    min_share_sme: Decimal | None
    sme_below_employees: int | None
    status: FactStatus
    note_de: str
    discretionary: bool = False
    source: str | None = None

    @property
    def applies_to_course_cost(self) -> bool:
        return "course_cost" in self.applies_to

    @property
    def applies_to_wage_subsidy(self) -> bool:
        return "wage_subsidy" in self.applies_to


@dataclass(frozen=True)
class WageBaseRule:
    """What the wage subsidy is computed on: the wage plus a flat employer share of social security."""

    employer_social_security_flat_rate: Decimal
    status: FactStatus
    note_de: str
    source: str | None = None


@dataclass(frozen=True)
class FundingRuleSet:
    """One dated version of § 82 SGB III as the estimate applies it."""

    key: str
    title: str
    valid_from: date
    valid_to: date | None
    source: str
    validity_status: FactStatus
    validity_note_de: str
    conditions: FundingConditions
    course_cost_bands: tuple[ShareBand, ...]
    wage_subsidy_bands: tuple[ShareBand, ...]
    older_or_severely_disabled: OlderOrDisabledRule | None
    no_vocational_qualification: NoQualificationRule | None
    bonuses: tuple[BonusRule, ...]
    notes_de: tuple[str, ...] = ()
    validity_source: str | None = None
    wage_subsidy_base: WageBaseRule | None = None  # None: the wage alone (older rule sets)

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def course_cost_band(self, company_size: Decimal) -> ShareBand:
        return _band_for(self.course_cost_bands, company_size)

    def wage_subsidy_band(self, company_size: Decimal) -> ShareBand:
        return _band_for(self.wage_subsidy_bands, company_size)

    @property
    def validity_de(self) -> str:
        return str(self.validity)

    @property
    def validity(self) -> Message:
        """„gültig ab 01.04.2024“ / „gültig vom … bis …“, a message part the UI says in its language."""
        if self.valid_to is None:
            return Message("gültig ab {start}", start=self.valid_from)
        return Message("gültig vom {start} bis {end}", start=self.valid_from, end=self.valid_to)


def _band_for(bands: Sequence[ShareBand], company_size: Decimal) -> ShareBand:
    for band in bands:
        if band.contains(company_size):
            return band
    raise FundingRuleError(
        Message("Für die Betriebsgröße {size} enthält das Regelwerk keinen Fördersatz.", size=company_size)
    )


# The funding code's name for the one German date format.
format_date_de = format_date
