"""Reading a catalogue in the official openQCAT 1.1 structure (as KURSNET's exporter and providers' tools write it).

The document has passed :func:`openqcat_structure.structure_problems` (and the official XSD when the user gave
one). An **offer** is a ``SERVICE`` whose ``EDUCATION`` has ``type="true"``; a **dated run** one with
``type="false"`` whose ``COURSE_ID`` names its offer. Course facts are in ``EDUCATION/MODULE_COURSE``, the form
of instruction is a code (``EXTENDED_INFO/INSTRUCTION_FORM type``). openQCAT has **no hour count**: the offer's
``hours`` stay None and its ``DURATION`` class is kept; the review step asks a person for the hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from lxml import etree

from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.offer_import import (
    ImportedCatalogue,
    ImportedOffer,
    ImportedRun,
    OfferRun,
    checked_catalogue,
    format_from_text,
    service_location,
)
from verbund_desktop.assessment.offers import OfferFormat
from verbund_desktop.assessment.openqcat_codes import (
    AZAV_FUNDING_TYPES,
    CERTIFICATE_APPROVED,
    INSTRUCTION_FORMS,
    INSTRUCTION_TIMES,
)
from verbund_desktop.assessment.openqcat_structure import parse_date

FILE_FORMAT = "openQCAT 1.1"


@dataclass(frozen=True)
class _Provider:
    id: str
    name: str
    certified: bool
    ids: frozenset[str]  # every SUPPLIER_ID it gives (services refer to one of them)


def read_official(root: etree._Element, file_label: str) -> ImportedCatalogue:
    """The catalogue of a structurally checked document; OfferImportError naming each problem."""
    header = root.find("HEADER")
    assert header is not None  # checked
    providers = [_provider(s) for s in header.findall("SUPPLIER")]
    update = root.find("UPDATE_CATALOG")
    body = update if update is not None else root.find("NEW_CATALOG")
    assert body is not None  # checked
    full = update is None and body.get("FULLCATALOG", "true").strip() in ("true", "1")
    problems: list[str] = []
    deleted = []
    for service in body.findall("DELETE/SERVICE"):
        provider = _provider_of(service, providers, problems)
        deleted.append((provider.id, _text(service, "PRODUCT_ID")))
    offers: list[ImportedOffer] = []
    runs: list[ImportedRun] = []
    for service in body.findall("NEW/SERVICE" if update is not None else "SERVICE"):
        _read_service(service, _provider_of(service, providers, problems), offers, runs, problems)
    catalog = header.find("CATALOG")
    names = ", ".join(p.name for p in providers)
    catalogue = ImportedCatalogue(
        source=f"{FILE_FORMAT}: {names} – Katalog {_text(catalog, 'CATALOG_ID')}, "
        f"Version {_text(catalog, 'CATALOG_VERSION')}",
        file_format=FILE_FORMAT,
        full=full,
        offers=tuple(offers),
        runs=tuple(runs),
        deleted=tuple(deleted),
        file_label=file_label,
    )
    return checked_catalogue(catalogue, file_label, problems)


def _provider(supplier: etree._Element) -> _Provider:
    ids = [_normalised(e.text) for e in supplier.findall("SUPPLIER_ID")]
    certified = any(
        _integer(c.findtext("CERTIFICATE_STATUS")) == CERTIFICATE_APPROVED
        for c in supplier.findall("CERTIFICATE")
    )
    return _Provider(ids[0], _text(supplier, "SUPPLIER_NAME"), certified, frozenset(ids))


def _provider_of(service: etree._Element, providers: list[_Provider], problems: list[str]) -> _Provider:
    """The supplier a service belongs to: the one its SUPPLIER_ID_REF names, else the file's only supplier."""
    ref = service.find("SUPPLIER_ID_REF")
    if ref is not None:
        for provider in providers:
            if _normalised(ref.text) in provider.ids:
                return provider
    if len(providers) == 1:
        return providers[
            0
        ]  # a single supplier sends its own catalogue (the BA's example refers to another ID)
    problems.append(
        Message(
            "{where}: SUPPLIER_ID_REF nennt keinen der Anbieter im HEADER (bei mehreren Anbietern ist die Angabe nötig).",
            where=service_location(service.sourceline, _text(service, "PRODUCT_ID")),
        )
    )
    return providers[0]


def _read_service(
    service: etree._Element,
    provider: _Provider,
    offers: list[ImportedOffer],
    runs: list[ImportedRun],
    problems: list[str],
) -> None:
    product_id = _text(service, "PRODUCT_ID")
    where = service_location(service.sourceline, product_id)
    education = service.find("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION")
    assert education is not None  # checked
    course_id = _text(education, "COURSE_ID")
    if education.get("type", "").strip() in ("true", "1"):
        if course_id and course_id != product_id:
            problems.append(
                Message(
                    "{where}: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein (oder fehlen).",
                    where=where,
                )
            )
        offers.append(_offer(service, education, provider, where, problems))
    elif not course_id:
        problems.append(
            Message(
                '{where}: Ein Termin (EDUCATION type="false") braucht COURSE_ID, die ID seines Angebots.',
                where=where,
            )
        )
    else:
        for run in _runs(service, product_id):
            runs.append(ImportedRun(provider.id, course_id, run, where))


