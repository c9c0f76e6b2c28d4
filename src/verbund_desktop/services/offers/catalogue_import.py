"""Import a provider's catalogue: all or nothing, re-imports update by the provider's own IDs, nothing is deleted.

An offer is identified by (provider ID, course ID). A full catalogue retires its providers' offers that it no
longer lists; an update catalogue retires the ones it marks as deleted. A retired offer keeps its row and its
primary key, so plans and joint courses keep their link; it comes back when a later catalogue lists it again.
New offers, and offers whose title or description changed, wait for a person to confirm their competences
(:mod:`.offer_review`) before plans suggest them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import Message, failure_message, too_large_message
from verbund_desktop.assessment.offer_import import ImportedCatalogue, ImportedOffer, OfferImportError
from verbund_desktop.assessment.offer_sheet import read_offer_sheet
from verbund_desktop.assessment.openqcat import official_schema, read_openqcat
from verbund_desktop.files import CONTENT_FILE_LIMIT, FileTooLargeError, read_limited
from verbund_desktop.persistence.models import TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit

SHEET_SUFFIXES = (".csv", ".xlsx")
# Offer IDs derive from (provider ID, course ID): the same catalogue imported on two laptops, or at the office and
# on a laptop, gives the same row, which sync then sees as one offer instead of two.
OFFER_NAMESPACE = uuid.UUID("6f1b0c9e-2d4a-5b8e-9c3f-7a1d2e4b6c80")


def offer_uuid(provider_id: str, course_id: str) -> uuid.UUID:
    """The primary key of the offer a provider identifies by ``course_id``."""
    return uuid.uuid5(OFFER_NAMESPACE, f"{provider_id}\x1f{course_id}")


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
    # "provider ID/course ID" of the offers created, changed and retired, for the audit trail
    created_ids: tuple[str, ...] = ()
    updated_ids: tuple[str, ...] = ()
    retired_ids: tuple[str, ...] = ()

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
            "neue_kurse": list(self.created_ids),
            "geaenderte_kurse": list(self.updated_ids),
            "zurueckgezogene_kurse": list(self.retired_ids),
        }


def read_import_file(path: Path, limit: int = CONTENT_FILE_LIMIT) -> bytes:
    """The bytes of an import file (at most ``limit``); OfferImportError saying in German why it cannot be read."""
    try:
        return read_limited(path, limit)
    except FileTooLargeError as err:
        raise OfferImportError(path.name, [too_large_message(err)]) from None
    except OSError as err:
        raise OfferImportError(
            path.name,
            [Message("Die Datei kann nicht gelesen werden: {reason}.", reason=failure_message(err))],
        ) from None


def read_catalogue_file(path: Path, *, official_xsd: Path | None = None) -> ImportedCatalogue:
    """The catalogue in ``path`` (openQCAT XML, CSV or XLSX by its suffix); OfferImportError when it is unusable.

    ``official_xsd``: the user's copy of the official openQCAT XSD; openQCAT files are validated against it too
    (the program cannot ship it: its header says All Rights Reserved)."""
    path = Path(path)
    data = read_import_file(path)
    suffix = path.suffix.lower()
    if suffix in SHEET_SUFFIXES:
        return read_offer_sheet(data, path.name, xlsx=suffix == ".xlsx")
    if suffix == ".xml":
        schema = read_import_file(Path(official_xsd)) if official_xsd is not None else None
        return read_openqcat(data, path.name, official_xsd=schema)
    raise OfferImportError(
        path.name,
        ["Unbekannte Dateiart: erwartet wird openQCAT (.xml) oder die Angebotsvorlage (.csv, .xlsx)."],
    )


def check_official_xsd(path: Path) -> None:
    """OfferImportError (German) unless ``path`` is a usable XML Schema (the user's copy of the official XSD)."""
    official_schema(read_import_file(Path(path)))


Progress = Callable[[int, int], None]  # (done, total) between the steps; may raise to cancel the import
IMPORT_STEPS = 3  # read and check the file, apply it, commit


def import_offer_file(
    ws: Workspace,
    path: Path,
    *,
    actor: str,
    today: date,
    progress: Progress | None = None,
    official_xsd: Path | None = None,
) -> OfferImportResult:
    """Read, check and store one catalogue file in one unit of work; on any problem nothing changes.

    ``progress(done, IMPORT_STEPS)`` is called between the steps, the last time just before the commit; when
    it raises (a cancel), the unit of work rolls back and nothing is imported."""
    if progress is not None:
        progress(0, IMPORT_STEPS)
    catalogue = read_catalogue_file(path, official_xsd=official_xsd)
    return import_catalogue(ws, catalogue, actor=actor, today=today, progress=progress)


def import_catalogue(
    ws: Workspace,
    catalogue: ImportedCatalogue,
    *,
    actor: str,
    today: date,
    progress: Progress | None = None,
) -> OfferImportResult:
    with ws.unit_of_work() as uow:
        if progress is not None:
            progress(1, IMPORT_STEPS)
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
        if progress is not None:
            progress(2, IMPORT_STEPS)  # the last chance to cancel: nothing is stored before the commit
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
    retired_before = {ident for ident, row in existing.items() if row.retired}
    created: set[tuple[str, str]] = set()
    changed: set[tuple[str, str]] = set()
    sessions: dict[tuple[str, str], list[dict[str, Any]]] = {}
    replaced = _delete_first(catalogue, existing, sessions, today)
    for imported in catalogue.offers:
        ident = (imported.provider_id, imported.course_id)
        row = existing.get(ident)
        if row is None:
            row = existing[ident] = _new_offer(session, ident)
            created.add(ident)
        if _fill(row, imported, catalogue.source):
            changed.add(ident)
        stored = sessions.get(ident, row.sessions or [])  # less the runs this update deleted
        kept = [] if catalogue.full or ident in replaced else [s for s in stored if s.get("id")]
        sessions[ident] = kept + [run.to_json() for run in imported.runs]
    _apply_runs(catalogue, existing, sessions)
    if catalogue.full:
        _retire_unlisted(catalogue, existing, today)
    retired = {ident for ident, row in existing.items() if row.retired} - retired_before
    changed |= _store_runs(existing, sessions)
    session.flush()
    listed_existing = {(o.provider_id, o.course_id) for o in catalogue.offers} - created
    counts = {
        "created": len(created),
        "updated": len(changed - created),
        "unchanged": len(listed_existing - changed),
        "retired": len(retired),
    }
    to_review = sum(1 for row in existing.values() if not row.retired and not row.competences_confirmed)
    return OfferImportResult(
        source=catalogue.source,
        file_format=catalogue.file_format,
        full=catalogue.full,
        to_review=to_review,
        created_ids=_names(created),
        updated_ids=_names(changed - created - retired),
        retired_ids=_names(retired),
        **counts,
    )


def _new_offer(session: Session, ident: tuple[str, str]) -> TrainingOffer:
    """A new offer row, its primary key derived from (provider ID, course ID); not yet reviewed."""
    ident_uuid = offer_uuid(*ident)
    row = TrainingOffer(
        id=ident_uuid,
        key=f"angebot-{ident_uuid.hex}",
        competences_confirmed=False,
        sessions=[],
        hours=Decimal(0),  # replaced by _fill (None for openQCAT: the review asks for the hours)
    )
    session.add(row)
    return row


def _retire_unlisted(
    catalogue: ImportedCatalogue, existing: dict[tuple[str, str], TrainingOffer], today: date
) -> None:
    """A full catalogue lists every offer of its providers: the ones it no longer lists are retired."""
    listed = {(o.provider_id, o.course_id) for o in catalogue.offers}
    for ident, row in existing.items():
        if ident not in listed and not row.retired:
            _retire(row, today)


def _store_runs(
    existing: dict[tuple[str, str], TrainingOffer], sessions: dict[tuple[str, str], list[dict[str, Any]]]
) -> set[tuple[str, str]]:
    """Each offer's dated runs in order, with its start dates; returns the offers whose runs changed."""
    changed: set[tuple[str, str]] = set()
    for ident, runs in sessions.items():
        row = existing[ident]
        # a real KURSNET export repeats an offer's own dates as one of its runs, with the run's ID: one run
        with_id = {(run["start"], run["end"]) for run in runs if run.get("id")}
        runs[:] = [run for run in runs if run.get("id") or (run["start"], run["end"]) not in with_id]
        runs.sort(key=lambda run: (run["start"], run.get("id") or ""))
        if row.sessions != runs:
            changed.add(ident)
        row.sessions = runs
        row.start_dates = sorted({run["start"] for run in runs})
    return changed


def _names(idents: set[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(f"{provider}/{course}" for provider, course in sorted(idents))


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


def _delete_first(
    catalogue: ImportedCatalogue,
    existing: dict[tuple[str, str], TrainingOffer],
    sessions: dict[tuple[str, str], list[dict[str, Any]]],
    today: date,
) -> set[tuple[str, str]]:
    """An update deletes first, then creates or updates (the order the BA's own example delivery states): an
    offer deleted and listed again is replaced whole (returned), a run deleted and delivered again is the
    delivered one."""
    listed = {(o.provider_id, o.course_id) for o in catalogue.offers}
    for provider_id, product_id in catalogue.deleted:
        if (provider_id, product_id) not in listed:
            _delete(existing, sessions, provider_id, product_id, today)
    return set(catalogue.deleted) & listed


def _delete(
    existing: dict[tuple[str, str], TrainingOffer],
    sessions: dict[tuple[str, str], list[dict[str, Any]]],
    provider_id: str,
    product_id: str,
    today: date,
) -> None:
    """An update's deletion: retire the offer, or drop the run with that ID. An ID the workspace does not know is
    nothing to delete."""
    row = existing.get((provider_id, product_id))
    if row is not None:
        if not row.retired:
            _retire(row, today)
        return
    for ident, offer in existing.items():
        if ident[0] != provider_id:
            continue
        runs = sessions.setdefault(ident, list(offer.sessions or []))
        runs[:] = [run for run in runs if run.get("id") != product_id]


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
        # openQCAT has no hours: the ones a person entered in the review stay (a new offer waits for them)
        "hours": offer.hours if offer.hours is not None or row.title is None else row.hours,
        "duration_class": offer.duration_class,
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
    if {"title", "description", "duration_class"} & set(changed) and row.title is not None:
        row.competences_confirmed = False  # a changed duration class asks for the hours to be checked again
    for name in changed:
        setattr(row, name, values[name])
    return bool(set(changed) - {"source_catalog"})
