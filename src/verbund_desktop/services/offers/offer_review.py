"""The competence review of imported offers: suggestions from title and description, confirmed by a person.

Until a person confirms an offer's competences (``competences_confirmed``), plans do not suggest it. The
suggestions come from :func:`assessment.offer_mapping.suggest_competences` over the newest loaded version of
every catalogue (DigComp and the imported ones such as ESCO).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.errors import InputError, Message, as_message
from verbund_desktop.assessment.offer_import import MAX_HOURS
from verbund_desktop.assessment.offer_mapping import CompetenceText, suggest_competences
from verbund_desktop.assessment.openqcat_codes import duration_label
from verbund_desktop.assessment.versions import version_key
from verbund_desktop.persistence.models import (
    Competence,
    CompetenceCatalog,
    OfferCompetence,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit


@dataclass(frozen=True)
class CompetenceChoice:
    """A competence a reviewer can tick, with its catalogue's scale and the proposed levels."""

    competence_id: uuid.UUID
    catalog_key: str
    catalog_label: str
    code: str
    name: str
    min_level: int
    max_level: int
    level_from: int
    level_to: int
    checked: bool
    suggested: bool
    matched: tuple[str, ...] = ()


@dataclass(frozen=True)
class OfferToReview:
    offer_id: uuid.UUID
    provider: str
    title: str
    description: str
    confirmed: bool
    choices: tuple[CompetenceChoice, ...]  # suggested and already linked ones first, then all others
    hours: Decimal | None = None  # None: to be entered (openQCAT has no hour count)
    duration: str = ""  # openQCAT's duration class in words, e.g. „bis 3 Tage“
    schedule: str = ""  # the provider's time model and remarks (may name hours in free text)


@dataclass(frozen=True)
class ChosenCompetence:
    competence_id: uuid.UUID
    level_from: int
    level_to: int


def _current_catalogs(session: Session) -> list[CompetenceCatalog]:
    """The newest loaded version of each catalogue key, with levels and competences."""
    catalogs = session.scalars(
        select(CompetenceCatalog).options(selectinload(CompetenceCatalog.levels))
    ).all()
    newest: dict[str, CompetenceCatalog] = {}
    for catalog in catalogs:
        if catalog.key not in newest or version_key(catalog.version) > version_key(
            newest[catalog.key].version
        ):
            newest[catalog.key] = catalog
    return sorted(newest.values(), key=lambda c: c.key)


def _scale(catalog: CompetenceCatalog) -> tuple[int, int]:
    values = [level.value for level in catalog.levels]
    return (min(values), max(values)) if values else (0, 0)


def offers_to_review(
    ws: Workspace, *, include_confirmed: bool = False, with_choices: bool = True
) -> list[OfferToReview]:
    """Offers (not retired) whose competences wait for a person, oldest import first; each with its choices
    unless ``with_choices`` is off (a screen then asks :func:`offer_to_review` for the one it shows)."""
    with ws.unit_of_work() as uow:
        session = uow.session
        query = select(TrainingOffer).where(TrainingOffer.retired.is_(False))
        if not include_confirmed:
            query = query.where(
                or_(TrainingOffer.competences_confirmed.is_(False), TrainingOffer.hours_missing.is_(True))
            )
        offers = session.scalars(
            query.options(selectinload(TrainingOffer.competences)).order_by(
                TrainingOffer.created_at, TrainingOffer.title
            )
        ).all()
        if not with_choices:
            return [_review_item(offer, [], []) for offer in offers]
        catalogs, competences = _choosable(session)
        return [_review_item(offer, catalogs, competences) for offer in offers]


def offer_to_review(ws: Workspace, offer_id: uuid.UUID) -> OfferToReview:
    """One offer with its choices (suggested and linked competences first)."""
    with ws.unit_of_work() as uow:
        offer = uow.session.get(TrainingOffer, offer_id, options=[selectinload(TrainingOffer.competences)])
        if offer is None:
            raise InputError("Dieses Angebot gibt es nicht mehr.")
        catalogs, competences = _choosable(uow.session)
        return _review_item(offer, catalogs, competences)


def _choosable(session: Session) -> tuple[list[CompetenceCatalog], Sequence[Competence]]:
    catalogs = _current_catalogs(session)
    competences = session.scalars(
        select(Competence)
        .where(Competence.catalog_id.in_([c.id for c in catalogs]))
        .order_by(Competence.catalog_id, Competence.position)
    ).all()
    return catalogs, competences


