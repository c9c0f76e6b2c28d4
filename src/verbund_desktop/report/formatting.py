"""Text helpers and the standard notices printed on documents; numbers, money and dates come from the one
German formatter (:mod:`verbund_desktop.assessment.german`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from xml.sax.saxutils import escape

# Re-exported: the report layer's names for the one German formatter.
from verbund_desktop.assessment.german import DASH as DASH
from verbund_desktop.assessment.german import format_date as format_date
from verbund_desktop.assessment.german import format_euro, format_percent
from verbund_desktop.assessment.german import format_hours as format_hours
from verbund_desktop.assessment.german import format_number as format_number
from verbund_desktop.assessment.german import format_period as format_period
from verbund_desktop.report.hyphenation import soft_hyphens
from verbund_desktop.report.viewmodels import FundingEstimateView

format_eur = format_euro
format_share = format_percent


def format_level(level: int | None) -> str:
    return DASH if level is None else str(level)


def yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def or_dash(text: str) -> str:
    """The text itself, or a dash when nothing was recorded."""
    return text.strip() or DASH


def markup(text: str) -> str:
    """Escape free text for a ReportLab Paragraph; keep line breaks; long „…/r“ words may be hyphenated."""
    return soft_hyphens(escape(text.strip())).replace("\n", "<br/>")


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
