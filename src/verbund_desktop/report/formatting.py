"""German number, money, date and text formatting, and the standard notices printed on documents."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from verbund_desktop.report.viewmodels import FundingEstimateView

DASH = "–"


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ".".join(groups)


def format_number(value: Decimal | int, decimals: int = 0) -> str:
    """``Decimal("1234.5"), 2`` → ``"1.234,50"``; rounds half up; ``-0`` prints as ``0``."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    result = _group_thousands(whole)
    if fraction:
        result += "," + fraction
    return sign + result


def format_eur(amount: Decimal | int | None) -> str:
    """``Decimal("1234.56")`` → ``"1.234,56 €"``; ``None`` → ``"–"``."""
    if amount is None:
        return DASH
    return f"{format_number(amount, 2)} €"


def format_share(share: Decimal | None) -> str:
    """A fraction as a percentage: ``Decimal("0.5")`` → ``"50 %"``, ``Decimal("0.125")`` → ``"12,5 %"``."""
    if share is None:
        return DASH
    percent = (Decimal(share) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    decimals = 0 if percent == percent.to_integral_value() else 1
    return f"{format_number(percent, decimals)} %"


def format_hours(hours: Decimal | int | None) -> str:
    """Hours without trailing zeros: ``Decimal("160")`` → ``"160"``, ``Decimal("7.5")`` → ``"7,5"``."""
    if hours is None:
        return DASH
    value = Decimal(hours)
    decimals = 0 if value == value.to_integral_value() else 1
    return format_number(value, decimals)


def format_date(value: date | None) -> str:
    """``date(2026, 11, 26)`` → ``"26.11.2026"``; ``None`` → ``"–"``."""
    if value is None:
        return DASH
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_period(start: date | None, end: date | None) -> str:
    """A date range, open ends allowed: ``"01.03.2026 – 15.04.2026"``, ``"ab 01.03.2026"``."""
    if start is None and end is None:
        return DASH
    if start is None:
        return f"bis {format_date(end)}"
    if end is None:
        return f"ab {format_date(start)}"
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def format_level(level: int | None) -> str:
    return DASH if level is None else str(level)


def yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def or_dash(text: str) -> str:
    """The text itself, or a dash when nothing was recorded."""
    return text.strip() or DASH


def markup(text: str) -> str:
    """Escape free text for a ReportLab Paragraph; keep line breaks."""
    return escape(text.strip()).replace("\n", "<br/>")


def paragraphs_of(text: str) -> list[str]:
    """Split free text at blank lines into paragraphs (escaped for ReportLab markup)."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [markup(block) for block in blocks if block]


FUNDING_DISCLAIMER = (
    "Alle Förderbeträge sind unverbindliche Schätzungen. Sie beruhen auf den angegebenen "
    "Förderregeln und auf den bei der Beratung bekannten Angaben. Ob und in welcher Höhe gefördert "
    "wird, hängt von Voraussetzungen ab, die erst im Antragsverfahren geprüft werden; "
    "maßgeblich ist die Entscheidung der Agentur für Arbeit."
)


def rule_sets_used(estimates: Iterable[FundingEstimateView | None]) -> list[tuple[str, date]]:
    """Distinct (title, valid from) of the rule sets behind the estimates, in first-seen order."""
    seen: dict[tuple[str, date], None] = {}
    for estimate in estimates:
        if estimate is not None:
            seen.setdefault((estimate.rule_set_title, estimate.rule_set_valid_from), None)
    return list(seen)


def funding_basis(estimates: Iterable[FundingEstimateView | None]) -> str:
    """ "Schätzung nach …, Stand …" for every rule set used; empty when there is no estimate."""
    used = rule_sets_used(estimates)
    if not used:
        return ""
    parts = [f"{title} (Stand {format_date(valid_from)})" for title, valid_from in used]
    return "Schätzung nach: " + "; ".join(parts) + "."


def plan_privacy_note(consent_text_version: str, consent_date: date | None) -> str:
    """Datenschutzhinweis for the development plan."""
    if consent_text_version and consent_date is not None:
        basis = (
            f"Grundlage ist Ihre Einwilligung vom {format_date(consent_date)} "
            f"(Textfassung {consent_text_version})."
        )
    elif consent_text_version:
        basis = f"Grundlage ist Ihre Einwilligung (Textfassung {consent_text_version})."
    else:
        basis = "Grundlage ist Ihre schriftliche Einwilligung."
    return (
        "Dieser Plan enthält personenbezogene Daten. Er dient allein der vereinbarten beruflichen "
        "Weiterbildung und ist keine Leistungsbeurteilung. "
        + basis
        + " Sie können die Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen und "
        "Auskunft über Ihre gespeicherten Daten verlangen. Bitte bewahren Sie den Plan "
        "vertraulich auf und geben Sie ihn nur an die Beteiligten weiter, die ihn unterschreiben."
    )


def company_privacy_note(pseudonymised: bool) -> str:
    """Datenschutzhinweis for the company report."""
    if pseudonymised:
        who = (
            "Beschäftigte erscheinen in diesem Bericht nur mit Kürzeln (Pseudonymen); "
            "die Zuordnung zu Namen liegt allein beim Betrieb. "
        )
    else:
        who = (
            "Dieser Bericht nennt Beschäftigte mit Namen und ist nur für die Personen im "
            "Betrieb bestimmt, die über Weiterbildung entscheiden. "
        )
    return (
        who + "Die Angaben zu Kompetenzen beschreiben Weiterbildungsbedarf, keine Leistung. "
        "Die Erhebung beruht auf der Einwilligung der Beschäftigten; wo ein Betriebsrat besteht, "
        "sind seine Mitbestimmungsrechte (§§ 94, 96–98 BetrVG) zu beachten. Für Verbundmaßnahmen "
        "mit anderen Betrieben werden Bedarfe nur ohne Namen und ohne Rückschluss auf "
        "einzelne Personen weitergegeben."
    )
