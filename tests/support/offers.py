"""Shared helpers for the offer tests: the sample files, an XLSX built from the CSV sample, row counts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from verbund_desktop.persistence.models import AuditEvent, OfferCompetence, TrainingOffer
from verbund_desktop.persistence.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"
OPENQCAT_FULL = DATA / "openqcat" / "full-utf8.xml"
OPENQCAT_UPDATE = DATA / "openqcat" / "update-iso-8859-15.xml"
# The official openQCAT 1.1 structure (constructed, valid under the official XSD; see the README there)
OFFICIAL_FULL = DATA / "openqcat" / "official-full-iso-8859-15.xml"
OFFICIAL_UPDATE = DATA / "openqcat" / "official-update-utf8.xml"
SHEET_CSV = DATA / "offers" / "vorlage-beispiel.csv"


def sheet_rows(path: Path = SHEET_CSV) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter=";"))


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def offer_state(ws: Workspace) -> tuple[object, ...]:
    """Everything an import may change: offers, their links, audit events (to prove a refusal changed nothing)."""
    with ws.unit_of_work() as uow:
        s = uow.session
        offers = tuple(
            (o.id, o.title, o.retired, o.competences_confirmed, o.updated_at)
            for o in s.scalars(select(TrainingOffer).order_by(TrainingOffer.id))
        )
        links = s.scalar(select(func.count()).select_from(OfferCompetence))
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    return offers, links, events
