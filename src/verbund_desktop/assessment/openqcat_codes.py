"""Codes of the official openQCAT 1.1 structure that the offer import reads (the BA's KURSNET value lists).

Written from the Bundesagentur für Arbeit's published value lists (``wertebereiche``: *dauerklassen*,
*unterrichtsform*, *unterrichtszeit*, *foerderartenbund*, *zertstatus*); the labels are ours where the list's
wording is longer than a screen needs. openQCAT has no hour count: ``DURATION type`` is one of these classes.
"""

from __future__ import annotations

from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.offers import OfferFormat

# MODULE_COURSE/DURATION type (Dauerklasse).
DURATION_CLASSES: dict[int, str] = {
    0: "keine Angabe",
    1: "bis 3 Tage",
    2: "mehr als 3 Tage bis 1 Woche",
    3: "mehr als 1 Woche bis 1 Monat",
    4: "mehr als 1 Monat bis 3 Monate",
    5: "mehr als 3 Monate bis 6 Monate",
    6: "mehr als 6 Monate bis 1 Jahr",
    7: "mehr als 1 Jahr bis 2 Jahre",
    8: "mehr als 2 Jahre bis 3 Jahre",
    9: "mehr als 3 Jahre",
}

# EDUCATION/EXTENDED_INFO/INSTRUCTION_FORM type (Unterrichtsform) → our format. 0–9 are the older codes,
# 101–105 presence, 201–206 digital, 301–304 combined, 401–403 distance learning.
_PRESENCE = (0, 1, 2, 3, 6, 8, 9, 101, 102, 103, 104, 105)
INSTRUCTION_FORMS: dict[int, OfferFormat] = {
    **dict.fromkeys(_PRESENCE, OfferFormat.PRAESENZ),
    4: OfferFormat.ONLINE,
    5: OfferFormat.BLENDED,
    7: OfferFormat.INHOUSE,
    **dict.fromkeys((201, 202, 203, 205, 206, 401, 402, 403), OfferFormat.ONLINE),
    204: OfferFormat.E_LEARNING,
    **dict.fromkeys((301, 302, 303, 304), OfferFormat.BLENDED),
}

# EDUCATION/EXTENDED_INFO/INSTRUCTION_TIME type (Unterrichtszeit).
INSTRUCTION_TIMES: dict[int, str] = {1: "Vollzeit", 2: "Teilzeit"}

# EXTENDED_INFO/FUNDING_TYPES_FEDERAL types that require an AZAV-approved measure: Bildungsgutschein (2),
# Qualifizierungsgeld (8), Zuschuss bei der Qualifizierung Beschäftigter (11, § 82 SGB III), Arbeitslosengeld bei
# beruflicher Weiterbildung (12).
AZAV_FUNDING_TYPES = frozenset({2, 8, 11, 12})

# CERTIFICATE/CERTIFICATE_STATUS: 1 = zugelassen (approved under the AZAV by a certifying body).
CERTIFICATE_APPROVED = 1


def duration_label(duration_class: int | None) -> str:
    """The duration class in words („bis 3 Tage“; the labels are listed for the English UI, an unknown class is a
    ``Message``), "" without one."""
    if duration_class is None:
        return ""
    return DURATION_CLASSES.get(duration_class) or Message("Dauerklasse {number}", number=duration_class)
