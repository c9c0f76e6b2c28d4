"""Carrier-neutral matching of a competence gap to training offers, and measures other than courses.

The ranking looks at what an offer teaches and what it costs the company after the estimated § 82 funding —
never at who provides it. Ties are broken by the title, the next start date and a SHA-256 of the offer's
content without the provider (an ``offer_key`` may contain the provider's name, so it is not used either).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from verbund_desktop.assessment.funding import (
    FundingEstimate,
    FundingInput,
    FundingRuleSet,
    estimate_funding,
    format_date_de,
    format_euro,
    format_share,
)

FORMAT_LABELS_DE = {
    "praesenz": "Präsenz",
    "online": "Online",
    "blended": "Blended Learning",
    "inhouse": "Inhouse",
    "e_learning": "E-Learning",
}

# Points out of 100. Coverage of the needed level step dominates; provider plays no part.
WEIGHT_COVERAGE = Decimal(45)
WEIGHT_PRECISION = Decimal(10)
WEIGHT_NET_COST = Decimal(20)
WEIGHT_HOURS = Decimal(10)
WEIGHT_FORMAT = Decimal(10)
WEIGHT_START = Decimal(5)
START_HORIZON_DAYS = 365


@dataclass(frozen=True)
class GapRef:
    """One competence gap of one employee: current and target level, priority 1 (high) to 3 (low)."""

    catalog_key: str
    competence_code: str
    current: int
    target: int
    priority: int

    @property
    def size(self) -> int:
        return max(0, self.target - self.current)


@dataclass(frozen=True)
class OfferCandidate:
    """A training offer as the ranking sees it; competences are (catalog_key, code, level_from, level_to)."""

    offer_key: str
    provider: str
    title: str
    competences: tuple[tuple[str, str, int, int], ...]
    hours: Decimal
    cost_eur: Decimal
    format: str
    start_dates: tuple[date, ...]
    azav_measure: bool
    azav_provider: bool

    def content_digest(self) -> str:
        """SHA-256 of every field except ``provider`` and ``offer_key``: a provider-blind tie-breaker."""
        content = [
            self.title,
            sorted(list(c) for c in self.competences),
            str(self.hours),
            str(self.cost_eur),
            self.format,
            sorted(d.isoformat() for d in self.start_dates),
            self.azav_measure,
            self.azav_provider,
        ]
        return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()

    def next_start(self, today: date) -> date | None:
        upcoming = [d for d in self.start_dates if d > today]
        return min(upcoming) if upcoming else None


@dataclass(frozen=True)
class FundingContext:
    """Employee and company data to estimate § 82 funding for each offer.

    With ``monthly_wage`` and ``monthly_working_hours`` the release from work is estimated as
    offer hours / monthly working hours, and the wage subsidy is included in the estimate.
    """

    company_size: Decimal | int  # weighted headcount incl. linked companies (§ 82 Abs. 6 SGB III)
    age: int | None = None
    qualification_year: int | None = None
    has_vocational_qualification: bool = True
    leads_to_qualification: bool = False
    last_funding: date | None = None
    severely_disabled: bool = False
    company_agreement: bool = False
    share_affected_by_change: Decimal | None = None
    employer_training_obligation: bool = False
    monthly_wage: Decimal | None = None
    monthly_working_hours: Decimal | None = None
    rule_sets: tuple[FundingRuleSet, ...] | None = None

    def funding_input(self, offer: OfferCandidate, start: date) -> FundingInput:
        months: Decimal | None = None
        if self.monthly_wage is not None and self.monthly_working_hours:
            months = (offer.hours / self.monthly_working_hours).quantize(Decimal("0.01"))
        return FundingInput(
            start=start,
            company_size=Decimal(self.company_size),
            age=self.age,
            hours=offer.hours,
            course_cost=offer.cost_eur,
            monthly_wage=self.monthly_wage if months is not None else None,
            months_release=months,
            qualification_year=self.qualification_year,
            has_vocational_qualification=self.has_vocational_qualification,
            leads_to_qualification=self.leads_to_qualification,
            last_funding=self.last_funding,
            severely_disabled=self.severely_disabled,
            azav_measure=offer.azav_measure,
            azav_provider=offer.azav_provider,
            company_agreement=self.company_agreement,
            share_affected_by_change=self.share_affected_by_change,
            employer_training_obligation=self.employer_training_obligation,
        )


@dataclass(frozen=True)
class RankedOffer:
    """An offer with its score (0–100), level coverage (0–1), net cost after funding and German reasons."""

    offer: OfferCandidate
    score: Decimal
    coverage: Decimal
    net_cost: Decimal
    funding: FundingEstimate | None
    reasons_de: tuple[str, ...]


@dataclass(frozen=True)
class _LevelFit:
    coverage: Decimal  # share of the needed step current → target the offer teaches
    precision: Decimal  # share of the offer's own level range that is needed
    level_from: int
    level_to: int


def _level_fit(gap: GapRef, offer: OfferCandidate) -> _LevelFit | None:
    fits: list[_LevelFit] = []
    for catalog_key, code, level_from, level_to in offer.competences:
        if (catalog_key, code) != (gap.catalog_key, gap.competence_code):
            continue
        if gap.size == 0:
            inside = Decimal(1 if level_from <= gap.current <= level_to else 0)
            fits.append(_LevelFit(inside, inside, level_from, level_to))
            continue
        overlap = max(0, min(gap.target, level_to) - max(gap.current, level_from))
        span = level_to - level_from
        precision = Decimal(overlap) / Decimal(span) if span > 0 else Decimal(0)
        fits.append(_LevelFit(Decimal(overlap) / Decimal(gap.size), precision, level_from, level_to))
    return max(fits, key=lambda fit: (fit.coverage, fit.precision), default=None)


def rank_offers(
    gap: GapRef,
    offers: Sequence[OfferCandidate],
    *,
    today: date,
    funding_context: FundingContext | None = None,
    preferred_formats: Sequence[str] = (),
) -> list[RankedOffer]:
    """Offers that address the gap's competence, best first; the provider never influences the order."""
    candidates: list[tuple[OfferCandidate, _LevelFit, FundingEstimate | None, str | None, Decimal]] = []
    for offer in offers:
        fit = _level_fit(gap, offer)
        if fit is None:
            continue
        funding, problem = _estimate(offer, today, funding_context)
        net_cost = offer.cost_eur - (funding.course_cost_subsidy if funding is not None else Decimal(0))
        candidates.append((offer, fit, funding, problem, net_cost))
    if not candidates:
        return []
    cheapest = min(net for *_, net in candidates)
    shortest = min(offer.hours for offer, *_ in candidates)
    ranked: list[RankedOffer] = []
    for offer, fit, funding, problem, net_cost in candidates:
        next_start = offer.next_start(today)
        score = (
            WEIGHT_COVERAGE * fit.coverage
            + WEIGHT_PRECISION * fit.precision
            + WEIGHT_NET_COST * _ratio(cheapest, net_cost)
            + WEIGHT_HOURS * _ratio(shortest, offer.hours)
            + WEIGHT_FORMAT * _format_preference(offer.format, preferred_formats)
            + WEIGHT_START * _start_closeness(today, next_start)
        ).quantize(Decimal("0.01"))
        reasons = _reasons(gap, offer, fit, funding, problem, net_cost, next_start, preferred_formats)
        ranked.append(RankedOffer(offer, score, fit.coverage, net_cost, funding, reasons))
    ranked.sort(
        key=lambda r: (
            -r.score,
            r.offer.title.casefold(),
            r.offer.next_start(today) or date.max,
            r.offer.content_digest(),
        )
    )
    return ranked


