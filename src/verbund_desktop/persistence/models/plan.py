"""Individual development plans (versioned when printed) and their measures."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from verbund_desktop.assessment.measures import MeasureKind, MeasureStatus
from verbund_desktop.persistence.base import Entity
from verbund_desktop.persistence.models.catalog import Competence, TrainingOffer
from verbund_desktop.persistence.models.interview import CompetencyAssessment
from verbund_desktop.persistence.models.organisation import Advisor, Employee

MEASURE_STATUSES = tuple(status.value for status in MeasureStatus)
MEASURE_KINDS = tuple(kind.value for kind in MeasureKind)


class DevelopmentPlan(Entity):
    """One version of an employee's plan. Printing freezes it; later edits go into version + 1."""

    __tablename__ = "development_plan"
    __table_args__ = (UniqueConstraint("series_id", "version"),)

    series_id: Mapped[uuid.UUID] = mapped_column(index=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(default=1)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("competency_assessment.id", ondelete="SET NULL"), default=None
    )
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="SET NULL"), default=None
    )
    starting_point: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    responsibilities: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(default=None)
    frozen_at: Mapped[datetime | None] = mapped_column(default=None)
    # The printed document's view model, kept so a frozen version can be shown exactly as printed.
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(default=None)

    employee: Mapped[Employee] = relationship()
    assessment: Mapped[CompetencyAssessment | None] = relationship()
    advisor: Mapped[Advisor | None] = relationship()
    measures: Mapped[list[PlanMeasure]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanMeasure.position"
    )

    @property
    def is_frozen(self) -> bool:
        return self.frozen_at is not None


class PlanMeasure(Entity):
    __tablename__ = "plan_measure"
    __table_args__ = (
        CheckConstraint(
            "status IN ('geplant', 'angemeldet', 'laeuft', 'abgeschlossen', 'abgebrochen')", name="status"
        ),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("development_plan.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(default="kurs")
    offer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("training_offer.id", ondelete="SET NULL"))
    title: Mapped[str]
    provider: Mapped[str] = mapped_column(default="")
    format: Mapped[str] = mapped_column(default="")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="geplant")
    responsibility: Mapped[str] = mapped_column(default="")
    hours: Mapped[Decimal | None] = mapped_column(default=None)
    cost_eur: Mapped[Decimal | None] = mapped_column(default=None)
    release_hours: Mapped[Decimal | None] = mapped_column(default=None)
    azav: Mapped[bool] = mapped_column(default=False)
    pooled_note: Mapped[str] = mapped_column(default="")
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    plan: Mapped[DevelopmentPlan] = relationship(back_populates="measures")
    offer: Mapped[TrainingOffer | None] = relationship()
    gaps: Mapped[list[MeasureGap]] = relationship(back_populates="measure", cascade="all, delete-orphan")


class MeasureGap(Entity):
    """Which competence gap a measure closes (a measure may close several)."""

    __tablename__ = "measure_gap"
    __table_args__ = (UniqueConstraint("measure_id", "competence_id"),)

    measure_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_measure.id", ondelete="CASCADE"), index=True
    )
    competence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("competence.id"), index=True)

    measure: Mapped[PlanMeasure] = relationship(back_populates="gaps")
    competence: Mapped[Competence] = relationship()
