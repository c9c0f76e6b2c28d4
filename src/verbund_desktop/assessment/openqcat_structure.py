"""Structural checks of a catalogue in the official openQCAT 1.1 structure, in code (the official XSD may not be
shipped: its header says All Rights Reserved; a user can point the import at their copy, see ``openqcat.py``).

Checked is what the import reads and what tells a foreign or broken file: the root's parts, the header's
catalogue and suppliers, every ``SERVICE`` (its ID, details, course facts) and the values the import converts
(dates, numbers, codes). Every problem names its line and element; an empty list means the file can be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from lxml import etree

from verbund_desktop.assessment.errors import Message, as_message

MAX_ID_LENGTH = 255
MAX_TITLE_LENGTH = 255
# xsd:dateTime as providers write it (2026-11-06T00:00:00.000+01:00); a plain xsd:date is accepted too.
_DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
_INTEGER = re.compile(r"[+-]?\d{1,9}")
_FLOAT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_BOOLEAN = ("true", "false", "1", "0")

_BODY_CHILDREN = {
    "NEW_CATALOG": {
        "CLASSIFICATION_SYSTEM",
        "CATALOG_GROUP_SYSTEM",
        "SERVICE",
        "SERVICE_TO_CATALOGGROUP_MAP",
    },
    "UPDATE_CATALOG": {"DELETE", "NEW"},
}


class _Problems(list[str]):
    def add(self, element: etree._Element, message: str) -> None:
        where = Message("Zeile {line}, {path}", line=element.sourceline or 1, path=_path(element))
        self.append(Message("{where}: {problem}", where=where, problem=as_message(message)))

    def need(self, parent: etree._Element, path: str) -> etree._Element | None:
        """The first ``path`` below ``parent``; a problem when it is missing."""
        found = parent.find(path)
        if found is None:
            self.add(parent, Message("Das Pflichtelement {path} fehlt.", path=path))
        return found


def _path(element: etree._Element) -> str:
    """The element's path from the root; a SERVICE with its PRODUCT_ID (SERVICE „K-100“, a message: the
    quotes are the reader's language's)."""
    names = [str(etree.QName(e).localname) for e in (element, *element.iterancestors())][::-1]
    chain = (element, *element.iterancestors())[::-1]
    for index, (name, e) in enumerate(zip(names, chain, strict=True)):
        product = " ".join((e.findtext("PRODUCT_ID") or "").split()) if name == "SERVICE" else ""
        if product:
            before, after = "/".join(names[:index]), "/".join(names[index + 1 :])
            return Message(
                "{before}SERVICE „{product}“{after}",
                before=f"{before}/" if before else "",
                product=product,
                after=f"/{after}" if after else "",
            )
    return "/".join(names)


def parse_date(text: str | None) -> date | None:
    """The calendar date of an xsd:dateTime or xsd:date (the time and zone dropped), None when it is none."""
    match = _DATE_TIME.fullmatch((text or "").strip())
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def structure_problems(root: etree._Element) -> list[str]:
    """Everything structurally wrong with an official-structure openQCAT document (namespaces already dropped)."""
    problems = _Problems()
    if root.get("version", "1.1") != "1.1":
        problems.add(
            root,
            Message(
                "Die Version „{version}“ wird nicht gelesen (erwartet: 1.1).", version=root.get("version")
            ),
        )
    header = problems.need(root, "HEADER")
    if header is not None:
        _check_header(header, problems)
    bodies = [child for child in root if isinstance(child.tag, str) and child.tag in _BODY_CHILDREN]
    if len(bodies) != 1:
        problems.add(
            root,
            "Genau eines von NEW_CATALOG (Vollkatalog) oder UPDATE_CATALOG (Aktualisierung) muss folgen.",
        )
        return problems
    body = bodies[0]
    for child in _elements(body):
        if child.tag not in _BODY_CHILDREN[str(body.tag)]:
            problems.add(child, "Dieses Element ist hier nicht erlaubt.")
    if body.tag == "NEW_CATALOG":
        _check_value(body, body.get("FULLCATALOG", "true"), _is_boolean, "FULLCATALOG", problems)
        services = body.findall("SERVICE")
    else:
        _check_value(body, body.get("seq_number"), _is_integer, "seq_number", problems)
        for deletion in body.findall("DELETE/SERVICE"):
            _check_id(deletion, problems)
        services = body.findall("NEW/SERVICE")
    for service in services:
        _check_service(service, problems)
    return problems


def _elements(parent: etree._Element) -> list[etree._Element]:
    return [child for child in parent if isinstance(child.tag, str)]


def _check_header(header: etree._Element, problems: _Problems) -> None:
    catalog = problems.need(header, "CATALOG")
    if catalog is not None:
        for name in ("CATALOG_ID", "CATALOG_VERSION"):
            element = problems.need(catalog, name)
            if element is not None and not (element.text or "").strip():
                problems.add(element, "Der Wert fehlt.")
        _check_date(catalog, "GENERATION_DATE", problems)
    suppliers = header.findall("SUPPLIER")
    if not suppliers:
        problems.add(header, "Das Pflichtelement SUPPLIER (Bildungsanbieter) fehlt.")
    for supplier in suppliers:
        for name in ("SUPPLIER_ID", "SUPPLIER_NAME"):
            element = problems.need(supplier, name)
            if element is not None and not (element.text or "").strip():
                problems.add(element, "Der Wert fehlt.")


def _check_id(service: etree._Element, problems: _Problems) -> None:
    product = problems.need(service, "PRODUCT_ID")
    if product is None:
        return
    text = (product.text or "").strip()
    if not text:
        problems.add(product, "Der Wert fehlt.")
    elif len(text) > MAX_ID_LENGTH:
        problems.add(product, Message("Die ID ist länger als {limit} Zeichen.", limit=MAX_ID_LENGTH))


def _check_service(service: etree._Element, problems: _Problems) -> None:
    _check_id(service, problems)
    if service.get("mode", "new") != "new":
        problems.add(
            service,
            Message("Das Attribut mode=„{mode}“ gibt es nicht (nur „new“).", mode=service.get("mode")),
        )
    course_type = service.find("COURSE_TYPE")
    if course_type is not None and (course_type.text or "").strip() not in ("1", "2", "3", "4", "5"):
        problems.add(
            course_type, Message("„{value}“ ist kein Angebotstyp (1 bis 5).", value=course_type.text or "")
        )
    details = problems.need(service, "SERVICE_DETAILS")
    if details is None:
        return
    title = problems.need(details, "TITLE")
    if title is not None and len((title.text or "").strip()) > MAX_TITLE_LENGTH:
        problems.add(title, Message("Der Titel ist länger als {limit} Zeichen.", limit=MAX_TITLE_LENGTH))
    if len(details.findall("SERVICE_DATE")) > 1:
        problems.add(details, "SERVICE_DATE darf je SERVICE nur einmal vorkommen.")
    for name in ("SERVICE_DATE/START_DATE", "SERVICE_DATE/END_DATE"):
        _check_date(details, name, problems)
    education = details.find("SERVICE_MODULE/EDUCATION")
    if education is None:
        problems.add(details, "SERVICE_MODULE/EDUCATION fehlt: die Leistung ist kein Bildungsangebot.")
    else:
        _check_education(education, problems)
    for amount in service.findall("SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_AMOUNT"):
        _check_value(amount, amount.text, _is_float, None, problems)
    for currency in service.findall("SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_CURRENCY"):
        if (currency.text or "").strip().upper() not in ("", "EUR"):
            problems.add(
                currency, Message("Nur Preise in Euro werden gelesen, nicht „{value}“.", value=currency.text)
            )


def _check_education(education: etree._Element, problems: _Problems) -> None:
    if education.get("type") is None:
        problems.add(education, 'Das Attribut type fehlt (type="true": Angebot, "false": Termin).')
    else:
        _check_value(education, education.get("type"), _is_boolean, "type", problems)
    info = education.find("EXTENDED_INFO")
    for name in ("INSTRUCTION_FORM", "INSTRUCTION_TIME", "FUNDING_TYPES_FEDERAL"):
        for element in info.findall(name) if info is not None else ():
            _check_value(element, element.get("type"), _is_integer, "type", problems)
    for status in education.findall("CERTIFICATE/CERTIFICATE_STATUS"):
        _check_value(status, status.text, _is_integer, None, problems)
    for course in education.findall("MODULE_COURSE"):
        for name in ("MIN_PARTICIPANTS", "MAX_PARTICIPANTS"):
            for element in course.findall(name):
                _check_value(element, element.text, _is_count, None, problems)
        for duration in course.findall("DURATION"):
            _check_value(duration, duration.get("type"), _is_integer, "type", problems)
            for name in ("START_DATE", "END_DATE"):
                _check_date(duration, name, problems)


def _check_date(parent: etree._Element, path: str, problems: _Problems) -> None:
    for element in parent.findall(path):
        text = (element.text or "").strip()
        if text and parse_date(text) is None:
            problems.add(
                element,
                Message(
                    "„{value}“ ist kein Datum (JJJJ-MM-TTThh:mm:ss mit Zeitzone oder JJJJ-MM-TT).", value=text
                ),
            )


def _check_value(
    element: etree._Element,
    value: str | None,
    valid: Callable[[str], bool],
    attribute: str | None,
    problems: _Problems,
) -> None:
    text = (value or "").strip()
    if valid(text):
        return
    what = Message("Das Attribut {name}", name=attribute) if attribute else Message("Der Wert")
    kinds: dict[Callable[[str], bool], str] = {
        _is_boolean: "true oder false",
        _is_integer: "eine ganze Zahl",
        _is_count: "eine ganze Zahl ab 0",
    }
    kind = Message(kinds.get(valid, "eine Zahl mit Punkt"))
    problems.add(
        element,
        Message("{what} „{value}“ ist nicht zulässig (erwartet: {kind}).", what=what, value=text, kind=kind),
    )


def _is_boolean(text: str) -> bool:
    return text in _BOOLEAN


def _is_integer(text: str) -> bool:
    return _INTEGER.fullmatch(text) is not None


def _is_count(text: str) -> bool:
    return _is_integer(text) and int(text) >= 0


def _is_float(text: str) -> bool:
    return _FLOAT.fullmatch(text) is not None and float(text) >= 0
