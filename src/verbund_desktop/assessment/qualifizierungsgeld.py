"""Information on the Qualifizierungsgeld (§§ 82a–82c SGB III): which conditions the company data meet.

Information only, no amount. The thresholds count the establishment (Betrieb) the agreement covers, not the
group (§ 82a Abs. 2); the employer computes and pays it out (§ 320 Abs. 1a); it excludes § 82 funding of the
same measure. All of this is data in ``resources/funding/qualifizierungsgeld-2024.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from verbund_desktop.assessment.funding_format import FundingInputError, format_share, validate_headcount
from verbund_desktop.assessment.funding_rules import FactStatus, build_record, parse_date, read_json_document
from verbund_desktop.resources import resource_path

__all__ = ["QualifizierungsgeldCondition", "QualifizierungsgeldInfo", "qualifizierungsgeld_info"]

_ZERO, _ONE = Decimal(0), Decimal(1)


@dataclass(frozen=True)
class QualifizierungsgeldCondition:
    kind: str
    text_de: str
    status: FactStatus
    min_share: Decimal | None = None
    min_share_sme: Decimal | None = None
    sme_below_employees: int | None = None
    declaration_below_employees: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class QualifizierungsgeldInfo:
    """The conditions in German, whether each is met (None: cannot be judged from the input), and a note."""

    conditions: tuple[str, ...]
    met: tuple[bool | None, ...]
    note: str
    notes_de: tuple[str, ...] = ()


@cache
def _qualifizierungsgeld_rules() -> tuple[dict[str, Any], tuple[QualifizierungsgeldCondition, ...]]:
    path = resource_path("funding", "qualifizierungsgeld-2024.json")
    document = read_json_document(path, "qualifizierungsgeld.schema.json")
    conditions = tuple(build_record(QualifizierungsgeldCondition, raw) for raw in document["conditions"])
    return document, conditions


def qualifizierungsgeld_info(
    establishment_size: Decimal | int, share_affected: Decimal | None, has_agreement: bool, start: date
) -> QualifizierungsgeldInfo:
    """Which conditions the data of the establishment covered by the agreement meet (its own headcount).

    ``establishment_size`` is the weighted headcount of the Betrieb, not of the group.
    """
    problems = validate_headcount(Decimal(establishment_size), "Der Betrieb")
    if problems:
        raise FundingInputError(problems)
    size = Decimal(establishment_size)
    if share_affected is not None and not (share_affected.is_finite() and _ZERO <= share_affected <= _ONE):
        raise FundingInputError(
            ["Der Anteil der betroffenen Beschäftigten muss zwischen 0 und 100 % liegen."]
        )
    document, conditions = _qualifizierungsgeld_rules()
    valid_from = parse_date(document["valid_from"])
    valid_to = None if document["valid_to"] is None else parse_date(document["valid_to"])
    met: list[bool | None] = []
    for condition in conditions:
        if condition.kind == "structural_change_share" and condition.min_share is not None:
            threshold = condition.min_share
            sme_limit = condition.sme_below_employees
            if condition.min_share_sme is not None and sme_limit is not None and size < sme_limit:
                threshold = condition.min_share_sme
            met.append(None if share_affected is None else share_affected >= threshold)
        elif condition.kind == "agreement":
            declaration_limit = condition.declaration_below_employees or 0
            met.append(True if has_agreement else (None if size < declaration_limit else False))
        elif condition.kind == "start_date":
            met.append(valid_from <= start and (valid_to is None or start <= valid_to))
        else:
            met.append(None)
    note = (
        f"{document['note_de']} Höhe: {format_share(Decimal(document['rate']))} des ausgefallenen "
        f"Nettoentgelts, mit Kind {format_share(Decimal(document['rate_with_child']))}. "
        f"Quelle: {document['source']} ({FactStatus(document['status']).label_de})."
    )
    return QualifizierungsgeldInfo(
        tuple(c.text_de for c in conditions), tuple(met), note, tuple(document.get("notes_de", ()))
    )
