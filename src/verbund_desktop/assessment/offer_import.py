"""What a provider's catalogue holds once read (openQCAT or the spreadsheet template), and the checks both share.

A catalogue is read completely and checked before anything is stored: any problem ends in one
:class:`OfferImportError` listing every problem found (element or row, German), and nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.offers import OfferFormat

# More problems than this are summarised: a foreign file would otherwise list thousands.
MAX_LISTED_PROBLEMS = 30
# Spreadsheet rows or openQCAT services per file; a network's catalogues hold a few thousand courses.
MAX_OFFERS_PER_FILE = 20_000


class OfferImportError(UserError):
    """A catalogue that cannot be imported; ``problems`` names each row or element at fault, nothing changed."""

    def __init__(self, file_label: str, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        listed = list(self.problems[:MAX_LISTED_PROBLEMS])
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            listed.append(f"… und {len(self.problems) - MAX_LISTED_PROBLEMS} weitere Probleme.")
        super().__init__(
            f"Die Datei „{file_label}“ wurde nicht eingelesen, es wurde nichts geändert:\n"
            + "\n".join(f"– {p}" for p in listed)
        )


@dataclass(frozen=True)
class OfferRun:
    """One dated run of a course."""

    start: date
    end: date | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat() if self.end else None}


@dataclass(frozen=True)
class ImportedOffer:
    """One course as the provider describes it; ``where`` names its row or element for messages."""

    provider_id: str
    provider: str
    course_id: str
    title: str
    description: str
    hours: Decimal
    cost_eur: Decimal
    format: OfferFormat
    location: str
    runs: tuple[OfferRun, ...]
    schedule: str
    certificate: str
    min_participants: int | None
    max_participants: int | None
    azav_measure: bool
    azav_provider: bool
    where: str = ""
    withdrawn: bool = False  # an update catalogue's "delete": the offer is retired


@dataclass(frozen=True)
class ImportedCatalogue:
    """A provider catalogue. A ``full`` one replaces its providers' offers: the ones missing are retired."""

    source: str
    file_format: str
    full: bool
    offers: tuple[ImportedOffer, ...]

    def provider_ids(self) -> tuple[str, ...]:
        return tuple(sorted({offer.provider_id for offer in self.offers}))


def offer_problems(offer: ImportedOffer) -> list[str]:
    """What is wrong with one offer (empty when it can be stored), each naming ``offer.where``."""
    where = offer.where
    problems: list[str] = []
    if offer.withdrawn:
        return problems
    if not offer.hours.is_finite() or offer.hours <= 0:
        problems.append(f"{where}: Die Stundenzahl muss größer als 0 sein.")
    if not offer.cost_eur.is_finite() or offer.cost_eur < 0:
        problems.append(f"{where}: Die Kosten dürfen nicht negativ sein.")
    if offer.azav_measure and not offer.azav_provider:
        problems.append(f"{where}: Eine AZAV-zugelassene Maßnahme setzt einen zugelassenen Träger voraus.")
    low, high = offer.min_participants, offer.max_participants
    if low is not None and high is not None and low > high:
        problems.append(
            f"{where}: Die Mindestzahl ({low}) ist größer als die Höchstzahl ({high}) der Teilnehmenden."
        )
    for run in offer.runs:
        if run.end is not None and run.end < run.start:
            problems.append(
                f"{where}: Der Termin endet ({run.end.isoformat()}) vor seinem Beginn ({run.start.isoformat()})."
            )
    if len({run.start for run in offer.runs}) != len(offer.runs):
        problems.append(f"{where}: Ein Beginn-Datum kommt mehrfach vor.")
    return problems


def catalogue_problems(offers: Iterable[ImportedOffer]) -> list[str]:
    """Every offer's problems, and IDs that occur twice in the same file."""
    problems: list[str] = []
    first_seen: dict[tuple[str, str], str] = {}
    for offer in offers:
        problems.extend(offer_problems(offer))
        ident = (offer.provider_id, offer.course_id)
        if ident in first_seen:
            problems.append(
                f"{offer.where}: Die Kurs-ID „{offer.course_id}“ des Anbieters „{offer.provider_id}“ "
                f"kommt schon bei {first_seen[ident]} vor."
            )
        else:
            first_seen[ident] = offer.where
    return problems


def checked_catalogue(
    catalogue: ImportedCatalogue, file_label: str, problems: Sequence[str] = ()
) -> ImportedCatalogue:
    """``catalogue`` when it and ``problems`` (found while reading) are free of problems; else OfferImportError."""
    found = [*problems, *catalogue_problems(catalogue.offers)]
    if len(catalogue.offers) > MAX_OFFERS_PER_FILE:
        found.append(f"Die Datei enthält mehr als {MAX_OFFERS_PER_FILE} Angebote.")
    if found:
        raise OfferImportError(file_label, found)
    return catalogue


# Words in a provider's text that say which format a course has, most specific first.
_FORMAT_WORDS = (
    ("blended", OfferFormat.BLENDED),
    ("e-learning", OfferFormat.E_LEARNING),
    ("elearning", OfferFormat.E_LEARNING),
    ("inhouse", OfferFormat.INHOUSE),
    ("fern", OfferFormat.ONLINE),
    ("online", OfferFormat.ONLINE),
    ("virtuell", OfferFormat.ONLINE),
    ("präsenz", OfferFormat.PRAESENZ),
)


def format_from_text(text: str) -> OfferFormat | None:
    """The offer format a provider's wording names (``Präsenzunterricht``, ``Online``, ``Blended Learning`` …)."""
    lowered = text.strip().lower()
    try:
        return OfferFormat(lowered)
    except ValueError:
        pass
    for word, value in _FORMAT_WORDS:
        if word in lowered:
            return value
    return None
