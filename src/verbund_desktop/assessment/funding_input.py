"""What a § 82 SGB III estimate needs, and the German messages for impossible input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.funding_format import validate_headcount

__all__ = ["EARLIEST_QUALIFICATION_YEAR", "MAX_AGE", "MIN_AGE", "FundingInput", "validate_funding_input"]

MIN_AGE, MAX_AGE = 14, 80
MAX_INPUT_NUMBER = Decimal(1_000_000_000)  # no course, wage or hour count comes near a billion
EARLIEST_QUALIFICATION_YEAR = 1940


@dataclass(frozen=True)
class FundingInput:
    """What the estimate needs about the employee, the company and the measure.

    ``company_size`` is the weighted headcount incl. linked companies (§ 82 Abs. 6: part-time 0.25/0.5/0.75).
    ``last_funding`` is the day the last § 82-funded participation *ended*; ``application_date`` defaults to
    the day before the start (the application must come first, § 324 Abs. 1).
    """

    start: date
    company_size: Decimal
    age: int | None
    hours: Decimal
    course_cost: Decimal
    monthly_wage: Decimal | None = None
    months_release: Decimal | None = None
    qualification_year: int | None = None
    has_vocational_qualification: bool = True
    leads_to_qualification: bool = False
    last_funding: date | None = None
    severely_disabled: bool = False
    azav_measure: bool = True
    azav_provider: bool = True
    company_agreement: bool = False
    share_affected_by_change: Decimal | None = None
    employer_training_obligation: bool = False  # training the employer must provide by law -> ineligible
    application_date: date | None = None

    @property
    def application(self) -> date:
        """The application date, or the day before the start when none is given."""
        return self.application_date if self.application_date is not None else self.start - timedelta(days=1)


def validate_funding_input(inp: FundingInput) -> list[str]:
    """German messages for impossible inputs (empty when the input can be estimated)."""
    problems: list[str] = []
    numbers = {
        "Die Stundenzahl": inp.hours,
        "Die Lehrgangskosten": inp.course_cost,
        "Das Monatsentgelt": inp.monthly_wage,
        "Die Freistellungsdauer in Monaten": inp.months_release,
        "Der Anteil der vom Wandel betroffenen Beschäftigten": inp.share_affected_by_change,
    }
    for label, value in numbers.items():
        if value is not None and not value.is_finite():
            problems.append(Message("{what} ist keine gültige Zahl.", what=Message(label)))
        elif value is not None and value < 0:
            problems.append(Message("{what} darf nicht negativ sein.", what=Message(label)))
        elif value is not None and value > MAX_INPUT_NUMBER:
            # Decimal computes with 28 digits; far larger amounts could not be rounded to the cent.
            problems.append(
                Message("Zu groß: {what} kann höchstens 1 Milliarde betragen.", what=Message(label))
            )
    if inp.hours.is_finite() and inp.hours == 0:
        problems.append("Die Stundenzahl muss größer als 0 sein.")
    problems += validate_headcount(Decimal(inp.company_size))
    if inp.age is not None and not MIN_AGE <= inp.age <= MAX_AGE:
        problems.append(
            Message(
                "Das Alter {age} ist nicht möglich (erlaubt: {low} bis {high} Jahre).",
                age=inp.age,
                low=MIN_AGE,
                high=MAX_AGE,
            )
        )
    if (inp.monthly_wage is None) != (inp.months_release is None):
        problems.append(
            "Für den Arbeitsentgeltzuschuss werden Monatsentgelt und Freistellungsmonate gemeinsam benötigt."
        )
    share = inp.share_affected_by_change
    if share is not None and share.is_finite() and share > 1:
        problems.append("Der Anteil der vom Wandel betroffenen Beschäftigten darf höchstens 100 % betragen.")
    problems += _qualification_problems(inp)
    if inp.last_funding is not None and inp.last_funding > inp.start:
        problems.append(
            Message(
                "Das Ende der letzten geförderten Teilnahme ({end}) liegt nach dem Maßnahmebeginn ({start}).",
                end=inp.last_funding,
                start=inp.start,
            )
        )
    return problems


def _qualification_problems(inp: FundingInput) -> list[str]:
    """The year of the vocational qualification against the rest of the input."""
    found: list[str] = []
    if inp.qualification_year is not None:
        if not inp.has_vocational_qualification:
            found.append("Ein Abschlussjahr ist angegeben, obwohl kein Berufsabschluss vorliegt.")
        if inp.qualification_year > inp.start.year:
            found.append(
                Message(
                    "Das Abschlussjahr {year} liegt nach dem Maßnahmebeginn ({start}).",
                    year=inp.qualification_year,
                    start=inp.start,
                )
            )
        elif inp.qualification_year < EARLIEST_QUALIFICATION_YEAR:
            found.append(
                Message("Das Abschlussjahr {year} ist nicht plausibel.", year=inp.qualification_year)
            )
    return found
