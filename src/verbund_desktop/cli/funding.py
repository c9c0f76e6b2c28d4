"""``verbund funding estimate``: a § 82 SGB III funding estimate on the command line."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from verbund_desktop.assessment.funding_format import format_headcount, parse_weighted_headcount
from verbund_desktop.cli.common import CliError

if TYPE_CHECKING:
    from verbund_desktop.assessment.funding import FundingEstimate, FundingInput, FundingRuleSet

# The § 82 rules (and jsonschema, which checks rule files) load when an estimate is made: every other
# `verbund` command imports this module to register its parser.

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d+([.,]\d+)?")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``funding estimate`` to the ``verbund`` command."""
    funding = subparsers.add_parser("funding", help="Förderschätzung nach § 82 SGB III.")
    funding_sub = funding.add_subparsers(dest="funding_command", metavar="BEFEHL")
    funding_sub.required = True
    estimate = funding_sub.add_parser(
        "estimate",
        help="Förderung einer Weiterbildung nach § 82 SGB III schätzen.",
        description="Schätzt Zuschüsse der Agentur für Arbeit zu Lehrgangskosten und Arbeitsentgelt nach "
        "§ 82 SGB III. Das Ergebnis ist eine unverbindliche Schätzung, keine Förderzusage.",
    )
    estimate.add_argument("--start", required=True, metavar="JJJJ-MM-TT", help="Beginn der Maßnahme.")
    estimate.add_argument(
        "--company-size",
        required=True,
        metavar="N",
        help="Zahl der Beschäftigten des Betriebs einschließlich verbundener Unternehmen; Teilzeitkräfte "
        "anteilig nach § 82 Abs. 6 SGB III (0,25/0,5/0,75), z. B. 49,75 oder 49.75.",
    )
    estimate.add_argument("--age", required=True, metavar="N", help="Alter der/des Beschäftigten bei Beginn.")
    estimate.add_argument("--hours", required=True, metavar="N", help="Umfang der Maßnahme in Stunden.")
    estimate.add_argument("--course-cost", required=True, metavar="EUR", help="Lehrgangskosten in Euro.")
    estimate.add_argument(
        "--monthly-wage", metavar="EUR", help="Monatliches Arbeitsentgelt in Euro (mit --months)."
    )
    estimate.add_argument(
        "--months", metavar="N", help="Freistellung für die Maßnahme in Monaten (mit --monthly-wage)."
    )
    _add_person_and_company_options(estimate)
    estimate.set_defaults(func=run_estimate)


def _add_person_and_company_options(estimate: argparse.ArgumentParser) -> None:
    """Options about the employee, the company, the application and the rule sets."""
    qualification = estimate.add_mutually_exclusive_group()
    qualification.add_argument("--qualification-year", metavar="JJJJ", help="Jahr des Berufsabschlusses.")
    qualification.add_argument(
        "--no-qualification", action="store_true", help="Die/der Beschäftigte hat keinen Berufsabschluss."
    )
    estimate.add_argument(
        "--leads-to-qualification",
        action="store_true",
        help="Die Maßnahme führt zu einem Berufsabschluss (zusammen mit --no-qualification).",
    )
    estimate.add_argument(
        "--application-date",
        metavar="JJJJ-MM-TT",
        help="Tag der Antragstellung (Standard: der Tag vor dem Beginn); die Wartezeit wird von ihm "
        "zurückgerechnet, der Antrag muss vor dem Beginn liegen (§ 324 SGB III).",
    )
    estimate.add_argument(
        "--last-funded-end",
        "--last-funding",
        dest="last_funding",
        metavar="JJJJ-MM-TT",
        help="Tag, an dem die letzte nach § 82 SGB III geförderte Teilnahme endete.",
    )
    estimate.add_argument(
        "--severely-disabled", action="store_true", help="Die/der Beschäftigte ist schwerbehindert."
    )
    estimate.add_argument(
        "--no-azav", action="store_true", help="Maßnahme und Träger sind nicht nach AZAV zugelassen."
    )
    estimate.add_argument(
        "--company-agreement",
        action="store_true",
        help="Eine Betriebsvereinbarung oder ein Tarifvertrag sieht betriebliche Weiterbildung vor.",
    )
    estimate.add_argument(
        "--share-affected",
        metavar="PROZENT",
        help="Anteil der vom Strukturwandel betroffenen Beschäftigten in %%.",
    )
    estimate.add_argument(
        "--employer-obligation",
        action="store_true",
        help="Der Arbeitgeber ist zu dieser Weiterbildung gesetzlich verpflichtet (dann keine Förderung).",
    )
    estimate.add_argument(
        "--rules",
        action="append",
        type=Path,
        metavar="DATEI",
        help="Regelwerk-Datei (mehrfach möglich) statt der mitgelieferten Regelwerke, z. B. eine "
        "korrigierte Fassung der Koordinierungsstelle.",
    )
    estimate.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben.")