def _estimate(
    offer: OfferCandidate, today: date, context: FundingContext | None
) -> tuple[FundingEstimate | None, str | None]:
    if context is None:
        return None, None
    start = offer.next_start(today) or today
    try:
        return estimate_funding(context.funding_input(offer, start), context.rule_sets), None
    except ValueError as exc:  # impossible input or no rule set for the date: rank without funding
        return None, str(exc)


def _number_de(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text).replace(".", ",")


def _ratio(best: Decimal, value: Decimal) -> Decimal:
    """1 for the best (lowest) value, falling in proportion; a free or zero-hour offer counts as best."""
    if value <= 0:
        return Decimal(1)
    return max(Decimal(0), best) / value


def _format_preference(offer_format: str, preferred: Sequence[str]) -> Decimal:
    if offer_format not in preferred:
        return Decimal(0)
    return Decimal(len(preferred) - list(preferred).index(offer_format)) / Decimal(len(preferred))


def _start_closeness(today: date, next_start: date | None) -> Decimal:
    if next_start is None:
        return Decimal(0)
    days = (next_start - today).days
    return max(Decimal(0), Decimal(1) - Decimal(days) / Decimal(START_HORIZON_DAYS))


def _reasons(
    gap: GapRef,
    offer: OfferCandidate,
    fit: _LevelFit,
    funding: FundingEstimate | None,
    problem: str | None,
    net_cost: Decimal,
    next_start: date | None,
    preferred_formats: Sequence[str],
) -> tuple[str, ...]:
    reasons = [
        f"Behandelt die Kompetenz {gap.competence_code} ({gap.catalog_key}) von Stufe {fit.level_from} bis "
        f"{fit.level_to}; benötigt wird Stufe {gap.current} → {gap.target} "
        f"(Abdeckung {format_share(fit.coverage.quantize(Decimal('0.01')))})."
    ]
    if fit.level_from > gap.current:
        reasons.append(f"Setzt Stufe {fit.level_from} voraus; aktuell erreicht: Stufe {gap.current}.")
    if funding is not None and funding.eligible:
        reasons.append(
            f"Kosten {format_euro(offer.cost_eur)}; nach geschätzter Förderung "
            f"({format_share(funding.course_cost_share)} nach „{funding.rule_set.title}“) "
            f"{format_euro(net_cost)}. Schätzung, keine Förderzusage."
        )
    elif funding is not None:
        reasons.append(
            f"Kosten {format_euro(offer.cost_eur)}; laut Schätzung nicht nach § 82 SGB III förderfähig: "
            f"{funding.reasons[0]}"
        )
    elif problem is not None:
        reasons.append(f"Kosten {format_euro(offer.cost_eur)}; Förderung nicht schätzbar: {problem}")
    else:
        reasons.append(f"Kosten {format_euro(offer.cost_eur)} (Förderung nicht geschätzt).")
    reasons.append(f"Umfang: {_number_de(offer.hours)} Stunden.")
    label = FORMAT_LABELS_DE.get(offer.format, offer.format)
    wished = " – wie gewünscht" if offer.format in preferred_formats else ""
    reasons.append(f"Format: {label}{wished}.")
    if next_start is not None:
        reasons.append(f"Nächster Beginn am {format_date_de(next_start)}.")
    else:
        reasons.append("Kein künftiger Termin bekannt.")
    if offer.azav_measure and offer.azav_provider:
        reasons.append("Maßnahme und Träger sind nach AZAV zugelassen.")
    else:
        reasons.append("Keine vollständige AZAV-Zulassung (Maßnahme und Träger).")
    return tuple(reasons)
