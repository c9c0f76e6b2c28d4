"""openQCAT 1.1 catalogues (the format providers deliver to KURSNET): validated against the schema, then read.

The schema is ``resources/schemas/openqcat-1.1-subset.xsd`` (see its header for what it is). The XML is parsed
without network access, DTDs or entity expansion; the encoding comes from the XML declaration (UTF-8 and
ISO-8859-15 are what providers use). Every problem names its line and element.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from lxml import etree

from verbund_desktop.assessment.offer_import import (
    ImportedCatalogue,
    ImportedOffer,
    OfferImportError,
    OfferRun,
    checked_catalogue,
    format_from_text,
)
from verbund_desktop.assessment.offers import OfferFormat
from verbund_desktop.resources import resource_path

SCHEMA_FILE = "openqcat-1.1-subset.xsd"
FILE_FORMAT = "openQCAT 1.1"
# Subsidy wordings that mean the measure is approved under the AZAV (needed for § 82 SGB III).
_AZAV_WORDS = ("azav", "bildungsgutschein", "§ 82", "§82", "qualifizierungschancen")


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource_path("schemas", SCHEMA_FILE))))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def read_openqcat(data: bytes, file_label: str) -> ImportedCatalogue:
    """The catalogue in ``data``; raises :class:`OfferImportError` naming each problem (nothing is stored)."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as err:
        line = err.lineno or 1
        raise OfferImportError(
            file_label, [f"Zeile {line}: Die Datei ist kein wohlgeformtes XML ({err.msg})."]
        ) from None
    except ValueError as err:  # e.g. an unknown encoding in the declaration
        raise OfferImportError(
            file_label, [f"Zeile 1: Die Datei kann nicht gelesen werden ({err})."]
        ) from None
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname != "OPENQCAT":
        tag = etree.QName(root).localname if root is not None and isinstance(root.tag, str) else "?"
        raise OfferImportError(
            file_label,
            [f"Zeile 1: Das Wurzelelement „{tag}“ ist kein openQCAT-Katalog (erwartet: OPENQCAT)."],
        )
    if root.getroottree().docinfo.doctype:
        raise OfferImportError(file_label, ["Zeile 1: Eine DOCTYPE-Angabe ist in openQCAT nicht erlaubt."])
    schema = _schema()
    if not schema.validate(root):
        raise OfferImportError(file_label, [_schema_message(e) for e in schema.error_log])
    return _catalogue(root, file_label)


def _catalogue(root: etree._Element, file_label: str) -> ImportedCatalogue:
    header = root.find("HEADER")
    assert header is not None  # the schema requires it
    catalog_id = _text(header, "CATALOG/CATALOG_ID")
    version = _text(header, "CATALOG/CATALOG_VERSION")
    supplier = header.find("SUPPLIER")
    assert supplier is not None
    provider_id = _text(supplier, "SUPPLIER_ID")
    provider = _text(supplier, "SUPPLIER_NAME")
    certified = any(_mentions_azav(_all_text(c)) for c in supplier.findall("CERTIFICATION"))
    full = root.find("T_NEW_CATALOG") is not None
    body = root.find("T_NEW_CATALOG" if full else "T_UPDATE_SERVICES")
    problems: list[str] = []
    offers = []
    for service in body if body is not None else ():
        if not isinstance(service.tag, str):
            continue
        offer = _offer(service, provider_id, provider, certified, problems)
        if offer is not None:
            offers.append(offer)
    catalogue = ImportedCatalogue(
        source=f"{FILE_FORMAT}: {provider} – Katalog {catalog_id}, Version {version}",
        file_format=FILE_FORMAT,
        full=full,
        offers=tuple(offers),
    )
    return checked_catalogue(catalogue, file_label, problems)


