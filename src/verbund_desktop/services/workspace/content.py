"""Bundled content (catalogues, interview guides, example offers) loaded into a workspace and kept current.

A catalogue or guide whose version changes is added beside the old one: ratings and interviews keep pointing
at the version they were made with. Example offers are replaced when their collection's version changes.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.versions import version_key
from verbund_desktop.resources import resource_path

if TYPE_CHECKING:
    from verbund_desktop.assessment.catalog import CatalogDefinition
    from verbund_desktop.assessment.guide import InterviewGuideDefinition
    from verbund_desktop.assessment.offers import OfferCollection, TrainingOfferDefinition

from verbund_desktop.persistence.models import (
    CatalogLevel,
    Competence,
    CompetenceArea,
    CompetenceCatalog,
    ContentVersion,
    GuideQuestion,
    GuideSection,
    InterviewGuide,
    OfferCompetence,
    TrainingOffer,
)


@dataclass
class ContentSyncReport:
    catalogs_added: list[str] = field(default_factory=list)
    guides_added: list[str] = field(default_factory=list)
    offers_loaded: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.catalogs_added or self.guides_added or self.offers_loaded)


BUNDLE_KIND = "bundle"
# Bundled rows get the same id in every workspace (UUID 5 of what names them), so laptops and the office share
# catalogues, guides and example offers without duplicates, and a rating names the same competence everywhere.
CONTENT_NAMESPACE = uuid.UUID("6f1d3c52-8a4e-5b7f-9c2d-0e1f2a3b4c5d")


def content_id(*parts: str) -> uuid.UUID:
    return uuid.uuid5(CONTENT_NAMESPACE, "/".join(parts))


CONTENT_FOLDERS = ("catalogs", "guides", "offers", "schemas")


def bundle_fingerprint() -> str:
    """SHA-256 over every bundled content file: unchanged files need no parsing or validation at start."""
    digest = hashlib.sha256()
    for folder in CONTENT_FOLDERS:
        for path in sorted(resource_path(folder).glob("*.json")):
            digest.update(f"{folder}/{path.name}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def sync_builtin_content(session: Session) -> ContentSyncReport:
    """Load every bundled content file whose version the workspace does not have yet."""
    report = ContentSyncReport()
    fingerprint = bundle_fingerprint()
    marker = session.scalar(
        select(ContentVersion).where(ContentVersion.kind == BUNDLE_KIND, ContentVersion.key == "builtin")
    )
    if marker is not None and marker.version == fingerprint:
        return report
    from verbund_desktop.assessment.catalog import builtin_catalogs
    from verbund_desktop.assessment.guide import builtin_guides
    from verbund_desktop.assessment.offers import builtin_offers

    for cat in builtin_catalogs():
        if add_catalog(session, cat, builtin=True):
            report.catalogs_added.append(f"{cat.key} {cat.version}")
    for guide in builtin_guides():
        if add_guide(session, guide):
            report.guides_added.append(f"{guide.key} {guide.version}")
    session.flush()
    report.offers_loaded = sync_offers(session, builtin_offers())
    if marker is None:
        session.add(ContentVersion(kind=BUNDLE_KIND, key="builtin", version=fingerprint))
    else:
        marker.version = fingerprint
    return report


def add_catalog(session: Session, cat: CatalogDefinition, *, builtin: bool) -> bool:
    exists = session.scalar(
        select(CompetenceCatalog.id).where(
            CompetenceCatalog.key == cat.key, CompetenceCatalog.version == cat.version
        )
    )
    if exists is not None:
        return False
    row = CompetenceCatalog(
        id=content_id("catalog", cat.key, cat.version),
        key=cat.key,
        name=cat.name,
        version=cat.version,
        source=cat.source,
        licence=cat.licence,
        attribution=cat.attribution,
        translation_note=cat.translation_note_de,
        builtin=builtin,
    )
    row.levels = [
        CatalogLevel(
            id=content_id("catalog", cat.key, cat.version, "level", str(lv.value)),
            value=lv.value,
            label_de=lv.label_de,
            label_en=lv.label_en,
            descriptor_de=lv.descriptor_de,
            band_de=lv.band_de,
        )
        for lv in cat.levels
    ]
    session.add(row)
    for a_pos, area in enumerate(cat.areas):
        area_row = CompetenceArea(
            id=content_id("catalog", cat.key, cat.version, "area", area.code),
            code=area.code,
            name_de=area.name_de,
            name_en=area.name_en,
            position=a_pos,
        )
        row.areas.append(area_row)
        for c_pos, comp in enumerate(area.competences):
            area_row.competences.append(
                Competence(
                    id=content_id("catalog", cat.key, cat.version, "competence", comp.code),
                    catalog=row,
                    code=comp.code,
                    name_de=comp.name_de,
                    name_en=comp.name_en,
                    description_de=comp.description_de,
                    description_en=comp.description_en,
                    position=c_pos,
                )
            )
    return True


def add_guide(session: Session, guide: InterviewGuideDefinition) -> bool:
    exists = session.scalar(
        select(InterviewGuide.id).where(
            InterviewGuide.key == guide.key, InterviewGuide.version == guide.version
        )
    )
    if exists is not None:
        return False
    row = InterviewGuide(
        id=content_id("guide", guide.key, guide.version),
        key=guide.key,
        name=guide.name,
        version=guide.version,
        source=guide.source,
        licence=guide.licence,
    )
    session.add(row)
    for s_pos, sec in enumerate(guide.sections):
        sec_row = GuideSection(
            id=content_id("guide", guide.key, guide.version, "section", sec.key),
            key=sec.key,
            title_de=sec.title_de,
            description_de=sec.description_de,
            position=s_pos,
        )
        row.sections.append(sec_row)
        for q_pos, q in enumerate(sec.questions):
            rel = q.relevance
            sec_row.questions.append(
                GuideQuestion(
                    id=content_id("guide", guide.key, guide.version, "question", q.key),
                    guide=row,
                    key=q.key,
                    text_de=q.text_de,
                    type=str(q.type),
                    required=q.required,
                    help_de=q.help_de,
                    options=[{"value": o.value, "label_de": o.label_de} for o in q.options],
                    scale_min=q.scale_min,
                    scale_max=q.scale_max,
                    scale_labels_de=list(q.scale_labels_de) if q.scale_labels_de else None,
                    unit_de=q.unit_de,
                    relevance=(
                        {"question_key": rel.question_key, "operator": rel.operator, "value": rel.value}
                        if rel
                        else None
                    ),
                    position=q_pos,
                )
            )
    return True


def _competence_index(session: Session) -> dict[tuple[str, str], Competence]:
    """(catalog key, code) → competence of the newest loaded version of that catalogue."""
    rows = session.execute(select(Competence, CompetenceCatalog).join(CompetenceCatalog)).all()
    best: dict[tuple[str, str], tuple[str, Competence]] = {}
    for comp, cat in rows:
        key = (cat.key, comp.code)
        if key not in best or version_key(cat.version) > version_key(best[key][0]):
            best[key] = (cat.version, comp)
    return {k: v[1] for k, v in best.items()}


def sync_offers(session: Session, collection: OfferCollection) -> int:
    """Load or replace the offers of one collection when its version is new; returns how many were loaded."""
    marker = session.scalar(
        select(ContentVersion).where(ContentVersion.kind == "offers", ContentVersion.key == collection.key)
    )
    if marker is not None and marker.version == collection.version:
        return 0
    index = _competence_index(session)
    existing = {o.key: o for o in session.scalars(select(TrainingOffer).where(TrainingOffer.is_example))}
    for definition in collection.offers:
        offer = existing.get(definition.key) or TrainingOffer(
            id=content_id("offer", collection.key, definition.key), key=definition.key
        )
        if offer.competences:
            # Delete the old links before adding the new ones: the same (offer, competence) pair may come back,
            # and one flush would insert it before deleting the old row.
            offer.competences.clear()
            session.flush()
        _fill_offer(offer, definition, collection.version, index)
        session.add(offer)
    if marker is None:
        session.add(ContentVersion(kind="offers", key=collection.key, version=collection.version))
    else:
        marker.version = collection.version
    return len(collection.offers)


def _fill_offer(
    offer: TrainingOffer, d: TrainingOfferDefinition, version: str, index: dict[tuple[str, str], Competence]
) -> None:
    offer.provider = d.provider
    offer.title = d.title
    offer.description = d.description
    offer.hours = d.hours
    offer.cost_eur = d.cost_eur
    offer.format = str(d.format)
    offer.location = d.location
    offer.start_dates = [s.isoformat() for s in d.start_dates]
    offer.azav_measure = d.azav_measure
    offer.azav_provider = d.azav_provider
    offer.is_example = d.is_example
    offer.content_version = version
    offer.competences.clear()
    for oc in d.competences:
        comp = index.get((oc.catalog_key, oc.competence_code))
        if comp is None:
            continue  # validated against the bundled catalogues when loaded; a custom catalogue may be missing
        offer.competences.append(
            OfferCompetence(
                id=content_id("offer", version, d.key, oc.catalog_key, oc.competence_code),
                competence=comp,
                level_from=oc.level_from,
                level_to=oc.level_to,
            )
        )


def catalog_versions(session: Session) -> Sequence[CompetenceCatalog]:
    return session.scalars(
        select(CompetenceCatalog).order_by(CompetenceCatalog.key, CompetenceCatalog.version)
    ).all()
