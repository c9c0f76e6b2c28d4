"""What a provider's catalogue holds once read (openQCAT or the spreadsheet template), and the checks both share.

A catalogue is read completely and checked before anything is stored: any problem ends in one
:class:`OfferImportError` listing every problem found (element or row, German), and nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from verbund_desktop.assessment.errors import Message, UserError, as_message
from verbund_desktop.assessment.offers import OfferFormat

# More problems than this are summarised: a foreign file would otherwise list thousands.
MAX_LISTED_PROBLEMS = 30
# Spreadsheet rows or openQCAT services per file; a network's catalogues hold a few thousand courses.
MAX_OFFERS_PER_FILE = 20_000
# Bounds that keep every value storable (Numeric(12, 2), 64-bit integers) and catch typing errors.
MAX_HOURS = 10_000
MAX_COST_EUR = 1_000_000_000
MAX_PARTICIPANTS = 10_000


class OfferImportError(UserError):
    """A catalogue that cannot be imported; ``problems`` names each row or element at fault, nothing changed."""

    def __init__(self, file_label: str, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        listed: list[str] = list(self.problems[:MAX_LISTED_PROBLEMS])
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            listed.append(
                Message("… und {count} weitere Probleme.", count=len(self.problems) - MAX_LISTED_PROBLEMS)
            )
        self._lines = (
            Message("Die Datei „{file}“ wurde nicht eingelesen, es wurde nichts geändert:", file=file_label),
            *(Message("– {problem}", problem=as_message(p)) for p in listed),
        )
        super().__init__("\n".join(self._lines))

    @property
    def messages(self) -> tuple[str, ...]:
        return self._lines


@dataclass(frozen=True)
class OfferRun:
    """One dated run of a course; ``run_id`` is the provider's ID of the run (openQCAT), empty otherwise."""

    start: date
    end: date | None = None
    run_id: str = ""

    def to_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "id": self.run_id or None,
        }


@dataclass(frozen=True)
class ImportedRun:
    """A dated run delivered on its own (openQCAT ``EDUCATION type="false"``), pointing at its offer."""

    provider_id: str
    course_id: str
    run: OfferRun
    where: str


@dataclass(frozen=True)
class ImportedOffer:
    """One course as the provider describes it; ``where`` names its row or element for messages."""

    provider_id: str
    provider: str
    course_id: str
    title: str
    description: str
    hours: Decimal | None  # None: the file has no hour count (openQCAT); the review asks for them
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
    duration_class: int | None = None  # openQCAT's DURATION type (1 = bis 3 Tage … 9 = mehr als 3 Jahre)


@dataclass(frozen=True)
class ImportedCatalogue:
    """A provider catalogue. A ``full`` one replaces its providers' offers: the ones missing are retired.

    ``runs`` are dated runs delivered separately from their offers; ``deleted`` the (provider ID, product ID)
    pairs an update catalogue deletes: an offer is retired, a run removed from its offer.
    """

    source: str
    file_format: str
    full: bool
    offers: tuple[ImportedOffer, ...]
    runs: tuple[ImportedRun, ...] = ()
    deleted: tuple[tuple[str, str], ...] = ()
    file_label: str = ""  # the file's name, for messages

    def provider_ids(self) -> tuple[str, ...]:
        ids = {o.provider_id for o in self.offers} | {r.provider_id for r in self.runs}
        return tuple(sorted(ids | {provider for provider, _product in self.deleted}))


def service_location(line: int | None, product_id: str) -> Message:
    """Where an openQCAT problem lies: „Zeile 12, SERVICE „K1““ (a part of the problem's sentence)."""
    return Message("Zeile {line}, SERVICE „{product}“", line=line, product=product_id)