def _offer(
    service: etree._Element,
    education: etree._Element,
    provider: _Provider,
    where: Message,
    problems: list[str],
) -> ImportedOffer:
    details = service.find("SERVICE_DETAILS")
    course = education.find("MODULE_COURSE")
    azav_measure = _azav_measure(education)
    return ImportedOffer(
        provider_id=provider.id,
        provider=provider.name,
        course_id=_text(service, "PRODUCT_ID"),
        title=_text(details, "TITLE"),
        description=_multiline(details, "DESCRIPTION_LONG"),
        hours=None,  # openQCAT has no hour count
        cost_eur=_price(service),
        format=_format(education, where, problems),
        location=_text(course, "LOCATION/CITY"),
        runs=_runs(service, ""),
        schedule=_schedule(education, course),
        certificate=_text(education, "DEGREE/DEGREE_TITLE"),
        min_participants=_integer(_text(course, "MIN_PARTICIPANTS")),
        max_participants=_integer(_text(course, "MAX_PARTICIPANTS")),
        azav_measure=azav_measure,
        azav_provider=provider.certified or azav_measure,
        where=where,
        duration_class=_duration_class(course),
    )


def _duration_class(course: etree._Element | None) -> int | None:
    duration = course.find("DURATION") if course is not None else None
    return _integer(duration.get("type")) if duration is not None else None


def _format(education: etree._Element, where: Message, problems: list[str]) -> OfferFormat:
    """The format from the INSTRUCTION_FORM code (its text for a code we do not know); Inhouse when marked so."""
    if _text(education, "EXTENDED_INFO/INHOUSE_SEMINAR") in ("true", "1"):
        return OfferFormat.INHOUSE
    form = education.find("EXTENDED_INFO/INSTRUCTION_FORM")
    if form is None:
        return OfferFormat.PRAESENZ
    code = _integer(form.get("type"))
    known = INSTRUCTION_FORMS.get(code) if code is not None else None
    found = known or format_from_text(_normalised(form.text))
    if found is None:
        problems.append(
            Message(
                "{where}: Die Unterrichtsform {code} („{text}“, EXTENDED_INFO/INSTRUCTION_FORM) ist unbekannt.",
                where=where,
                code=code,
                text=_normalised(form.text),
            )
        )
        return OfferFormat.PRAESENZ
    return found


def _schedule(education: etree._Element, course: etree._Element | None) -> str:
    time = education.find("EXTENDED_INFO/INSTRUCTION_TIME")
    label = ""
    if time is not None:
        label = _normalised(time.text) or INSTRUCTION_TIMES.get(_integer(time.get("type")) or 0, "")
    parts = (label, _text(course, "INSTRUCTION_REMARKS"))
    return " – ".join(part for part in parts if part)


def _azav_measure(education: etree._Element) -> bool:
    """Approved under the AZAV: a certificate with status „zugelassen“, or a federal funding type that needs it."""
    approved = any(
        _integer(c.findtext("CERTIFICATE_STATUS")) == CERTIFICATE_APPROVED
        for c in education.findall("CERTIFICATE")
    )
    funding = {_integer(f.get("type")) for f in education.findall("EXTENDED_INFO/FUNDING_TYPES_FEDERAL")}
    return approved or bool(funding & AZAV_FUNDING_TYPES)


def _price(service: etree._Element) -> Decimal:
    amounts = service.findall("SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_AMOUNT")
    if not amounts:
        return Decimal(0)
    try:
        return Decimal(_normalised(amounts[0].text))
    except InvalidOperation:
        return Decimal("NaN")  # checked before; reported by the shared checks if it ever gets here


def _runs(service: etree._Element, run_id: str) -> tuple[OfferRun, ...]:
    """The service's SERVICE_DATE as a run (none without a start date)."""
    element = service.find("SERVICE_DETAILS/SERVICE_DATE")
    start = parse_date(element.findtext("START_DATE")) if element is not None else None
    if element is None or start is None:
        return ()
    return (OfferRun(start, parse_date(element.findtext("END_DATE")), run_id),)


def _text(element: etree._Element | None, path: str) -> str:
    """The whitespace-normalised text of the first ``path`` below ``element`` ("" when absent)."""
    found = element.find(path) if element is not None else None
    return _normalised(found.text) if found is not None else ""


def _multiline(element: etree._Element | None, path: str) -> str:
    """The text with its paragraphs kept (descriptions), trimmed."""
    found = element.find(path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _normalised(text: str | None) -> str:
    return " ".join((text or "").split())


def _integer(text: str | None) -> int | None:
    try:
        return int((text or "").strip())
    except ValueError:
        return None
