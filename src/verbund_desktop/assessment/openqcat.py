"""openQCAT 1.1 catalogues (the format providers deliver to KURSNET): parsed safely, checked, then read.

Two dialects are accepted:

- the **official structure** (``EDUCATION/MODULE_COURSE``, ``UPDATE_CATALOG/DELETE|NEW``, date-times), as
  KURSNET's exporter and providers' tools write it: checked structurally in code
  (:mod:`.openqcat_structure`) and, when the user names their copy of the official XSD, against it too;
  read by :mod:`.openqcat_official`;
- the project's earlier **constructed dialect** (a ``COURSE`` element with ``DURATION type="hours"``,
  ``SERVICE mode="update|delete"``), validated against ``resources/schemas/openqcat-1.1-subset.xsd`` and read
  here. A file is taken for it when it has an ``EDUCATION/COURSE`` or a ``SERVICE`` directly in
  ``UPDATE_CATALOG``, which the official structure does not allow.

The XML is parsed without network access, DTDs or entity expansion; the encoding comes from the XML declaration
(UTF-8 and ISO-8859-15 are what providers use). Every problem names its line and element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from lxml import etree

from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.offer_import import (
    ImportedCatalogue,
    ImportedOffer,
    ImportedRun,
    OfferImportError,
    OfferRun,
    checked_catalogue,
    format_from_text,
    service_location,
)
from verbund_desktop.assessment.offers import OfferFormat
from verbund_desktop.assessment.openqcat_official import read_official
from verbund_desktop.assessment.openqcat_structure import structure_problems
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


def read_openqcat(data: bytes, file_label: str, official_xsd: bytes | None = None) -> ImportedCatalogue:
    """The catalogue in ``data``; raises :class:`OfferImportError` naming each problem (nothing is stored).

    ``official_xsd``: the user's copy of the official ``open-Qcat.V1.1.xsd``; a file in the official structure
    is then validated against it as well (the constructed dialect is not: the official XSD refuses it)."""
    root = _parsed(data, file_label)
    if _is_constructed_dialect(root):
        schema = _schema()
        if not schema.validate(root):
            raise OfferImportError(file_label, [_schema_message(e) for e in schema.error_log])
        return _catalogue(root, file_label)
    problems = structure_problems(root)
    if official_xsd is not None and not problems:
        official = official_schema(official_xsd)
        if not official.validate(root):
            problems = [_schema_message(e, _OFFICIAL_SCHEMA) for e in official.error_log]
    if problems:
        raise OfferImportError(file_label, problems)
    return read_official(root, file_label)


def official_schema(data: bytes) -> etree.XMLSchema:
    """The XSD in ``data`` (parsed like catalogues: no network, no DTD); OfferImportError when it is none."""
    try:
        return etree.XMLSchema(etree.fromstring(data, _parser()))
    except (etree.XMLSyntaxError, etree.XMLSchemaParseError, ValueError) as err:
        raise OfferImportError(
            "XSD", [Message("Die Schema-Datei (XSD) kann nicht verwendet werden: {why}.", why=str(err))]
        ) from None


def _is_constructed_dialect(root: etree._Element) -> bool:
    """The earlier constructed dialect: a COURSE element, or services directly in UPDATE_CATALOG (the
    official structure has MODULE_COURSE, and DELETE and NEW in UPDATE_CATALOG)."""
    return (
        root.find(".//SERVICE_MODULE/EDUCATION/COURSE") is not None
        or root.find("UPDATE_CATALOG/SERVICE") is not None
    )


def _parsed(data: bytes, file_label: str) -> etree._Element:
    """The root element, namespaces dropped; OfferImportError for what is not well-formed openQCAT."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as err:
        line = err.lineno or 1
        raise OfferImportError(
            file_label,
            [Message("Zeile {line}: Die Datei ist kein wohlgeformtes XML ({why}).", line=line, why=err.msg)],
        ) from None
    except ValueError as err:  # e.g. an unknown encoding in the declaration
        raise OfferImportError(
            file_label, [Message("Zeile 1: Die Datei kann nicht gelesen werden ({why}).", why=str(err))]
        ) from None
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname != "OPENQCAT":
        tag = etree.QName(root).localname if root is not None and isinstance(root.tag, str) else "?"
        raise OfferImportError(
            file_label,
            [
                Message(
                    "Zeile 1: Das Wurzelelement „{tag}“ ist kein openQCAT-Katalog (erwartet: OPENQCAT).",
                    tag=tag,
                )
            ],
        )
    if root.getroottree().docinfo.doctype:
        raise OfferImportError(file_label, ["Zeile 1: Eine DOCTYPE-Angabe ist in openQCAT nicht erlaubt."])
    _drop_namespaces(root)
    return root


