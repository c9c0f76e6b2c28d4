"""Import a provider's catalogue: all or nothing, re-imports update by the provider's own IDs, nothing is deleted.

An offer is identified by (provider ID, course ID). A full catalogue retires its providers' offers that it no
longer lists; an update catalogue retires the ones it marks as deleted. A retired offer keeps its row and its
primary key, so plans and joint courses keep their link; it comes back when a later catalogue lists it again.
New offers, and offers whose title or description changed, wait for a person to confirm their competences
(:mod:`.offer_review`) before plans suggest them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.offer_import import ImportedCatalogue, ImportedOffer, OfferImportError
from verbund_desktop.assessment.offer_sheet import read_offer_sheet
from verbund_desktop.assessment.openqcat import read_openqcat
from verbund_desktop.files import FileTooLargeError, read_limited
from verbund_desktop.persistence.models import TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit

SHEET_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class OfferImportResult:
    """What an import changed."""

    source: str
    file_format: str
    full: bool
    created: int
    updated: int
    unchanged: int
    retired: int
    to_review: int

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "quelle": self.source,
            "format": self.file_format,
            "vollkatalog": self.full,
            "neu": self.created,
            "geaendert": self.updated,
            "unveraendert": self.unchanged,
            "zurueckgezogen": self.retired,
            "zu_pruefen": self.to_review,
        }


def read_catalogue_file(path: Path) -> ImportedCatalogue:
    """The catalogue in ``path`` (openQCAT XML, CSV or XLSX by its suffix); OfferImportError when it is unusable."""
    path = Path(path)
    try:
        data = read_limited(path)
    except FileTooLargeError as err:
        raise OfferImportError(path.name, [str(err)]) from None
    except OSError as err:
        raise OfferImportError(
            path.name, [f"Die Datei kann nicht gelesen werden ({err.strerror})."]
        ) from None
    suffix = path.suffix.lower()
    if suffix in SHEET_SUFFIXES:
        return read_offer_sheet(data, path.name, xlsx=suffix == ".xlsx")
    if suffix == ".xml":
        return read_openqcat(data, path.name)
    raise OfferImportError(
        path.name,
        ["Unbekannte Dateiart: erwartet wird openQCAT (.xml) oder die Angebotsvorlage (.csv, .xlsx)."],
    )


def import_offer_file(ws: Workspace, path: Path, *, actor: str, today: date) -> OfferImportResult:
    """Read, check and store one catalogue file in one unit of work; on any problem nothing changes."""
    return import_catalogue(ws, read_catalogue_file(path), actor=actor, today=today)


def import_catalogue(
    ws: Workspace, catalogue: ImportedCatalogue, *, actor: str, today: date
) -> OfferImportResult:
    with ws.unit_of_work() as uow:
        result = apply_catalogue(uow.session, catalogue, today)
        audit.record(
            uow.session,
            actor=actor,
            action="angebotskatalog_importiert",
            entity_type="offer_catalogue",
            entity_id=None,
            field=catalogue.source,
            new=result.to_json_dict(),
        )
        uow.commit()
    return result


def apply_catalogue(session: Session, catalogue: ImportedCatalogue, today: date) -> OfferImportResult:
    """Store ``catalogue`` into the session (no commit); returns the counts."""
    providers = catalogue.provider_ids()
    existing = {
        (o.provider_id, o.course_id): o
        for o in session.scalars(select(TrainingOffer).where(TrainingOffer.provider_id.in_(providers)))
    }
    counts = {"created": 0, "updated": 0, "unchanged": 0, "retired": 0}
    listed: set[tuple[str, str]] = set()
    for imported in catalogue.offers:
        ident = (imported.provider_id, imported.course_id)
        listed.add(ident)
        row = existing.get(ident)
        if imported.withdrawn:
            if row is not None and not row.retired:
                _retire(row, today)
                counts["retired"] += 1
            continue
        if row is None:
            row = TrainingOffer(key=f"angebot-{uuid.uuid4().hex}", competences_confirmed=False)
            session.add(row)
            existing[ident] = row
            counts["created"] += 1
            _fill(row, imported, catalogue.source)
        else:
            counts["updated" if _fill(row, imported, catalogue.source) else "unchanged"] += 1
    if catalogue.full:
        for ident, row in existing.items():
            if ident not in listed and not row.retired:
                _retire(row, today)
                counts["retired"] += 1
    session.flush()
    to_review = sum(1 for row in existing.values() if not row.retired and not row.competences_confirmed)
    return OfferImportResult(
        source=catalogue.source,
        file_format=catalogue.file_format,
        full=catalogue.full,
        to_review=to_review,
        **counts,
    )


def _retire(row: TrainingOffer, today: date) -> None:
    row.retired = True
    row.retired_on = today


def _fill(row: TrainingOffer, offer: ImportedOffer, source: str) -> bool:
    """Copy ``offer`` into ``row``; True when a stored value changed. A changed text asks for a new review."""
    values: dict[str, Any] = {
        "provider_id": offer.provider_id,
        "course_id": offer.course_id,
        "provider": offer.provider,
        "title": offer.title,
        "description": offer.description,
        "hours": offer.hours,
        "cost_eur": offer.cost_eur,
        "format": str(offer.format),
        "location": offer.location,
        "sessions": [run.to_json() for run in offer.runs],
        "start_dates": [run.start.isoformat() for run in offer.runs],
        "schedule": offer.schedule,
        "certificate": offer.certificate,
        "min_participants": offer.min_participants,
        "max_participants": offer.max_participants,
        "azav_measure": offer.azav_measure,
        "azav_provider": offer.azav_provider,
        "is_example": False,
        "retired": False,
        "retired_on": None,
        "source_catalog": source,
    }
    changed = [name for name, value in values.items() if getattr(row, name, None) != value]
    if {"title", "description"} & set(changed) and row.title is not None:
        row.competences_confirmed = False
    for name in changed:
        setattr(row, name, values[name])
    return bool(set(changed) - {"source_catalog"})
