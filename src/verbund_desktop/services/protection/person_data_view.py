"""The Art. 15 JSON data (see :mod:`.person_data`) as the PDF's view model: same facts, readable labels."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.assessment.german import format_date, format_datetime
from verbund_desktop.report.data_export import ExportSection, ExportTable, PersonDataExportView
from verbund_desktop.report.formatting import format_eur, format_hours, format_period
from verbund_desktop.services.protection.audit_view import action_label, entity_label, field_label
from verbund_desktop.services.protection.privacy import PURPOSE_LABELS

STATUS_DE = {"given": "erteilt", "withdrawn": "widerrufen", "draft": "Entwurf", "complete": "abgeschlossen"}
METHOD_DE = {"paper": "schriftlich", "electronic": "elektronisch", "other_basis": "andere Rechtsgrundlage"}
PRIORITY_DE = {int(p): p.label_de.lower() for p in Priority}


def text(value: Any) -> str:
    """A JSON value as German text: ISO dates as 26.11.2026, booleans as ja/nein, nothing as –."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, str):
        parsed = _iso(value)
        return parsed if parsed is not None else value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _iso(value: str) -> str | None:
    if len(value) == 10:
        try:
            return f"{format_date(date.fromisoformat(value))}"
        except ValueError:
            return None
    if len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:
            return f"{format_datetime(datetime.fromisoformat(value).astimezone())}"
        except ValueError:
            return None
    return None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _amount(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _catalog(name: str, version: str) -> str:
    return name if version in name else f"{name} {version}"


def export_view(data: dict[str, Any], *, network_name: str = "") -> PersonDataExportView:
    person = data["person"]
    company = data["betrieb"]
    name = f"{person['vorname']} {person['nachname']}".strip()
    created = datetime.fromisoformat(data["erstellt_am"]).date()
    sections = [
        ExportSection(
            "Angaben zur Person",
            fields=(
                ("Name", name),
                ("Pseudonym-Code", text(person["pseudonym_code"])),
                ("Betrieb", company["name"]),
                ("Abteilung", text(person["abteilung"])),
                ("Tätigkeit", text(person["tätigkeit"])),
                ("Stellenprofil", text(person["stellenprofil"])),
                ("Geburtsjahr", text(person["geburtsjahr"])),
                ("Berufsabschluss", text(person["berufsabschluss"])),
                ("Jahr des Berufsabschlusses", text(person["jahr_des_berufsabschlusses"])),
                ("Schwerbehinderung", text(person["schwerbehinderung"])),
                ("Notizen", text(person["notizen"])),
                ("Angelegt am", text(person["angelegt_am"])),
                ("Zuletzt geändert am", text(person["geändert_am"])),
            ),
        ),
        _processing(data["verarbeitung"]),
        _consents(data["einwilligungen"]),
        *_assessments(data["kompetenzgespräche"]),
        *_plans(data["entwicklungspläne"]),
        _audit(data["änderungsprotokoll"]),
    ]
    return PersonDataExportView(
        person_label=name,
        company_name=company["name"],
        network_name=network_name,
        created=created,
        sections=tuple(sections),
    )


def _processing(info: dict[str, Any]) -> ExportSection:
    return ExportSection(
        "Zwecke, Empfänger, Speicherdauer, Herkunft",
        fields=(
            ("Zwecke", "; ".join(info["zwecke"])),
            ("Empfänger", "; ".join(info["empfänger"])),
            ("Speicherdauer", info["speicherdauer"]),
            ("Herkunft der Daten", info["herkunft"]),
        ),
    )


def _consents(records: list[dict[str, Any]]) -> ExportSection:
    rows = tuple(
        (
            PURPOSE_LABELS.get(r["zweck"], r["zweck"]),
            STATUS_DE.get(r["status"], r["status"]),
            METHOD_DE.get(r["form"], r["form"]),
            text(r["textfassung"]),
            text(r["erteilt_am"]),
            text(r["widerrufen_am"]),
            text(r["rechtsgrundlage"]),
        )
        for r in records
    )
    table = ExportTable(
        "",
        ("Zweck", "Status", "Form", "Text", "Erteilt", "Widerrufen", "Rechtsgrundlage"),
        rows,
        empty_text="Es ist keine Einwilligung gespeichert.",
        widths=(3, 1.3, 1.5, 1.2, 1.5, 1.6, 2.2),
    )
    return ExportSection("Einwilligungen", tables=(table,))


def _assessments(assessments: list[dict[str, Any]]) -> list[ExportSection]:
    if not assessments:
        return [ExportSection("Kompetenzgespräche", note="Es ist kein Kompetenzgespräch gespeichert.")]
    sections = []
    for a in assessments:
        rows = tuple(
            (
                f"{r['kompetenz_code']} {r['kompetenz']}",
                _catalog(r["katalog"], r["katalogversion"]),
                text(r["selbsteinschätzung"]),
                text(r["fremdeinschätzung"]),
                "n. a." if r["nicht_anwendbar"] else text(r["ist_vereinbart"]),
                text(r["soll"]),
                text(r["lücke"]),
                PRIORITY_DE.get(r["priorität"], text(r["priorität"])),
                text(r["notiz"]),
            )
            for r in a["bewertungen"]
        )
        table = ExportTable(
            "Bewertungen",
            ("Kompetenz", "Katalog", "Selbst", "Fremd", "Ist", "Soll", "Lücke", "Priorität", "Notiz"),
            rows,
            widths=(4, 2.4, 1, 1, 0.8, 0.8, 1, 1.3, 2.6),
        )
        sections.append(
            ExportSection(
                f"Kompetenzgespräch vom {text(a['datum'])}",
                fields=(
                    ("Status", STATUS_DE.get(a["status"], a["status"])),
                    ("Abgeschlossen am", text(a["abgeschlossen_am"])),
                    ("Stellenprofil", text(a["stellenprofil"])),
                    ("Berater/in", text(a["berater_in"])),
                    ("Notiz", text(a["notiz"])),
                ),
                tables=(table,),
            )
        )
    return sections


def _plans(plans: list[dict[str, Any]]) -> list[ExportSection]:
    if not plans:
        return [ExportSection("Entwicklungspläne", note="Es ist kein Entwicklungsplan gespeichert.")]
    sections = []
    for p in plans:
        rows = tuple(
            (
                m["titel"],
                text(m["anbieter"]),
                format_period(_day(m["beginn"]), _day(m["ende"])),
                format_hours(_amount(m["stunden"])),
                format_eur(_amount(m["kosten_eur"])),
                text(m["status"]),
                ", ".join(m["schließt_lücken"]) or "–",
            )
            for m in p["maßnahmen"]
        )
        table = ExportTable(
            "Maßnahmen",
            ("Maßnahme", "Anbieter", "Zeitraum", "Std.", "Kosten", "Status", "Lücken"),
            rows,
            empty_text="Noch keine Maßnahmen geplant.",
            widths=(3.4, 2, 2.4, 0.8, 1.5, 1.3, 1.2),
        )
        sections.append(
            ExportSection(
                f"Entwicklungsplan, Version {p['version']}",
                fields=(
                    ("Ausgangslage", text(p["ausgangslage"])),
                    ("Ziele", text(p["ziele"])),
                    ("Zuständigkeiten", text(p["zuständigkeiten"])),
                    ("Überprüfung am", text(p["überprüfung_am"])),
                    ("Gedruckt und fixiert am", text(p["gedruckt_und_fixiert_am"])),
                    ("Berater/in", text(p["berater_in"])),
                ),
                tables=(table,),
            )
        )
    return sections


def _audit(events: list[dict[str, Any]]) -> ExportSection:
    rows = tuple(
        (
            text(e["zeitpunkt"]),
            text(e["wer"]),
            f"{action_label(e['aktion'])}: {entity_label(e['objekt'])}",
            field_label(e["feld"]) if e["feld"] else "–",
            text(e["alt"]),
            text(e["neu"]),
        )
        for e in events
    )
    table = ExportTable(
        "",
        ("Zeitpunkt", "Wer", "Was", "Feld", "Alt", "Neu"),
        rows,
        widths=(1.8, 1.8, 2.6, 1.6, 1.6, 1.6),
    )
    return ExportSection(
        "Änderungsprotokoll",
        note="Jede Änderung an Bewertungen, Plänen und Einwilligungen: wer, wann, was, alter und neuer Wert.",
        tables=(table,),
    )
