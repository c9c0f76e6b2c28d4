"""The stored offers as a list for people and scripts (``verbund offers list``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from verbund_desktop.assessment.openqcat_codes import duration_label
from verbund_desktop.persistence.models import Competence, OfferCompetence, TrainingOffer
from verbund_desktop.persistence.workspace import Workspace


@dataclass(frozen=True)
class OfferRow:
    offer_id: uuid.UUID
    provider_id: str
    course_id: str
    provider: str
    title: str
    hours: Decimal | None  # None: openQCAT gave none, the review asks for them
    cost_eur: Decimal
    format: str
    start_dates: tuple[str, ...]
    runs: tuple[dict[str, Any], ...]
    location: str
    schedule: str
    certificate: str
    min_participants: int | None
    max_participants: int | None
    source: str
    retired_on: date | None
    retired: bool
    confirmed: bool
    competences: tuple[str, ...]
    duration_class: int | None = None

    @property
    def state_de(self) -> str:
        if self.retired:
            return "zurückgezogen"
        if self.hours is None:
            return "Stunden und Kompetenzen prüfen"
        return "bestätigt" if self.confirmed else "Kompetenzen prüfen"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.offer_id),
            "anbieter_id": self.provider_id,
            "kurs_id": self.course_id,
            "anbieter": self.provider,
            "titel": self.title,
            "stunden": str(self.hours) if self.hours is not None else None,
            "dauerklasse": self.duration_class,
            "dauer": duration_label(self.duration_class),
            "kosten_eur": str(self.cost_eur),
            "format": self.format,
            "beginn": list(self.start_dates),
            "termine": [dict(run) for run in self.runs],
            "ort": self.location,
            "zeitmodell": self.schedule,
            "abschluss": self.certificate,
            "min_teilnehmende": self.min_participants,
            "max_teilnehmende": self.max_participants,
            "quelle": self.source,
            "zurueckgezogen": self.retired,
            "zurueckgezogen_am": self.retired_on.isoformat() if self.retired_on else None,
            "kompetenzen_bestaetigt": self.confirmed,
            "kompetenzen": list(self.competences),
        }


def list_offers(ws: Workspace, *, include_retired: bool = True) -> list[OfferRow]:
    """Every offer (bundled examples and imported), by provider and title."""
    with ws.unit_of_work() as uow:
        query = select(TrainingOffer).options(
            selectinload(TrainingOffer.competences)
            .selectinload(OfferCompetence.competence)
            .selectinload(Competence.catalog)
        )
        if not include_retired:
            query = query.where(TrainingOffer.retired.is_(False))
        offers = uow.session.scalars(query.order_by(TrainingOffer.provider, TrainingOffer.title)).all()
        return [
            OfferRow(
                offer_id=o.id,
                provider_id=o.provider_id,
                course_id=o.course_id,
                provider=o.provider,
                title=o.title,
                hours=o.hours,
                cost_eur=o.cost_eur,
                format=o.format,
                start_dates=tuple(o.start_dates),
                runs=tuple(o.sessions or ()),
                location=o.location,
                schedule=o.schedule,
                certificate=o.certificate,
                min_participants=o.min_participants,
                max_participants=o.max_participants,
                source=o.source_catalog,
                retired_on=o.retired_on,
                retired=o.retired,
                confirmed=o.competences_confirmed,
                competences=tuple(
                    f"{c.competence.catalog.key} {c.competence.code} ({c.level_from}→{c.level_to})"
                    for c in o.competences
                ),
                duration_class=o.duration_class,
            )
            for o in offers
        ]
