"""Competence catalogues (versioned; versions coexist), interview guides and training offers."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Text, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from verbund_desktop.persistence.base import Entity


class CompetenceCatalog(Entity):
    """One version of a framework such as DigComp 2.2. Every rating points at a competence of one version."""

    __tablename__ = "competence_catalog"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str]
    name: Mapped[str]
    version: Mapped[str]
    source: Mapped[str] = mapped_column(Text)
    licence: Mapped[str]
    attribution: Mapped[str] = mapped_column(Text, default="")
    translation_note: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(default=True)

    areas: Mapped[list[CompetenceArea]] = relationship(
        back_populates="catalog", order_by="CompetenceArea.position", cascade="all, delete-orphan"
    )
    levels: Mapped[list[CatalogLevel]] = relationship(
        back_populates="catalog", order_by="CatalogLevel.value", cascade="all, delete-orphan"
    )

    @property
    def label(self) -> str:
        return f"{self.name} ({self.version})"


class CatalogLevel(Entity):
    __tablename__ = "catalog_level"
    __table_args__ = (UniqueConstraint("catalog_id", "value"),)

    catalog_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("competence_catalog.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[int]
    label_de: Mapped[str]
    label_en: Mapped[str] = mapped_column(default="")
    descriptor_de: Mapped[str] = mapped_column(Text, default="")
    band_de: Mapped[str | None] = mapped_column(default=None)

    catalog: Mapped[CompetenceCatalog] = relationship(back_populates="levels")


class CompetenceArea(Entity):
    __tablename__ = "competence_area"
    __table_args__ = (UniqueConstraint("catalog_id", "code"),)

    catalog_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("competence_catalog.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str]
    name_de: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)

    catalog: Mapped[CompetenceCatalog] = relationship(back_populates="areas")
    competences: Mapped[list[Competence]] = relationship(
        back_populates="area", order_by="Competence.position", cascade="all, delete-orphan"
    )


class Competence(Entity):
    __tablename__ = "competence"
    __table_args__ = (UniqueConstraint("catalog_id", "code"),)

    catalog_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("competence_catalog.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("competence_area.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str]
    name_de: Mapped[str]
    name_en: Mapped[str] = mapped_column(default="")
    description_de: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    # The concept's URI in its source framework (ESCO); empty for the bundled catalogues.
    uri: Mapped[str] = mapped_column(default="", server_default="")

    area: Mapped[CompetenceArea] = relationship(back_populates="competences")
    catalog: Mapped[CompetenceCatalog] = relationship()


class InterviewGuide(Entity):
    """A versioned company interview guide; sections and questions are rows, so answers can refer to them."""

    __tablename__ = "interview_guide"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str]
    name: Mapped[str]
    version: Mapped[str]
    source: Mapped[str] = mapped_column(Text)
    licence: Mapped[str]

    sections: Mapped[list[GuideSection]] = relationship(
        back_populates="guide", order_by="GuideSection.position", cascade="all, delete-orphan"
    )


class GuideSection(Entity):
    __tablename__ = "guide_section"
    __table_args__ = (UniqueConstraint("guide_id", "key"),)

    guide_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview_guide.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str]
    title_de: Mapped[str]
    description_de: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    guide: Mapped[InterviewGuide] = relationship(back_populates="sections")
    questions: Mapped[list[GuideQuestion]] = relationship(
        back_populates="section", order_by="GuideQuestion.position", cascade="all, delete-orphan"
    )


class GuideQuestion(Entity):
    __tablename__ = "guide_question"
    __table_args__ = (UniqueConstraint("guide_id", "key"),)

    guide_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview_guide.id", ondelete="CASCADE"), index=True
    )
    section_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("guide_section.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str]
    text_de: Mapped[str] = mapped_column(Text)
    type: Mapped[str]
    required: Mapped[bool] = mapped_column(default=False)
    help_de: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list[Any]] = mapped_column(default=list)
    scale_min: Mapped[int | None] = mapped_column(default=None)
    scale_max: Mapped[int | None] = mapped_column(default=None)
    scale_labels_de: Mapped[list[Any] | None] = mapped_column(default=None)
    unit_de: Mapped[str | None] = mapped_column(default=None)
    relevance: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    position: Mapped[int] = mapped_column(default=0)

    section: Mapped[GuideSection] = relationship(back_populates="questions")
    guide: Mapped[InterviewGuide] = relationship()


class TrainingOffer(Entity):
    """A course in the offer catalogue (Weiterbildungsangebot)."""

    __tablename__ = "training_offer"

    key: Mapped[str] = mapped_column(unique=True)
    provider: Mapped[str]
    title: Mapped[str]
    description: Mapped[str] = mapped_column(Text, default="")
    # Teaching hours. openQCAT has no hour count: an offer imported from it has none (``hours`` is None) until a
    # person enters them in the review. The column stays NOT NULL (0 meanwhile) and ``hours_missing`` says so,
    # because making it nullable would rebuild the table on SQLite (revision 0012_offer_hours).
    stored_hours: Mapped[Decimal] = mapped_column("hours")
    hours_missing: Mapped[bool] = mapped_column(default=False, server_default=false())
    # openQCAT's duration class (MODULE_COURSE/DURATION type: 1 = bis 3 Tage … 9 = mehr als 3 Jahre), None if none.
    duration_class: Mapped[int | None] = mapped_column(default=None)
    cost_eur: Mapped[Decimal]
    format: Mapped[str]
    location: Mapped[str] = mapped_column(default="")
    start_dates: Mapped[list[Any]] = mapped_column(default=list)
    azav_measure: Mapped[bool] = mapped_column(default=False)
    azav_provider: Mapped[bool] = mapped_column(default=False)
    is_example: Mapped[bool] = mapped_column(default=False)
    content_version: Mapped[str] = mapped_column(default="")
    # From a provider's catalogue (openQCAT or the spreadsheet template); re-imports match on the two IDs.
    provider_id: Mapped[str] = mapped_column(default="", server_default="", index=True)
    course_id: Mapped[str] = mapped_column(default="", server_default="")
    source_catalog: Mapped[str] = mapped_column(default="", server_default="")
    # Dated runs of the course: [{"start": ISO date, "end": ISO date or null}]; start_dates lists their starts.
    sessions: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    schedule: Mapped[str] = mapped_column(default="", server_default="")
    certificate: Mapped[str] = mapped_column(default="", server_default="")
    min_participants: Mapped[int | None] = mapped_column(default=None)
    max_participants: Mapped[int | None] = mapped_column(default=None)
    # Offers are never deleted: one missing from a provider's full catalogue is retired (plans keep the link).
    retired: Mapped[bool] = mapped_column(default=False, server_default=false())
    retired_on: Mapped[date | None] = mapped_column(default=None)
    # Imported offers are suggested in plans only after a person confirmed their competences.
    competences_confirmed: Mapped[bool] = mapped_column(default=True, server_default=true())

    competences: Mapped[list[OfferCompetence]] = relationship(
        back_populates="offer", cascade="all, delete-orphan"
    )

    @property
    def hours(self) -> Decimal | None:
        """The teaching hours, None while they are missing (an openQCAT offer before its review)."""
        return None if self.hours_missing else self.stored_hours

    @hours.setter
    def hours(self, value: Decimal | None) -> None:
        self.hours_missing = value is None
        self.stored_hours = Decimal(0) if value is None else value

    def start_date_values(self) -> list[date]:
        return [date.fromisoformat(s) for s in self.start_dates]


class OfferCompetence(Entity):
    __tablename__ = "offer_competence"
    __table_args__ = (UniqueConstraint("offer_id", "competence_id"),)

    offer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("training_offer.id", ondelete="CASCADE"), index=True
    )
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)
    level_from: Mapped[int]
    level_to: Mapped[int]

    offer: Mapped[TrainingOffer] = relationship(back_populates="competences")
    competence: Mapped[Competence] = relationship()
