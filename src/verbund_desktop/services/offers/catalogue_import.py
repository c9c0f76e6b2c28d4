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
    """Store ``catalogue`` into the session (no commit); returns the counts. OfferImportError (the unit of work
    then rolls back) when an update names a run of an offer that is neither in the file nor stored."""
    providers = catalogue.provider_ids()
    existing = {
        (o.provider_id, o.course_id): o
        for o in session.scalars(select(TrainingOffer).where(TrainingOffer.provider_id.in_(providers)))
    }
    created: set[tuple[str, str]] = set()
    changed: set[tuple[str, str]] = set()
    sessions: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for imported in catalogue.offers:
        ident = (imported.provider_id, imported.course_id)
        row = existing.get(ident)
        if row is None:
            row = TrainingOffer(key=f"angebot-{uuid.uuid4().hex}", competences_confirmed=False, sessions=[])
            session.add(row)
            existing[ident] = row
            created.add(ident)
        if _fill(row, imported, catalogue.source):
            changed.add(ident)
        kept = [] if catalogue.full else [s for s in row.sessions or [] if s.get("id")]
        sessions[ident] = kept + [run.to_json() for run in imported.runs]
    _apply_runs(catalogue, existing, sessions)
    retired = sum(_delete(existing, sessions, p, product, today) for p, product in catalogue.deleted)
    if catalogue.full:
        listed = {(o.provider_id, o.course_id) for o in catalogue.offers}
        for ident, row in existing.items():
            if ident not in listed and not row.retired:
                _retire(row, today)
                retired += 1
    for ident, runs in sessions.items():
        row = existing[ident]
        runs.sort(key=lambda run: (run["start"], run.get("id") or ""))
        if row.sessions != runs:
            changed.add(ident)
        row.sessions = runs
        row.start_dates = sorted({run["start"] for run in runs})
    session.flush()
    listed_existing = {(o.provider_id, o.course_id) for o in catalogue.offers} - created
    counts = {
        "created": len(created),
        "updated": len(changed - created),
        "unchanged": len(listed_existing - changed),
        "retired": retired,
    }
    to_review = sum(1 for row in existing.values() if not row.retired and not row.competences_confirmed)
    return OfferImportResult(
        source=catalogue.source,
        file_format=catalogue.file_format,
        full=catalogue.full,
        to_review=to_review,
        **counts,
    )


def _apply_runs(
    catalogue: ImportedCatalogue,
    existing: dict[tuple[str, str], TrainingOffer],
    sessions: dict[tuple[str, str], list[dict[str, Any]]],
) -> None:
    """Add or replace (by run ID) the runs delivered on their own."""
    problems = []
    for item in catalogue.runs:
        ident = (item.provider_id, item.course_id)
        row = existing.get(ident)
        if row is None:
            problems.append(
                f"{item.where}: Der Termin gehört zum Angebot „{item.course_id}“, das weder in der Datei noch im "
                "Bestand ist."
            )
            continue
        runs = sessions.setdefault(ident, list(row.sessions or []))
        runs[:] = [run for run in runs if run.get("id") != item.run.run_id]
        runs.append(item.run.to_json())
    if problems:
        raise OfferImportError(catalogue.file_label or catalogue.source, problems)


def _delete(
    existing: dict[tuple[str, str], TrainingOffer],
    sessions: dict[tuple[str, str], list[dict[str, Any]]],
    provider_id: str,
    product_id: str,
    today: date,
) -> int:
    """An update's deletion: retire the offer, or drop the run with that ID; returns 1 if an offer was retired.
    An ID the workspace does not know is nothing to delete."""
    row = existing.get((provider_id, product_id))
    if row is not None:
        if row.retired:
            return 0
        _retire(row, today)
        return 1
    for ident, offer in existing.items():
        if ident[0] != provider_id:
            continue
        runs = sessions.setdefault(ident, list(offer.sessions or []))
        runs[:] = [run for run in runs if run.get("id") != product_id]
    return 0


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