def run_estimate(args: argparse.Namespace) -> int:
    """Run ``funding estimate``; raise :class:`CliError` with a German message on bad input."""
    from verbund_desktop.assessment.funding import estimate_funding

    inp = funding_input_from_args(args)
    rule_sets = _rule_sets(args.rules)
    try:
        estimate = estimate_funding(inp, rule_sets)
    except ValueError as exc:  # FundingInputError or FundingRuleError, both with German messages
        raise CliError(str(exc)) from exc
    if args.json:
        print(json.dumps(estimate.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_estimate(estimate, inp))
    return 0


def funding_input_from_args(args: argparse.Namespace) -> FundingInput:
    """Parse and check the command-line values; German :class:`CliError` for anything unreadable."""
    from verbund_desktop.assessment.funding import FundingInput

    if (args.monthly_wage is None) != (args.months is None):
        raise CliError("--monthly-wage und --months müssen zusammen angegeben werden.")
    if args.leads_to_qualification and not args.no_qualification:
        raise CliError("--leads-to-qualification gilt nur zusammen mit --no-qualification.")
    share = _decimal(args.share_affected, "--share-affected")
    if share is not None and share > 100:
        raise CliError("--share-affected ist ein Prozentwert und darf höchstens 100 sein.")
    return FundingInput(
        start=_date(args.start, "--start"),
        company_size=_headcount(args.company_size, "--company-size"),
        age=_integer(args.age, "--age"),
        hours=_required_decimal(args.hours, "--hours"),
        course_cost=_required_decimal(args.course_cost, "--course-cost"),
        monthly_wage=_decimal(args.monthly_wage, "--monthly-wage"),
        months_release=_decimal(args.months, "--months"),
        qualification_year=None
        if args.qualification_year is None
        else _integer(args.qualification_year, "--qualification-year"),
        has_vocational_qualification=not args.no_qualification,
        leads_to_qualification=args.leads_to_qualification,
        last_funding=None if args.last_funding is None else _date(args.last_funding, "--last-funded-end"),
        application_date=None
        if args.application_date is None
        else _date(args.application_date, "--application-date"),
        severely_disabled=args.severely_disabled,
        azav_measure=not args.no_azav,
        azav_provider=not args.no_azav,
        company_agreement=args.company_agreement,
        share_affected_by_change=None if share is None else share / 100,
        employer_training_obligation=args.employer_obligation,
    )


def render_estimate(estimate: FundingEstimate, inp: FundingInput) -> str:
    """The estimate as German text for the terminal."""
    from verbund_desktop.assessment.funding import format_date_de, format_euro, format_share

    rule_set = estimate.rule_set
    lines = [
        "Förderschätzung nach § 82 SGB III (Schätzung, keine Förderzusage)",
        f"Regelwerk: {rule_set.title} ({rule_set.validity_de})",
        f"Maßnahmebeginn: {format_date_de(inp.start)}",
        f"Antragstellung: {format_date_de(inp.application)}"
        + ("" if inp.application_date is not None else " (angenommen: Tag vor dem Beginn)"),
        f"Beschäftigte (gewichtet, inkl. verbundener Unternehmen): {format_headcount(inp.company_size)}",
        f"Ergebnis: {'voraussichtlich förderfähig' if estimate.eligible else 'nicht förderfähig'}",
        f"Lehrgangskosten: {format_euro(inp.course_cost)}",
        f"Zuschuss zu den Lehrgangskosten: {format_share(estimate.course_cost_share)} = "
        f"{format_euro(estimate.course_cost_subsidy)}",
        f"Verbleibende Lehrgangskosten: {format_euro(inp.course_cost - estimate.course_cost_subsidy)}",
    ]
    if estimate.wage_subsidy is None:
        lines.append("Arbeitsentgeltzuschuss: nicht berechnet (--monthly-wage und --months fehlen)")
    else:
        line = (
            f"Arbeitsentgeltzuschuss: {format_share(estimate.wage_subsidy_share)} = "
            f"{format_euro(estimate.wage_subsidy)}"
        )
        if estimate.wage_subsidy_is_maximum and estimate.wage_subsidy_without_discretionary is not None:
            line += (
                " (Höchstwert einschließlich Kann-Leistung; ohne sie "
                f"{format_share(estimate.wage_subsidy_share_without_discretionary)} = "
                f"{format_euro(estimate.wage_subsidy_without_discretionary)})"
            )
        lines.append(line)
    lines.append("Begründung:")
    lines += [f"  - {reason}" for reason in estimate.reasons]
    lines.append(f"Hinweis: {estimate.note}")
    return "\n".join(lines)


def _rule_sets(paths: list[Path] | None) -> tuple[FundingRuleSet, ...]:
    from verbund_desktop.assessment.funding import builtin_rule_sets, load_rule_sets

    try:
        return builtin_rule_sets() if not paths else load_rule_sets(paths)
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def _date(text: str, option: str) -> date:
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(
            f"{option}: „{text}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT, z. B. 2024-04-01)."
        ) from None


def _headcount(text: str, option: str) -> Decimal:
    try:
        return parse_weighted_headcount(text)
    except ValueError as exc:
        raise CliError(f"{option}: {exc}") from None


def _integer(text: str, option: str) -> int:
    if not re.fullmatch(r"-?\d{1,9}", text.strip()):
        raise CliError(f"{option}: „{text}“ ist keine ganze Zahl.")
    return int(text)


def _decimal(text: str | None, option: str) -> Decimal | None:
    if text is None:
        return None
    if not _DECIMAL.fullmatch(text.strip()):
        raise CliError(f"{option}: „{text}“ ist keine Zahl (z. B. 1500 oder 1500,50; ohne Tausenderpunkt).")
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise CliError(f"{option}: „{text}“ ist keine Zahl.") from None


def _required_decimal(text: str, option: str) -> Decimal:
    value = _decimal(text, option)
    assert value is not None  # argparse marks the option as required
    return value