def _drop_namespaces(root: etree._Element) -> None:
    """Exports that put the openQCAT elements into a namespace are read like those without one (the schema
    subset has no target namespace); attributes such as xsi:schemaLocation stay."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = etree.QName(element).localname
    etree.cleanup_namespaces(root)


def _catalogue(root: etree._Element, file_label: str) -> ImportedCatalogue:
    header = root.find("HEADER")
    assert header is not None  # the schema requires it
    catalog_id = _text(header, "CATALOG/CATALOG_ID")
    version = _text(header, "CATALOG/CATALOG_VERSION")
    supplier = header.find("SUPPLIER")
    assert supplier is not None
    provider = _Provider(
        _text(supplier, "SUPPLIER_ID"),
        _text(supplier, "SUPPLIER_NAME"),
        any(_mentions_azav(_all_text(c)) for c in supplier.findall("CERTIFICATION")),
    )
    full = root.find("NEW_CATALOG") is not None
    body = root.find("NEW_CATALOG" if full else "UPDATE_CATALOG")
    problems: list[str] = []
    offers: list[ImportedOffer] = []
    runs: list[ImportedRun] = []
    deleted: list[tuple[str, str]] = []
    for service in body.iterchildren("SERVICE") if body is not None else ():
        product_id = _text(service, "PRODUCT_ID")
        where = service_location(service.sourceline, product_id)
        if service.get("mode", "new") == "delete":
            deleted.append((provider.id, product_id))
            continue
        education = service.find("SERVICE_DETAILS/SERVICE_MODULE/EDUCATION")
        if education is None:
            problems.append(
                Message(
                    "{where}: SERVICE_DETAILS/SERVICE_MODULE/EDUCATION fehlt (Angebot oder Termin?).",
                    where=where,
                )
            )
        elif education.get("type") in ("true", "1"):
            if _text(education, "COURSE_ID") != product_id:
                problems.append(
                    Message("{where}: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein.", where=where)
                )
            offers.append(_offer(service, education, provider, where, problems))
        else:
            for run in _runs(service, product_id):
                runs.append(ImportedRun(provider.id, _text(education, "COURSE_ID"), run, where))
    catalogue = ImportedCatalogue(
        source=f"{FILE_FORMAT}: {provider.name} – Katalog {catalog_id}, Version {version}",
        file_format=FILE_FORMAT,
        full=full,
        offers=tuple(offers),
        runs=tuple(runs),
        deleted=tuple(deleted),
        file_label=file_label,
    )
    return checked_catalogue(catalogue, file_label, problems)


@dataclass(frozen=True)
class _Provider:
    id: str
    name: str
    certified: bool


def _offer(
    service: etree._Element,
    education: etree._Element,
    provider: _Provider,
    where: Message,
    problems: list[str],
) -> ImportedOffer:
    details = service.find("SERVICE_DETAILS")
    assert details is not None  # EDUCATION lies inside it
    course = education.find("COURSE")
    instruction = _text(course, "INSTRUCTION_TYPE")
    offer_format = format_from_text(instruction) if instruction else OfferFormat.PRAESENZ
    if offer_format is None:
        problems.append(
            Message(
                "{where}: Die Unterrichtsart „{instruction}“ (INSTRUCTION_TYPE) ist unbekannt.",
                where=where,
                instruction=instruction,
            )
        )
        offer_format = OfferFormat.PRAESENZ
    azav_measure = any(_mentions_azav(_all_text(s)) for s in education.findall("SUBSIDY"))
    schedule = (_text(course, "INSTRUCTION_FORM"), _text(course, "TIME_SCHEDULE"))
    return ImportedOffer(
        provider_id=provider.id,
        provider=provider.name,
        course_id=_text(service, "PRODUCT_ID"),
        title=_text(details, "TITLE"),
        description=_text(details, "DESCRIPTION_LONG") or _text(details, "DESCRIPTION_SHORT"),
        hours=_hours(course, where, problems),
        cost_eur=_price(service),
        format=offer_format,
        location=_text(course, "LOCATION/CITY"),
        runs=_runs(service, ""),
        schedule=" – ".join(t for t in schedule if t),
        certificate=_text(education, "DEGREE/DEGREE_TITLE"),
        min_participants=_int(course, "MIN_PARTICIPANTS"),
        max_participants=_int(course, "MAX_PARTICIPANTS"),
        azav_measure=azav_measure,
        azav_provider=provider.certified or azav_measure,
        where=where,
    )


def _hours(course: etree._Element | None, where: Message, problems: list[str]) -> Decimal:
    duration = course.find("DURATION") if course is not None else None
    if duration is None or duration.get("type", "hours") != "hours":
        problems.append(
            Message('{where}: Die Dauer in Stunden fehlt (COURSE/DURATION type="hours").', where=where)
        )
        return Decimal(1)  # reported above; never stored
    return _decimal(duration.text)


def _price(service: etree._Element) -> Decimal:
    amounts = [_decimal(p.text) for p in service.findall("SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_AMOUNT")]
    return amounts[0] if amounts else Decimal(0)


def _runs(service: etree._Element, run_id: str) -> tuple[OfferRun, ...]:
    """The SERVICE_DATEs of a service (dates as the schema checked them; a time zone suffix is dropped)."""
    runs = []
    for element in service.findall("SERVICE_DETAILS/SERVICE_DATE"):
        start = date.fromisoformat(_text(element, "START_DATE")[:10])
        end_text = _text(element, "END_DATE")
        runs.append(OfferRun(start, date.fromisoformat(end_text[:10]) if end_text else None, run_id))
    runs.sort(key=lambda run: run.start)
    if run_id and len(runs) > 1:  # one run per service is usual; more get numbered IDs
        runs = [OfferRun(r.start, r.end, f"{run_id}#{n}") for n, r in enumerate(runs, start=1)]
    return tuple(runs)


def _text(element: etree._Element | None, path: str) -> str:
    """The whitespace-normalised text of the first ``path`` below ``element`` ("" when absent)."""
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
        "Element „{element}“ ist an dieser Stelle nicht erlaubt (erwartet: {expected}).",
        ("element", "expected"),
    ),
    (
        re.compile(r"Element '([^']+)': This element is not expected\."),
        "Element „{element}“ ist an dieser Stelle nicht erlaubt.",
        ("element",),
    ),
    (
        re.compile(
            r"Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)\."
        ),
        "In Element „{element}“ fehlt ein Pflichtelement (erwartet: {expected}).",
        ("element", "expected"),
    ),
    (
        re.compile(r"Element '([^']+)'(?:, attribute '([^']+)')?: \[facet '[^']+'\] The value '(.*)' .*"),
        "Element „{element}“{attribute}: Der Wert „{value}“ ist nicht zulässig.",
        ("element", "attribute", "value"),
    ),
    (
        re.compile(r"Element '([^']+)'(?:, attribute '([^']+)')?: '(.*)' is not a valid value of .*"),
        "Element „{element}“{attribute}: „{value}“ ist kein gültiger Wert (Datum JJJJ-MM-TT, Zahl mit Punkt oder Ganzzahl).",
        ("element", "attribute", "value"),
    ),
    (
        re.compile(r"Element '([^']+)': The attribute '([^']+)' is required but missing\."),
        "Element „{element}“: Das Pflichtattribut „{name}“ fehlt.",
        ("element", "name"),
    ),
    (
        re.compile(r"Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\."),
        "Element „{element}“: Das Attribut „{name}“ ist nicht erlaubt.",
        ("element", "name"),
    ),
)
_OPENQCAT_SCHEMA = Message("dem openQCAT-Schema")
_OFFICIAL_SCHEMA = Message("dem offiziellen openQCAT-Schema")


def _schema_message(entry: etree._LogEntry, schema_name: Message = _OPENQCAT_SCHEMA) -> Message:
    """A libxml2 schema error in German, with its line; unknown wordings keep the library's text inside
    a sentence of ours."""
    message = entry.message.strip()
    for pattern, template, names in _MESSAGES:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        params: dict[str, object] = dict(zip(names, match.groups(), strict=True))
        if "attribute" in params:
            attribute = params["attribute"]
            params["attribute"] = Message(", Attribut „{name}“", name=attribute) if attribute else ""
        return Message("Zeile {line}: {problem}", line=entry.line, problem=Message(template, **params))
    return Message(
        "Zeile {line}: Widerspricht {schema}: {message}", line=entry.line, schema=schema_name, message=message
    )