def _review_item(
    offer: TrainingOffer, catalogs: Sequence[CompetenceCatalog], competences: Sequence[Competence]
) -> OfferToReview:
    by_id = {c.id: c for c in catalogs}
    texts = {
        c.id: CompetenceText(by_id[c.catalog_id].key, c.code, c.name_de, c.description_de)
        for c in competences
    }
    suggestions = {
        (s.catalog_key, s.code): s
        for s in suggest_competences(offer.title, offer.description, texts.values())
    }
    linked = {link.competence_id: link for link in offer.competences}
    choices = []
    for competence in competences:
        catalog = by_id[competence.catalog_id]
        low, high = _scale(catalog)
        link = linked.get(competence.id)
        suggestion = suggestions.get((catalog.key, competence.code))
        choices.append(
            CompetenceChoice(
                competence_id=competence.id,
                catalog_key=catalog.key,
                catalog_label=catalog.label,
                code=competence.code,
                name=competence.name_de,
                min_level=low,
                max_level=high,
                level_from=link.level_from if link else low,
                level_to=link.level_to if link else min(low + 2, high),
                checked=link is not None or (suggestion is not None and not offer.competences_confirmed),
                suggested=suggestion is not None,
                matched=suggestion.matched if suggestion else (),
            )
        )
    choices.sort(key=lambda c: (not (c.checked or c.suggested), c.catalog_key, c.code))
    return OfferToReview(
        offer.id,
        offer.provider,
        offer.title,
        offer.description,
        offer.competences_confirmed and offer.hours is not None,
        tuple(choices),
        hours=offer.hours,
        duration=duration_label(offer.duration_class),
        schedule=offer.schedule,
    )


def confirm_offer_competences(
    ws: Workspace,
    offer_id: uuid.UUID,
    chosen: Sequence[ChosenCompetence],
    *,
    actor: str,
    hours: Decimal | None = None,
) -> None:
    """Store the competences a person confirmed for an offer, and its ``hours`` when given (required when the
    offer has none, as every openQCAT offer); from now on plans may suggest it."""
    with ws.unit_of_work() as uow:
        session = uow.session
        offer = session.get(TrainingOffer, offer_id, options=[selectinload(TrainingOffer.competences)])
        if offer is None:
            raise InputError("Dieses Angebot gibt es nicht mehr.")
        _store_hours(session, offer, hours, actor)
        allowed = {c.id: c for c in _current_catalogs(session)}
        rows = {
            c.id: c
            for c in session.scalars(
                select(Competence).where(Competence.id.in_([x.competence_id for x in chosen]))
            )
        }
        for choice in chosen:
            _check_choice(choice, rows.get(choice.competence_id), allowed)
        if len({c.competence_id for c in chosen}) != len(chosen):
            raise InputError("Eine Kompetenz ist mehrfach gewählt.")
        old = sorted(f"{link.competence_id}:{link.level_from}-{link.level_to}" for link in offer.competences)
        offer.competences.clear()
        session.flush()
        for choice in chosen:
            offer.competences.append(
                OfferCompetence(
                    competence_id=choice.competence_id, level_from=choice.level_from, level_to=choice.level_to
                )
            )
        offer.competences_confirmed = True
        audit.record(
            session,
            actor=actor,
            action="angebot_kompetenzen_bestaetigt",
            entity_type="training_offer",
            entity_id=offer.id,
            field="competences",
            old=old,
            new=sorted(f"{c.competence_id}:{c.level_from}-{c.level_to}" for c in chosen),
        )
        uow.commit()


def _check_choice(
    choice: ChosenCompetence, competence: Competence | None, allowed: dict[uuid.UUID, CompetenceCatalog]
) -> None:
    if competence is None or competence.catalog_id not in allowed:
        raise InputError("Eine gewählte Kompetenz gehört zu keinem aktuellen Katalog.")
    low, high = _scale(allowed[competence.catalog_id])
    if not low <= choice.level_from < choice.level_to <= high:
        raise InputError(
            Message(
                "Bei „{competence}“ muss die Ausgangsstufe kleiner als die Zielstufe sein und beide müssen in der "
                "Skala {low}–{high} liegen.",
                competence=f"{competence.code} {competence.name_de}",
                low=low,
                high=high,
            )
        )


def _store_hours(session: Session, offer: TrainingOffer, hours: Decimal | None, actor: str) -> None:
    """The reviewer's hours for ``offer``; InputError when they are missing or out of bounds (nothing stored)."""
    if hours is None:
        if offer.hours is None:
            duration = duration_label(offer.duration_class)
            if (
                duration
            ):  # the provider's duration class (a German label: the sentence stays German without it)
                raise InputError(
                    Message(
                        "Bitte die Unterrichtsstunden des Angebots eintragen (Dauer laut Anbieter: {duration}): "
                        "openQCAT enthält keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung.",
                        duration=as_message(duration),
                    )
                )
            raise InputError(
                "Bitte die Unterrichtsstunden des Angebots eintragen: openQCAT enthält keine Stundenzahl, "
                "ohne sie gibt es weder Vorschlag noch Förderschätzung."
            )
        return
    if not hours.is_finite() or not 0 < hours <= MAX_HOURS:
        raise InputError(
            Message("Die Stundenzahl muss größer als 0 und höchstens {limit} sein.", limit=MAX_HOURS)
        )
    if hours == offer.hours:
        return
    old = str(offer.hours) if offer.hours is not None else None
    offer.hours = hours
    audit.record(
        session,
        actor=actor,
        action="angebot_stunden_erfasst",
        entity_type="training_offer",
        entity_id=offer.id,
        field="hours",
        old=old,
        new=str(hours),
    )