def _offer(
    service: etree._Element, provider_id: str, provider: str, certified: bool, problems: list[str]
) -> ImportedOffer | None:
    course_id = _text(service, "PRODUCT_ID")
    where = f"Zeile {service.sourceline}, SERVICE „{course_id}“"
    withdrawn = service.get("mode", "new") == "delete"
    details = service.find("SERVICE_DETAILS")
    if details is None:
        if not withdrawn:
            problems.append(f"{where}: SERVICE_DETAILS fehlt (nur beim Löschen eines Angebots entbehrlich).")
            return None
        details = etree.Element("SERVICE_DETAILS")
    course = details.find("SERVICE_MODULE/EDUCATION/COURSE")
    hours = _hours(course, where, problems, required=not withdrawn)
    instruction = _text(course, "INSTRUCTION_TYPE") if course is not None else ""
    offer_format = format_from_text(instruction) if instruction else OfferFormat.PRAESENZ
    if offer_format is None:
        problems.append(f"{where}: Die Unterrichtsart „{instruction}“ (INSTRUCTION_TYPE) ist unbekannt.")
        offer_format = OfferFormat.PRAESENZ
    subsidies = [_all_text(s) for s in details.findall("SERVICE_MODULE/EDUCATION/SUBSIDY")]
    azav_measure = any(_mentions_azav(text) for text in subsidies)
    return ImportedOffer(
        provider_id=provider_id,
        provider=provider,
        course_id=course_id,
        title=_text(details, "TITLE"),
        description=_text(details, "DESCRIPTION_LONG") or _text(details, "DESCRIPTION_SHORT"),
        hours=hours,
        cost_eur=_price(service),
        format=offer_format,
        location=_text(course, "LOCATION/CITY") if course is not None else "",
        runs=tuple(
            sorted(
                (_run(d) for d in details.findall("SERVICE_DATE")),
                key=lambda run: run.start,
            )
        ),
        schedule=" – ".join(
            t for t in (_text(course, "INSTRUCTION_FORM"), _text(course, "TIME_SCHEDULE")) if t
        )
        if course is not None
        else "",
        certificate=_text(details, "SERVICE_MODULE/EDUCATION/DEGREE/DEGREE_TITLE"),
        min_participants=_int(course, "MIN_PARTICIPANTS"),
        max_participants=_int(course, "MAX_PARTICIPANTS"),
        azav_measure=azav_measure,
        azav_provider=certified or azav_measure,
        where=where,
        withdrawn=withdrawn,
    )


def _hours(course: etree._Element | None, where: str, problems: list[str], *, required: bool) -> Decimal:
    duration = course.find("DURATION") if course is not None else None
    if duration is None or duration.get("type", "hours") != "hours":
        if required:
            problems.append(f'{where}: Die Dauer in Stunden fehlt (COURSE/DURATION type="hours").')
        return Decimal(0)
    return _decimal(duration.text)


def _price(service: etree._Element) -> Decimal:
    amounts = [_decimal(p.text) for p in service.findall("SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_AMOUNT")]
    return amounts[0] if amounts else Decimal(0)


def _run(element: etree._Element) -> OfferRun:
    from datetime import date

    start = date.fromisoformat(_text(element, "START_DATE")[:10])
    end_text = _text(element, "END_DATE")
    return OfferRun(start, date.fromisoformat(end_text[:10]) if end_text else None)


def _text(element: etree._Element | None, path: str) -> str:
    found = element.find(path) if element is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def _all_text(element: etree._Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _int(element: etree._Element | None, path: str) -> int | None:
    text = _text(element, path)
    return int(text) if text else None


def _decimal(text: str | None) -> Decimal:
    try:
        return Decimal((text or "0").strip())
    except InvalidOperation:
        return Decimal("NaN")


def _mentions_azav(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _AZAV_WORDS)


_MESSAGES = (
    (
        re.compile(
            r"Element '([^']+)': This element is not expected\. Expected is (?:one of )?\( ?(.*?) ?\)\."
        ),
        "Element „{0}“ ist an dieser Stelle nicht erlaubt (erwartet: {1}).",
    ),
    (
        re.compile(r"Element '([^']+)': This element is not expected\."),
        "Element „{0}“ ist an dieser Stelle nicht erlaubt.",
    ),
    (
        re.compile(
            r"Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)\."
        ),
        "In Element „{0}“ fehlt ein Pflichtelement (erwartet: {1}).",
    ),
    (
        re.compile(r"Element '([^']+)'(?:, attribute '([^']+)')?: \[facet '[^']+'\] The value '(.*)' .*"),
        "Element „{0}“{1}: Der Wert „{2}“ ist nicht zulässig.",
    ),
    (
        re.compile(r"Element '([^']+)'(?:, attribute '([^']+)')?: '(.*)' is not a valid value of .*"),
        "Element „{0}“{1}: „{2}“ ist kein gültiger Wert (Datum JJJJ-MM-TT, Zahl mit Punkt oder Ganzzahl).",
    ),
    (
        re.compile(r"Element '([^']+)': The attribute '([^']+)' is required but missing\."),
        "Element „{0}“: Das Pflichtattribut „{1}“ fehlt.",
    ),
    (
        re.compile(r"Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\."),
        "Element „{0}“: Das Attribut „{1}“ ist nicht erlaubt.",
    ),
)


def _schema_message(entry: etree._LogEntry) -> str:
    """A libxml2 schema error in German, with its line; unknown wordings keep the original text."""
    message = entry.message.strip()
    for pattern, template in _MESSAGES:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        groups = list(match.groups())
        if template.count("{") == 3:
            attribute = groups[1]
            groups[1] = f", Attribut „{attribute}“" if attribute else ""
        return f"Zeile {entry.line}: " + template.format(*groups)
    return f"Zeile {entry.line}: Verstoß gegen das openQCAT-Schema: {message}"
