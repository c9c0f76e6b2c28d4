"""The spreadsheet template for providers without openQCAT (CSV or XLSX; columns in ``docs/offers.md``).

One row per course, a header row with the column names below. A sheet is a full catalogue for the providers
it names: their offers missing from it are retired. Every problem names its row (the header is row 1) and
column; one problem anywhere and nothing is imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from verbund_desktop.assessment.errors import Message, as_message
from verbund_desktop.assessment.offer_import import (
    MAX_OFFERS_PER_FILE,
    ImportedCatalogue,
    ImportedOffer,
    OfferImportError,
    OfferRun,
    checked_catalogue,
    format_from_text,
)
from verbund_desktop.assessment.offers import OfferFormat

FILE_FORMAT = "Angebotsvorlage"


@dataclass(frozen=True)
class SheetColumn:
    name: str
    required: bool
    meaning_de: str


COLUMNS = (
    SheetColumn(
        "anbieter_id", True, "Kennung des Anbieters (z. B. seine KURSNET-Nummer); bleibt über Jahre gleich"
    ),
    SheetColumn("anbieter", True, "Name des Anbieters"),
    SheetColumn("kurs_id", True, "Kennung des Kurses beim Anbieter; ein erneuter Import aktualisiert damit"),
    SheetColumn("titel", True, "Titel des Kurses"),
    SheetColumn("beschreibung", False, "Inhalte; daraus werden die Kompetenzen vorgeschlagen"),
    SheetColumn("stunden", True, "Unterrichtsstunden, z. B. 24 oder 7,5"),
    SheetColumn("kosten_eur", True, "Kosten je Person in Euro, z. B. 480,00"),
    SheetColumn("format", False, "praesenz, online, blended, inhouse oder e_learning (leer: praesenz)"),
    SheetColumn("ort", False, "Ort der Durchführung"),
    SheetColumn("beginn", False, "Beginn-Daten (TT.MM.JJJJ oder JJJJ-MM-TT), mehrere durch ; getrennt"),
    SheetColumn("ende", False, "End-Daten in derselben Reihenfolge wie beginn (oder leer)"),
    SheetColumn("zeitmodell", False, "z. B. Vollzeit, Teilzeit, berufsbegleitend abends"),
    SheetColumn("abschluss", False, "Abschluss oder Zertifikat"),
    SheetColumn("min_teilnehmende", False, "Mindestzahl der Teilnehmenden (ganze Zahl)"),
    SheetColumn("max_teilnehmende", False, "Höchstzahl der Teilnehmenden (ganze Zahl)"),
    SheetColumn("azav_massnahme", False, "ja, wenn die Maßnahme nach AZAV zugelassen ist"),
    SheetColumn("azav_traeger", False, "ja, wenn der Träger nach AZAV zugelassen ist"),
)
_NAMES = tuple(column.name for column in COLUMNS)
_TRUE = {"ja", "j", "x", "true", "wahr", "1", "yes"}
_FALSE = {"", "nein", "n", "false", "falsch", "0", "no"}
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def read_offer_sheet(data: bytes, file_label: str, *, xlsx: bool) -> ImportedCatalogue:
    """The catalogue in a CSV or XLSX file of the template; raises OfferImportError (per row) otherwise."""
    rows = _xlsx_rows(data, file_label) if xlsx else _csv_rows(data, file_label)
    header = next(rows, None)
    if header is None:
        raise OfferImportError(file_label, ["Die Datei ist leer: die Kopfzeile mit den Spaltennamen fehlt."])
    names = [_cell_text(cell).lower() for cell in header]
    problems = _header_problems(names)
    if problems:
        raise OfferImportError(file_label, problems)
    offers = []
    for number, values in enumerate(rows, start=2):
        if number > MAX_OFFERS_PER_FILE + 1:
            raise OfferImportError(
                file_label, [Message("Die Datei enthält mehr als {count} Zeilen.", count=MAX_OFFERS_PER_FILE)]
            )
        if all(_cell_text(v) == "" for v in values):
            continue
        if len(values) > len(names) and any(_cell_text(v) for v in values[len(names) :]):
            problems.append(
                Message("Zeile {number}: mehr Werte als Spalten in der Kopfzeile.", number=number)
            )
            continue
        row = {name: values[i] if i < len(values) else None for i, name in enumerate(names) if name}
        offer = _RowReader(row, Message("Zeile {number}", number=number), problems).offer()
        offers.append(offer)
    problems.extend(_provider_name_problems(offers))
    catalogue = ImportedCatalogue(
        source=f"{FILE_FORMAT}: {file_label}",
        file_format=FILE_FORMAT,
        full=True,
        offers=tuple(offers),
        file_label=file_label,
    )
    return checked_catalogue(catalogue, file_label, problems)


def _provider_name_problems(offers: Sequence[ImportedOffer]) -> list[str]:
    """One provider ID, one name: a second name for the same ID is most likely a copied row."""
    names: dict[str, str] = {}
    problems = []
    for offer in offers:
        first = names.setdefault(offer.provider_id, offer.provider)
        if offer.provider != first:
            problems.append(
                f"{offer.where}, Spalte „anbieter“: „{offer.provider}“ weicht vom Namen „{first}“ für die "
                f"Anbieter-ID „{offer.provider_id}“ ab."
            )
    return problems


def _header_problems(names: Sequence[str]) -> list[str]:
    problems: list[str] = []
    unknown = [n for n in names if n and n not in _NAMES]
    if unknown:
        problems.append(
            Message(
                "Zeile 1: Unbekannte Spalten: {unknown} (erlaubt: {allowed}).",
                unknown=", ".join(unknown),
                allowed=", ".join(_NAMES),
            )
        )
    missing = [c.name for c in COLUMNS if c.required and c.name not in names]
    if missing:
        problems.append(Message("Zeile 1: Pflichtspalten fehlen: {missing}.", missing=", ".join(missing)))
    doubled = sorted({n for n in names if n and names.count(n) > 1})
    if doubled:
        problems.append(
            Message("Zeile 1: Spalten kommen mehrfach vor: {doubled}.", doubled=", ".join(doubled))
        )
    return problems


def _csv_rows(data: bytes, file_label: str) -> Iterator[list[Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # what Excel writes as "CSV" on German Windows
        except UnicodeDecodeError:
            raise OfferImportError(
                file_label, ["Die Zeichenkodierung ist weder UTF-8 noch Windows-1252."]
            ) from None
    if "\x00" in text:
        raise OfferImportError(file_label, ["Die Datei ist keine Textdatei (CSV)."])
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as err:
        raise OfferImportError(file_label, [f"Die CSV-Datei ist fehlerhaft ({err})."]) from None
    return iter(rows)


def _xlsx_rows(data: bytes, file_label: str) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(list(values))
            if len(rows) > MAX_OFFERS_PER_FILE + 2:
                break
        book.close()
    except Exception:  # any damage inside a foreign ZIP or XML file means the same to the user
        raise OfferImportError(
            file_label, ["Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx)."]
        ) from None
    return iter(rows)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


class _RowReader:
    """Reads one row's cells, adding each problem (with row and column) to ``problems``."""

    def __init__(self, row: dict[str, Any], where: str, problems: list[str]) -> None:
        self.row = row
        self.where = where
        self.problems = problems

    def offer(self) -> ImportedOffer:
        offer_format = self._format()
        return ImportedOffer(
            provider_id=self._required("anbieter_id"),
            provider=self._required("anbieter"),
            course_id=self._required("kurs_id"),
            title=self._required("titel"),
            description=self.text("beschreibung"),
            hours=self._decimal("stunden", required=True, placeholder=Decimal(1)),
            cost_eur=self._decimal("kosten_eur", required=True),
            format=offer_format,
            location=self.text("ort"),
            runs=self._runs(),
            schedule=self.text("zeitmodell"),
            certificate=self.text("abschluss"),
            min_participants=self._int("min_teilnehmende"),
            max_participants=self._int("max_teilnehmende"),
            azav_measure=self._bool("azav_massnahme"),
            azav_provider=self._bool("azav_traeger"),
            where=self.where,
        )

    def problem(self, column: str, text: str) -> None:
        self.problems.append(
            Message(
                "{where}, Spalte „{column}“: {problem}",
                where=as_message(self.where),
                column=column,
                problem=as_message(text),
            )
        )

    def text(self, column: str) -> str:
        return _cell_text(self.row.get(column))

    def _required(self, column: str) -> str:
        value = self.text(column)
        if not value:
            self.problem(column, "Der Wert fehlt.")
        elif column.endswith("_id") and len(value) > 64:
            self.problem(column, "Die Kennung ist länger als 64 Zeichen.")
        return value

    def _decimal(self, column: str, *, required: bool = False, placeholder: Decimal = Decimal(0)) -> Decimal:
        """The number in ``column``; ``placeholder`` after a reported problem (the file is refused anyway, and
        the placeholder adds no second message about the same cell)."""
        raw = self.row.get(column)
        text = _cell_text(raw).replace("€", "").replace(" ", "")
        if not text:
            if required:
                self.problem(column, "Der Wert fehlt.")
            return placeholder
        if isinstance(raw, str) and "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or abs(value) >= Decimal(10) ** 9:
            self.problem(column, Message("„{value}“ ist keine gültige Zahl.", value=_cell_text(raw)))
            return placeholder
        return value

    def _int(self, column: str) -> int | None:
        text = self.text(column)
        if not text:
            return None
        if not (text.isascii() and text.isdigit()) or len(text) > 6:
            self.problem(column, Message("„{value}“ ist keine ganze Zahl ≥ 0.", value=text))
            return None
        return int(text)

    def _bool(self, column: str) -> bool:
        text = self.text(column).lower()
        if text in _TRUE:
            return True
        if text not in _FALSE:
            self.problem(column, Message("„{value}“ ist weder „ja“ noch „nein“.", value=text))
        return False

    def _format(self) -> OfferFormat:
        text = self.text("format")
        if not text:
            return OfferFormat.PRAESENZ
        value = format_from_text(text)
        if value is None:
            self.problem(
                "format", f"„{text}“ ist kein bekanntes Format ({', '.join(f.value for f in OfferFormat)})."
            )
            return OfferFormat.PRAESENZ
        return value

    def _dates(self, column: str) -> list[date]:
        raw = self.row.get(column)
        if isinstance(raw, datetime):
            return [raw.date()]
        if isinstance(raw, date):
            return [raw]
        dates = []
        for part in (p.strip() for p in _cell_text(raw).replace("\n", ";").split(";")):
            if part:
                parsed = _parse_date(part)
                if parsed is None:
                    self.problem(
                        column,
                        Message(
                            "„{value}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).", value=part
                        ),
                    )
                else:
                    dates.append(parsed)
        return dates

    def _runs(self) -> tuple[OfferRun, ...]:
        starts, ends = self._dates("beginn"), self._dates("ende")
        if ends and len(ends) != len(starts):
            self.problem(
                "ende", f"{len(ends)} End-Daten zu {len(starts)} Beginn-Daten; bitte gleich viele angeben."
            )
            ends = []
        runs = [OfferRun(start, ends[i] if ends else None) for i, start in enumerate(starts)]
        return tuple(sorted(runs, key=lambda run: run.start))


def _parse_date(text: str) -> date | None:
    match = _GERMAN_DATE.fullmatch(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None