def offer_problems(offer: ImportedOffer) -> list[str]:
    """What is wrong with one offer (empty when it can be stored), each naming ``offer.where``."""
    where = as_message(offer.where)
    problems: list[str] = []
    if offer.hours is not None and (not offer.hours.is_finite() or not 0 < offer.hours <= MAX_HOURS):
        problems.append(
            Message(
                "{where}: Die Stundenzahl muss größer als 0 und höchstens {limit} sein.",
                where=where,
                limit=MAX_HOURS,
            )
        )
    if not offer.cost_eur.is_finite() or not 0 <= offer.cost_eur < MAX_COST_EUR:
        problems.append(
            Message(
                "{where}: Die Kosten müssen zwischen 0 und {limit} Euro liegen.",
                where=where,
                limit=Decimal(MAX_COST_EUR),
            )
        )
    for count in (offer.min_participants, offer.max_participants):
        if count is not None and count > MAX_PARTICIPANTS:
            problems.append(
                Message(
                    "{where}: Mehr als {limit} Teilnehmende sind nicht vorgesehen.",
                    where=where,
                    limit=MAX_PARTICIPANTS,
                )
            )
    if offer.azav_measure and not offer.azav_provider:
        problems.append(
            Message(
                "{where}: Eine AZAV-zugelassene Maßnahme setzt einen zugelassenen Träger voraus.", where=where
            )
        )
    low, high = offer.min_participants, offer.max_participants
    if low is not None and high is not None and low > high:
        problems.append(
            Message(
                "{where}: Die Mindestzahl ({low}) ist größer als die Höchstzahl ({high}) der Teilnehmenden.",
                where=where,
                low=low,
                high=high,
            )
        )
    problems.extend(run_problems(offer.runs, where))
    if len({run.start for run in offer.runs}) != len(offer.runs):
        problems.append(Message("{where}: Ein Beginn-Datum kommt mehrfach vor.", where=where))
    return problems


def run_problems(runs: Iterable[OfferRun], where: str) -> list[str]:
    return [
        Message(
            "{where}: Der Termin endet ({end}) vor seinem Beginn ({start}).",
            where=as_message(where),
            end=run.end.isoformat(),
            start=run.start.isoformat(),
        )
        for run in runs
        if run.end is not None and run.end < run.start
    ]


def catalogue_problems(offers: Iterable[ImportedOffer]) -> list[str]:
    """Every offer's problems, and IDs that occur twice in the same file."""
    problems: list[str] = []
    first_seen: dict[tuple[str, str], str] = {}
    for offer in offers:
        problems.extend(offer_problems(offer))
        ident = (offer.provider_id, offer.course_id)
        if ident in first_seen:
            problems.append(
                Message(
                    "{where}: Die Kurs-ID „{course}“ des Anbieters „{provider}“ kommt schon bei {first} vor.",
                    where=as_message(offer.where),
                    course=offer.course_id,
                    provider=offer.provider_id,
                    first=as_message(first_seen[ident]),
                )
            )
        else:
            first_seen[ident] = offer.where
    return problems


def _run_reference_problems(catalogue: ImportedCatalogue) -> list[str]:
    """Runs of a full catalogue must point at one of its offers; run IDs must be unique."""
    problems: list[str] = []
    offers = {(o.provider_id, o.course_id) for o in catalogue.offers}
    seen: set[tuple[str, str]] = set()
    for item in catalogue.runs:
        problems.extend(run_problems([item.run], item.where))
        if catalogue.full and (item.provider_id, item.course_id) not in offers:
            problems.append(
                Message(
                    "{where}: Der Termin verweist auf das Angebot „{course}“, das die Datei nicht enthält.",
                    where=as_message(item.where),
                    course=item.course_id,
                )
            )
        ident = (item.provider_id, item.run.run_id)
        if ident in seen or ident in offers:
            problems.append(
                Message(
                    "{where}: Die ID „{ident}“ kommt mehrfach vor.",
                    where=as_message(item.where),
                    ident=item.run.run_id,
                )
            )
        seen.add(ident)
    return problems


def checked_catalogue(
    catalogue: ImportedCatalogue, file_label: str, problems: Sequence[str] = ()
) -> ImportedCatalogue:
    """``catalogue`` when it and ``problems`` (found while reading) are free of problems; else OfferImportError."""
    found = [*problems, *catalogue_problems(catalogue.offers), *_run_reference_problems(catalogue)]
    if len(catalogue.offers) > MAX_OFFERS_PER_FILE:
        found.append(Message("Die Datei enthält mehr als {count} Angebote.", count=MAX_OFFERS_PER_FILE))
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
